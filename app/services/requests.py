"""Client cancellation requests and the managers' review queue (DESIGN.md §6).

Policy `client_cancellation`: `immediate` ends the subscription at the end of the
period its latest invoice paid for; `approval` (default) leaves the request pending
for a manager, who approves with a final billing date, rejects with a reason, or puts
it on hold waiting for the client.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app import billing
from app import models as m
from app.business_days import business_days_between
from app.errors import DeskError, RuleViolation
from app.notify import notify
from app.services.cancellation import client_blocker, end_after_period, subscription_blocker
from app.services.closure import close_for_request, closure_blocker
from app.services.subscriptions import issued_until, plan_of
from app.unit_of_work import UnitOfWork
from app.validation import choice, text
from app.views import FinalBillingOption, RequestView

HORIZON = 24  # how many coming billing dates a manager may choose from


def _view(uow: UnitOfWork, row: m.CancellationRequest) -> RequestView:
    client = uow.session.get(m.Client, row.client_id)
    contact = uow.session.get(m.Contact, row.contact_id)
    sub = uow.session.get(m.Subscription, row.subscription_id) if row.subscription_id else None
    return RequestView(
        row.id, row.status, row.client_id, row.subscription_id, row.contact_id, row.channel, row.received,
        row.message, row.note, row.decision, row.final_billing_date, row.decided_by,
        client.name if client else "", contact.name if contact else "", sub.plan if sub else None,
        business_days_between(row.received, uow.today),
        approve_blocker(uow, row) if row.status in ("pending", "waiting") and client is not None else None,
        row.version,
    )


def approve_blocker(uow: UnitOfWork, row: m.CancellationRequest) -> DeskError | None:
    """Why approving `row` is refused now, before any date is chosen (issue 10: blockers up
    front): the closure checks for the whole account, else the §4 preconditions."""
    client = uow.get(m.Client, row.client_id, "client")
    if row.subscription_id is None:
        return closure_blocker(uow, client, uow.session.get(m.Contact, row.contact_id))
    sub = uow.get(m.Subscription, row.subscription_id, "subscription")
    return subscription_blocker(sub) or client_blocker(uow, client)


def requests(uow: UnitOfWork, status: str | None = "pending") -> list[RequestView]:
    query = select(m.CancellationRequest).order_by(m.CancellationRequest.received, m.CancellationRequest.id)
    if status is not None:
        query = query.where(m.CancellationRequest.status == status)
    return [_view(uow, r) for r in uow.session.scalars(query)]


def request_view(uow: UnitOfWork, request_id: int) -> RequestView:
    return _view(uow, uow.get(m.CancellationRequest, request_id, "cancellation request"))


def whole_account_blocker(uow: UnitOfWork, client: m.Client, contact: m.Contact) -> DeskError | None:
    """Why `contact` cannot ask to close `client`'s whole account (None: they can). The
    record dialog shows it per contact, from its form; recording raises it."""
    if contact.role != "primary_admin":
        return RuleViolation("whole_account_needs_owner", contact=contact.name, role=contact.role)
    if client.kind in ("trial", "resold"):
        # Such accounts are never closed here (§9): say so now, not when a manager decides.
        return closure_blocker(uow, client, contact, check_requester=False)
    return None


def open_request(uow: UnitOfWork, client_id: int, subscription_id: int | None) -> m.CancellationRequest | None:
    """The request still open (pending or waiting) for the same subscription, or for the
    whole account when `subscription_id` is None: recording a second one is refused (issue 10)."""
    return uow.session.scalar(select(m.CancellationRequest).where(
        m.CancellationRequest.client_id == client_id,
        m.CancellationRequest.subscription_id.is_(None) if subscription_id is None
        else m.CancellationRequest.subscription_id == subscription_id,
        m.CancellationRequest.status.in_(("pending", "waiting"))).order_by(m.CancellationRequest.id).limit(1))


def record_request(uow: UnitOfWork, contact_id: int, *, subscription_id: int | None = None, channel: str = "email",
                   received: date | None = None, message: str = "", expected_version: int | None = None) -> int:
    """`expected_version`: of the subscription asked about, or of the client (the whole
    account), as the window showed it; Conflict when it changed since."""
    contact = uow.get(m.Contact, contact_id, "contact")
    if subscription_id is not None:
        uow.expect(m.Subscription, subscription_id, expected_version, "subscription")
    client = uow.expect(m.Client, contact.client_id, None if subscription_id else expected_version, "client")
    choice(channel, m.CHANNELS, "channel")
    received = received or uow.today
    if received > uow.today:
        raise RuleViolation("received_in_future", received=received)
    if client.status in ("deactivating", "purged"):
        raise RuleViolation("request_client_deleted", client=client.name)
    sub = None
    if subscription_id is None:
        refusal = whole_account_blocker(uow, client, contact)
        if refusal is not None:
            raise refusal
    else:
        sub = uow.get(m.Subscription, subscription_id, "subscription")
        if sub.client_id != client.id:
            raise RuleViolation("subscription_not_of_client", client=client.name)
        if sub.status == "cancelling":
            raise RuleViolation("request_already_cancelled", end=sub.access_end)
        reason = subscription_blocker(sub)
        if reason:
            raise reason
    duplicate = open_request(uow, client.id, subscription_id)
    if duplicate is not None:
        raise RuleViolation("request_duplicate", client=client.name, received=duplicate.received,
                            request=duplicate.id, status=duplicate.status)
    row = m.CancellationRequest(client_id=client.id, subscription_id=subscription_id, contact_id=contact.id,
                                channel=channel, received=received, message=text(message, "message",
                                                                                   required=False, limit=20000) or "",
                                status="pending", recorded_by=uow.actor.email)
    uow.session.add(row)
    uow.session.flush()
    what = f"{sub.plan} for {sub.participant}" if sub else "the whole account"
    uow.audit("request.record", f"{contact.name} asked to cancel {what} ({channel}, received {received.isoformat()})",
              client_id=client.id, after={"request": row.id, "subscription": subscription_id})
    if uow.settings["client_cancellation"] == "immediate":
        blocked = client_blocker(uow, client)
        if blocked:
            row.note = str(blocked)  # waits in the queue with the reason shown
            notify(uow, "client_asks_to_cancel", client, subscription=sub.plan if sub else "", received=received)
        else:
            _decide(uow, row, final_billing_date=None, event="client_cancelled", by="policy: immediate")
    else:
        notify(uow, "client_asks_to_cancel", client, subscription=sub.plan if sub else "", received=received)
    return row.id


def final_billing_options(uow: UnitOfWork, request_id: int) -> list[FinalBillingOption]:
    """The choices for approving: 'none' (the latest invoice is the last), then the coming billing dates."""
    row = uow.get(m.CancellationRequest, request_id, "cancellation request")
    if row.subscription_id is None:
        return []
    sub = uow.get(m.Subscription, row.subscription_id, "subscription")
    if sub.status not in ("active", "cancelling"):
        return []
    plan = plan_of(sub)
    paid_end = issued_until(uow, sub.id)
    options = []
    if paid_end is not None and (sub.access_end is None or paid_end < sub.access_end or sub.status == "active"):
        options.append(FinalBillingOption(None, paid_end))
    for period in billing.periods(plan, cancel_from=sub.cancel_from):
        if paid_end is not None and period.end <= paid_end:
            continue
        if len(options) > HORIZON:
            break
        if sub.status == "cancelling" and sub.access_end is not None and period.end >= sub.access_end:
            break
        options.append(FinalBillingOption(period.issued, period.end))
    return options


def _decide(uow: UnitOfWork, row: m.CancellationRequest, *, final_billing_date: date | None, event: str,
            by: str) -> None:
    client = uow.get(m.Client, row.client_id, "client")
    if row.subscription_id is None:
        close_for_request(uow, client, row.contact_id, reason=row.message or "Client's request")
    else:
        sub = uow.get(m.Subscription, row.subscription_id, "subscription")
        reason = approve_blocker(uow, row)
        if reason:
            raise reason
        choices = {o.final_billing_date: o.access_end for o in final_billing_options(uow, row.id)}
        if final_billing_date not in choices:
            coming = [d for d in choices if d is not None]
            if final_billing_date is None:
                raise RuleViolation("final_billing_latest_not_offered", coming=coming)
            raise RuleViolation("final_billing_not_offered", chosen=final_billing_date, coming=coming)
        end_after_period(uow, sub, choices[final_billing_date], "client", event)
    row.status = "approved"
    row.final_billing_date = final_billing_date
    row.decided_by = by
    row.decided_at = uow.now()


def decide_blocker(uow: UnitOfWork, request_id: int) -> DeskError | None:
    """Why the acting user cannot approve or reject the request now (role, then status), or None."""
    refusal = uow.action_refusal("decide_request")
    if refusal is not None:
        return refusal
    row = uow.get(m.CancellationRequest, request_id, "cancellation request")
    if row.status not in ("pending", "waiting"):
        return RuleViolation("request_already_decided", status=row.status)
    return None


def _decidable(uow: UnitOfWork, request_id: int) -> m.CancellationRequest:
    refusal = decide_blocker(uow, request_id)
    if refusal is not None:
        raise refusal
    return uow.get(m.CancellationRequest, request_id, "cancellation request")


def approve_request(uow: UnitOfWork, request_id: int, *, final_billing_date: date | None = None) -> None:
    row = _decidable(uow, request_id)
    _decide(uow, row, final_billing_date=final_billing_date, event="request_approved", by=uow.actor.email)
    uow.audit("request.approve", "Cancellation request approved"
              + (f", final billing date {final_billing_date.isoformat()}" if final_billing_date else ""),
              client_id=row.client_id, after={"request": row.id, "status": "approved"})


def reject_request(uow: UnitOfWork, request_id: int, reason: str) -> None:
    row = _decidable(uow, request_id)
    reason = text(reason, "reject_reason", limit=5000)
    row.status = "rejected"
    row.decision = reason
    row.decided_by = uow.actor.email
    row.decided_at = uow.now()
    client = uow.get(m.Client, row.client_id, "client")
    sub = uow.session.get(m.Subscription, row.subscription_id) if row.subscription_id else None
    notify(uow, "request_rejected", client, reason=reason, subscription=sub.plan if sub else "",
           received=row.received)
    uow.audit("request.reject", f"Cancellation request rejected: {reason}", client_id=row.client_id,
              after={"request": row.id, "status": "rejected"})


def hold_request(uow: UnitOfWork, request_id: int, note: str) -> None:
    uow.require_action("decide_request")
    row = uow.get(m.CancellationRequest, request_id, "cancellation request")
    if row.status != "pending":
        raise RuleViolation("request_not_pending", status=row.status)
    row.note = text(note, "hold_note", limit=5000)
    row.status = "waiting"
    uow.audit("request.hold", f"Cancellation request waiting for the client: {row.note}", client_id=row.client_id,
              after={"request": row.id, "status": "waiting"})


def withdraw_request(uow: UnitOfWork, request_id: int) -> None:
    """Withdraws a pending request recorded by mistake (the Undo of recording one, §13). The
    row stays, with the status "withdrawn": nothing is lost, and neither the queue, the
    badge nor the duplicate rule counts it any more.

    Refuses (nothing changed): a request no longer pending (decided, or waiting for the
    client: the client was written to); one recorded by someone else, unless the user may
    decide requests."""
    row = uow.get(m.CancellationRequest, request_id, "cancellation request")
    if row.status != "pending":
        raise RuleViolation("request_not_withdrawable", status=row.status)
    if row.recorded_by != uow.actor.email and uow.action_refusal("decide_request") is not None:
        if row.recorded_by is None:
            raise RuleViolation("withdraw_imported")
        raise RuleViolation("withdraw_not_recorder", recorder=row.recorded_by)
    row.status = "withdrawn"
    row.decided_by = uow.actor.email
    row.decided_at = uow.now()
    uow.audit("request.withdraw", "Cancellation request withdrawn: it was recorded by mistake",
              client_id=row.client_id, before={"request": row.id, "status": "pending"},
              after={"request": row.id, "status": "withdrawn"})
