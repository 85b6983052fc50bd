"""The keyboard in the main window (DESIGN.md §13, issue 10 item 9): Home/End go to the
first and last row of the current filter and sort, with the detail pane following; Esc
in the detail pane goes back to the table, keeping the selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

import ui.table_models as tm
from ui.pages import Page

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def long_window(qtbot, make_window, desk, world, monkeypatch):
    """34 clients in pages of 5: the last rows are on a page not read yet."""
    monkeypatch.setattr(tm, "PAGE_SIZE", 5)
    for n in range(30):
        desk.add_client(f"Zeta {n:02d}")
    window = make_window()
    window.activateWindow()
    window.clients.view.setFocus()
    return window


def press(qtbot, window, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
    view = window.current_table().view
    with qtbot.waitSignal(window.detail_loaded, timeout=5000):
        qtbot.keyClick(view, key, modifiers)


@pytest.mark.parametrize("modifiers", [NONE, CTRL])
def test_end_and_home_go_to_the_last_and_first_row_and_the_detail_follows(qtbot, long_window, modifiers):
    window = long_window
    press(qtbot, window, Qt.Key.Key_End, modifiers)
    assert window.clients.current_row() == window.clients.model.rowCount() - 1 == 33
    assert window.detail.detail.client.name == "Zeta 29"
    assert window.clients.view.selectionModel().isRowSelected(33)
    press(qtbot, window, Qt.Key.Key_Home, modifiers)
    assert window.clients.current_row() == 0
    assert window.detail.detail.client.name == "Acme"
    assert window.clients.view.selectionModel().isRowSelected(0)


def test_end_goes_to_the_last_row_of_the_current_search_and_sort(qtbot, long_window):
    window = long_window
    search = window.findChild(QLineEdit, "searchField")
    with qtbot.waitSignal(window.table_loaded, timeout=5000):
        search.setText("zeta")
    with qtbot.waitSignal(window.table_loaded, timeout=5000):
        window.clients.view.sortByColumn([c.key for c in window.clients.source.columns].index("name"),
                                         Qt.SortOrder.DescendingOrder)
    window.clients.view.setFocus()
    press(qtbot, window, Qt.Key.Key_End)
    assert window.clients.current_row() == 29
    assert window.detail.detail.client.name == "Zeta 00"


def test_home_and_end_work_on_the_subscriptions_table_too(qtbot, window, world):
    window.show_page(Page.SUBSCRIPTIONS)
    qtbot.waitUntil(lambda: window.subscriptions.model.rowCount() == 3, timeout=5000)
    window.subscriptions.view.setFocus()
    qtbot.keyClick(window.subscriptions.view, Qt.Key.Key_End)
    assert window.subscriptions.current_row() == 2
    qtbot.keyClick(window.subscriptions.view, Qt.Key.Key_Home)
    assert window.subscriptions.current_row() == 0


def test_home_and_end_move_rows_in_the_requests_page_table(qtbot, window, desk, world):
    desk.record_request(world.acme_owner, subscription_id=world.acme_team)
    desk.record_request(world.acme_owner, subscription_id=world.acme_pro)
    desk.record_request(desk.client(world.globex).contacts[0].id, subscription_id=world.globex_team)
    window.show_page(Page.REQUESTS)
    table = window.page(Page.REQUESTS).table
    qtbot.waitUntil(lambda: table.model().rowCount() == 3, timeout=5000)
    table.setFocus()
    table.setCurrentIndex(table.model().index(1, 2))
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert table.currentIndex().row() == 2
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert table.currentIndex().row() == 0


@pytest.mark.parametrize("where", ["detailPane", "purchasesTable", "contactsTable"])
def test_escape_in_the_detail_pane_goes_back_to_the_table_keeping_the_selection(qtbot, window, where):
    window.activateWindow()
    window.clients.select_row(1)
    qtbot.waitUntil(lambda: window.detail.detail.client.name == "Globex", timeout=5000)
    pane = window.detail
    target = pane if where == "detailPane" else pane.findChild(QWidget, where)
    if target is not pane:
        pane.setCurrentWidget(target)
    target.setFocus()
    qtbot.waitUntil(lambda: pane.isAncestorOf(QApplication.focusWidget()) or QApplication.focusWidget() is pane,
                    timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.clients.view, timeout=5000)
    assert window.clients.current_row() == 1
    assert window.detail.detail.client.name == "Globex"


def test_escape_in_the_detail_pane_goes_back_to_the_subscriptions_table(qtbot, window):
    window.activateWindow()
    window.show_page(Page.SUBSCRIPTIONS)
    qtbot.waitUntil(lambda: window.subscriptions.model.rowCount() == 3, timeout=5000)
    window.subscriptions.select_row(2)
    qtbot.waitUntil(lambda: window.detail.detail is not None and window.detail.detail.client.name == "Globex",
                    timeout=5000)
    window.detail.setCurrentWidget(window.detail.billing)
    window.detail.billing.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.detail.billing, timeout=5000)
    qtbot.keyClick(window.detail.billing, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.subscriptions.view, timeout=5000)
    assert window.subscriptions.current_row() == 2


def test_escape_in_the_detail_pane_goes_back_to_the_requests_table(qtbot, window, desk, world):
    desk.record_request(world.acme_owner, subscription_id=world.acme_team)
    window.activateWindow()
    window.show_page(Page.REQUESTS)
    table = window.page(Page.REQUESTS).table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=5000)
    table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.isVisible() and window.detail.detail is not None, timeout=5000)
    window.detail.setCurrentWidget(window.detail.contacts)
    window.detail.contacts.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.detail.contacts, timeout=5000)
    qtbot.keyClick(window.detail.contacts, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=5000)
    assert table.selectionModel().isRowSelected(0)
