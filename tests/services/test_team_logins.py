"""A team on one PostgreSQL database: each person signs in with their own login, and the
server holds the line of their role (DESIGN.md §12; migration 0007, app/signin.py).

Several logins are created per test (unique names, dropped after); the database's
schema is created by the superuser of the test server, who is its first administrator.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from deactivation_helpers import POSSIBLE, PURGE_ON, deactivate, ended_client
from desk_fixtures import PG_URL, at_revision, reset_postgres
from sqlalchemy import text
from team_logins import Logins, admin_connection, member_of

from app.desk import Desk
from app.errors import DatabaseError, PermissionDenied, RuleViolation
from app.services.purge import SCRUBBED

pytestmark = pytest.mark.postgres
TODAY = date(2026, 11, 22)


@pytest.fixture
def db_url() -> str:
    reset_postgres()
    return PG_URL


@pytest.fixture
def logins() -> Logins:
    made = Logins()
    yield made
    reset_postgres()  # drops what a login may own in this database first
    made.drop_all()


@pytest.fixture
def team(open_desk, logins: Logins) -> dict:
    """The superuser's administrator desk, and a staff, a manager and an administrator login."""
    admin = open_desk()
    people = {"admin": admin}
    for role in ("staff", "manager", "administrator"):
        login = logins.create(role)
        people[role] = login
        people[f"{role}_id"] = admin.add_staff(role.title(), f"{login}@team.test", role, db_login=login)
    return people


def open_as(logins: Logins, login: str, when: date = TODAY, user: str | None = None) -> Desk:
    return Desk.open(logins.url(login), user=user, today=when)


def refused(conn: psycopg.Connection, statement: str) -> bool:
    try:
        conn.execute(statement)
    except psycopg.errors.InsufficientPrivilege:
        return True
    return False


def test_add_staff_makes_the_login_a_member_of_its_role_group(team):
    assert member_of(team["staff"]) == {"accountdesk_staff"}
    assert member_of(team["manager"]) == {"accountdesk_manager"}
    assert member_of(team["administrator"]) == {"accountdesk_administrator"}


def test_a_staff_login_acts_as_itself_and_is_refused_a_manager_action(team, logins, open_desk):
    client = team["admin"].add_client("Harbour Ltd")
    sub = team["admin"].add_subscription(client, "Pro", Decimal("30"), start=date(2026, 1, 5))
    desk = open_as(logins, team["staff"])
    try:
        assert desk.me().email == f"{team['staff']}@team.test" and desk.me().role == "staff"
        note = desk.add_note(client, "Called about the renewal")
        assert note
        assert desk.timeline(client)[0].actor == f"{team['staff']}@team.test"
        desk.run_lifecycle()
        with pytest.raises(PermissionDenied) as refusal:
            desk.void_latest_invoice(sub)
        assert refusal.value.code == "permission"
        with pytest.raises(PermissionDenied):
            desk.update_settings(retention_days=30)
    finally:
        desk.close()


def test_a_staff_login_cannot_claim_another_staff_user(team, logins):
    with pytest.raises(PermissionDenied) as refusal:
        open_as(logins, team["staff"], user=f"{team['manager']}@team.test")
    assert refusal.value.code == "not_own_staff_user"
    assert team["staff"] in str(refusal.value)
    with pytest.raises(PermissionDenied):
        open_as(logins, team["staff"], user=team["administrator"])
    own = open_as(logins, team["staff"], user=f"{team['staff']}@team.test")
    assert own.me().role == "staff"
    own.close()


def test_a_login_outside_the_team_is_refused_at_open(team, logins):
    stranger = logins.create("stranger")
    with pytest.raises(PermissionDenied) as refusal:
        open_as(logins, stranger)
    assert refusal.value.code == "login_no_rights" and stranger in str(refusal.value)
    # On a new database PUBLIC may use the schema: the tables themselves refuse the stranger.
    with admin_connection() as conn:
        conn.execute("GRANT USAGE ON SCHEMA public TO PUBLIC")
    with pytest.raises(PermissionDenied) as refusal:
        open_as(logins, stranger)
    assert refusal.value.code == "login_no_rights"
    # A group member granted by hand, with no staff user: still no one the app knows.
    with admin_connection() as conn:
        conn.execute(f'GRANT accountdesk_staff TO "{stranger}"')
    with pytest.raises(PermissionDenied) as refusal:
        open_as(logins, stranger)
    assert refusal.value.code == "login_not_staff"


