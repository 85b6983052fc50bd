"""The Requests page: the review queue, its filter, its model and its actions (DESIGN.md §6, §13)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QTableView

from ui.dialogs.review_request import ReviewRequestDialog
from ui.requests_page import RequestsModel, RequestsPage


@pytest.fixture
def requests(desk, acme) -> dict[str, int]:
    """Three pending requests received in a muddled order, and one waiting."""
    ids = {
        "team": desk.record_request(acme.bob, subscription_id=acme.team, channel="phone",
                                    received=date(2026, 11, 13), message="Cancel Team\nplease, " + "x" * 200),
        "whole": desk.record_request(acme.owner, received=date(2026, 11, 20)),
        "pro": desk.record_request(acme.owner, subscription_id=acme.pro, channel="letter",
                                   received=date(2026, 11, 2)),
    }
    other = desk.add_client("Globex")
    hank = desk.add_contact(other, "Hank Scorpio", "hank@example.com", role="primary_admin")
    desk.add_card(other, "Visa", "4242", 12, 2030)
    sub = desk.add_subscription(other, "Enterprise", "900", start=date(2026, 2, 3))
    ids["globex"] = desk.record_request(hank, subscription_id=sub, received=date(2026, 11, 18))
    desk.hold_request(ids["globex"], "Proof that Hank may act for Globex")
    return ids


def open_page(qtbot, desk) -> RequestsPage:
    page = RequestsPage(desk)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        pass
    return page


def column(page: RequestsPage, col: int) -> list[str]:
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def select(page: RequestsPage, record_id: int) -> None:
    page.table.selectionModel().setCurrentIndex(
        page.model.index(page.model.find_row(record_id), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def test_lists_pending_requests_oldest_first_with_their_age(qtbot, desk, requests):
    page = open_page(qtbot, desk)
    assert page.findChild(QTableView, "requestsTable") is page.table
    assert [page.model.row_id(r) for r in range(3)] == [requests["pro"], requests["team"], requests["whole"]]
    assert column(page, RequestsModel.AGE) == ["14 business days", "5 business days", "0 business days"]
    assert column(page, RequestsModel.SUBSCRIPTION) == ["Pro", "Team", "Whole account"]
    assert column(page, RequestsModel.REQUESTED_BY) == ["Alice Martin", "Bob Stone", "Alice Martin"]
    assert column(page, RequestsModel.CHANNEL) == ["Letter", "Phone", "Email"]
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == RequestsModel.RECEIVED
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_a_request_received_today_reads_today_and_the_days_are_counted_in_words(qtbot, desk, acme, today):
    """Sunday 22 November: one received today, one on Thursday (Friday counts: 1 business
    day), one on Wednesday (2 business days)."""
    ids = [desk.record_request(acme.owner, received=today),
           desk.record_request(acme.bob, subscription_id=acme.team, received=date(2026, 11, 19)),
           desk.record_request(acme.bob, subscription_id=acme.pro, received=date(2026, 11, 18))]
    page = open_page(qtbot, desk)
    ages = {page.model.row_id(r): page.model.index(r, RequestsModel.AGE).data() for r in range(3)}
    assert [ages[i] for i in ids] == ["Today", "1 business day", "2 business days"]
    # oldest first still, today's last
    assert [page.model.row_id(r) for r in range(3)] == ids[::-1]


def test_message_is_one_elided_line_with_the_whole_text_in_its_tooltip(qtbot, desk, requests):
    page = open_page(qtbot, desk)
    index = page.model.index(page.model.find_row(requests["team"]), RequestsModel.MESSAGE)
    shown = index.data()
    assert "\n" not in shown and shown.endswith("…") and len(shown) < 100
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Cancel Team\nplease, " + "x" * 200


def test_sorting_by_received_newest_first_keeps_the_selection(qtbot, desk, requests):
    page = open_page(qtbot, desk)
    select(page, requests["team"])
    page.table.sortByColumn(RequestsModel.RECEIVED, Qt.SortOrder.DescendingOrder)
    assert [page.model.row_id(r) for r in range(3)] == [requests["whole"], requests["team"], requests["pro"]]
    assert page.selected_id() == requests["team"]


def test_filter_waiting_shows_the_note(qtbot, desk, requests):
    page = open_page(qtbot, desk)
    status = page.findChild(QComboBox, "requestStatusFilter")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        status.setCurrentIndex(status.findText("Waiting for the client"))
    assert [page.model.row_id(r) for r in range(page.model.rowCount())] == [requests["globex"]]
    assert column(page, RequestsModel.NOTE) == ["Proof that Hank may act for Globex"]
    assert column(page, RequestsModel.CLIENT) == ["Globex"]

    with qtbot.waitSignal(page.loaded, timeout=5000):
        status.setCurrentIndex(status.findText("All"))
    assert page.model.rowCount() == 4
    assert not page.table.isColumnHidden(RequestsModel.STATUS)


def test_refresh_keeps_the_selection_by_id(qtbot, desk, acme, requests):
    page = open_page(qtbot, desk)
    select(page, requests["team"])
    extra = desk.add_subscription(acme.client, "Extra", "10", start=date(2026, 9, 1))  # Pro already has one
    desk.record_request(acme.bob, subscription_id=extra, received=date(2026, 10, 1))  # lands first
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    assert page.model.rowCount() == 4
    assert page.selected_id() == requests["team"]


def test_review_decides_and_the_page_says_it_changed(qtbot, desk, requests):
    page = open_page(qtbot, desk)
    select(page, requests["team"])
    review = page.findChild(QPushButton, "reviewRequest")
    assert review.isEnabled()
    with qtbot.waitSignal(page.opener.opened, timeout=5000):  # its data is read in the worker first
        qtbot.mouseClick(review, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ReviewRequestDialog) and dialog.request_id == requests["team"]

    with qtbot.waitSignal(page.changed, timeout=2000), qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.findChild(QPushButton, "actionButton").click()

    assert desk.request(requests["team"]).status == "approved"
    assert page.model.find_row(requests["team"]) == -1


def test_record_uses_the_selected_requests_client(qtbot, desk, acme, requests):
    page = open_page(qtbot, desk)
    record = page.findChild(QPushButton, "recordRequest")
    assert not record.isEnabled() and record.toolTip()
    select(page, requests["team"])
    assert record.isEnabled()
    with qtbot.waitSignal(page.opener.opened, timeout=5000):
        record.click()
    assert page.dialog.client.id == acme.client
    page.dialog.reject()


def test_review_needs_a_manager(qtbot, desk, open_desk, requests):
    desk.add_staff("Sam", "sam@example.com", "staff")
    page = open_page(qtbot, open_desk(user="sam@example.com"))
    select(page, requests["team"])
    review = page.findChild(QPushButton, "reviewRequest")
    assert not review.isEnabled()
    assert review.toolTip().startswith("Deciding a cancellation request needs a manager;")
    assert page.findChild(QPushButton, "recordRequest").isEnabled()


def test_requests_model_passes_qt_modeltester(qtbot, qtmodeltester, desk, requests):
    page = open_page(qtbot, desk)
    assert page.model.rowCount() == 3
    qtmodeltester.check(page.model, force_py=True)
    page.model.sort(RequestsModel.CLIENT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(page.model, force_py=True)
