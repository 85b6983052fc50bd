"""Database engines: the URL, SQLite's connection settings, and schema migration.

SQLite is opened in WAL mode (a rollback journal on a network drive, see
``sqlite_journal_mode``) with ``synchronous=FULL`` (a committed change survives a
power cut), foreign keys on, a busy timeout and ``secure_delete`` (a purge leaves no
readable trace). The Python sqlite3 driver does not emit BEGIN where SQLAlchemy
expects it, so we take over transaction control (the recipe of SQLAlchemy's SQLite
dialect documentation): writes begin with BEGIN IMMEDIATE, reads with a plain BEGIN.

Before anything touches a file, ``inspect_sqlite`` reads it read-only: a foreign or
unreadable file, or one written by a newer version, is refused without a byte changed.
"""

from __future__ import annotations

import functools
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Engine, create_engine, event, func
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from app.errors import DatabaseError
from app.schema_version import HEAD


def unindexed(column: ColumnElement[str]) -> ColumnElement[str]:
    """A NOT NULL text column as an expression no index serves (the same value). Without
    statistics SQLite prefers an index on a tested column, and for `status IN (...)`
    walks every row with a common status; written so, it finds the rows by their ids or
    another index instead. The lifecycle's set-wise steps use it where they list the
    ids, or where most rows match (25 ms against 2.4 for a chunk of 2,000 clients)."""
    return func.coalesce(column, "")


BEGIN_OPTION = "sqlite_begin"
# Seconds before a PostgreSQL server that does not answer is reported unreachable.
CONNECT_TIMEOUT = 5


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any, *, journal: str = "WAL") -> None:
    # Take transaction control from the driver; see the module docstring.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA journal_mode={journal}")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


def sqlite_journal_mode(url: str) -> str:
    """WAL, except for a file on a network drive, where WAL's shared memory is not shared
    between machines and corrupts the file (app/network_fs.py): a rollback journal there."""
    from app.network_fs import is_network_path
    from app.sqlite_file import sqlite_path

    path = sqlite_path(url)
    return "DELETE" if path is not None and is_network_path(path) else "WAL"


def _sqlite_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get(BEGIN_OPTION, "IMMEDIATE")
    conn.exec_driver_sql("BEGIN" if mode == "DEFERRED" else "BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    """An engine for `url`; DatabaseError with the URL named when it is not usable."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError("database_url_invalid", url=url) from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        if parsed.drivername.startswith("sqlite"):
            # hide_parameters: an error's text never carries a row's values into a log.
            engine = create_engine(parsed, connect_args={"timeout": 10}, hide_parameters=True)
            event.listen(engine, "connect", functools.partial(_sqlite_pragmas, journal=sqlite_journal_mode(url)))
            event.listen(engine, "begin", _sqlite_begin)
        elif parsed.drivername.startswith("postgresql"):
            engine = create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT},
                                   hide_parameters=True)
        else:
            raise DatabaseError("database_driver", url=url, driver=parsed.drivername)
    except (NoSuchModuleError, ArgumentError) as exc:
        raise DatabaseError("database_url_unusable", url=url, reason=str(exc)) from exc
    return engine


def can_migrate(engine: Engine) -> bool:
    """PostgreSQL: whether the signed-in login may bring the schema up to date — it owns
    the tables (or is a member of the role that does, a superuser is) and may create in
    the schema. Staff and manager logins may not: they get a sentence instead of a
    half-tried migration."""
    from sqlalchemy import text

    from app.team_connection import CAN_MIGRATE_SQL

    with engine.connect() as conn:
        return bool(conn.execute(text(CAN_MIGRATE_SQL)).scalar())


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine, *, sqlite_file: Path | None = None, revision: str | None = None) -> None:
    """Brings the schema to HEAD. A SQLite file with data is copied aside first."""
    if revision == HEAD:
        return
    if sqlite_file is not None and revision is not None:
        backup = sqlite_file.with_name(f"{sqlite_file.name}.before-{HEAD}-{datetime.now():%Y%m%d%H%M%S}")
        src = sqlite3.connect(sqlite_file)
        dst = sqlite3.connect(backup)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
