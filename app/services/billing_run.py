"""Issuing due invoices set-wise (DESIGN.md §3, §11, §15): a year's catch-up in seconds.

No ORM object per subscription: one query reads a batch of subscriptions as plain rows,
each with its latest invoice date and whether its client has a saved card; the pure
calendar (`billing.periods_after`) gives the periods issued after that date up to the
day; the invoices go in with one executemany and the changed next billing dates with
another. Only what is missing is issued (the unique (subscription, issue date) guards
it), so a batch run again, or a catch-up stopped half-way and run again, gives the same
rows as one run per day.

A catch-up is cut into batches of subscriptions by id (`catch_up_batches`), each its own
transaction issuing at most about `BATCH_INVOICES` invoices: a SQLite writer on the same
file waits a fraction of a second at most, and the run can stop between batches.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, bindparam, exists, func, insert, select

from app import billing
from app import models as m
from app.unit_of_work import UnitOfWork

RUNNING = ("active", "cancelling")
BATCH_INVOICES = 50_000  # per transaction: about half a second of SQLite writing on the 2-core machine
MAX_BATCH_SUBSCRIPTIONS = 10_000
IDS_PER_QUERY = 2000  # ids per IN (...) list: well under every driver's parameter limit
_ZERO = Decimal("0")

_SUB = m.Subscription.__table__
_INSERT = insert(m.Invoice.__table__)  # Core executemany: no ORM bookkeeping per row
_SET_NEXT = (_SUB.update().where(_SUB.c.id == bindparam("sub_id"))
             .values(next_billing_date=bindparam("next_date")))


def _rows(with_due: bool) -> Select:
    latest = (select(func.max(m.Invoice.issued)).where(m.Invoice.subscription_id == m.Subscription.id)
              .correlate(m.Subscription).scalar_subquery())
    # §15: with a saved card autopay is assumed to succeed (a failed attempt is recorded later).
    carded = exists().where(m.Card.client_id == m.Subscription.client_id, m.Card.removed.is_(None))
    query = (select(m.Subscription.id, m.Subscription.client_id, m.Subscription.period, m.Subscription.start,
                    m.Subscription.price, m.Subscription.billing_day, m.Subscription.end_date,
                    m.Subscription.cancel_from, m.Subscription.next_billing_date,
                    latest.label("latest"), carded.label("carded"))
             .join(m.Client, m.Client.id == m.Subscription.client_id)
             .where(m.Subscription.status.in_(RUNNING), m.Client.kind != "trial"))
    return query


def _due(query: Select, until: date) -> Select:
    return query.where(m.Subscription.next_billing_date <= until)


def due_ids(uow: UnitOfWork, until: date) -> list[int]:
    """Ids of the running subscriptions whose next billing date has come by `until`, ascending."""
    query = (select(m.Subscription.id).join(m.Client, m.Client.id == m.Subscription.client_id)
             .where(m.Subscription.status.in_(RUNNING), m.Client.kind != "trial",
                    m.Subscription.next_billing_date <= until).order_by(m.Subscription.id))
    return list(uow.session.scalars(query))


def catch_up_batches(uow: UnitOfWork, until: date) -> list[tuple[int, int]]:
    """The (first id, last id) ranges a catch-up to `until` issues in, one transaction each.

    Sized from the oldest next billing date so that a batch issues at most about
    `BATCH_INVOICES` invoices (a monthly plan issues one per month behind).
    """
    oldest = uow.session.scalar(select(func.min(m.Subscription.next_billing_date))
                                .where(m.Subscription.status.in_(RUNNING)))
    ids = due_ids(uow, until)
    if not ids or oldest is None:
        return []
    per_subscription = max(1, (until - oldest).days // 28 + 1)
    size = max(1, min(MAX_BATCH_SUBSCRIPTIONS, BATCH_INVOICES // per_subscription))
    return [(ids[i], ids[min(i + size, len(ids)) - 1]) for i in range(0, len(ids), size)]


def issue(uow: UnitOfWork, until: date, *, sub_ids: Iterable[int] | None = None,
          id_range: tuple[int, int] | None = None) -> int:
    """Issues every invoice due by `until` that is not issued yet; returns how many.

    With `sub_ids`: those subscriptions, whatever their next billing date (a purchase, a
    conversion, a revoked cancellation). Otherwise the running subscriptions whose next
    billing date has come, all of them or those with an id in `id_range` (inclusive).
    """
    s = uow.session
    if sub_ids is not None:
        ids = sorted(set(sub_ids))
        queries = [_rows(False).where(m.Subscription.id.in_(ids[i:i + IDS_PER_QUERY]))
                   for i in range(0, len(ids), IDS_PER_QUERY)]
    elif id_range is not None:
        queries = [_due(_rows(True), until).where(m.Subscription.id.between(*id_range))]
    else:
        queries = [_due(_rows(True), until)]
    issued = 0
    for query in queries:
        invoices: list[dict] = []
        moved: list[dict] = []
        # Read whole before writing: updating next_billing_date moves a row in the index the
        # query may be walking.
        for r in s.execute(query.order_by(m.Subscription.id)).all():
            plan = billing.Plan(period=r.period, start=r.start, price=r.price, billing_day=r.billing_day,
                                end_date=r.end_date)
            latest = r.latest
            paid = bool(r.carded)
            for period in billing.periods_after(plan, latest, cancel_from=r.cancel_from):
                if period.issued > until:
                    break
                invoices.append({
                    "client_id": r.client_id, "subscription_id": r.id, "issued": period.issued,
                    "start": period.start, "end": period.end, "amount": period.amount,
                    "paid": period.amount if paid else _ZERO, "status": "paid" if paid else "open",
                    "purchase": period.purchase,
                })
                latest = period.issued
            following = billing.next_billing_date(plan, latest or until, cancel_from=r.cancel_from)
            if following != r.next_billing_date:
                moved.append({"sub_id": r.id, "next_date": following})
            if len(invoices) >= BATCH_INVOICES // 10:
                issued += _flush(uow, invoices, moved)
        issued += _flush(uow, invoices, moved)
    return issued


def _flush(uow: UnitOfWork, invoices: list[dict], moved: list[dict]) -> int:
    """Writes what is pending and empties the lists, so memory stays flat within a batch."""
    count = len(invoices)
    if invoices:
        uow.session.execute(_INSERT, invoices)
    if moved:
        uow.session.execute(_SET_NEXT, moved)
    invoices.clear()
    moved.clear()
    return count
