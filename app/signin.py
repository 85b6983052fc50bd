"""Who is acting (DESIGN.md §12): the staff user a `Desk` works as, found at open.

SQLite: the local user is the administrator (``admin@localhost``, created on first
open) and may act as any staff user by email (`user=`); on a personal file roles guard
against mistakes, not attacks.

PostgreSQL: the actor is the staff user whose ``db_login`` is the signed-in login
(``current_user``); a login that is no active staff user is refused at open, and `user=`
may only name that same staff user (by email or login). The first administrator: the
login that owns the schema (the one whose first open created it), or a superuser,
becomes an administrator staff user with ``db_login`` = its login when it has none yet
(the server lets it do anything anyway, so it is never refused as unknown).

A superuser may act as any staff user with `user=`, like the local administrator on
SQLite: the server cannot restrict a superuser anyway. So that the server still holds
the line of the role acted as, a superuser acting as a staff or manager user runs
every transaction under ``SET LOCAL ROLE`` of that role's group (``server_role``);
acting as an administrator it keeps its own rights (it adds logins to groups).
"""

from __future__ import annotations

from sqlalchemy import Engine, func, or_, select, text
from sqlalchemy.orm import Session

from app import db_roles
from app import models as m
from app.errors import PermissionDenied
from app.unit_of_work import Actor

LOCAL_ADMIN_EMAIL = "admin@localhost"


def resolve_actor(engine: Engine, user: str | None) -> tuple[Actor, str | None]:
    """The acting staff user, and the group role a superuser's transactions run as (or
    None). PermissionDenied for an unknown or inactive user, or, on PostgreSQL, a `user=`
    naming another staff user than the login's own."""
    with Session(engine) as session, session.begin():
        if engine.dialect.name == "sqlite":
            row = _sqlite_actor(session, user)
            server_role = None
        else:
            row, server_role = _postgres_actor(session, user)
        if row is None or not row.active:
            if user:
                raise PermissionDenied("not_staff", user=user)
            raise PermissionDenied("login_not_staff")
        return Actor(row.id, row.email, row.name, row.role, row.language), server_role


def _by_email(session: Session, user: str) -> m.StaffUser | None:
    return session.scalar(select(m.StaffUser).where(func.lower(m.StaffUser.email) == user.lower()))


def _sqlite_actor(session: Session, user: str | None) -> m.StaffUser | None:
    admin = session.scalar(select(m.StaffUser).where(m.StaffUser.email == LOCAL_ADMIN_EMAIL))
    if admin is None:
        admin = m.StaffUser(name="Local administrator", email=LOCAL_ADMIN_EMAIL, role="administrator",
                            language="en", active=True)
        session.add(admin)
        session.flush()
    return admin if user is None else _by_email(session, user)


def _postgres_actor(session: Session, user: str | None) -> tuple[m.StaffUser | None, str | None]:
    login = session.scalar(text("SELECT current_user"))
    superuser = db_roles.is_superuser(session)
    own = session.scalar(select(m.StaffUser).where(m.StaffUser.db_login == login))
    if own is None and user is None and (superuser or _owns_schema(session, login)):
        # The login that created the database (or a superuser) administers it: the server
        # lets it do anything anyway, so it is never refused as unknown.
        own = m.StaffUser(name=login, email=f"{login}@localhost",
                          role="administrator", language="en", db_login=login, active=True)
        session.add(own)
        session.flush()
    if user is None:
        row = own
    elif superuser:
        row = session.scalar(select(m.StaffUser).where(or_(
            m.StaffUser.db_login == user, func.lower(m.StaffUser.email) == user.lower())))
    elif own is not None and user.lower() in (own.email.lower(), (own.db_login or "").lower()):
        row = own
    else:
        raise PermissionDenied("not_own_staff_user", user=user, login=login)
    server_role = None
    if superuser and row is not None and row.role != "administrator":
        server_role = db_roles.GROUPS[row.role]
    return row, server_role


def _owns_schema(session: Session, login: str) -> bool:
    return session.scalar(text("SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
                               "AND tablename = 'alembic_version'")) == login
