"""Fixtures of the deactivation dialogs' tests: a real SQLite file through the facade,
with the DESIGN §10 example (annual plan renewing Oct 30, cancelled Oct 20) on Oct 30."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from app.desk import Desk

CANCELLED_ON = date(2026, 10, 20)
POSSIBLE = date(2026, 10, 30)
NAME = "Harbour & Sons"


@dataclass(frozen=True)
class Client:
    id: int
    owner: int


@pytest.fixture
def url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 't.sqlite3'}"


@pytest.fixture
def harbour(url) -> Client:
    """The example client, set up on Oct 20 (cancelled), ended by Oct 30."""
    with Desk.open(url, today=CANCELLED_ON) as setup:
        client = setup.add_client(NAME, email="office@harbour.test", language="en")
        setup.add_contact(client, "Hana Harbour", "hana@harbour.test", role="primary_admin", seat=True)
        setup.add_card(client, "Visa", "4242", 12, 2030)
        sub = setup.add_subscription(client, "Team", Decimal("480"), period="annual", start=date(2025, 10, 30))
        setup.cancel_subscription(sub, date(2026, 10, 1))
        setup.add_note(client, "Asked about exporting their records")
        return Client(client, setup.client(client).primary_admin.id)


@pytest.fixture
def desk(url, harbour) -> Iterator[Desk]:
    """The desk on Oct 30, the first day deactivation is possible, lifecycle run."""
    desk = Desk.open(url, today=POSSIBLE)
    desk.run_lifecycle()
    yield desk
    desk.close()


@pytest.fixture
def unpaid(desk) -> Client:
    """A client whose subscription ended but whose last invoice is still open (no card)."""
    client = desk.add_client("Lagoon Ltd", email="lagoon@l.test")
    owner = desk.add_contact(client, "Lou Lagoon", "lou@l.test", role="primary_admin")
    desk.add_subscription(client, "Basic", Decimal("100"), period="annual", start=date(2025, 10, 30),
                          end_date=date(2026, 10, 29))
    return Client(client, owner)
