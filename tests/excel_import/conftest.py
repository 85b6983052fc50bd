"""Fixtures of the import tests: desks on a real SQLite file and (marked) PostgreSQL, a
manager, and the snapshot helper of tests/services."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from pgtest import PG_URL, reset_postgres  # noqa: E402

from app.desk import Desk  # noqa: E402

TODAY = date(2026, 11, 30)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres":
        reset_postgres()
        return PG_URL
    return f"sqlite:///{tmp_path / 'desk.sqlite3'}"


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'desk.sqlite3'}"


@pytest.fixture
def open_desk(db_url: str) -> Iterator[Callable[..., Desk]]:
    """`open_desk(user=None, url=None)`: a desk on the test database (or `url`), closed at the end."""
    opened: list[Desk] = []

    def _open(user: str | None = None, url: str | None = None) -> Desk:
        desk = Desk.open(url or db_url, user=user, today=TODAY)
        opened.append(desk)
        return desk

    yield _open
    for desk in opened:
        desk.close()
