"""Hostile import files, each generated cheaply by hand (the sheet XML written straight
into a zip), so no test depends on a file it did not make."""

from __future__ import annotations

import zipfile
from pathlib import Path

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/xl/workbook.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                 '<Override PartName="/xl/worksheets/sheet1.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                 '</Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'officeDocument" Target="xl/workbook.xml"/></Relationships>')
BOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def workbook_xml(sheet: str = "Clients", state: str | None = None, prolog: str = "") -> str:
    extra = f' state="{state}"' if state else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<workbook {NS} {REL_NS}><sheets>'
            f'<sheet name="{sheet}" sheetId="1" r:id="rId1"{extra}/></sheets></workbook>')


def write_package(path: Path, sheet_xml_chunks, *, book: str | None = None) -> Path:
    """A minimal .xlsx whose one sheet's XML is streamed from `sheet_xml_chunks` (bytes)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", book or workbook_xml())
        z.writestr("xl/_rels/workbook.xml.rels", BOOK_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for chunk in sheet_xml_chunks:
                sheet.write(chunk)
    return path


def sheet_rows(rows: list[list[str]], *, dimension: str | None = None, extra: str = "") -> list[bytes]:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    body = "".join(f'<row r="{n}">' + "".join(f'<c t="inlineStr"><is><t>{v}</t></is></c>' for v in row) + "</row>"
                   for n, row in enumerate(rows, start=1))
    return [f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}>{dim}<sheetData>{body}</sheetData>{extra}'
            "</worksheet>".encode()]


def million_rows(path: Path, *, declare: bool) -> Path:
    """1,000,000 data rows; `declare` puts the true <dimension> up front (else none at all)."""
    def chunks():
        dim = '<dimension ref="A1:B1000001"/>' if declare else ""
        yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}>{dim}<sheetData>'.encode()
        yield b'<row r="1"><c t="inlineStr"><is><t>Account number</t></is></c>' \
              b'<c t="inlineStr"><is><t>Name</t></is></c></row>'
        batch = []
        for n in range(2, 1_000_002):
            batch.append(f'<row r="{n}"><c t="inlineStr"><is><t>AC{n}</t></is></c>'
                         f'<c t="inlineStr"><is><t>Client {n}</t></is></c></row>')
            if len(batch) == 20_000:
                yield "".join(batch).encode()
                batch.clear()
        yield ("".join(batch) + "</sheetData></worksheet>").encode()
    return write_package(path, chunks())


def zip_bomb(path: Path, megabytes: int) -> Path:
    """A sheet of `megabytes` MB of blanks: tiny compressed, huge inflated."""
    def chunks():
        yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>'.encode()
        block = b" " * (1024 * 1024)
        for _ in range(megabytes):
            yield block
        yield b"</sheetData></worksheet>"
    return write_package(path, chunks())


BILLION_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                            for i in range(1, 10))
                  + "]>")


def xml_bomb(path: Path, *, in_workbook: bool = True) -> Path:
    """The billion laughs, in the sheet and (unless told otherwise) the workbook part."""
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?>{BILLION_LAUGHS}<worksheet {NS}><sheetData><row r="1">'
             '<c t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>').encode()
    return write_package(path, [sheet], book=workbook_xml(prolog=BILLION_LAUGHS if in_workbook else ""))


def formula(path: Path) -> Path:
    return write_package(path, [(f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>'
                                 '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>'
                                 '<row r="2"><c r="A2"><f>HYPERLINK("http://x","y")</f><v>0</v></c></row>'
                                 '</sheetData></worksheet>').encode()])


def merged(path: Path) -> Path:
    return write_package(path, sheet_rows([["Account number", "Name"], ["A1", "Acme"]],
                                          extra='<mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells>'))


def hidden(path: Path) -> Path:
    return write_package(path, sheet_rows([["Account number", "Name"], ["A1", "Acme"]]),
                         book=workbook_xml(state="hidden"))


def not_workbook(path: Path) -> Path:
    path.write_bytes(b"Account number,Name\nA1,Acme\n")
    return path


def old_xls(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096)
    return path


def broken_csv(path: Path) -> Path:
    """UTF-8 with accents and Chinese, and one byte of another encoding in the middle."""
    path.write_bytes("Société;Email\nÉcole du Lac;a@b.example\n".encode()
                     + b"Caf\xe9 de la Gare;c@d.example\n" + "上海云海;e@f.example\n".encode())
    return path


CASES = {
    "not_workbook": (not_workbook, "import_not_workbook", ".xlsx"),
    "old_xls": (old_xls, "import_old_xls", ".xlsx"),
    "zip_bomb_ratio": (lambda p: zip_bomb(p, 200), "import_zip_bomb", ".xlsx"),
    "zip_bomb_size": (lambda p: zip_bomb(p, 600), "import_zip_bomb", ".xlsx"),
    "xml_bomb": (xml_bomb, "import_xml_entities", ".xlsx"),
    "xml_bomb_in_sheet_only": (lambda p: xml_bomb(p, in_workbook=False), "import_xml_entities", ".xlsx"),
    "million_rows_declared": (lambda p: million_rows(p, declare=True), "import_too_many_rows", ".xlsx"),
    "million_rows_undeclared": (lambda p: million_rows(p, declare=False), "import_too_many_rows", ".xlsx"),
    "formula": (formula, "import_formula", ".xlsx"),
    "merged": (merged, "import_merged_cells", ".xlsx"),
    "hidden": (hidden, "import_hidden_sheet", ".xlsx"),
    "broken_csv": (broken_csv, "import_csv_encoding", ".csv"),
}
