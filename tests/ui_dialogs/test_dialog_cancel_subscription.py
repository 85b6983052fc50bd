"""The cancel-subscription dialog on an active subscription (DESIGN.md §4, §7, §13)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QPushButton

from ui.dialogs.cancel_subscription import CancelSubscriptionDialog


@pytest.fixture
def make_dialog(qtbot, desk):
    def _make(sub_id: int, on_desk=None) -> CancelSubscriptionDialog:
        dialog = CancelSubscriptionDialog(on_desk or desk, (on_desk or desk).cancellation_form(sub_id))
        qtbot.addWidget(dialog)
        return dialog
    return _make


def choose(dialog: CancelSubscriptionDialog, month: date) -> None:
    months = [o.month for o in dialog.options]
    dialog.findChild(QComboBox, "cancellationMonth").setCurrentIndex(months.index(month))


def text_of(dialog: QDialog, name: str) -> str:
    return dialog.findChild(QLabel, name).text()


def test_offers_exactly_the_facade_months_earliest_december(desk, acme, make_dialog):
    dialog = make_dialog(acme.team)
    combo = dialog.findChild(QComboBox, "cancellationMonth")
    expected = desk.cancellation_months(acme.team)
    assert [o.month for o in dialog.options] == [o.month for o in expected]
    assert combo.count() == len(expected)
    assert expected[0].month == date(2026, 12, 1) and expected[0].access_end == date(2026, 12, 14)
    assert combo.itemText(0) == "after " + QLocale().toString(QDate(2026, 12, 1), "MMMM yyyy")
    assert combo.currentIndex() == 0
    assert combo.accessibleName()


def test_preview_follows_the_chosen_month_after_june_bills_last_in_may(acme, make_dialog, long_date):
    dialog = make_dialog(acme.team)
    assert long_date(date(2026, 12, 14)) in text_of(dialog, "accessEnd")
    assert long_date(date(2026, 11, 15)) in text_of(dialog, "lastInvoice")

    choose(dialog, date(2027, 6, 1))

    assert dialog.findChild(QComboBox, "cancellationMonth").currentText().endswith("June 2027")
    assert long_date(date(2027, 5, 15)) in text_of(dialog, "lastInvoice")
    assert long_date(date(2027, 6, 14)) in text_of(dialog, "accessEnd")
    option = next(o for o in dialog.options if o.month == date(2027, 6, 1))
    assert text_of(dialog, "invoicesNotIssued").startswith(f"{option.invoices_not_issued} ")


def test_billing_day_plan_preview_ends_access_at_the_end_of_the_month(acme, make_dialog, long_date):
    dialog = make_dialog(acme.pro)
    assert dialog.options[0].month == date(2026, 12, 1)
    assert long_date(date(2026, 12, 31)) in text_of(dialog, "accessEnd")

    choose(dialog, date(2027, 6, 1))

    assert long_date(date(2027, 5, 20)) in text_of(dialog, "lastInvoice")
    assert long_date(date(2027, 6, 30)) in text_of(dialog, "accessEnd")


def test_month_names_follow_the_locale(acme, make_dialog):
    original = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        dialog = make_dialog(acme.team)
    finally:
        QLocale.setDefault(original)
    items = [dialog.findChild(QComboBox, "cancellationMonth").itemText(i) for i in range(3)]
    assert "décembre 2026" in items[0] and "janvier 2027" in items[1]


def test_shows_the_subscription_who_is_notified_and_that_it_cannot_be_removed(acme, make_dialog, long_date):
    dialog = make_dialog(acme.team)
    assert "Team" in text_of(dialog, "plan")
    assert text_of(dialog, "participant") == "Acme"
    assert long_date(date(2026, 12, 15)) in text_of(dialog, "nextBillingDate")
    assert "Alice Martin <alice@example.com>" in text_of(dialog, "notifyOwner")
    assert "admin@localhost" in text_of(dialog, "notifyManager")
    note = text_of(dialog, "permanenceNote")
    assert "cannot be removed" in note and "buy it again" in note
    assert "billing day 20" in text_of(make_dialog(acme.pro), "billing")


def test_without_primary_admin_the_client_email_is_notified(desk, make_dialog):
    client = desk.add_client("Solo", email="solo@example.com")
    desk.add_card(client, "Visa", "4242", 12, 2028)
    sub = desk.add_subscription(client, "Team", "49.00", start=date(2026, 1, 15))
    assert "solo@example.com" in text_of(make_dialog(sub), "notifyOwner")


def test_confirming_writes_the_cancellation_and_its_audit_event(qtbot, desk, acme, make_dialog):
    dialog = make_dialog(acme.team)
    dialog.show()
    choose(dialog, date(2027, 6, 1))
    action = dialog.findChild(QPushButton, "actionButton")
    assert action.text() == "Cancel subscription"

    qtbot.mouseClick(action, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    sub = desk.subscription(acme.team)
    assert sub.status == "cancelling"
    assert sub.cancellation_month == date(2027, 6, 1)
    assert sub.access_end == date(2027, 6, 14)
    assert desk.timeline(acme.client)[0].action == "subscription.cancel"


def test_a_refusal_on_confirming_is_shown_and_the_dialog_stays_open(qtbot, desk, acme, make_dialog):
    dialog = make_dialog(acme.team)
    dialog.show()
    # Meanwhile someone gives the client two more seats: the facade now refuses.
    desk.add_contact(acme.client, "Bob", "bob@example.com", seat=True)
    desk.add_contact(acme.client, "Carol", "carol@example.com", seat=True)

    qtbot.mouseClick(dialog.findChild(QPushButton, "actionButton"), Qt.MouseButton.LeftButton)

    error = dialog.findChild(QLabel, "errorLabel")
    assert "3 active paid seats" in error.text()
    assert error.isVisible() and error.wordWrap()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert desk.subscription(acme.team).status == "active"


def test_escape_rejects_and_changes_nothing(qtbot, desk, acme, make_dialog):
    dialog = make_dialog(acme.team)
    dialog.show()
    qtbot.waitExposed(dialog)
    choose(dialog, date(2027, 6, 1))
    before = len(desk.timeline(acme.client))

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert desk.subscription(acme.team).status == "active"
    assert len(desk.timeline(acme.client)) == before


def test_cancel_is_the_default_button_so_enter_does_not_cancel(qtbot, desk, acme, make_dialog):
    dialog = make_dialog(acme.team)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.findChild(QDialogButtonBox, "buttonBox")
    cancel = box.findChild(QPushButton, "cancelButton")
    action = dialog.findChild(QPushButton, "actionButton")
    assert cancel.isDefault() and not action.isDefault() and not action.autoDefault()

    qtbot.keyClick(dialog.findChild(QComboBox, "cancellationMonth"), Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Rejected
    assert desk.subscription(acme.team).status == "active"
