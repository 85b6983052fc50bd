"""Random sequences of the use cases (hypothesis stateful testing): add clients, cards and
subscriptions, cancel, record and approve requests, pay, void, run the lifecycle and jump
ahead in time. After every step the invariants hold; a refused call changes nothing; a
second lifecycle run on the same day changes nothing. And catching up at once equals
running the lifecycle every day.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, invariant, multiple, rule

from app import consistency
from app.desk import Desk
from app.errors import DeskError

START = date(2026, 3, 2)

# The checks of app/consistency.py this machine's operations keep (a cancellation that
# later expires keeps its email, so the outbox check is not one of them).
INVARIANTS = {name: consistency.sql(name) for name in (
    "an invoice without its subscription",
    "the same invoice issued twice",
    "two invoices of one subscription for overlapping periods",
    "a cancellation without its audit event",
    "a cancellation email without the cancellation",
    "a running subscription billed on or after its next billing date",
    "an approved request without its cancellation",
)}


def problems(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        found = [f"{name}: {n}" for name, sql in INVARIANTS.items() if (n := con.execute(sql).fetchone()[0])]
        if con.execute("PRAGMA foreign_key_check").fetchall():
            found.append("orphan rows (foreign_key_check)")
        return found
    finally:
        con.close()


def dump(path: Path, *, skip_lifecycle_runs: bool = False) -> dict[str, list[tuple]]:
    """Every table's rows; Message-IDs (random) left out. Optionally without the
    lifecycle's own bookkeeping (its run events and the day it reached), row ids and row
    versions."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'client_fts%'")]
        found = {}
        for table in tables:
            if skip_lifecycle_runs and table == "lifecycle_state":
                continue
            where = " WHERE action != 'lifecycle.run'" if skip_lifecycle_runs and table == "audit_event" else ""
            cur = con.execute(f'SELECT * FROM "{table}"{where} ORDER BY rowid')
            names = [d[0] for d in cur.description]
            # Catching up issues subscription by subscription, a daily run day by day: the
            # same rows, numbered in another order; and a row's version counts its writes (a
            # daily run moves a next billing date once a period, a catch-up once in all), the
            # concurrency token of issue 11, not part of what was done.
            drop = {"message_id"} | ({"id", "version"} if skip_lifecycle_runs else set())
            found[table] = sorted((tuple(v for n, v in zip(names, row, strict=True) if n not in drop) for row in cur),
                                  key=repr)
        return found
    finally:
        con.close()


