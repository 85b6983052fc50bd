"""The import preview (DESIGN.md §14): a template or full-export workbook is checked in
a worker (a dry run: every problem by sheet, row and column, nothing written), its rows
are counted per sheet, and Import is enabled only when the file has no problem. Import
runs the real import in a worker too; Cancel stops either run (nothing is written).

The main window opens it from File > Import with the chosen path (`ImportPreviewDialog`);
a CSV or a workbook from another program goes to `ForeignImportDialog` instead
(`ui.dialogs.import_mapping`).

Thread rule: GUI thread; the facade calls run on `TaskRunner` workers and never touch a widget.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QProgressBar,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.desk import Desk
from app.errors import DeskError
from app.progress import Cancelled
from ui.dialogs.base import DeskDialog, NoticeBox, value_label
from ui.workers import TaskRunner


class FlagProgress:
    """An `app.progress.Progress` a worker reports to; `stop()` from the GUI thread makes
    the running import raise `Cancelled` at its next step (so it rolls back)."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self.done = 0
        self.total: int | None = None

    def step(self, done: int, total: int | None) -> None:
        self.done, self.total = done, total

    def cancelled(self) -> bool:
        return self._stop.is_set()

    def stop(self) -> None:
        self._stop.set()


def read_only_table(name: str, headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill(table: QTableWidget, rows: list[list[Any]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    for column in range(last):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)  # long sentences wrap instead
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class ImportPreviewDialog(DeskDialog):
    """Checks `path` on opening, shows the counts and every problem, imports on accept.

    `checked` is emitted when the dry run ends (successfully or with a refusal), `imported`
    when the import is written; `report` then holds the facade's report.
    """

    checked = Signal()
    imported = Signal()

    def __init__(self, desk: Desk, path: str | Path, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.desk = desk
        self.path = Path(path)
        self.runner = runner or TaskRunner(self, threads=1)
        self.report: Any = None
        self.progress: FlagProgress | None = None
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.path.name))
        self.setMinimumWidth(720)

        layout = QVBoxLayout(self)
        self.summary = value_label("summaryLabel", self, self.tr("Checking %1…").replace("%1", self.path.name))
        layout.addWidget(self.summary)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("progressBar")
        self.busy.setAccessibleName(self.tr("Progress"))
        self.busy.setRange(0, 0)
        layout.addWidget(self.busy)
        counts_group = QGroupBox(self.tr("Rows per sheet"), self)
        counts_layout = QVBoxLayout(counts_group)
        self.counts = read_only_table("countsTable", [self.tr("Sheet"), self.tr("Rows"), self.tr("New"),
                                                      self.tr("Already there")], counts_group)
        self.counts.setMaximumHeight(150)
        counts_layout.addWidget(self.counts)
        layout.addWidget(counts_group)
        problems_group = QGroupBox(self.tr("Problems"), self)
        problems_layout = QVBoxLayout(problems_group)
        self.problems = read_only_table("problemsTable", [self.tr("Sheet"), self.tr("Row"), self.tr("Column"),
                                                          self.tr("Problem")], problems_group)
        self.problems.setWordWrap(True)
        self.problems.setMinimumHeight(200)
        problems_layout.addWidget(self.problems)
        layout.addWidget(problems_group, 1)
        self.valid_box = NoticeBox(QStyle.StandardPixmap.SP_DialogApplyButton, "validLabel", self)
        self.valid_box.hide()
        layout.addWidget(self.valid_box)
        layout.addWidget(self.error_box)
        self.button_box, self.action_button = self.make_button_box(self.tr("Import"), destructive=False)
        self.action_button.setEnabled(False)
        self.button_box.accepted.connect(self.start_import)
        layout.addWidget(self.button_box)
        self.resize(820, 560)
        # The worker only stores its progress; the GUI thread looks at it a few times a second.
        self.ticker = QTimer(self)
        self.ticker.setInterval(200)
        self.ticker.timeout.connect(self._show_progress)
        self._run(dry_run=True)

    # --- running -------------------------------------------------------------------
    def _run(self, *, dry_run: bool) -> None:
        self.progress = FlagProgress()
        self.busy.setRange(0, 0)
        self.busy.show()
        self.ticker.start()
        self.action_button.setEnabled(False)
        self.runner.run(self._call, dry_run, self.progress,
                        on_result=self._checked if dry_run else self._imported,
                        on_error=self._failed_check if dry_run else self._failed_import)

    def _call(self, dry_run: bool, progress: FlagProgress) -> Any:  # on a worker thread
        return self.desk.import_xlsx(self.path, dry_run=dry_run, progress=progress)

    def _show_progress(self) -> None:
        progress = self.progress
        if progress is None or not progress.done:
            return
        if progress.total:
            self.busy.setRange(0, progress.total)
            self.busy.setValue(min(progress.done, progress.total))
        else:
            self.summary.setText(self.tr("Checking %1: %2 rows read…").replace("%1", self.path.name)
                                 .replace("%2", f"{progress.done:,}"))

    def _stop_busy(self) -> None:
        self.ticker.stop()
        self.busy.hide()

    def start_import(self) -> None:
        self.clear_error()
        self.summary.setText(self.tr("Importing %1…").replace("%1", self.path.name))
        self._run(dry_run=False)

    def reject(self) -> None:
        if self.progress is not None:
            self.progress.stop()
        super().reject()

    # --- outcomes ------------------------------------------------------------------
    def _checked(self, report: Any) -> None:
        self._stop_busy()
        self.report = report
        # New and already-there rows are known only for a file that could be written.
        fill(self.counts, [[name, rows] + (["", ""] if report.problems else
                                            [report.created.get(name, 0), report.matched.get(name, 0)])
                           for name, rows in report.items()])
        fill(self.problems, [[p.sheet, p.row, p.column, p.message] for p in report.problems])
        total = sum(report.values())
        if report.problems:
            self.summary.setText(self.tr("%1 has %n problem(s); correct them in the file and import it again. "
                                         "Nothing was written.", "", len(report.problems))
                                 .replace("%1", self.path.name))
            self.disable_with_reason(self.action_button, self.tr("The file has problems; nothing can be "
                                                                 "imported until they are corrected."))
        elif total == 0:
            self.summary.setText(self.tr("%1 has no rows to import.").replace("%1", self.path.name))
            self.disable_with_reason(self.action_button, self.tr("There is nothing to import."))
        else:
            self.summary.setText(self.tr("%1 is valid: %n row(s) ready to import.", "", total)
                                 .replace("%1", self.path.name))
            self.valid_box.set_text(self.tr("Nothing has been written yet. Import writes every row at once, "
                                            "or none."))
            self.valid_box.show()
            self.action_button.setEnabled(True)
            self.action_button.setToolTip("")
        self.checked.emit()

    def _failed_check(self, error: BaseException) -> None:
        self._stop_busy()
        if isinstance(error, Cancelled):
            return
        if not isinstance(error, DeskError):
            raise error
        self.summary.setText(self.tr("%1 cannot be imported.").replace("%1", self.path.name))
        self.show_error(str(error))
        self.disable_with_reason(self.action_button, str(error))
        self.checked.emit()

    def _imported(self, report: Any) -> None:
        self._stop_busy()
        self.report = report
        self.imported.emit()
        self.accept()

    def _failed_import(self, error: BaseException) -> None:
        self._stop_busy()
        if isinstance(error, Cancelled):
            return
        if not isinstance(error, DeskError):
            raise error
        problems = error.params.get("problems") if hasattr(error, "params") else None
        if problems:
            fill(self.problems, [[p.sheet, p.row, p.column, p.message] for p in problems])
        self.summary.setText(self.tr("Nothing was imported."))
        self.show_error(str(error))
