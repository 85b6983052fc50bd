"""Cancelling a subscription at the right month (DESIGN.md §4) and voiding a purchase
made by mistake (§5).

The month arithmetic lives in `app.cancellation_rules`; this module checks the
preconditions against the database, changes the rows, and queues the emails.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app import billing
from app import models as m
from app.cancellation_rules import (
    CancellationOption,
    cancel_from_after_paid_period,
    cancellation_options,
    option_for_cancel_from,
)
from app.errors import DeskError, RuleViolation
from app.lifecycle import refresh_client_status
from app.notify import notify
from app.services.clients import active_seats
from app.services.subscriptions import (
    RUNNING,
    bring_up_to,
    issued_until,
    last_issued,
    money,
    plan_of,
    unpaid_invoices,
)
from app.unit_of_work import UnitOfWork

MISTAKE_WAY_OUT = ("To undo a mistaken cancellation, let the subscription expire and buy it again for the "
                   "client.")


def _fmt_month(day: date) -> str:
    return day.strftime("%B %Y")


def client_blocker(uow: UnitOfWork, client: m.Client) -> str | None:
    """The §4 preconditions that hold for the whole client (every way of cancelling)."""
    unpaid = unpaid_invoices(uow, client.id)
    if unpaid:
        oldest = unpaid[0]
        return (f"{client.name} has {len(unpaid)} unpaid invoice{'s' if len(unpaid) > 1 else ''} "
                f"(the oldest issued {oldest.issued.isoformat()}); record the payment or credit "
                f"{'them' if len(unpaid) > 1 else 'it'} first, then cancel.")
    limit = uow.settings["max_seats_to_cancel"]
    seats = active_seats(uow, client.id)
    if seats > limit:
        return (f"{client.name} has {seats} active paid seats and at most {limit} are allowed when cancelling; "
                "deactivate users and reduce licences in the Contacts and seats tab first.")
    return None


def subscription_blocker(sub: m.Subscription) -> str | None:
    if sub.status == "voided":
        return "This subscription was voided as bought by mistake; there is nothing left to cancel."
    if sub.status == "expired":
        end = sub.access_end.isoformat() if sub.access_end else "its end"
        return f"This subscription already ended on {end}; buy it again for the client if they want it back."
    if sub.status == "paused":
        return "This subscription is paused with its account; resume the account before cancelling it."
    if sub.client.kind == "trial":
        return ("This is a trial account: it is never billed and simply expires at the trial end, "
                "so there is nothing to cancel.")
    return None


def _options(uow: UnitOfWork, sub: m.Subscription) -> list[CancellationOption]:
    if sub.status not in RUNNING:
        return []
    return cancellation_options(
        plan_of(sub), uow.today, issued_until=issued_until(uow, sub.id),
        current_cancel_from=sub.cancel_from if sub.status == "cancelling" else None,
    )


def months(uow: UnitOfWork, sub_id: int) -> list[CancellationOption]:
    return _options(uow, uow.get(m.Subscription, sub_id, "subscription"))


def blocker(uow: UnitOfWork, sub_id: int) -> str | None:
    sub = uow.get(m.Subscription, sub_id, "subscription")
    reason = subscription_blocker(sub) or client_blocker(uow, sub.client)
    if reason is None and not _options(uow, sub):
        if sub.status == "cancelling":
            return (f"This subscription is already cancelled after {_fmt_month(sub.cancellation_month)}, the "
                    f"earliest month possible; it cannot be moved earlier. {MISTAKE_WAY_OUT}")
        return ("No termination month can be offered: the configured end date comes before any further "
                "invoice. The subscription ends by itself on its end date.")
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
        raise RuleViolation(reason)
    options = _options(uow, sub)
    chosen = next((o for o in options if o.month == billing.month_start(month)), None)
    if chosen is None:
        if sub.status == "cancelling" and billing.month_start(month) >= sub.cancellation_month:
            raise RuleViolation(
                f"This subscription is already cancelled after {_fmt_month(sub.cancellation_month)}; a "
                f"cancellation can only be moved earlier, not later or removed. {MISTAKE_WAY_OUT}")
        if not options:
            raise RuleViolation(blocker(uow, sub_id) or "No termination month can be offered now.")
        raise RuleViolation(
            f"{_fmt_month(month)} is not a month this subscription can be cancelled after; choose one from "
            f"{_fmt_month(options[0].month)} to {_fmt_month(options[-1].month)}.")
    before = _state(sub)
    _apply(uow, sub, chosen, how)
    verb = "moved earlier" if before["status"] == "cancelling" else "cancelled"
    uow.audit("subscription.cancel",
              f"{sub.plan} for {sub.participant} {verb}: after {_fmt_month(chosen.month)}, last invoice "
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
        raise RuleViolation(reason)
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
            results[sub.id] = why or "nothing to cancel: it ends on its configured end date"
            continue
        cancel(uow, sub.id, options[0].month)
        results[sub.id] = f"cancelled, access until {sub.access_end.isoformat()}"
    return results


def revoke_blocker(uow: UnitOfWork, sub: m.Subscription) -> DeskError | str | None:
    """Why `revoke` would refuse the subscription's cancellation now (None: it would not)."""
    refusal = uow.refusal_for("manager", "Revoking a cancellation")
    if refusal is not None:
        return refusal
    if not uow.settings["allow_revoke_cancellation"]:
        return ("Revoking a cancellation is turned off by the policy allow_revoke_cancellation. "
                f"{MISTAKE_WAY_OUT} An administrator can turn the policy on.")
    if sub.status != "cancelling":
        if sub.status == "expired":
            return "This subscription's access has already ended; buy it again for the client."
        return f"This subscription is {sub.status}, not cancelled; there is no cancellation to revoke."
    return None


