"""Opening a database (§1, issue 2): bad input gets one sentence naming the file or URL
and changes no file."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from app.desk import Desk
from app.errors import DatabaseError
from app.schema_version import HEAD, KNOWN_REVISIONS


def _bytes(path):
    return path.read_bytes()


def test_new_sqlite_file_is_created_in_wal_mode(tmp_path):
    path = tmp_path / "new.sqlite3"
    with Desk.open(f"sqlite:///{path}", today=date(2026, 11, 23)) as desk:
        with desk.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert path.exists()


def test_foreign_file_is_refused_unchanged(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello, this is not a database" * 10)
    before = _bytes(path)
    with pytest.raises(DatabaseError, match="notes.txt is not an Account Desk database"):
        Desk.open(f"sqlite:///{path}")
    assert _bytes(path) == before


def test_other_programs_sqlite_is_refused_unchanged(tmp_path):
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()
    before = _bytes(path)
    with pytest.raises(DatabaseError, match="another program"):
        Desk.open(f"sqlite:///{path}")
    assert _bytes(path) == before
    assert not (tmp_path / "other.sqlite3-wal").exists()


def test_newer_version_is_refused_unchanged(tmp_path):
    path = tmp_path / "newer.sqlite3"
    Desk.open(f"sqlite:///{path}").close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = _bytes(path)
    with pytest.raises(DatabaseError, match="newer version of Account Desk"):
        Desk.open(f"sqlite:///{path}")
    assert _bytes(path) == before


def test_truncated_file_is_refused(tmp_path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 50)
    before = _bytes(path)
    with pytest.raises(DatabaseError, match="broken.sqlite3"):
        Desk.open(f"sqlite:///{path}")
    assert _bytes(path) == before


@pytest.mark.parametrize("url, message", [
    ("nonsense", "not valid"),
    ("mysql://root@127.0.0.1/test", "SQLite or PostgreSQL"),
    ("sqlite:////no/such/folder/file.sqlite3", "does not exist"),
    ("postgresql+psycopg://nobody:secret@127.0.0.1:1/none", "cannot be opened"),
])
def test_bad_url_is_named_in_one_sentence(url, message):
    with pytest.raises(DatabaseError, match=message) as caught:
        Desk.open(url)
    assert "secret" not in str(caught.value)
    assert "\n" not in str(caught.value)


def test_schema_version_constants_match_the_alembic_scripts():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    import app.db

    cfg = Config()
    cfg.set_main_option("script_location", str(app.db.__file__).replace("db.py", "migrations"))
    scripts = ScriptDirectory.from_config(cfg)
    assert scripts.get_current_head() == HEAD
    assert {s.revision for s in scripts.walk_revisions()} == KNOWN_REVISIONS


@pytest.mark.postgres
def test_postgres_with_foreign_tables_is_refused():
    from pgtest import PG_URL, reset_postgres
    from sqlalchemy import create_engine, text

    reset_postgres()
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE songs (title TEXT)"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="another program"):
        Desk.open(PG_URL)
    reset_postgres()


def test_sqlite_file_is_copied_aside_before_a_migration(tmp_path):
    import app.db

    path = tmp_path / "old.sqlite3"
    with Desk.open(f"sqlite:///{path}") as desk:
        desk.add_client("Acme")
        # As if the file were at an older revision: migrating must copy it aside first.
        app.db.migrate(desk.engine, sqlite_file=path, revision="0000_older")
    [backup] = tmp_path.glob("old.sqlite3.before-*")
    con = sqlite3.connect(backup)
    try:
        assert con.execute("SELECT name FROM client").fetchall() == [("Acme",)]
    finally:
        con.close()


def test_url_resolution(monkeypatch, tmp_path):
    from app.paths import resolve_url

    monkeypatch.setenv("ACCOUNTDESK_DB", "sqlite:////elsewhere/a.sqlite3")
    assert resolve_url("sqlite:///x.sqlite3") == "sqlite:///x.sqlite3"  # --db wins
    assert resolve_url(None) == "sqlite:////elsewhere/a.sqlite3"
    monkeypatch.delenv("ACCOUNTDESK_DB")
    monkeypatch.delenv("ACCOUNTDESK_HOME", raising=False)  # the tests' own folder (tests/conftest.py)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'AccountDesk' / 'accountdesk.sqlite3'}"
    monkeypatch.setenv("ACCOUNTDESK_HOME", str(tmp_path / "portable"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'portable' / 'data' / 'accountdesk.sqlite3'}"


def test_opening_a_sqlite_file_loads_neither_the_postgresql_dialect_nor_alembic(tmp_path):
    """A model declaring a dialect option (postgresql_where...) loads that dialect at import:
    60-80 ms of every start before the window is ready to act (issue 13)."""
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'd.sqlite3'}"
    with Desk.open(url) as desk:  # created and migrated here: the probe only opens it
        client = desk.add_client("Acme")
    probe = (f"import sys; from app.desk import Desk; desk = Desk.open({url!r}); desk.client_detail({client}); "
             "print(sorted({m.split('.')[0] if m.startswith('alembic') else m for m in sys.modules "
             "if m.startswith(('sqlalchemy.dialects.postgresql', 'alembic'))}))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
