"""Backups and restore (issue 12): the file a person can go back to.

SQLite is copied through its online backup API (``sqlite3.Connection.backup``), never
as a file copy: a copy taken while the window writes, or while the WAL holds the last
commits, can be torn or stale; the backup API gives one consistent snapshot. The copy
goes to a temporary file next to the destination and is renamed when whole.

PostgreSQL goes through ``pg_dump --format=custom`` and back through ``pg_restore``.

A restore first checks the file (an Account Desk database, at a revision this version
knows), keeps the current database aside under a timestamped name, and then deletes
again every client the purged-ids list (``app.purged_ids``) names, so a backup taken
before a purge never brings that client's personal data back.

Threading: these block on disk and on pg_dump; call them off the GUI thread. A restore
needs the database closed (the window disposes its engine first).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.errors import DatabaseError
from app.schema_version import KNOWN_REVISIONS
from app.sqlite_file import SQLITE_HEADER, inspect_sqlite, sqlite_path

KEEP_DAILY = 7
DAILY_PATTERN = re.compile(r"^accountdesk-(\d{4}-\d{2}-\d{2})\.sqlite3$")
SCRUBBED = "Details removed when the account's data was purged"


@dataclass(frozen=True)
class RestoreResult:
    aside: Path | None  # where the database that was replaced now is (SQLite)
    purged_again: int  # clients of the purged-ids list that the backup still held


# --- backing up ----------------------------------------------------------------------
def backup(url: str, dest: Path) -> Path:
    """Writes a backup of the database at `url` to `dest` (whole or not at all)."""
    dest = Path(dest)
    path = sqlite_path(url)
    if path is not None:
        return backup_sqlite(path, dest)
    return backup_postgres(url, dest)


def backup_sqlite(source: Path, dest: Path) -> Path:
    """A consistent copy of a live SQLite database, through the online backup API."""
    if not source.exists():
        raise DatabaseError(f"There is no database file {source} to back up.")
    inspect_sqlite(source)  # refuses a foreign file before anything is written
    _check_folder(dest)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                # A single file: no WAL beside the backup to be forgotten when it is copied.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(Path(tmp))
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        raise DatabaseError(f"The backup to {dest} could not be written: {exc}.") from exc
    except OSError as exc:
        raise DatabaseError(f"The backup to {dest} could not be written: {exc.strerror}.") from exc
    finally:
        Path(tmp).unlink(missing_ok=True)
    return dest


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """A libpq URL for the pg_ tools, with the password passed in the environment."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _run_pg(tool: str, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    exe = shutil.which(tool)
    if exe is None:
        raise DatabaseError(f"{tool} was not found; install the PostgreSQL client tools to back up or restore "
                            "a team database.")
    return subprocess.run([exe, *args], env=env, capture_output=True, text=True, check=False)


def backup_postgres(url: str, dest: Path) -> Path:
    """`pg_dump --format=custom` of the team database into `dest`."""
    _check_folder(dest)
    target, env = _libpq(url)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    try:
        done = _run_pg("pg_dump", ["--format=custom", "--no-owner", "--file", tmp, "--dbname", target], env)
        if done.returncode != 0:
            raise DatabaseError(f"pg_dump could not back up the database: {_first_line(done.stderr)}.")
        os.replace(tmp, dest)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return dest


# --- the daily backup -------------------------------------------------------------------
def daily_backup(url: str, folder: Path, today: date, *, keep: int = KEEP_DAILY) -> Path | None:
    """Backs the local database up once per day into `folder`; keeps the last `keep`.

    The window calls it at start-up (off the GUI thread). Returns the new backup, or None
    when today's exists already, the database is not a local file, or it does not exist
    yet. The day comes from the caller, so tests move it.
    """
    source = sqlite_path(url)
    if source is None or not source.exists() or source.stat().st_size == 0:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"accountdesk-{today.isoformat()}.sqlite3"
    made = None
    if not dest.exists():
        made = backup_sqlite(source, dest)
    dailies = sorted((p for p in folder.iterdir() if DAILY_PATTERN.match(p.name)), key=lambda p: p.name)
    for old in dailies[:-keep] if keep > 0 else dailies:
        old.unlink(missing_ok=True)
    return made


