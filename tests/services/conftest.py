"""Facade fixtures: a real SQLite file, and the real PostgreSQL server (marked)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from app.desk import Desk

PG_URL = os.environ.get("ACCOUNTDESK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def reset_postgres(url: str = PG_URL) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"PostgreSQL is not reachable at {url}: {exc}")
    finally:
        engine.dispose()


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
