"""The Requests page: the managers' review queue of client cancellation requests (DESIGN.md §6).

A status filter, a table sorted by received date (oldest first by default), and the
actions "Review…" (managers only) and "Record request…". The list is small (hundreds),
so `desk.requests(status)` is read whole in a worker; a stale result (the filter
changed while it loaded) is dropped.

`SortedRowsModel` is the small in-memory, sortable model this page and the Outbox page
share: it holds one small tuple per row whose first item is the record's id.

Thread rule: GUI thread, except the facade reads (`desk.requests`, and the data each
dialog opens with, see `ui.dialog_opener`), which run in the page's `TaskRunner` and
never touch a widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.desk import Desk
from app.errors import DeskError
from ui.dialog_opener import DialogOpener
from ui.dialogs.record_request import RecordRequestDialog
from ui.dialogs.review_request import ReviewRequestDialog, business_days_text
from ui.formatting import format_date, long_date
from ui.i18n import _t
from ui.labels import channel_label, status_label
from ui.pages import Selection
from ui.refusals import describe
from ui.sorted_rows import SortedRowsModel, bar_button, filter_bar, sorted_table
from ui.workers import TaskRunner

AnyIndex = QModelIndex | QPersistentModelIndex
MESSAGE_CHARS = 80  # the Message column shows the start of the message; the tooltip has all of it


class RequestRow(NamedTuple):
    id: int
    received: date
    age: int  # business days since it was received
    client: str
    subject: str  # the plan, or "Whole account"
    requested_by: str
    channel: str
    message: str
    note: str
    status: str
    client_id: int
    status_code: str
    subscription_id: int | None  # None: the whole account
    blocker: Any = None  # the DeskError that blocks approving it now, or None
    today: bool = False  # received on the desk's today: its age reads "Today", not "0 business days"


def today_text() -> str:
    """The age of a request received today."""
    return _t("RequestsPage", "Today")


def request_row(view: Any, today: date | None = None) -> RequestRow:
    """A facade `RequestView` as a row (called in the worker: plain values only); `today`
    is the desk's day."""
    if view.status == "rejected" and view.decision:
        note = _t("RequestsPage", "Rejected: {reason}").format(reason=view.decision)
    else:
        note = view.note or ""
    return RequestRow(view.id, view.received, view.age_business_days, view.client_name,
                      view.plan or "" if view.subscription_id else _t("RequestsPage", "Whole account"), view.contact_name,
                      channel_label(view.channel), view.message or "", note, status_label(view.status),
                      view.client_id, view.status, view.subscription_id, view.approve_blocker,
                      view.received == today)


class RequestsModel(SortedRowsModel):
    RECEIVED, AGE, CLIENT, SUBSCRIPTION, REQUESTED_BY, CHANNEL, STATUS, MESSAGE, NOTE = range(9)
    right_aligned = frozenset({AGE})

    def headers(self) -> Sequence[str]:
        return (_t("RequestsPage", "Received"), _t("RequestsPage", "Age"), _t("RequestsPage", "Client"), _t("RequestsPage", "Subscription"), _t("RequestsPage", "Requested by"), _t("RequestsPage", "Channel"),
                _t("RequestsPage", "Status"), _t("RequestsPage", "Message"), _t("RequestsPage", "Note"))

    def display(self, row: tuple[Any, ...], column: int) -> str:
        r = RequestRow(*row)
        if column == self.RECEIVED:
            return format_date(r.received, self.locale)
        if column == self.AGE:
            return today_text() if r.today else business_days_text(r.age)
        if column == self.MESSAGE:
            return _one_line(r.message, MESSAGE_CHARS)
        if column == self.NOTE:
            return _one_line(r.note, MESSAGE_CHARS)
        status = r.status if r.blocker is None else _t("RequestsPage", "{status} — blocked").format(status=r.status)
        values = {self.CLIENT: r.client, self.SUBSCRIPTION: r.subject, self.REQUESTED_BY: r.requested_by,
                  self.CHANNEL: r.channel, self.STATUS: status}
        return values.get(column, "")

    def tooltip(self, row: tuple[Any, ...], column: int) -> str | None:
        r = RequestRow(*row)
        if column == self.MESSAGE:
            return r.message or None
        if column == self.NOTE:
            return r.note or None
        if column == self.RECEIVED:
            return long_date(self.locale, r.received)
        if column == self.STATUS and r.blocker is not None:
            return describe(r.blocker, self.locale)
        return None

    def sort_key(self, row: tuple[Any, ...], column: int) -> Any:
        r = RequestRow(*row)
        if column == self.RECEIVED:
            return r.received.toordinal()
        if column == self.AGE:
            return (r.age, -r.received.toordinal())
        return super().sort_key(row, column)


