"""Small in-memory tables (the Requests and Outbox pages): rows as tuples whose first
item is the record id, sorted in place by clicking a header."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from ui.row_table import RowTableView

AnyIndex = QModelIndex | QPersistentModelIndex


class SortedRowsModel(QAbstractTableModel):
    """Rows held in memory as small tuples (`row[0]` is the id), sorted in place.

    Subclasses give `headers`, `display(row, column)`, and may override `tooltip` and
    `sort_key`. Sorting keeps the selection (persistent indexes follow their rows), and a
    new set of rows is shown in the current sort. Unhandled roles answer None.
    """

    right_aligned: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Any, ...]] = []
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.locale = QLocale()

    # --- for subclasses ---------------------------------------------------------
    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def display(self, row: tuple[Any, ...], column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: tuple[Any, ...], column: int) -> str | None:
        return None

    def sort_key(self, row: tuple[Any, ...], column: int) -> Any:
        return self.display(row, column).casefold()

    # --- rows ---------------------------------------------------------------------
    def set_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self.locale = QLocale()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def row(self, row: int) -> tuple[Any, ...] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_id(self, row: int) -> int | None:
        values = self.row(row)
        return values[0] if values is not None else None

    def find_row(self, record_id: int) -> int:
        return next((n for n, values in enumerate(self._rows) if values[0] == record_id), -1)

    def _sorted(self, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        column = self._sort_column
        # The id breaks ties, so equal keys keep one stable order whatever the direction.
        return sorted(rows, key=lambda r: (self.sort_key(r, column), r[0]),
                      reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    # --- Qt overrides ---------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < self.columnCount():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column()) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right_aligned:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.right_aligned:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.row_id(index.row()) for index in persistent]
        self._rows = self._sorted(self._rows)
        rows_by_id = {values[0]: n for n, values in enumerate(self._rows)}
        moved = [self.index(rows_by_id[i], index.column()) if i in rows_by_id else QModelIndex()
                 for i, index in zip(ids, persistent, strict=True)]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()



def sorted_table(parent: QWidget, name: str, accessible: str, model: SortedRowsModel, sort_column: int,
                 order: Qt.SortOrder, *, multi: bool = False) -> QTableView:
    """A read-only, row-selecting, sortable table over `model` (the Requests and Outbox pages)."""
    table = RowTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setSortIndicator(sort_column, order)
    table.setSortingEnabled(True)
    return table


def filter_bar(page: QWidget, name: str, accessible: str, choices: Sequence[tuple[str, str]],
               count_name: str) -> tuple[QHBoxLayout, QComboBox, QLabel]:
    """The row above such a table: "Show:" and its status filter, then a count label that
    takes the free space; the page adds its buttons after it."""
    bar = QHBoxLayout()
    combo = QComboBox(page)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for text, code in choices:
        combo.addItem(text, code)
    label = QLabel(QCoreApplication.translate("FilterBar", "&Show:"), page)
    label.setBuddy(combo)
    bar.addWidget(label)
    bar.addWidget(combo)
    count = QLabel(page)
    count.setObjectName(count_name)
    bar.addWidget(count, 1)
    return bar, combo, count


def bar_button(page: QWidget, bar: QHBoxLayout, name: str, text: str) -> QPushButton:
    """A button at the end of the filter bar, named for tests and accessibility."""
    button = QPushButton(text, page)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", ""))
    bar.addWidget(button)
    return button
