"""The one set of database fixtures every folder uses (loaded by the root conftest).

- `sqlite_url`: a fresh SQLite file.
- `db_url`: the database the tests of a folder run on; SQLite here, and folders that run
  on both databases override it with `any_db_url` (SQLite, and PostgreSQL marked
  `postgres`, reset to an empty schema).
- `today`: the day the desks think it is; a folder overrides it for its own worked examples.
- `open_desk(today=None, user=None, cls=Desk)`: opens desks on `db_url`, closed at the end.
- `desk`: one desk, as the local administrator, on `today`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest

PG_URL = os.environ.get("ACCOUNTDESK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def reset_postgres(url: str = PG_URL) -> None:
    """Drops and recreates the public schema; skips the test when the server is not there."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"PostgreSQL is not reachable at {url}: {exc}")
    finally:
        engine.dispose()


@contextmanager
def at_revision(url: str, revision: str) -> Iterator[Any]:
    """Brings the database at `url` to an older schema `revision` and yields the connection,
    in the same transaction, to write rows as that version would have."""
    from alembic import command
    from alembic.config import Config

    import app.db

    engine = app.db.make_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(app.db.__file__).with_name("migrations")))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            yield conn
    finally:
        engine.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'desk.sqlite3'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres":
        reset_postgres()
        return PG_URL
    return f"sqlite:///{tmp_path / 'desk.sqlite3'}"


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


@pytest.fixture
def today() -> date:
    return date(2026, 11, 22)


@pytest.fixture
def open_desk(db_url: str, today: date) -> Iterator[Callable[..., Any]]:
    from app.desk import Desk

    opened: list[Any] = []

    def _open(when: date | None = None, user: str | None = None, cls: type = Desk) -> Any:
        desk = cls.open(db_url, user=user, today=when or today)
        opened.append(desk)
        return desk

    yield _open
    for desk in opened:
        desk.close()


@pytest.fixture
def desk(open_desk: Callable[..., Any]) -> Any:
    return open_desk()
