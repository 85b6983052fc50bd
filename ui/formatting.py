"""Dates, money and counts as the user's locale writes them.

The listing queries hand back ISO strings for dates and integer cents for money on
SQLite (``datetime.date`` on PostgreSQL); the facade hands back ``date`` and
``Decimal``. Every function here accepts all of these, and ``None`` gives ``""``.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime


def to_qdate(value: Any) -> QDate | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return QDate(value.year, value.month, value.day)
    text = str(value)
    parsed = QDate.fromString(text[:10], Qt.DateFormat.ISODate)
    return parsed if parsed.isValid() else None


def format_date(value: Any, locale: QLocale | None = None) -> str:
    qdate = to_qdate(value)
    if qdate is None:
        return "" if value is None else str(value)
    return (locale or QLocale()).toString(qdate, QLocale.FormatType.ShortFormat)


def format_datetime(value: Any, locale: QLocale | None = None) -> str:
    if not isinstance(value, datetime):
        return format_date(value, locale)
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))
    return (locale or QLocale()).toString(moment, QLocale.FormatType.ShortFormat)


def format_month(value: Any, locale: QLocale | None = None) -> str:
    """"June 2027": a cancellation month is the month, never a day."""
    qdate = to_qdate(value)
    if qdate is None:
        return ""
    return (locale or QLocale()).toString(qdate, "MMMM yyyy")


def format_money(value: Decimal | float | int | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    return (locale or QLocale()).toString(float(value), "f", 2)


def format_cents(cents: int | None, locale: QLocale | None = None) -> str:
    if cents is None or cents == "":
        return ""
    return format_money(Decimal(int(cents)) / 100, locale)


def format_count(number: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(int(number))
