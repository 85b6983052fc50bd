"""The ways out a refusal names, in the tabs it names (DESIGN.md §4, §13; issue 10 item 2).

"deactivate users and reduce licences in the Contacts and seats tab" and "record the
payment or credit them" sent people to read-only tabs. The Contacts and seats tab now
frees or gives a paid seat and transfers account ownership; the Billing tab records a
payment and credits an invoice (managers). Each acts on the row selected in its tab,
through the facade, and says what it did in the status bar; a seat change, being small
and reversible, offers Undo there for a few seconds instead of asking first (§13).

Thread rule: GUI thread; each call is one short transaction on one row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QToolButton, QVBoxLayout, QWidget

from app.errors import Conflict, DeskError
from ui.conflicts import show_conflict
from ui.i18n import _t
from ui.refusals import describe

if TYPE_CHECKING:
    from ui.main_window import MainWindow

UNDO_MS = 10_000  # how long a small reversible change offers Undo


class RecordActions:
    """The actions of the Contacts and seats and the Billing tabs of `window`'s detail pane."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        pane = window.detail
        self.seat = self._action("actionToggleSeat", _t("RecordActions", "Free paid &seat"), self.toggle_seat)
        self.owner = self._action("actionMakeOwner", _t("RecordActions", "Make account &owner"), self.make_owner)
        self.pay = self._action("actionRecordPayment", _t("RecordActions", "Record &payment"), self.record_payment)
        self.credit = self._action("actionCreditInvoice", _t("RecordActions", "&Credit invoice…"), self.credit_invoice)
        self._wrap(pane, pane.contacts, [self.seat, self.owner])
        self._wrap(pane, pane.billing, [self.pay, self.credit])
        for view in (pane.contacts, pane.billing):
            view.selectionModel().currentRowChanged.connect(lambda *_: self.update())
            view.model().modelReset.connect(self.update)
        self.undo_button = QPushButton(_t("RecordActions", "&Undo"), window)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.hide()
        window.statusBar().addPermanentWidget(self.undo_button)
        self._undo: Callable[[], None] | None = None
        self.undo_button.clicked.connect(self.undo)
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
        bar = QHBoxLayout()
        for action in actions:
            button = QToolButton(page)
            button.setDefaultAction(action)
            button.setObjectName(action.objectName().replace("action", "button", 1))
            bar.addWidget(button)
        bar.addStretch(1)
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
    def _run(self, call: Callable[[], Any], said: str, undo: Callable[[], None] | None = None) -> bool:
        try:
            call()
        except Conflict as exc:
            show_conflict(self.window, exc)
            return False
        except DeskError as exc:
            self.window.dialogs.warning(self.window, _t("RecordActions", "Not done"), describe(exc))
            return False
        self.window.changed_by_action()
        self.window.statusBar().showMessage(said, UNDO_MS)
        self._offer_undo(undo)
        return True

    def _offer_undo(self, undo: Callable[[], None] | None) -> None:
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        if undo is not None:
            QTimer.singleShot(UNDO_MS, self.undo_button, lambda u=undo: self._expire(u))

    def _expire(self, undo: Callable[[], None]) -> None:
        if self._undo is undo:
            self._offer_undo(None)

    def undo(self) -> None:
        undo, self._undo = self._undo, None
        self.undo_button.hide()
        if undo is not None:
            undo()

    def toggle_seat(self) -> None:
        contact, desk = self.contact(), self.window.desk
        if contact is None or desk is None:
            return
        active = not contact.seat
        said = (_t("RecordActions", "{name} now holds a paid seat.") if active
                else _t("RecordActions", "{name}'s paid seat is freed.")).format(name=contact.name)
        self._run(lambda: desk.set_seat(contact.id, active, expected_version=contact.version), said,
                  undo=lambda: self._run(lambda: desk.set_seat(contact.id, not active),
                                         _t("RecordActions", "Seat change undone.")))

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
