"""Queues the notifications of DESIGN.md §7 in the outbox, inside the caller's transaction.

An email is a row written with the change it reports: if the use case rolls back, no
email about it exists; if it commits, the sender will deliver it later. Nothing here
talks to a mail server.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import make_msgid
from typing import Any, Protocol

from sqlalchemy import insert, select

from app.mail.templates import AUDIENCES, LANGUAGES, render
from app.models import Client, Contact, Email, StaffUser
from app.progress import with_pauses
from app.unit_of_work import UnitOfWork

__all__ = ["AUDIENCES", "EVENTS", "Recipient", "notify", "notify_many", "recipients"]

# event -> whether it goes to each of AUDIENCES: (organisation main email, client's account
# owner, staff account manager copy)
_OWNER_AND_MANAGER = (False, True, True)
EVENTS: dict[str, tuple[bool, bool, bool]] = {
    "client_cancelled": (True, True, False),
    "client_asks_to_cancel": (True, True, False),
    "staff_cancelled": _OWNER_AND_MANAGER,
    "request_approved": _OWNER_AND_MANAGER,
    "request_rejected": (False, True, False),
    "invoice_voided": _OWNER_AND_MANAGER,
    "card_expiring": (True, True, False),
    "autopay_failed": (True, True, False),
    "pause_scheduled": _OWNER_AND_MANAGER,
    "pause_revoked": _OWNER_AND_MANAGER,
    "resumed": _OWNER_AND_MANAGER,
    # 30 days before a kept-data pause purge (§8): the owner, and a copy so the manager can call.
    "pause_purge_reminder": _OWNER_AND_MANAGER,
    "closure_scheduled": _OWNER_AND_MANAGER,
    "closure_revoked": _OWNER_AND_MANAGER,
    "deactivation_scheduled": _OWNER_AND_MANAGER,
    "deactivation_revoked": _OWNER_AND_MANAGER,
    "account_deleted": (False, True, False),
}
# Used when the organisation email gives no domain; never resolved, only makes ids unique.
FALLBACK_MESSAGE_ID_DOMAIN = "accountdesk.invalid"


class ClientFields(Protocol):
    """What a notification reads of a client: a `Client`, or a row of `CLIENT_FIELDS`
    (a catch-up's thousands of reminders read rows: a fifth of the time of objects)."""

    id: int
    name: str
    account_number: str
    language: str
    email: str | None
    account_manager_id: int | None


CLIENT_FIELDS = (Client.id, Client.name, Client.account_number, Client.language, Client.email,
                 Client.account_manager_id)


@dataclass(frozen=True)
class Recipient:
    audience: str
    address: str
    language: str


def _language(*candidates: str | None) -> str:
    for candidate in candidates:
        if candidate in LANGUAGES:
            return candidate
    return "en"


def _address(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


_LOOKUP: Any = object()  # the owner is looked up (the default), rather than given


def _owner(uow: UnitOfWork, client: ClientFields, admin: Any = _LOOKUP) -> Recipient | None:
    """`admin`: the client's primary admin (a Contact, or a row with its email and
    language), None for none, or looked up."""
    if admin is _LOOKUP:
        # Queried rather than read from client.contacts so a contact added earlier in
        # this transaction (autoflushed) is seen even when the collection was loaded.
        admin = uow.session.scalar(
            select(Contact).where(Contact.client_id == client.id, Contact.role == "primary_admin")
        )
    if admin is not None and _address(admin.email):
        return Recipient("owner", _address(admin.email) or "", _language(admin.language, client.language))
    # No primary admin (or one without an address): the account's own email still
    # reaches the client, which is better than telling nobody.
    address = _address(client.email)
    if address is None:
        return None
    language = admin.language if admin is not None else None
    return Recipient("owner", address, _language(language, client.language))


def _manager(uow: UnitOfWork, client: ClientFields) -> Recipient | None:
    if client.account_manager_id is None:
        return None
    staff = uow.session.get(StaffUser, client.account_manager_id)
    # A staff user who left keeps the row for the audit trail; their mailbox may not.
    if staff is None or not staff.active or _address(staff.email) is None:
        return None
    return Recipient("manager", _address(staff.email) or "", _language(staff.language))


def recipients(uow: UnitOfWork, event: str, client: ClientFields, *, admin: Any = _LOOKUP) -> list[Recipient]:
    """Who gets `event` about `client`, in §7's order; audiences without an address are left out.

    `admin`: the client's primary admin (or None) when the caller has read it already."""
    if event not in EVENTS:
        raise ValueError(f"Unknown notification event {event!r}; the events are {', '.join(EVENTS)}.")
    to_organisation, to_owner, to_manager = EVENTS[event]
    found: list[Recipient | None] = []
    if to_organisation:
        address = _address(uow.settings.get("organisation_email"))
        language = _language(uow.settings.get("organisation_language"))
        found.append(Recipient("organisation", address, language) if address else None)
    if to_owner:
        found.append(_owner(uow, client, admin))
    if to_manager:
        found.append(_manager(uow, client))
    return [r for r in found if r is not None]


def _message_id_domain(organisation_email: object) -> str:
    # A stable domain (not the machine's host name, which make_msgid would look up
    # slowly and which differs per workstation). No idstring: a header line over 78
    # characters gets folded, and some parsers then keep the fold's leading space.
    if isinstance(organisation_email, str) and "@" in organisation_email:
        domain = organisation_email.rsplit("@", 1)[1].strip().strip(">")
        if domain:
            return domain
    return FALLBACK_MESSAGE_ID_DOMAIN


def notify(uow: UnitOfWork, event: str, client: Client, **context: object) -> list[Email]:
    """Adds one Email row per audience of `event` to ``uow.session`` and returns them.

    Does not commit: the caller's transaction commits the emails with the change they
    report, or rolls both back. An audience without an address is skipped, so the
    list may be empty. Refuses an unknown event with ValueError.
    """
    if event not in EVENTS:
        raise ValueError(f"Unknown notification event {event!r}; the events are {', '.join(EVENTS)}.")
    if client.id is None:
        uow.session.flush()
    found = recipients(uow, event, client)
    values: dict[str, object] = {
        "client_name": client.name,
        "account_number": client.account_number,
        "organisation_name": uow.settings.get("organisation_name"),
        **context,
    }
    domain = _message_id_domain(uow.settings.get("organisation_email"))
    now = uow.now()
    emails: list[Email] = []
    for recipient in found:
        text = render(event, recipient.language, recipient.audience, values)
        row = Email(
            client_id=client.id, event=event, audience=recipient.audience, to=[recipient.address],
            subject=text.subject, body=text.body, language=recipient.language,
            message_id=make_msgid(domain=domain),
            status="queued", attempts=0, next_attempt=now, created=now,
        )
        uow.session.add(row)
        emails.append(row)
    return emails


def notify_many(uow: UnitOfWork, event: str, items: list[tuple[ClientFields, dict[str, object]]]) -> int:
    """`notify` for many clients at once (the lifecycle's reminders of a long catch-up):
    the owners read with one query per 2,000 clients and the emails written with one
    executemany, the same rows `notify` would add. Returns how many emails were queued.

    Flushes the session first; the emails are not ORM objects in the session.
    """
    if event not in EVENTS:
        raise ValueError(f"Unknown notification event {event!r}; the events are {', '.join(EVENTS)}.")
    session = uow.session
    session.flush()
    client_ids = sorted({client.id for client, _ in items})
    owners: dict[int, Any] = {}  # rows of the email and language of each primary admin
    for i in range(0, len(client_ids), 2000):
        owners.update((c.client_id, c) for c in session.execute(select(
            Contact.client_id, Contact.email, Contact.language).where(
            Contact.client_id.in_(client_ids[i:i + 2000]), Contact.role == "primary_admin")))
    domain = _message_id_domain(uow.settings.get("organisation_email"))
    organisation = uow.settings.get("organisation_name")
    now = uow.now()
    rows = []
    # Rendering thousands of reminders is a long Python loop: it gives way now and then (app.progress).
    for client, context in with_pauses(items):
        values = {"client_name": client.name, "account_number": client.account_number,
                  "organisation_name": organisation, **context}
        for recipient in recipients(uow, event, client, admin=owners.get(client.id)):
            text = render(event, recipient.language, recipient.audience, values)
            rows.append({"client_id": client.id, "event": event, "audience": recipient.audience,
                         "to": [recipient.address], "subject": text.subject, "body": text.body,
                         "language": recipient.language, "message_id": make_msgid(domain=domain),
                         "status": "queued", "attempts": 0, "next_attempt": now, "last_error": None,
                         "created": now})
    if rows:
        session.execute(insert(Email.__table__), rows)
    return len(rows)
