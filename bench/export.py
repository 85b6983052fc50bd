"""Excel export: rows/s and peak memory of our streaming writer beside openpyxl's
write-only mode (and xlsxwriter's constant-memory mode when it is importable), writing
the same 1,000,000 rows of 10 columns in the same run; then the whole-database export
of the demo database.

    .venv/bin/python bench/export.py [--rows N] [--clients N] [--skip-openpyxl]

Each measurement runs in its own process so its peak memory is its own: VmHWM of
/proc/self/status (the whole process, the interpreter included). Not ru_maxrss: Linux
carries a parent's peak over fork and exec into the child's ru_maxrss, so a child of the
process that just built the demo database reported that process's 167 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from common import CLIENTS, OUT, ROOT, TODAY, bench_db, memory_mb

ROWS = 1_000_000


def rows(count: int):
    """10 columns: id, account, name, email, two dates, two amounts, an int, a status."""
    start = date(2024, 1, 1)
    statuses = ("active", "expired", "paused", "=not a formula")
    for n in range(count):
        yield (n, f"AD-{n:06d}", f"Client number {n} é", f"client{n}@example.com", start + timedelta(days=n % 900),
               start + timedelta(days=n % 700), Decimal(n % 100000) / 100, Decimal(4900 + n % 7), n % 28,
               statuses[n % 4])


def _columns():
    from app.excel.sheets import ColumnSpec

    kinds = ("int", "text", "text", "text", "date", "date", "money", "money", "int", "text")
    return [ColumnSpec(f"c{i}", f"Column {i}", kind) for i, kind in enumerate(kinds)]


def write_ours(path: Path, count: int) -> None:
    from app.excel.writer import XlsxWriter

    with XlsxWriter(path) as book:
        book.write_sheet("Data", _columns(), rows(count))


def write_openpyxl(path: Path, count: int) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Data")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in _columns():
        cell = WriteOnlyCell(sheet, column.title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows(count):
        # Typed like ours: numbers and dates; the number formats are left to openpyxl's defaults.
        sheet.append([float(v) if isinstance(v, Decimal) else v for v in row])
    sheet.auto_filter.ref = f"A1:J{count + 1}"
    book.save(path)


def write_xlsxwriter(path: Path, count: int) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Data")
    bold = book.add_format({"bold": True})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    money = book.add_format({"num_format": "#,##0.00"})
    sheet.write_row(0, 0, [c.title for c in _columns()], bold)
    sheet.freeze_panes(1, 0)
    for r, row in enumerate(rows(count), 1):
        sheet.write_number(r, 0, row[0])
        sheet.write_string(r, 1, row[1])
        sheet.write_string(r, 2, row[2])
        sheet.write_string(r, 3, row[3])
        sheet.write_datetime(r, 4, row[4], day)
        sheet.write_datetime(r, 5, row[5], day)
        sheet.write_number(r, 6, float(row[6]), money)
        sheet.write_number(r, 7, float(row[7]), money)
        sheet.write_number(r, 8, row[8])
        sheet.write_string(r, 9, row[9])
    sheet.autofilter(0, 0, count, 9)
    book.close()


def whole_export(db: Path, target: Path) -> dict:
    from app.desk import Desk

    with Desk.open(f"sqlite:///{db}", today=TODAY) as desk:
        report = desk.export_xlsx(target)
        return {"rows": sum(report.values()), "sheets": report.sheets}


def child(kind: str, count: int, db: str | None) -> None:
    sys.path.insert(0, str(ROOT))
    path = OUT / f"export-{kind}.xlsx"
    started = time.perf_counter()
    extra: dict = {}
    if kind == "whole":
        assert db is not None
        extra = whole_export(Path(db), path)
        count = extra["rows"]
    else:
        {"ours": write_ours, "openpyxl": write_openpyxl, "xlsxwriter": write_xlsxwriter}[kind](path, count)
    elapsed = time.perf_counter() - started
    peak = peak_mb()
    print(json.dumps({"kind": kind, "rows": count, "seconds": elapsed, "rows_per_s": count / elapsed,
                      "peak_mb": peak, "file_mb": path.stat().st_size / 1e6, **extra}))
    path.unlink()


def peak_mb() -> float:
    return memory_mb("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux (bytes on macOS)


def measure(kind: str, count: int, db: Path | None = None) -> dict:
    command = [sys.executable, __file__, "--child", kind, "--rows", str(count)]
    if db is not None:
        command += ["--db", str(db)]
    out = subprocess.run(command, check=True, capture_output=True, text=True, env={**os.environ}).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--clients", type=int, default=CLIENTS)
    parser.add_argument("--skip-openpyxl", action="store_true")
    parser.add_argument("--skip-whole", action="store_true")
    parser.add_argument("--child")
    parser.add_argument("--db")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.rows, args.db)
        return
    OUT.mkdir(parents=True, exist_ok=True)
    kinds = ["ours"] + ([] if args.skip_openpyxl else ["openpyxl"])
    try:
        import xlsxwriter  # noqa: F401
        kinds.append("xlsxwriter")
    except ImportError:
        print("xlsxwriter not installed: not measured")
    results = {kind: measure(kind, args.rows) for kind in kinds}
    for kind, r in results.items():
        print(f"{kind:>10}: {r['rows']:,} rows x 10 columns in {r['seconds']:.1f} s = {r['rows_per_s']:,.0f} rows/s, "
              f"peak {r['peak_mb']:.0f} MB, file {r['file_mb']:.0f} MB")
    if "openpyxl" in results:
        print(f"ours / openpyxl write-only: {results['ours']['rows_per_s'] / results['openpyxl']['rows_per_s']:.1f}x")
    if not args.skip_whole:
        db, built = bench_db(args.clients)
        if built is not None:
            print(f"built the {args.clients:,}-client demo in {built:.0f} s")
        r = measure("whole", 0, db)
        print(f"whole database ({args.clients:,} clients): {r['rows']:,} rows in {r['seconds']:.1f} s = "
              f"{r['rows_per_s']:,.0f} rows/s, peak {r['peak_mb']:.0f} MB, file {r['file_mb']:.0f} MB")
        print("  sheets: " + ", ".join(f"{name} {count:,}" for name, count in r["sheets"]))


if __name__ == "__main__":
    main()
