"""A table whose rows are records: Home and End go to the first and last row (with or
without Ctrl), not to the first and last cell of the current row, since the whole row
is what is selected.

The last row of a lazily paged model costs one page read from the end
(`ui.table_models.PagedTableModel`), never the pages in between.

Thread rule: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

_FIRST_LAST = (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd)


class RowTableView(QTableView):
    def moveCursor(self, cursorAction: QAbstractItemView.CursorAction,  # noqa: N803 - Qt's signature
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if cursorAction not in _FIRST_LAST or self.selectionBehavior() != QAbstractItemView.SelectionBehavior.SelectRows:
            return super().moveCursor(cursorAction, modifiers)
        model = self.model()
        rows = model.rowCount(self.rootIndex()) if model is not None else 0
        column = self._column()
        if rows == 0 or column < 0:
            return QModelIndex()
        backwards = cursorAction == QAbstractItemView.CursorAction.MoveEnd
        row = rows - 1 if backwards else 0
        while 0 <= row < rows and self.isRowHidden(row):  # rows are rarely hidden: a short walk
            row += -1 if backwards else 1
        return model.index(row, column, self.rootIndex()) if 0 <= row < rows else QModelIndex()

    def _column(self) -> int:
        """The current column, or the first one on screen."""
        current = self.currentIndex()
        if current.isValid():
            return current.column()
        header = self.horizontalHeader()
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                return logical
        return -1
