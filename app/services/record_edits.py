"""Editing a client's details and its contacts, and taking back a contact just added
(issue 10: the ways out a refusal names exist in the window; DESIGN.md §2, §12, §13).

Each edit is one transaction that changes only the fields that differ, audits them with
their values before and after, and returns the values before, so that the window's Undo
is the same call with those values (itself audited as a change). Values are checked by
`app.validation`, as when the records are added. Who may do what comes from
`app.permissions`: any staff user edits a client's email, phone and language and its
contacts; giving a client to another account manager, or removing a contact (a deletion),
needs a manager.

The search index follows by itself: on SQLite the triggers of revision 0002 rewrite a
client's index row when its email or phone (or a contact's) changes; on PostgreSQL the
search reads the columns.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from app import models as m
from app.errors import RuleViolation
from app.services.clients import staff_member
from app.unit_of_work import UnitOfWork
from app.validation import choice, text
from app.validation import email as check_email

CLIENT_FIELDS = ("email", "phone", "language", "account_manager")
CONTACT_FIELDS = ("name", "email", "phone", "role", "language")
# A contact's role is edited between these; who owns the account changes by a transfer
# (`set_primary_admin`), which gives the previous owner the role admin.
EDITABLE_CONTACT_ROLES = ("admin", "user")


def apply_changes(uow: UnitOfWork, row: Any, values: dict[str, Any], *, action: str, summary: str,
                  client_id: int | None) -> dict[str, Any]:
    """Sets on `row` each of `values` that differs from what it holds and audits those, before
    and after, as one event (none when nothing differs) whose summary is `summary` followed by
    the names of the fields changed. Returns the values before."""
    before = {key: getattr(row, key) for key, value in values.items() if getattr(row, key) != value}
    changed = {key: values[key] for key in before}
    for key, value in changed.items():
        setattr(row, key, value)
    if changed:
        names = ", ".join(sorted(key.removesuffix("_id").replace("_", " ") for key in changed))
        uow.audit(action, f"{summary}: {names}", client_id=client_id, before=before, after=changed)
    return before


def _unknown(fields: dict[str, Any], allowed: tuple[str, ...]) -> None:
    extra = sorted(set(fields) - set(allowed))
    if extra:
        raise RuleViolation("field_not_editable", field=extra[0], allowed=list(allowed))


def update_client(uow: UnitOfWork, client_id: int, **fields: Any) -> dict[str, Any]:
    """Changes the client's `email`, `phone`, `language` and `account_manager` (a staff user's
    id or email) among those given; returns the previous values of those that changed, by
    the same names (the account manager as an id).

    Refuses (nothing changed): an unknown field; an email that is not one; a phone over 50
    characters; a language not offered; an account manager who is not an active staff user;
    a new account manager when the user is not a manager."""
    _unknown(fields, CLIENT_FIELDS)
    client = uow.get(m.Client, client_id, "client")
    values: dict[str, Any] = {}
    if "email" in fields:
        values["email"] = check_email(fields["email"], "client_email", required=False)
    if "phone" in fields:
        values["phone"] = text(fields["phone"], "phone", required=False, limit=50)
    if "language" in fields:
        values["language"] = choice(fields["language"], m.LANGUAGES, "language")
    if "account_manager" in fields:
        manager = staff_member(uow, fields["account_manager"])
        if manager.id != client.account_manager_id:
            uow.require_action("reassign_client")
            if not manager.active:
                raise RuleViolation("staff_inactive", name=manager.name)
        values["account_manager_id"] = manager.id
    before = apply_changes(uow, client, values, action="client.edit", summary=f"Details of {client.name} changed",
                           client_id=client.id)
    if "account_manager_id" in before:
        before["account_manager"] = before.pop("account_manager_id")
    return before


def update_contact(uow: UnitOfWork, contact_id: int, **fields: Any) -> dict[str, Any]:
    """Changes the contact's `name`, `email`, `phone`, `role` ("admin" or "user") and
    `language` (None: the client's) among those given; returns the previous values of those
    that changed.

    Refuses (nothing changed): an unknown field; an empty name; an email that is not one; a
    role not offered; making someone the account owner, or the owner something else (the
    role moves by a transfer of ownership)."""
    _unknown(fields, CONTACT_FIELDS)
    contact = uow.get(m.Contact, contact_id, "contact")
    client = uow.get(m.Client, contact.client_id, "client")
    values: dict[str, Any] = {}
    if "name" in fields:
        values["name"] = text(fields["name"], "contact_name")
    if "email" in fields:
        values["email"] = check_email(fields["email"], "contact_email", required=False)
    if "phone" in fields:
        values["phone"] = text(fields["phone"], "phone", required=False, limit=50)
    if "language" in fields:
        values["language"] = (None if fields["language"] in (None, "")
                               else choice(fields["language"], m.LANGUAGES, "language"))
    if "role" in fields and fields["role"] != contact.role:
        if contact.role == "primary_admin":
            raise RuleViolation("contact_is_owner", contact=contact.name, client=client.name)
        if fields["role"] == "primary_admin":
            raise RuleViolation("contact_owner_by_transfer", contact=contact.name, client=client.name)
        values["role"] = choice(fields["role"], EDITABLE_CONTACT_ROLES, "contact_role")
    return apply_changes(uow, contact, values, action="contact.edit", summary=f"Contact {contact.name} changed",
                         client_id=client.id)


def remove_contact(uow: UnitOfWork, contact_id: int) -> None:
    """Takes back a contact added by mistake (the Undo of adding one). The audit keeps that it
    was added and removed, with its values.

    Refuses (nothing changed): a user who is not a manager (it deletes one of a client's rows,
    which on a team database only managers may, §12); while a cancellation request, a pause,
    a closure or a deactivation names the contact: removing it would take those with it or
    blank them."""
    uow.require_action("remove_contact")
    contact = uow.get(m.Contact, contact_id, "contact")
    client = uow.get(m.Client, contact.client_id, "client")
    uses = sum(uow.session.scalar(select(func.count()).select_from(model).where(column == contact.id)) or 0
               for model, column in ((m.CancellationRequest, m.CancellationRequest.contact_id),
                                     (m.Pause, m.Pause.contact_id), (m.Closure, m.Closure.contact_id),
                                     (m.Deactivation, m.Deactivation.requester_contact_id)))
    if uses:
        raise RuleViolation("contact_in_use", contact=contact.name, client=client.name, n=uses)
    before = {"contact": contact.id, "name": contact.name, "email": contact.email, "phone": contact.phone,
              "role": contact.role, "seat": contact.seat}
    uow.session.delete(contact)
    uow.audit("contact.remove", f"Contact {before['name']} removed", client_id=client.id, before=before)
