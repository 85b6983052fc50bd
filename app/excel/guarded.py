"""A guarded reader for .xlsx files: checked before openpyxl opens them.

openpyxl trusts what a file declares: it inflates whatever the zip holds, parses XML
with the standard library (no defusedxml here: we refuse DTDs ourselves, so no new
dependency), and reads every row. An import file comes from outside, so before
openpyxl sees it `inspect_xlsx` checks, reading at most a bounded number of bytes:

- it is a zip at all (an old .xls or a renamed file gets its own sentence);
- entry count, total uncompressed size and each entry's compression ratio (zip bomb);
  the zip module itself stops inflating an entry at its declared size, so a lying
  size table yields a CRC error, never unbounded output;
- no XML part declares a DOCTYPE or an ENTITY (billion laughs, external entities):
  a DTD can only sit in the prolog, so only the prolog of each part is read;
- each sheet's declared dimension and, streaming its XML, its real row count stop at
  `MAX_ROWS` (a million-row sheet is refused after reading ~MAX_ROWS rows of XML);
- formulas are refused (an import takes values; a formula's cached result may be
  stale or absent, and its text is not data): "paste values" is the way out;
- merged cells are refused (their value sits in one cell, the others read empty,
  which would silently import blanks);
- hidden sheets are refused (data nobody sees would be imported unseen).

Then `read_rows` streams the rows with openpyxl in read-only mode, still counting.
Pure I/O on one file: no database, no Qt. Every refusal is a `RuleViolation` whose
sentence names the file and says what to do.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from app.errors import RuleViolation

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ENTRIES = 1000
MAX_UNCOMPRESSED = 400 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_ROWS = 200_000  # per sheet, header included
MAX_COLUMNS = 200
PROLOG_BYTES = 64 * 1024
CHUNK = 1024 * 1024
KEEP = 256  # bytes carried between chunks so a tag split across them is still seen

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"

_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CELL_REF = re.compile(rb'<(?:\w+:)?c\s[^>]*?r="([A-Z]+[0-9]+)"')
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s[^>]*?ref="([A-Z0-9:]+)"')
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s[^>]*?ref="([A-Z0-9:]+)"')
_DTD = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


@dataclass(frozen=True)
class SheetInfo:
    name: str
    part: str  # the zip entry of its XML
    rows: int  # rows counted in its XML (header included)


@dataclass(frozen=True)
class WorkbookInfo:
    path: Path
    sheets: tuple[SheetInfo, ...]


def refuse(code: str, path: Path, **params: Any) -> RuleViolation:
    return RuleViolation(code, file=path.name, **params)


def inspect_xlsx(path: str | Path) -> WorkbookInfo:
    """Checks `path` as described in the module docstring; RuleViolation on the first problem."""
    path = Path(path)
    if not path.is_file():
        raise refuse("import_no_file", path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise refuse("import_too_big", path, megabytes=MAX_FILE_BYTES // (1024 * 1024))
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(_OLE_MAGIC):
        raise refuse("import_old_xls", path)
    if not zipfile.is_zipfile(path):
        raise refuse("import_not_workbook", path)
    try:
        with zipfile.ZipFile(path) as archive:
            return _inspect_archive(path, archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, NotImplementedError, zlib.error) as exc:
        raise refuse("import_damaged", path, detail=str(exc)) from exc


def _inspect_archive(path: Path, archive: zipfile.ZipFile) -> WorkbookInfo:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise refuse("import_too_many_parts", path, n=len(entries), limit=MAX_ENTRIES)
    total = sum(e.file_size for e in entries)
    if total > MAX_UNCOMPRESSED:
        raise refuse("import_zip_bomb", path, megabytes=total // (1024 * 1024))
    for entry in entries:
        if entry.file_size > RATIO_FLOOR and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            raise refuse("import_zip_bomb", path, megabytes=total // (1024 * 1024))
    names = {e.filename for e in entries}
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise refuse("import_not_workbook", path)
    for entry in entries:
        if entry.filename.endswith((".xml", ".rels", ".vml")):
            _check_prolog(path, archive, entry.filename)
    sheets = _sheets(path, archive, names)
    return WorkbookInfo(path, tuple(_scan_sheet(path, archive, name, part) for name, part in sheets))


def sheet_names(path: str | Path) -> list[str]:
    """The sheet names of a workbook, cheaply (its workbook part only, checked like the
    rest), to choose between the template import and the mapping of a foreign file.
    RuleViolation as `inspect_xlsx` for a file that is not a sound workbook."""
    path = Path(path)
    if not path.is_file():
        raise refuse("import_no_file", path)
    if not zipfile.is_zipfile(path):
        raise refuse("import_not_workbook", path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = {e.filename for e in archive.infolist()}
            if "xl/workbook.xml" not in names or archive.getinfo("xl/workbook.xml").file_size > RATIO_FLOOR:
                raise refuse("import_not_workbook", path)
            _check_prolog(path, archive, "xl/workbook.xml")
            return [name for name, _ in _sheets(path, archive, names)]
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error) as exc:
        raise refuse("import_damaged", path, detail=str(exc)) from exc


def _check_prolog(path: Path, archive: zipfile.ZipFile, part: str) -> None:
    """Refuses a DTD: it can only stand before the root element, so the prolog is enough."""
    with archive.open(part) as stream:
        raw = stream.read(PROLOG_BYTES)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", errors="replace")
    elif raw[:2] in (b"<\x00", b"\x00<"):
        text = raw.decode("utf-16-le" if raw[0] == 0x3C else "utf-16-be", errors="replace")
    else:
        text = raw.decode("utf-8", errors="replace")
    root = re.search(r"<[A-Za-z_]", text)
    prolog = text if root is None else text[:root.start()]
    if _DTD.search(prolog):
        raise refuse("import_xml_entities", path, part=part)
    if root is None and len(raw) == PROLOG_BYTES:
        raise refuse("import_damaged", path, detail=f"{part} has no content in its first 64 KB")


def _sheets(path: Path, archive: zipfile.ZipFile, names: set[str]) -> list[tuple[str, str]]:
    """(sheet name, worksheet part) in workbook order; hidden sheets refused."""
    try:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels_xml = archive.read("xl/_rels/workbook.xml.rels") if "xl/_rels/workbook.xml.rels" in names else b"<r/>"
        rels = ElementTree.fromstring(rels_xml)
    except ElementTree.ParseError as exc:
        raise refuse("import_damaged", path, detail=str(exc)) from exc
    targets = {}
    for rel in rels.iter(f"{_NS_PKG}Relationship"):
        target = rel.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        targets[rel.get("Id")] = target
    result = []
    for sheet in book.iter(f"{_NS_MAIN}sheet"):
        name = sheet.get("name", "")
        if sheet.get("state", "visible") != "visible":
            raise refuse("import_hidden_sheet", path, sheet=name)
        part = targets.get(sheet.get(f"{_NS_REL}id"))
        if part is None or part not in names:
            raise refuse("import_damaged", path, detail=f"sheet {name!r} has no data part")
        result.append((name, part))
    if not result:
        raise refuse("import_not_workbook", path)
    return result


def _scan_sheet(path: Path, archive: zipfile.ZipFile, name: str, part: str) -> SheetInfo:
    """Counts rows and looks for formulas and merged cells, streaming the sheet's XML."""
    rows = 0
    checked_dimension = False
    with archive.open(part) as stream:
        tail = b""
        while True:
            chunk = stream.read(CHUNK)
            final = not chunk
            buffer = tail + chunk
            limit = len(buffer) if final else max(len(buffer) - KEEP, 0)
            if not checked_dimension:
                found = _DIMENSION.search(buffer)
                if found is not None or final or b"<sheetData" in buffer:
                    checked_dimension = True
                    if found is not None:
                        _check_dimension(path, name, found.group(1).decode())
            rows += sum(1 for m in _ROW.finditer(buffer) if m.start() < limit)
            if rows > MAX_ROWS:
                raise refuse("import_too_many_rows", path, sheet=name, limit=MAX_ROWS - 1)
            formula = _FORMULA.search(buffer)
            if formula is not None:
                refs = _CELL_REF.findall(buffer, 0, formula.start())
                raise refuse("import_formula", path, sheet=name, cell=refs[-1].decode() if refs else "?")
            merged = _MERGE.search(buffer)
            if merged is not None:
                raise refuse("import_merged_cells", path, sheet=name, cells=merged.group(1).decode())
            if final:
                break
            tail = buffer[limit:]
    return SheetInfo(name, part, rows)


