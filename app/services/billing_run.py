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

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import ColumnElement, Integer, Row, Select, exists, func, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from app import billing
from app import models as m
from app.copy_rows import can_copy, copy_rows
from app.db import unindexed
from app.progress import pause_point, with_pauses
from app.unit_of_work import UnitOfWork

RUNNING = ("active", "cancelling")
BATCH_INVOICES = 50_000  # per transaction: about half a second of SQLite writing on the 2-core machine
MAX_BATCH_SUBSCRIPTIONS = 10_000
DENSE_SHARE = 5  # a fifth of the subscriptions due or more: a catch-up reads them by id (`_running`)
IDS_PER_QUERY = 2000  # ids per IN (...) list: well under every driver's parameter limit
PAUSE_EVERY = 512  # rows between two pause points (app.progress): about 5 ms of work
WRITE_ROWS = 512  # invoices or moved dates per statement: at most about 10 ms of SQLite writing

def _running(by_id: bool = False) -> ColumnElement[bool]:
    """Running subscriptions. `by_id`: the status wrapped so that SQLite reads them by id
    (a range of the table) rather than through the status index. When most subscriptions
    are due (a long catch-up), walking the index costs more than reading the table, and a
    batch's id range cannot be sought in it: each batch walked every due subscription
    (on the 283,000-subscription demo: 42 ms a batch against 10-15, 0.75 s for the
    bounds against 0.13)."""
    status = unindexed(m.Subscription.status) if by_id else m.Subscription.status
    return status.in_(RUNNING)


def _rows(by_id: bool = False) -> Select:
    latest = (select(func.max(m.Invoice.issued)).where(m.Invoice.subscription_id == m.Subscription.id)
              .correlate(m.Subscription).scalar_subquery())
    # §15: with a saved card autopay is assumed to succeed (a failed attempt is recorded later).
    carded = exists().where(m.Card.client_id == m.Subscription.client_id, m.Card.removed.is_(None))
    query = (select(m.Subscription.id, m.Subscription.client_id, m.Subscription.period, m.Subscription.start,
                    type_coerce(m.Subscription.price, Integer).label("cents"), m.Subscription.billing_day,
                    m.Subscription.end_date, m.Subscription.cancel_from, m.Subscription.next_billing_date,
                    latest.label("latest"), carded.label("carded"))
             .join(m.Client, m.Client.id == m.Subscription.client_id)
             .where(_running(by_id), m.Client.kind != "trial"))
    return query


def _due(query: Select, until: date) -> Select:
    return query.where(m.Subscription.next_billing_date <= until)


