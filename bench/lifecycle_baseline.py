"""The lifecycle as it was before the set-wise catch-up (issue 13), kept here only to
measure against in the same run: per-week transactions, invoices issued by walking each
subscription's calendar from its purchase, ORM objects and one audit object per ended
subscription or trial, a flush per card reminder. Not used by the app.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, insert, select, text, update

from app import billing
from app import models as m
from app.desk import Desk
from app.notify import notify
from app.services.lifecycle import CARD_REMINDER_DAYS, LOCK_KEY, STEP, card_expiry, refresh_client_status
from app.unit_of_work import UnitOfWork

RUNNING = ("active", "cancelling")
CHUNK = 2000


def _next_billing_date(plan: billing.Plan, after: date, *, cancel_from: date | None = None) -> date | None:
    for billed in billing.billing_dates(plan):  # the walk from the purchase, as it was
        if cancel_from is not None and billed >= cancel_from:
            return None
        if billed > after:
            return billed
    return None


def issue_due(uow: UnitOfWork, until: date) -> int:
    s = uow.session
    base = (select(m.Subscription.id, m.Subscription.client_id, m.Subscription.period, m.Subscription.start,
                   m.Subscription.price, m.Subscription.billing_day, m.Subscription.end_date,
                   m.Subscription.cancel_from, m.Subscription.version)
            .join(m.Client, m.Client.id == m.Subscription.client_id)
            .where(m.Subscription.status.in_(RUNNING), m.Client.kind != "trial"))
    rows_all = list(s.execute(base.where(m.Subscription.next_billing_date <= until).order_by(m.Subscription.id)))
    issued = 0
    for i in range(0, len(rows_all), CHUNK):
        rows = rows_all[i:i + CHUNK]
        ids = [r.id for r in rows]
        last = dict(s.execute(select(m.Invoice.subscription_id, func.max(m.Invoice.issued))
                              .where(m.Invoice.subscription_id.in_(ids)).group_by(m.Invoice.subscription_id)).all())
        carded = set(s.scalars(select(m.Card.client_id).where(
            m.Card.client_id.in_({r.client_id for r in rows}), m.Card.removed.is_(None))))
        invoices, updates = [], []
        for r in rows:
            plan = billing.Plan(period=r.period, start=r.start, price=r.price, billing_day=r.billing_day,
                                end_date=r.end_date)
            latest = last.get(r.id)
            paid = r.client_id in carded
            for period in billing.periods_issued_by(plan, until, cancel_from=r.cancel_from):
                if latest is not None and period.issued <= latest:
                    continue
                invoices.append({
                    "client_id": r.client_id, "subscription_id": r.id, "issued": period.issued,
                    "start": period.start, "end": period.end, "amount": period.amount,
                    "paid": period.amount if paid else Decimal("0"), "status": "paid" if paid else "open",
                    "purchase": period.purchase,
                })
                latest = period.issued
            # The row's version (issue 11): the ORM's bulk update checks it and moves it on.
            updates.append({"id": r.id, "version": r.version, "next_billing_date": _next_billing_date(
                plan, latest or until, cancel_from=r.cancel_from)})
        if invoices:
            s.execute(insert(m.Invoice), invoices)
        s.execute(update(m.Subscription), updates)
        issued += len(invoices)
    return issued


def run(uow: UnitOfWork, until: date) -> dict[str, int]:
    session = uow.session
    counts: Counter[str] = Counter()
    if session.get_bind().dialect.name == "postgresql":
        if not session.scalar(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": LOCK_KEY}):
            return {"skipped_busy": 1}
    issued = issue_due(uow, until)
    if issued:
        counts["invoices_issued"] = issued
    touched_clients: set[int] = set()
    for sub in session.scalars(select(m.Subscription).where(m.Subscription.status.in_(RUNNING),
                                                             m.Subscription.access_end < until)):
        sub.status = "expired"
        sub.next_billing_date = None
        for activity in sub.activities:
            activity.enrolled_until = sub.access_end
        touched_clients.add(sub.client_id)
        counts["subscriptions_expired"] += 1
        uow.audit("subscription.expire", f"{sub.plan} for {sub.participant} ended on {sub.access_end.isoformat()}",
                  client_id=sub.client_id, after={"subscription": sub.id, "status": "expired"})
    for client in session.scalars(select(m.Client).where(m.Client.status == "trial", m.Client.trial_end < until)):
        client.status = "expired"
        counts["trials_expired"] += 1
        uow.audit("client.trial_end", f"Trial ended on {client.trial_end.isoformat()}", client_id=client.id,
                  before={"status": "trial"}, after={"status": "expired"})
    for client_id in sorted(touched_clients):
        client = session.get(m.Client, client_id)
        if client is not None and refresh_client_status(uow, client):
            counts["clients_expired"] += 1
    horizon = until + timedelta(days=CARD_REMINDER_DAYS)
    for card in session.scalars(
        select(m.Card).where(m.Card.removed.is_(None), m.Card.expiry_reminded.is_(None),
                             m.Card.exp_year * 12 + m.Card.exp_month <= horizon.year * 12 + horizon.month)
    ):
        reminder_day = max(card.added, card_expiry(card) - timedelta(days=CARD_REMINDER_DAYS))
        if reminder_day > until:
            continue
        card.expiry_reminded = reminder_day
        client = session.get(m.Client, card.client_id)
        notify(uow, "card_expiring", client, card=f"{card.brand} ending {card.last4}", expiry=card_expiry(card))
        counts["card_reminders"] += 1
    if counts:
        uow.audit("lifecycle.run", f"Brought up to {until.isoformat()}", after=dict(counts))
    state = session.get(m.LifecycleState, 1)
    if state is None:
        session.add(m.LifecycleState(id=1, done_until=until))
    elif state.done_until is None or state.done_until < until:
        state.done_until = until
    return dict(counts)


def run_lifecycle(desk: Desk, until: date) -> dict[str, int]:
    """Desk.run_lifecycle as it was: one transaction per week of catch-up."""
    done = desk._read(lambda uow: uow.session.scalar(select(m.LifecycleState.done_until)))
    steps = []
    day = done
    while day is not None and day + STEP < until:
        day += STEP
        steps.append(day)
    steps.append(until)
    totals: dict[str, int] = {}
    for step in steps:
        for key, value in desk._write(run, step).items():
            totals[key] = totals.get(key, 0) + value
    return totals
