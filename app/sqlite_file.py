"""Reading a SQLite database file without changing it, and without SQLAlchemy.

Used before anything else touches a file (a foreign or newer file is refused with no
byte changed) and on the start-up fast path, where importing SQLAlchemy would delay
the first paint.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.errors import DatabaseError
from app.schema_version import KNOWN_REVISIONS

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class SqliteState:
    path: Path
    exists: bool
    revision: str | None  # None: a new or empty file


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for other databases or in-memory)."""
    scheme, sep, rest = url.partition("://")
    if not sep or not scheme.startswith("sqlite"):
        return None
    database = rest[1:].split("?", 1)[0] if rest.startswith("/") else ""
    if not database or database == ":memory:":
        return None
    return Path(database).expanduser()


def inspect_sqlite(path: Path) -> SqliteState:
    """Reads a SQLite file read-only and says whether it is ours and at which revision.

    Refuses (DatabaseError) a file that is not SQLite, not an Account Desk database, or
    was written by a newer version. Changes nothing.
    """
    if not path.exists():
        if not path.parent.exists():
            raise DatabaseError("database_folder_missing", path=str(path))
        return SqliteState(path, False, None)
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseError("database_file_unreadable", path=str(path), reason=str(exc.strerror)) from exc
    if path.stat().st_size == 0:
        return SqliteState(path, True, None)
    if header != SQLITE_HEADER:
        raise DatabaseError("database_not_sqlite", path=str(path))
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("database_file_corrupt", path=str(path), reason=str(exc)) from exc
    if revision is None:
        if tables:
            raise DatabaseError("database_file_foreign", path=str(path))
        return SqliteState(path, True, None)
    if revision not in KNOWN_REVISIONS:
        raise DatabaseError("database_newer", url=str(path))
    return SqliteState(path, True, revision)
