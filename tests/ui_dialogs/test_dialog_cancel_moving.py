"""The cancel-subscription dialog on a subscription already cancelling: only earlier
months, the current month shown, and the revoke policy (DESIGN.md §4, §12)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPushButton

from ui.dialogs.cancel_subscription import CancelSubscriptionDialog

JUNE = date(2027, 6, 1)


@pytest.fixture
def cancelling(desk, acme) -> int:
    desk.cancel_subscription(acme.team, JUNE)
    return acme.team


def open_dialog(qtbot, desk, sub_id: int) -> CancelSubscriptionDialog:
    dialog = CancelSubscriptionDialog(desk, desk.cancellation_form(sub_id))
    qtbot.addWidget(dialog)
    return dialog


def test_offers_only_earlier_months_and_shows_the_current_one(qtbot, desk, cancelling, long_date):
    dialog = open_dialog(qtbot, desk, cancelling)

    months = [o.month for o in dialog.options]
    assert months == [o.month for o in desk.cancellation_months(cancelling)]
    assert months and all(m < JUNE for m in months)
    assert dialog.findChild(QComboBox, "cancellationMonth").count() == len(months)
    current = dialog.findChild(QLabel, "currentCancellation").text()
    assert "Currently: after June 2027" in current and long_date(date(2027, 6, 14)) in current
    assert "only be moved earlier" in current and "buy it again" in current
    action = dialog.findChild(QPushButton, "actionButton")
    assert action.text() == "Move cancellation earlier"
    assert dialog.windowTitle() == "Move cancellation earlier — Acme"


def test_moving_earlier_writes_the_new_month(qtbot, desk, cancelling):
    dialog = open_dialog(qtbot, desk, cancelling)
    dialog.show()
    combo = dialog.findChild(QComboBox, "cancellationMonth")
    combo.setCurrentIndex([o.month for o in dialog.options].index(date(2027, 3, 1)))

    qtbot.mouseClick(dialog.findChild(QPushButton, "actionButton"), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert desk.subscription(cancelling).cancellation_month == date(2027, 3, 1)


def test_revoke_is_disabled_while_the_policy_is_off(qtbot, desk, cancelling):
    dialog = open_dialog(qtbot, desk, cancelling)
    revoke = dialog.findChild(QPushButton, "revokeCancellation")
    assert not revoke.isEnabled()
    assert "allow_revoke_cancellation" in revoke.toolTip()
    assert revoke.accessibleName() == "Revoke cancellation"


def test_revoke_needs_a_manager(qtbot, desk, open_desk, cancelling):
    desk.update_settings(allow_revoke_cancellation=True)
    desk.add_staff("Sam", "sam@example.com", "staff")
    dialog = open_dialog(qtbot, open_desk(user="sam@example.com"), cancelling)
    revoke = dialog.findChild(QPushButton, "revokeCancellation")
    assert not revoke.isEnabled()
    assert "manager" in revoke.toolTip()


def test_a_manager_revokes_when_the_policy_allows(qtbot, desk, cancelling):
    desk.update_settings(allow_revoke_cancellation=True)
    dialog = open_dialog(qtbot, desk, cancelling)
    dialog.show()
    revoke = dialog.findChild(QPushButton, "revokeCancellation")
    assert revoke.isEnabled()

    qtbot.mouseClick(revoke, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    sub = desk.subscription(cancelling)
    assert sub.status == "active" and sub.cancellation_month is None


def test_active_subscription_has_no_revoke_button(qtbot, desk, acme):
    dialog = open_dialog(qtbot, desk, acme.team)
    assert dialog.findChild(QPushButton, "revokeCancellation") is None