def test_with_plain_sql_a_staff_login_cannot_delete_clients_change_audit_events_or_edit_settings(team, logins):
    admin = team["admin"]
    client = admin.add_client("Harbour Ltd")
    admin.update_settings(retention_days=20)
    with logins.sql(team["staff"]) as conn:
        assert conn.execute("SELECT count(*) FROM client").fetchone()[0] == 1
        assert refused(conn, f"DELETE FROM client WHERE id = {client}")
        assert refused(conn, f"DELETE FROM contact WHERE client_id = {client}")
        assert refused(conn, "DELETE FROM invoice")
        assert refused(conn, "UPDATE audit_event SET summary = 'nothing happened'")
        assert refused(conn, "DELETE FROM audit_event")
        assert refused(conn, "UPDATE setting SET value = '99'")
        assert refused(conn, "INSERT INTO setting(key, value) VALUES ('smtp_host', '\"evil.test\"')")
        assert refused(conn, "UPDATE staff_user SET role = 'administrator'")
        assert refused(conn, f"SELECT accountdesk_scrub_audit({client})")
        assert refused(conn, "UPDATE alembic_version SET version_num = 'x'")
        assert refused(conn, "CREATE TABLE mine (id int)")
        # What staff do is allowed: adding audit events, changing a client.
        conn.execute(f"UPDATE client SET phone = '0102' WHERE id = {client}")
    assert admin.client(client).phone == "0102"
    assert admin.settings()["retention_days"] == 20


def test_a_manager_login_deletes_through_the_purge_and_a_staff_run_leaves_it_waiting(team, logins, tmp_path: Path,
                                                                                     open_desk):
    ids = ended_client(open_desk, tmp_path)
    manager = open_as(logins, team["manager"], when=POSSIBLE)
    manager.run_lifecycle()
    deactivate(manager, ids)
    manager.close()
    staff = open_as(logins, team["staff"], when=PURGE_ON)
    assert staff.run_lifecycle(PURGE_ON).get("purges_waiting") == 1
    staff.close()
    assert team["admin"].client(ids["client"]).status == "deactivating"
    manager = open_as(logins, team["manager"], when=PURGE_ON)
    try:
        assert manager.run_lifecycle(PURGE_ON)["clients_purged"] == 1
    finally:
        manager.close()
    events = [e for e in team["admin"].timeline(ids["client"]) if e.action != "client.purge"]
    assert events and {e.summary for e in events} == {SCRUBBED}
    with logins.sql(team["manager"]) as conn:
        assert refused(conn, "UPDATE audit_event SET summary = 'rewritten'")
        assert refused(conn, "DELETE FROM audit_event")
        assert refused(conn, "UPDATE setting SET value = '99'")
        other = team["admin"].add_client("Bay Ltd")
        # The scrub refuses a client that still exists.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"SELECT accountdesk_scrub_audit({other})")
        conn.execute(f"DELETE FROM client WHERE id = {other}")


def test_an_administrator_login_edits_settings_and_adds_logins(team, logins):
    admin = open_as(logins, team["administrator"])
    newcomer = logins.create("newcomer")
    second_admin = logins.create("second")
    try:
        admin.update_settings(retention_days=45)
        assert admin.settings()["retention_days"] == 45
        admin.add_staff("Newcomer", "new@team.test", "staff", db_login=newcomer)
        admin.add_staff("Second", "second@team.test", "administrator", db_login=second_admin)
    finally:
        admin.close()
    assert member_of(newcomer) == {"accountdesk_staff"}
    assert member_of(second_admin) == {"accountdesk_administrator"}
    with logins.sql(team["administrator"]) as conn:
        conn.execute("UPDATE setting SET value = '50' WHERE key = 'retention_days'")
        assert refused(conn, "UPDATE audit_event SET summary = 'rewritten'")


def test_changing_the_role_moves_the_membership(team, logins):
    team["admin"].set_staff_role(team["staff_id"], "manager")
    assert member_of(team["staff"]) == {"accountdesk_manager"}
    desk = open_as(logins, team["staff"])
    assert desk.me().role == "manager" and desk.permission("void_invoice") is None
    desk.close()


def test_deactivating_a_staff_user_revokes_the_login_which_then_cannot_open(team, logins):
    desk = open_as(logins, team["staff"])
    desk.close()
    team["admin"].deactivate_staff(team["staff_id"])
    assert member_of(team["staff"]) == set()
    with pytest.raises(PermissionDenied) as refusal:
        open_as(logins, team["staff"])
    assert refusal.value.code == "login_no_rights"
    assert [s.active for s in team["admin"].staff() if s.id == team["staff_id"]] == [False]


def test_add_staff_refuses_an_unknown_or_taken_login_and_changes_nothing(team, logins):
    admin = team["admin"]
    before = admin.staff()
    with pytest.raises(RuleViolation) as refusal:
        admin.add_staff("Ghost", "ghost@team.test", "staff", db_login="adt_no_such_login_x")
    assert refusal.value.code == "db_login_unknown"
    with pytest.raises(RuleViolation) as refusal:
        admin.add_staff("Twin", "twin@team.test", "staff", db_login=team["manager"])
    assert refusal.value.code == "db_login_taken"
    assert admin.staff() == before


