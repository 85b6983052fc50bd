"""Subscriptions and their invoices: buying, issuing what is due, payments and credits.

`bring_up_to` is the one place invoices are issued, used by a purchase and by the
lifecycle alike; it issues only what is missing (one invoice per billing date, a
unique constraint guards it), so running it again, or for many days at once, gives
the same rows.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select

from app import billing
from app import models as m
from app.errors import RuleViolation
from app.notify import notify
from app.services import billing_run
from app.services.clients import _choice, _text
from app.unit_of_work import UnitOfWork
from app.views import SubscriptionView

RUNNING = billing_run.RUNNING  # the statuses that bill


def plan_of(sub: m.Subscription) -> billing.Plan:
    return billing.Plan(period=sub.period, start=sub.start, price=sub.price, billing_day=sub.billing_day,
                        end_date=sub.end_date)


def money(value: object, what: str) -> Decimal:
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError) as exc:
        raise RuleViolation(f"The {what} {value!r} is not an amount of money.") from exc
    if not amount.is_finite() or amount < 0:
        raise RuleViolation(f"The {what} must be zero or more; {value} is not.")
    if amount != amount.quantize(Decimal("0.01")):
        raise RuleViolation(f"The {what} {value} has more than two decimals.")
    return amount.quantize(Decimal("0.01"))


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
        raise RuleViolation(
            f"{client.name} is {client.status}; a new subscription can only be bought for an account that is "
            + ("not being deleted: revoke the deactivation first." if client.status == "deactivating"
               else "running: resume the account first.")
        )
    plan_name = _text(plan, "plan name")
    amount = money(price, "price")
    _choice(period, m.PERIODS, "period")
    if billing_day is not None and period != "monthly":
        raise RuleViolation("A billing day applies to monthly plans only; leave it empty for an annual plan.")
    if billing_day is not None and not (1 <= int(billing_day) <= 28):
        raise RuleViolation("The billing day must be between 1 and 28, so that every month has it.")
    if end_date is not None and end_date < start:
        raise RuleViolation("The end date is before the start date; choose an end date on or after the start.")
    if int(seats) < 1:
        raise RuleViolation("A subscription has at least one seat.")
    sub = m.Subscription(
        client_id=client_id, participant=_text(participant, "participant", required=False) or client.name,
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
        raise RuleViolation(f"The invoice of {invoice.issued.isoformat()} is {invoice.status}; no payment can be "
                            "recorded against it.")
    client = uow.get(m.Client, invoice.client_id, "client")
    before = {"status": invoice.status, "paid": invoice.paid}
    if ok:
        due = open_amount(uow, invoice)
        if due == 0:
            raise RuleViolation(f"The invoice of {invoice.issued.isoformat()} is already paid; nothing is due.")
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
    invoice = uow.get(m.Invoice, invoice_id, "invoice")
    if invoice.status in ("void", "credited"):
        raise RuleViolation(f"The invoice of {invoice.issued.isoformat()} is already {invoice.status}.")
    due = open_amount(uow, invoice)
    value = due if amount is None else money(amount, "credit amount")
    if value <= 0:
        raise RuleViolation("Nothing is left to credit on this invoice; it is fully paid or credited.")
    if value > due:
        raise RuleViolation(f"A credit note can be at most the open amount of the invoice, {due}; "
                            f"{value} is more. Record a refund for money already paid.")
    note = m.CreditNote(client_id=invoice.client_id, invoice_id=invoice.id, issued=uow.today, amount=value,
                        reason=reason)
    uow.session.add(note)
    if value == due:
        invoice.status = "credited" if invoice.paid == 0 else "paid"
    uow.session.flush()
    uow.audit("invoice.credit", f"Credit note of {value} for the invoice of {invoice.issued.isoformat()}",
              client_id=invoice.client_id, after={"credit_note": note.id, "amount": value})
    return note.id


def convert_trial(uow: UnitOfWork, client_id: int) -> None:
    client = uow.get(m.Client, client_id, "client")
    if client.kind != "trial":
        raise RuleViolation(f"{client.name} is not a trial account; only a trial can be converted.")
    if client.status not in ("trial", "expired"):
        raise RuleViolation(f"{client.name} is {client.status}; only a trial or an expired trial can be converted.")
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
