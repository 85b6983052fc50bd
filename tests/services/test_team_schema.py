"""A team database older than the app (issue 11): the owner's login brings it up to date
on opening; a login that may not change the schema gets one sentence naming both
versions, and nothing is changed. Against the real PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from desk_fixtures import PG_URL, reset_postgres
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import app.db
from app.desk import Desk
from app.errors import DatabaseError
from app.schema_version import HEAD

pytestmark = pytest.mark.postgres
OLDER = "0003_import"
LOGIN = "h_pgdemo_reader"  # a login of this test only: roles are shared by the whole server


def _at(revision: str) -> None:
    reset_postgres()
    engine = app.db.make_engine(PG_URL)
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(app.db.__file__).with_name("migrations")))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


@pytest.fixture
def reader_url() -> str:
    """A login that may read every table but owns none (as a staff login would)."""
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        if conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": LOGIN}) is None:
            conn.execute(text(f"CREATE ROLE {LOGIN} LOGIN"))
        conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {LOGIN}"))
        conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {LOGIN}"))
    engine.dispose()
    return make_url(PG_URL).set(username=LOGIN).render_as_string(hide_password=False)


def test_a_login_that_cannot_migrate_is_told_both_versions_and_nothing_changes(reader_url_at_older):
    with pytest.raises(DatabaseError) as refused:
        Desk.open(reader_url_at_older)
    assert refused.value.code == "database_schema_older"
    assert refused.value.params == {"current": OLDER, "needed": HEAD}
    assert str(refused.value) == (f"The team database is at version {OLDER}; this app needs {HEAD}. "
                                  "Ask an administrator to open it once with this version.")
    assert app.db.current_revision(app.db.make_engine(PG_URL)) == OLDER


def test_the_owner_login_brings_an_older_team_database_up_to_date(reader_url_at_older):
    assert not app.db.can_migrate(app.db.make_engine(reader_url_at_older))
    assert app.db.can_migrate(app.db.make_engine(PG_URL))
    with Desk.open(PG_URL) as desk:
        assert app.db.current_revision(desk.engine) == HEAD
        assert desk.actor.role == "administrator"


@pytest.fixture
def reader_url_at_older(request: pytest.FixtureRequest) -> str:
    _at(OLDER)
    return request.getfixturevalue("reader_url")
