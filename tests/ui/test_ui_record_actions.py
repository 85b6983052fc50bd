"""The ways out a refusal names exist where it names them (issue 10 item 2): the Contacts
and seats tab frees a paid seat (with Undo), the Billing tab records a payment; then the
blocked action goes through."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QToolButton, QWidget
from window_helpers import reloaded, select_client, select_row


def test_three_paid_seats_block_a_cancellation_until_one_is_freed_in_the_contacts_tab(qtbot, window, desk, world):
    carl = desk.add_contact(world.acme, "Carl Jones", "carl@example.com", seat=True)  # third paid seat
    window.refresh()
    select_client(qtbot, window, world.acme)
    qtbot.waitUntil(lambda: any(k.id == carl for k in window.detail.detail.contacts), timeout=5000)
    refusal = desk.cancellation_blocker(world.acme_team)
    assert refusal is not None and refusal.code == "too_many_seats"
    assert "Contacts and seats tab" in str(refusal)

    tab = window.findChild(QWidget, "contactsTablePage")
    assert tab is not None and window.detail.indexOf(tab) >= 0
    window.detail.setCurrentWidget(tab)
    assert window.detail.contacts.isVisible()  # the table, under its buttons
    select_row(window.detail.contacts, carl)
    seat = window.findChild(QToolButton, "buttonToggleSeat")
    assert seat.isEnabled() and seat.text().replace("&", "") == "Free paid seat"
    seat.click()
    reloaded(qtbot, window)
    assert "Carl Jones's paid seat is freed." in window.statusBar().currentMessage()
    assert desk.cancellation_blocker(world.acme_team) is None
    assert window.detail.detail.refusal("cancel", world.acme_team) is None

    # The change is small and reversible: Undo for a few seconds, no confirmation first.
    undo = window.findChild(QPushButton, "undoButton")
    assert undo.isVisible()
    undo.click()
    reloaded(qtbot, window)
    assert desk.cancellation_blocker(world.acme_team) is not None
    select_row(window.detail.contacts, carl)
    window.findChild(QToolButton, "buttonToggleSeat").click()
    reloaded(qtbot, window)
    desk.cancel_subscription(world.acme_team, desk.cancellation_months(world.acme_team)[0].month)
    assert desk.subscription(world.acme_team).status == "cancelling"


def test_an_unpaid_invoice_recorded_as_paid_in_the_billing_tab_lets_the_close_go_through(qtbot, window, desk,
                                                                                          world):
    globex_owner = desk.client_detail(world.globex).contacts[0].id
    select_client(qtbot, window, world.globex)
    assert window.detail.detail.refusal("close").code == "unpaid_invoices"
    unpaid = [i for _plan, i in window.detail.detail.invoices if i.status == "open"]
    assert unpaid
    for invoice in unpaid:
        select_row(window.detail.billing, invoice.id)
        pay = window.findChild(QToolButton, "buttonRecordPayment")
        assert pay.isEnabled()
        pay.click()
        reloaded(qtbot, window)
    assert "Payment recorded." in window.statusBar().currentMessage()
    assert window.detail.detail.refusal("close") is None
    desk.close_account(world.globex, globex_owner, reason="Moving to another provider")
    assert desk.client(world.globex).status == "closing"


def test_crediting_an_invoice_needs_a_manager_and_says_so(staff_window):
    from ui.refusals import sentence

    window, staff = staff_window
    credit = window.findChild(QToolButton, "buttonCreditInvoice")
    assert not credit.isEnabled()
    assert credit.toolTip() == sentence(staff.permission("credit_invoice"))
