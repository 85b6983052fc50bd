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

from sqlalchemy import Engine, select, text

from app import models as m
from app.notify import notify
from app.services.subscriptions import RUNNING, issue_due
from app.unit_of_work import UnitOfWork

LOCK_KEY = 0x41434344  # "ACCD"
STEP = timedelta(days=7)  # a long catch-up commits this much at a time (Desk.run_lifecycle)
CARD_REMINDER_DAYS = 30


def card_expiry(card: m.Card) -> date:
    return date(card.exp_year, card.exp_month, calendar.monthrange(card.exp_year, card.exp_month)[1])


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
    ending = session.scalars(
        select(m.Subscription).where(m.Subscription.status.in_(RUNNING), m.Subscription.access_end < until)
    )
    for sub in ending:
        sub.status = "expired"
        sub.next_billing_date = None
        for activity in sub.activities:
            activity.enrolled_until = sub.access_end
        touched_clients.add(sub.client_id)
        counts["subscriptions_expired"] += 1
        uow.audit("subscription.expire", f"{sub.plan} for {sub.participant} ended on {sub.access_end.isoformat()}",
                  client_id=sub.client_id, after={"subscription": sub.id, "status": "expired"})

    for client in session.scalars(
        select(m.Client).where(m.Client.status == "trial", m.Client.trial_end < until)
    ):
        client.status = "expired"
        counts["trials_expired"] += 1
        uow.audit("client.trial_end", f"Trial ended on {client.trial_end.isoformat()}", client_id=client.id,
                  before={"status": "trial"}, after={"status": "expired"})

    for client_id in sorted(touched_clients):
        client = session.get(m.Client, client_id)
        if client is not None and refresh_client_status(uow, client):
            counts["clients_expired"] += 1

    # Pauses (grace end, reminder, purge) and closures that deactivate when ended (§8, §9).
    from app import account_lifecycle  # imported here: it imports services that import this module

    account_lifecycle.run(uow, until, counts)

    horizon = until + timedelta(days=CARD_REMINDER_DAYS)
    for card in session.scalars(
        # No reminder to a client whose data is about to be purged (§10).
        select(m.Card).where(m.Card.removed.is_(None), m.Card.expiry_reminded.is_(None),
                             m.Card.client_id.not_in(select(m.Client.id).where(m.Client.status == "deactivating")),
                             m.Card.exp_year * 12 + m.Card.exp_month <= horizon.year * 12 + horizon.month)
    ):
        reminder_day = max(card.added, card_expiry(card) - timedelta(days=CARD_REMINDER_DAYS))
        if reminder_day > until:
            continue
        card.expiry_reminded = reminder_day
        client = session.get(m.Client, card.client_id)
        notify(uow, "card_expiring", client, card=f"{card.brand} ending {card.last4}",
               expiry=card_expiry(card))
        counts["card_reminders"] += 1

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
               engine: Engine) -> dict[str, int]:
    """The purge step (§10, §11): every client whose purge date has come by `until`, each in
    its own transactions (app/services/purge.py), after the day's run has committed."""
    from app.services.purge import purge_due

    return purge_due(open_uow, until, mailer=mailer, engine=engine)