def revoke(uow: UnitOfWork, sub_id: int) -> None:
    uow.require("manager", "Revoking a cancellation")
    sub = uow.get(m.Subscription, sub_id, "subscription")
    refusal = revoke_blocker(uow, sub)
    if refusal is not None:
        raise refusal if isinstance(refusal, DeskError) else RuleViolation(refusal)
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


def _void_refusal(uow: UnitOfWork, sub: m.Subscription) -> str | None:
    if sub.status == "voided":
        return "This subscription is already voided; its invoices are under the client's billing."
    if sub.status == "expired":
        return ("This subscription has already ended; voiding is for a purchase made by mistake "
                "that is still running. Credit or refund its invoices instead.")
    if _latest_invoice(uow, sub) is None:
        return "This subscription has no invoice to void."
    return None


def void_blocker(uow: UnitOfWork, sub_id: int) -> str | None:
    sub = uow.get(m.Subscription, sub_id, "subscription")
    if not uow.actor.at_least("manager"):
        return "Voiding an invoice needs a manager. Ask a manager to do it."
    return _void_refusal(uow, sub)


def void_latest_invoice(uow: UnitOfWork, sub_id: int, *, refund: object = None) -> None:
    uow.require("manager", "Voiding an invoice")
    sub = uow.get(m.Subscription, sub_id, "subscription")
    refusal = _void_refusal(uow, sub)
    if refusal:
        raise RuleViolation(refusal)
    invoice = _latest_invoice(uow, sub)
    refund_amount = None if refund is None else money(refund, "refund")
    if refund_amount is not None and refund_amount > invoice.paid:
        raise RuleViolation(f"The refund {refund_amount} is more than what was paid on this invoice "
                            f"({invoice.paid}); refund at most {invoice.paid}.")
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
        raise RuleViolation("This subscription has no invoice yet, so there is no paid period to end it with.")
    return end


def end_after_period(uow: UnitOfWork, sub: m.Subscription, period_end: date, how: str, event: str | None) -> None:
    """Ends `sub` when the period ending `period_end` is over (a client's request, a closure);
    never moves a cancellation later."""
    plan = plan_of(sub)
    cancel_from = cancel_from_after_paid_period(plan, period_end)
    option = option_for_cancel_from(plan, cancel_from, uow.today)
    if sub.status == "cancelling" and sub.access_end is not None and option.access_end >= sub.access_end:
        raise RuleViolation(
            f"This subscription is already cancelled with access until {sub.access_end.isoformat()}, which is "
            "not later than what this request asks; there is nothing more to do.")
    before = _state(sub)
    _apply(uow, sub, option, how)
    uow.audit("subscription.cancel",
              f"{sub.plan} for {sub.participant} cancelled at the client's request: last invoice "
              f"{option.last_invoice.isoformat()}, access until {option.access_end.isoformat()}",
              client_id=sub.client_id, before=before, after=_state(sub))
    if event:
        notify(uow, event, sub.client, subscription=sub.plan, participant=sub.participant,
               access_end=option.access_end, last_invoice=option.last_invoice, cancellation_month=option.month)
