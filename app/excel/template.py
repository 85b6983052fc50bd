"""The import template (DESIGN.md §14): reading its sheets into typed rows, and writing
an empty one.

The sheets and columns are those of `app.excel.sheets` marked `importable`; a full
export is itself a valid import file (its other sheets are read only where a reference
needs them, e.g. Invoices for Payments, and Staff and Activities with the records
they belong to; the others are ignored). A column is found by its key
(`account_number`) or its English title ("Account number"), in any case; columns the
import does not know are ignored. Continuation sheets ("Clients (2)") join their base.

Reading converts each cell by its column type (dates in several orders, amounts with
either decimal mark, yes/no words: `app.excel.convert`) and reports every cell that
does not convert, and every required cell left empty, as a `Problem` at its sheet, row
and column. Pure over the guarded reader: no database, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.excel import convert, guarded
from app.excel.sheets import (
    BOOL,
    BY_NAME,
    DATE,
    DATETIME,
    INT,
    MONEY,
    SHEETS,
    SheetSpec,
    base_sheet_name,
)

IMPORTABLE: tuple[SheetSpec, ...] = tuple(s for s in SHEETS if s.importable)
# Sheets of a full export read as well: Payments name invoices by id; clients name their
# account managers (Staff); subscriptions bring their activities.
LOOKUP = ("Invoices", "Staff", "Activities")


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int  # the spreadsheet's row number (the header is row 1)
    column: str  # the column's title ("" for the whole row or sheet)
    message: str

    def __str__(self) -> str:
        where = f"{self.sheet}, row {self.row}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class Record:
    sheet: str
    row: int
    values: dict[str, Any]


@dataclass
class ParsedWorkbook:
    path: Path
    records: dict[str, list[Record]] = field(default_factory=dict)  # spec name -> rows
    problems: list[Problem] = field(default_factory=list)


def _header_index(spec: SheetSpec, header: tuple[Any, ...]) -> dict[str, int]:
    names = {}
    for column in spec.columns:
        names[column.key.casefold()] = column.key
        names[column.title.casefold()] = column.key
    found: dict[str, int] = {}
    for index, title in enumerate(header):
        key = names.get(str(title).strip().casefold()) if title is not None else None
        if key is not None and key not in found:
            found[key] = index
    return found


def read_template(path: str | Path, on_rows: Any = None) -> ParsedWorkbook:
    """Every importable sheet's rows, typed; hostile files are refused by the guards first."""
    info = guarded.inspect_xlsx(path)
    parsed = ParsedWorkbook(info.path)
    read = 0
    with guarded.OpenedWorkbook(info) as book:
        for sheet in info.sheets:
            base = base_sheet_name(sheet.name)
            spec = BY_NAME.get(base) or next((s for s in SHEETS if s.name.casefold() == base.casefold()), None)
            if spec is None or not (spec.importable or spec.name in LOOKUP):
                continue
            rows = book.rows(sheet.name)
            header = next(rows, ())
            index = _header_index(spec, header)
            records = parsed.records.setdefault(spec.name, [])
            missing = [c for c in spec.columns if c.required and c.key not in index and c.key != "id"]
            for column in missing:
                parsed.problems.append(Problem(sheet.name, 1, column.title, "This required column is missing."))
            rows_list = list(rows)
            orders = _date_orders(spec, index, rows_list)
            for number, raw in enumerate(rows_list, start=2):
                if not any(v is not None and str(v).strip() for v in raw):
                    continue
                records.append(_record(spec, sheet.name, number, raw, index, orders, parsed.problems, missing))
                read += 1
                if on_rows is not None and read % 1000 == 0:
                    on_rows(read)
    return parsed


def _date_orders(spec: SheetSpec, index: dict[str, int], rows: list[tuple[Any, ...]]) -> dict[str, str]:
    orders = {}
    for column in spec.columns:
        if column.type in (DATE, DATETIME) and column.key in index:
            i = index[column.key]
            orders[column.key] = convert.date_order(r[i] for r in rows if i < len(r))
    return orders


def _record(spec: SheetSpec, sheet: str, number: int, raw: tuple[Any, ...], index: dict[str, int],
            orders: dict[str, str], problems: list[Problem], missing: list[Any]) -> Record:
    values: dict[str, Any] = {}
    for column in spec.columns:
        i = index.get(column.key)
        value = raw[i] if i is not None and i < len(raw) else None
        if convert.text(value) is None:
            values[column.key] = None
            if column.required and column not in missing:
                problems.append(Problem(sheet, number, column.title, "This required cell is empty."))
            continue
        try:
            values[column.key] = typed(column.type, value, orders.get(column.key, "dmy"))
        except ValueError as exc:
            problems.append(Problem(sheet, number, column.title, f"{str(exc)[:1].upper()}{str(exc)[1:]}."))
            values[column.key] = None
    return Record(sheet, number, values)


