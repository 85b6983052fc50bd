"""A refusal's sentence links to the place that resolves it (issue 10 item 2): the link
closes the dialog (nothing changes), brings the refused client into the detail pane on the
tab that resolves it, with the row to act on selected and the resolving button focused;
resolving it there lets the refused action go through."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QToolButton, QWidget
from window_helpers import reloaded, select_client

from ui.dialogs.cancel_subscription import CancelSubscriptionDialog
from ui.dialogs.close_account import CloseAccountWizard
from ui.pages import Page


def opened(qtbot, opener: Any, open_it: Callable[[], None]) -> Any:
    """Opens a dialog through `opener` and returns it once shown."""
    with qtbot.waitSignal(opener.opened, timeout=5000) as shown:
        open_it()
    return shown.args[0]


def take_way_out(qtbot, dialog: Any, text: str) -> None:
    """Clicks the link under the refusal; the dialog is rejected: nothing is changed."""
    link = dialog.findChild(QPushButton, "wayOutButton")
    assert link is not None and link.isVisible()
    assert link.text().replace("&", "") == text
    with qtbot.waitSignal(dialog.finished, timeout=5000) as finished:
        link.click()
    assert finished.args[0] == QDialog.DialogCode.Rejected


def wait_focus(qtbot, window: Any, name: str) -> QToolButton:
    button = window.findChild(QToolButton, name)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button, timeout=5000)
    return button


def pay_every_open_invoice(qtbot, window: Any, pay: QToolButton) -> None:
    """Records the payment of the selected invoice, then of each one still open."""
    while True:
        assert pay.isEnabled()
        pay.click()
        reloaded(qtbot, window)
        still_open = [i for _plan, i in window.detail.detail.invoices if i.status == "open"]
        if not still_open:
            return
        row = window.detail.billing_model.find_row(still_open[0].id)
        window.detail.billing.setCurrentIndex(window.detail.billing_model.index(row, 0))


def select_request(qtbot, window: Any, request_id: int) -> None:
    window.show_page(Page.REQUESTS)
    page = window.pages[Page.REQUESTS]
    qtbot.waitUntil(lambda: page.model.find_row(request_id) >= 0, timeout=5000)
    page.table.selectionModel().setCurrentIndex(
        page.model.index(page.model.find_row(request_id), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def test_three_paid_seats_in_the_cancel_dialog_link_to_the_contacts_tab_where_one_is_freed(qtbot, window, desk,
                                                                                          world):
    carl = desk.add_contact(world.acme, "Carl Jones", "carl@example.com", seat=True)  # third paid seat
    window.activateWindow()
    select_client(qtbot, window, world.globex)  # another client is selected ...
    window.show_page(Page.OUTBOX)  # ... on another page, which shows no client
    dialog = opened(qtbot, window.opener, lambda: window.open_dialog(
        lambda: desk.cancellation_form(world.acme_team),
        lambda form: CancelSubscriptionDialog(desk, form, window)))
    assert dialog.blocker.code == "too_many_seats"

    take_way_out(qtbot, dialog, "Open the Contacts and seats tab")
    seat = wait_focus(qtbot, window, "buttonToggleSeat")
    assert window.current_page() == Page.CLIENTS
    assert window.selection().client_id == world.acme
    assert window.detail.isVisible() and window.detail.detail.client.id == world.acme
    assert window.detail.currentWidget() is window.findChild(QWidget, "contactsTablePage")
    contact = window.record_actions.contact()
    assert contact is not None and contact.seat and contact.role != "primary_admin"
    assert seat.text().replace("&", "") == "Free paid seat"
    assert len(desk.client_detail(world.acme).contacts) == 3 and carl  # nothing was changed by the link

    seat.click()
    reloaded(qtbot, window)
    assert desk.cancellation_blocker(world.acme_team) is None
    window.detail.select_subscription(world.acme_team)
    dialog = opened(qtbot, window.opener, window.action("actionCancelSubscription").trigger)
    assert dialog.findChild(QPushButton, "wayOutButton") is None
    dialog.findChild(QPushButton, "actionButton").click()
    assert desk.subscription(world.acme_team).status == "cancelling"


def test_a_blocked_approval_links_from_the_requests_page_to_the_billing_tab_where_the_invoices_are_paid(
        qtbot, window, desk, world):
    gina = desk.client_detail(world.globex).contacts[0].id
    request = desk.record_request(gina, subscription_id=world.globex_team)
    window.activateWindow()
    select_request(qtbot, window, request)
    requests = window.pages[Page.REQUESTS]
    dialog = opened(qtbot, requests.opener, lambda: requests.review_request(request))
    assert dialog.form.approve.code == "unpaid_invoices"

    take_way_out(qtbot, dialog, "Open the Billing tab")
    pay = wait_focus(qtbot, window, "buttonRecordPayment")
    assert window.current_page() == Page.REQUESTS  # the page already shows that client
    assert window.detail.isVisible() and window.detail.detail.client.id == world.globex
    assert window.detail.currentWidget() is window.findChild(QWidget, "billingTablePage")
    unpaid = sorted((i for _plan, i in window.detail.detail.invoices if i.status == "open"), key=lambda i: i.issued)
    assert window.record_actions.invoice().id == unpaid[0].id  # the oldest unpaid invoice
    assert desk.request(request).status == "pending"

    pay_every_open_invoice(qtbot, window, pay)
    assert desk.review_form(request).approve is None
    desk.approve_request(request)
    assert desk.request(request).status == "approved"


def test_the_close_wizard_blocked_by_unpaid_invoices_links_to_the_billing_tab_then_the_close_goes_through(
        qtbot, window, desk, world):
    gina = desk.client_detail(world.globex).contacts[0].id
    window.activateWindow()
    select_client(qtbot, window, world.acme)
    wizard = opened(qtbot, window.opener, lambda: window.open_dialog(
        lambda: desk.account_form(world.globex), lambda form: CloseAccountWizard(desk, form, window)))
    take_way_out(qtbot, wizard, "Open the Billing tab")
    pay = wait_focus(qtbot, window, "buttonRecordPayment")
    assert window.selection().client_id == world.globex
    pay_every_open_invoice(qtbot, window, pay)
    assert window.detail.detail.refusal("close") is None
    desk.close_account(world.globex, gina, reason="Moving to another provider")
    assert desk.client(world.globex).status == "closing"


def test_a_refusal_with_no_way_out_in_the_window_has_no_link(qtbot, window, desk, world):
    desk.cancel_subscription(world.acme_team, desk.cancellation_months(world.acme_team)[0].month)
    dialog = opened(qtbot, window.opener, lambda: window.open_dialog(
        lambda: desk.cancellation_form(world.acme_team),
        lambda form: CancelSubscriptionDialog(desk, form, window)))
    assert dialog.blocker.code == "cancel_at_earliest"
    assert dialog.findChild(QPushButton, "wayOutButton") is None
    dialog.reject()


def test_a_disabled_action_has_its_way_out_beside_it_in_the_account_and_context_menus(qtbot, window, desk, world):
    from ui.refusals import sentence

    desk.add_contact(world.acme, "Carl Jones", "carl@example.com", seat=True)
    window.activateWindow()
    select_client(qtbot, window, world.globex)
    way_out = window.action("actionWayOut")
    # Globex's cancel and close are refused for unpaid invoices, which are paid in the Billing tab.
    assert not window.action("actionCloseAccount").isEnabled()
    assert way_out.isEnabled() and way_out.text() == "Open the Billing tab"

    select_client(qtbot, window, world.acme)
    window.detail.select_subscription(world.acme_team)
    cancel = window.action("actionCancelSubscription")
    blocker = desk.cancellation_blocker(world.acme_team)
    assert not cancel.isEnabled() and cancel.toolTip() == sentence(blocker)
    assert way_out.isEnabled() and way_out.text() == "Open the Contacts and seats tab"
    assert way_out.toolTip() == sentence(blocker)
    assert way_out in window.clients.view.actions()  # in the table's context menu
    way_out.trigger()
    wait_focus(qtbot, window, "buttonToggleSeat")
    assert window.detail.currentWidget() is window.findChild(QWidget, "contactsTablePage")

    select_client(qtbot, window, world.hooli)  # nothing refused with a way out
    assert not way_out.isEnabled() and "Nothing refused" in way_out.toolTip()


def test_every_way_out_names_a_refusal_a_tab_and_a_button_that_exist(window):
    from app.refusals import TEMPLATES
    from ui.way_out import WAY_OUTS

    pane = window.detail
    for code, way in WAY_OUTS.items():
        assert code in TEMPLATES, code
        view = getattr(pane, way.table)
        assert pane.indexOf(view.parentWidget()) >= 0, code  # its tab, under the tab's buttons
        button = window.findChild(QToolButton, way.button)
        assert button is not None and view.parentWidget().isAncestorOf(button), code
        assert way.link().startswith("Open the "), code
