"""PostgreSQL group roles: the server's half of the permissions (DESIGN.md §12).

Each app role has a group role on the server: ``accountdesk_staff``,
``accountdesk_manager``, ``accountdesk_administrator``. A person's login is a member of
the group of their app role, so a login talking SQL directly can do what the app would
let that person do, and no more. Roles are cluster-wide: every Account Desk database on
one server shares the three groups (one server, one team).

The chain: ``accountdesk_manager`` is a member of ``accountdesk_staff`` and
``accountdesk_administrator`` a member of ``accountdesk_manager`` (both inheriting), so
each group's grants add only what its role adds. ``accountdesk_administrator`` also
holds the ADMIN OPTION on the two other groups, and an administrator's login is granted
its group WITH ADMIN OPTION: an administrator adds logins to any group from the app
without CREATEROLE (PostgreSQL 15: the admin option is held through membership).

The rule for every migration: a table it creates is readable by every group through the
default privileges set by 0006 (for tables the migrating login creates); anything more
(INSERT, UPDATE, DELETE) is granted by the migration itself with ``grant_rights``.

Nothing here runs on SQLite; the callers check the dialect.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.errors import DatabaseError, PermissionDenied, RuleViolation

log = logging.getLogger(__name__)

GROUPS = {"staff": "accountdesk_staff", "manager": "accountdesk_manager",
          "administrator": "accountdesk_administrator"}
# (member, group, with admin option): manager inherits staff, administrator inherits manager.
CHAIN = (("accountdesk_manager", "accountdesk_staff", False),
         ("accountdesk_administrator", "accountdesk_manager", True),
         ("accountdesk_administrator", "accountdesk_staff", True))
INSUFFICIENT_PRIVILEGE = "42501"
UNIQUE_VIOLATION = "23505"


def quote(conn: Connection | Session, name: str) -> str:
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    return bind.dialect.identifier_preparer.quote_identifier(name)


def _login_flags(conn: Connection | Session) -> tuple[str, bool, bool]:
    row = conn.execute(text("SELECT current_user, rolsuper, rolcreaterole FROM pg_roles "
                            "WHERE rolname = current_user")).one()
    return row[0], bool(row[1]), bool(row[2])


def is_superuser(conn: Connection | Session) -> bool:
    return _login_flags(conn)[1]


def is_member(conn: Connection | Session, login: str, group: str) -> bool:
    """True when `login` is a direct member of `group`."""
    return bool(conn.execute(text(
        "SELECT 1 FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member JOIN pg_roles g ON g.oid = a.roleid "
        "WHERE m.rolname = :login AND g.rolname = :grp"), {"login": login, "grp": group}).first())


def ensure_groups(conn: Connection) -> None:
    """Creates the three groups and their chain when missing (a migration step).

    Creating a role needs CREATEROLE: without it, and with a group missing, raises
    DatabaseError "database_needs_createrole"; when the groups exist, a chain link that
    cannot be granted is logged as a warning (an administrator with CREATEROLE mends it
    by opening the database once)."""
    login, superuser, createrole = _login_flags(conn)
    existing = set(conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
                                {"names": list(GROUPS.values())}).scalars())
    missing = [g for g in GROUPS.values() if g not in existing]
    if missing and not (superuser or createrole):
        raise DatabaseError("database_needs_createrole", login=login, roles=", ".join(missing))
    for group in missing:
        # Roles are cluster-wide: another database's migration may create it at the same
        # moment, which is not an error.
        conn.execute(text(f"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN
                    CREATE ROLE {group} NOLOGIN;
                END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$"""))
    for member, group, admin in CHAIN:
        if not is_member(conn, member, group) and not allowed(
                conn, f"GRANT {group} TO {member}" + (" WITH ADMIN OPTION" if admin else "")):
            log.warning("login %s may not make %s a member of %s; a login with CREATEROLE must do it",
                        login, member, group)


def allowed(conn: Connection | Session, statement: str) -> bool:
    """Runs `statement` in a savepoint; False (and nothing done) when the server refuses
    it for lack of privilege. A grant another session made at the same moment (roles are
    cluster-wide) is a unique violation: done all the same."""
    try:
        with conn.begin_nested():
            conn.execute(text(statement))
    except DBAPIError as exc:
        state = getattr(exc.orig, "sqlstate", None)
        if state == UNIQUE_VIOLATION:
            return True
        if state != INSUFFICIENT_PRIVILEGE:
            raise
        return False
    return True