# --- restoring --------------------------------------------------------------------------
def check_backup(path: Path) -> str:
    """The schema revision of a SQLite backup; DatabaseError unless it is an Account Desk
    database this version can open. Reads only."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseError(f"There is no backup file {path}.")
    state = inspect_sqlite(path)  # refuses foreign, unreadable and newer files
    if state.revision is None:
        raise DatabaseError(f"The file {path} is not an Account Desk backup (it holds no Account Desk data).")
    return state.revision


def restore(backup_file: Path, url: str, purged: Iterable[int], *, now: datetime | None = None) -> RestoreResult:
    """Replaces the database at `url` with `backup_file`, then purges `purged` again.

    SQLite: the current file is kept aside as ``<name>.before-restore-<timestamp>``.
    Refuses (DatabaseError, nothing changed) a file that is not an Account Desk backup or
    was written by a newer version.
    """
    path = sqlite_path(url)
    if path is None:
        return restore_postgres(Path(backup_file), url, purged)
    backup_file = Path(backup_file)
    check_backup(backup_file)
    _check_folder(path)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".restoring", dir=path.parent)
    os.close(fd)
    try:
        src = sqlite3.connect(f"{backup_file.resolve().as_uri()}?mode=ro", uri=True)
        dst = sqlite3.connect(tmp, isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            count = purge_again(dst, purged)
            if dst.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise DatabaseError(f"The backup {backup_file} is damaged; choose another backup.")
        finally:
            dst.close()
            src.close()
        _fsync(Path(tmp))
        aside = _set_aside(path, stamp)
        os.replace(tmp, path)
    except sqlite3.Error as exc:
        raise DatabaseError(f"The backup {backup_file} could not be restored: {exc}.") from exc
    finally:
        Path(tmp).unlink(missing_ok=True)
    return RestoreResult(aside, count)


def purge_again(con: sqlite3.Connection, ids: Iterable[int]) -> int:
    """Deletes the listed clients from a restored SQLite file, unreadably; returns how many
    it still held. Every row hanging from a client goes by ON DELETE CASCADE; their audit
    events stay with their summaries scrubbed, as after the purge."""
    wanted = sorted({int(i) for i in ids})
    if not wanted:
        return 0
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA secure_delete=ON")
    marks = ",".join("?" * len(wanted))
    con.execute("BEGIN IMMEDIATE")
    try:
        count = con.execute(f"DELETE FROM client WHERE id IN ({marks})", wanted).rowcount
        con.execute(f"UPDATE audit_event SET summary = ?, before = NULL, after = NULL WHERE client_id IN ({marks})",
                    [SCRUBBED, *wanted])
        has_fts = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'client_fts'").fetchone()
        if has_fts:
            # Deleted words stay in old FTS segments until they are merged away.
            con.execute("INSERT INTO client_fts(client_fts) VALUES ('optimize')")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("VACUUM")  # no free page of the file keeps a deleted row
    return count


def restore_postgres(backup_file: Path, url: str, purged: Iterable[int]) -> RestoreResult:
    """`pg_restore --clean` of a custom-format dump, then the purged clients deleted again."""
    if not backup_file.is_file():
        raise DatabaseError(f"There is no backup file {backup_file}.")
    with backup_file.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
            raise DatabaseError(f"The file {backup_file} is a local (SQLite) backup; restore it into a local "
                                "database, or import it into the team database with pg tools.")
    target, env = _libpq(url)
    # The revision, read from the dump's alembic_version data before anything changes.
    listing = _run_pg("pg_restore", ["--data-only", "--table=alembic_version", "--file=-", str(backup_file)], env)
    if listing.returncode != 0:
        raise DatabaseError(f"The file {backup_file} is not a PostgreSQL backup of Account Desk: "
                            f"{_first_line(listing.stderr)}.")
    found = set(re.findall(r"^(\w+)$", listing.stdout, flags=re.MULTILINE))
    revisions = found & KNOWN_REVISIONS
    if not revisions:
        raise DatabaseError(f"The file {backup_file} is not an Account Desk backup, or was written by a newer "
                            "version of Account Desk; install the newer version to restore it.")
    done = _run_pg("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction",
                                  "--dbname", target, str(backup_file)], env)
    if done.returncode != 0:
        raise DatabaseError(f"pg_restore could not restore the backup: {_first_line(done.stderr)}.")
    wanted = sorted({int(i) for i in purged})
    count = 0
    if wanted:
        from sqlalchemy import bindparam, text

        from app.db import make_engine

        engine = make_engine(url)
        try:
            with engine.begin() as conn:
                ids = bindparam("ids", expanding=True)
                count = conn.execute(text("DELETE FROM client WHERE id IN :ids").bindparams(ids),
                                     {"ids": wanted}).rowcount
                conn.execute(text("UPDATE audit_event SET summary = :s, before = NULL, after = NULL "
                                  "WHERE client_id IN :ids").bindparams(ids), {"s": SCRUBBED, "ids": wanted})
        finally:
            engine.dispose()
    return RestoreResult(None, count)


# --- small helpers ------------------------------------------------------------------------
def _set_aside(path: Path, stamp: str) -> Path | None:
    """Renames the current database out of the way, its WAL folded in first."""
    if not path.exists():
        return None
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    aside = path.with_name(f"{path.name}.before-restore-{stamp}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return aside


def _check_folder(dest: Path) -> None:
    if not dest.parent.is_dir():
        raise DatabaseError(f"The folder {dest.parent} does not exist.")


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _first_line(text: str) -> str:
    return (text.strip().splitlines() or ["no reason given"])[0]
