"""Subscriptions and their invoices: buying, issuing what is due, payments and credits.

`bring_up_to` is the one place invoices are issued, used by a purchase and by the
lifecycle alike; it issues only what is missing (one invoice per billing date, a
unique constraint guards it), so running it again, or for many days at once, gives
the same rows.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from app import billing
from app import models as m
from app.errors import RuleViolation
from app.notify import notify
from app.services import billing_run
from app.unit_of_work import UnitOfWork
from app.validation import choice, money, text
from app.views import SubscriptionView

RUNNING = billing_run.RUNNING  # the statuses that bill


def plan_of(sub: m.Subscription) -> billing.Plan:
    return billing.Plan(period=sub.period, start=sub.start, price=sub.price, billing_day=sub.billing_day,
                        end_date=sub.end_date)


def last_issued(uow: UnitOfWork, sub_id: int) -> date | None:
    return uow.session.scalar(select(func.max(m.Invoice.issued)).where(m.Invoice.subscription_id == sub_id))


def issued_until(uow: UnitOfWork, sub_id: int) -> date | None:
    """End of the latest non-void invoice period already issued."""
    return uow.session.scalar(
        select(func.max(m.Invoice.end)).where(m.Invoice.subscription_id == sub_id, m.Invoice.status != "void")
    )


def issue_due(uow: UnitOfWork, until: date, sub_ids: list[int] | None = None) -> int:
    """Issues every invoice due by `until` that is not issued yet; returns how many.

    Without `sub_ids`: every running subscription whose next billing date has come
    (the lifecycle). Set-wise, in `app.services.billing_run`.
    """
    return billing_run.issue(uow, until, sub_ids=sub_ids)


def bring_up_to(uow: UnitOfWork, sub: m.Subscription, day: date) -> int:
    """Issues what `sub` has due by `day` (a purchase, a revoked cancellation, a conversion)."""
    uow.session.flush()
    issued = issue_due(uow, day, [sub.id])
    # The bulk statements bypassed the object: let it reload what they changed.
    uow.session.expire(sub, ["next_billing_date", "invoices"])
    return issued


def add_subscription(uow: UnitOfWork, client_id: int, plan: str, price: object, *, period: str = "monthly",
                     start: date, billing_day: int | None = None, end_date: date | None = None,
                     participant: str | None = None, seats: int = 1, activities: tuple[str, ...] = ()) -> int:
    client = uow.get(m.Client, client_id, "client")
    if client.status in ("deactivating", "purged", "paused", "locked"):
        if client.status == "deactivating":
            raise RuleViolation("buy_while_deactivating", client=client.name)
        raise RuleViolation("buy_while_stopped", client=client.name, status=client.status)
    plan_name = text(plan, "plan_name")
    amount = money(price, "price")
    choice(period, m.PERIODS, "period")
    if billing_day is not None and period != "monthly":
        raise RuleViolation("billing_day_annual")
    if billing_day is not None and not (1 <= int(billing_day) <= 28):
        raise RuleViolation("billing_day_range", day=int(billing_day))
    if end_date is not None and end_date < start:
        raise RuleViolation("end_before_start", start=start, end=end_date)
    if int(seats) < 1:
        raise RuleViolation("seats_min")
    sub = m.Subscription(
        client_id=client_id, participant=text(participant, "participant", required=False) or client.name,
        plan=plan_name, price=amount, period=period, start=start, purchased=start, billing_day=billing_day,
        end_date=end_date, seats=int(seats), status="active", access_end=end_date,
        activities=[m.Activity(name=a) for a in activities],
    )
    uow.session.add(sub)
    if client.status == "expired":
        client.status = "active"
    uow.session.flush()
    bring_up_to(uow, sub, max(uow.today, start))
    uow.audit("subscription.add", f"{plan_name} bought for {sub.participant} from {start.isoformat()}",
              client_id=client_id, after={"subscription": sub.id, "price": str(amount), "period": period,
                                          "billing_day": billing_day, "end_date": end_date})
    return sub.id


def subscription_view(uow: UnitOfWork, sub_id: int) -> SubscriptionView:
    return SubscriptionView.of(uow.get(m.Subscription, sub_id, "subscription"))


def unpaid_invoices(uow: UnitOfWork, client_id: int) -> list[m.Invoice]:
    return list(uow.session.scalars(
        select(m.Invoice).where(m.Invoice.client_id == client_id, m.Invoice.status == "open").order_by(m.Invoice.issued)
    ))


def credited(uow: UnitOfWork, invoice_id: int) -> Decimal:
    total = uow.session.scalar(select(func.sum(m.CreditNote.amount)).where(m.CreditNote.invoice_id == invoice_id))
    return total if total is not None else Decimal("0")


def open_amount(uow: UnitOfWork, invoice: m.Invoice) -> Decimal:
    return max(Decimal("0"), invoice.amount - invoice.paid - credited(uow, invoice.id))


def record_payment(uow: UnitOfWork, invoice_id: int, *, ok: bool = True) -> None:
    invoice = uow.get(m.Invoice, invoice_id, "invoice")
    if invoice.status in ("void", "credited"):
        raise RuleViolation("payment_invoice_closed", issued=invoice.issued, status=invoice.status)
    client = uow.get(m.Client, invoice.client_id, "client")
    before = {"status": invoice.status, "paid": invoice.paid}
    if ok:
        due = open_amount(uow, invoice)
        if due == 0:
            raise RuleViolation("invoice_already_paid", issued=invoice.issued)
        uow.session.add(m.PaymentAttempt(client_id=client.id, invoice_id=invoice.id, on=uow.today, ok=True,
                                         amount=due))
        invoice.paid = invoice.paid + due
        invoice.status = "paid"
        summary = f"Payment of {due} recorded for the invoice of {invoice.issued.isoformat()}"
    else:
        # A failed autopay attempt: the invoice assumed paid is open again.
        uow.session.add(m.PaymentAttempt(client_id=client.id, invoice_id=invoice.id, on=uow.today, ok=False,
                                         amount=invoice.amount))
        invoice.paid = Decimal("0")
        invoice.status = "open"
        summary = f"Autopay failed for the invoice of {invoice.issued.isoformat()}"
        notify(uow, "autopay_failed", client, invoice_amount=invoice.amount, invoice_date=invoice.issued)
    uow.audit("invoice.payment", summary, client_id=client.id, before=before,
              after={"status": invoice.status, "paid": invoice.paid})


def credit_invoice(uow: UnitOfWork, invoice_id: int, *, amount: object = None, reason: str = "") -> int:
    uow.require_action("credit_invoice")
    invoice = uow.get(m.Invoice, invoice_id, "invoice")
    if invoice.status in ("void", "credited"):
        raise RuleViolation("credit_invoice_closed", issued=invoice.issued, status=invoice.status)
    due = open_amount(uow, invoice)
    value = due if amount is None else money(amount, "credit_amount")
    if value <= 0:
        raise RuleViolation("credit_nothing_left", issued=invoice.issued)
    if value > due:
        raise RuleViolation("credit_too_much", due=due, amount=value)
    note = m.CreditNote(client_id=invoice.client_id, invoice_id=invoice.id, issued=uow.today, amount=value,
                        reason=reason)
    uow.session.add(note)
    if value == due:
        invoice.status = "credited" if invoice.paid == 0 else "paid"
    uow.session.flush()
    uow.audit("invoice.credit", f"Credit note of {value} for the invoice of {invoice.issued.isoformat()}",
              client_id=invoice.client_id, after={"credit_note": note.id, "amount": value})
    return note.id


def convert_blocker(client: m.Client) -> RuleViolation | None:
    """Why `client` cannot be converted from a trial to a paying account now (None: it can)."""
    if client.kind != "trial":
        return RuleViolation("convert_not_trial", client=client.name)
    if client.status not in ("trial", "expired"):
        return RuleViolation("convert_wrong_status", client=client.name, status=client.status)
    return None


def convert_trial(uow: UnitOfWork, client_id: int) -> None:
    client = uow.get(m.Client, client_id, "client")
    refusal = convert_blocker(client)
    if refusal is not None:
        raise refusal
    client.kind = "direct"
    client.trial_end = None
    client.status = "active"
    # Trials are never billed: their subscriptions start billing on the conversion day.
    for sub in client.subscriptions:
        if sub.status in RUNNING:
            sub.start = sub.purchased = uow.today
            bring_up_to(uow, sub, uow.today)
    uow.audit("client.convert", f"{client.name} converted from trial to a paying account", client_id=client_id,
              before={"kind": "trial"}, after={"kind": "direct"})
