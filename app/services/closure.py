"""Closing an account (DESIGN.md §9): the part a client's whole-account request needs.

Every running subscription ends at the end of its current term, the saved card is
removed, and the client is `closing` until nothing runs any more.
"""

from __future__ import annotations

from sqlalchemy import select

from app import models as m
from app.errors import RuleViolation
from app.notify import notify
from app.services.cancellation import client_blocker, end_after_period, paid_period_end
from app.unit_of_work import UnitOfWork


def closure_blocker(uow: UnitOfWork, client: m.Client, contact: m.Contact | None) -> str | None:
    if client.kind == "trial":
        end = client.trial_end.isoformat() if client.trial_end else "its trial end"
        return (f"{client.name} is a trial account: it is not closed, it simply expires on {end} and is never "
                "billed unless converted.")
    if client.kind == "resold":
        return (f"{client.name} is managed by the reseller {client.reseller_name}; the account is closed through "
                "them. Ask the client to contact their reseller.")
    if client.status in ("closing", "deactivating", "purged"):
        return f"{client.name} is already {client.status}."
    if contact is None or contact.client_id != client.id or contact.role != "primary_admin":
        who = f"{contact.name} is not" if contact is not None else "The requester is not"
        return (f"{who} the primary admin of {client.name}; only the account owner can close the account. "
                "Ask the account owner to request it.")
    return client_blocker(uow, client)


def close_for_request(uow: UnitOfWork, client: m.Client, contact_id: int, *, reason: str) -> None:
    contact = uow.session.get(m.Contact, contact_id)
    blocked = closure_blocker(uow, client, contact)
    if blocked:
        raise RuleViolation(blocked)
    for sub in client.subscriptions:
        if sub.status == "active" or (sub.status == "cancelling"):
            end = paid_period_end(uow, sub)
            if sub.status == "cancelling" and sub.access_end is not None and sub.access_end <= end:
                continue
            end_after_period(uow, sub, end, "closure", None)
    for card in uow.session.scalars(select(m.Card).where(m.Card.client_id == client.id, m.Card.removed.is_(None))):
        card.removed = uow.today
    before = client.status
    client.status = "closing"
    uow.session.add(m.Closure(client_id=client.id, contact_id=contact_id, requested=uow.today, reason=reason))
    uow.audit("client.close", f"Account closing at {contact.name}'s request: {reason}", client_id=client.id,
              before={"status": before}, after={"status": "closing"})
    notify(uow, "closure_scheduled", client, reason=reason)
