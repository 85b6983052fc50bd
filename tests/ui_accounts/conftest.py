"""Fixtures of the pause, resume, close and cancel-all dialog tests: a real SQLite file
through the facade, a direct client with two plans, a trial and a resold one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from app.desk import Desk

TODAY = date(2026, 10, 20)


@pytest.fixture
def today() -> date:
    return TODAY  # the shared fixtures (tests/desk_fixtures.py) open their desks on this day


@dataclass(frozen=True)
class Clients:
    acme: int
    owner: int
    bob: int
    team: int
    yearly: int
    trial: int
    resold: int


@pytest.fixture
def clients(desk: Desk) -> Clients:
    acme = desk.add_client("Acme Ltd", email="acme@example.com")
    owner = desk.add_contact(acme, "Alice Martin", "alice@example.com", role="primary_admin", seat=True)
    bob = desk.add_contact(acme, "Bob Stone", "bob@example.com", role="admin")
    desk.add_card(acme, "Visa", "4242", 12, 2030)
    team = desk.add_subscription(acme, "Team", Decimal("49"), start=date(2026, 1, 30))
    yearly = desk.add_subscription(acme, "Yearly", Decimal("400"), period="annual", start=date(2026, 3, 1))
    trial = desk.add_client("Trialco", kind="trial", trial_end=date(2026, 11, 30))
    desk.add_contact(trial, "Tina", "tina@example.com", role="primary_admin")
    resold = desk.add_client("Resold Inc", kind="resold", reseller="Partner Reseller SA")
    desk.add_contact(resold, "Rita", "rita@example.com", role="primary_admin")
    return Clients(acme, owner, bob, team, yearly, trial, resold)
