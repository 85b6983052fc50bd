"""No lost updates (issue 11): two people, two `Desk` objects, one database.

A write based on a version the window showed that is no longer the row's is a
`Conflict` saying who changed it and when, and writes nothing; a rule's refusal stays a
`RuleViolation`. Run on a SQLite file and on the PostgreSQL server (marked).
"""

from __future__ import annotations

import threading
from datetime import date, datetime
from decimal import Decimal

import pytest
from snapshot import snapshot
from sqlalchemy import func, select

from app import models as m
from app.errors import Conflict, DeskError, RuleViolation
from app.services import cancellation

TODAY = date(2026, 11, 22)


def _acme(desk) -> tuple[int, int]:
    client = desk.add_client("Acme", email="acme@example.com")
    desk.add_contact(client, "Alice", "alice@example.com", role="primary_admin", seat=True)
    desk.add_card(client, "Visa", "4242", 12, 2030)
    return client, desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 15))


@pytest.fixture
def people(open_desk):
    """The local administrator and Anna Lee, a manager: two Desk objects, each with its own
    engine (its own connections), as two workstations. Anna's desk is given her staff user
    directly: on PostgreSQL `user=` names only the signed-in login's own (issue 11)."""
    admin = open_desk(TODAY)
    admin.now = lambda: datetime(2026, 11, 22, 9, 15)
    anna = _anna(admin)
    yield admin, anna
    anna.close()


def _anna(admin):
    from app.desk import Desk, open_engine
    from app.unit_of_work import Actor

    ident = admin.add_staff("Anna Lee", "anna@example.com", "manager")
    anna = Desk(open_engine(admin.engine.url.render_as_string(hide_password=False)),
                Actor(ident, "anna@example.com", "Anna Lee", "manager"), TODAY)
    anna.now = lambda: datetime(2026, 11, 22, 10, 42)
    return anna


def _both(calls):
    """Runs the calls at the same moment, each on its own thread; their outcomes in order."""
    start = threading.Barrier(len(calls))
    outcomes: list[object] = [None] * len(calls)

    def run(i: int) -> None:
        start.wait(10)
        try:
            outcomes[i] = calls[i]()
        except Exception as exc:  # noqa: BLE001 - the outcome is what the test looks at
            outcomes[i] = exc
    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return outcomes


def test_an_edit_from_a_window_showing_an_older_version_says_who_changed_it_and_when(people):
    admin, anna = people
    _client, sub = _acme(admin)
    shown = admin.subscription(sub)
    anna.cancel_subscription(sub, date(2027, 6, 1), expected_version=shown.version)
    after_anna = snapshot(admin)
    with pytest.raises(Conflict) as refused:
        admin.cancel_subscription(sub, date(2027, 3, 1), expected_version=shown.version)
    assert str(refused.value) == ("Anna Lee changed the subscription \u201cTeam\u201d of Acme at 10:42 on "
                                  "22 November 2026, after you opened it; nothing was saved. Reload to see the "
                                  "change, then try again.")
    assert snapshot(admin) == after_anna
    assert admin.subscription(sub).version == shown.version + 1
    # Reloaded, the same person can go on: the version they now see is the current one.
    admin.cancel_subscription(sub, date(2027, 3, 1), expected_version=admin.subscription(sub).version)
    assert admin.subscription(sub).cancellation_month == date(2027, 3, 1)


def test_a_rule_refusal_stays_a_rule_violation_not_a_conflict(people):
    """The rules judge what is there now, first: Anna's cancellation after March makes a
    cancellation after June "only earlier" for a window that still showed it running."""
    admin, anna = people
    _client, sub = _acme(admin)
    shown = admin.subscription(sub).version
    anna.cancel_subscription(sub, date(2027, 3, 1))
    before = snapshot(admin)
    with pytest.raises(RuleViolation) as refused:
        admin.cancel_subscription(sub, date(2027, 6, 1), expected_version=shown)
    assert refused.value.code == "cancel_only_earlier"
    assert not isinstance(refused.value, Conflict)
    assert snapshot(admin) == before


