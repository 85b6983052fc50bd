"""The ways out a refusal names, in the tabs it names (DESIGN.md §4, §13; issue 10 item 2).

"deactivate users and reduce licences in the Contacts and seats tab" and "record the
payment or credit them" sent people to read-only tabs. The Contacts and seats tab now
adds and edits contacts, frees or gives a paid seat and transfers account ownership; the
Billing tab records a payment and credits an invoice (managers). Each acts on the row
selected in its tab, through the facade in the window's worker (`ui.changes`), and says
what it did in the status bar; a seat change or a contact added or edited, being small
and reversible, offers Undo there for a few seconds instead of asking first (§13).

Thread rule: GUI thread; each write is one short transaction on one row, in a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView, QToolButton, QVBoxLayout, QWidget

from app.errors import NotFound
from ui.changes import Undo, run_change, undo_button
from ui.flow_layout import FlowLayout
from ui.i18n import _t
from ui.refusals import describe

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class RecordActions:
    """The actions of the Contacts and seats and the Billing tabs of `window`'s detail pane."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        pane = window.detail
        self.add = self._action("actionAddContact", _t("RecordActions", "&Add contact…"), self.add_contact)
        self.edit = self._action("actionEditContact", _t("RecordActions", "&Edit contact…"), self.edit_contact)
        self.seat = self._action("actionToggleSeat", _t("RecordActions", "Free paid &seat"), self.toggle_seat)
        self.owner = self._action("actionMakeOwner", _t("RecordActions", "Make account &owner"), self.make_owner)
        self.pay = self._action("actionRecordPayment", _t("RecordActions", "Record &payment"), self.record_payment)
        self.credit = self._action("actionCreditInvoice", _t("RecordActions", "&Credit invoice…"), self.credit_invoice)
        self._wrap(pane, pane.contacts, [self.add, self.edit, self.seat, self.owner])
        pane.contacts.doubleClicked.connect(lambda _index: self.edit_contact())
        self._wrap(pane, pane.billing, [self.pay, self.credit])
        for view in (pane.contacts, pane.billing):
            view.selectionModel().currentRowChanged.connect(lambda *_: self.update())
            view.model().modelReset.connect(self.update)
        undo_button(window)
        self.update()

    # --- building ----------------------------------------------------------------------
    def _action(self, name: str, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    @staticmethod
    def _wrap(pane: Any, view: QTableView, actions: list[QAction]) -> None:
        """Puts a row of buttons for `actions` above `view` in its tab, and in its context menu."""
        index = pane.indexOf(view)
        title = pane.tabText(index)
        page = QWidget(pane)
        page.setObjectName(view.objectName() + "Page")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        bar = FlowLayout()  # the buttons wrap onto a second row in a narrow pane
        for action in actions:
            button = QToolButton(page)
            button.setDefaultAction(action)
            button.setObjectName(action.objectName().replace("action", "button", 1))
            bar.addWidget(button)
        column.addLayout(bar)
        pane.removeTab(index)
        view.setParent(page)
        view.show()  # a widget given a new parent is hidden until shown again
        column.addWidget(view, 1)
        pane.insertTab(index, page, title)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in actions:
            view.addAction(action)

    # --- what is selected ----------------------------------------------------------------------
    def _selected(self, view: QTableView, items: Any) -> Any:
        index = view.currentIndex()
        record_id = view.model().row_id(index.row()) if index.isValid() else None
        return next((item for item in items if item.id == record_id), None)

    def contact(self) -> Any:
        detail = self.window.detail.detail
        return self._selected(self.window.detail.contacts, detail.contacts) if detail else None

    def invoice(self) -> Any:
        detail = self.window.detail.detail
        return self._selected(self.window.detail.billing, [i for _plan, i in detail.invoices]) if detail else None

    def update(self) -> None:
        contact, invoice = self.contact(), self.invoice()
        ready = self.window.desk is not None
        self._enable(self.add, ready and self.window.detail.detail is not None,
                     _t("RecordActions", "Select a client first."))
        self._enable(self.edit, ready and contact is not None, _t("RecordActions", "Select a contact first."))
        self.seat.setText(_t("RecordActions", "Free paid &seat") if contact is None or contact.seat
                          else _t("RecordActions", "Give paid &seat"))
        self._enable(self.seat, ready and contact is not None, _t("RecordActions", "Select a contact first."))
        self._enable(self.owner, ready and contact is not None and contact.role != "primary_admin",
                     _t("RecordActions", "Select a contact who is not the account owner."))
        open_invoice = ready and invoice is not None and invoice.status == "open"
        self._enable(self.pay, open_invoice, _t("RecordActions", "Select an unpaid invoice first."))
        refusal = self.window.desk.permission("credit_invoice") if ready else None
        if refusal is not None:
            self._enable(self.credit, False, describe(refusal))
        else:
            self._enable(self.credit, open_invoice, _t("RecordActions", "Select an unpaid invoice first."))

    @staticmethod
    def _enable(action: QAction, enabled: bool, reason: str) -> None:
        action.setEnabled(enabled)
        tip = action.text().replace("&", "").replace("…", "") if enabled else reason
        action.setToolTip(tip)
        action.setStatusTip(tip)

    # --- acting --------------------------------------------------------------------------
    def _run(self, call: Callable[[], Any], said: str, undo: Undo | None = None) -> None:
        run_change(self.window, call, said=said, undo=lambda _result: undo)

    def add_contact(self) -> None:
        self._open_contact(None)

    def edit_contact(self) -> None:
        contact = self.contact()
        if contact is not None and self.edit.isEnabled():
            self._open_contact(contact.id)

    def _open_contact(self, contact_id: int | None) -> None:
        from ui.dialogs.contact_dialog import ContactDialog

        detail, desk, window = self.window.detail.detail, self.window.desk, self.window
        if detail is None or desk is None:
            return
        client_id = detail.client.id

        def build(client: Any) -> ContactDialog:
            contact = next((k for k in client.contacts if k.id == contact_id), None)
            return ContactDialog(desk, client, contact, window.runner, window)

        def read() -> Any:  # in the worker: the client as it is now, with the contact still there
            client = desk.client(client_id)
            if contact_id is not None and all(k.id != contact_id for k in client.contacts):
                raise NotFound("not_found", what="contact", ident=contact_id)
            return client

        window.open_dialog(read, build)

    def toggle_seat(self) -> None:
        contact, desk = self.contact(), self.window.desk
        if contact is None or desk is None:
            return
        active = not contact.seat
        said = (_t("RecordActions", "{name} now holds a paid seat.") if active
                else _t("RecordActions", "{name}'s paid seat is freed.")).format(name=contact.name)
        self._run(lambda: desk.set_seat(contact.id, active, expected_version=contact.version), said,
                  undo=Undo(lambda: desk.set_seat(contact.id, not active), _t("RecordActions", "Seat change undone.")))

    def make_owner(self) -> None:
        contact, desk = self.contact(), self.window.desk
        if contact is None or desk is None:
            return
        self._run(lambda: desk.set_primary_admin(contact.id, expected_version=contact.version),
                  _t("RecordActions", "{name} is now the account owner.").format(name=contact.name))

    def record_payment(self) -> None:
        invoice, desk = self.invoice(), self.window.desk
        if invoice is None or desk is None:
            return
        self._run(lambda: desk.record_payment(invoice.id, expected_version=invoice.version),
                  _t("RecordActions", "Payment recorded."))

    def credit_invoice(self) -> None:
        invoice, desk = self.invoice(), self.window.desk
        if invoice is None or desk is None:
            return
        question = _t("RecordActions", "Credit the whole open amount of this invoice? A credit note is issued.")
        if self.window.dialogs.question(self.window, _t("RecordActions", "Credit invoice"), question):
            self._run(lambda: desk.credit_invoice(invoice.id, expected_version=invoice.version),
                      _t("RecordActions", "Invoice credited."))
