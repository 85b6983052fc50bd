"""The lifecycle's ends, set-wise (DESIGN.md §11): subscriptions whose access ended,
trials whose end passed, and clients left with nothing running.

A few UPDATE statements per thousand rows and one executemany of audit events, instead
of an ORM object, a lazy load and an audit object per row: a month's catch-up ends
thousands of subscriptions. Each selects what is due *by* the day, so running it over
many days at once leaves the same rows as one run per day.

Runs inside the lifecycle's unit of work; flushes the session first so pending ORM
changes are seen, and changes rows with Core statements (objects already loaded in the
session are not refreshed).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, insert, select, update

from app import models as m
from app.db import unindexed
from app.services.billing_run import RUNNING, expire_loaded
from app.unit_of_work import UnitOfWork, _jsonable

IDS_PER_QUERY = 2000  # ids per IN (...) list: well under every driver's parameter limit


def _chunks(items: list) -> list[list]:
    return [items[i:i + IDS_PER_QUERY] for i in range(0, len(items), IDS_PER_QUERY)]


def audit_many(uow: UnitOfWork, events: list[dict[str, Any]]) -> None:
    """`uow.audit` for many events at once: each dict has client_id, action, summary,
    before and after."""
    if not events:
        return
    at, actor = uow.now(), uow.actor.email
    uow.session.execute(insert(m.AuditEvent.__table__), [
        {"client_id": e["client_id"], "at": at, "actor": actor, "action": e["action"], "summary": e["summary"],
         "before": _jsonable(e.get("before")), "after": _jsonable(e.get("after"))} for e in events])


def end_subscriptions(uow: UnitOfWork, until: date) -> tuple[int, set[int]]:
    """Running subscriptions whose access ended before `until` expire; returns how many, and
    their clients."""
    s = uow.session
    s.flush()
    # By the (status, access_end) index: the running subscriptions ended by `until`, a few
    # thousand. Sorted here: ORDER BY id made SQLite scan the whole table instead.
    ending = sorted(s.execute(select(m.Subscription.id, m.Subscription.client_id, m.Subscription.plan,
                                     m.Subscription.participant, m.Subscription.access_end)
                              .where(m.Subscription.status.in_(RUNNING),
                                     m.Subscription.access_end < until)).all(), key=lambda r: r.id)
    sub = m.Subscription.__table__
    ended: list = []
    for chunk in _chunks(ending):
        # The conditions again in the UPDATE: on PostgreSQL a row someone changed since the
        # SELECT (a revoked cancellation) is re-checked against them, not expired regardless.
        # Unindexed status: SQLite finds the rows by their ids, not by walking every running
        # subscription in the status index (89 ms a chunk against 45).
        done = set(s.scalars(update(sub).where(sub.c.id.in_([r.id for r in chunk]),
                                               unindexed(sub.c.status).in_(RUNNING),
                                               sub.c.access_end < until)
                             .values(status="expired", next_billing_date=None, version=sub.c.version + 1)
                             .returning(sub.c.id)))
        chunk = [r for r in chunk if r.id in done]
        ids = [r.id for r in chunk]
        ended += chunk
        expire_loaded(s, m.Subscription, ids, ["status", "next_billing_date", "version"])
        activity = m.Activity.__table__
        s.execute(update(activity).where(activity.c.subscription_id.in_(ids)).values(
            enrolled_until=select(m.Subscription.__table__.c.access_end)
            .where(m.Subscription.__table__.c.id == activity.c.subscription_id).scalar_subquery()))
        audit_many(uow, [{"client_id": r.client_id, "action": "subscription.expire",
                          "summary": f"{r.plan} for {r.participant} ended on {r.access_end.isoformat()}",
                          "after": {"subscription": r.id, "status": "expired"}} for r in chunk])
    return len(ended), {r.client_id for r in ended}


def end_trials(uow: UnitOfWork, until: date) -> int:
    """Trials whose end date passed before `until` expire; returns how many."""
    s = uow.session
    s.flush()
    ending = s.execute(select(m.Client.id, m.Client.trial_end)
                       .where(m.Client.status == "trial", m.Client.trial_end < until).order_by(m.Client.id)).all()
    client = m.Client.__table__
    count = 0
    for chunk in _chunks(ending):
        done = set(s.scalars(update(client).where(client.c.id.in_([r.id for r in chunk]), client.c.status == "trial",
                                                  client.c.trial_end < until)
                             .values(status="expired", version=client.c.version + 1).returning(client.c.id)))
        chunk = [r for r in chunk if r.id in done]
        count += len(chunk)
        expire_loaded(s, m.Client, done, ["status", "version"])
        audit_many(uow, [{"client_id": r.id, "action": "client.trial_end",
                          "summary": f"Trial ended on {r.trial_end.isoformat()}",
                          "before": {"status": "trial"}, "after": {"status": "expired"}} for r in chunk])
    return count


def expire_idle_clients(uow: UnitOfWork, client_ids: set[int]) -> int:
    """Of `client_ids`, an active or closing client with subscriptions but none running or
    paused any more is expired (`lifecycle.refresh_client_status` for many); returns how many."""
    s = uow.session
    s.flush()
    sub = m.Subscription
    count = 0
    for chunk in _chunks(sorted(client_ids)):
        running = select(sub.id).where(sub.client_id == m.Client.id, sub.status.in_((*RUNNING, "paused")))
        # Unindexed status, here and in the UPDATE: the clients are found by their ids, not
        # by walking every active client in the status index (25 ms a chunk against 2.4).
        idle = s.execute(select(m.Client.id, m.Client.status).where(
            m.Client.id.in_(chunk), unindexed(m.Client.status).in_(("active", "closing")), ~running.exists(),
            select(sub.id).where(sub.client_id == m.Client.id).exists()).order_by(m.Client.id)).all()
        if not idle:
            continue
        client = m.Client.__table__
        done = set(s.scalars(update(client).where(and_(client.c.id.in_([r.id for r in idle]),
                                                       unindexed(client.c.status).in_(("active", "closing"))))
                             .values(status="expired", version=client.c.version + 1).returning(client.c.id)))
        idle = [r for r in idle if r.id in done]
        expire_loaded(s, m.Client, done, ["status", "version"])
        audit_many(uow, [{"client_id": r.id, "action": "client.expire",
                          "summary": "Nothing running any more: the account is expired",
                          "before": {"status": r.status}, "after": {"status": "expired"}} for r in idle])
        count += len(idle)
    return count
