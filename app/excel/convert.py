"""Turning cell values from other programs into dates, amounts, yes/no and text.

Pure functions: each returns the value or raises `ValueError` with a short English
reason, which the import turns into a problem at its sheet, row and column.

Dates come as real dates (Excel), ISO text, or day/month/year in some order. The order
of a column is settled once for the whole column (`date_order`): a column where a
first number exceeds 12 is day-first, where a second exceeds 12 month-first; an
undecided column is day-first (the usual order outside the United States). A column
with both is contradictory and each ambiguous value is reported.

Amounts take either decimal mark: with both "." and "," the last is the decimal mark;
with one mark, two or fewer digits after it (or a single mark followed by three digits
in a column whose other values settle it) decide; currency signs and spaces go.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

YES = {"yes", "y", "true", "1", "x", "oui", "o", "vrai", "是", "有", "对", "真", "✓", "✔"}
NO = {"no", "n", "false", "0", "non", "faux", "否", "无", "沒有", "没有", "不", "错", "假", "-"}

MONTH_NAMES = {
    **{m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                   "dec"), start=1)},
    **{m: i for i, m in enumerate(("janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct",
                                   "nov", "déc"), start=1)},
    "fev": 2, "aout": 8, "dec": 12, "fevr": 2, "janvier": 1, "février": 2, "avril": 4, "juillet": 7,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:[ T].*)?$")
_CHINESE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$")
_NAMED = re.compile(r"^(\d{1,2})\s+([^\W\d_]+)\.?,?\s+(\d{4})$")
_NAMED_US = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")


def text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    result = str(value).strip()
    return result or None


def yes_no(value: object) -> bool:
    if isinstance(value, bool):
        return value
    word = (text(value) or "").lower()
    if word in YES:
        return True
    if word in NO:
        return False
    raise ValueError(f"{value!r} is not yes or no")


def _year(raw: str) -> int:
    year = int(raw)
    return year + (2000 if year < 70 else 1900) if len(raw) == 2 else year


def date_order(values: Iterable[object]) -> str:
    """"dmy", "mdy" or "conflict" for a column of values (see the module docstring)."""
    day_first = month_first = False
    for value in values:
        found = _NUMERIC.match(text(value) or "") if not isinstance(value, (date, datetime)) else None
        if found is None:
            continue
        first, second = int(found.group(1)), int(found.group(2))
        day_first |= first > 12
        month_first |= second > 12
    if day_first and month_first:
        return "conflict"
    return "mdy" if month_first else "dmy"


def to_date(value: object, order: str = "dmy") -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raw = text(value)
    if raw is None:
        raise ValueError("the date is empty")
    try:
        if found := _ISO.match(raw):
            return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
        if found := _CHINESE.match(raw):
            return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
        if found := _NUMERIC.match(raw):
            first, second, year = int(found.group(1)), int(found.group(2)), _year(found.group(3))
            if order == "conflict" and first <= 12 and second <= 12 and first != second:
                raise ValueError(f"{raw!r} could be day/month or month/day, and this column holds both")
            if order == "mdy" or (order == "conflict" and second > 12):
                return date(year, first, second)
            return date(year, second, first)
        if found := _NAMED.match(raw):
            return date(int(found.group(3)), _month(found.group(2)), int(found.group(1)))
        if found := _NAMED_US.match(raw):
            return date(int(found.group(3)), _month(found.group(1)), int(found.group(2)))
    except ValueError as exc:
        if "could be" in str(exc):
            raise
        raise ValueError(f"{raw!r} is not a real date") from exc
    raise ValueError(f"{raw!r} is not a date")


def _month(word: str) -> int:
    key = word.lower().rstrip(".")
    for candidate in (key, key[:4], key[:3]):
        if candidate in MONTH_NAMES:
            return MONTH_NAMES[candidate]
    raise ValueError(f"{word!r} is not a month")


def decimal_mark(values: Iterable[object]) -> str | None:
    """"," or "." when some value of the column settles the decimal mark, else None."""
    for value in values:
        raw = _amount_text(value)
        if raw is None:
            continue
        if "," in raw and "." in raw:
            return "," if raw.rfind(",") > raw.rfind(".") else "."
        for mark in ",.":
            if raw.count(mark) == 1 and len(raw.split(mark)[1]) in (1, 2):
                return mark
            if raw.count(mark) > 1:
                return "." if mark == "," else ","
    return None


def _amount_text(value: object) -> str | None:
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return None
    raw = text(value)
    if raw is None:
        return None
    return re.sub(r"[\s\u00a0\u202f'€$£¥￥]|EUR|USD|RMB|CNY", "", raw, flags=re.IGNORECASE)


def to_amount(value: object, mark: str | None = None) -> Decimal:
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not an amount")
    if isinstance(value, (int, Decimal)):
        return Decimal(value).quantize(Decimal("0.01"))
    if isinstance(value, float):
        return Decimal(str(round(value, 2))).quantize(Decimal("0.01"))
    raw = _amount_text(value)
    if not raw:
        raise ValueError("the amount is empty")
    if mark is None:
        mark = decimal_mark([raw]) or "."
    thousands = "," if mark == "." else "."
    cleaned = raw.replace(thousands, "").replace(mark, ".")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(f"{value!r} is not an amount") from exc
    if not amount.is_finite():
        raise ValueError(f"{value!r} is not an amount")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError(f"{value!r} has more than two decimals")
    return amount.quantize(Decimal("0.01"))


def to_int(value: object) -> int:
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raw = text(value)
    if raw is None or not re.fullmatch(r"-?\d+", raw):
        raise ValueError(f"{value!r} is not a whole number")
    return int(raw)
