"""Table models: a lazily paged model over `app.listing.Listing`, and a small model
for short in-memory lists (the detail pane's tabs, the side pages).

Both hold ids and small row tuples, never ORM objects, and answer None for the roles
they do not handle. Thread rule: a model and its `Listing` belong to the GUI thread;
work that grows with the data (count and first page of a new query) is done by
`ui.workers.QueryService` and handed in through `apply`.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication

from app.listing import CLIENT_COLUMNS, SUBSCRIPTION_COLUMNS, Column, Listing, Query
from ui.formatting import format_cents, format_date
from ui.labels import column_title, kind_label, language_label, period_label, status_label

log = logging.getLogger(__name__)
PAGE_SIZE = 200
MAX_PAGES = 50  # pages kept in memory; the least recently used beyond that are dropped

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
# Roles arrive as plain ints: comparing ints keeps data(), called for every painted cell, cheap.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_CODE_LABELS: dict[str, Callable[[str | None], str]] = {
    "status": status_label,
    "kind": kind_label,
    "period": period_label,
    "language": language_label,
}
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Source:
    """One listing the paged model can show: its columns and its count/page functions.

    A page row is (id, [client id,] *column values); `values_from` says where the
    values start and `client_id_at` where the row's client id is.
    """

    key: str
    columns: tuple[Column, ...]
    count: Callable[[Listing, Query], int]
    page: Callable[[Listing, Query, int, int], list[tuple[Any, ...]]]
    total: Callable[[Listing], int]
    values_from: int
    client_id_at: int
    default_sort: tuple[tuple[str, bool], ...]
    # (listing, query, rows after the page, limit): a page read backwards from the end
    page_from_end: Callable[[Listing, Query, int, int], list[tuple[Any, ...]]] | None = None
    # A search's first page is shown before its count (ui.workers): where counting costs
    # more than the page. Subscriptions: a broad search's count joins 170,000-270,000 of
    # them (22-32 ms on the 100,000-client demo) where its page takes 12-18 ms. Clients are
    # counted from the search index in 8 ms at most: one result is cheaper to show than two.
    rows_first: bool = False


CLIENTS = Source("clients", CLIENT_COLUMNS, Listing.count_clients, Listing.client_page,
                 Listing.total_clients, values_from=1, client_id_at=0, default_sort=(("name", True),),
                 page_from_end=Listing.client_page_from_end)
SUBSCRIPTIONS = Source("subscriptions", SUBSCRIPTION_COLUMNS, Listing.count_subscriptions,
                       Listing.subscription_page, lambda listing: listing.count_subscriptions(Query()),
                       values_from=2, client_id_at=1, default_sort=(("client", True), ("plan", True)),
                       page_from_end=Listing.subscription_page_from_end, rows_first=True)


def format_value(column: Column, value: Any, locale: QLocale) -> str:
    if value is None:
        return ""
    if column.kind == "date":
        return format_date(value, locale)
    if column.kind == "money":
        return format_cents(value, locale)
    if column.kind == "int":
        return locale.toString(int(value))
    label = _CODE_LABELS.get(column.key)
    return label(value) if label else str(value)


class PagedTableModel(QAbstractTableModel):
    """`rowCount` is the query's count; rows are fetched PAGE_SIZE at a time when the
    view asks for them (bounded LIMIT queries on the GUI thread), at most MAX_PAGES kept.

    `sort` re-queries, through `loader` when one is set (the window's worker) or
    synchronously otherwise; Shift+click adds a column to the sort keys.
    """

    def __init__(self, source: Source, listing: Listing, parent: Any = None) -> None:
        super().__init__(parent)
        self.source = source
        self._listing = listing
        self._query = Query(sort=source.default_sort)
        self._count = 0
        self.counted = True  # False while only the first page of the query shown is known
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self._texts: dict[int, tuple[str, ...]] = {}  # row -> its cells as shown, for the loaded pages
        self._right = {n for n, c in enumerate(source.columns) if c.kind in ("money", "int")}
        self._locale = QLocale()
        self.loader: Callable[[Query], None] | None = None

    # --- state ------------------------------------------------------------------
    @property
    def query(self) -> Query:
        return self._query

    @property
    def listing(self) -> Listing:
        return self._listing

    def set_query(self, query: Query) -> None:
        """Runs count and first page now, on the calling thread, and resets the model."""
        count = self.source.count(self._listing, query)
        first = self.source.page(self._listing, query, 0, PAGE_SIZE) if count else []
        self.apply(query, count, first)

    def apply(self, query: Query, count: int, first_page: list[tuple[Any, ...]], *, counted: bool = True) -> None:
        """Shows a query's result computed elsewhere (count and rows 0..PAGE_SIZE-1).
        `counted` False: only the first page is known yet (`count` is its length); `set_count`
        brings the other rows when the count arrives."""
        self.beginResetModel()
        self._query = query
        self._count = count
        self.counted = counted
        self._pages = OrderedDict({0: list(first_page)}) if first_page else OrderedDict()
        self._texts = {}
        self._locale = QLocale()
        self.endResetModel()

    def set_count(self, count: int) -> None:
        """The count of the query shown, which came after its first page: the rows past that
        page are added (or, had some gone between the two reads, taken off) without a reset,
        so the selection and the scroll position stay."""
        self.counted = True
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            first = self._pages.get(0)
            self._pages = OrderedDict({0: first[:count]}) if first and count else OrderedDict()
            self._texts = {row: texts for row, texts in self._texts.items() if row < count}
            self.endRemoveRows()

    def request_query(self, query: Query) -> None:
        if self.loader is not None:
            self.loader(query)
        else:
            self.set_query(query)

    def loaded_pages(self) -> list[int]:
        return list(self._pages)

    # --- rows -------------------------------------------------------------------
    def row(self, row: int) -> tuple[Any, ...] | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            try:
                page = self._read_page(number)
            except Exception:  # noqa: BLE001 - a server gone: blank rows, read again when next painted
                log.warning("page %s of %s could not be read", number, self.source.key, exc_info=True)
                return None
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                dropped, _rows = self._pages.popitem(last=False)
                for r in range(dropped * PAGE_SIZE, (dropped + 1) * PAGE_SIZE):
                    self._texts.pop(r, None)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def _read_page(self, number: int) -> list[tuple[Any, ...]]:
        """Page `number`, read from whichever end is nearer: the database skips at most half
        the rows (OFFSET), so End on 100,000 rows costs what Home does."""
        start = number * PAGE_SIZE
        end = min(start + PAGE_SIZE, self._count)
        if self.source.page_from_end is not None and self._count - end < start:
            return self.source.page_from_end(self._listing, self._query, self._count - end, end - start)
        return self.source.page(self._listing, self._query, start, PAGE_SIZE)

    def row_id(self, row: int) -> int | None:
        values = self.row(row)
        return values[0] if values is not None else None

    def client_id(self, row: int) -> int | None:
        values = self.row(row)
        return values[self.source.client_id_at] if values is not None else None

    def find_row(self, record_id: int, near: int | None = None) -> int:
        """The row showing `record_id`, looked for in the loaded pages, then (with `near`,
        where it was before a refresh) in the pages around that row; -1 when not found."""
        for number, page in self._pages.items():
            for offset, values in enumerate(page):
                if values[0] == record_id:
                    return number * PAGE_SIZE + offset
        if near is None:
            return -1
        base = max(0, near) // PAGE_SIZE
        for number in (base, base - 1, base + 1):
            if 0 <= number * PAGE_SIZE < self._count and number not in self._pages:
                self.row(number * PAGE_SIZE)
                for offset, values in enumerate(self._pages.get(number, [])):
                    if values[0] == record_id:
                        return number * PAGE_SIZE + offset
        return -1

    # --- Qt overrides -------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.source.columns)

    def texts(self, row: int) -> tuple[str, ...] | None:
        """The row's cells as shown (formatted once, kept while its page is loaded)."""
        texts = self._texts.get(row)
        if texts is None:
            values = self.row(row)
            if values is None:
                return None
            start, locale = self.source.values_from, self._locale
            texts = tuple(format_value(c, values[start + n], locale) for n, c in enumerate(self.source.columns))
            self._texts[row] = texts
        return texts

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == _DISPLAY or role == _TOOLTIP:
            if not index.isValid():
                return None
            texts = self.texts(index.row())
            column = index.column()
            if texts is None or not 0 <= column < len(texts):
                return None
            return texts[column] if role == _DISPLAY or texts[column] else None
        if role == _ALIGNMENT and index.isValid() and index.column() in self._right:
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.source.columns):
            return None
        column = self.source.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(column.key, column.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.sort_description()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("money", "int"):
            return _RIGHT
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.source.columns):
            return
        key = self.source.columns[column].key
        ascending = order == Qt.SortOrder.AscendingOrder
        keys = list(self._query.sort) or [(key, ascending)]
        if QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier and keys:
            existing = [k for k, _ in keys]
            if key in existing and existing.index(key) > 0:
                at = existing.index(key)
                keys[at] = (key, not keys[at][1])
            elif key in existing:
                keys[0] = (key, ascending)
            else:
                keys.append((key, ascending))
        elif keys and keys[0] != (key, ascending):
            keys = [(key, ascending)]
        # else: the primary key is already this; a programmatic re-sort keeps the others
        query = replace(self._query, sort=tuple(keys))
        if query != self._query:
            self.request_query(query)

    def sort_description(self) -> str:
        titles = {c.key: column_title(c.key, c.title) for c in self.source.columns}
        parts = [f"{titles.get(k, k)} {'↑' if asc else '↓'}" for k, asc in self._query.sort]
        return QCoreApplication.translate("PagedTableModel", "Sorted by {keys}. Shift+click a header to add it "
                                          "to the sort.").format(keys=", ".join(parts))


class RowsTableModel(QAbstractTableModel):
    """A short list already in memory: display strings per row, an id per row."""

    def __init__(self, headers: Sequence[str], *, right_aligned: Sequence[int] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._right = set(right_aligned)
        self._rows: list[tuple[str, ...]] = []
        self._ids: list[int] = []
        self._tips: list[str] = []

    def set_rows(self, rows: Sequence[Sequence[str]], ids: Sequence[int], tips: Sequence[str] = ()) -> None:
        """`tips`: one tooltip per row (else a cell's tooltip is its text)."""
        self.beginResetModel()
        self._rows = [tuple(r) for r in rows]
        self._ids = list(ids)
        self._tips = list(tips)
        self.endResetModel()

    def row_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def find_row(self, record_id: int) -> int:
        return self._ids.index(record_id) if record_id in self._ids else -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tips[index.row()] if index.row() < len(self._tips) else self._rows[index.row()][index.column()]
            return tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self._right:
            return _RIGHT
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
