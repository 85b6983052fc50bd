"""The demo database: realistic, deterministic, and exactly what the billing calendar issues."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine, func, select, text

from app import billing
from app import models as m
from app.demo import TABLES, build_demo
from app.desk import Desk
from app.listing import Listing, Query, fts_query

TODAY = date(2026, 11, 22)
CLIENTS = 200


@pytest.fixture
def db_url(any_db_url: str) -> str:
    """Every demo test on SQLite (executemany) and on PostgreSQL (COPY)."""
    return any_db_url


def rows(engine: Engine, model: type) -> list[tuple]:
    table = model.__table__
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(table).order_by(table.c.id))]


def test_demo_counts_are_the_rows_written_and_progress_reaches_the_total(desk):
    calls = []
    counts = build_demo(desk.engine, clients=CLIENTS, today=TODAY, progress=lambda *a: calls.append(a))
    assert calls[-1] == (CLIENTS, CLIENTS)
    assert set(counts) == set(TABLES)
    with desk.engine.connect() as conn:
        for name in TABLES[1:]:
            assert conn.scalar(text(f"SELECT count(*) FROM {name}")) == counts[name], name
        staff = conn.execute(select(m.StaffUser.email, m.StaffUser.role)).all()
    assert counts["staff_user"] == 12 and len(staff) == 13  # plus the administrator Desk.open created
    roles = [role for email, role in staff if email.endswith("@accountdesk.example")]
    assert (roles.count("manager"), roles.count("administrator")) == (3, 1)
    assert counts["client"] == CLIENTS and counts["subscription"] > 2 * CLIENTS
    assert counts["invoice"] > 10 * CLIENTS and counts["payment_attempt"] > 0 and counts["card"] > CLIENTS // 2


def test_demo_invoices_are_exactly_what_the_calendar_issues(desk):
    build_demo(desk.engine, clients=CLIENTS, today=TODAY)
    with desk.engine.connect() as conn:
        kinds = dict(conn.execute(select(m.Client.id, m.Client.kind)).all())
        subs = conn.execute(select(m.Subscription)).all()
        invoices = defaultdict(list)
        for inv in conn.execute(select(m.Invoice).order_by(m.Invoice.issued)):
            invoices[inv.subscription_id].append((inv.issued, inv.start, inv.end, inv.amount, inv.purchase))
    checked = 0
    for sub in subs:
        plan = billing.Plan(sub.period, sub.start, sub.price, sub.billing_day, sub.end_date)
        if kinds[sub.client_id] == "trial":
            assert sub.id not in invoices and sub.next_billing_date is None
            continue
        expected = billing.periods_issued_by(plan, TODAY)
        assert invoices[sub.id] == [(p.issued, p.start, p.end, p.amount, p.purchase) for p in expected]
        if sub.end_date is not None and sub.end_date < TODAY:
            assert (sub.status, sub.access_end, sub.next_billing_date) == ("expired", sub.end_date, None)
        else:
            assert sub.status == "active"
            assert sub.next_billing_date == billing.next_billing_date(plan, expected[-1].issued)
            checked += 1
    assert checked > CLIENTS
    assert {s.period for s in subs} == {"monthly", "annual"}
    assert any(s.billing_day for s in subs) and any(s.status == "expired" for s in subs)


def test_demo_leaves_the_lifecycle_nothing_to_catch_up(desk):
    build_demo(desk.engine, clients=CLIENTS, today=TODAY)
    with desk.engine.connect() as conn:
        assert conn.scalar(select(m.LifecycleState.done_until).where(m.LifecycleState.id == 1)) == TODAY
    done = desk.run_lifecycle(TODAY)
    assert {k: v for k, v in done.items() if k != "card_reminders"} == {}
    assert done.get("card_reminders", 0) > 0  # some saved cards expire within 30 days


def test_demo_clients_contacts_cards_and_payments_are_consistent(desk):
    build_demo(desk.engine, clients=CLIENTS, today=TODAY)
    with desk.engine.connect() as conn:
        clients = conn.execute(select(m.Client)).all()
        owners = conn.execute(select(m.Contact.client_id, func.count()).where(m.Contact.role == "primary_admin")
                              .group_by(m.Contact.client_id)).all()
        seats = dict(conn.execute(select(m.Contact.client_id, func.count()).where(m.Contact.seat.is_(True))
                                  .group_by(m.Contact.client_id)).all())
        carded = set(conn.scalars(select(m.Card.client_id).where(m.Card.removed.is_(None))))
        failed = set(conn.scalars(select(m.PaymentAttempt.invoice_id).where(m.PaymentAttempt.ok.is_(False))))
        invoices = conn.execute(select(m.Invoice)).all()
        running = set(conn.scalars(select(m.Subscription.client_id).where(m.Subscription.status == "active")))
        managers = dict(conn.execute(select(m.StaffUser.id, m.StaffUser.email)).all())
        adds = dict(conn.execute(select(m.AuditEvent.client_id, m.AuditEvent.actor)
                                 .where(m.AuditEvent.action == "client.add")).all())
    assert all(count == 1 for _, count in owners) and 0.85 * CLIENTS < len(owners) < CLIENTS
    assert max(seats.values()) >= 3 and sum(n <= 2 for n in seats.values()) > len(seats) / 2
    assert {c.kind for c in clients} == {"direct", "trial", "resold"}
    assert {c.language for c in clients} == {"en", "fr", "zh"}
    assert any(c.name.endswith("有限公司") for c in clients) and any("é" in c.name.lower() for c in clients)
    for c in clients:
        assert c.account_number == f"AD-{c.id:06d}"
        assert (c.reseller_name is not None) == (c.kind == "resold")
        assert adds[c.id] == managers[c.account_manager_id]
        if c.kind == "trial":
            assert abs((c.trial_end - TODAY).days) <= 30
            assert c.status == ("trial" if c.trial_end >= TODAY else "expired")
        else:
            assert c.status == ("active" if c.id in running else "expired")
    assert 0.7 * CLIENTS < len(carded) < 0.9 * CLIENTS
    for inv in invoices:
        if inv.id in failed and inv.status == "open":
            assert inv.paid == 0
        elif inv.client_id in carded:
            assert (inv.status, inv.paid) == ("paid", inv.amount)
    assert any(inv.status == "open" and inv.client_id not in carded for inv in invoices)


def test_demo_search_finds_clients_by_name(sqlite_url):
    desk = Desk.open(sqlite_url, today=TODAY)
    try:
        build_demo(desk.engine, clients=CLIENTS, today=TODAY)
        with desk.engine.connect() as conn:
            clients = conn.execute(select(m.Client.id, m.Client.name, m.Client.language)).all()
            for cid, name, _ in clients:
                found = conn.scalars(text("SELECT rowid FROM client_fts WHERE client_fts MATCH :q"),
                                     {"q": fts_query(name)}).all()
                assert cid in found, name
        assert {language for _, _, language in clients} == {"en", "fr", "zh"}
    finally:
        desk.close()


def test_demo_is_deterministic_for_a_seed_and_day(tmp_path):
    def build(name: str, seed: int) -> dict[str, list[tuple]]:
        desk = Desk.open(f"sqlite:///{tmp_path / name}", today=TODAY)
        try:
            build_demo(desk.engine, clients=CLIENTS, seed=seed, today=TODAY)
            return {model.__tablename__: rows(desk.engine, model)
                    for model in (m.Client, m.Contact, m.Subscription, m.Invoice, m.AuditEvent)}
        finally:
            desk.close()

    first = build("a.sqlite3", 7)
    assert build("b.sqlite3", 7) == first
    assert build("c.sqlite3", 8)["client"] != first["client"]


def test_ids_after_the_demo_do_not_collide(desk):
    build_demo(desk.engine, clients=50, today=TODAY)
    with desk.engine.begin() as conn:
        top = conn.scalar(select(func.max(m.Client.id)))
        new_id = conn.execute(text(
            "INSERT INTO client (account_number, name, language, kind, status, created) "
            "VALUES ('X-1', 'Plain SQL client', 'en', 'direct', 'active', :d) RETURNING id"), {"d": TODAY}).scalar()
    assert new_id == top + 1
    client = desk.add_client("Added through the desk", email="new@example.com")
    sub = desk.subscription(desk.add_subscription(client, "Team", Decimal("49.00"), start=TODAY))
    assert client > new_id and len(sub.invoices) == 1
    assert desk.add_contact(client, "Ann Owner", "ann@example.com", role="primary_admin") > 0
    # A second demo run adds clients and reuses the staff users already there.
    assert build_demo(desk.engine, clients=10, today=TODAY)["staff_user"] == 0


def test_a_search_finds_demo_clients_by_phone_and_account_number(desk):
    build_demo(desk.engine, clients=CLIENTS, today=TODAY)
    with desk.engine.connect() as conn:
        phoned = conn.execute(select(m.Client.id, m.Client.phone, m.Client.account_number)
                              .where(m.Client.phone.is_not(None)).order_by(m.Client.id).limit(20)).all()
    listing = Listing.open(desk.engine.url.render_as_string(hide_password=False))
    try:
        for cid, phone, account in phoned:
            for typed in (phone, account[-4:]):
                found = [r[0] for r in listing.client_page(Query(search=typed), 0, 500)]
                assert cid in found, typed
    finally:
        listing.close()


@pytest.mark.postgres
def test_the_demo_on_postgresql_writes_the_rows_it_writes_on_sqlite(tmp_path):
    from desk_fixtures import PG_URL, reset_postgres

    tables = (m.StaffUser, m.Client, m.Contact, m.Card, m.Subscription, m.Activity, m.Invoice, m.PaymentAttempt,
              m.AuditEvent, m.CancellationRequest)

    def build(url: str) -> tuple[dict[str, int], dict[str, list[tuple]]]:
        desk = Desk.open(url, today=TODAY)
        try:
            counts = build_demo(desk.engine, clients=CLIENTS, seed=3, today=TODAY)
            return counts, {model.__tablename__: rows(desk.engine, model) for model in tables}
        finally:
            desk.close()

    def foreign_keys() -> list[tuple]:
        with Desk.open(PG_URL, today=TODAY) as desk, desk.engine.connect() as conn:
            return conn.execute(text("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
                                     "FROM pg_constraint WHERE contype = 'f' ORDER BY 1, 2")).all()

    reset_postgres()
    keys = foreign_keys()
    sqlite_counts, on_sqlite = build(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    pg_counts, on_pg = build(PG_URL)
    assert foreign_keys() == keys and len(keys) > 10  # set aside for the COPY, and back
    assert pg_counts == sqlite_counts
    for name, expected in on_sqlite.items():
        if name == "staff_user":  # the first administrator differs by design (local / the login)
            assert on_pg[name][1:] == expected[1:]
            continue
        assert on_pg[name] == expected, name
