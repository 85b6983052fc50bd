"""A change committed by one Desk (a workstation) is heard by another's listener within 2 s,
naming what changed; its own changes, and rolled-back ones, are not announced to it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from heard import Heard
from sqlalchemy import create_engine, text

from app.changes import EVERYTHING, MAX_IDS, Change, decode, encode
from app.desk import Desk
from app.errors import RuleViolation

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def listening(open_desk: Callable[..., Desk]) -> Iterator[Callable[[Desk], Heard]]:
    """`listening(desk)`: starts the desk's listener, waits until it listens, returns what it hears."""
    started: list[Any] = []

    def _listen(desk: Desk) -> Heard:
        heard = Heard()
        listener = desk.listen(heard)
        started.append(listener)
        assert listener.listening.wait(5), "the listener did not start"
        return heard

    yield _listen
    for listener in started:
        listener.stop()


def _client_with_contact(desk: Desk, name: str = "Acme") -> tuple[int, int]:
    client = desk.add_client(name, email=f"{name.lower()}@example.com")
    contact = desk.add_contact(client, f"{name} Owner", f"owner@{name.lower()}.example", role="primary_admin",
                               seat=True)
    return client, contact


def test_a_request_recorded_elsewhere_is_heard_with_its_client(open_desk, listening) -> None:
    mine, theirs = open_desk(), open_desk()
    client, contact = _client_with_contact(theirs)
    heard = listening(mine)

    request = theirs.record_request(contact, message="please stop")

    change = heard.wait_for(lambda c: c.touches_client(client) and c.touches("requests"))
    if mine.dialect == "postgresql":  # SQLite has no payload: the audit events name the clients only
        assert request in change.request_ids


def test_own_changes_are_not_announced_to_oneself(open_desk, listening) -> None:
    mine, theirs = open_desk(), open_desk()
    heard = listening(mine)

    own = mine.add_client("Mine")
    other = theirs.add_client("Theirs")

    heard.wait_for(lambda c: c.touches_client(other))
    assert not any(c.touches_client(own) for c in heard.changes)


def test_a_refused_change_is_not_announced(open_desk, listening) -> None:
    mine, theirs = open_desk(), open_desk()
    client, contact = _client_with_contact(theirs)
    theirs.record_request(contact)
    heard = listening(mine)

    with pytest.raises(RuleViolation):
        theirs.record_request(contact)  # a duplicate: refused, rolled back
    marker = theirs.add_client("Marker")

    heard.wait_for(lambda c: c.touches_client(marker))
    assert not any(c.touches_client(client) for c in heard.changes)


def test_a_set_wise_lifecycle_run_is_heard_as_everything(open_desk, listening) -> None:
    mine, theirs = open_desk(), open_desk()
    client = theirs.add_client("Acme")
    theirs.add_subscription(client, "Team", Decimal("49.00"), start=date(2026, 1, 15))
    heard = listening(mine)

    theirs.run_lifecycle(date(2027, 2, 1))  # two months of invoices, issued set-wise

    heard.wait_for(lambda c: c.everything or c.touches_client(client))


def test_a_second_process_writing_the_file_is_heard(sqlite_url: str, listening) -> None:
    desk = Desk.open(sqlite_url, today=date(2026, 11, 22))
    try:
        client, _contact = _client_with_contact(desk)
        heard = listening(desk)

        done = subprocess.run([sys.executable, str(Path(__file__).with_name("writer_child.py")), sqlite_url,
                               str(client)], cwd=ROOT, capture_output=True, text=True, timeout=60,
                              env={**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'tests' / 'live'}"})
        assert done.returncode == 0, done.stderr

        heard.wait_for(lambda c: c.touches_client(client) and c.touches("clients"))
    finally:
        desk.close()


@pytest.mark.postgres
def test_after_its_connection_is_cut_the_listener_reconnects_and_asks_for_everything(listening) -> None:
    from desk_fixtures import PG_URL, reset_postgres

    reset_postgres()
    with Desk.open(PG_URL, today=date(2026, 11, 22)) as mine, Desk.open(PG_URL, today=date(2026, 11, 22)) as theirs:
        heard = listening(mine)
        engine = create_engine(PG_URL)
        try:
            with engine.begin() as conn:
                cut = conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                        "WHERE query LIKE 'LISTEN%' AND datname = current_database()")).all()
            assert cut, "the listener's backend was not found"
            heard.wait_for(lambda c: c.everything, timeout=5)
            client = theirs.add_client("After the cut")
            heard.wait_for(lambda c: c.touches_client(client))
        finally:
            engine.dispose()


def test_a_payload_stays_under_the_notify_limit_and_many_ids_become_everything() -> None:
    many = Change(frozenset(range(10_000_000, 10_000_000 + MAX_IDS)), frozenset(range(MAX_IDS)),
                  frozenset({"clients", "requests", "outbox", "settings", "staff"}))
    assert len(encode(many, "0123456789ab").encode()) < 8000
    assert decode(encode(many, "me")) == ("me", many)
    assert decode(encode(EVERYTHING, "me")) == ("me", EVERYTHING)
    assert decode("not json")[1] == EVERYTHING
