"""The review dialog of a client's cancellation request (DESIGN.md §6, §13)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPlainTextEdit, QPushButton, QRadioButton

from ui.dialogs.review_request import ReviewRequestDialog


@pytest.fixture
def make_dialog(qtbot, desk):
    def _make(request_id: int, on_desk=None) -> ReviewRequestDialog:
        dialog = ReviewRequestDialog(on_desk or desk, (on_desk or desk).review_form(request_id))
        qtbot.addWidget(dialog)
        return dialog
    return _make


@pytest.fixture
def team_request(desk, acme) -> int:
    return desk.record_request(acme.bob, subscription_id=acme.team, channel="email", received=date(2026, 11, 13),
                               message="Please cancel the Team plan.")


def label(dialog: QDialog, name: str) -> str:
    return dialog.findChild(QLabel, name).text()


def action(dialog: QDialog) -> QPushButton:
    return dialog.findChild(QPushButton, "actionButton")


def choose(dialog: QDialog, name: str) -> None:
    dialog.findChild(QRadioButton, name).setChecked(True)


def test_shows_when_who_what_and_the_message(team_request, make_dialog, long_date):
    dialog = make_dialog(team_request)
    assert label(dialog, "received") == f"Received {long_date(date(2026, 11, 13))} by email, 5 business days ago"
    assert label(dialog, "requester").startswith("Bob Stone <bob@example.com>, user of Acme")
    assert label(dialog, "requestedWhat") == "Team for Acme"
    assert dialog.findChild(QPlainTextEdit, "message").toPlainText() == "Please cancel the Team plan."
    assert long_date(date(2026, 12, 15)) in label(dialog, "nextBillingDate")


def test_final_billing_dates_come_from_the_facade_with_their_access_end(desk, team_request, make_dialog,
                                                                        long_date):
    dialog = make_dialog(team_request)
    combo = dialog.findChild(QComboBox, "finalBillingDate")
    options = desk.final_billing_options(team_request)
    assert combo.count() == len(options) and combo.accessibleName()
    assert combo.itemText(0) == f"None: the latest invoice is the last (access until {long_date(date(2026, 12, 14))})"
    assert combo.itemText(1) == f"{long_date(date(2026, 12, 15))} (access until {long_date(date(2027, 1, 14))})"
    assert long_date(date(2026, 12, 14)) in label(dialog, "resultingAccessEnd")
    combo.setCurrentIndex(2)
    assert long_date(date(2027, 2, 14)) in label(dialog, "resultingAccessEnd")


def test_approve_with_a_chosen_final_billing_date_writes_it(qtbot, desk, acme, team_request, make_dialog, long_date):
    dialog = make_dialog(team_request)
    dialog.findChild(QComboBox, "finalBillingDate").setCurrentIndex(2)  # 15 January 2027
    shown = label(dialog, "resultingAccessEnd")
    assert action(dialog).text() == "Approve cancellation" and action(dialog).isEnabled()

    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(action(dialog), Qt.MouseButton.LeftButton)

    request = desk.request(team_request)
    assert request.status == "approved" and request.final_billing_date == date(2027, 1, 15)
    sub = desk.subscription(acme.team)
    assert sub.status == "cancelling" and sub.access_end == date(2027, 2, 14)
    assert long_date(sub.access_end) in shown


def test_approve_with_none_ends_with_the_latest_invoice(qtbot, desk, acme, team_request, make_dialog):
    dialog = make_dialog(team_request)
    assert dialog.findChild(QComboBox, "finalBillingDate").currentIndex() == 0

    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(action(dialog), Qt.MouseButton.LeftButton)

    assert desk.request(team_request).final_billing_date is None
    assert desk.subscription(acme.team).access_end == date(2026, 12, 14)


def test_billing_day_plan_ends_at_the_end_of_the_month(qtbot, desk, acme, make_dialog, long_date):
    request = desk.record_request(acme.owner, subscription_id=acme.pro)
    dialog = make_dialog(request)
    combo = dialog.findChild(QComboBox, "finalBillingDate")
    combo.setCurrentIndex(1)  # 20 December 2026 pays for January
    assert long_date(date(2027, 1, 31)) in label(dialog, "resultingAccessEnd")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        action(dialog).click()
    assert desk.subscription(acme.pro).access_end == date(2027, 1, 31)


def test_reject_without_a_reason_is_refused(desk, acme, team_request, make_dialog):
    dialog = make_dialog(team_request)
    choose(dialog, "outcomeReject")
    button = action(dialog)
    assert button.text() == "Reject request"
    assert not button.isEnabled() and "reason" in button.toolTip()
    dialog.findChild(QPlainTextEdit, "rejectReason").setPlainText("   ")
    assert not button.isEnabled()

    button.click()  # a disabled button does nothing
    dialog.confirm()  # and the dialog refuses if asked anyway

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.findChild(QLabel, "errorLabel").text()
    assert desk.request(team_request).status == "pending"
    assert desk.subscription(acme.team).status == "active"


def test_reject_with_a_reason_writes_it(qtbot, desk, acme, team_request, make_dialog):
    dialog = make_dialog(team_request)
    choose(dialog, "outcomeReject")
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "rejectReason"), "Annual commitment until March.")
    assert action(dialog).isEnabled()

    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(action(dialog), Qt.MouseButton.LeftButton)

    request = desk.request(team_request)
    assert request.status == "rejected" and request.decision == "Annual commitment until March."
    assert desk.subscription(acme.team).status == "active"


def test_typing_a_reason_chooses_reject(team_request, make_dialog):
    dialog = make_dialog(team_request)
    dialog.findChild(QPlainTextEdit, "rejectReason").setPlainText("No")
    assert dialog.findChild(QRadioButton, "outcomeReject").isChecked()
    assert action(dialog).text() == "Reject request"


def test_hold_with_a_note_marks_it_waiting(qtbot, desk, team_request, make_dialog):
    dialog = make_dialog(team_request)
    choose(dialog, "outcomeHold")
    assert not action(dialog).isEnabled()
    dialog.findChild(QPlainTextEdit, "holdNote").setPlainText("Proof that Bob may act for Acme")
    assert action(dialog).text() == "Mark as waiting" and action(dialog).isEnabled()

    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        action(dialog).click()

    request = desk.request(team_request)
    assert request.status == "waiting" and request.note == "Proof that Bob may act for Acme"


def test_a_waiting_request_shows_why_and_can_still_be_decided(desk, team_request, make_dialog):
    desk.hold_request(team_request, "Proof that Bob may act for Acme")
    dialog = make_dialog(team_request)
    assert "Proof that Bob may act for Acme" in dialog.findChild(QLabel, "requestNote").text()
    hold = dialog.findChild(QRadioButton, "outcomeHold")
    assert not hold.isEnabled() and hold.toolTip()
    assert action(dialog).isEnabled()


def test_cancel_is_the_default_button_and_esc_closes(qtbot, desk, team_request, make_dialog):
    dialog = make_dialog(team_request)
    dialog.show()
    qtbot.waitExposed(dialog)
    cancel = dialog.findChild(QPushButton, "cancelButton")
    assert cancel.isDefault() and not action(dialog).isDefault()
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert desk.request(team_request).status == "pending"


def test_a_refusal_is_shown_without_closing(qtbot, desk, team_request, make_dialog):
    dialog = make_dialog(team_request)
    desk.reject_request(team_request, "Decided elsewhere meanwhile")
    action(dialog).click()
    error = dialog.findChild(QLabel, "errorLabel")
    assert "already rejected" in error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_whole_account_request_explains_what_approving_does(desk, acme, make_dialog):
    request = desk.record_request(acme.owner, message="Close it all")
    dialog = make_dialog(request)
    assert label(dialog, "requestedWhat") == "The whole account (closing it)"
    assert "closes the whole account" in dialog.findChild(QLabel, "wholeAccountNote").text()
    assert dialog.findChild(QComboBox, "finalBillingDate") is None
    assert action(dialog).isEnabled()


def test_staff_sees_everything_disabled_with_the_reason(desk, open_desk, team_request, make_dialog):
    desk.add_staff("Sam", "sam@example.com", "staff")
    dialog = make_dialog(team_request, open_desk(user="sam@example.com"))
    assert "needs a manager" in dialog.findChild(QLabel, "refusalLabel").text()
    controls = [dialog.findChild(QRadioButton, n) for n in ("outcomeApprove", "outcomeReject", "outcomeHold")]
    controls += [dialog.findChild(QPlainTextEdit, n) for n in ("rejectReason", "holdNote")]
    controls += [dialog.findChild(QComboBox, "finalBillingDate"), action(dialog)]
    for control in controls:
        assert not control.isEnabled(), control.objectName()
        assert "needs a manager" in control.toolTip(), control.objectName()
    dialog.confirm()
    assert desk.request(team_request).status == "pending"


def test_a_decided_request_is_shown_read_only_with_its_decision(desk, team_request, make_dialog):
    desk.reject_request(team_request, "Annual commitment until March.")
    dialog = make_dialog(team_request)
    assert "already rejected" in dialog.findChild(QLabel, "refusalLabel").text()
    assert "Annual commitment until March." in dialog.findChild(QLabel, "requestNote").text()
    assert not action(dialog).isEnabled()
    assert not dialog.findChild(QRadioButton, "outcomeApprove").isEnabled()


def test_a_blocked_approval_is_said_as_the_dialog_opens_and_marked_in_the_queue(qtbot, desk, acme, make_dialog):
    """Issue 10 item 3: the blocker up front, not on clicking Approve after choosing a date."""
    from ui.refusals import sentence
    from ui.requests_page import RequestsModel, RequestsPage

    for name in ("Carl", "Dana"):  # four paid seats: more than max_seats_to_cancel (2)
        desk.add_contact(acme.client, name, f"{name.lower()}@example.com", seat=True)
    desk.set_seat(acme.bob, True)
    request = desk.record_request(acme.bob, subscription_id=acme.team)
    blocker = desk.review_form(request).approve
    assert blocker is not None and blocker.code == "too_many_seats"
    dialog = make_dialog(request)
    dialog.show()
    qtbot.waitExposed(dialog)
    approve = dialog.findChild(QRadioButton, "outcomeApprove")
    assert not approve.isEnabled() and approve.toolTip() == sentence(blocker)
    notice = dialog.findChild(QLabel, "approveBlocker")
    assert notice is not None and notice.isVisible() and notice.text() == sentence(blocker)
    assert "deactivate users and reduce licences" in notice.text()

    page = RequestsPage(desk)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        pass
    row = page.model.find_row(request)
    status = page.model.index(row, RequestsModel.STATUS)
    assert status.data().endswith("— blocked")
    assert status.data(Qt.ItemDataRole.ToolTipRole) == sentence(blocker)
