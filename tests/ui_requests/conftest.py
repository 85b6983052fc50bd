"""Fixtures of the Requests and Outbox UI tests: a real SQLite file through the facade,
Acme with its account owner, a second contact, a card and two plans, and remembered
window state kept out of the user's own settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale

from app.desk import Desk

TODAY = date(2026, 11, 22)




@dataclass(frozen=True)
class Acme:
    client: int
    owner: int  # Alice, the primary admin
    bob: int  # a plain user
    team: int  # anniversary monthly, bought 2026-01-15
    pro: int  # billing day 20, bought 2026-03-10


@pytest.fixture
def acme(desk: Desk) -> Acme:
    client = desk.add_client("Acme", email="acme@example.com")
    owner = desk.add_contact(client, "Alice Martin", "alice@example.com", role="primary_admin", seat=True)
    bob = desk.add_contact(client, "Bob Stone", "bob@example.com", role="user")
    desk.add_card(client, "Visa", "4242", 12, 2030)
    team = desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 15))
    pro = desk.add_subscription(client, "Pro", Decimal("100"), start=date(2026, 3, 10), billing_day=20)
    return Acme(client, owner, bob, team, pro)


@pytest.fixture
def long_date() -> Callable[[date], str]:
    """How the dialogs write a date in the default locale."""
    def _format(day: date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
    return _format
