"""Importing a foreign file (DESIGN.md §14): the column-mapping step, then the rows.

Page 1 lists each source column with a few sample values and one combo box: a client
field or "Ignore", the proposal (by header name, in English, French or Chinese)
preselected. "Check rows" runs a dry run in a worker; page 2 lists every row that
cannot be imported with its column and reason, and "Import N rows" writes the others in
one transaction. Back returns to the mapping.

Thread rule: GUI thread; reading the file and both runs happen on `TaskRunner` workers.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.desk import Desk
from app.errors import DeskError
from app.excel.mapping import FIELDS
from ui.dialogs.base import DeskDialog, value_label
from ui.dialogs.import_preview import fill, read_only_table
from ui.workers import TaskRunner


class Page(IntEnum):
    MAPPING = 0
    ROWS = 1


class ForeignImportDialog(DeskDialog):
    """Maps the columns of `path` to client fields and imports the rows without problems.

    Signals: `loaded` once the columns are shown, `checked` after a dry run, `imported`
    after the import (`report` holds the facade's report, `.imported` rows written).
    """

    loaded = Signal()
    checked = Signal()
    imported = Signal()

    def __init__(self, desk: Desk, path: str | Path, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("foreignImportDialog")
        self.desk = desk
        self.path = Path(path)
        self.runner = runner or TaskRunner(self, threads=1)
        self.combos: dict[str, QComboBox] = {}
        self.report: Any = None
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.path.name))
        self.setMinimumWidth(720)

        layout = QVBoxLayout(self)
        self.summary = value_label("summaryLabel", self, self.tr("Reading %1…").replace("%1", self.path.name))
        layout.addWidget(self.summary)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("progressBar")
        self.busy.setAccessibleName(self.tr("Progress"))
        self.busy.setRange(0, 0)
        layout.addWidget(self.busy)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("importPages")
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._rows_page())
        self.pages.setMinimumHeight(360)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_box)
        self.button_box, self.action_button = self.make_button_box(self.tr("Check rows"), destructive=False)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        self.button_box.addButton(self.back_button, self.button_box.ButtonRole.ResetRole)
        self.back_button.hide()
        self.action_button.setEnabled(False)
        self.button_box.accepted.connect(self.next_step)
        layout.addWidget(self.button_box)
        self.resize(820, 600)
        self.runner.run(self.desk.foreign_columns, self.path, on_result=self._loaded, on_error=self._failed)

    # --- pages ---------------------------------------------------------------------
    def _mapping_page(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setObjectName("mappingPage")
        scroll.setWidgetResizable(True)
        self.mapping_widget = QWidget(scroll)
        self.mapping_form = QFormLayout(self.mapping_widget)
        scroll.setWidget(self.mapping_widget)
        return scroll

    def _rows_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("rowsPage")
        layout = QVBoxLayout(page)
        self.problems = read_only_table("problemsTable", [self.tr("Row"), self.tr("Column"), self.tr("Problem")],
                                        page)
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)
        return page

    def field_titles(self) -> dict[str, str]:
        """The client fields in the interface language (literal tr() calls, so lupdate sees them)."""
        return {
            "name": self.tr("Client name"), "account_number": self.tr("Account number"), "email": self.tr("Email"),
            "phone": self.tr("Phone"), "owner_first_name": self.tr("Account owner: first name"),
            "owner_last_name": self.tr("Account owner: last name"),
            "owner_name": self.tr("Account owner: full name"), "owner_email": self.tr("Account owner: email"),
            "country": self.tr("Country"), "city": self.tr("City"), "client_since": self.tr("Client since"),
            "language": self.tr("Language"), "active": self.tr("Active (yes/no)"),
            "churned": self.tr("Left (yes/no)"),
        }

    def _loaded(self, outcome: tuple[str, int, list[Any]]) -> None:
        self.busy.hide()
        source, rows, columns = outcome
        titles = self.field_titles()
        for index, column in enumerate(columns):
            combo = QComboBox(self.mapping_widget)
            combo.setObjectName(f"mapping_{index}")
            combo.setAccessibleName(self.tr("Field for the column %1").replace("%1", column.header))
            combo.addItem(self.tr("Ignore"), None)
            for field in FIELDS:
                combo.addItem(titles.get(field.key, field.title), field.key)
            combo.setCurrentIndex(max(combo.findData(column.proposal), 0) if column.proposal else 0)
            samples = ", ".join(column.samples) or self.tr("(empty)")
            combo.setToolTip(self.tr("Examples: %1").replace("%1", samples))
            holder = QWidget(self.mapping_widget)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(combo)
            box.addWidget(value_label(f"samples_{index}", holder, samples))
            self.mapping_form.addRow(column.header, holder)
            self.combos[column.header] = combo
        self.summary.setText(self.tr("%1 (%2): %n row(s). Choose the client field each column holds; "
                                     "the proposals come from the column names.", "", rows)
                             .replace("%1", self.path.name).replace("%2", source))
        self.action_button.setEnabled(True)
        self.fit_height(grow_only=True)
        self.loaded.emit()

    def mapping(self) -> dict[str, str | None]:
        return {header: combo.currentData() for header, combo in self.combos.items()}

    # --- steps ---------------------------------------------------------------------
    def next_step(self) -> None:
        self.clear_error()
        dry_run = self.pages.currentIndex() == Page.MAPPING
        self.busy.show()
        self.action_button.setEnabled(False)
        self.runner.run(self._call, self.mapping(), dry_run, on_result=self._checked if dry_run else self._imported,
                        on_error=self._failed)

    def _call(self, mapping: dict[str, str | None], dry_run: bool) -> Any:  # on a worker thread
        return self.desk.import_foreign(self.path, mapping=mapping, dry_run=dry_run)

    def back(self) -> None:
        self.clear_error()
        self.pages.setCurrentIndex(Page.MAPPING)
        self.back_button.hide()
        self.action_button.setText(self.tr("Check rows"))
        self.action_button.setEnabled(True)

    def _checked(self, report: Any) -> None:
        self.busy.hide()
        self.report = report
        fill(self.problems, [[row, column, sentence] for row, column, sentence in report.problems])
        skipped = len(report.rejected_rows)
        self.summary.setText(self.tr("%n row(s) can be imported.", "", report.valid) + " "
                             + self.tr("%n row(s) have problems and will be skipped; nothing is written until "
                                       "you import.", "", skipped))
        self.pages.setCurrentIndex(Page.ROWS)
        self.back_button.show()
        self.action_button.setText(self.tr("Import %n row(s)", "", report.valid))
        self.action_button.setMinimumWidth(self.action_button.sizeHint().width())
        if report.valid:
            self.action_button.setEnabled(True)
            self.action_button.setToolTip("")
        else:
            self.disable_with_reason(self.action_button, self.tr("No row can be imported."))
        self.checked.emit()

    def _imported(self, report: Any) -> None:
        self.busy.hide()
        self.report = report
        self.imported.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        if not isinstance(error, DeskError):
            raise error
        self.show_error(str(error))
        self.action_button.setEnabled(bool(self.combos))
