"""A full export is a valid import file (DESIGN.md §14): export a demo database, import
it into an empty one, export again; the imported sheets hold the same data, cell by
cell (the ids of the new database aside: they are the new database's own)."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from app.demo import build_demo
from app.desk import Desk
from app.excel.sheets import BY_NAME

TODAY = date(2026, 11, 30)
COMPARED = ("Clients", "Contacts", "Subscriptions", "Activities", "Invoices", "Payments", "Cards", "Requests")


def _sheet(path, name):
    """The sheet's rows without id columns (ids are each database's own), in file order."""
    sheet = load_workbook(path, read_only=True)[name]
    rows = list(sheet.iter_rows(values_only=True))
    keys = [c.key for c in BY_NAME[name].columns]
    keep = [i for i, key in enumerate(keys) if key != "id" and not key.endswith("_id")]
    return [tuple(row[i] if i < len(row) else None for i in keep) for row in rows]


def test_a_full_export_imports_into_an_empty_database_and_exports_the_same(tmp_path):
    source = Desk.open(f"sqlite:///{tmp_path / 'a.sqlite3'}", today=TODAY)
    build_demo(source.engine, clients=40, seed=3, today=TODAY)
    first = tmp_path / "first.xlsx"
    exported = source.export_xlsx(first)
    source.close()

    target = Desk.open(f"sqlite:///{tmp_path / 'b.sqlite3'}", today=TODAY)
    report = target.import_xlsx(first)
    assert report.problems == []
    for name in COMPARED:
        assert report[name] == exported[name]
    second = tmp_path / "second.xlsx"
    target.export_xlsx(second)
    again = target.import_xlsx(first)
    target.close()

    for name in COMPARED:
        assert _sheet(second, name) == _sheet(first, name), name
    assert sum(again.created.values()) == 0
    assert again.matched["Invoices"] == exported["Invoices"]