def _check_dimension(path: Path, sheet: str, ref: str) -> None:
    last = ref.split(":")[-1]
    letters = "".join(ch for ch in last if ch.isalpha())
    digits = "".join(ch for ch in last if ch.isdigit())
    if digits and int(digits) > MAX_ROWS:
        raise refuse("import_too_many_rows", path, sheet=sheet, limit=MAX_ROWS - 1)
    if letters and column_number(letters) > MAX_COLUMNS:
        raise refuse("import_too_many_columns", path, sheet=sheet, limit=MAX_COLUMNS)


def column_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def column_letter(n: int) -> str:
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class OpenedWorkbook:
    """An inspected workbook opened for reading rows, sheet by sheet, with openpyxl's
    streaming sheet parser. `openpyxl.load_workbook(read_only=True)` is not used: when
    a sheet has no <dimension> (streaming writers, ours included, leave it out) it
    parses every sheet in full just to size it, on every load. Use as a context manager."""

    def __init__(self, info: WorkbookInfo) -> None:
        from openpyxl.reader.excel import ExcelReader
        from openpyxl.styles.stylesheet import apply_stylesheet

        self.info = info
        self._reader = ExcelReader(str(info.path), read_only=True, data_only=False)
        try:
            self._reader.read_manifest()
            self._reader.read_strings()
            self._reader.read_workbook()
            apply_stylesheet(self._reader.archive, self._reader.wb)
        except Exception as exc:  # noqa: BLE001 - any parse failure of a checked file: damaged
            self.close()
            raise refuse("import_damaged", info.path, detail=str(exc)[:200]) from exc

    def __enter__(self) -> OpenedWorkbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._reader.archive.close()

    def rows(self, sheet: str) -> Iterator[tuple[Any, ...]]:
        """The rows of `sheet` as value tuples (trailing empty cells dropped; a row missing
        from the XML comes as an empty tuple). Still bounded: refuses past MAX_ROWS rows or
        MAX_COLUMNS columns even if the scan was somehow fooled."""
        from openpyxl.worksheet._reader import WorkSheetParser

        part = next(s.part for s in self.info.sheets if s.name == sheet)
        wb = self._reader.wb
        expected = 1
        with self._reader.archive.open(part) as source:
            parser = WorkSheetParser(source, self._reader.shared_strings, data_only=False, epoch=wb.epoch,
                                     date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
            try:
                for index, cells in parser.parse():
                    if index > MAX_ROWS:
                        raise refuse("import_too_many_rows", self.info.path, sheet=sheet, limit=MAX_ROWS - 1)
                    while expected < index:
                        expected += 1
                        yield ()
                    expected = index + 1
                    width = max((c["column"] for c in cells), default=0)
                    if width > MAX_COLUMNS:
                        raise refuse("import_too_many_columns", self.info.path, sheet=sheet, limit=MAX_COLUMNS)
                    values: list[Any] = [None] * width
                    for cell in cells:
                        values[cell["column"] - 1] = cell["value"]
                    while values and values[-1] in (None, ""):
                        values.pop()
                    yield tuple(values)
            except ElementTree.ParseError as exc:
                raise refuse("import_damaged", self.info.path, detail=str(exc)) from exc


def read_rows(info: WorkbookInfo, sheet: str) -> Iterator[tuple[Any, ...]]:
    """The rows of one sheet (see `OpenedWorkbook.rows`)."""
    with OpenedWorkbook(info) as book:
        yield from book.rows(sheet)
