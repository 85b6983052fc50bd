"""Staff users and, on PostgreSQL, their logins' group memberships (DESIGN.md §12).

An active staff user with a ``db_login`` is a member of the group role of their app
role (app/db_roles.py): adding them grants it, changing their role moves it,
deactivating them revokes it. The GRANT and REVOKE run in the use case's transaction
(PostgreSQL's role catalog is transactional), so a refusal changes neither the row nor
the membership. On SQLite ``db_login`` is only recorded.
"""

from __future__ import annotations

from sqlalchemy import func, select

from app import db_roles
from app import models as m
from app.errors import RuleViolation
from app.unit_of_work import UnitOfWork
from app.validation import choice, text
from app.validation import email as check_email
from app.views import StaffView


def staff_view(row: m.StaffUser) -> StaffView:
    return StaffView(row.id, row.name, row.email, row.role, row.language, row.db_login, row.active)


def _on_postgres(uow: UnitOfWork) -> bool:
    return uow.session.get_bind().dialect.name == "postgresql"


def add_staff(uow: UnitOfWork, name: str, email: str, role: str, *, language: str = "en",
              db_login: str | None = None) -> int:
    """Refuses a taken email or login, and on PostgreSQL a login the server does not know
    or may not be granted by the signed-in login."""
    uow.require_action("add_staff")
    name = text(name, "staff_name")
    email = check_email(email, "staff_email", required=True)
    choice(role, m.ROLES, "role")
    choice(language, m.LANGUAGES, "language")
    if uow.session.scalar(select(m.StaffUser.id).where(func.lower(m.StaffUser.email) == email.lower())):
        raise RuleViolation("staff_email_taken", email=email)
    if db_login is not None:
        db_login = text(db_login, "db_login")
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
