"""A long catch-up (§11, issue 13): set-wise, in bounded transactions, interruptible, and
still equal to running once per day — on SQLite and PostgreSQL."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pgtest import reset_postgres
from sqlalchemy import event, select
from test_lifecycle import _populate, _state

from app import billing
from app.desk import Desk
from app.errors import DeskError
from app.models import Client, Email, Subscription
from app.notify import CLIENT_FIELDS, notify, notify_many
from app.services import billing_run
from app.services.subscriptions import plan_of

START = date(2026, 1, 20)


def _fresh(db_url: str) -> str:
    """An empty database of the same kind as `db_url`."""
    if db_url.startswith("sqlite"):
        return f"sqlite:///{Path(tempfile.mkdtemp(prefix='catchup-')) / 'desk.sqlite3'}"
    reset_postgres(db_url)
    return db_url


def _final_state(db_url: str, today: date, populate: Callable[[Desk], object],
                 run: Callable[[Desk], None]) -> dict[str, list]:
    desk = Desk.open(_fresh(db_url), today=today)
    try:
        populate(desk)
        run(desk)
        return _state(desk)
    finally:
        desk.close()


@st.composite
def subscriptions(draw) -> list[dict]:
    """A few subscriptions of one paying client, bought before the catch-up starts."""
    found = []
    for _ in range(draw(st.integers(1, 4))):
        period = draw(st.sampled_from(["monthly", "annual"]))
        start = START - timedelta(days=draw(st.integers(0, 4 * 365)))
        end_date = None
        if draw(st.booleans()):
            end_date = start + timedelta(days=draw(st.integers(0, 5 * 365)))
        found.append({
            "period": period, "start": start, "end_date": end_date,
            "billing_day": draw(st.one_of(st.none(), st.integers(1, 28))) if period == "monthly" else None,
            "price": Decimal(draw(st.integers(100, 99_900))).scaleb(-2),
            "cancel_after": draw(st.one_of(st.none(), st.integers(0, 2))),
        })
    return found


def _populate_random(subs: list[dict], card: bool) -> Callable[[Desk], None]:
    def populate(desk: Desk) -> None:
        client = desk.add_client("Acme", email="acme@example.com")
        desk.add_contact(client, "Alice", "alice@example.com", role="primary_admin", seat=True)
        if card:
            desk.add_card(client, "Visa", "4242", 4, 2026)
        for spec in subs:
            sub = desk.add_subscription(client, "Plan", spec["price"], period=spec["period"], start=spec["start"],
                                        billing_day=spec["billing_day"], end_date=spec["end_date"])
            if spec["cancel_after"] is not None:
                months = desk.cancellation_months(sub)
                if months:
                    try:
                        desk.cancel_subscription(sub, months[min(spec["cancel_after"], len(months) - 1)].month)
                    except DeskError:
                        pass  # a refused cancellation leaves the subscription running
    return populate


_CANCELLED = [
    {"period": "monthly", "start": date(2025, 10, 31), "end_date": None, "billing_day": None,
     "price": Decimal("49.00"), "cancel_after": 0},
    {"period": "monthly", "start": date(2024, 3, 5), "end_date": None, "billing_day": 12,
     "price": Decimal("30.00"), "cancel_after": 1},
    {"period": "annual", "start": date(2023, 2, 28), "end_date": date(2026, 4, 10), "billing_day": None,
     "price": Decimal("400.00"), "cancel_after": None},
]


@example(subs=_CANCELLED, card=True, days=90, small_batches=True, short_calendar=False, by_id=True)
@example(subs=_CANCELLED, card=False, days=90, small_batches=False, short_calendar=True, by_id=False)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(subs=subscriptions(), card=st.booleans(), days=st.integers(1, 90), small_batches=st.booleans(),
       short_calendar=st.booleans(), by_id=st.booleans())
def test_catch_up_equals_one_run_per_day_on_random_subscriptions(db_url, monkeypatch, subs, card, days,
                                                                  small_batches, short_calendar, by_id):
    # Small batches: a transaction per subscription or two; a short shared calendar: the
    # subscriptions behind it take their own calendar; the due subscriptions read by id or
    # through the status index, whatever share of them is due.
    monkeypatch.setattr(billing_run, "BATCH_INVOICES", 3 if small_batches else 50_000)
    monkeypatch.setattr(billing_run, "CALENDAR_SPAN", timedelta(days=40 if short_calendar else 3 * 366))
    monkeypatch.setattr(billing_run, "DENSE_SHARE", 10**9 if by_id else 0)
    end = START + timedelta(days=days)
    populate = _populate_random(subs, card)

    def daily(desk: Desk) -> None:
        day = START
        while day <= end:
            desk.run_lifecycle(day)
            day += timedelta(days=1)

    def at_once(desk: Desk) -> None:
        desk.run_lifecycle(end)
        _assert_the_calendar_was_followed(desk, end)

    one_by_one = _final_state(db_url, START, populate, daily)
    assert _final_state(db_url, START, populate, at_once) == one_by_one


def _assert_the_calendar_was_followed(desk: Desk, day: date) -> None:
    """Every subscription has exactly the invoices of the pure calendar up to `day`."""
    with desk.session() as s:
        for sub in s.scalars(select(Subscription)):
            expected = [(p.issued, p.start, p.end, p.amount) for p in
                        billing.periods_issued_by(plan_of(sub), day, cancel_from=sub.cancel_from)]
            assert [(i.issued, i.start, i.end, i.amount) for i in sub.invoices] == expected
            if sub.status in ("active", "cancelling"):
                assert sub.next_billing_date == billing.next_billing_date(
                    plan_of(sub), expected[-1][0] if expected else day, cancel_from=sub.cancel_from)


class StopAfter:
    """A Progress that asks to stop once `commits` transactions are done."""

    def __init__(self, commits: int) -> None:
        self.commits, self.steps = commits, []

    def step(self, done: int, total: int) -> None:
        self.steps.append((done, total))

    def cancelled(self) -> bool:
        return len(self.steps) >= self.commits


def test_interrupted_catch_up_run_again_ends_identical(db_url, monkeypatch):
    monkeypatch.setattr(billing_run, "BATCH_INVOICES", 4)  # several invoice transactions
    end = date(2026, 9, 3)
    whole = _final_state(db_url, START, _populate, lambda desk: desk.run_lifecycle(end))
    stopped = StopAfter(1)

    def interrupted(desk: Desk) -> None:
        before = _state(desk)
        first = desk.run_lifecycle(end, progress=stopped)
        half = _state(desk)
        assert first.get("invoices_issued", 0) > 0 and half != before  # the first commit stays
        assert half != whole  # ... and the rest is not done yet
        assert stopped.steps[0][0] == 1 and stopped.steps[0][1] > 2
        desk.run_lifecycle(end)

    assert _final_state(db_url, START, _populate, interrupted) == whole


def test_cancelled_callback_stops_before_any_commit(open_desk):
    desk = open_desk(START)
    _populate(desk)
    before = _state(desk)
    assert desk.run_lifecycle(date(2026, 9, 3), cancelled=lambda: True) == {}
    assert _state(desk) == before


def test_progress_counts_every_transaction_of_a_long_catch_up(open_desk, monkeypatch):
    monkeypatch.setattr(billing_run, "BATCH_INVOICES", 4)
    desk = open_desk(START)
    _populate(desk)
    desk.run_lifecycle(START)
    steps = StopAfter(10_000)
    end = date(2026, 9, 3)
    desk.run_lifecycle(end, progress=steps)
    total = steps.steps[-1][1]
    assert [done for done, _ in steps.steps] == list(range(1, total + 1))
    # Four invoice batches (one subscription each: 4 invoices are about 4 months of one),
    # then the other steps a week at a time, the last one ending on the day.
    weeks = -(-(end - START).days // 7)
    assert total == 4 + weeks


def test_a_catch_up_reads_by_id_when_a_fifth_of_the_subscriptions_or_more_are_due(open_desk, monkeypatch):
    monkeypatch.setattr(billing_run, "BATCH_INVOICES", 2)
    desk = open_desk(START)
    client = desk.add_client("Acme")
    # Ten monthly plans billed on days 1..10 of the month, each bought on that day in January.
    for day in range(1, 11):
        desk.add_subscription(client, "Plan", Decimal("10.00"), start=date(2026, 1, day), billing_day=day)
    desk.run_lifecycle(date(2026, 1, 31))

    def batches(until: date) -> list[tuple[int, int, bool]]:
        return desk._read(billing_run.catch_up_batches, until)

    assert batches(date(2026, 1, 31)) == []  # nothing due
    # One due of ten: through the status index; every bound is a due id.
    [(first, last, by_id)] = batches(date(2026, 2, 1))
    assert (first, last, by_id) == (1, 1, False)
    # Two of ten (a fifth): by id.
    assert {b[2] for b in batches(date(2026, 2, 2))} == {True}
    # All ten, a month behind: by id, in batches of one subscription (2 invoices each).
    behind = batches(date(2026, 3, 10))
    assert [(b[0], b[1]) for b in behind] == [(i, i) for i in range(1, 11)] and all(b[2] for b in behind)


def test_a_catch_up_writes_its_invoices_in_short_statements_each_after_a_pause_point(sqlite_url, monkeypatch):
    """On SQLite (whose writing is the window's process's CPU; PostgreSQL's COPY is the
    server's) a window's search waits for at most one write statement of the catch-up:
    each writes WRITE_ROWS rows at most, and the window may hold the catch-up before it."""
    from app import progress

    monkeypatch.setattr(billing_run, "WRITE_ROWS", 3)
    desk = Desk.open(sqlite_url, today=START)
    _populate(desk)
    desk.run_lifecycle(START)
    events: list[tuple[str, int]] = []
    monkeypatch.setattr(progress, "_pause_hook", lambda: events.append(("pause", 0)))

    def written(_conn, _cursor, sql, params, _context, many) -> None:
        if many and sql.startswith(("INSERT INTO invoice", "UPDATE subscription SET next_billing_date")):
            events.append(("write", len(params)))

    event.listen(desk.engine, "before_cursor_execute", written)
    try:
        issued = desk.run_lifecycle(date(2026, 9, 3))["invoices_issued"]
    finally:
        desk.close()
    writes = [(i, n) for i, (kind, n) in enumerate(events) if kind == "write"]
    assert sum(n for _, n in writes) > issued > 3 * 3  # the invoices, and the moved dates
    assert all(n <= 3 and events[i - 1][0] == "pause" for i, n in writes)


def test_bulk_reminders_queue_the_same_emails_as_one_notify_each(open_desk):
    desk = open_desk(START)
    fr = desk.add_client("Atelier Lumière", language="fr", email="contact@lumiere.example")
    desk.add_contact(fr, "Hélène", "helene@lumiere.example", role="primary_admin")
    bare = desk.add_client("Nobody Home", email="info@nobody.example")  # no primary admin: the client's email
    silent = desk.add_client("Silent Ltd")  # no address at all: the organisation only
    context = {"card": "Visa ending 4242", "expiry": date(2026, 2, 28)}

    def queue(uow, bulk: bool, rows: bool = False) -> list[tuple]:
        clients = [uow.session.get(Client, i) for i in (fr, bare, silent)]
        if rows:  # as the lifecycle reads them
            clients = [uow.session.execute(select(*CLIENT_FIELDS).where(Client.id == c.id)).one() for c in clients]
        before = {e.id for e in uow.session.scalars(select(Email))}
        if bulk:
            notify_many(uow, "card_expiring", [(c, context) for c in clients])
        else:
            for c in clients:
                notify(uow, "card_expiring", c, **context)
        uow.session.flush()
        return sorted((e.client_id, e.audience, tuple(e.to), e.subject, e.body, e.language, e.status)
                      for e in uow.session.scalars(select(Email)) if e.id not in before)

    one_each = desk._write(queue, False)
    assert len(one_each) == 5  # the organisation for all three, the owner for two
    assert desk._write(queue, True) == one_each
    assert desk._write(queue, True, True) == one_each
