"""Facade fixtures: a real SQLite file, and the real PostgreSQL server (marked)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from pgtest import PG_URL, reset_postgres

from app.desk import Desk


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:
    if request.param == "postgres":
        reset_postgres()
        return PG_URL
    return f"sqlite:///{tmp_path / 'desk.sqlite3'}"


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'desk.sqlite3'}"


@pytest.fixture
def open_desk(db_url: str) -> Iterator[Callable[..., Desk]]:
    """Opens desks on the test database; `open_desk(today, user=None)`; all closed at the end."""
    opened: list[Desk] = []

    def _open(today: date, user: str | None = None) -> Desk:
        desk = Desk.open(db_url, user=user, today=today)
        opened.append(desk)
        return desk

    yield _open
    for desk in opened:
        desk.close()
