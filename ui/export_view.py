"""Exporting from the window (DESIGN.md §13, §14): a progress dialog with Cancel for any
export run off the GUI thread, and the export of a table's current view.

`run_with_progress(parent, runner, work)` runs `work(progress)` through the window's
`TaskRunner`; `progress` is an `app.progress.Progress` safe to call from the worker
thread (its steps reach the dialog through a queued signal; Cancel sets a flag the
worker reads). The export raises `Cancelled` at its next check and its writer removes
the temporary file, so a cancelled or failed export leaves no file behind.

`export_current_view(page, url, path, ...)` writes what the table shows: only the rows
of its current search and filter, in its current sort, the visible columns in their
on-screen order under their on-screen titles. Thread rule: call it on the GUI thread;
the rows are read in the worker with a `Listing` of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.excel.sheets import ColumnSpec
from app.listing import Listing, Query
from app.progress import Cancelled
from app.services import exports
from ui.dialog_service import DialogService
from ui.dialogs.base import DeskDialog
from ui.table_models import _CODE_LABELS, Source
from ui.workers import TaskRunner, ThreadProgress

_PAGE = 5000  # rows read per query while exporting


class ExportProgressDialog(DeskDialog):
    """Progress of a running export; Cancel stops it (nothing is written). `finished_work`
    carries the result once the work is over: a report, `Cancelled`, or the error."""

    finished_work = Signal(object)

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("exportProgressDialog")
        self.setWindowTitle(title)
        self.progress = ThreadProgress(self)
        self.label = QLabel(self.tr("Preparing the export…"), self)
        self.label.setObjectName("exportProgressLabel")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("exportProgress")
        self.bar.setAccessibleName(self.tr("Export progress"))
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelExport")
        self.cancel_button.setDefault(True)
        self.cancel_button.clicked.connect(self.request_cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.error_box)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.progress.progressed.connect(self._show_progress)
        self.running = True
        self.outcome: Any = None

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.label.setText(self.tr("%1 of %2 rows written").replace("%1", QLocale().toString(done))
                               .replace("%2", QLocale().toString(total)))
        else:
            self.label.setText(self.tr("%1 rows written").replace("%1", QLocale().toString(done)))

    def request_cancel(self) -> None:
        """Asks the worker to stop; the dialog closes once it has (and removed its file)."""
        self.progress.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))

    def reject(self) -> None:  # Esc and the close button cancel too, but wait for the worker
        if self.running:
            self.request_cancel()
        else:
            super().reject()

    def work_done(self, outcome: Any) -> None:
        self.running = False
        self.outcome = outcome
        self.finished_work.emit(outcome)
        if isinstance(outcome, BaseException):
            super().reject()
        else:
            self.accept()


def run_with_progress(parent: QWidget | None, runner: TaskRunner, work: Callable[[ThreadProgress], Any], *,
                      title: str, dialogs: DialogService | None = None) -> ExportProgressDialog:
    """Shows the progress dialog (not blocking) and runs `work(progress)` in `runner`.
    A failure other than Cancel is reported through `dialogs` with its sentence."""
    dialog = ExportProgressDialog(parent, title)

    def failed(exc: BaseException) -> None:
        dialog.work_done(exc)
        if not isinstance(exc, Cancelled) and dialogs is not None:
            dialogs.critical(parent, title, str(exc))

    runner.run(work, dialog.progress, on_result=dialog.work_done, on_error=failed)
    dialog.show()
    return dialog


# --- the current view ------------------------------------------------------------------
def visible_columns(view: Any) -> list[int]:
    """Logical column numbers of a table view's visible columns, in on-screen order."""
    header = view.horizontalHeader()
    order = (header.logicalIndex(v) for v in range(header.count()))
    return [c for c in order if not header.isSectionHidden(c)]


def suggested_name(title: str, today: date, suffix: str = ".xlsx") -> str:
    """The file name offered for an export: the table's title and the day, e.g. "Clients 2026-11-23.xlsx"."""
    return f"{exports.sheet_title(title)} {today.isoformat()}{suffix}"


def _view_rows(url: str, source: Source, query: Query, columns: list[int],
               left_out: list[int] | None = None) -> Iterator[list[Any]]:
    """The rows of `query` from a Listing of the calling thread, the chosen columns only;
    money in cents becomes Decimal, codes (status, kind…) their interface labels. With
    `left_out` (a staff member's export, §12) expired rows are skipped and counted in it."""
    status_at = source.values_from + [c.key for c in source.columns].index("status")
    kinds = [source.columns[c].kind for c in columns]
    labels = [_CODE_LABELS.get(source.columns[c].key) for c in columns]
    positions = [source.values_from + c for c in columns]
    listing = Listing.open(url)
    try:
        offset = 0
        while True:
            page = source.page(listing, query, offset, _PAGE)
            for row in page:
                if left_out is not None and row[status_at] in exports.MANAGER_ONLY_STATUSES:
                    left_out[0] += 1
                    continue
                values = []
                for position, kind, label in zip(positions, kinds, labels, strict=True):
                    value = row[position]
                    if kind == "money" and value is not None:
                        value = Decimal(int(value)) / 100
                    elif label is not None and value is not None:
                        value = label(value)
                    values.append(value)
                yield values
            if len(page) < _PAGE:
                return
            offset += _PAGE
    finally:
        listing.close()


