"""One table from a foreign file, CSV or workbook, read through the guards.

A workbook gives its first sheet; a CSV its guessed encoding and delimiter. The header
is the first non-empty row; headers are made unique ("Phone", "Phone (2)") and an
empty one is named after its column letter, so each source column has one key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import RuleViolation
from app.excel import csv_text, guarded

CSV_SUFFIXES = (".csv", ".txt", ".tsv")


@dataclass(frozen=True)
class Table:
    path: Path
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]  # data rows, each padded to the headers' length
    first_row: int  # the file's row number of rows[0] (the header is the row before)
    description: str  # "UTF-8, delimiter ;" or "sheet Clients"

    def column(self, header: str) -> list[Any]:
        index = self.headers.index(header)
        return [row[index] for row in self.rows]

    def samples(self, header: str, n: int = 3) -> list[str]:
        found = []
        for value in self.column(header):
            if value not in (None, "") and str(value).strip():
                found.append(str(value).strip())
                if len(found) == n:
                    break
        return found


def read_table(path: str | Path) -> Table:
    """The table of `path`; RuleViolation (a sentence) for hostile or empty files."""
    path = Path(path)
    if path.suffix.lower() in CSV_SUFFIXES:
        text = csv_text.read_csv(path)
        delimiter = {"\t": "tab"}.get(text.delimiter, text.delimiter)
        return _table(path, list(text.rows), f"{text.encoding}, delimiter {delimiter}")
    info = guarded.inspect_xlsx(path)
    sheet = info.sheets[0]
    return _table(path, list(guarded.read_rows(info, sheet.name)), f"sheet {sheet.name}")


def _table(path: Path, rows: list[tuple[Any, ...]], description: str) -> Table:
    start = 0
    while start < len(rows) and not any(_filled(v) for v in rows[start]):
        start += 1
    if start >= len(rows) - 1:
        raise RuleViolation("import_empty", file=path.name)
    raw_headers = rows[start]
    width = max(len(r) for r in rows[start:])
    headers = unique_headers([raw_headers[i] if i < len(raw_headers) else None for i in range(width)])
    data = []
    for row in rows[start + 1:]:
        data.append(tuple(row) + (None,) * (width - len(row)))
    return Table(path, tuple(headers), tuple(data), start + 2, description)


def _filled(value: Any) -> bool:
    return value is not None and str(value).strip() != ""


def unique_headers(raw: list[Any]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    for index, value in enumerate(raw, start=1):
        header = str(value).strip() if _filled(value) else f"Column {guarded.column_letter(index)}"
        count = seen.get(header.lower(), 0) + 1
        seen[header.lower()] = count
        result.append(header if count == 1 else f"{header} ({count})")
    return result
