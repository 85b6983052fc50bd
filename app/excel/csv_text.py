"""Reading a CSV from another program: its encoding and delimiter are guessed.

Encoding, in order: a BOM (UTF-8, UTF-16) decides; NUL bytes in alternate places mean
UTF-16 without a BOM; strict UTF-8 next; a file with valid UTF-8 sequences that still
fails UTF-8 is *broken* (two encodings mixed, or a truncated copy) and refused, since
any single-byte guess would silently garble its accents; otherwise Windows-1252 (the
usual export of Western spreadsheet programs), and Latin-1 where cp1252 has holes.
Text that still holds control characters after decoding is refused too.

Delimiter: `csv.Sniffer` over , ; tab |, falling back to the one that splits the
header line into the most columns. Pure: bytes in, rows out; no database, no Qt.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from app.errors import RuleViolation
from app.excel.guarded import MAX_COLUMNS, MAX_ROWS

MAX_CSV_BYTES = 100 * 1024 * 1024
DELIMITERS = ",;\t|"
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class CsvText:
    encoding: str
    delimiter: str
    rows: list[tuple[str, ...]]


def _refuse(code: str, path: Path, **params: object) -> RuleViolation:
    return RuleViolation(code, file=path.name, **params)


def line_of(raw: bytes, offset: int) -> int:
    return raw.count(b"\n", 0, offset) + 1


def decode(raw: bytes, path: Path) -> tuple[str, str]:
    """(text, encoding name); RuleViolation "import_csv_encoding" when broken."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return _strict(raw[3:], "utf-8", path, offset=3), "UTF-8 (BOM)"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(raw, "utf-16", path), "UTF-16"
    if b"\x00" in raw[:4096]:
        sample = raw[:4096]
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > len(sample) // 4 and even == 0:
            return _strict(raw, "utf-16-le", path), "UTF-16 LE"
        if even > len(sample) // 4 and odd == 0:
            return _strict(raw, "utf-16-be", path), "UTF-16 BE"
        raise _refuse("import_csv_binary", path)
    try:
        text = raw.decode("utf-8")
        encoding = "UTF-8"
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(raw):
            raise _refuse("import_csv_encoding", path, line=line_of(raw, exc.start), encoding="UTF-8") from exc
        try:
            text, encoding = raw.decode("cp1252"), "Windows-1252"
        except UnicodeDecodeError:
            text, encoding = raw.decode("latin-1"), "Latin-1"
    bad = _CONTROL.search(text)
    if bad is not None:
        raise _refuse("import_csv_encoding", path, line=text.count("\n", 0, bad.start()) + 1, encoding=encoding)
    return text, encoding


def _strict(raw: bytes, codec: str, path: Path, offset: int = 0) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise _refuse("import_csv_encoding", path, line=line_of(raw, exc.start + offset),
                      encoding=codec.upper()) from exc


def guess_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:50])
    try:
        found = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
        if found in DELIMITERS:
            return found
    except csv.Error:
        pass
    header = text.splitlines()[0] if text else ""
    return max(DELIMITERS, key=lambda d: len(next(csv.reader([header], delimiter=d), [])))


def read_csv(path: str | Path) -> CsvText:
    path = Path(path)
    if not path.is_file():
        raise _refuse("import_no_file", path)
    if path.stat().st_size > MAX_CSV_BYTES:
        raise _refuse("import_too_big", path, megabytes=MAX_CSV_BYTES // (1024 * 1024))
    text, encoding = decode(path.read_bytes(), path)
    delimiter = guess_delimiter(text)
    rows: list[tuple[str, ...]] = []
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        if len(rows) >= MAX_ROWS:
            raise _refuse("import_too_many_rows", path, sheet=path.stem, limit=MAX_ROWS - 1)
        while row and not row[-1].strip():
            row.pop()
        if len(row) > MAX_COLUMNS:
            raise _refuse("import_too_many_columns", path, sheet=path.stem, limit=MAX_COLUMNS)
        rows.append(tuple(row))
    return CsvText(encoding, delimiter, rows)
