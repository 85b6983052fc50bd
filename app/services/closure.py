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


def closure_blocker(uow: UnitOfWork, client: m.Client, contact: m.Contact | None) -> RuleViolation | None:
    """Why `contact` cannot have `client`'s account closed now, or None."""
    if client.kind == "trial":
        if client.trial_end is None:
            return RuleViolation("close_trial_undated", client=client.name)
        return RuleViolation("close_trial", client=client.name, end=client.trial_end)
    if client.kind == "resold":
        return RuleViolation("close_resold", client=client.name, reseller=client.reseller_name or "")
    if client.status in ("closing", "deactivating", "purged"):
        return RuleViolation("close_already", client=client.name, status=client.status)
    if contact is None or contact.client_id != client.id or contact.role != "primary_admin":
        if contact is None:
            return RuleViolation("close_requester_not_owner", client=client.name)
        return RuleViolation("close_not_owner", client=client.name, contact=contact.name)
    return client_blocker(uow, client)


def close_for_request(uow: UnitOfWork, client: m.Client, contact_id: int, *, reason: str) -> None:
    contact = uow.session.get(m.Contact, contact_id)
    blocked = closure_blocker(uow, client, contact)
    if blocked:
        raise blocked
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
