"""Creating a database login from Account Desk (DESIGN.md §12; issue 11): an administrator
whose login has CREATEROLE creates a login, alone or with its staff user in one
transaction; the name is quoted as an identifier, the password reaches the server only
hashed, and a login without CREATEROLE gets a sentence instead.

Logins are created per test with unique names (``adt_<word>_<uuid>``) and dropped after;
the accountdesk_* groups are never dropped.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from desk_fixtures import PG_URL, reset_postgres
from psycopg import sql
from team_logins import Logins, admin_connection, member_of

from app.desk import Desk
from app.errors import PermissionDenied, RuleViolation

PASSWORD = "correct horse battery staple"


@pytest.fixture
def logins(admin: Desk) -> Iterator[Logins]:
    made = Logins()
    yield made
    admin.close()  # its connections may hold what a login owns
    reset_postgres()
    made.made = [login for login in made.made if stored_password(login) is not None or exists(login)]
    made.drop_all()


def exists(login: str) -> bool:
    with admin_connection() as conn:
        return conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone() is not None


def new_name(logins: Logins, word: str) -> str:
    """A unique login name the test will drop, created or not."""
    login = f"adt_{word}_{uuid.uuid4().hex[:8]}"
    logins.made.append(login)
    return login


def stored_password(login: str) -> str | None:
    with admin_connection() as conn:
        row = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s AND rolcanlogin", (login,)).fetchone()
    return None if row is None else row[0]


def open_as(logins: Logins, login: str) -> Desk:
    return Desk.open(logins.url(login))


@pytest.fixture
def admin() -> Iterator[Desk]:
    """The test server's superuser, first administrator of a fresh schema."""
    reset_postgres()
    desk = Desk.open(PG_URL)
    yield desk
    desk.close()


@pytest.mark.postgres
def test_an_administrator_with_createrole_creates_a_login_with_a_hashed_password(admin, logins):
    odd = f'adt_o"dd x_{uuid.uuid4().hex[:8]}'  # a quote and a space: quoted as an identifier, not pasted
    try:
        admin.create_login(odd, PASSWORD)
        stored = stored_password(odd)
        assert stored is not None and stored.startswith("SCRAM-SHA-256$") and PASSWORD not in stored
        event = admin.timeline()[0]
        assert event.action == "staff.login" and odd in event.summary and PASSWORD not in event.summary
    finally:
        with admin_connection() as conn:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(odd)))


@pytest.mark.postgres
def test_adding_a_staff_user_with_a_new_login_creates_it_and_its_membership_together(admin, logins):
    login = new_name(logins, "new")
    admin.add_staff("Nia", "nia@team.test", "manager", db_login=login, login_password=PASSWORD)
    assert stored_password(login) is not None and member_of(login) == {"accountdesk_manager"}
    taken = new_name(logins, "taken")
    with pytest.raises(RuleViolation) as refusal:  # the staff user is refused: the login is not created either
        admin.add_staff("Other", "nia@team.test", "staff", db_login=taken, login_password=PASSWORD)
    assert refusal.value.code == "staff_email_taken" and stored_password(taken) is None


@pytest.mark.postgres
def test_a_login_without_createrole_is_refused_with_a_sentence_and_nothing_is_created(admin, logins):
    plain = logins.create("plain")
    admin.add_staff("Plain", "plain@team.test", "administrator", db_login=plain)
    wanted = new_name(logins, "wanted")
    desk = open_as(logins, plain)
    try:
        assert not desk.staff_page().can_create_logins
        before = desk.staff()
        for attempt in (lambda: desk.create_login(wanted, PASSWORD),
                        lambda: desk.add_staff("W", "w@team.test", "staff", db_login=wanted, login_password=PASSWORD)):
            with pytest.raises(PermissionDenied) as refusal:
                attempt()
            assert refusal.value.code == "db_createrole_needed"
            assert "CREATEROLE" in str(refusal.value) and plain in str(refusal.value)
            assert PASSWORD not in str(refusal.value)
        assert desk.staff() == before and stored_password(wanted) is None
    finally:
        desk.close()


@pytest.mark.postgres
def test_a_createrole_administrator_login_creates_logins_and_an_existing_name_is_refused(admin, logins):
    creator = logins.create("creator", "CREATEROLE")
    admin.add_staff("Creator", "creator@team.test", "administrator", db_login=creator)
    login = new_name(logins, "made")
    desk = open_as(logins, creator)
    try:
        assert desk.staff_page().can_create_logins
        desk.add_staff("Made", "made@team.test", "staff", db_login=login, login_password=PASSWORD)
        with pytest.raises(RuleViolation) as refusal:
            desk.create_login(login, PASSWORD)
        assert refusal.value.code == "db_login_exists"
    finally:
        desk.close()
    assert member_of(login) == {"accountdesk_staff"}


@pytest.mark.postgres
def test_a_staff_login_may_not_create_logins(admin, logins):
    staff = logins.create("staff", "CREATEROLE")
    admin.add_staff("Sam", "sam@team.test", "staff", db_login=staff)
    desk = open_as(logins, staff)
    try:
        with pytest.raises(PermissionDenied) as refusal:
            desk.create_login(new_name(logins, "never"), PASSWORD)
        assert refusal.value.code != "db_createrole_needed"  # refused by role, before the server is asked
    finally:
        desk.close()


def test_on_sqlite_there_are_no_logins_to_create(sqlite_url):
    desk = Desk.open(sqlite_url)
    with pytest.raises(RuleViolation) as refusal:
        desk.create_login("someone", PASSWORD)
    assert refusal.value.code == "db_login_needs_postgres"
    assert desk.staff_page().can_create_logins is False
    desk.close()
