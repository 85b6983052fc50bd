"""Deactivating an account for good (DESIGN.md §10): the checks, the 14-day window, the
revocation, and the reads the checklist, the warning and the pending page need.

The dates live in `app.deactivation_rules`; the purge itself in `app.services.purge`.
Every refusal is a `RuleViolation`/`PermissionDenied` with a code (app/refusals.py);
the blockers return the same instance the action raises, so the window can say why an
action is disabled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app import models as m
from app.confirmation import confirms_name
from app.deactivation_rules import Access, Eligibility, can_revoke, days_left, eligibility, purge_date
from app.errors import DeskError, RuleViolation
from app.notify import notify
from app.services import purge
from app.services.cancellation import client_blocker
from app.services.clients import active_seats
from app.services.subscriptions import unpaid_invoices
from app.unit_of_work import UnitOfWork

SKIPPED = "skipped"
DEACTIVATE = "deactivate"
REVOKE = "revoke_deactivation"


@dataclass(frozen=True)
class Requester:
    contact_id: int
    name: str
    email: str | None


@dataclass(frozen=True)
class UnpaidInvoice:
    invoice_id: int
    issued: date
    amount: Decimal
    open_amount: Decimal


@dataclass(frozen=True)
class SubscriptionEnd:
    subscription_id: int
    plan: str
    participant: str
    status: str
    access_end: date | None


@dataclass(frozen=True)
class DeactivationForm:
    """Everything the checklist and the warning show, read at once."""

    client_id: int
    client_name: str
    status: str
    owner: Requester | None
    unpaid: tuple[UnpaidInvoice, ...]
    subscriptions: tuple[SubscriptionEnd, ...]  # those that are not voided, latest access end first
    possible_from: date | None
    seats: int
    max_seats: int
    counts: dict[str, int]
    retention_days: int
    purge_on: date  # if deactivated today
    blocker: DeskError | None


@dataclass(frozen=True)
class PendingDeactivation:
    client_id: int
    client_name: str
    account_number: str
    requested: date
    purge_on: date
    days_left: int
    approved_by: str
    revocable: bool


# --- checks --------------------------------------------------------------------------------
def _eligibility(uow: UnitOfWork, client: m.Client) -> Eligibility:
    rows = uow.session.execute(select(m.Subscription.status, m.Subscription.access_end)
                               .where(m.Subscription.client_id == client.id))
    return eligibility([Access(s, e) for s, e in rows], created=client.created,
                       trial_end=client.trial_end if client.kind == "trial" else None)


def _owner(uow: UnitOfWork, client: m.Client) -> m.Contact | None:
    return uow.session.scalar(select(m.Contact).where(m.Contact.client_id == client.id,
                                                      m.Contact.role == "primary_admin"))


def _pending(uow: UnitOfWork, client_id: int) -> m.Deactivation | None:
    return uow.session.scalar(select(m.Deactivation).where(m.Deactivation.client_id == client_id,
                                                           m.Deactivation.revoked.is_(None))
                              .order_by(m.Deactivation.id.desc()).limit(1))


def _as_error(reason: DeskError | str | None) -> DeskError | None:
    # cancellation.client_blocker returns a sentence on some branches, a DeskError on others.
    if reason is None or isinstance(reason, DeskError):
        return reason
    return RuleViolation(reason)


def _rules_blocker(uow: UnitOfWork, client: m.Client, *, on: date | None = None) -> DeskError | None:
    """The checks of §10 that do not depend on who acts or what they typed, on day `on`
    (default today; the lifecycle passes the day a closure's subscriptions all ended)."""
    if client.status in ("deactivating", "purged"):
        pending = _pending(uow, client.id)
        return RuleViolation("deactivation_already", client=client.name,
                             day=pending.purge_on if pending else uow.today)
    rule = _eligibility(uow, client)
    if rule.possible_from is None:
        return RuleViolation("deactivation_running", client=client.name, n=rule.open_ended)
    if not rule.allows(on or uow.today):
        return RuleViolation("deactivation_too_early", client=client.name, access_end=rule.last_access_end,
                             day=rule.possible_from)
    blocked = _as_error(client_blocker(uow, client))
    if blocked is not None:
        return blocked
    if _owner(uow, client) is None:
        return RuleViolation("deactivation_no_owner", client=client.name)
    return None


def deactivate_blocker(uow: UnitOfWork, client: m.Client) -> DeskError | None:
    """Why `client` cannot be deactivated now (the refusal `deactivate` would raise before
    looking at its arguments), or None."""
    return uow.action_refusal(DEACTIVATE) or _rules_blocker(uow, client)


def revoke_deactivation_blocker(uow: UnitOfWork, client: m.Client) -> DeskError | None:
    refusal = uow.action_refusal(REVOKE)
    if refusal is not None:
        return refusal
    pending = _pending(uow, client.id) if client.status == "deactivating" else None
    if pending is None:
        return RuleViolation("deactivation_none", client=client.name)
    started = uow.session.scalar(select(m.Tombstone.id).where(m.Tombstone.client_id == client.id))
    if started is not None or not can_revoke(pending.purge_on, uow.today):
        return RuleViolation("deactivation_too_late", client=client.name, day=pending.purge_on)
    return None


# --- actions ---------------------------------------------------------------------------------
def deactivate(uow: UnitOfWork, client_id: int, *, reason: str, requester: int, confirm_name: str | None,
               backup: str) -> date:
    """Schedules the purge `retention_days` from today; returns the purge date.

    Refuses: a non-manager; a client already pending deactivation; while a subscription
    still gives access (saying from which day it becomes possible); an unpaid invoice or
    too many active seats (§4); a client without an account owner; a requester who is not
    the account owner; an empty reason; a backup that is neither an existing file nor
    "skipped"; a typed name that is not exactly the client's name.
    """
    uow.require_action(DEACTIVATE)
    client = uow.get(m.Client, client_id, "client")
    blocked = _rules_blocker(uow, client)
    if blocked is not None:
        raise blocked
    owner = _owner(uow, client)
    assert owner is not None  # _rules_blocker refuses a client without one
    if owner.id != requester:
        contact = uow.session.get(m.Contact, requester)
        raise RuleViolation("deactivation_requester", client=client.name, owner=owner.name,
                            contact=contact.name if contact is not None and contact.client_id == client.id
                            else str(requester))
    reason = (reason or "").strip()
    if not reason:
        raise RuleViolation("deactivation_reason")
    backup = (backup or "").strip()
    if backup != SKIPPED and not (backup and Path(backup).is_file()):
        raise RuleViolation("deactivation_backup", path=backup)
    if not confirms_name(confirm_name, client.name):
        raise RuleViolation("deactivation_confirm_name", client=client.name)
    return schedule(uow, client, reason=reason, requester=owner, backup=backup).purge_on


def schedule(uow: UnitOfWork, client: m.Client, *, reason: str, requester: m.Contact | None,
             backup: str, on: date | None = None, approved_by: str | None = None) -> m.Deactivation:
    """Records the deactivation once its checks have passed (also for a closure that asked
    for deactivation when everything has ended, §9): hides the client, schedules the purge,
    writes the audit event and the emails.

    `on` (default today) and `approved_by` (default the acting user) let the lifecycle
    record the closure's day and the manager who confirmed it, so a catch-up equals a
    daily run."""
    on = on or uow.today
    purge_on = purge_date(on, uow.settings["retention_days"])
    row = m.Deactivation(client_id=client.id, requester_contact_id=requester.id if requester else None,
                         requested=on, reason=reason, backup=backup,
                         approved_by=approved_by or uow.actor.email, purge_on=purge_on)
    uow.session.add(row)
    before = client.status
    client.status = "deactivating"
    uow.audit("client.deactivate", f"Account deactivated at {requester.name if requester else 'the'} "
              f"request; data purged on {purge_on.isoformat()} unless revoked before. Reason: {reason}. "
              f"Backup: {'skipped' if backup == SKIPPED else 'exported and verified'}",
              client_id=client.id, before={"status": before},
              after={"status": "deactivating", "purge_on": purge_on, "backup": backup})
    notify(uow, "deactivation_scheduled", client, purge_date=purge_on, reason=reason)
    return row


def revoke_deactivation(uow: UnitOfWork, client_id: int) -> None:
    """Cancels a scheduled deactivation before its purge date: the client is expired again
    (nothing runs) and can buy again at any time. Refuses a non-manager, a client with no
    deactivation pending, and a purge date already reached."""
    uow.require_action(REVOKE)
    client = uow.get(m.Client, client_id, "client")
    blocked = revoke_deactivation_blocker(uow, client)
    if blocked is not None:
        raise blocked
    pending = _pending(uow, client.id)
    assert pending is not None
    pending.revoked = uow.today
    client.status = "expired"
    uow.audit("client.revoke_deactivation", f"Deactivation revoked; the purge of {pending.purge_on.isoformat()} "
              "will not happen", client_id=client.id, before={"status": "deactivating"},
              after={"status": "expired"})
    notify(uow, "deactivation_revoked", client)


# --- reads -----------------------------------------------------------------------------------
def deletion_counts(uow: UnitOfWork, client_id: int) -> dict[str, int]:
    uow.get(m.Client, client_id, "client")
    return purge.deletion_counts(uow, client_id)


def form(uow: UnitOfWork, client_id: int) -> DeactivationForm:
    client = uow.get(m.Client, client_id, "client")
    owner = _owner(uow, client)
    subs = sorted(uow.session.scalars(select(m.Subscription).where(m.Subscription.client_id == client_id,
                                                                    m.Subscription.status != "voided")),
                  key=lambda s: (s.access_end is not None, s.access_end or date.min), reverse=True)
    from app.services.subscriptions import credited

    unpaid = tuple(UnpaidInvoice(i.id, i.issued, i.amount, i.amount - i.paid - credited(uow, i.id))
                   for i in unpaid_invoices(uow, client_id))
    return DeactivationForm(
        client_id=client.id, client_name=client.name, status=client.status,
        owner=Requester(owner.id, owner.name, owner.email) if owner else None, unpaid=unpaid,
        subscriptions=tuple(SubscriptionEnd(s.id, s.plan, s.participant, s.status, s.access_end) for s in subs),
        possible_from=_eligibility(uow, client).possible_from, seats=active_seats(uow, client_id),
        max_seats=uow.settings["max_seats_to_cancel"], counts=purge.deletion_counts(uow, client_id),
        retention_days=uow.settings["retention_days"],
        purge_on=purge_date(uow.today, uow.settings["retention_days"]),
        blocker=deactivate_blocker(uow, client),
    )


def pending_deactivations(uow: UnitOfWork) -> list[PendingDeactivation]:
    """Clients waiting for their purge, soonest first, with the days left to revoke."""
    rows = uow.session.execute(
        select(m.Deactivation, m.Client).join(m.Client, m.Client.id == m.Deactivation.client_id)
        .where(m.Deactivation.revoked.is_(None), m.Client.status == "deactivating")
        .order_by(m.Deactivation.purge_on, m.Client.name))
    return [PendingDeactivation(c.id, c.name, c.account_number, d.requested, d.purge_on,
                                days_left(d.purge_on, uow.today), d.approved_by, can_revoke(d.purge_on, uow.today))
            for d, c in rows]


@dataclass(frozen=True)
class TombstoneView:
    """What remains of a purged client: no personal data."""

    client_id: int
    deactivated_on: date | None
    purged_on: date
    approved_by: str | None
    counts: dict[str, int]
    deletion_email: str


def tombstones(uow: UnitOfWork) -> list[TombstoneView]:
    """The purged clients, oldest first (a purge still in progress is not listed)."""
    rows = uow.session.scalars(select(m.Tombstone).where(~m.Tombstone.client_id.in_(select(m.Client.id)))
                               .order_by(m.Tombstone.purged_on, m.Tombstone.id))
    return [TombstoneView(t.client_id, t.deactivated_on, t.purged_on, t.approved_by, dict(t.counts),
                          t.deletion_email) for t in rows]
