"""Dates, months, money and counts as the user's locale writes them (DESIGN.md §13).

The listing queries hand back ISO strings for dates and integer cents for money on
SQLite (``datetime.date`` on PostgreSQL); the facade hands back ``date`` and
``Decimal``. Every function here accepts all of these, and ``None`` gives ``""``.

Money is written with the organisation's currency (the `currency` setting), which the
window reads once the facade is open (`ui.currency.follow_settings`) and the settings
dialog updates when it is changed: one currency per database, as the locale is one per
process.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime

from app.currencies import DEFAULT_CURRENCY
from ui.currency import currency_symbol

_currency = DEFAULT_CURRENCY  # until the window has read the setting


def currency() -> str:
    """The ISO 4217 code money is written with."""
    return _currency


def set_currency(code: str) -> None:
    global _currency
    _currency = code


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


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(locale: QLocale, day: date) -> str:
    """'14 June 2027' in the locale's long format (a weekday where the locale writes one)."""
    return locale.toString(qdate(day), QLocale.FormatType.LongFormat)


def month_year(locale: QLocale, day: date) -> str:
    """'June 2027'; the pattern is translatable, so Chinese can write 2027年6月."""
    pattern = QCoreApplication.translate("LocaleFormat", "MMMM yyyy", "a month and its year, as a QDate format")
    return locale.toString(qdate(day), pattern)


def money(locale: QLocale, amount: Decimal) -> str:
    """`format_money` with the locale first, as the dialogs call it."""
    return format_money(amount, locale)


def short_date_format(locale: QLocale) -> str:
    """The locale's short date format with a four-digit year: "12/8/26" could be 1926 or
    2026, and an account manager reads contract dates decades apart (issue 10)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def format_date(value: Any, locale: QLocale | None = None) -> str:
    day = to_qdate(value)
    if day is None:
        return "" if value is None else str(value)
    locale = locale or QLocale()
    return locale.toString(day, short_date_format(locale))


def format_datetime(value: Any, locale: QLocale | None = None) -> str:
    if not isinstance(value, datetime):
        return format_date(value, locale)
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))
    locale = locale or QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(moment, f"{short_date_format(locale)} {time_format}")


def format_month(value: Any, locale: QLocale | None = None) -> str:
    """"June 2027": a cancellation month is the month, never a day."""
    day = to_qdate(value)
    if day is None:
        return ""
    return month_year(locale or QLocale(), date(day.year(), day.month(), day.day()))


def format_money(value: Decimal | float | int | None, locale: QLocale | None = None) -> str:
    """"€49.00" in English, "49,00 €" in French: the organisation's currency, two decimals,
    the symbol where the locale puts it."""
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toCurrencyString(float(value), currency_symbol(_currency, locale), 2)


def money_affixes(locale: QLocale) -> tuple[str, str]:
    """What the locale writes before and after an amount ("€", "" in English; "", " €" in
    French): the prefix and suffix of a field where an amount is typed."""
    sample = format_money(1, locale)
    before, _number, after = sample.partition(locale.toString(1.0, "f", 2))
    return before, after


def format_cents(cents: int | None, locale: QLocale | None = None) -> str:
    if cents is None or cents == "":
        return ""
    return format_money(Decimal(int(cents)) / 100, locale)


def format_count(number: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(int(number))