class Desks(RuleBasedStateMachine):
    clients = Bundle("clients")
    subscriptions = Bundle("subscriptions")
    contacts = Bundle("contacts")
    folder: Path

    def __init__(self) -> None:
        super().__init__()
        self.path = self.folder / f"s{id(self)}.sqlite3"
        for leftover in self.folder.glob(f"{self.path.name}*"):
            leftover.unlink()
        self.desk = Desk.open(f"sqlite:///{self.path}", today=START)
        self._set_today(START)
        self.count = 0

    def _set_today(self, day: date) -> None:
        self.desk._fixed_today = day
        self.desk.now = lambda: datetime.combine(day, time(9, 0))

    def teardown(self) -> None:
        self.desk.close()

    def _refusable(self, call):  # noqa: ANN001, ANN202 - any facade call
        """Runs `call`; a refusal must leave the whole database as it was."""
        before = dump(self.path)
        try:
            result = call()
        except DeskError:
            assert dump(self.path) == before, "a refused call changed the database"
            event("refused")
            return None
        event("applied")
        return result

    @initialize(target=subscriptions)
    def a_paying_client(self):  # noqa: ANN201 - hypothesis's multiple()
        """Something to cancel and request from the first step on."""
        client = self.desk.add_client("Paying Client", email="paying@example.test")
        self.desk.add_card(client, "Visa", "4242", 12, 2035)
        self.owner = self.desk.add_contact(client, "Owner", "owner@paying.test", role="primary_admin")
        return multiple(*(self.desk.add_subscription(client, "Plan", Decimal("20"), start=START - timedelta(days=d))
                          for d in (5, 40)))

    @rule(sub=subscriptions)
    def request_from_the_owner(self, sub: int | None) -> None:
        self._refusable(lambda: self.desk.record_request(self.owner, subscription_id=sub,
                                                         received=self.desk.today))

    @rule(target=clients, kind=st.sampled_from(["direct", "direct", "trial"]), card=st.booleans())
    def add_client(self, kind: str, card: bool) -> int:
        self.count += 1
        today = self.desk.today
        client = self.desk.add_client(f"Client {self.count}", kind=kind, email=f"c{self.count}@example.test",
                                      trial_end=today + timedelta(days=20) if kind == "trial" else None)
        if card:
            self.desk.add_card(client, "Visa", "4242", 12, 2035)
        return client

    @rule(target=contacts, client=clients)
    def add_owner(self, client: int) -> int | None:
        return self._refusable(lambda: self.desk.add_contact(client, "Owner", f"owner{client}@example.test",
                                                             role="primary_admin"))

    @rule(target=subscriptions, client=clients, back=st.integers(0, 90), period=st.sampled_from(["monthly", "annual"]),
          day=st.one_of(st.none(), st.integers(1, 28)))
    def add_subscription(self, client: int, back: int, period: str, day: int | None) -> int | None:
        start = self.desk.today - timedelta(days=back)
        return self._refusable(lambda: self.desk.add_subscription(
            client, "Plan", Decimal("12.50"), period=period, start=start,
            billing_day=day if period == "monthly" else None))

    @rule(sub=subscriptions, which=st.integers(0, 3))
    def cancel(self, sub: int | None, which: int) -> None:
        if sub is None:
            return
        months = self._refusable(lambda: self.desk.cancellation_months(sub)) or []
        month = months[min(which, len(months) - 1)].month if months else self.desk.today
        if self._refusable(lambda: self.desk.cancel_subscription(sub, month)) is None:
            event("cancel refused")
        else:
            event("cancel applied")

    @rule(contact=contacts, sub=subscriptions)
    def request(self, contact: int | None, sub: int | None) -> None:
        if contact is not None:
            self._refusable(lambda: self.desk.record_request(contact, subscription_id=sub,
                                                             received=self.desk.today))

    @rule()
    def approve(self) -> None:
        for pending in self.desk.requests():
            event("approve tried")
            self._refusable(lambda r=pending.id: self.desk.approve_request(r))

    @rule(client=clients)
    def pay(self, client: int) -> None:
        for _, invoice in self.desk.invoices(client):
            if invoice.status == "open":
                self._refusable(lambda i=invoice.id: self.desk.record_payment(i))

    @rule(sub=subscriptions)
    def void(self, sub: int | None) -> None:
        if sub is not None:
            self._refusable(lambda: self.desk.void_latest_invoice(sub))

    @rule(contact=contacts, keep=st.booleans(), months=st.sampled_from([1, 3, 12]))
    def pause(self, contact: int | None, keep: bool, months: int) -> None:
        """A pause from the account owner (§8): refused within 12 months of the last one,
        for trials, or without kept data unless the name is typed; else billing stops."""
        found = self.contact_client(contact) if contact is not None else None
        if found is None:
            return  # the contact went with a purge
        client_id, name = found
        self._refusable(lambda: self.desk.pause(client_id, contact, reason="Quiet season", resume_in_months=months,
                                                category="seasonal", keep_data=keep,
                                                confirm_name=None if keep else name))
        event("pause with kept data" if keep else "pause deleting the data")

    @rule(contact=contacts)
    def resume(self, contact: int | None) -> None:
        found = self.contact_client(contact) if contact is not None else None
        if found is None:
            return
        if any(invoice.end >= self.desk.today for _plan, invoice in self.desk.invoices(found[0])
               if invoice.status != "void"):
            # Found by this machine and left for a design decision (see the stop note of
            # issue 12): resuming inside a period paid before the pause restarts the plan
            # "as if bought today" (§8) with a purchase invoice overlapping that period.
            event("resume inside a paid period: not tried")
            return
        self._refusable(lambda: self.desk.resume(found[0], brand="Visa", last4="1111", exp_month=12,
                                                 exp_year=2035, contact_id=contact))

    def contact_client(self, contact: int) -> tuple[int, str] | None:
        """The contact's client (id, name), or None once purged."""
        from sqlalchemy import select

        from app import models as m

        with self.desk.session() as session:
            row = session.execute(select(m.Client.id, m.Client.name).join(m.Contact)
                                  .where(m.Contact.id == contact)).first()
            return (row[0], row[1]) if row else None

    @rule()
    def lifecycle(self) -> None:
        self.desk.run_lifecycle()
        after = dump(self.path)
        self.desk.run_lifecycle()  # idempotent: the same day again changes nothing
        assert dump(self.path) == after

    @rule(days=st.integers(1, 45))
    def jump(self, days: int) -> None:
        self._set_today(self.desk.today + timedelta(days=days))

    @invariant()
    def holds(self) -> None:
        assert problems(self.path) == []


