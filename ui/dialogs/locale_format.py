"""Dates, months and money as the user's locale writes them (DESIGN.md §13)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(locale: QLocale, day: date) -> str:
    return locale.toString(qdate(day), QLocale.FormatType.LongFormat)


def month_year(locale: QLocale, day: date) -> str:
    """'June 2027'; the pattern is translatable, so Chinese can write 2027年6月."""
    pattern = QCoreApplication.translate("LocaleFormat", "MMMM yyyy", "a month and its year, as a QDate format")
    return locale.toString(qdate(day), pattern)


def money(locale: QLocale, amount: Decimal) -> str:
    """The amount with two decimals and the locale's separators, without guessing a currency."""
    return locale.toString(float(amount), "f", 2)
