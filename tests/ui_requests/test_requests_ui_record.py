"""Recording a client's cancellation request (DESIGN.md §6; §13: small and reversible)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QPlainTextEdit, QPushButton

from ui.dialogs.record_request import RecordRequestDialog
from ui.refusals import sentence as say
from ui.requests_page import RequestsPage


@pytest.fixture
def page(qtbot, desk, acme) -> RequestsPage:
    widget = RequestsPage(desk)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        pass  # the first load runs in the worker; waiting lets its result arrive
    return widget


def combo(dialog, name: str) -> QComboBox:
    return dialog.findChild(QComboBox, name)


def choose_data(box: QComboBox, data) -> None:
    box.setCurrentIndex(box.findData(data))


def test_offers_the_owner_first_the_running_plans_and_the_whole_account(qtbot, desk, acme):
    dialog = RecordRequestDialog(desk, desk.record_request_form(acme.client))
    qtbot.addWidget(dialog)
    contacts = combo(dialog, "requestContact")
    assert [contacts.itemText(i) for i in range(contacts.count())] == ["Alice Martin (account owner)",
                                                                       "Bob Stone (user)"]
    subjects = combo(dialog, "requestSubject")
    assert subjects.findData(acme.team) >= 0 and subjects.findData(acme.pro) >= 0
    assert subjects.itemText(subjects.count() - 1) == "The whole account (close it)"
    received = dialog.findChild(QDateEdit, "requestReceived")
    assert received.maximumDate() == QDate(2026, 11, 22) and received.date() == QDate(2026, 11, 22)
    assert received.calendarPopup()
    button = dialog.findChild(QPushButton, "actionButton")
    assert button.text() == "Record request" and button.isDefault()


def test_records_a_request_and_the_page_says_it_changed(qtbot, desk, acme, page):
    before = len(desk.requests("pending"))
    with qtbot.waitSignal(page.opener.opened, timeout=5000):  # its data is read in the worker first
        page.record_request(acme.client, subscription_id=acme.team)
    dialog = page.dialog
    assert isinstance(dialog, RecordRequestDialog)
    assert combo(dialog, "requestSubject").currentData() == acme.team
    choose_data(combo(dialog, "requestContact"), acme.bob)
    choose_data(combo(dialog, "requestChannel"), "phone")
    dialog.findChild(QDateEdit, "requestReceived").setDate(QDate(2026, 11, 16))
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "requestMessage"), "Stop the Team plan please")

    with qtbot.waitSignal(page.changed, timeout=2000), qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "actionButton"), Qt.MouseButton.LeftButton)

    pending = desk.requests("pending")
    assert len(pending) == before + 1
    recorded = desk.request(dialog.request_id)
    assert (recorded.contact_id, recorded.subscription_id, recorded.channel, recorded.received, recorded.message) == (
        acme.bob, acme.team, "phone", date(2026, 11, 16), "Stop the Team plan please")
    assert page.model.find_row(recorded.id) >= 0


def test_whole_account_from_a_non_owner_is_explained_at_once(qtbot, desk, acme):
    dialog = RecordRequestDialog(desk, desk.record_request_form(acme.client))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    notice = dialog.findChild(QLabel, "wholeAccountNotice")
    button = dialog.findChild(QPushButton, "actionButton")
    choose_data(combo(dialog, "requestContact"), acme.bob)
    assert not notice.isVisible()

    subjects = combo(dialog, "requestSubject")
    subjects.setCurrentIndex(subjects.count() - 1)

    assert notice.isVisible()
    # The facade's own refusal, as recording would raise it.
    refusal = desk.record_request_form(acme.client).whole_account[acme.bob]
    assert refusal.code == "whole_account_needs_owner"
    assert notice.text() == say(refusal, dialog.locale())
    assert "Bob Stone is a user" in notice.text()
    assert not button.isEnabled() and "account owner" in button.toolTip()
    dialog.confirm()
    assert desk.requests("pending") == []

    choose_data(combo(dialog, "requestContact"), acme.owner)
    assert not notice.isVisible() and button.isEnabled()


def test_whole_account_from_the_owner_is_recorded(qtbot, desk, acme):
    dialog = RecordRequestDialog(desk, desk.record_request_form(acme.client))
    qtbot.addWidget(dialog)
    subjects = combo(dialog, "requestSubject")
    subjects.setCurrentIndex(subjects.count() - 1)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.findChild(QPushButton, "actionButton").click()
    request = desk.request(dialog.request_id)
    assert request.subscription_id is None and request.contact_id == acme.owner


def test_a_refusal_of_the_facade_stays_in_the_dialog(qtbot, desk, acme):
    dialog = RecordRequestDialog(desk, desk.record_request_form(acme.client), subscription_id=acme.team)
    qtbot.addWidget(dialog)
    desk.cancel_subscription(acme.team, date(2027, 1, 1))
    dialog.findChild(QPushButton, "actionButton").click()
    assert "already cancelled" in dialog.findChild(QLabel, "errorLabel").text()
    assert dialog.request_id is None


def test_recording_twice_warns_and_offers_to_open_the_existing_request(qtbot, desk, acme):
    existing = desk.record_request(acme.bob, subscription_id=acme.team, channel="phone")
    dialog = RecordRequestDialog(desk, desk.record_request_form(acme.client), subscription_id=acme.team)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QPushButton, "actionButton").click()
    assert "already has a request for this" in dialog.findChild(QLabel, "errorLabel").text()
    assert dialog.request_id is None and len(desk.requests("pending")) == 1
    offer = dialog.findChild(QPushButton, "openExistingRequest")
    assert offer is not None and offer.isVisible()
    with qtbot.waitSignal(dialog.open_existing, timeout=2000) as opened:
        offer.click()
    assert opened.args == [existing]
    assert not dialog.isVisible()


def test_the_requests_page_opens_the_existing_request_from_the_record_dialog(qtbot, desk, acme):
    from ui.dialogs.review_request import ReviewRequestDialog

    existing = desk.record_request(acme.bob, subscription_id=acme.team, channel="phone")
    page = RequestsPage(desk)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.opener.opened, timeout=5000) as opened:
        page.record_request(acme.client, acme.team)
    record = opened.args[0]
    record.findChild(QPushButton, "actionButton").click()
    with qtbot.waitSignal(page.opener.opened, timeout=5000) as opened:
        record.findChild(QPushButton, "openExistingRequest").click()
    review = opened.args[0]
    assert isinstance(review, ReviewRequestDialog) and review.request.id == existing
    review.reject()
