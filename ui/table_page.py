"""One of the window's big tables (clients, subscriptions): the view, its paged model,
and what must survive a new query — selection by id and scroll position.

Thread rule: GUI thread only. New queries go to the window's `QueryService`; the
result comes back through `apply_result`, stale ones already dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QWidget

from app.listing import Listing, Query
from ui.pages import Selection
from ui.row_table import RowTableView
from ui.table_models import PagedTableModel, Source
from ui.workers import QueryResult, QueryService


class RecordTableView(RowTableView):
    """A table of records: whole-row selection, Home/End the first/last record, Enter
    opens the current record."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: the view never measures 100,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setAccessibleName(self.tr("Column headers: click to sort, Shift+click to add a sort column"))
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def column_menu(self) -> QMenu:
        """The column chooser: one checkable entry per column (the last visible one stays)."""
        model = self.model()
        header = self.horizontalHeader()
        menu = QMenu(self.tr("Columns"), self)
        menu.setObjectName("columnChooser")
        visible = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            action = QAction(str(model.headerData(column, Qt.Orientation.Horizontal)), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(not (len(visible) == 1 and column in visible))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
            menu.addAction(action)
        return menu

    def _column_menu(self, pos: QPoint) -> None:
        self.column_menu().exec(self.horizontalHeader().mapToGlobal(pos))


@dataclass(frozen=True)
class _Keep:
    record_id: int | None
    row: int  # where it was: the pages around it are searched for it
    scroll: int | None  # None: show the top


class TablePage:
    """The clients or subscriptions table (a `WindowPage`)."""

    has_selection = True

    def __init__(self, source: Source, listing: Listing, queries: QueryService, parent: QWidget) -> None:
        self.source = source
        self.queries = queries
        self.view = RecordTableView(parent)
        self.view.setObjectName(f"{source.key}Table")
        self.model = PagedTableModel(source, listing, self.view)
        self.model.setObjectName(f"{source.key}Model")
        # A sort asked by the header applies to the latest requested search and filter.
        self.model.loader = lambda query: self.request(replace(self.requested, sort=query.sort), keep=True)
        self.view.setModel(self.model)
        self.requested = self.model.query
        self.total: int | None = None
        self.pending_requests: int | None = None
        self._generation = 0
        self._pending = False  # a request is out and its result (rows, then count) not all shown yet
        # What the next result keeps: None, "scroll" (the selection and the scroll position) or
        # "top" (the selection, scrolled to the top). Taken when the result arrives, not when
        # it was asked for: a row chosen meanwhile is the one kept.
        self._keep: str | None = None
        self._select_first = True
        self.sync_sort_indicator()
        self.view.setSortingEnabled(True)

    # --- the window's page interface --------------------------------------------------
    def widget(self) -> QWidget:
        return self.view

    def selection(self) -> Selection | None:
        index = self.view.selectionModel().currentIndex()
        client_id = self.client_id_at(index)
        if client_id is None:
            return None
        return Selection(client_id, self.current_id() if self.source.key == "subscriptions" else None)

    def shown(self) -> None:
        if self.model.rowCount() == 0 and not self.busy():  # first shown: read its first page
            self.request(self.requested, with_total=True)

    # --- queries ------------------------------------------------------------------
    def request(self, query: Query, *, keep: bool = False, keep_scroll: bool = True, with_total: bool = False,
                with_pending: bool = False) -> None:
        """Asks the query thread for `query`. `keep` reselects the current record after
        (by id); `keep_scroll` also restores the scroll position, else the top is shown."""
        if keep:
            self._keep = "top" if not keep_scroll or self._keep == "top" else "scroll"
        else:
            self._keep = None
        self.requested = query
        self._pending = True
        # The rows before a long count, unless the scroll position is to be restored (it needs
        # every row there): the table answers a keystroke without waiting for the count.
        rows_first = self.source.rows_first and self._keep != "scroll"
        self._generation = self.queries.submit(self.source.key, self.source, query, with_total=with_total,
                                               with_pending=with_pending, rows_first=rows_first)

    def refresh(self, *, with_pending: bool = False) -> None:
        self.request(self.requested, keep=True, with_total=True, with_pending=with_pending)

    def load_now(self) -> None:
        """The first page on the calling (GUI) thread: for the first paint only."""
        self.model.set_query(self.model.query)
        count = self.model.rowCount()
        self.total = self.source.total(self.model.listing) if count and self.model.query.filtered() else count
        self._after_reset(None)

    def apply_result(self, result: QueryResult) -> bool:
        """Shows a result of this table's latest request; False when it is not for us."""
        if result.key != self.source.key or result.generation != self._generation:
            return False
        if result.count_only:  # the count of the rows shown
            self._pending = False
            self.model.set_count(result.count)
            self._take_totals(result)
            return True
        mode, self._keep = self._keep, None
        keep = None if mode is None else self.snapshot()
        if keep is not None and mode == "top":
            keep = _Keep(keep.record_id, 0, None)
        self._pending = not result.counted  # its count is still to come
        self.model.apply(result.query, result.count, result.first_page or [], counted=result.counted)
        self._take_totals(result)
        self.sync_sort_indicator()
        self._after_reset(keep)
        # Painted now, from Python, which keeps the GIL for the whole paint: left to the event
        # loop, each of the paint's calls into the model takes the GIL back from whatever
        # worker runs beside the window (the facade's import, a catch-up), and a page took
        # 49 ms to paint instead of 7 (a 200-row table beside a busy thread, 0.1 ms turns).
        # The layout the reset scheduled is done first, in the same paint: run later by its
        # timer, it painted the table a second time, after `table_loaded` had let that worker
        # go on, and keystrokes typed during start-up took up to 131 ms instead of 78.
        self.view.executeDelayedItemsLayout()
        self.view.viewport().repaint()
        return True

    def _take_totals(self, result: QueryResult) -> None:
        if result.total is not None:
            self.total = result.total
        if result.pending_requests is not None:
            self.pending_requests = result.pending_requests

    def busy(self) -> bool:
        """A request is out: its rows, or the count that follows them, are still to come."""
        return self._pending

    def request_failed(self, generation: int) -> None:
        if generation == self._generation:
            self._pending = False
            self._keep = None

    # --- selection and scroll -----------------------------------------------------
    def snapshot(self) -> _Keep:
        row = self.current_row()
        return _Keep(self.model.row_id(row) if row >= 0 else None, row, self.view.verticalScrollBar().value())

    def _after_reset(self, keep: _Keep | None) -> None:
        count = self.model.rowCount()
        if keep is not None:
            self.view.updateGeometries()  # the scroll bar's range follows the new row count now
            self.view.verticalScrollBar().setValue(keep.scroll or 0)
            if keep.record_id is not None and count:
                self._select_first = False
                # After a new search only the first page is looked at: no query on this thread.
                row = self.model.find_row(keep.record_id, keep.row if keep.scroll is not None else None)
                # Gone from the list (filtered out, removed): its neighbour takes its place.
                self.select_row(row if row >= 0 else min(keep.row, count - 1), scroll=row < 0)
                return
        if self._select_first and count:
            self._select_first = False  # once: the first record is shown when the table first fills
            self.select_row(0)

    def current_row(self) -> int:
        index = self.view.selectionModel().currentIndex()
        return index.row() if index.isValid() else -1

    def current_id(self) -> int | None:
        row = self.current_row()
        return self.model.row_id(row) if row >= 0 else None

    def select_row(self, row: int, *, scroll: bool = True) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        column = max(0, self.view.horizontalHeader().logicalIndex(0))
        index = self.model.index(row, column)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.selectionModel().setCurrentIndex(index, flags)
        if scroll:
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def move(self, step: int) -> None:
        """Alt+Up/Down: the previous or next record."""
        row = self.current_row()
        self.select_row(0 if row < 0 else row + step)

    def select_id(self, record_id: int) -> bool:
        row = self.model.find_row(record_id, max(0, self.current_row()))
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def sync_sort_indicator(self) -> None:
        keys = [c.key for c in self.source.columns]
        if self.model.query.sort and self.model.query.sort[0][0] in keys:
            key, ascending = self.model.query.sort[0]
            order = Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder
            header = self.view.horizontalHeader()
            header.blockSignals(True)  # the indicator follows the model; it must not sort again
            header.setSortIndicator(keys.index(key), order)
            header.blockSignals(False)

    def client_id_at(self, index: QModelIndex) -> int | None:
        return self.model.client_id(index.row()) if index.isValid() else None
