"""Small import workbooks written with openpyxl for the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

CLIENTS = ["Account number", "Name", "Kind", "Language", "Trial end", "Email", "Created"]
CONTACTS = ["Id", "Account number", "Name", "Email", "Role", "Paid seat"]
SUBSCRIPTIONS = ["Id", "Account number", "Participant", "Plan", "Price", "Period", "Start", "Billing day"]
CARDS = ["Account number", "Brand", "Last 4 digits", "Expiry month", "Expiry year"]
REQUESTS = ["Account number", "Subscription id", "Contact id", "Channel", "Received", "Message"]


def write_book(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path