def export_current_view(page: Any, url: str, path: str, *, runner: TaskRunner, title: str,
                        parent: QWidget | None = None, dialogs: DialogService | None = None,
                        leave_out_expired: bool = False) -> ExportProgressDialog:
    """Exports `page` (a `ui.table_page.TablePage`) as shown to `path` (.xlsx or .csv).
    `leave_out_expired`: for a staff member (§12), expired clients/subscriptions are left
    out and the report's `excluded_clients` counts them."""
    source: Source = page.source
    model = page.model
    query: Query = model.query  # what is on screen: its search, status filter and sort
    columns = visible_columns(page.view)
    header = page.view.horizontalHeader()
    char = max(1, page.view.fontMetrics().averageCharWidth())
    specs = [ColumnSpec(source.columns[c].key, str(model.headerData(c, Qt.Orientation.Horizontal)),
                        source.columns[c].kind if source.columns[c].kind in ("date", "money", "int") else "text",
                        width=max(8.0, min(60.0, header.sectionSize(c) / char)))
             for c in columns]
    total = model.rowCount()

    def work(progress: ThreadProgress) -> exports.ExportReport:
        left_out = [0] if leave_out_expired else None
        rows = _view_rows(url, source, query, columns, left_out)
        try:
            report = exports.export_view(path, specs, rows, title=title, total=total, progress=progress)
            report.excluded_clients = left_out[0] if left_out else 0
            return report
        finally:
            rows.close()  # its Listing closes on this thread, not when the error is collected

    return run_with_progress(parent, runner, work, title=QCoreApplication.translate("ExportView", "Export"),
                             dialogs=dialogs)


# --- what the window's menu calls ----------------------------------------------------------
_FILTER = "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportView", text)


def ask_and_export_view(parent: QWidget, page: Any, url: str, *, runner: TaskRunner, dialogs: DialogService,
                        title: str, today: date, leave_out_expired: bool = False) -> ExportProgressDialog | None:
    """File > Export for a table: asks where (the table's title and the day offered), then
    exports its current view; None when the user chose no file. Pass `leave_out_expired`
    for a staff member (`desk.me().role == "staff"`, §12)."""
    path = dialogs.save_file_name(parent, _tr("Export"), suggested_name(title, today), _tr(_FILTER))
    if not path:
        return None
    dialog = export_current_view(page, url, path, runner=runner, title=title, parent=parent, dialogs=dialogs,
                                 leave_out_expired=leave_out_expired)
    dialog.finished_work.connect(lambda outcome: _tell_done(parent, dialogs, path, outcome))
    return dialog


def ask_and_export_workbook(parent: QWidget, desk: Any, *, runner: TaskRunner, dialogs: DialogService,
                            today: date, client_id: int | None = None, client_name: str | None = None,
                            ) -> ExportProgressDialog | None:
    """Exports everything (or one client) with every kind of record, one sheet each. A staff
    member's whole export leaves expired clients out, and the closing message says so (§12).
    Its column titles stay English on purpose: a full export is also an import file (§14)."""
    title = client_name or _tr("Account Desk")
    path = dialogs.save_file_name(parent, _tr("Export"), suggested_name(title, today), _tr("Excel workbook (*.xlsx)"))
    if not path:
        return None
    dialog = run_with_progress(parent, runner, lambda progress: desk.export_xlsx(
        path, client_id=client_id, progress=progress), title=_tr("Export"), dialogs=dialogs)
    dialog.finished_work.connect(lambda outcome: _tell_done(parent, dialogs, path, outcome))
    return dialog


def done_message(path: str, report: exports.ExportReport) -> str:
    text = _tr("%1 rows written to %2.").replace("%1", QLocale().toString(sum(report.values()))).replace("%2", path)
    if report.excluded_clients:
        text += " " + _tr("Expired clients left out: %1 (exporting them needs a manager).").replace(
            "%1", QLocale().toString(report.excluded_clients))
    return text


def _tell_done(parent: QWidget, dialogs: DialogService, path: str, outcome: Any) -> None:
    if isinstance(outcome, exports.ExportReport):
        dialogs.information(parent, _tr("Export"), done_message(path, outcome))
