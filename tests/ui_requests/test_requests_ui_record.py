"""Recording a client's cancellation request (DESIGN.md §6; §13: small and reversible)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QPlainTextEdit, QPushButton

from ui.dialogs.record_request import RecordRequestDialog
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
    assert "Only the account owner can ask to close the whole account" in notice.text()
    assert "Bob Stone is a user" in notice.text() and "Alice Martin" in notice.text()
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
