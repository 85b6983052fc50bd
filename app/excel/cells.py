"""Cell safety and typed cells, pure (DESIGN.md §14): values in, XML or CSV text out.

Formula safety. A spreadsheet takes text starting with `=`, `+`, `-`, `@`, a tab or a
carriage return for a formula (CSV injection). In .xlsx we never write a formula at
all: every text is an inline string cell (`t="inlineStr"`), which no program evaluates.
Text that *looks* like a formula also gets the `quotePrefix` style: the value is
unchanged (openpyxl and LibreOffice read back exactly the text), but Excel and Calc
show it like a typed `'=…` and keep it text when the user edits the cell and presses
Enter — without it, the first edit would turn `=HYPERLINK(...)` into a live formula.
CSV has no types, so there the only way to say "text" is the leading apostrophe
(OWASP's advice): `'=1+1`.

Typed cells: dates are serial numbers with a date format, money a number with a
thousands-and-cents format (the database holds no currency, so no symbol is guessed),
ints and bools as such. Text longer than Excel's cell limit is cut at the limit (Excel
refuses to open a file holding more); characters XML 1.0 cannot carry are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.excel.sheets import BOOL, DATE, DATETIME, INT, MONEY, TEXT

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_TEXT = 32_767

# Style ids: the order of <cellXfs> in the writer's styles.xml.
STYLE_DEFAULT, STYLE_HEADER, STYLE_DATE, STYLE_DATETIME, STYLE_MONEY, STYLE_TEXT_PREFIX = range(6)
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MONEY_FORMAT = "#,##0.00;-#,##0.00"

_EPOCH_ORDINAL = date(1899, 12, 30).toordinal()  # Excel's day 0 (1900 system, past the 1900 leap bug)
_NEEDS_ESCAPE = re.compile(r"[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
EMPTY = "<c/>"


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_text(text: str) -> str:
    """The text as a CSV field a spreadsheet will not evaluate."""
    return "'" + text if looks_like_formula(text) else text


def xml_text(text: str) -> str:
    """Escapes for element content; a CR becomes `&#13;` (a parser would turn a raw one into LF)."""
    if len(text) > MAX_CELL_TEXT:
        text = text[:MAX_CELL_TEXT]
    if not _NEEDS_ESCAPE.search(text):
        return text
    text = _ILLEGAL.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def serial(value: date | datetime) -> int | float:
    """Excel's serial number of a date (an int) or a date and time (a float)."""
    days = value.toordinal() - _EPOCH_ORDINAL
    if isinstance(value, datetime):
        seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
        return days + seconds / 86400
    return days


def as_date(value: Any) -> date | None:
    """A date from a date, a datetime or an ISO text (raw DB-API rows give text on SQLite)."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value)
    return datetime.fromisoformat(text) if len(text) > 10 else date.fromisoformat(text)


def text_cell(value: Any) -> str:
    if value is None:
        return EMPTY
    text = value if isinstance(value, str) else str(value)
    if text.startswith(FORMULA_STARTS):
        return f'<c t="inlineStr" s="{STYLE_TEXT_PREFIX}"><is><t xml:space="preserve">{xml_text(text)}</t></is></c>'
    return f'<c t="inlineStr"><is><t xml:space="preserve">{xml_text(text)}</t></is></c>'


def date_cell(value: Any) -> str:
    day = as_date(value)
    if day is None:
        return EMPTY
    style = STYLE_DATETIME if isinstance(day, datetime) else STYLE_DATE
    return f'<c s="{style}"><v>{serial(day)}</v></c>'


def datetime_cell(value: Any) -> str:
    moment = as_date(value)
    if moment is None:
        return EMPTY
    return f'<c s="{STYLE_DATETIME}"><v>{serial(moment)}</v></c>'


def money_cell(value: Any) -> str:
    if value is None or value == "":
        return EMPTY
    amount = value if isinstance(value, Decimal) else Decimal(str(value))
    return f'<c s="{STYLE_MONEY}"><v>{amount:f}</v></c>'


def int_cell(value: Any) -> str:
    if value is None or value == "":
        return EMPTY
    return f"<c><v>{int(value)}</v></c>"


def bool_cell(value: Any) -> str:
    if value is None:
        return EMPTY
    return '<c t="b"><v>1</v></c>' if value else '<c t="b"><v>0</v></c>'


CELL: dict[str, Callable[[Any], str]] = {
    TEXT: text_cell, DATE: date_cell, DATETIME: datetime_cell, MONEY: money_cell, INT: int_cell, BOOL: bool_cell,
}


def csv_value(value: Any, type: str) -> str:
    """One CSV field: ISO dates, plain decimal numbers, 1/0 for bools, protected text."""
    if value is None or value == "":
        return ""
    if type in (DATE, DATETIME):
        moment = as_date(value)
        assert moment is not None
        return moment.isoformat(sep=" ", timespec="minutes") if isinstance(moment, datetime) else moment.isoformat()
    if type == MONEY:
        amount = value if isinstance(value, Decimal) else Decimal(str(value))
        return f"{amount:f}"
    if type == INT:
        return str(int(value))
    if type == BOOL:
        return "1" if value else "0"
    return csv_text(value if isinstance(value, str) else str(value))