@pytest.fixture
def machine_folder(tmp_path):
    Desks.folder = tmp_path
    return tmp_path


def test_random_sequences_keep_the_invariants(machine_folder):
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(Desks, settings=settings(max_examples=20, stateful_step_count=25, deadline=None,
                                                       suppress_health_check=list(HealthCheck)))


_plan = st.tuples(st.integers(0, 60), st.sampled_from(["monthly", "annual"]), st.one_of(st.none(), st.integers(1, 28)),
                  st.one_of(st.none(), st.integers(5, 120)))


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(plans=st.lists(_plan, min_size=1, max_size=4), trial_days=st.integers(1, 60), days=st.integers(1, 40))
@example(plans=[(56, "monthly", None, None)], trial_days=1, days=34)  # two billing dates daily, one catch-up write
def test_catching_up_equals_running_every_day(tmp_path_factory, plans, trial_days, days):
    folder = tmp_path_factory.mktemp("catch-up")
    paths = [folder / "daily.sqlite3", folder / "once.sqlite3"]
    for path in paths:
        with Desk.open(f"sqlite:///{path}", today=START) as desk:
            desk.now = lambda: datetime.combine(START, time(9, 0))
            client = desk.add_client("Acme", email="acme@example.test")
            desk.add_client("Trial Co", kind="trial", trial_end=START + timedelta(days=trial_days))
            for back, period, day, length in plans:
                start = START - timedelta(days=back)
                desk.add_subscription(client, "Plan", Decimal("10"), period=period, start=start,
                                      billing_day=day if period == "monthly" else None,
                                      end_date=start + timedelta(days=length) if length else None)
            desk.run_lifecycle(START)
    end = START + timedelta(days=days)
    with Desk.open(f"sqlite:///{paths[0]}", today=end) as desk:
        day = START
        while day < end:
            day += timedelta(days=1)
            desk.now = lambda d=day: datetime.combine(d, time(9, 0))
            desk.run_lifecycle(day)
    with Desk.open(f"sqlite:///{paths[1]}", today=end) as desk:
        desk.now = lambda: datetime.combine(end, time(9, 0))
        desk.run_lifecycle(end)
    daily, once = (dump(p, skip_lifecycle_runs=True) for p in paths)
    # The audit and outbox times differ (the day each was written); what was done must not.
    assert _without_times(daily) == _without_times(once)


def _without_times(state: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    return {t: sorted((tuple(v for v in row if not (isinstance(v, str) and len(v) >= 19 and v[10:11] == " "))
                       for row in rows), key=repr) for t, rows in state.items()}
