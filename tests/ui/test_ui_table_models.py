"""The table models: lazy pages, formatting by locale, sorting, and Qt's model rules
(pytest-qt's modeltester on every model)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt

import ui.table_models as tm
from app.listing import CLIENT_COLUMNS, Listing, Query
from ui.table_models import CLIENTS, SUBSCRIPTIONS, PagedTableModel, RowsTableModel, Source


class FakeListing:
    """Rows 0..n-1 of (id, *CLIENT_COLUMNS values); counts every page asked for."""

    def __init__(self, n: int) -> None:
        self.rows = [(i + 1, f"AD-{i:06d}", f"Client {i:05d}", "direct", "active", None, None, None, "en",
                      "2026-01-15") for i in range(n)]
        self.pages: list[int] = []

    def count(self, query: Query) -> int:
        return len(self.rows)

    def page(self, query: Query, offset: int, limit: int) -> list[tuple[Any, ...]]:
        self.pages.append(offset // limit)
        return self.rows[offset:offset + limit]


FAKE = Source("fake", CLIENT_COLUMNS, lambda lst, q: lst.count(q), lambda lst, q, o, n: lst.page(q, o, n),
              lambda lst: len(lst.rows), values_from=1, client_id_at=0, default_sort=(("name", True),))


def column(source: Source, key: str) -> int:
    return [c.key for c in source.columns].index(key)


@pytest.fixture
def listing(db_url: str, world) -> Listing:
    listing = Listing.open(db_url)
    yield listing
    listing.close()


def test_clients_model_passes_qt_modeltester(qtmodeltester, listing):
    model = PagedTableModel(CLIENTS, listing)
    model.set_query(Query())
    assert model.rowCount() == 4
    qtmodeltester.check(model, force_py=True)


def test_subscriptions_model_passes_qt_modeltester(qtmodeltester, listing):
    model = PagedTableModel(SUBSCRIPTIONS, listing)
    model.set_query(Query(sort=SUBSCRIPTIONS.default_sort))
    assert model.rowCount() == 3
    qtmodeltester.check(model, force_py=True)


def test_rows_model_passes_qt_modeltester(qtmodeltester):
    model = RowsTableModel(["A", "B"], right_aligned=(1,))
    model.set_rows([("x", "1.00"), ("y", "2.00")], [7, 8], ["tip x", "tip y"])
    qtmodeltester.check(model, force_py=True)
    assert model.row_id(1) == 8 and model.find_row(7) == 0 and model.find_row(9) == -1
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "tip x"


def test_rows_are_fetched_page_by_page_only_when_shown():
    fake = FakeListing(1000)
    model = PagedTableModel(FAKE, fake)  # type: ignore[arg-type]
    model.set_query(Query())
    assert model.rowCount() == 1000 and fake.pages == [0]
    assert model.data(model.index(950, column(FAKE, "name"))) == "Client 00950"
    assert fake.pages == [0, 4]
    model.data(model.index(10, 0))
    assert fake.pages == [0, 4]  # page 0 still cached


def test_pages_beyond_the_limit_are_evicted_least_recently_used(monkeypatch):
    monkeypatch.setattr(tm, "MAX_PAGES", 3)
    fake = FakeListing(2000)
    model = PagedTableModel(FAKE, fake)  # type: ignore[arg-type]
    model.set_query(Query())
    for page in (1, 2, 0, 3):
        model.row(page * tm.PAGE_SIZE)
    assert model.loaded_pages() == [2, 0, 3]


def test_find_row_looks_in_loaded_pages_and_around_the_old_row():
    fake = FakeListing(1000)
    model = PagedTableModel(FAKE, fake)  # type: ignore[arg-type]
    model.set_query(Query())
    assert model.find_row(5) == 4
    assert model.find_row(612, near=600) == 611
    assert model.find_row(999_999) == -1


def test_unhandled_roles_and_children_answer_none_and_zero():
    model = PagedTableModel(FAKE, FakeListing(3))  # type: ignore[arg-type]
    model.set_query(Query())
    index = model.index(0, 0)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is None
    assert model.data(index, Qt.ItemDataRole.UserRole + 5) is None
    assert model.rowCount(index) == 0 and model.columnCount(index) == 0
    assert model.data(QModelIndex()) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_money_is_right_aligned_and_dates_follow_the_locale(listing, world):
    model = PagedTableModel(SUBSCRIPTIONS, listing)
    model.set_query(Query(search="Acme", sort=(("plan", True),)))
    price, start = column(SUBSCRIPTIONS, "price"), column(SUBSCRIPTIONS, "start")
    pro = model.index(0, price)
    assert model.data(pro) == QLocale().toCurrencyString(100.0, "€", 2)  # the default currency, EUR
    alignment = model.data(pro, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(0, column(SUBSCRIPTIONS, "plan")), Qt.ItemDataRole.TextAlignmentRole) is None
    expected = QLocale().toString(QDate(2026, 3, 10), QLocale.FormatType.ShortFormat)
    assert model.data(model.index(0, start)) == expected


def test_status_codes_are_shown_as_words(listing, world):
    model = PagedTableModel(CLIENTS, listing)
    model.set_query(Query(status="trial"))
    assert model.data(model.index(0, column(CLIENTS, "status"))) == "Trial"
    assert model.data(model.index(0, column(CLIENTS, "name"))) == "Initech"


def test_sort_requeries_descending(listing, world):
    model = PagedTableModel(CLIENTS, listing)
    model.set_query(Query())
    model.sort(column(CLIENTS, "name"), Qt.SortOrder.DescendingOrder)
    names = [model.data(model.index(r, column(CLIENTS, "name"))) for r in range(model.rowCount())]
    assert names == ["Initech", "Hooli", "Globex", "Acme"]
    assert model.query.sort == (("name", False),)


def test_shift_click_adds_a_secondary_sort_key(listing, world, monkeypatch):
    model = PagedTableModel(SUBSCRIPTIONS, listing)
    model.set_query(Query(sort=(("plan", True),)))
    monkeypatch.setattr(tm.QGuiApplication, "keyboardModifiers",
                        staticmethod(lambda: Qt.KeyboardModifier.ShiftModifier))
    model.sort(column(SUBSCRIPTIONS, "client"), Qt.SortOrder.DescendingOrder)
    assert model.query.sort == (("plan", True), ("client", False))
    rows = [(model.data(model.index(r, column(SUBSCRIPTIONS, "plan"))),
             model.data(model.index(r, column(SUBSCRIPTIONS, "client")))) for r in range(model.rowCount())]
    assert rows == [("Pro", "Acme"), ("Team", "Globex"), ("Team", "Acme")]
    # Shift+click on the secondary key again flips only its direction.
    model.sort(column(SUBSCRIPTIONS, "client"), Qt.SortOrder.AscendingOrder)
    assert model.query.sort == (("plan", True), ("client", True))
    assert "Shift+click" in model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_sort_goes_through_the_loader_when_one_is_set(listing, world):
    model = PagedTableModel(CLIENTS, listing)
    model.set_query(Query())
    asked: list[Query] = []
    model.loader = asked.append
    model.sort(column(CLIENTS, "created"), Qt.SortOrder.AscendingOrder)
    assert asked == [replace(Query(), sort=(("created", True),))]
    assert model.query == Query()  # unchanged until the loader's result is applied


def test_date_formatting_accepts_iso_strings_dates_and_none():
    from ui.formatting import format_cents, format_date

    assert format_date("2026-01-15") == format_date(date(2026, 1, 15))
    assert format_date(None) == "" and format_cents(None) == ""
    assert format_cents(4900) == QLocale().toCurrencyString(49.0, "€", 2)  # the default currency, EUR


def test_short_dates_have_four_digit_years_in_every_language():
    from datetime import date

    from PySide6.QtCore import QLocale

    from ui.formatting import format_date

    day = date(2026, 12, 8)
    assert format_date(day, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "12/8/2026"
    assert format_date(day, QLocale(QLocale.Language.French, QLocale.Country.France)) == "08/12/2026"
    assert "2026" in format_date(day, QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    assert format_date("2025-04-14", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "4/14/2025"


def test_a_page_past_the_middle_is_read_from_the_end_without_a_long_offset(listing, desk, monkeypatch):
    """End on 100,000 clients must not make the database skip 99,800 rows (OFFSET): a page
    nearer the end is read backwards from the end."""
    monkeypatch.setattr(tm, "PAGE_SIZE", 3)
    for n in range(20):
        desk.add_client(f"Zeta {n:02d}")
    model = PagedTableModel(CLIENTS, listing)
    model.set_query(Query())
    statements: list[str] = []
    listing._con.set_trace_callback(statements.append)
    name = column(CLIENTS, "name")
    assert model.data(model.index(model.rowCount() - 1, name)) == "Zeta 19"
    assert model.data(model.index(model.rowCount() - 4, name)) == "Zeta 16"
    listing._con.set_trace_callback(None)
    pages = [s for s in statements if "LIMIT" in s]
    assert len(pages) == 2 and all("DESC" in s for s in pages)
    assert [int(re.search(r"OFFSET (\d+)", s).group(1)) for s in pages] == [0, 3]


def test_a_first_page_shown_before_its_count_gets_its_other_rows_without_a_reset(qtbot):
    """A search's rows come before its count (ui.workers): the count adds the rows past the
    first page as an insert, so the selected row and everything shown stay as they are."""
    fake = FakeListing(1000)
    model = PagedTableModel(FAKE, fake)  # type: ignore[arg-type]
    model.apply(Query(), tm.PAGE_SIZE, fake.page(Query(), 0, tm.PAGE_SIZE), counted=False)
    assert model.rowCount() == tm.PAGE_SIZE and not model.counted
    assert model.row(tm.PAGE_SIZE) is None  # nothing past the first page is read before the count
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.modelReset.connect(lambda: inserted.append((-1, -1)))
    model.set_count(1000)
    assert model.counted and model.rowCount() == 1000
    assert inserted == [(tm.PAGE_SIZE, 999)]
    assert model.data(model.index(999, column(FAKE, "name"))) == "Client 00999"


def test_a_count_below_the_first_page_takes_the_rows_gone_meanwhile_off(qtbot):
    """Rows deleted between the page and its count: the count wins, the rows past it go."""
    fake = FakeListing(10)
    model = PagedTableModel(FAKE, fake)  # type: ignore[arg-type]
    model.apply(Query(), 10, fake.page(Query(), 0, 10), counted=False)
    model.data(model.index(9, 0))
    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    model.set_count(7)
    assert removed == [(7, 9)] and model.rowCount() == 7
    assert model.row_id(6) == 7 and model.row(7) is None
    assert model.data(model.index(6, column(FAKE, "name"))) == "Client 00006"