def _one_line(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1].rstrip() + "…"


class RequestsPage(QWidget):
    """The review queue. `changed` is emitted after any decision or recording (the window
    updates its badge); `loaded` after each list shown. "Record request…" records for the
    selected request's client: never for a client selected on another page (issue 10)."""

    changed = Signal()
    loaded = Signal()
    said = Signal(str, object)  # what a decision or a recording did, and its Undo or None, for the status bar
    has_selection = True

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestsPage")
        self.desk = desk
        self.runner = TaskRunner(self)
        self.opener = DialogOpener(self.runner, self._dialog_failed, self, dialogs=getattr(parent, "dialogs", None))
        self._generation = 0
        self._columns_sized = False
        self.decide_refusal = desk.permission("decide_request")  # None when the role may decide

        layout = QVBoxLayout(self)
        choices = [*((status_label(code), code) for code in ("pending", "waiting", "approved", "rejected", "withdrawn")),
                   (self.tr("All"), "")]
        bar, self.filter, self.count_label = filter_bar(self, "requestStatusFilter", self.tr("Show requests"),
                                                        choices, "requestsCount")
        self.review_button = bar_button(self, bar, "reviewRequest", self.tr("&Review…"))
        self.record_button = bar_button(self, bar, "recordRequest", self.tr("Record &request…"))
        self.refresh_button = bar_button(self, bar, "refreshRequests", self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the requests again"))
        layout.addLayout(bar)

        self.model = RequestsModel(self)
        self.table = sorted_table(self, "requestsTable", self.tr("Cancellation requests"), self.model,
                                  RequestsModel.RECEIVED, Qt.SortOrder.AscendingOrder)
        self.table.setColumnHidden(RequestsModel.STATUS, True)
        layout.addWidget(self.table, 1)

        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.review_button.clicked.connect(self.review_selected)
        self.record_button.clicked.connect(lambda: self.record_request())
        self.refresh_button.clicked.connect(self.refresh)
        self.table.activated.connect(lambda _index: self.review_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.update_actions()
        self.refresh()

    # --- the window's page interface --------------------------------------------------
    def widget(self) -> QWidget:
        return self

    def selection(self) -> Selection | None:
        row = self.selected_row()
        return Selection(row.client_id, row.subscription_id) if row is not None else None

    def shown(self) -> None:
        self.refresh()

    # --- loading -----------------------------------------------------------------
    def status(self) -> str | None:
        return self.filter.currentData() or None

    def _filter_changed(self) -> None:
        # The Status column only tells something when every status is listed.
        self.table.setColumnHidden(RequestsModel.STATUS, self.status() is not None)
        self._columns_sized = False  # another filter, other contents: fit the columns again
        self.refresh()

    def refresh(self) -> None:
        """Reads the list again in the worker; the selection and scroll position are kept by id."""
        self._generation += 1
        generation = self._generation
        self.count_label.setText(self.tr("Loading…"))
        self.runner.run(_read_rows, self.desk, self.status(),
                        on_result=lambda rows: self._show(generation, rows),
                        on_error=lambda exc: self._failed(generation, exc))

    def _show(self, generation: int, rows: list[RequestRow]) -> None:
        if generation != self._generation:
            return  # the filter changed while it loaded
        selected = self.selected_id()
        scroll = self.table.verticalScrollBar().value()
        self.model.set_rows(rows)
        if selected is not None and (row := self.model.find_row(selected)) >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.verticalScrollBar().setValue(scroll)
        if not self._columns_sized and rows:
            self._size_columns()
        self.count_label.setText(self._count_text(len(rows)))
        self.update_actions()
        self.loaded.emit()

    def _size_columns(self) -> None:
        self._columns_sized = True
        self.table.resizeColumnsToContents()
        # Long free text is elided (the tooltip has all of it) rather than pushing columns off screen.
        caps = {RequestsModel.CLIENT: 28, RequestsModel.REQUESTED_BY: 24, RequestsModel.MESSAGE: 36,
                RequestsModel.NOTE: 36}
        for column, chars in caps.items():
            width = self.table.fontMetrics().horizontalAdvance("x" * chars)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), width))

    def _count_text(self, count: int) -> str:
        number = self.locale().toString(count)
        if count == 1:
            return self.tr("1 request")
        return self.tr("{count} requests").format(count=number)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.count_label.setText(self.tr("The requests could not be read: {reason}").format(reason=describe(exc, self.locale())))
        if not isinstance(exc, DeskError):
            raise exc  # a bug, not a refusal: let it surface

    # --- selection and actions --------------------------------------------------------
    def selected_row(self) -> RequestRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        values = self.model.row(rows[0].row())
        return RequestRow(*values) if values is not None else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row is not None else None

    def recording_client(self) -> int | None:
        """The selected request's client, else None."""
        row = self.selected_row()
        return row.client_id if row is not None else None

    def selected_subscription(self) -> int | None:
        row = self.selected_row()
        return row.subscription_id if row is not None else None

    def update_actions(self) -> None:
        row = self.selected_row()
        if self.decide_refusal is not None:
            self._enable(self.review_button, False, describe(self.decide_refusal, self.locale()))
        elif row is None:
            self._enable(self.review_button, False, self.tr("Select a request to review it"))
        elif row.status_code not in ("pending", "waiting"):
            self._enable(self.review_button, False, self.tr("This request is already decided ({status}).").format(
                status=row.status))
        else:
            self._enable(self.review_button, True, self.tr("Approve, reject or put the selected request on hold"))
        if self.recording_client() is None:
            self._enable(self.record_button, False, self.tr("Select one of a client's requests to record a new "
                                                            "request for that client"))
        else:
            self._enable(self.record_button, True, self.tr("Record a cancellation request a client sent"))

    @staticmethod
    def _enable(button: QPushButton, enabled: bool, tip: str) -> None:
        button.setEnabled(enabled)
        button.setToolTip(tip)

    def review_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.review_button.isEnabled():
            return
        self.review_request(row.id)

    def review_request(self, request_id: int) -> None:
        """Opens the review dialog of `request_id` (its form read in a worker)."""
        desk = self.desk
        self.opener.open(lambda: desk.review_form(request_id), lambda form: ReviewRequestDialog(desk, form, self),
                         self._dialog_accepted)

    def _record_dialog(self, form: Any, subscription_id: int | None) -> RecordRequestDialog:
        dialog = RecordRequestDialog(self.desk, form, self, subscription_id=subscription_id)
        dialog.open_existing.connect(self.review_request)
        return dialog

    def record_request(self, client_id: int | None = None, subscription_id: int | None = None) -> None:
        """Opens the record dialog for `client_id` (else the selected request's client)."""
        client = client_id if client_id is not None else self.recording_client()
        if client is None:
            return
        desk = self.desk
        self.opener.open(lambda: desk.record_request_form(client),
                         lambda form: self._record_dialog(form, subscription_id),
                         self._dialog_accepted)

    @property
    def dialog(self) -> QDialog | None:
        """The review or record dialog while it is open."""
        return self.opener.dialog

    def _dialog_accepted(self, dialog: QDialog) -> None:
        self.changed.emit()
        feedback = getattr(dialog, "feedback", None)
        if feedback:
            self.said.emit(feedback, getattr(dialog, "undo", None))
        self.refresh()

    def _dialog_failed(self, exc: BaseException) -> None:
        self.count_label.setText(describe(exc))


def _read_rows(desk: Desk, status: str | None) -> list[RequestRow]:
    """Runs in the worker: the facade read and plain rows, nothing else."""
    today = desk.today
    return [request_row(view, today) for view in desk.requests(status)]
