"""The cancel-subscription dialog when a precondition of DESIGN.md §4 blocks it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QPushButton

from app.errors import DeskError
from ui.dialogs.cancel_subscription import CancelSubscriptionDialog
from ui.refusals import sentence as say


def open_dialog(qtbot, desk, sub_id: int) -> CancelSubscriptionDialog:
    dialog = CancelSubscriptionDialog(desk, desk.cancellation_form(sub_id))
    qtbot.addWidget(dialog)
    return dialog


def assert_blocked_by(dialog: CancelSubscriptionDialog, refusal: DeskError) -> None:
    sentence = say(refusal, dialog.locale())
    blocker = dialog.findChild(QLabel, "blockerLabel")
    assert blocker is not None and blocker.text() == sentence
    # Meaning not by colour alone: the sentence comes with an icon.
    icon = dialog.findChild(QLabel, "blockerLabelIcon")
    assert icon is not None and not icon.pixmap().isNull()
    assert dialog.findChild(QComboBox, "cancellationMonth") is None
    action = dialog.findChild(QPushButton, "actionButton")
    assert not action.isEnabled() and action.toolTip() == sentence
    close = dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Close)
    assert close is not None and close.isDefault()


def test_unpaid_invoice_blocks_with_the_way_out(qtbot, desk):
    client = desk.add_client("Unpaid Ltd", email="billing@unpaid.example")  # no card: invoices stay open
    sub = desk.add_subscription(client, "Team", Decimal("49.00"), start=date(2026, 10, 1))
    refusal = desk.cancellation_blocker(sub)
    assert refusal is not None and refusal.code == "unpaid_invoices" and refusal.params["count"] == 2
    assert "unpaid" in str(refusal)

    assert_blocked_by(open_dialog(qtbot, desk, sub), refusal)


def test_more_than_two_active_seats_block(qtbot, desk, acme):
    desk.add_contact(acme.client, "Bob", "bob@example.com", seat=True)
    desk.add_contact(acme.client, "Carol", "carol@example.com", seat=True)
    refusal = desk.cancellation_blocker(acme.team)
    assert refusal is not None and refusal.code == "too_many_seats"
    assert (refusal.params["seats"], refusal.params["limit"]) == (3, 2)

    assert_blocked_by(open_dialog(qtbot, desk, acme.team), refusal)


def test_earliest_month_already_chosen_blocks_moving_earlier(qtbot, desk, acme):
    desk.cancel_subscription(acme.team, date(2026, 12, 1))
    refusal = desk.cancellation_blocker(acme.team)
    assert refusal is not None and refusal.code == "cancel_at_earliest"
    assert refusal.params["month"] == date(2026, 12, 1) and "earlier" in str(refusal)

    dialog = open_dialog(qtbot, desk, acme.team)

    assert_blocked_by(dialog, refusal)
    assert "after December 2026" in dialog.findChild(QLabel, "currentCancellation").text()