def test_client_contact_and_request_edits_check_their_own_versions(people):
    admin, anna = people
    client, sub = _acme(admin)
    owner = admin.client(client).primary_admin
    user = admin.add_contact(client, "Bob", "bob@example.com", seat=False)
    bob = next(c for c in admin.client(client).contacts if c.id == user)
    anna.set_seat(user, True, expected_version=bob.version)
    with pytest.raises(Conflict) as refused:
        admin.set_seat(user, False, expected_version=bob.version)
    assert refused.value.code == "conflict" and refused.value.params["name"] == "Bob"

    request = admin.record_request(owner.id, subscription_id=sub, expected_version=admin.subscription(sub).version)
    seen = admin.request(request)
    anna.hold_request(request, "Send the form signed", expected_version=seen.version)
    with pytest.raises(Conflict):
        admin.reject_request(request, "Not the owner", expected_version=seen.version)
    assert admin.request(request).status == "waiting"

    admin.update_settings(allow_revoke_cancellation=True)
    detail = admin.client_detail(client)
    assert detail.version == admin.client(client).version
    admin.now = lambda: datetime(2026, 11, 22, 11, 5)
    admin.close_account(client, owner.id, reason="Moving on", expected_version=detail.version)
    with pytest.raises(Conflict) as refused:
        anna.revoke_closure(client, expected_version=detail.version)
    assert refused.value.code == "conflict_client"
    assert (refused.value.params["who"], refused.value.params["time"]) == (admin.me().name, "11:05")


def test_two_people_confirming_the_same_version_at_once_one_succeeds_and_nothing_is_overwritten(people):
    """Whoever commits first wins; the other is refused: a Conflict when their change would
    have gone through on the new state (March after June: moving earlier), the rule's
    refusal when it would not (June after March: only earlier)."""
    admin, anna = people
    _client, sub = _acme(admin)
    seen = admin.subscription(sub).version
    outcomes = _both([lambda: admin.cancel_subscription(sub, date(2027, 3, 1), expected_version=seen),
                      lambda: anna.cancel_subscription(sub, date(2027, 6, 1), expected_version=seen)])
    assert [o for o in outcomes if o is None] == [None], outcomes
    refusal = next(o for o in outcomes if o is not None)
    winner = date(2027, 3, 1) if outcomes[0] is None else date(2027, 6, 1)
    assert isinstance(refusal, Conflict if winner == date(2027, 6, 1) else RuleViolation), outcomes
    after = admin.subscription(sub)
    assert (after.cancellation_month, after.version) == (winner, seen + 1)
    with admin.session() as s:
        assert s.scalar(select(func.count()).select_from(m.AuditEvent)
                        .where(m.AuditEvent.action == "subscription.cancel")) == 1


@pytest.mark.postgres
def test_a_script_without_versions_gets_a_conflict_when_the_row_changes_between_its_read_and_write(pg_desks):
    """PostgreSQL (READ COMMITTED): B reads the subscription, A commits a change, B writes:
    B's UPDATE ... WHERE version = N matches no row. (SQLite never interleaves: a writing
    transaction holds the file from its first read.)"""
    admin, anna = pg_desks
    _client, sub = _acme(admin)
    read, committed = threading.Event(), threading.Event()

    def slow_cancel(uow, sub_id: int, month: date) -> None:
        seen = uow.get(m.Subscription, sub_id, "subscription")  # held: the session keeps what it read
        read.set()
        committed.wait(10)
        cancellation.cancel(uow, seen.id, month)

    outcome: list[object] = []
    thread = threading.Thread(target=lambda: outcome.append(_outcome(lambda: anna._write(
        slow_cancel, sub, date(2027, 6, 1)))))
    thread.start()
    assert read.wait(10)
    admin.cancel_subscription(sub, date(2027, 3, 1))
    committed.set()
    thread.join(30)
    assert isinstance(outcome[0], Conflict), outcome
    assert outcome[0].params["who"] == admin.me().name
    assert admin.subscription(sub).cancellation_month == date(2027, 3, 1)


def _outcome(call):
    try:
        return call()
    except DeskError as exc:
        return exc


def test_the_lifecycle_moves_the_versions_it_changes_set_wise(people):
    admin, anna = people
    _client, sub = _acme(admin)
    trial = admin.add_client("Tryout", kind="trial", trial_end=date(2026, 12, 10))
    seen_sub, seen_trial = admin.subscription(sub).version, admin.client(trial).version
    anna.run_lifecycle(date(2026, 12, 20))  # issues the 15 December invoice, ends the trial
    assert admin.subscription(sub).version == seen_sub + 1
    assert admin.client(trial).version == seen_trial + 1
    with pytest.raises(Conflict) as refused:
        admin.cancel_subscription(sub, date(2027, 6, 1), expected_version=seen_sub)
    assert refused.value.params["who"] == "Anna Lee"