def catch_up_batches(uow: UnitOfWork, until: date) -> list[tuple[int, int, bool]]:
    """The (first id, last id, by id) batches a catch-up to `until` issues in, one
    transaction each (`issue(id_range=, by_id=)`).

    Sized from the oldest next billing date so that a batch issues at most about
    `BATCH_INVOICES` invoices (a monthly plan issues one per month behind). The bounds
    are every size-th due id, read by id as a stream (memory stays flat) when at least
    one subscription in `DENSE_SHARE` is due, through the status index otherwise (a
    daily run: a few thousand due). With pause points between reads (app.progress).
    """
    s = uow.session
    oldest = s.scalar(select(func.min(m.Subscription.next_billing_date)).where(_running()))
    if oldest is None or oldest > until:
        return []
    per_subscription = max(1, (until - oldest).days // 28 + 1)
    size = max(1, min(MAX_BATCH_SUBSCRIPTIONS, BATCH_INVOICES // per_subscription))
    due = s.scalar(select(func.count()).where(_running(), m.Subscription.next_billing_date <= until))
    by_id = due * DENSE_SHARE >= s.scalar(select(func.count()).select_from(m.Subscription))
    firsts: list[int] = []
    last = 0
    query = (_due(select(m.Subscription.id), until).join(m.Client, m.Client.id == m.Subscription.client_id)
             .where(_running(by_id), m.Client.kind != "trial").execution_options(yield_per=PAUSE_EVERY))
    # By id they come in id order; through the status index (fewer than a fifth of the
    # subscriptions) they are sorted here: ORDER BY would read them all before the first.
    ids = (with_pauses(s.scalars(query.order_by(m.Subscription.id)), PAUSE_EVERY) if by_id
           else sorted(with_pauses(s.scalars(query), PAUSE_EVERY)))
    for n, sub_id in enumerate(ids):
        if n % size == 0:
            firsts.append(sub_id)
        last = sub_id
    bounds = [*firsts, last + 1]
    return [(bounds[i], bounds[i + 1] - 1, by_id) for i in range(len(firsts))]


def issue(uow: UnitOfWork, until: date, *, sub_ids: Iterable[int] | None = None,
          id_range: tuple[int, int] | None = None, by_id: bool = False) -> int:
    """Issues every invoice due by `until` that is not issued yet; returns how many.

    With `sub_ids`: those subscriptions, whatever their next billing date (a purchase, a
    conversion, a revoked cancellation). Otherwise the running subscriptions whose next
    billing date has come, all of them or those with an id in `id_range` (inclusive),
    read by id or through the status index (`_running`).
    """
    s = uow.session
    s.flush()  # the rows below are read with Core: pending ORM changes must be in first
    if sub_ids is not None:
        ids = sorted(set(sub_ids))
        queries = [_rows().where(m.Subscription.id.in_(ids[i:i + IDS_PER_QUERY]))
                   for i in range(0, len(ids), IDS_PER_QUERY)]
    elif id_range is not None:
        queries = [_due(_rows(by_id), until).where(m.Subscription.id.between(*id_range))]
    else:
        queries = [_due(_rows(), until)]
    writer = _Writer(uow)
    for query in queries:
        # Read whole before writing (updating next_billing_date moves a row in the index the
        # query may be walking), PAUSE_EVERY rows at a time between pause points; sorted
        # here, since ORDER BY would make SQLite read them all before the first row.
        rows = sorted(with_pauses(s.execute(query.execution_options(yield_per=PAUSE_EVERY)), PAUSE_EVERY),
                      key=lambda r: r.id)
        for r in with_pauses(rows, PAUSE_EVERY):
            if r.latest is not None and r.latest >= r.start and r.end_date is None:
                following = _shared(writer, r, until)
            else:
                following = _own(writer, r, until)
            if following != r.next_billing_date:
                writer.moved.append((writer.day(following), r.id))
            if len(writer.invoices) >= FLUSH_ROWS:
                writer.flush()
    writer.flush()
    return writer.issued


def _shared(writer: _Writer, r: Row, until: date) -> date | None:
    """The common case — past the purchase, no end date: the periods of the plan's anchor,
    computed once for every subscription sharing it. Returns the next billing date."""
    dates, spans = writer.calendar(billing.anchor_of(r.period, r.start, r.billing_day), until)
    first = bisect_right(dates, r.latest)
    if first == 0:  # older than the shared calendar: the plan's own
        return _own(writer, r, until)
    stop = bisect_right(dates, until)
    if r.cancel_from is not None:
        stop = min(stop, bisect_left(dates, r.cancel_from))
    paid, status = (r.cents, "paid") if r.carded else (0, "open")
    head = (r.client_id, r.id)
    tail = (r.cents, paid, status, False)
    writer.invoices.extend(head + span + tail for span in spans[first:stop])
    writer.issued += stop - first
    following = dates[stop] if stop < len(dates) else None
    if following is not None and r.cancel_from is not None and following >= r.cancel_from:
        return None
    return following


def _own(writer: _Writer, r: Row, until: date) -> date | None:
    """Any plan: its own periods after its latest invoice (the purchase, an end date)."""
    plan = billing.Plan(period=r.period, start=r.start, price=Decimal(r.cents).scaleb(-2),
                        billing_day=r.billing_day, end_date=r.end_date)
    latest = r.latest
    day = writer.day
    for period in billing.periods_after(plan, latest, cancel_from=r.cancel_from):
        if period.issued > until:
            break
        cents = int(period.amount.scaleb(2))
        writer.invoices.append((r.client_id, r.id, day(period.issued), day(period.start), day(period.end), cents,
                                cents if r.carded else 0, "paid" if r.carded else "open", period.purchase))
        writer.issued += 1
        latest = period.issued
    return billing.next_billing_date(plan, latest or until, cancel_from=r.cancel_from)


class _Writer:
    """Collects invoice rows and next billing dates and writes them with the driver's
    executemany (COPY on PostgreSQL): Core's per-row parameter processing would cost more than SQLite's own
    insert (measured: 6.8 µs a row against 1.1 µs). Rows are tuples in the column order of
    the statements below, money in cents, dates as the dialect stores them (ISO text on
    SQLite, as SQLAlchemy's Date does)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.conn = uow.session.connection()
        dialect = self.conn.dialect
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        self.sqlite = dialect.name == "sqlite"
        self.insert_sql = (f"INSERT INTO invoice ({', '.join(dialect.identifier_preparer.quote(c) for c in _COLUMNS)}) "
                           f"VALUES ({', '.join([mark] * len(_COLUMNS))})")
        # The version goes up like the ORM's (app.models.Versioned): a window that read the
        # subscription before its next billing date moved gets a Conflict on writing.
        self.update_sql = (f"UPDATE subscription SET next_billing_date = {mark}, version = version + 1 "
                           f"WHERE id = {mark}")
        self.copy = can_copy(self.conn)
        self.session = uow.session
        self.invoices: list[tuple] = []
        self.moved: list[tuple] = []
        self.issued = 0
        self._calendars: dict[tuple[str, int, int], tuple[list[date], list[tuple]]] = {}

    def day(self, value: date | None) -> date | str | None:
        return value.isoformat() if self.sqlite and value is not None else value

    def calendar(self, key: tuple[str, int, int], until: date) -> tuple[list[date], list[tuple]]:
        """`shared_calendar` for this batch (one `until` per writer), kept in a plain dict:
        cheaper than hashing lru_cache's whole key for each of 200,000 rows."""
        found = self._calendars.get(key)
        if found is None:
            found = self._calendars[key] = shared_calendar(key, until, as_text=self.sqlite)
        return found

    def flush(self) -> None:
        """Writes what is pending and empties the lists, so memory stays flat within a batch.

        On SQLite, whose writing is this process's CPU, `WRITE_ROWS` rows per statement
        with a pause point before each: a window's search waits for at most one of them
        (a day's catch-up wrote its 7,000 invoices in one 130 ms statement)."""
        if self.invoices and self.copy:
            copy_rows(self.conn, "invoice", _COLUMNS, self.invoices)
        elif self.invoices:
            for chunk in _paused_chunks(self.invoices):
                self.conn.exec_driver_sql(self.insert_sql, chunk)
        if self.moved:
            for chunk in _paused_chunks(self.moved):
                self.conn.exec_driver_sql(self.update_sql, chunk)
            expire_loaded(self.session, m.Subscription, [sub_id for _day, sub_id in self.moved],
                          ["next_billing_date", "version"])
        self.invoices.clear()
        self.moved.clear()


def _paused_chunks(rows: list[tuple]) -> Iterator[list[tuple]]:
    """`rows` WRITE_ROWS at a time, a pause point (app.progress) before each."""
    for i in range(0, len(rows), WRITE_ROWS):
        pause_point()
        yield rows[i:i + WRITE_ROWS]


def expire_loaded(session: Session, model: type, ids: Iterable[int], attributes: list[str]) -> None:
    """After a set-wise UPDATE: the objects of those rows already in the session reload
    the changed attributes (their version above all, or their next ORM write would see
    its own bulk change as someone else's)."""
    loaded = session.identity_map
    if not loaded:  # a catch-up loads no object: nothing to look up for its 200,000 rows
        return
    for ident in ids:
        obj = loaded.get(identity_key(model, ident))
        if obj is not None:
            session.expire(obj, attributes)


_COLUMNS = ("client_id", "subscription_id", "issued", "start", "end", "amount", "paid", "status", "purchase")
CALENDAR_SPAN = timedelta(days=3 * 366)  # how far back the shared calendars reach
FLUSH_ROWS = 10_000


def shared_calendar(key: tuple[str, int, int], until: date, *, as_text: bool = False
                    ) -> tuple[list[date], list[tuple]]:
    """The issue dates, and the (issued, start, end) spans, of the full periods of the
    calendar `key` (`billing.anchor`) around `until`, computed once per anchor and day:
    what every plan with that anchor, past its purchase and without an end date, issues."""
    return _calendar(key, until - CALENDAR_SPAN, until + timedelta(days=400), as_text)


@lru_cache(maxsize=2048)
def _calendar(key: tuple[str, int, int], first: date, last: date, as_text: bool) -> tuple[list[date], list[tuple]]:
    periods = billing.anchored_periods(key, first, last)
    dates = [p[0] for p in periods]
    spans = [tuple(d.isoformat() for d in p) if as_text else p for p in periods]
    return dates, spans
