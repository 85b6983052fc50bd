"""Cancelling a subscription at the right month (DESIGN.md §4) and voiding a purchase
made by mistake (§5).

The month arithmetic lives in `app.cancellation_rules`; this module checks the
preconditions against the database, changes the rows, and queues the emails.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import select

from app import billing
from app import models as m
from app.cancellation_rules import (
    CancellationOption,
    cancel_from_after_paid_period,
    offered_options,
    option_for_cancel_from,
)
from app.errors import DeskError, RuleViolation
from app.notify import notify
from app.services.clients import active_seats
from app.services.lifecycle import refresh_client_status
from app.services.subscriptions import (
    RUNNING,
    bring_up_to,
    issued_until,
    last_issued,
    plan_of,
    unpaid_invoices,
)
from app.unit_of_work import UnitOfWork
from app.validation import money


def client_blocker(uow: UnitOfWork, client: m.Client) -> RuleViolation | None:
    """The §4 preconditions that hold for the whole client (every way of cancelling)."""
    unpaid = unpaid_invoices(uow, client.id)
    if unpaid:
        return RuleViolation("unpaid_invoices", client=client.name, count=len(unpaid), oldest=unpaid[0].issued)
    limit = uow.settings["max_seats_to_cancel"]
    seats = active_seats(uow, client.id)
    if seats > limit:
        return RuleViolation("too_many_seats", client=client.name, seats=seats, limit=limit)
    return None


def subscription_blocker(sub: m.Subscription) -> RuleViolation | None:
    if sub.status == "voided":
        return RuleViolation("cancel_voided")
    if sub.status == "expired":
        if sub.access_end is None:
            return RuleViolation("cancel_ended_undated")
        return RuleViolation("cancel_ended", end=sub.access_end)
    if sub.status == "paused":
        return RuleViolation("cancel_paused")
    if sub.client.kind == "trial":
        return RuleViolation("cancel_trial")
    return None


def _offered(uow: UnitOfWork, sub: m.Subscription) -> Iterator[CancellationOption]:
    if sub.status not in RUNNING:
        return iter(())
    return offered_options(
        plan_of(sub), uow.today, issued_until=issued_until(uow, sub.id),
        current_cancel_from=sub.cancel_from if sub.status == "cancelling" else None,
    )


def _options(uow: UnitOfWork, sub: m.Subscription) -> list[CancellationOption]:
    return list(_offered(uow, sub))


def months(uow: UnitOfWork, sub_id: int) -> list[CancellationOption]:
    return _options(uow, uow.get(m.Subscription, sub_id, "subscription"))


def blocker(uow: UnitOfWork, sub_id: int) -> RuleViolation | None:
    """Why `sub_id` cannot be cancelled (or moved earlier) now, or None."""
    sub = uow.get(m.Subscription, sub_id, "subscription")
    reason = subscription_blocker(sub) or client_blocker(uow, sub.client)
    if reason is None and next(_offered(uow, sub), None) is None:
        if sub.status == "cancelling":
            return RuleViolation("cancel_at_earliest", month=sub.cancellation_month)
        return RuleViolation("cancel_no_month")
    return reason


def _apply(uow: UnitOfWork, sub: m.Subscription, option: CancellationOption, how: str) -> None:
    sub.cancel_from = option.cancel_from
    sub.cancellation_month = option.month
    sub.access_end = option.access_end
    sub.status = "cancelling"
    sub.cancelled_how = how
    sub.cancelled_at = uow.now()
    sub.cancelled_by = uow.actor.email
    plan = plan_of(sub)
    sub.next_billing_date = billing.next_billing_date(plan, last_issued(uow, sub.id) or uow.today,
                                                      cancel_from=sub.cancel_from)


def _state(sub: m.Subscription) -> dict[str, object]:
    return {"status": sub.status, "cancellation_month": sub.cancellation_month, "access_end": sub.access_end}


def cancel(uow: UnitOfWork, sub_id: int, month: date, *, how: str = "admin", notify_event: str | None = None) -> None:
    sub = uow.get(m.Subscription, sub_id, "subscription")
    reason = subscription_blocker(sub) or client_blocker(uow, sub.client)
    if reason:
        raise reason
    options = _options(uow, sub)
    chosen = next((o for o in options if o.month == billing.month_start(month)), None)
    if chosen is None:
        if sub.status == "cancelling" and billing.month_start(month) >= sub.cancellation_month:
            raise RuleViolation("cancel_only_earlier", month=sub.cancellation_month)
        if not options:
            raise blocker(uow, sub_id) or RuleViolation("cancel_no_month")
        raise RuleViolation("cancel_month_not_offered", month=billing.month_start(month),
                            first=options[0].month, last=options[-1].month)
    before = _state(sub)
    _apply(uow, sub, chosen, how)
    verb = "moved earlier" if before["status"] == "cancelling" else "cancelled"
    uow.audit("subscription.cancel",
              f"{sub.plan} for {sub.participant} {verb}: after {chosen.month:%Y-%m}, last invoice "
              f"{chosen.last_invoice.isoformat()}, access until {chosen.access_end.isoformat()}",
              client_id=sub.client_id, before=before, after=_state(sub))
    event = notify_event if notify_event is not None else "staff_cancelled"
    if event:
        notify(uow, event, sub.client, subscription=sub.plan, participant=sub.participant,
               access_end=chosen.access_end, last_invoice=chosen.last_invoice, cancellation_month=chosen.month)


def cancel_all(uow: UnitOfWork, client_id: int) -> dict[int, str]:
    """Cancels every running subscription at its own next renewal; returns what happened to each."""
    client = uow.get(m.Client, client_id, "client")
    reason = client_blocker(uow, client)
    if reason:
        raise reason
    results: dict[int, str] = {}
    for sub in client.subscriptions:
        if sub.status == "cancelling":
            results[sub.id] = f"already cancelled, access until {sub.access_end.isoformat()}"
            continue
        if sub.status != "active":
            continue
        why = subscription_blocker(sub)
        options = [] if why else _options(uow, sub)
        if not options:
            results[sub.id] = str(why) if why else "nothing to cancel: it ends on its configured end date"
            continue
        cancel(uow, sub.id, options[0].month)
        results[sub.id] = f"cancelled, access until {sub.access_end.isoformat()}"
    return results


def revoke_blocker(uow: UnitOfWork, sub: m.Subscription | int) -> DeskError | None:
    """Why the cancellation of `sub` (a row or its id) cannot be revoked now (role, policy,
    status), or None; `revoke` raises the same refusal."""
    refusal = uow.action_refusal("revoke_cancellation")
    if refusal is not None:
        return refusal
    if not uow.settings["allow_revoke_cancellation"]:
        return RuleViolation("revoke_policy_off")
    if isinstance(sub, int):
        sub = uow.get(m.Subscription, sub, "subscription")
    if sub.status != "cancelling":
        if sub.status == "expired":
            return RuleViolation("revoke_access_ended")
        return RuleViolation("revoke_not_cancelled", status=sub.status)
    return None


def revoke(uow: UnitOfWork, sub_id: int) -> None:
    refusal = revoke_blocker(uow, sub_id)
    if refusal is not None:
        raise refusal
    sub = uow.get(m.Subscription, sub_id, "subscription")
    before = _state(sub)
    sub.cancel_from = sub.cancellation_month = sub.cancelled_how = sub.cancelled_at = sub.cancelled_by = None
    sub.access_end = sub.end_date
    sub.status = "active"
    # Billing resumes as if never cancelled: anything that fell due meanwhile is issued now.
    bring_up_to(uow, sub, uow.today)
    uow.audit("subscription.revoke_cancellation", f"Cancellation of {sub.plan} for {sub.participant} revoked",
              client_id=sub.client_id, before=before, after=_state(sub))


def _latest_invoice(uow: UnitOfWork, sub: m.Subscription) -> m.Invoice | None:
    return uow.session.scalar(
        select(m.Invoice).where(m.Invoice.subscription_id == sub.id, m.Invoice.status != "void")
        .order_by(m.Invoice.issued.desc()).limit(1))


def _void_refusal(uow: UnitOfWork, sub: m.Subscription) -> RuleViolation | None:
    if sub.status == "voided":
        return RuleViolation("void_already_voided")
    if sub.status == "expired":
        return RuleViolation("void_ended")
    if _latest_invoice(uow, sub) is None:
        return RuleViolation("void_no_invoice")
    return None


def void_blocker(uow: UnitOfWork, sub_id: int) -> DeskError | None:
    """Why the latest invoice of `sub_id` cannot be voided now (role first), or None."""
    sub = uow.get(m.Subscription, sub_id, "subscription")
    return uow.action_refusal("void_invoice") or _void_refusal(uow, sub)


def void_latest_invoice(uow: UnitOfWork, sub_id: int, *, refund: object = None) -> None:
    uow.require_action("void_invoice")
    sub = uow.get(m.Subscription, sub_id, "subscription")
    refusal = _void_refusal(uow, sub)
    if refusal:
        raise refusal
    invoice = _latest_invoice(uow, sub)
    refund_amount = None if refund is None else money(refund, "refund")
    if refund_amount is not None and refund_amount > invoice.paid:
        raise RuleViolation("refund_too_much", refund=refund_amount, paid=invoice.paid)
    before = {"status": sub.status, "invoice_status": invoice.status}
    invoice.status = "void"
    uow.session.add(m.CreditNote(client_id=sub.client_id, invoice_id=invoice.id, issued=uow.today,
                                 amount=invoice.amount, reason="Invoice voided: subscription bought by mistake"))
    if refund_amount:
        uow.session.add(m.Refund(client_id=sub.client_id, invoice_id=invoice.id, issued=uow.today,
                                 amount=refund_amount))
    sub.status = "voided"
    sub.access_end = uow.today
    sub.next_billing_date = None
    sub.cancelled_how = "invoice_void"
    sub.cancelled_at = uow.now()
    sub.cancelled_by = uow.actor.email
    for activity in sub.activities:
        activity.enrolled_until = uow.today
    uow.session.flush()
    refresh_client_status(uow, sub.client)
    uow.audit("subscription.void",
              f"{sub.plan} for {sub.participant} voided as bought by mistake: invoice of "
              f"{invoice.issued.isoformat()} ({invoice.amount}) credited"
              + (f", {refund_amount} refunded" if refund_amount else ""),
              client_id=sub.client_id, before=before,
              after={"status": "voided", "invoice_status": "void", "refund": refund_amount})
    notify(uow, "invoice_voided", sub.client, subscription=sub.plan, participant=sub.participant,
           invoice_amount=invoice.amount, invoice_date=invoice.issued, refund_amount=refund_amount or "")


def paid_period_end(uow: UnitOfWork, sub: m.Subscription) -> date:
    end = issued_until(uow, sub.id)
    if end is None:
        raise RuleViolation("no_paid_period")
    return end


def end_after_period(uow: UnitOfWork, sub: m.Subscription, period_end: date, how: str, event: str | None) -> None:
    """Ends `sub` when the period ending `period_end` is over (a client's request, a closure);
    never moves a cancellation later."""
    plan = plan_of(sub)
    cancel_from = cancel_from_after_paid_period(plan, period_end)
    option = option_for_cancel_from(plan, cancel_from, uow.today)
    if sub.status == "cancelling" and sub.access_end is not None and option.access_end >= sub.access_end:
        raise RuleViolation("already_ends_sooner", end=sub.access_end)
    before = _state(sub)
    _apply(uow, sub, option, how)
    uow.audit("subscription.cancel",
              f"{sub.plan} for {sub.participant} cancelled at the client's request: last invoice "
              f"{option.last_invoice.isoformat()}, access until {option.access_end.isoformat()}",
              client_id=sub.client_id, before=before, after=_state(sub))
    if event:
        notify(uow, event, sub.client, subscription=sub.plan, participant=sub.participant,
               access_end=option.access_end, last_invoice=option.last_invoice, cancellation_month=option.month)