def test_a_login_that_may_not_grant_is_refused_and_nothing_is_added(team, logins):
    # An administrator granted by hand without the admin option adds staff (the group
    # holds it), but may not make another login an administrator.
    weak = logins.create("weak")
    with admin_connection() as conn:
        conn.execute(f'GRANT accountdesk_administrator TO "{weak}"')
    team["admin"].add_staff("Weak", "weak@team.test", "administrator", db_login=weak)
    with admin_connection() as conn:
        conn.execute(f'REVOKE ADMIN OPTION FOR accountdesk_administrator FROM "{weak}"')
    target = logins.create("target")
    desk = open_as(logins, weak)
    try:
        before = desk.staff()
        with pytest.raises(PermissionDenied) as refusal:
            desk.add_staff("Target", "target@team.test", "administrator", db_login=target)
        assert refusal.value.code == "db_grant_refused" and weak in str(refusal.value)
        assert desk.staff() == before and member_of(target) == set()
        desk.add_staff("Target", "target@team.test", "staff", db_login=target)
    finally:
        desk.close()
    assert member_of(target) == {"accountdesk_staff"}


def test_a_superuser_acting_as_a_staff_user_gets_the_staff_rights_of_the_server(team, open_desk):
    desk = open_desk(user=f"{team['staff']}@team.test")
    assert desk.me().role == "staff"
    with desk.session() as session:
        assert session.scalar(text("SELECT current_user")) == "accountdesk_staff"


def test_the_login_that_creates_the_schema_becomes_its_administrator(db_url, logins):  # an empty schema first
    creator = logins.create("creator")
    with admin_connection() as conn:
        conn.execute(f'GRANT USAGE, CREATE ON SCHEMA public TO "{creator}"')
    desk = open_as(logins, creator)
    try:
        me = desk.me()
        assert me.role == "administrator" and me.email == f"{creator}@localhost"
        assert [s.db_login for s in desk.staff()] == [creator]
    finally:
        desk.close()


def test_without_createrole_the_migration_says_so_when_a_group_is_missing(db_url, logins, monkeypatch):
    from sqlalchemy import create_engine

    from app import db_roles

    # A group name nobody has, so that no shared role is touched.
    monkeypatch.setitem(db_roles.GROUPS, "staff", f"adt_group_{logins.create('probe')[-10:]}_missing")
    plain = logins.create("plain")
    engine = create_engine(logins.url(plain))
    try:
        with engine.begin() as conn, pytest.raises(DatabaseError) as refusal:
            db_roles.ensure_groups(conn)
    finally:
        engine.dispose()
    assert refusal.value.code == "database_needs_createrole"
    assert plain in str(refusal.value) and "CREATEROLE" in str(refusal.value)


def test_every_table_keeps_the_rights_of_its_groups(open_desk):
    """The invariants later migrations must keep (README, Team database)."""
    from app import models as m

    desk = open_desk()
    tables = [t.name for t in m.Base.metadata.sorted_tables] + ["alembic_version"]
    with desk.session() as session:
        def can(group: str, table: str, privilege: str) -> bool:
            return bool(session.scalar(text("SELECT has_table_privilege(:g, :t, :p)"),
                                       {"g": group, "t": table, "p": privilege}))

        for table in tables:
            assert can("accountdesk_staff", table, "SELECT"), table
            assert not can("accountdesk_staff", table, "DELETE"), table
            assert not can("accountdesk_administrator", table, "TRUNCATE"), table
        for group in ("accountdesk_staff", "accountdesk_manager", "accountdesk_administrator"):
            assert can(group, "audit_event", "INSERT")
            assert not can(group, "audit_event", "UPDATE") and not can(group, "audit_event", "DELETE")
            assert not can(group, "alembic_version", "UPDATE")
        for table in ("setting", "staff_user"):
            assert not can("accountdesk_manager", table, "UPDATE") and not can("accountdesk_manager", table, "INSERT")
            assert can("accountdesk_administrator", table, "UPDATE")
        assert can("accountdesk_manager", "client", "DELETE")


def test_upgrading_a_team_database_gives_its_staff_logins_their_groups(logins, db_url):
    login = logins.create("veteran")
    with at_revision(db_url, "0005_outbox_lease") as conn:
        conn.execute(text("INSERT INTO staff_user (name, email, role, language, db_login, active) "
                          "VALUES ('Vera', 'vera@team.test', 'manager', 'en', :login, true)"), {"login": login})
    Desk.open(db_url, today=TODAY).close()
    assert member_of(login) == {"accountdesk_manager"}
    desk = open_as(logins, login)
    assert (desk.me().email, desk.me().role) == ("vera@team.test", "manager")
    desk.close()
