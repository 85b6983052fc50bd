"""Staff users and, on PostgreSQL, their logins' group memberships (DESIGN.md §12).

An active staff user with a ``db_login`` is a member of the group role of their app
role (app/db_roles.py): adding them grants it, changing their role moves it,
deactivating them revokes it. The GRANT and REVOKE run in the use case's transaction
(PostgreSQL's role catalog is transactional), so a refusal changes neither the row nor
the membership. On SQLite ``db_login`` is only recorded.

An administrator whose login has CREATEROLE may also create a login (`create_login`,
or `add_staff(..., login_password=...)` to create it and add its staff user in one
transaction). The password never leaves this module in clear: libpq hashes it
(SCRAM-SHA-256) before it is sent, and it is neither logged, audited nor stored.
"""

from __future__ import annotations

from sqlalchemy import func, select

from app import db_roles
from app import models as m
from app.errors import RuleViolation
from app.unit_of_work import UnitOfWork
from app.validation import choice, text
from app.validation import email as check_email
from app.views import StaffPage, StaffView

NAME_LIMIT = 63  # PostgreSQL's longest name, in bytes (NAMEDATALEN - 1)


def staff_view(row: m.StaffUser) -> StaffView:
    return StaffView(row.id, row.name, row.email, row.role, row.language, row.db_login, row.active)


def _on_postgres(uow: UnitOfWork) -> bool:
    return uow.session.get_bind().dialect.name == "postgresql"


def staff_page(uow: UnitOfWork) -> StaffPage:
    """Every staff user (active or not), by name, and whether the signed-in login may create logins."""
    rows = uow.session.scalars(select(m.StaffUser).order_by(m.StaffUser.name, m.StaffUser.id))
    return StaffPage(tuple(staff_view(r) for r in rows),
                     _on_postgres(uow) and db_roles.may_create_roles(uow.session))


def create_login(uow: UnitOfWork, login: str, password: str) -> None:
    """Administrators, team database only: creates the PostgreSQL login `login` (CREATE
    ROLE … LOGIN PASSWORD, the name quoted as an identifier). Refuses on SQLite, an empty
    password, a name the server already knows, and, with PermissionDenied
    "db_createrole_needed", a signed-in login without CREATEROLE."""
    uow.require_action("add_staff")
    if not _on_postgres(uow):
        raise RuleViolation("db_login_needs_postgres")
    login = _login_name(login)
    if not password:
        raise RuleViolation("text_empty", what="db_password")
    db_roles.create_login(uow.session, login, password)
    uow.audit("staff.login", f"Database login {login} created", after={"db_login": login})


def _login_name(login: str) -> str:
    login = text(login, "db_login", limit=NAME_LIMIT)
    # The server cuts longer names (in bytes) without an error: the staff user would then
    # name a login that is not the one created.
    if len(login.encode()) > NAME_LIMIT:
        raise RuleViolation("text_too_long", what="db_login", limit=NAME_LIMIT)
    return login


def add_staff(uow: UnitOfWork, name: str, email: str, role: str, *, language: str = "en",
              db_login: str | None = None, login_password: str | None = None) -> int:
    """Refuses a taken email or login, and on PostgreSQL a login the server does not know
    or may not be granted by the signed-in login. `login_password`: `db_login` is created
    first (`create_login`, with its refusals), in the same transaction."""
    uow.require_action("add_staff")
    name = text(name, "staff_name")
    email = check_email(email, "staff_email", required=True)
    choice(role, m.ROLES, "role")
    choice(language, m.LANGUAGES, "language")
    if uow.session.scalar(select(m.StaffUser.id).where(func.lower(m.StaffUser.email) == email.lower())):
        raise RuleViolation("staff_email_taken", email=email)
    if login_password is not None:
        if db_login is None:
            raise RuleViolation("text_empty", what="db_login")
        create_login(uow, db_login, login_password)
    if db_login is not None:
        db_login = _login_name(db_login)
        _check_login(uow, db_login)
    row = m.StaffUser(name=name, email=email, role=role, language=language, db_login=db_login, active=True)
    uow.session.add(row)
    uow.session.flush()
    if db_login is not None and _on_postgres(uow):
        db_roles.grant_membership(uow.session, db_login, role)
    uow.audit("staff.add", f"Staff user {name} added as {role}",
              after={"email": email, "role": role, "db_login": db_login})
    return row.id


def _check_login(uow: UnitOfWork, login: str) -> None:
    other = uow.session.scalar(select(m.StaffUser).where(m.StaffUser.db_login == login))
    if other is not None:
        raise RuleViolation("db_login_taken", login=login, name=other.name)
    if _on_postgres(uow) and not db_roles.login_exists(uow.session, login):
        raise RuleViolation("db_login_unknown", login=login)


def set_staff_role(uow: UnitOfWork, staff_id: int, role: str) -> None:
    """Administrators; moves the login to the new role's group. Refuses to demote the last
    active administrator."""
    uow.require_action("edit_staff")
    choice(role, m.ROLES, "role")
    row: m.StaffUser = uow.get(m.StaffUser, staff_id, "staff user")
    if role == row.role:
        return
    before = row.role
    _keep_an_administrator(uow, row)
    if row.db_login and row.active and _on_postgres(uow):
        db_roles.revoke_membership(uow.session, row.db_login, before)
        db_roles.grant_membership(uow.session, row.db_login, role)
    row.role = role
    uow.audit("staff.role", f"Staff user {row.name} is now {role}", before={"role": before}, after={"role": role})


def deactivate_staff(uow: UnitOfWork, staff_id: int) -> None:
    """Administrators; the staff user can no longer sign in, and their login leaves its
    group (its database rights end with the transaction). Their past work keeps their
    name. Refuses the last active administrator."""
    uow.require_action("edit_staff")
    row: m.StaffUser = uow.get(m.StaffUser, staff_id, "staff user")
    if not row.active:
        return
    _keep_an_administrator(uow, row)
    if row.db_login and _on_postgres(uow):
        db_roles.revoke_membership(uow.session, row.db_login, row.role)
    row.active = False
    uow.audit("staff.deactivate", f"Staff user {row.name} deactivated", before={"active": True},
              after={"active": False, "db_login": row.db_login})


def _keep_an_administrator(uow: UnitOfWork, row: m.StaffUser) -> None:
    if row.role != "administrator":
        return
    others = uow.session.scalar(select(func.count()).select_from(m.StaffUser).where(
        m.StaffUser.role == "administrator", m.StaffUser.active.is_(True), m.StaffUser.id != row.id))
    if not others:
        raise RuleViolation("staff_last_administrator", name=row.name)
