"""The Outbox page: every email the desk has queued, sent or failed to send (DESIGN.md §7).

A status filter, a table (newest first by default), and "Retry now", "Send now" and
"Save as .eml…" (`desk.retry_emails`, `desk.deliver_outbox`, `desk.save_eml`). Whether
SMTP is configured is read with the list, on every refresh: once an administrator sets
it up, "Send now" enables without a restart.

Thread rule: GUI thread, except the facade calls, which run in the page's `TaskRunner`
(reading the outbox, retrying, delivering over SMTP, writing a file) and never touch a
widget.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.desk import Desk
from app.errors import DeskError
from ui.count_words import CountWords
from ui.dialog_service import DialogService
from ui.dialogs.base import NoticeBox
from ui.formatting import format_datetime
from ui.i18n import _t
from ui.labels import language_label, status_label
from ui.pages import Selection
from ui.refusals import describe
from ui.sorted_rows import SortedRowsModel, bar_button, filter_bar, sorted_table
from ui.workers import TaskRunner


def event_label(code: str) -> str:
    labels = {
        "client_cancelled": _t("OutboxPage", "Client cancelled"),
        "client_asks_to_cancel": _t("OutboxPage", "Client asks to cancel"),
        "staff_cancelled": _t("OutboxPage", "Subscription cancelled by staff"),
        "request_approved": _t("OutboxPage", "Request approved"),
        "request_rejected": _t("OutboxPage", "Request rejected"),
        "invoice_voided": _t("OutboxPage", "Invoice voided"),
        "card_expiring": _t("OutboxPage", "Card expiring"),
        "autopay_failed": _t("OutboxPage", "Autopay failed"),
        "pause_scheduled": _t("OutboxPage", "Pause scheduled"),
        "pause_revoked": _t("OutboxPage", "Pause revoked"),
        "resumed": _t("OutboxPage", "Account resumed"),
        "closure_scheduled": _t("OutboxPage", "Closure scheduled"),
        "closure_revoked": _t("OutboxPage", "Closure revoked"),
        "deactivation_scheduled": _t("OutboxPage", "Deactivation scheduled"),
        "deactivation_revoked": _t("OutboxPage", "Deactivation revoked"),
        "account_deleted": _t("OutboxPage", "Account deleted"),
    }
    return labels.get(code, code)


class EmailRow(NamedTuple):
    id: int
    created: datetime
    event: str
    to: str
    subject: str
    language: str
    status: str  # the code; shown through status_label
    attempts: int
    last_error: str
    sent: datetime | None


def email_row(view: Any) -> EmailRow:
    return EmailRow(view.id, view.created, view.event, ", ".join(view.to), view.subject, view.language,
                    view.status, view.attempts, view.last_error or "", view.sent)


class OutboxModel(SortedRowsModel):
    CREATED, EVENT, TO, SUBJECT, LANGUAGE, STATUS, ATTEMPTS, LAST_ERROR = range(8)
    right_aligned = frozenset({ATTEMPTS})

    def headers(self) -> Sequence[str]:
        return (_t("OutboxPage", "Created"), _t("OutboxPage", "Event"), _t("OutboxPage", "To"), _t("OutboxPage", "Subject"), _t("OutboxPage", "Language"), _t("OutboxPage", "Status"), _t("OutboxPage", "Attempts"),
                _t("OutboxPage", "Last error"))

    def display(self, row: tuple[Any, ...], column: int) -> str:
        r = EmailRow(*row)
        values: dict[int, Callable[[], str]] = {
            self.CREATED: lambda: format_datetime(r.created, self.locale),
            self.EVENT: lambda: event_label(r.event),
            self.TO: lambda: r.to,
            self.SUBJECT: lambda: r.subject,
            self.LANGUAGE: lambda: language_label(r.language),
            self.STATUS: lambda: status_label(r.status),
            self.ATTEMPTS: lambda: self.locale.toString(r.attempts),
            self.LAST_ERROR: lambda: " ".join(r.last_error.split()),
        }
        return values[column]() if column in values else ""

    def tooltip(self, row: tuple[Any, ...], column: int) -> str | None:
        r = EmailRow(*row)
        if column == self.STATUS and r.sent is not None:
            return _t("OutboxPage", "Sent {when}").format(when=format_datetime(r.sent, self.locale))
        return self.display(row, column) or None  # any cell may be elided: its tooltip has all of it

    def sort_key(self, row: tuple[Any, ...], column: int) -> Any:
        r = EmailRow(*row)
        if column == self.CREATED:
            return r.created
        if column == self.ATTEMPTS:
            return r.attempts
        return super().sort_key(row, column)


class OutboxPage(QWidget):
    """The outbox. `loaded` is emitted after each list shown, `finished` after an action's
    outcome is shown. `dialog_service` picks the .eml file (tests hand in a recording one)."""

    loaded = Signal()
    finished = Signal()
    has_selection = False  # an email's client is not what the window's actions act on

    STATUSES = ("queued", "sending", "sent", "failed")

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 dialog_service: DialogService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxPage")
        self.desk = desk
        self.dialog_service = dialog_service or DialogService()
        self.runner = TaskRunner(self)
        self._generation = 0
        self._rows: list[EmailRow] = []
        self._busy = False
        self._columns_sized = False

        layout = QVBoxLayout(self)
        self.smtp_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxInformation, "smtpNotConfigured", self)
        self.smtp_box.set_text(self.tr("SMTP is not configured: emails stay queued; save them as .eml to send by "
                                       "hand."))
        self.smtp_configured: bool | None = None  # not read yet: Send now waits for the first load
        self.smtp_box.hide()
        layout.addWidget(self.smtp_box)

        choices = [(self.tr("All"), ""), *((status_label(code), code) for code in self.STATUSES)]
        bar, self.filter, self.count_label = filter_bar(self, "outboxStatusFilter", self.tr("Show emails"), choices,
                                                        "outboxCount")
        self.retry_button = bar_button(self, bar, "retryEmails", self.tr("Re&try now"))
        self.send_button = bar_button(self, bar, "sendOutbox", self.tr("Send &now"))
        self.save_button = bar_button(self, bar, "saveEml", self.tr("Save as .&eml…"))
        self.refresh_button = bar_button(self, bar, "refreshOutbox", self.tr("Refresh"))
        layout.addLayout(bar)

        self.message_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxInformation, "outboxMessage", self)
        self.message_box.hide()
        layout.addWidget(self.message_box)

        self.model = OutboxModel(self)
        self.table = sorted_table(self, "outboxTable", self.tr("Outbox emails"), self.model, OutboxModel.CREATED,
                                  Qt.SortOrder.DescendingOrder, multi=True)
        layout.addWidget(self.table, 1)

        self.filter.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.retry_button.clicked.connect(self.retry_selected)
        self.send_button.clicked.connect(self.send_now)
        self.save_button.clicked.connect(self.save_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.update_actions()
        self.refresh()

    # --- the window's page interface --------------------------------------------------
    def widget(self) -> QWidget:
        return self

    def selection(self) -> Selection | None:
        return None

    def shown(self) -> None:
        self.refresh()  # the list, and whether SMTP is configured now

    # --- loading -----------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self.count_label.setText(self.tr("Loading…"))
        self.runner.run(_read_rows, self.desk, on_result=lambda rows: self._loaded(generation, rows),
                        on_error=lambda exc: self._failed(generation, exc))

    def _loaded(self, generation: int, outbox: tuple[list[EmailRow], bool]) -> None:
        if generation != self._generation:
            return
        self._rows, self.smtp_configured = outbox
        self.smtp_box.setVisible(not self.smtp_configured)
        self._show_rows()
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.count_label.setText(self.tr("The outbox could not be read: {reason}").format(reason=describe(exc, self.locale())))
        if not isinstance(exc, DeskError):
            raise exc  # a bug, not a refusal: let it surface

    def status(self) -> str | None:
        return self.filter.currentData() or None

    def _show_rows(self) -> None:
        """Shows the loaded rows the filter lets through, keeping the selection by id."""
        selected = self.selected_ids()
        scroll = self.table.verticalScrollBar().value()
        status = self.status()
        shown = [r for r in self._rows if status is None or r.status == status]
        self.model.set_rows(shown)
        selection = self.table.selectionModel()
        for record_id in selected:
            row = self.model.find_row(record_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.verticalScrollBar().setValue(scroll)
        if shown and not self._columns_sized:
            self._columns_sized = True
            self._size_columns()
        self.count_label.setText(CountWords().emails(len(shown), len(self._rows)))
        self.update_actions()

    def _size_columns(self) -> None:
        """Short columns as wide as their words; the addresses and the last error capped and
        elided (their tooltips have all of it); the subject takes the width left, so the
        status and attempts stay in view at the window's default size."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column, chars in ((OutboxModel.TO, 22), (OutboxModel.LAST_ERROR, 16), (OutboxModel.EVENT, 30)):
            width = self.table.fontMetrics().horizontalAdvance("x" * chars)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), width))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(OutboxModel.SUBJECT, QHeaderView.ResizeMode.Stretch)

    # --- selection and actions -----------------------------------------------------------
    def selected_rows(self) -> list[EmailRow]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [EmailRow(*values) for n in rows if (values := self.model.row(n)) is not None]

    def selected_ids(self) -> list[int]:
        return [r.id for r in self.selected_rows()]

    def update_actions(self) -> None:
        rows = self.selected_rows()
        busy = self.tr("Wait for the current action to finish.") if self._busy else None
        retryable = [r for r in rows if r.status in ("failed", "queued")]
        self._enable(self.retry_button,
                     busy or (None if retryable else self.tr("Select failed or queued emails to retry them.")),
                     self.tr("Queue the selected failed emails again for the next delivery."))
        if self.smtp_configured is None:
            no_smtp: str | None = self.tr("Loading…")
        elif not self.smtp_configured:
            no_smtp = self.tr("SMTP is not configured: emails stay queued; save them as .eml to send by hand.")
        else:
            no_smtp = None
        self._enable(self.send_button, busy or no_smtp,
                     self.tr("Send the queued emails now instead of waiting for the next run."))
        single = None if len(rows) == 1 else self.tr("Select one email to save it as a file.")
        self._enable(self.save_button, busy or single,
                     self.tr("Save the selected email as an .eml file to send it by hand."))

    @staticmethod
    def _enable(button: QPushButton, reason: str | None, tip: str) -> None:
        button.setEnabled(reason is None)
        button.setToolTip(reason or tip)

    def _start(self, fn: Callable[..., Any], *args: Any, done: Callable[[Any], str]) -> None:
        self._busy = True
        self.update_actions()
        self.runner.run(fn, *args, on_result=lambda result: self._done(done(result), error=False),
                        on_error=self._action_failed)

    def _done(self, text: str, *, error: bool) -> None:
        self._busy = False
        icon = QStyle.StandardPixmap.SP_MessageBoxCritical if error else QStyle.StandardPixmap.SP_MessageBoxInformation
        self.message_box.icon.setPixmap(self.style().standardIcon(icon).pixmap(32, 32))
        self.message_box.set_text(text)
        self.message_box.show()
        self.update_actions()
        self.finished.emit()
        self.refresh()

    def _action_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, (DeskError, OSError)):
            self._busy = False
            self.update_actions()
            raise exc
        self._done(describe(exc, self.locale()), error=True)

    def retry_selected(self) -> None:
        ids = [r.id for r in self.selected_rows() if r.status in ("failed", "queued")]
        if not ids or self._busy:
            return

        def done(count: int) -> str:
            if count == 1:
                return self.tr("1 email is queued for the next delivery.")
            return self.tr("{count} emails are queued for the next delivery.").format(
                count=self.locale().toString(int(count)))
        self._start(self.desk.retry_emails, ids, done=done)

    def send_now(self) -> None:
        if self._busy or not self.smtp_configured:
            return
        self.message_box.set_text(self.tr("Sending…"))
        self.message_box.show()
        self._start(self.desk.deliver_outbox, done=self._delivery_text)

    def _delivery_text(self, report: Any) -> str:
        report = dict(report or {})
        if report.get("not_configured"):
            return self.tr("Nothing was sent: SMTP is not configured; save the emails as .eml to send by hand.")
        loc = self.locale()
        text = self.tr("Delivery finished: {sent} sent, {retrying} to retry later, {failed} failed.").format(
            sent=loc.toString(int(report.get("sent", 0))), retrying=loc.toString(int(report.get("retrying", 0))),
            failed=loc.toString(int(report.get("failed", 0))))
        errors = report.get("errors") or []
        if errors:
            text += " " + self.tr("First error: {error}").format(error=errors[0])
        return text

    def save_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or self._busy:
            return
        email = rows[0]
        suggested = f"email-{email.id}.eml"
        path = self.dialog_service.save_file_name(self, self.tr("Save email as .eml"), suggested,
                                                  self.tr("Email files (*.eml)"))
        if not path:
            return
        self._start(self.desk.save_eml, email.id, str(path),
                    done=lambda _none: self.tr("Saved to {path}.").format(path=path))


def _read_rows(desk: Desk) -> tuple[list[EmailRow], bool]:
    """Runs in the worker: the emails as plain rows, and whether SMTP is configured."""
    configured = bool((desk.settings().get("smtp_host") or "").strip())
    return [email_row(view) for view in desk.outbox()], configured
