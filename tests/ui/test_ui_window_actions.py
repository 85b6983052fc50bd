"""The window's actions act on what the current page has selected and say why when they
cannot (DESIGN.md §13; issue 7: one read per click; issue 10 item 1)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QToolBar
from sqlalchemy import event

from ui.dialogs.record_request import RecordRequestDialog
from ui.dialogs.void_invoice import VoidInvoiceDialog
from ui.pages import Page
from ui.refusals import sentence


def select_client(qtbot, window, client_id: int) -> None:
    row = window.clients.model.find_row(client_id)
    with qtbot.waitSignal(window.detail_loaded, timeout=5000):
        window.clients.select_row(row)


def select_request(page, request_id: int) -> None:
    page.table.selectionModel().setCurrentIndex(
        page.model.index(page.model.find_row(request_id), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def test_disabled_actions_carry_their_reason_as_tooltip_and_status_tip(qtbot, window, desk, world):
    select_client(qtbot, window, world.globex)  # an unpaid invoice blocks cancelling
    refusal = desk.client_detail(world.globex).refusal("cancel", world.globex_team)
    cancel = window.action("actionCancelSubscription")
    assert not cancel.isEnabled()
    assert cancel.toolTip() == cancel.statusTip() == sentence(refusal)
    assert "unpaid invoice" in cancel.toolTip()
    # The same QAction sits in the tool bar, the Subscription menu and the tables' context menus.
    assert cancel in window.findChild(QToolBar, "mainToolBar").actions()
    assert any(cancel in menu.actions() for menu in window.findChildren(QMenu))
    assert cancel in window.clients.view.actions() and cancel in window.detail.purchases.actions()

    select_client(qtbot, window, world.initech)  # a trial without contacts or purchases
    record = window.action("actionRecordRequest")
    assert not record.isEnabled()
    assert record.toolTip() == sentence(desk.client_detail(world.initech).refusal("record_request"))
    assert "no contact" in record.toolTip()
    assert window.action("actionCancelSubscription").toolTip() == (
        "Select a subscription in the client's Purchases tab first.")


def test_a_staff_user_sees_why_voiding_is_refused(qtbot, desk, make_window, world):
    desk.add_staff("Sam", "sam@example.com", "staff")
    from app.desk import Desk

    staff = Desk.open(desk.engine.url.render_as_string(hide_password=False), user="sam@example.com",
                      today=desk.today)
    try:
        window = make_window(with_desk=False)
        with qtbot.waitSignal(window.detail_loaded, timeout=5000):
            window.set_desk(staff)
        void = window.action("actionVoidInvoice")
        assert not void.isEnabled() and "manager" in void.toolTip()
        assert window.action("actionCancelSubscription").isEnabled()
        window.close()
    finally:
        staff.close()


def test_with_nothing_selected_actions_say_select_a_client_first(qtbot, window):
    window.findChild(type(window.ui.search), "searchField").setText("no such client")
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 0, timeout=5000)
    window.clients.view.selectionModel().clearCurrentIndex()
    qtbot.waitUntil(lambda: window.selection() is None, timeout=5000)
    for name in ("actionCancelSubscription", "actionVoidInvoice", "actionRecordRequest"):
        action = window.action(name)
        assert not action.isEnabled() and action.toolTip() == "Select a client first.", name


def test_on_the_requests_page_the_toolbar_acts_on_the_requests_client(qtbot, window, desk, world):
    desk.add_card(world.globex, "Visa", "4242", 12, 2030)
    request = desk.record_request(desk.client(world.globex).contacts[0].id, subscription_id=world.globex_team)
    assert window.detail.detail.client.id == world.acme  # selected on the Clients page
    window.show_page(Page.REQUESTS)
    page = window.page(Page.REQUESTS)
    qtbot.waitUntil(lambda: page.model.find_row(request) >= 0, timeout=5000)
    with qtbot.waitSignal(window.detail_loaded, timeout=5000):
        select_request(page, request)
    assert window.detail.detail.client.id == world.globex
    assert window.detail.current_subscription().id == world.globex_team
    assert window.detail.isVisible()

    with qtbot.waitSignal(window.opener.opened, timeout=5000) as opened:
        window.action("actionVoidInvoice").trigger()
    void = opened.args[0]
    assert isinstance(void, VoidInvoiceDialog) and void.client.id == world.globex
    assert void.findChild(QLabel, "client").text() == f"Globex ({desk.client(world.globex).account_number})"
    void.reject()
    qtbot.waitUntil(lambda: window.opener.dialog is None, timeout=5000)

    with qtbot.waitSignal(window.opener.opened, timeout=5000) as opened:
        window.action("actionRecordRequest").trigger()
    record = opened.args[0]
    assert isinstance(record, RecordRequestDialog) and record.client.id == world.globex
    assert record.subscription_id() == world.globex_team
    record.reject()

    page.table.selectionModel().clearSelection()  # no request selected: no client to act on
    qtbot.waitUntil(lambda: window.selection() is None, timeout=5000)
    assert window.action("actionRecordRequest").toolTip() == "Select a client first."
    assert not page.findChild(QPushButton, "recordRequest").isEnabled()  # never the Clients page's client


def test_the_detail_pane_hides_on_the_outbox_and_returns_with_the_clients(qtbot, window, world):
    window.show_page(Page.OUTBOX)
    assert not window.detail.isVisible()
    assert window.action("actionCancelSubscription").toolTip() == "Select a client first."
    window.show_page(Page.ACTIVITY)
    assert not window.detail.isVisible()
    window.show_page(Page.CLIENTS)
    assert window.detail.isVisible() and window.detail.detail.client.id == world.acme
    assert window.action("actionCancelSubscription").isEnabled()


def test_selecting_a_client_costs_at_most_two_transactions(qtbot, window, desk, world):
    begins: list[object] = []
    statements: list[str] = []
    event.listen(desk.engine, "begin", begins.append)
    event.listen(desk.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    select_client(qtbot, window, world.globex)
    assert window.detail.detail.client.id == world.globex
    assert 1 <= len(begins) <= 2, statements


def test_the_outbox_enables_send_now_once_smtp_is_configured_without_a_restart(qtbot, window, desk):
    window.show_page(Page.OUTBOX)
    page = window.page(Page.OUTBOX)
    send = page.findChild(QPushButton, "sendOutbox")
    notice = page.findChild(QLabel, "smtpNotConfigured")
    qtbot.waitUntil(lambda: page.smtp_configured is False, timeout=5000)
    assert not send.isEnabled() and notice.isVisibleTo(page)
    desk.update_settings(smtp_host="mail.example.com")
    window.show_page(Page.CLIENTS)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.show_page(Page.OUTBOX)  # coming back to the page reads the setting again
    assert send.isEnabled()
    assert not notice.isVisibleTo(page)


def test_shutdown_stops_every_timer(qtbot, make_window, world):
    window = make_window()
    window.start_lifecycle_timer()
    assert window.jobs.send_timer.isActive() and window.jobs.lifecycle_timer.isActive()
    window.shutdown()
    assert not window.jobs.send_timer.isActive()
    assert not window.jobs.lifecycle_timer.isActive()


def test_a_cancelled_subscription_enables_nothing_wrong_after_the_change(qtbot, window, desk, world):
    desk.cancel_subscription(world.acme_team, date(2027, 6, 1))
    with qtbot.waitSignal(window.detail_loaded, timeout=5000):
        window.refresh()
    assert window.detail.current_subscription().id == world.acme_team
    cancel = window.action("actionCancelSubscription")
    assert cancel.isEnabled()  # moving the cancellation earlier is still possible