def typed(kind: str, value: Any, order: str = "dmy") -> Any:
    if kind == DATE:
        return convert.to_date(value, order)
    if kind == DATETIME:
        if isinstance(value, datetime):
            return value
        return datetime.combine(convert.to_date(value, order), datetime.min.time())
    if kind == MONEY:
        return convert.to_amount(value)
    if kind == INT:
        return convert.to_int(value)
    if kind == BOOL:
        return convert.yes_no(value)
    return convert.text(value)


# --- the empty template -----------------------------------------------------------------
NOTES: dict[str, str] = {
    "id": "Your own number for the row; other sheets refer to it (Requests: Contact id). Optional.",
    "account_number": "The client's account number; rows match existing clients on it.",
    "kind": "direct, trial or resold (default direct).",
    "status": "Kept as given where the sheet allows it; empty = active.",
    "language": "en, fr or zh.",
    "trial_end": "Required for a trial client.",
    "reseller_name": "Required for a resold client.",
    "account_manager": "The email of a staff user; empty = you.",
    "role": "primary_admin (the account owner, one per client), admin or user.",
    "seat": "yes or no: holds an active paid seat.",
    "period": "monthly or annual.",
    "billing_day": "1 to 28, monthly plans only; empty = the start date's day.",
    "price": "An amount like 49.90 or 49,90.",
    "contact_id": "The Id of the requesting contact on the Contacts sheet (without that sheet: its id in "
                  "Account Desk, as a one-client export shows it).",
    "subscription_id": "The Id of the subscription on the Subscriptions sheet (without that sheet: its id in "
                       "Account Desk); empty = the whole account.",
    "channel": "email, phone, portal, letter or in_person.",
    "invoice_id": "The Id of the invoice on the Invoices sheet of a full export, or without that sheet its id "
                  "in Account Desk.",
    "last4": "The last four digits only, never a full card number.",
}

EXAMPLES: dict[str, dict[str, Any]] = {
    "Clients": {"id": 1, "account_number": "AD-000001", "name": "Dupont & Fils", "kind": "direct",
                "language": "fr", "email": "contact@dupont.example", "phone": "+33 1 23 45 67 89",
                "created": date(2024, 3, 1)},
    "Contacts": {"id": 1, "account_number": "AD-000001", "name": "Marie Dupont", "email": "marie@dupont.example",
                 "role": "primary_admin", "seat": True, "language": "fr"},
    "Subscriptions": {"id": 1, "account_number": "AD-000001", "participant": "Marie Dupont", "plan": "Pro",
                      "price": 49.9, "period": "monthly", "start": date(2024, 3, 1), "seats": 1},
    "Cards": {"id": 1, "account_number": "AD-000001", "brand": "Visa", "last4": "4242", "exp_month": 8,
              "exp_year": 2030},
    "Requests": {"id": 1, "account_number": "AD-000001", "subscription_id": 1, "contact_id": 1, "channel": "email",
                 "received": date(2026, 11, 2), "message": "Please cancel at the end of the month."},
}


def write_template(path: str | Path) -> list[str]:
    """An empty template: one sheet per importable kind with its header (each title
    carries a note), and a "Read me" sheet with the notes and one example row per sheet.
    Small, so openpyxl writes it (comments need it). Returns the sheet names."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font

    book = Workbook()
    readme = book.active
    readme.title = "Read me"
    readme.append(["Account Desk import template. Fill the sheets below (one row per record) and import "
                   "with File > Import or: accountdesk import FILE --dry-run, then accountdesk import FILE."])
    readme.append(["Bold columns are required. Rows match what is already there (clients on the account "
                   "number, contacts on client and email, subscriptions on client, plan, participant, start "
                   "and period), so importing the same file twice adds nothing."])
    names = []
    for spec in IMPORTABLE:
        columns = list(spec.columns)
        sheet = book.create_sheet(spec.name)
        names.append(spec.name)
        sheet.append([c.title for c in columns])
        for cell, column in zip(sheet[1], columns, strict=True):
            cell.font = Font(bold=column.required)
            note = NOTES.get(column.key, f"{'Required. ' if column.required else ''}{column.type}.")
            cell.comment = Comment(note, "Account Desk")
            sheet.column_dimensions[cell.column_letter].width = max(12, len(column.title) + 4)
        sheet.freeze_panes = "A2"
        readme.append([])
        readme.append([f"Sheet {spec.name}", "column", "required", "type", "note"])
        for column in columns:
            readme.append(["", column.title, "yes" if column.required else "", column.type,
                           NOTES.get(column.key, "")])
        example = EXAMPLES.get(spec.name)
        if example:
            readme.append(["Example row"] + [example.get(c.key) for c in columns])
    book.save(path)
    return names
