"""The lifecycle run (DESIGN.md §11): brings the database up to a given day.

Idempotent by construction: every step selects what is due *by* the day (not *on*
it) and records what it did on the row it changed, so a run over many days at once
leaves the same rows as one run per day, and a second run finds nothing to do.
With PostgreSQL a transaction-scoped advisory lock keeps it to one workstation at a
time; with SQLite the write transaction (BEGIN IMMEDIATE) does.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Engine, Row, bindparam, literal_column, select, text, update

from app import models as m
from app.notify import CLIENT_FIELDS, notify_many
from app.progress import with_pauses
from app.services import billing_run, expiry
from app.services.subscriptions import RUNNING, issue_due
from app.unit_of_work import UnitOfWork

LOCK_KEY = 0x41434344  # "ACCD"
STEP = timedelta(days=7)  # a long catch-up commits this much at a time (Desk.run_lifecycle)
CARD_REMINDER_DAYS = 30


def card_expiry(card: m.Card | Row) -> date:
    return date(card.exp_year, card.exp_month, calendar.monthrange(card.exp_year, card.exp_month)[1])


def _busy(uow: UnitOfWork) -> bool:
    """True when another workstation is running the lifecycle (PostgreSQL; held to commit)."""
    session = uow.session
    return (session.get_bind().dialect.name == "postgresql"
            and not session.scalar(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": LOCK_KEY}))


def issue_batch(uow: UnitOfWork, until: date, first_id: int, last_id: int, by_id: bool = False) -> dict[str, int]:
    """The invoices due by `until` of the subscriptions with ids first_id..last_id: one
    transaction of a long catch-up (Desk.run_lifecycle), before the day-by-day steps.
    `by_id` as `billing_run.catch_up_batches` says."""
    if _busy(uow):
        return {"skipped_busy": 1}
    issued = billing_run.issue(uow, until, id_range=(first_id, last_id), by_id=by_id)
    if not issued:
        return {}
    uow.audit("lifecycle.run", f"Brought up to {until.isoformat()}: invoices issued {issued}",
              after={"invoices_issued": issued})
    return {"invoices_issued": issued}


def run(uow: UnitOfWork, until: date) -> dict[str, int]:
    session = uow.session
    counts: Counter[str] = Counter()
    if _busy(uow):
        return {"skipped_busy": 1}

    issued = issue_due(uow, until)
    if issued:
        counts["invoices_issued"] = issued

    counts["subscriptions_expired"], touched_clients = expiry.end_subscriptions(uow, until)
    counts["trials_expired"] = expiry.end_trials(uow, until)
    counts["clients_expired"] = expiry.expire_idle_clients(uow, touched_clients)

    # Pauses (grace end, reminder, purge) and closures that deactivate when ended (§8, §9).
    from app.services import account_lifecycle  # imported here: it imports services that import this module

    account_lifecycle.run(uow, until, counts)

    counts["card_reminders"] = remind_expiring_cards(uow, until)

    counts = +counts  # drops the zero counts
    if counts:
        # One event per run, not per invoice: a catch-up issues hundreds of thousands, and
        # each invoice already records its own issue date and period.
        uow.audit("lifecycle.run", f"Brought up to {until.isoformat()}: " +
                  ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in sorted(counts.items())),
                  after=dict(counts))
    state = session.get(m.LifecycleState, 1)
    if state is None:
        session.add(m.LifecycleState(id=1, done_until=until))
    elif state.done_until is None or state.done_until < until:
        state.done_until = until
    return dict(counts)


def remind_expiring_cards(uow: UnitOfWork, until: date) -> int:
    """Queues the §7 reminder for each saved card expiring within 30 days of `until`.

    Plain rows and one UPDATE per reminder day: a catch-up of a year reminds thousands."""
    session = uow.session
    session.flush()
    horizon = until + timedelta(days=CARD_REMINDER_DAYS)
    card = m.Card.__table__
    due = []
    # By the partial index of the cards not yet reminded, by expiry month (not sorted in
    # SQL: ORDER BY id made SQLite scan every card instead, at each weekly step).
    expiry_months = literal_column(m.CARD_EXPIRY_MONTHS)
    for row in with_pauses(sorted(session.execute(
        select(card.c.id, card.c.client_id, card.c.brand, card.c.last4, card.c.exp_month, card.c.exp_year,
               card.c.added).where(card.c.removed.is_(None), card.c.expiry_reminded.is_(None),
                                   # No reminder to a client whose data is about to be purged (§10).
                                   card.c.client_id.not_in(
                                       select(m.Client.id).where(m.Client.status == "deactivating")),
                                   expiry_months <= horizon.year * 12 + horizon.month)
    ), key=lambda r: r.id)):
        reminder_day = max(row.added, card_expiry(row) - timedelta(days=CARD_REMINDER_DAYS))
        if reminder_day <= until:
            due.append((row, reminder_day))
    if not due:
        return 0
    for i in range(0, len(due), 2000):
        session.execute(update(card).where(card.c.id == bindparam("card_id")).values(
            expiry_reminded=bindparam("day"), version=card.c.version + 1),
            [{"card_id": row.id, "day": day} for row, day in due[i:i + 2000]])
    client_ids = sorted({row.client_id for row, _ in due})
    clients = {}
    for i in range(0, len(client_ids), 2000):  # one query per 2,000 clients, not one per card
        clients.update((c.id, c) for c in session.execute(select(*CLIENT_FIELDS).where(
            m.Client.id.in_(client_ids[i:i + 2000]))))
    notify_many(uow, "card_expiring", [
        (clients[row.client_id], {"card": f"{row.brand} ending {row.last4}", "expiry": card_expiry(row)})
        for row, _ in due])
    return len(due)


def refresh_client_status(uow: UnitOfWork, client: m.Client) -> bool:
    """An active or closing client with nothing running any more is expired."""
    if client.status not in ("active", "closing"):
        return False
    running = uow.session.scalar(
        select(m.Subscription.id).where(m.Subscription.client_id == client.id,
                                        m.Subscription.status.in_((*RUNNING, "paused"))).limit(1)
    )
    if running is not None:
        return False
    has_any = uow.session.scalar(select(m.Subscription.id).where(m.Subscription.client_id == client.id).limit(1))
    if has_any is None:
        return False
    before = client.status
    client.status = "expired"
    uow.audit("client.expire", "Nothing running any more: the account is expired", client_id=client.id,
              before={"status": before}, after={"status": "expired"})
    return True


def run_purges(open_uow: Callable[[], UnitOfWork], until: date, *, mailer: Any,
               engine: Engine, may_delete: bool = True) -> dict[str, int]:
    """The purge step (§10, §11): every client whose purge date has come by `until`, each in
    its own transactions (app/services/purge.py), after the day's run has committed.
    `may_delete`: False leaves them to a manager's run (the server lets only managers delete)."""
    from app.services.purge import purge_due

    return purge_due(open_uow, until, mailer=mailer, engine=engine, may_delete=may_delete)
