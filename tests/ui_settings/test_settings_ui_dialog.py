"""The settings dialog (DESIGN.md §4, §6, §7, §10, §12): it shows the stored settings,
saves only what changed, shows a refusal without changing anything, and is read-only
for anyone but an administrator. Against a real SQLite file through the facade."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QSpinBox, QWidget

from app.desk import Desk
from ui.dialogs.settings_dialog import SettingsDialog

TODAY = date(2026, 11, 22)
FIELDS = ("organisationName", "organisationEmail", "organisationLanguage", "currency", "maxSeatsToCancel",
          "allowRevokeCancellation", "clientCancellationApproval", "clientCancellationImmediate", "retentionDays",
          "smtpHost", "smtpPort", "smtpSecurity", "smtpUser", "smtpSender", "smtpPassword")


@pytest.fixture
def staff_desk(desk: Desk, db_url: str) -> Iterator[Desk]:
    desk.add_staff("Sam", "sam@example.com", "staff")
    opened = Desk.open(db_url, user="sam@example.com", today=TODAY)
    yield opened
    opened.close()


def open_dialog(qtbot, desk: Desk) -> SettingsDialog:
    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def field(dialog: SettingsDialog, name: str) -> Any:
    found = dialog.findChild(QWidget, name)
    assert found is not None, name
    return found


def test_the_dialog_shows_the_current_settings(qtbot, desk):
    desk.update_settings(organisation_name="Globex", organisation_language="fr", max_seats_to_cancel=3,
                         allow_revoke_cancellation=True, client_cancellation="immediate", retention_days=30,
                         smtp_host="mail.example.com", smtp_port=465, smtp_security="ssl", smtp_user="desk",
                         smtp_sender="billing@example.com")
    dialog = open_dialog(qtbot, desk)

    assert field(dialog, "organisationName").text() == "Globex"
    assert field(dialog, "organisationEmail").text() == "accounts@example.com"
    assert field(dialog, "organisationLanguage").currentData() == "fr"
    assert field(dialog, "maxSeatsToCancel").value() == 3
    assert field(dialog, "allowRevokeCancellation").isChecked()
    assert field(dialog, "clientCancellationImmediate").isChecked()
    assert not field(dialog, "clientCancellationApproval").isChecked()
    assert field(dialog, "retentionDays").value() == 30
    assert field(dialog, "smtpHost").text() == "mail.example.com"
    assert field(dialog, "smtpPort").value() == 465
    assert field(dialog, "smtpSecurity").currentData() == "ssl"
    assert field(dialog, "smtpUser").text() == "desk"
    assert field(dialog, "smtpSender").text() == "billing@example.com"
    assert field(dialog, "smtpPassword").text() == ""
    assert dialog.changed_settings() == {}


def test_the_defaults_show_approval_and_unset_smtp(qtbot, desk):
    dialog = open_dialog(qtbot, desk)

    assert field(dialog, "clientCancellationApproval").isChecked()
    assert field(dialog, "maxSeatsToCancel").value() == 2
    assert (field(dialog, "maxSeatsToCancel").minimum(), field(dialog, "maxSeatsToCancel").maximum()) == (0, 1000)
    assert (field(dialog, "retentionDays").minimum(), field(dialog, "retentionDays").maximum()) == (1, 365)
    assert field(dialog, "smtpHost").text() == ""
    assert field(dialog, "smtpSecurity").currentText() == "STARTTLS"


def test_saving_writes_only_the_changed_settings(qtbot, desk, monkeypatch):
    sent: list[dict[str, Any]] = []
    update = desk.update_settings
    monkeypatch.setattr(desk, "update_settings", lambda **values: (sent.append(values), update(**values)))
    dialog = open_dialog(qtbot, desk)

    field(dialog, "maxSeatsToCancel").setValue(5)
    field(dialog, "allowRevokeCancellation").setChecked(True)
    field(dialog, "clientCancellationImmediate").setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)

    assert sent == [{"max_seats_to_cancel": 5, "allow_revoke_cancellation": True,
                     "client_cancellation": "immediate"}]
    settings = desk.settings()
    assert settings["max_seats_to_cancel"] == 5
    assert settings["allow_revoke_cancellation"] is True
    assert settings["client_cancellation"] == "immediate"
    assert settings["retention_days"] == 14


def test_the_currency_is_shown_saved_and_followed_by_the_windows_money(qtbot, desk):
    from ui import formatting

    desk.update_settings(currency="USD")
    dialog = open_dialog(qtbot, desk)
    currency = field(dialog, "currency")
    assert currency.currentData() == "USD"
    assert [currency.itemData(i) for i in range(currency.count())][:3] == ["EUR", "USD", "GBP"]
    assert "US$" in currency.itemText(currency.findData("USD"))
    currency.setCurrentIndex(currency.findData("CHF"))
    assert dialog.changed_settings() == {"currency": "CHF"}
    try:
        with qtbot.waitSignal(dialog.accepted, timeout=2000):
            qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
        assert desk.settings()["currency"] == "CHF"
        assert formatting.currency() == "CHF"  # the window's money follows at once
    finally:
        formatting.set_currency(formatting.DEFAULT_CURRENCY)


def test_emptied_smtp_fields_are_saved_as_unset(qtbot, desk):
    desk.update_settings(smtp_host="mail.example.com", smtp_user="desk")
    dialog = open_dialog(qtbot, desk)

    field(dialog, "smtpHost").clear()
    qtbot.keyClicks(field(dialog, "smtpSender"), "  ")
    assert dialog.changed_settings() == {"smtp_host": None}
    dialog.save()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert desk.settings()["smtp_host"] is None
    assert desk.settings()["smtp_user"] == "desk"


def test_an_invalid_organisation_email_shows_the_refusal_and_changes_nothing(qtbot, desk):
    before = desk.settings()
    dialog = open_dialog(qtbot, desk)

    field(dialog, "maxSeatsToCancel").setValue(7)
    email = field(dialog, "organisationEmail")
    email.clear()
    qtbot.keyClicks(email, "accounts.example.com")
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)

    error = dialog.findChild(QLabel, "errorLabel")
    assert error.isVisible()
    assert error.text() == ("The organisation email “accounts.example.com” is not an email address; "
                            "check it and try again.")
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert desk.settings() == before
    qtbot.keyClicks(email, "x")  # editing again clears the refusal
    assert not error.isVisible()


def test_a_staff_member_sees_the_settings_read_only(qtbot, staff_desk):
    dialog = open_dialog(qtbot, staff_desk)

    for name in FIELDS:
        shown = field(dialog, name)
        if isinstance(shown, QLineEdit | QSpinBox) and name != "smtpPassword":
            assert shown.isReadOnly(), name  # still readable and copyable, unlike disabled text
        else:
            assert not shown.isEnabled(), name
    qtbot.keyClicks(field(dialog, "organisationName"), "X")
    assert field(dialog, "organisationName").text() == "Account Desk"
    assert not dialog.action_button.isEnabled()
    assert dialog.action_button.toolTip().startswith("Changing settings needs an administrator;")
    assert dialog.findChild(QLabel, "readOnlyNotice").isVisible()
    close = dialog.button_box.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None and close.isEnabled()
    assert field(dialog, "maxSeatsToCancel").value() == 2  # the values are shown all the same


def test_escape_cancels_without_saving(qtbot, desk):
    dialog = open_dialog(qtbot, desk)

    field(dialog, "retentionDays").setValue(60)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert dialog.result() == QDialog.DialogCode.Rejected
    assert desk.settings()["retention_days"] == 14


def test_save_is_the_default_button_and_named_by_its_verb(qtbot, desk):
    dialog = open_dialog(qtbot, desk)

    assert dialog.action_button.text() == "Save settings"
    assert dialog.action_button.isDefault()


def test_changing_the_security_moves_only_a_standard_port(qtbot, desk):
    dialog = open_dialog(qtbot, desk)
    security, port = field(dialog, "smtpSecurity"), field(dialog, "smtpPort")

    security.setCurrentIndex(security.findData("ssl"))
    assert port.value() == 465
    port.setValue(2525)
    security.setCurrentIndex(security.findData("starttls"))
    assert port.value() == 2525


def test_every_field_is_named_and_labelled_for_accessibility(qtbot, desk):
    dialog = open_dialog(qtbot, desk)

    for name in FIELDS:
        assert field(dialog, name).accessibleName(), name
    assert field(dialog, "smtpPassword").echoMode() == field(dialog, "smtpPassword").EchoMode.Password
    note = dialog.findChild(QLabel, "smtpPasswordNote")
    assert note.text() == "Stored in the operating system's keyring, never in the database or a file."


def test_the_dialog_renders_without_cut_off_text(qtbot, desk, staff_desk, tmp_path):
    """Checks no label is cut off, and that the dialog renders (with and without a refusal)."""
    SHOTS = tmp_path
    desk.update_settings(smtp_host="smtp.example.com", smtp_user="desk@example.com")
    for name, shown in (("settings", desk), ("settings_read_only", staff_desk)):
        dialog = open_dialog(qtbot, shown)
        for label in dialog.findChildren(QLabel):
            if label.isVisible() and label.text() and not label.wordWrap():
                assert label.width() >= label.sizeHint().width(), label.text()
        assert dialog.grab().save(str(SHOTS / f"{name}.png"))
        if shown is desk:  # and with a refusal shown under the fields
            dialog.organisation_email.setText("accounts.example.com")
            dialog.save()
            assert dialog.error_label.isVisible()
            assert dialog.grab().save(str(SHOTS / "settings_refused.png"))
        dialog.reject()
