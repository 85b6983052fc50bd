"""The void-invoice dialog: a purchase made by mistake (DESIGN.md §5, §7, §12)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDoubleSpinBox, QLabel, QPushButton

from ui.dialogs.void_invoice import VoidInvoiceDialog


def open_dialog(qtbot, desk, sub_id: int) -> VoidInvoiceDialog:
    dialog = VoidInvoiceDialog(desk, desk.void_form(sub_id))
    qtbot.addWidget(dialog)
    return dialog


def test_shows_the_latest_invoice_and_what_voiding_does(qtbot, desk, acme, long_date):
    dialog = open_dialog(qtbot, desk, acme.team)

    assert long_date(date(2026, 11, 15)) in dialog.findChild(QLabel, "invoiceIssued").text()
    assert long_date(date(2026, 12, 14)) in dialog.findChild(QLabel, "invoicePeriod").text()
    assert "49" in dialog.findChild(QLabel, "invoiceAmount").text()
    assert "49" in dialog.findChild(QLabel, "invoicePaid").text()
    consequences = dialog.findChild(QLabel, "voidConsequences").text()
    assert "credits the whole invoice" in consequences and "purchases" in consequences
    assert long_date(date(2026, 11, 22)) in consequences
    assert "alice@example.com" in dialog.findChild(QLabel, "notifyOwner").text()
    action = dialog.findChild(QPushButton, "actionButton")
    assert action.text() == "Void invoice" and action.isEnabled()
    cancel = dialog.findChild(QPushButton, "cancelButton")
    assert cancel.isDefault() and not action.isDefault()


def test_refund_is_capped_at_what_was_paid(qtbot, desk, acme):
    dialog = open_dialog(qtbot, desk, acme.team)
    check = dialog.findChild(QCheckBox, "refundEnabled")
    amount = dialog.findChild(QDoubleSpinBox, "refundAmount")
    assert not check.isChecked() and not amount.isEnabled()

    check.setChecked(True)
    amount.setValue(500.0)

    assert amount.isEnabled()
    assert amount.decimals() == 2 and amount.maximum() == 49.0 and amount.value() == 49.0
    assert check.accessibleName() and amount.accessibleName()


def test_nothing_paid_means_nothing_to_refund(qtbot, desk):
    client = desk.add_client("Unpaid Ltd", email="billing@unpaid.example")  # no card: the invoice stays open
    sub = desk.add_subscription(client, "Team", Decimal("49.00"), start=date(2026, 11, 20))
    dialog = open_dialog(qtbot, desk, sub)

    check = dialog.findChild(QCheckBox, "refundEnabled")
    assert not check.isEnabled() and "Nothing was paid" in check.toolTip()
    assert dialog.refund() is None


def test_a_manager_voids_with_a_partial_refund(qtbot, desk, acme):
    dialog = open_dialog(qtbot, desk, acme.team)
    dialog.show()
    dialog.findChild(QCheckBox, "refundEnabled").setChecked(True)
    dialog.findChild(QDoubleSpinBox, "refundAmount").setValue(20.5)
    assert dialog.refund() == Decimal("20.50")

    qtbot.mouseClick(dialog.findChild(QPushButton, "actionButton"), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    sub = desk.subscription(acme.team)
    assert sub.status == "voided" and sub.access_end == date(2026, 11, 22)
    assert desk.timeline(acme.client)[0].action == "subscription.void"
    assert "20.50 refunded" in desk.timeline(acme.client)[0].summary


def test_without_the_refund_box_nothing_is_refunded(qtbot, desk, acme):
    dialog = open_dialog(qtbot, desk, acme.team)
    dialog.findChild(QDoubleSpinBox, "refundAmount").setValue(10.0)
    assert dialog.refund() is None


def test_staff_user_sees_why_and_cannot_void(qtbot, desk, open_desk, acme):
    desk.add_staff("Sam", "sam@example.com", "staff")
    dialog = open_dialog(qtbot, open_desk(user="sam@example.com"), acme.team)

    reason = dialog.findChild(QLabel, "blockerLabel").text()
    assert "manager" in reason
    action = dialog.findChild(QPushButton, "actionButton")
    assert not action.isEnabled() and action.toolTip() == reason
    assert not dialog.findChild(QCheckBox, "refundEnabled").isEnabled()


def test_a_refusal_is_shown_and_the_dialog_stays_open(qtbot, desk, acme):
    dialog = open_dialog(qtbot, desk, acme.team)
    dialog.show()
    desk.void_latest_invoice(acme.team)  # someone else was quicker

    qtbot.mouseClick(dialog.findChild(QPushButton, "actionButton"), Qt.MouseButton.LeftButton)

    assert "already voided" in dialog.findChild(QLabel, "errorLabel").text()
    assert dialog.isVisible()


def test_escape_rejects_and_changes_nothing(qtbot, desk, acme):
    dialog = open_dialog(qtbot, desk, acme.team)
    dialog.show()
    qtbot.waitExposed(dialog)

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert dialog.result() == QDialog.DialogCode.Rejected
    assert desk.subscription(acme.team).status == "active"
