"""The streaming .xlsx writer, read back with openpyxl and LibreOffice (DESIGN.md §14)."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from app.excel.sheets import ColumnSpec
from app.excel.writer import MAX_DATA_ROWS, XlsxWriter

FORMULA_LIKE = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\t=1+1"]
COLUMNS = [ColumnSpec("text", "Text", width=30), ColumnSpec("day", "Day", "date"), ColumnSpec("amount", "Amount", "money"),
           ColumnSpec("count", "Count", "int"), ColumnSpec("flag", "Flag", "bool"),
           ColumnSpec("at", "At", "datetime")]


def write(path, rows, *, max_rows=MAX_DATA_ROWS, columns=COLUMNS, **options):
    with XlsxWriter(path, max_rows=max_rows) as book:
        book.write_sheet("Data", columns, rows, **options)
    return book


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir())


def test_cells_read_back_typed_under_a_bold_frozen_filtered_header(tmp_path):
    path = tmp_path / "out.xlsx"
    write(path, [("Café 中文", date(2026, 1, 31), Decimal("1234.50"), 3, True, datetime(2026, 1, 2, 3, 4)),
                 (None, None, None, None, False, None)], titles={"text": "Texte"})
    sheet = openpyxl.load_workbook(path)["Data"]
    assert [c.value for c in sheet[1]] == ["Texte", "Day", "Amount", "Count", "Flag", "At"]
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:F3"
    assert sheet.column_dimensions["A"].width == 30
    text, day, amount, count, flag, at = sheet[2]
    assert text.value == "Café 中文" and text.data_type == "s"
    assert day.value == datetime(2026, 1, 31) and day.is_date and day.number_format == "yyyy-mm-dd"
    assert amount.value == 1234.5 and amount.data_type == "n" and amount.number_format == "#,##0.00;-#,##0.00"
    assert count.value == 3 and flag.value is True and at.value == datetime(2026, 1, 2, 3, 4)
    assert [c.value for c in sheet[3]] == [None, None, None, None, False, None]


def test_formula_looking_text_reads_back_as_strings_not_formulas(tmp_path):
    path = tmp_path / "out.xlsx"
    write(path, [(text, None, None, None, None, None) for text in FORMULA_LIKE])
    sheet = openpyxl.load_workbook(path)["Data"]  # not data_only: a formula would read back as "=..." type f
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert [c.value for c in cells] == FORMULA_LIKE
    assert {c.data_type for c in cells} == {"s"}
    assert all(c.quotePrefix for c in cells)


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
def test_formula_looking_text_reads_back_as_strings_in_libreoffice(tmp_path):
    path = tmp_path / "out.xlsx"
    write(path, [(text, date(2026, 1, 31), Decimal("1234.50"), 1, True, None) for text in FORMULA_LIKE])
    profile = tmp_path / "lo-profile"
    # Filter options: comma, double quote, UTF-8, ..., the 9th token saves numbers as shown (their format).
    as_shown = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", as_shown,
                    "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=120)
    with open(tmp_path / "out.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Text", "Day", "Amount", "Count", "Flag", "At"]
    assert [r[0] for r in rows[1:]] == FORMULA_LIKE  # the text itself, never a computed value
    assert rows[1][1:5] == ["2026-01-31", "1,234.50", "1", "TRUE"]


def test_rows_past_the_limit_continue_on_next_sheets_with_the_same_header(tmp_path):
    path = tmp_path / "out.xlsx"
    book = write(path, [(f"row {n}", None, None, n, None, None) for n in range(7)], max_rows=3)
    assert [(name, rows) for name, rows, _ in book.sheets] == [("Data", 3), ("Data (2)", 3), ("Data (3)", 1)]
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Data", "Data (2)", "Data (3)"]
    counts = []
    for sheet in workbook:
        assert [c.value for c in sheet[1]] == [c.title for c in COLUMNS]
        assert sheet.freeze_panes == "A2"
        counts += [row[3] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert counts == list(range(7))


def test_exactly_the_limit_makes_no_empty_continuation_sheet(tmp_path):
    book = write(tmp_path / "out.xlsx", [("x", None, None, 1, None, None)] * 3, max_rows=3)
    assert [name for name, _, _ in book.sheets] == ["Data"]


def test_the_real_limit_is_excels_last_row_less_the_header():
    assert MAX_DATA_ROWS == 1_048_575
    assert MAX_DATA_ROWS + 1 == 2 ** 20  # Excel's 1,048,576 rows


def _failing_rows():
    for n in range(5000):
        yield (f"row {n}", None, None, n, None, None)
    raise RuntimeError("the database went away")


def test_a_failed_export_leaves_no_file_and_no_temporary_file(tmp_path):
    with pytest.raises(RuntimeError):
        write(tmp_path / "out.xlsx", _failing_rows())
    assert leftovers(tmp_path) == []


def test_a_failed_export_keeps_the_previous_file_intact(tmp_path):
    path = tmp_path / "out.xlsx"
    write(path, [("old", None, None, 1, None, None)])
    before = path.read_bytes()

    def stop(done):
        raise KeyboardInterrupt  # any exception, even one that is not an Exception

    with pytest.raises(KeyboardInterrupt):
        write(path, ((f"r{n}", None, None, n, None, None) for n in range(10000)), on_rows=stop)
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == ["out.xlsx"]


def test_an_unwritable_folder_fails_before_writing(tmp_path):
    with pytest.raises(FileNotFoundError):
        write(tmp_path / "missing" / "out.xlsx", [])
    assert leftovers(tmp_path) == []


def test_rows_are_streamed_not_collected(tmp_path):
    """The writer pulls rows one by one: progress is reported while rows are still coming."""
    seen = []

    def rows():
        for n in range(10000):
            yield (str(n), None, None, n, None, None)

    write(tmp_path / "out.xlsx", rows(), on_rows=seen.append)
    assert seen[0] < 10000 and seen[-1] == 10000
    assert os.path.getsize(tmp_path / "out.xlsx") > 0


def test_a_view_exports_to_csv_or_xlsx_by_the_file_name(tmp_path):
    from app.services.exports import export_view

    columns = [ColumnSpec("name", "Name"), ColumnSpec("price", "Price", "money")]
    rows = [("Café", Decimal("1.50")), ("=1+1", Decimal("-2"))]
    report = export_view(tmp_path / "v.csv", columns, rows, title="Clients", titles={"name": "名称"})
    assert report == {"Clients": 2}
    assert (tmp_path / "v.csv").read_text(encoding="utf-8-sig").splitlines() == [
        "名称,Price", "Café,1.50", "'=1+1,-2"]
    report = export_view(tmp_path / "v.xlsx", columns, rows, title="Clients: active/2026")
    assert openpyxl.load_workbook(tmp_path / "v.xlsx").sheetnames == ["Clients  active 2026"]


def test_memory_stays_flat_whatever_the_row_count(tmp_path):
    import tracemalloc

    def peak(count):
        rows = ((f"row {n}", date(2026, 1, 1), Decimal(n), n, True, None) for n in range(count))
        tracemalloc.start()
        try:
            write(tmp_path / f"{count}.xlsx", rows)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak(2_000), peak(20_000)
    assert large < 4 * 1024 * 1024  # bytes: a few chunks, never the rows
    assert large < small * 2
