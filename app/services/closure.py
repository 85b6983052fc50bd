"""Closing an account (DESIGN.md §9): the one implementation, used by the close wizard
(`app.services.accounts.close_account`) and by a client's whole-account request (§6).

Every running subscription ends at the end of its current term, the saved card is
removed, and the client is `closing` until nothing runs any more. With
`deactivate_when_ended`, the lifecycle runs the §10 checks again on the day every
subscription has ended and then schedules the deactivation (`app.services.account_lifecycle`).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app import account_rules as rules
from app import models as m
from app.errors import DeskError, RuleViolation
from app.notify import notify
from app.services.cancellation import client_blocker, end_after_period, paid_period_end
from app.unit_of_work import UnitOfWork

CLOSABLE = ("active",)


def closure_blocker(uow: UnitOfWork, client: m.Client, contact: m.Contact | None, *,
                    check_requester: bool = True) -> DeskError | None:
    """Why the account cannot be closed (at `contact`'s request), or None: trial and resold
    accounts each with their own sentence, a state that is not running, a requester who is
    not the primary admin, then the §4 preconditions (unpaid invoices, too many seats)."""
    found = rules.kind_refusal(action="close", client_name=client.name, kind=client.kind,
                               trial_end=client.trial_end, reseller=client.reseller_name)
    if found is not None:
        return found
    if client.status in ("closing", "deactivating", "purged"):
        return RuleViolation("close_already", client=client.name, status=client.status)
    if client.status in ("paused", "locked"):
        return RuleViolation("close_paused", client=client.name, status=client.status)
    if client.status not in CLOSABLE:
        return RuleViolation("close_state", client=client.name, status=client.status)
    if check_requester:
        requester = rules.requester_refusal(
            action="account_close", client_name=client.name,
            contact_name=contact.name if contact is not None else None,
            contact_role=contact.role if contact is not None else None,
            same_client=contact is not None and contact.client_id == client.id)
        if requester is not None:
            return requester
    return client_blocker(uow, client)


def close(uow: UnitOfWork, client: m.Client, contact: m.Contact, *, reason: str, session_kind: str | None = None,
          session_date: date | None = None, deactivate_when_ended: bool = False,
          approved_by: str | None = None) -> m.Closure:
    """Closes the account; the caller has checked `closure_blocker` and its own inputs."""
    ends: list[date] = []
    for sub in client.subscriptions:
        if sub.status not in ("active", "cancelling"):
            continue
        end = paid_period_end(uow, sub)
        if sub.status == "cancelling" and sub.access_end is not None and sub.access_end <= end:
            ends.append(sub.access_end)
            continue
        end_after_period(uow, sub, end, "closure", None)
        ends.append(sub.access_end)
    for card in uow.session.scalars(select(m.Card).where(m.Card.client_id == client.id, m.Card.removed.is_(None))):
        card.removed = uow.today
    before = client.status
    client.status = "closing"
    row = m.Closure(client_id=client.id, contact_id=contact.id, requested=uow.today, reason=reason,
                    session_kind=session_kind, session_date=session_date,
                    deactivate_when_ended=deactivate_when_ended, approved_by=approved_by)
    uow.session.add(row)
    uow.session.flush()
    last_end = max(ends) if ends else None
    session_text = {"scheduled": f"session scheduled on {session_date.isoformat() if session_date else ''}",
                    "declined": "session declined", "email": "the client will email the account manager",
                    None: "no session offered"}[session_kind]
    uow.audit("client.close", f"Account closing at {contact.name}'s request: {reason} ({session_text})"
              + (f"; every subscription ended by {last_end.isoformat()}" if last_end else "")
              + ("; deactivation scheduled for when they have ended" if deactivate_when_ended else ""),
              client_id=client.id, before={"status": before},
              after={"status": "closing", "closure": row.id, "session": session_kind, "session_date": session_date,
                     "deactivate_when_ended": deactivate_when_ended, "access_end": last_end})
    notify(uow, "closure_scheduled", client, reason=reason, access_end=last_end)
    return row


def close_for_request(uow: UnitOfWork, client: m.Client, contact_id: int, *, reason: str) -> None:
    """A client's whole-account request (§6) closes the account as the wizard does."""
    contact = uow.session.get(m.Contact, contact_id)
    blocked = closure_blocker(uow, client, contact)
    if blocked is not None:
        raise blocked
    close(uow, client, contact, reason=reason)


def _open_closure(uow: UnitOfWork, client: m.Client) -> m.Closure | None:
    return uow.session.scalar(select(m.Closure).where(m.Closure.client_id == client.id, m.Closure.revoked.is_(None))
                              .order_by(m.Closure.id.desc()).limit(1))


def revoke_closure_blocker(uow: UnitOfWork, client: m.Client) -> DeskError | None:
    """Why the closure of `client` cannot be revoked now, or None. A revocation undoes the
    closure's cancellations, so it follows the policy `allow_revoke_cancellation` (§4)."""
    refusal = uow.action_refusal("revoke_closure")
    if refusal is not None:
        return refusal
    if client.status != "closing" or _open_closure(uow, client) is None:
        return RuleViolation("closure_none", client=client.name, status=client.status)
    if not uow.settings["allow_revoke_cancellation"]:
        return RuleViolation("closure_revoke_policy", client=client.name)
    return None


def revoke_closure(uow: UnitOfWork, client_id: int) -> None:
    """Revokes a closure before its subscriptions have ended (managers, with the policy on):
    the subscriptions it cancelled bill again as if never cancelled, the client is active
    again, and any deactivation asked with it will not happen. The removed card stays
    removed: the client gives a new one (invoices stay open until paid)."""
    from app.services.cancellation import revoke

    client = uow.get(m.Client, client_id, "client")
    refusal = revoke_closure_blocker(uow, client)
    if refusal is not None:
        raise refusal
    closure = _open_closure(uow, client)
    assert closure is not None
    restored = []
    for sub in client.subscriptions:
        if sub.status == "cancelling" and sub.cancelled_how == "closure":
            revoke(uow, sub.id)
            restored.append(sub.plan)
    closure.revoked = uow.today
    client.status = "active"
    uow.audit("client.revoke_closure", "Closure revoked" + (f"; billing again: {', '.join(restored)}" if restored
                                                            else ""),
              client_id=client.id, before={"status": "closing"}, after={"status": "active", "closure": closure.id})
    notify(uow, "closure_revoked", client, reason=closure.reason)