def grant_access(conn: Connection, schema: str, database: str) -> None:
    """CONNECT on the database and USAGE on the schema for the three groups. Both belong to
    the database's owner: a migrating login that is not the owner leaves them as they are,
    with a warning (PUBLIC holds both on a new PostgreSQL database)."""
    groups = ", ".join(GROUPS.values())
    for statement in (f"GRANT CONNECT ON DATABASE {quote(conn, database)} TO {groups}",
                      f"GRANT USAGE ON SCHEMA {quote(conn, schema)} TO {groups}"):
        if not allowed(conn, statement):
            log.warning("not granted (the database's owner must do it): %s", statement)


def grant_rights(conn: Connection, rights: Mapping[str, Mapping[str, str]]) -> None:
    """Grants table rights: {table: {app role: "SELECT, INSERT, ..."}}, and USAGE on the
    table's id sequence to a role that may INSERT. Only what is listed is granted; the
    chain adds a lower role's rights to the higher ones."""
    for table, by_role in rights.items():
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}).scalar() \
            if _has_id(conn, table) else None
        for role, privileges in by_role.items():
            group = GROUPS[role]
            conn.execute(text(f"GRANT {privileges} ON TABLE {quote(conn, table)} TO {group}"))
            if sequence and "INSERT" in privileges:
                conn.execute(text(f"GRANT USAGE ON SEQUENCE {sequence} TO {group}"))


def _has_id(conn: Connection, table: str) -> bool:
    return bool(conn.execute(text(
        "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = :t AND column_name = 'id'"), {"t": table}).first())


def grant_existing_logins(conn: Connection) -> None:
    """Each active staff user's existing login joins the group of its role (a database made
    before the groups existed); one the migrating login may not grant is logged."""
    rows = conn.execute(text(
        "SELECT s.db_login, s.role FROM staff_user s JOIN pg_roles r ON r.rolname = s.db_login "
        "WHERE s.active AND r.rolname <> current_user")).all()
    for login, role in rows:
        option = " WITH ADMIN OPTION" if role == "administrator" else ""
        if not is_member(conn, login, GROUPS[role]) and not allowed(
                conn, f"GRANT {GROUPS[role]} TO {quote(conn, login)}{option}"):
            log.warning("login %s was not made a member of %s; an administrator must grant it", login,
                        GROUPS[role])


# --- memberships (the staff service) -------------------------------------------------
def may_create_roles(conn: Connection | Session) -> bool:
    """The signed-in login may CREATE ROLE (CREATEROLE, or a superuser)."""
    _login, superuser, createrole = _login_flags(conn)
    return superuser or createrole


def create_login(session: Session, login: str, password: str) -> None:
    """CREATE ROLE `login` LOGIN PASSWORD, in the caller's transaction. The password is
    hashed by libpq (SCRAM-SHA-256) before it is sent, so neither the server's statement
    log nor ours ever holds it. PermissionDenied "db_createrole_needed" without
    CREATEROLE; RuleViolation "db_login_exists" for a name the server already has."""
    signed_in, superuser, createrole = _login_flags(session)
    if not (superuser or createrole):
        raise PermissionDenied("db_createrole_needed", signed_in=signed_in, login=login)
    if session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}):
        raise RuleViolation("db_login_exists", login=login)
    from psycopg import sql  # PostgreSQL only: SQLite never pays for importing the driver

    driver = session.connection().connection.driver_connection
    verifier = driver.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    with driver.cursor() as cursor:
        cursor.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(login), sql.Literal(verifier.decode())))


def login_exists(session: Session, login: str) -> bool:
    return bool(session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n AND rolcanlogin"),
                               {"n": login}))


def grant_membership(session: Session, login: str, role: str) -> None:
    """Makes `login` a member of the group of app role `role`, in the caller's transaction.
    PermissionDenied "db_grant_refused" when the signed-in login may not grant it."""
    group = GROUPS[role]
    option = " WITH ADMIN OPTION" if role == "administrator" else ""
    _membership(session, f"GRANT {group} TO {quote(session, login)}{option}", login, group)


def revoke_membership(session: Session, login: str, role: str) -> None:
    """Ends `login`'s membership of the group of app role `role` (none: nothing to do)."""
    group = GROUPS[role]
    if is_member(session, login, group):
        _membership(session, f"REVOKE {group} FROM {quote(session, login)}", login, group)


def _membership(session: Session, statement: str, login: str, group: str) -> None:
    if not allowed(session, statement):
        raise PermissionDenied("db_grant_refused", login=login, group=group,
                               signed_in=session.scalar(text("SELECT session_user")))
