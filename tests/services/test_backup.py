"""Backups and restore: the SQLite backup API, the daily backups, the checks before a
restore, and a restore that never brings a purged client back."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from app import purged_ids
from app.backup import check_backup, daily_backup, restore
from app.cli import main
from app.desk import Desk
from app.errors import DatabaseError, NotFound
from app.schema_version import HEAD

TODAY = date(2026, 11, 30)
SECRET_NAME = "Zebulon Quixote Trading"
SECRET_EMAIL = "zebulon.private@quixote-mail.test"
SECRET_NOTE = "Prefers calls after nine, spouse named Wilhelmina"


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path, monkeypatch) -> Path:
    """The purged-ids list and backups go to a temporary data directory."""
    folder = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


def _two_clients(desk: Desk) -> tuple[int, int]:
    secret = desk.add_client(SECRET_NAME, email=SECRET_EMAIL)
    desk.add_contact(secret, "Wilhelmina Quixote", "wilhelmina@quixote-mail.test", role="primary_admin")
    desk.add_note(secret, SECRET_NOTE)
    other = desk.add_client("Plain Old Company", email="office@plain.test")
    return secret, other


def test_backup_of_a_live_database_holds_its_last_commits(tmp_path):
    url = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    dest = tmp_path / "copy.sqlite3"
    with Desk.open(url, today=TODAY) as desk:
        secret, _ = _two_clients(desk)  # still in the WAL while the desk is open
        assert main(["backup", str(dest), "--db", url]) == 0
    assert check_backup(dest) == HEAD
    assert not Path(f"{dest}-wal").exists()
    with Desk.open(f"sqlite:///{dest}", today=TODAY) as copy:
        assert copy.client(secret).name == SECRET_NAME


def test_daily_backup_is_taken_once_a_day_and_the_last_seven_are_kept(tmp_path):
    url = f"sqlite:///{tmp_path / 'd.sqlite3'}"
    folder = tmp_path / "backups"
    with Desk.open(url, today=TODAY) as desk:
        desk.add_client("Acme")
        for offset in range(10):
            day = TODAY + timedelta(days=offset)
            assert daily_backup(url, folder, day) == folder / f"accountdesk-{day.isoformat()}.sqlite3"
            assert daily_backup(url, folder, day) is None  # a second start the same day
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == [f"accountdesk-{(TODAY + timedelta(days=d)).isoformat()}.sqlite3" for d in range(3, 10)]


def test_daily_backup_skips_a_team_database_and_a_missing_file(tmp_path):
    assert daily_backup("postgresql+psycopg://x@h/db", tmp_path, TODAY) is None
    assert daily_backup(f"sqlite:///{tmp_path / 'none.sqlite3'}", tmp_path / "b", TODAY) is None


def _foreign(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    return path


def _newer(path: Path, source: Path) -> Path:
    con = sqlite3.connect(source)
    dst = sqlite3.connect(path)
    con.backup(dst)
    con.close()
    dst.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    dst.commit()
    dst.close()
    return path


@pytest.mark.parametrize("make, says", [
    (lambda p, s: (p.write_text("not a database"), p)[1], "not a SQLite file"),
    (lambda p, s: _foreign(p), "another program"),
    (lambda p, s: _newer(p, s), "newer version"),
    (lambda p, s: p, "no backup file"),
])
def test_restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing(tmp_path, make, says):
    current = tmp_path / "current.sqlite3"
    url = f"sqlite:///{current}"
    with Desk.open(url, today=TODAY) as desk:
        desk.add_client("Acme")
    before = current.read_bytes()
    bad = make(tmp_path / "bad.sqlite3", current)
    with pytest.raises(DatabaseError) as refused:
        restore(bad, url, [])
    assert says in str(refused.value)
    assert current.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("current")) == ["current.sqlite3"]


def test_restore_keeps_the_current_database_aside(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    backup_file = tmp_path / "b.sqlite3"
    with Desk.open(url, today=TODAY) as desk:
        first = desk.add_client("Before the backup")
        assert main(["backup", str(backup_file), "--db", url]) == 0
        later = desk.add_client("After the backup")
    result = restore(backup_file, url, [], now=datetime(2026, 11, 30, 8, 15, 0))
    assert result.aside == tmp_path / "db.sqlite3.before-restore-20261130-081500"
    with Desk.open(url, today=TODAY) as desk:
        assert desk.client(first).name == "Before the backup"
        with pytest.raises(NotFound):
            desk.client(later)
    with Desk.open(f"sqlite:///{result.aside}", today=TODAY) as aside:
        assert aside.client(later).name == "After the backup"


def _simulated_purge(url: str, client_id: int) -> None:
    """Stands for the purge (on its own branch): records the id, then deletes the client."""
    purged_ids.record([client_id], purged_ids.database_key(url))
    with Desk.open(url, today=TODAY) as desk, desk.engine.begin() as conn:
        conn.execute(text("DELETE FROM client WHERE id = :id"), {"id": client_id})


def test_restore_never_brings_a_purged_client_back(tmp_path, capsys):
    db_file = tmp_path / "db.sqlite3"
    url = f"sqlite:///{db_file}"
    backup_file = tmp_path / "before-purge.sqlite3"
    with Desk.open(url, today=TODAY) as desk:
        secret, other = _two_clients(desk)
    assert main(["backup", str(backup_file), "--db", url]) == 0
    assert SECRET_NAME.encode() in backup_file.read_bytes()  # the backup itself holds it
    _simulated_purge(url, secret)

    assert main(["restore", str(backup_file), "--db", url]) == 0
    assert "1 purged client(s) removed again" in capsys.readouterr().out

    with Desk.open(url, today=TODAY) as desk:
        with pytest.raises(NotFound):
            desk.client(secret)
        assert desk.client(other).name == "Plain Old Company"
        assert all(SECRET_NAME not in e.summary for e in desk.timeline(secret))
    raw = db_file.read_bytes() + (Path(f"{db_file}-wal").read_bytes() if Path(f"{db_file}-wal").exists() else b"")
    for secret_text in (SECRET_NAME, SECRET_EMAIL, SECRET_NOTE, "Wilhelmina", "Zebulon", "quixote"):
        assert secret_text.encode() not in raw, secret_text
    assert b"Plain Old Company" in raw


def test_purged_ids_are_kept_per_database_without_personal_data(tmp_path):
    purged_ids.record([3, 5], "sqlite:/a")
    purged_ids.record([5, 8], "sqlite:/a")
    purged_ids.record([1], "sqlite:/b")
    assert purged_ids.load("sqlite:/a") == {3, 5, 8}
    assert purged_ids.load("sqlite:/b") == {1}
    assert purged_ids.load("sqlite:/c") == frozenset()


@pytest.mark.postgres
def test_postgres_backup_and_restore_purges_again(tmp_path):
    from pgtest import PG_URL, reset_postgres

    reset_postgres()
    dump = tmp_path / "team.dump"
    with Desk.open(PG_URL, today=TODAY) as desk:
        secret, other = _two_clients(desk)
    assert main(["backup", str(dump), "--db", PG_URL]) == 0
    _simulated_purge(PG_URL, secret)
    with Desk.open(PG_URL, today=TODAY) as desk:
        desk.add_client("After the backup")
    result = restore(dump, PG_URL, purged_ids.load(purged_ids.database_key(PG_URL)))
    assert result.purged_again == 1
    with Desk.open(PG_URL, today=TODAY) as desk:
        with pytest.raises(NotFound):
            desk.client(secret)
        assert desk.client(other).name == "Plain Old Company"
        # Closed here: a connection left to the garbage collector keeps its transaction open,
        # and the next test's DROP SCHEMA waits for it.
        with desk.engine.connect() as conn:
            assert [tuple(c) for c in conn.execute(text("SELECT name FROM client"))] == [("Plain Old Company",)]


def test_a_purge_records_its_client_id_outside_the_database(tmp_path):
    """The lifecycle's purge feeds the list a restore re-applies (ids only)."""
    from datetime import date, timedelta
    from decimal import Decimal

    from app import purged_ids
    from app.desk import Desk

    url = f"sqlite:///{tmp_path / 'p.sqlite3'}"
    start = date(2026, 1, 10)
    with Desk.open(url, today=start) as desk:
        client = desk.add_client("Gone Soon Ltd", email="gone@soon.test")
        owner = desk.add_contact(client, "Gus Gone", "gus@soon.test", role="primary_admin")
        desk.add_card(client, "Visa", "4242", 12, 2030)  # autopay: its invoices are paid
        desk.add_subscription(client, "Team", Decimal("10"), start=start, end_date=date(2026, 1, 31))
    with Desk.open(url, today=date(2026, 2, 2)) as desk:
        desk.run_lifecycle()
        purge_on = desk.deactivate(client, reason="Stopped trading", requester=owner, confirm_name="Gone Soon Ltd",
                                   backup="skipped")
        assert client not in purged_ids.load(purged_ids.database_key(url))
    with Desk.open(url, today=purge_on + timedelta(days=1)) as desk:
        desk.run_lifecycle()
    assert client in purged_ids.load(purged_ids.database_key(url))
    assert "Gone" not in (purged_ids._file(None)).read_text(encoding="utf-8")