def test_concurrent_lifecycle_runs_issue_each_invoice_exactly_once(people):
    admin, anna = people
    admin._fixed_today = anna._fixed_today = date(2026, 1, 5)
    for n in range(12):
        client = admin.add_client(f"Client {n}")
        admin.add_subscription(client, "Team", Decimal("10"), start=date(2026, 1, 1 + n),
                               period="monthly" if n % 3 else "annual")
    until = date(2026, 11, 22)
    outcomes = _both([lambda: admin.run_lifecycle(until), lambda: anna.run_lifecycle(until)])
    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    with admin.session() as s:
        duplicates = s.execute(select(m.Invoice.subscription_id, m.Invoice.issued).group_by(
            m.Invoice.subscription_id, m.Invoice.issued).having(func.count() > 1)).all()
        monthly = s.scalar(select(func.count()).select_from(m.Invoice).join(m.Subscription)
                           .where(m.Subscription.period == "monthly"))
    assert duplicates == []
    assert monthly == 8 * 11  # 8 monthly plans, January to November: each invoice once
    assert admin.run_lifecycle(until).get("invoices_issued", 0) == 0


@pytest.fixture
def pg_desks(today):
    from desk_fixtures import PG_URL, reset_postgres

    from app.desk import Desk

    reset_postgres()
    admin = Desk.open(PG_URL, today=TODAY)
    admin.now = lambda: datetime(2026, 11, 22, 9, 15)
    anna = _anna(admin)
    yield admin, anna
    anna.close()
    admin.close()


def test_the_migration_adds_a_version_to_every_table_the_models_version(desk):
    import importlib.util
    from pathlib import Path

    from sqlalchemy import inspect

    import app

    path = Path(app.__file__).parent / "migrations" / "versions" / "0008_row_versions.py"
    spec = importlib.util.spec_from_file_location("row_versions", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert set(module.TABLES) == set(m.VERSIONED)
    columns = inspect(desk.engine)
    assert all(any(c["name"] == "version" and not c["nullable"] for c in columns.get_columns(t))
               for t in m.VERSIONED)


@pytest.mark.postgres
def test_two_writers_issuing_the_same_missing_invoice_issue_it_once_the_second_runs_again(pg_desks):
    """A issues a subscription's missing invoices and has not committed; B issues the same
    ones and waits on the unique (subscription, issue date) index; A commits: B's insert is
    a unique violation, and B's use case runs again, finding nothing left to issue."""
    from sqlalchemy import text

    from app.services import billing_run

    admin, anna = pg_desks
    admin._fixed_today = anna._fixed_today = date(2026, 1, 5)
    client = admin.add_client("Acme")
    sub = admin.add_subscription(client, "Team", Decimal("10"), start=date(2026, 1, 1))
    until = date(2026, 3, 5)  # 1 February and 1 March are due
    issued, release = threading.Event(), threading.Event()

    def issue_and_hold(uow) -> int:
        count = billing_run.issue(uow, until, sub_ids=[sub])
        issued.set()
        release.wait(10)
        return count

    def issue(uow) -> int:
        return billing_run.issue(uow, until, sub_ids=[sub])

    first: list[object] = []
    holder = threading.Thread(target=lambda: first.append(_outcome(lambda: admin._write(issue_and_hold))))
    holder.start()
    assert issued.wait(10)
    second: list[object] = []
    waiter = threading.Thread(target=lambda: second.append(_outcome(lambda: anna._write(issue))))
    waiter.start()
    with admin.engine.connect() as conn:  # until B waits on A's uncommitted index entries
        deadline = datetime.now().timestamp() + 10
        while not conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                    "AND datname = current_database()")).scalar():
            assert datetime.now().timestamp() < deadline, "B never waited on A"
    release.set()
    holder.join(30)
    waiter.join(30)
    assert (first, second) == ([2], [0])
    with admin.session() as s:
        assert s.scalar(select(func.count()).select_from(m.Invoice).where(m.Invoice.subscription_id == sub)) == 3
