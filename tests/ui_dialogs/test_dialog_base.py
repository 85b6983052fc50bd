"""What every dialog gets from `DeskDialog` (STYLE.md, Qt): remembered geometry,
accessible names on what can be operated, and text that is never cut off."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDoubleSpinBox, QLabel

from ui.dialogs.base import dialog_settings
from ui.dialogs.cancel_subscription import CancelSubscriptionDialog
from ui.dialogs.void_invoice import VoidInvoiceDialog


def test_geometry_is_remembered_per_dialog_class(qtbot, desk, acme):
    first = CancelSubscriptionDialog(desk, desk.cancellation_form(acme.team))
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(first.width() + 120, first.height())
    wide = first.width()
    first.close()  # the window's close button: QDialog turns it into reject()

    assert isinstance(dialog_settings().value("dialogs/CancelSubscriptionDialog/geometry"), QByteArray)
    again = CancelSubscriptionDialog(desk, desk.cancellation_form(acme.team))
    qtbot.addWidget(again)
    again.show()
    assert again.width() == wide
    other = VoidInvoiceDialog(desk, desk.void_form(acme.team))
    qtbot.addWidget(other)
    other.show()
    assert other.width() != wide


def test_unreadable_saved_geometry_leaves_the_default_size(qtbot, desk, acme):
    dialog_settings().setValue("dialogs/VoidInvoiceDialog/geometry", QByteArray(b"garbage"))
    dialog = VoidInvoiceDialog(desk, desk.void_form(acme.team))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() >= dialog.minimumWidth() > 0


def _dialogs(qtbot, desk, acme):
    client = desk.add_client("Unpaid Ltd", email="billing@unpaid.example")
    unpaid = desk.add_subscription(client, "Team", Decimal("49.00"), start=date(2026, 10, 1))
    dialogs = [CancelSubscriptionDialog(desk, desk.cancellation_form(acme.team)),
               CancelSubscriptionDialog(desk, desk.cancellation_form(unpaid)),
               VoidInvoiceDialog(desk, desk.void_form(acme.team))]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
    return dialogs


def test_every_control_has_an_accessible_name(qtbot, desk, acme):
    for dialog in _dialogs(qtbot, desk, acme):
        for kind in (QAbstractButton, QComboBox, QDoubleSpinBox):
            for widget in dialog.findChildren(kind):
                if widget.isVisible():
                    assert widget.accessibleName(), (type(dialog).__name__, widget.objectName())


def assert_no_text_cut_off(dialog) -> None:
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            assert label.height() >= needed, (type(dialog).__name__, label.objectName(), label.text())
        else:
            assert label.width() >= label.sizeHint().width(), (type(dialog).__name__, label.text())


def test_no_visible_text_is_cut_off(qtbot, desk, acme, tmp_path):
    for index, dialog in enumerate(_dialogs(qtbot, desk, acme)):
        assert dialog.grab().save(str(tmp_path / f"dialog{index}.png"))
        assert_no_text_cut_off(dialog)


def test_a_refusal_makes_room_for_itself(qtbot, desk, acme):
    dialog = CancelSubscriptionDialog(desk, desk.cancellation_form(acme.team))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    dialog.show_error("A long refusal that needs two lines or more to be read in full; " * 3)

    # The layout settles in the event loop: wait for it, never sleep.
    qtbot.waitUntil(lambda: assert_no_text_cut_off(dialog), timeout=2000)
