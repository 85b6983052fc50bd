"""Pending deactivations (DESIGN.md §10), for managers: the accounts hidden from the
normal lists while their purge date comes, with the days left, and Revoke.

Thread rule: GUI thread; the list is read and a revocation written on the page's
`TaskRunner`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from app.errors import DeskError
from ui.dialog_service import DialogService
from ui.dialogs.base import NoticeBox
from ui.formatting import long_date
from ui.refusals import describe
from ui.sorted_rows import SortedRowsModel, bar_button, sorted_table
from ui.workers import TaskRunner


class PendingRow(NamedTuple):
    id: int  # the client's id
    name: str
    account_number: str
    requested: date
    purge_on: date
    days_left: int
    approved_by: str
    revocable: bool


class PendingModel(SortedRowsModel):
    NAME, ACCOUNT, REQUESTED, PURGE, DAYS, APPROVED = range(6)
    right_aligned = frozenset({DAYS})

    def headers(self) -> Sequence[str]:
        return (self.tr("Client"), self.tr("Account"), self.tr("Deactivated on"), self.tr("Purge date"),
                self.tr("Days left"), self.tr("Approved by"))

    def display(self, row: tuple[Any, ...], column: int) -> str:
        r = PendingRow(*row)
        if column == self.NAME:
            return r.name
        if column == self.ACCOUNT:
            return r.account_number
        if column == self.REQUESTED:
            return long_date(self.locale, r.requested)
        if column == self.PURGE:
            return long_date(self.locale, r.purge_on)
        if column == self.DAYS:
            return self.locale.toString(r.days_left)
        return r.approved_by

    def sort_key(self, row: tuple[Any, ...], column: int) -> Any:
        r = PendingRow(*row)
        return {self.REQUESTED: r.requested, self.PURGE: r.purge_on, self.DAYS: r.days_left}.get(
            column, self.display(row, column).casefold())

    def tooltip(self, row: tuple[Any, ...], column: int) -> str | None:
        r = PendingRow(*row)
        if not r.revocable:
            return self.tr("The purge date has come: the data is deleted by the next lifecycle run.")
        return None


def _read_rows(desk: Any) -> list[PendingRow]:
    """Runs in the worker: the facade read, as plain rows."""
    return [PendingRow(p.client_id, p.client_name, p.account_number, p.requested, p.purge_on, p.days_left,
                       p.approved_by, p.revocable) for p in desk.pending_deactivations()]


class PendingDeactivationsPage(QWidget):
    """See the module docstring. `loaded` fires after each list shown, `finished` after a
    revocation's outcome is shown."""

    loaded = Signal()
    finished = Signal()
    has_selection = False  # a window page (ui/pages.py) whose clients are hidden elsewhere

    def __init__(self, desk: Any, parent: QWidget | None = None, *,
                 dialog_service: DialogService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingDeactivationsPage")
        self.desk = desk
        self.dialog_service = dialog_service or DialogService()
        self.runner = TaskRunner(self)
        self._generation = 0
        self._busy = False
        # The facade says whether the role allows it (app/permissions.py), never a copied rule.
        self.role_refusal = desk.permission("revoke_deactivation")

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Accounts waiting for their data to be deleted. They are hidden from the other lists; "
                               "a manager can revoke a deactivation until the day before its purge date."), self)
        intro.setObjectName("pendingIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("pendingCount")
        bar.addWidget(self.count_label, 1)
        self.revoke_button = bar_button(self, bar, "revokeDeactivation", self.tr("&Revoke deactivation…"))
        self.refresh_button = bar_button(self, bar, "refreshPending", self.tr("Refresh"))
        layout.addLayout(bar)
        self.message_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxInformation, "pendingMessage", self)
        self.message_box.hide()
        layout.addWidget(self.message_box)
        self.model = PendingModel(self)
        self.table = sorted_table(self, "pendingTable", self.tr("Pending deactivations"), self.model,
                                  PendingModel.PURGE, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.table, 1)

        self.revoke_button.clicked.connect(self.revoke_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.update_actions()
        self.refresh()

    # --- as a window page (ui/pages.py) -------------------------------------------------
    def widget(self) -> QWidget:
        return self

    def selection(self) -> None:
        return None

    def shown(self) -> None:
        self.refresh()

    # --- loading -----------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self.count_label.setText(self.tr("Loading…"))
        self.runner.run(_read_rows, self.desk, on_result=lambda rows: self._loaded(generation, rows),
                        on_error=lambda exc: self._failed(generation, exc))

    def _loaded(self, generation: int, rows: list[PendingRow]) -> None:
        if generation != self._generation:
            return
        selected = self.selected()
        self.model.set_rows(rows)
        if selected is not None and (n := self.model.find_row(selected.id)) >= 0:
            self.table.selectionModel().select(self.model.index(n, 0), QItemSelectionModel.SelectionFlag.Select
                                               | QItemSelectionModel.SelectionFlag.Rows)
        if rows:
            self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("1 account waiting for its purge") if len(rows) == 1 else self.tr(
            "{n} accounts waiting for their purge").format(n=self.locale().toString(len(rows))))
        self.update_actions()
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.count_label.setText(self.tr("The list could not be read: {reason}").format(reason=describe(exc)))
        if not isinstance(exc, DeskError):
            raise exc

    # --- revoking ------------------------------------------------------------------
    def selected(self) -> PendingRow | None:
        rows = self.table.selectionModel().selectedRows()
        values = self.model.row(rows[0].row()) if rows else None
        return PendingRow(*values) if values is not None else None

    def revoke_refusal(self) -> str | None:
        row = self.selected()
        if self._busy:
            return self.tr("Wait for the current action to finish.")
        if self.role_refusal is not None:
            return describe(self.role_refusal)
        if row is None:
            return self.tr("Select an account to revoke its deactivation.")
        if not row.revocable:
            return self.tr("The purge date of {client} has come; it can no longer be revoked.").format(
                client=row.name)
        return None

    def update_actions(self) -> None:
        reason = self.revoke_refusal()
        self.revoke_button.setEnabled(reason is None)
        self.revoke_button.setToolTip(reason or self.tr(
            "Keep the account: it returns to its expired state and can buy again."))

    def revoke_selected(self) -> None:
        row = self.selected()
        if row is None or self.revoke_refusal() is not None:
            return
        question = self.tr("Revoke the deactivation of {client}? Its data is kept, it shows in the lists again as "
                           "expired, and the account owner is told by email.").format(client=row.name)
        if not self.dialog_service.question(self, self.tr("Revoke deactivation"), question):
            return
        self._busy = True
        self.update_actions()
        self.runner.run(self.desk.revoke_deactivation, row.id,
                        on_result=lambda _none: self._done(self.tr("The deactivation of {client} is revoked.")
                                                           .format(client=row.name), error=False),
                        on_error=self._revoke_failed)

    def _revoke_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DeskError):
            self._busy = False
            self.update_actions()
            raise exc
        self._done(describe(exc), error=True)

    def _done(self, text: str, *, error: bool) -> None:
        self._busy = False
        icon = QStyle.StandardPixmap.SP_MessageBoxCritical if error else QStyle.StandardPixmap.SP_MessageBoxInformation
        self.message_box.icon.setPixmap(self.style().standardIcon(icon).pixmap(32, 32))
        self.message_box.set_text(text)
        self.message_box.show()
        self.update_actions()
        self.finished.emit()
        self.refresh()
