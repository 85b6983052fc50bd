"""A small streaming .xlsx writer: flat memory whatever the row count (DESIGN.md §14).

Why our own: bench/export.py writes 1,000,000 rows of 10 columns with it and with
openpyxl's write-only mode in the same run; see the README for the figures. openpyxl
builds an object per cell and xlsxwriter's constant-memory mode still goes through a
generic cell API; this writer turns a row into its XML with one precompiled function
per column and streams it into the zip entry, never holding more than one chunk.

What every workbook looks like: inline-string text cells (no shared-string table to
grow in memory, and never a formula: see `cells`), typed dates/money/ints/bools, a
bold frozen header row, an auto-filter over the data, column widths from the spec.
A sheet reaching `max_rows` data rows continues on "<name> (2)" with the same header.

The file is written to a hidden temporary file in the target folder and moved into
place by `os.replace` only when complete: an exception (a failure, `Cancelled`) leaves
neither the target nor the temporary file. An existing target is replaced atomically.

Thread rule: one writer per thread; it touches nothing but its own file.
"""

from __future__ import annotations

import itertools
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from app.excel import cells
from app.excel.sheets import DATE, DATETIME, INT, MONEY, TEXT, ColumnSpec, continuation_name

MAX_DATA_ROWS = 1_048_575  # Excel's 1,048,576 rows less the header
_NONE = object()  # no row left
_FLUSH_ROWS = 512
_TICK_ROWS = 2048
_DEFAULT_WIDTH = {TEXT: 14.0, DATE: 12.0, DATETIME: 17.0, MONEY: 13.0, INT: 10.0}
_NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def column_letter(number: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class XlsxWriter:
    """`with XlsxWriter(path) as book: book.write_sheet(...)`; see the module docstring."""

    def __init__(self, path: str | os.PathLike[str], *, max_rows: int = MAX_DATA_ROWS, compresslevel: int = 1) -> None:
        if max_rows < 1:
            raise ValueError("max_rows must be at least 1")
        self.path = Path(path)
        self.max_rows = max_rows
        self.sheets: list[tuple[str, int, int]] = []  # name, data rows, columns
        self._compresslevel = compresslevel
        self._tmp: str | None = None
        self._file: IO[bytes] | None = None
        self._zip: zipfile.ZipFile | None = None
        self._stream: IO[bytes] | None = None  # the sheet entry being written

    def __enter__(self) -> XlsxWriter:
        fd, self._tmp = tempfile.mkstemp(dir=self.path.parent or ".", prefix=f".{self.path.name}.", suffix=".tmp")
        self._file = os.fdopen(fd, "w+b")
        self._zip = zipfile.ZipFile(self._file, "w", zipfile.ZIP_DEFLATED, compresslevel=self._compresslevel)
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is None:
            try:
                self._finish()
            except BaseException:
                self._discard()
                raise
        else:
            self._discard()

    # --- sheets -----------------------------------------------------------------
    def write_sheet(self, name: str, columns: Sequence[ColumnSpec], rows: Iterable[Sequence[Any]], *,
                    titles: Mapping[str, str] | None = None, widths: Mapping[str, float] | None = None,
                    on_rows: Callable[[int], None] | None = None) -> int:
        """Writes `rows` (one value per column, in order) under a header; returns the row count.

        `titles`/`widths` override the spec's per column key; `on_rows(n)` is called every
        few thousand rows with the rows written so far (it may raise to abort the file).
        """
        header = [(titles or {}).get(c.key, c.title) for c in columns]
        width_list = [(widths or {}).get(c.key) or c.width or _DEFAULT_WIDTH.get(c.type, 10.0) for c in columns]
        encoders = [cells.CELL[c.type] for c in columns]
        iterator = iter(rows)
        total = 0
        part = 1
        while True:
            written, more = self._one_sheet(continuation_name(name, part), header, width_list, encoders, iterator,
                                            total, on_rows)
            total += written
            if more is _NONE:
                return total
            iterator = itertools.chain((more,), iterator)
            part += 1

    def _one_sheet(self, name: str, header: list[str], widths: list[float],
                   encoders: list[Callable[[Any], str]], rows: Any, before: int,
                   on_rows: Callable[[int], None] | None) -> tuple[int, Any]:
        """One sheet of at most `max_rows` rows; returns the count and the first row left over (or _NONE)."""
        assert self._zip is not None, "use the writer as a context manager"
        if any(n.lower() == name.lower() for n, _, _ in self.sheets):
            raise ValueError(f"two sheets named {name!r}")
        number = len(self.sheets) + 1
        last_column = column_letter(max(1, len(header)))
        stream = self._stream = self._zip.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True)
        cols = "".join(f'<col min="{i}" max="{i}" width="{w:.1f}" customWidth="1"/>'
                       for i, w in enumerate(widths, 1))
        head = "".join(f'<c t="inlineStr" s="{cells.STYLE_HEADER}"><is><t xml:space="preserve">'
                       f"{cells.xml_text(t)}</t></is></c>" for t in header)
        stream.write((f"{_XML}<worksheet {_NS}><sheetViews><sheetView workbookViewId=\"0\">"
                      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
                      f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>'
                      f'<row r="1">{head}</row>').encode())
        limit = self.max_rows
        count = 0
        more: Any = _NONE
        chunk: list[str] = []
        pairs = list(enumerate(encoders))
        for row in rows:
            count += 1
            chunk.append(f'<row r="{count + 1}">' + "".join([enc(row[i]) for i, enc in pairs]) + "</row>")
            if count % _FLUSH_ROWS == 0:
                stream.write("".join(chunk).encode())
                chunk.clear()
                if on_rows is not None and count % _TICK_ROWS == 0:
                    on_rows(before + count)
            if count == limit:
                more = next(rows, _NONE)
                break
        if chunk:
            stream.write("".join(chunk).encode())
        stream.write(f'</sheetData><autoFilter ref="A1:{last_column}{count + 1}"/></worksheet>'.encode())
        stream.close()
        self._stream = None
        self.sheets.append((name, count, len(header)))
        if on_rows is not None:
            on_rows(before + count)
        return count, more

    # --- the package ------------------------------------------------------------
    def _finish(self) -> None:
        assert self._zip is not None and self._file is not None and self._tmp is not None
        if not self.sheets:
            raise ValueError("a workbook needs at least one sheet")
        z = self._zip
        sheets = "".join(f'<sheet name="{_attr(n)}" sheetId="{i}" r:id="rId{i}"/>'
                         for i, (n, _, _) in enumerate(self.sheets, 1))
        names = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
            f"{_attr(_quoted(n))}!$A$1:${column_letter(max(1, c))}${r + 1}</definedName>"
            for i, (n, r, c) in enumerate(self.sheets))
        z.writestr("xl/workbook.xml", f'{_XML}<workbook {_NS}><bookViews><workbookView/></bookViews>'
                                      f"<sheets>{sheets}</sheets><definedNames>{names}</definedNames></workbook>")
        rels = "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                       f'relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                       for i in range(1, len(self.sheets) + 1))
        styles_id = len(self.sheets) + 1
        z.writestr("xl/_rels/workbook.xml.rels",
                   f'{_XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
                   f'<Relationship Id="rId{styles_id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships/styles" Target="styles.xml"/></Relationships>')
        z.writestr("xl/styles.xml", STYLES)
        overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
                            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                            for i in range(1, len(self.sheets) + 1))
        z.writestr("[Content_Types].xml", (
            f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            f'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>{overrides}</Types>'))
        z.writestr("_rels/.rels", (
            f'{_XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>'))
        z.close()
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self._tmp, self.path)
        self._tmp = None

    def _discard(self) -> None:
        # The open entry first: a ZipFile refuses to close under it (and retries when collected).
        for closing in (self._stream, self._zip, self._file):
            try:
                if closing is not None:
                    closing.close()
            except Exception:  # noqa: BLE001, S110 - the half-written file is deleted below anyway
                pass
        if self._tmp is not None:
            try:
                os.unlink(self._tmp)
            except FileNotFoundError:
                pass
            self._tmp = None


def _quoted(sheet: str) -> str:
    return "'" + sheet.replace("'", "''") + "'"


STYLES = (
    f'{_XML}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    f'<numFmts count="3"><numFmt numFmtId="164" formatCode="{cells.DATE_FORMAT}"/>'
    f'<numFmt numFmtId="165" formatCode="{cells.DATETIME_FORMAT}"/>'
    f'<numFmt numFmtId="166" formatCode="{cells.MONEY_FORMAT}"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
    '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="6">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'  # STYLE_DEFAULT
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'  # STYLE_HEADER
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'  # STYLE_DATE
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'  # STYLE_DATETIME
    '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'  # STYLE_MONEY
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>'
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
