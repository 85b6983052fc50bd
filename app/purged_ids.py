"""The ids of purged clients, kept outside the database (DESIGN.md §10, issue 12).

A backup taken before a purge still holds the purged client; restoring it must not
bring that client back. So every purge records the client ids here, in the per-user
data directory, and a restore deletes those clients again before the restored file is
used. Ids only: no name, email or any other personal data is ever written here.

The list is kept per database (``database_key``): client ids are numbers that another
database reuses for other people, and deleting *those* would be data loss.
The file is written whole or not at all (temporary file, then rename).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from app.atomic_file import write_atomically
from app.paths import data_dir

FILE_NAME = "purged-clients.json"


def database_key(url: str) -> str:
    """Which database a list belongs to: the resolved SQLite file, else host/port/name."""
    from app.sqlite_file import sqlite_path

    path = sqlite_path(url)
    if path is not None:
        return f"sqlite:{path.resolve()}"
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return f"postgresql:{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database}"


def _file(folder: Path | None) -> Path:
    return (folder or data_dir()) / FILE_NAME


def _read(path: Path) -> dict[str, list[int]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {str(k): [int(i) for i in v] for k, v in data.items()}


def load(database: str, *, folder: Path | None = None) -> frozenset[int]:
    """The client ids purged from `database` (a ``database_key``)."""
    return frozenset(_read(_file(folder)).get(database, ()))


def record(ids: Iterable[int], database: str, *, folder: Path | None = None) -> None:
    """Adds purged client ids for `database` (a ``database_key``). Call it after the
    purge has committed: an id recorded for a purge that rolled back would delete a
    live client at the next restore."""
    path = _file(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = _read(path)
    data[database] = sorted(set(data.get(database, ())) | {int(i) for i in ids})
    write_atomically(path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))
