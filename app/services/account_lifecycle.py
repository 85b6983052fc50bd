"""The lifecycle steps of pauses and closures (DESIGN.md §8, §9, §11).

Each step selects what is due *by* the day and records on the row the day it was due
(not the day of the run), so a catch-up over many days leaves the same rows as one
run per day, and a second run finds nothing to do:

- a pause's grace ends: the client is `locked` (from `grace_end` on);
- a kept-data pause is reminded 30 days before its purge (once: `reminder_sent`);
- a pause is purged when due (without kept data at the grace end, with kept data one
  year after it began) unless it resumed: not here but by the §10 purge step
  (`app.services.purge.due` reads the Pause rows), leaving the same tombstone;
- a closure asking to deactivate when every subscription has ended: on that day the §10
  checks run again (once: `deactivation_checked`), then the deactivation is scheduled
  through `app.services.deactivation.schedule`, its purge `retention_days` later.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from sqlalchemy import func, select

from app import account_rules as rules
from app import models as m
from app.errors import DeskError
from app.notify import notify
from app.unit_of_work import UnitOfWork


def run(uow: UnitOfWork, until: date, counts: Counter[str]) -> None:
    _lock_after_grace(uow, until, counts)
    _remind_before_purge(uow, until, counts)
    _deactivate_closed(uow, until, counts)


def _open_pauses(uow: UnitOfWork):  # noqa: ANN202 - a select
    return (select(m.Pause, m.Client).join(m.Client, m.Client.id == m.Pause.client_id)
            .where(m.Pause.resumed_on.is_(None), m.Client.status.in_(("paused", "locked")))
            .order_by(m.Pause.id))


def _lock_after_grace(uow: UnitOfWork, until: date, counts: Counter[str]) -> None:
    for pause, client in uow.session.execute(_open_pauses(uow).where(m.Pause.grace_end <= until,
                                                                     m.Client.status == "paused")):
        client.status = "locked"
        counts["accounts_locked"] += 1
        uow.audit("client.lock", f"Grace period of the pause over: account locked from {pause.grace_end.isoformat()}",
                  client_id=client.id, before={"status": "paused"}, after={"status": "locked"})


def _remind_before_purge(uow: UnitOfWork, until: date, counts: Counter[str]) -> None:
    due = _open_pauses(uow).where(m.Pause.keep_data.is_(True), m.Pause.reminder_sent.is_(None),
                                  m.Pause.purge_on.is_not(None))
    for pause, client in uow.session.execute(due):
        day = rules.reminder_date(pause.purge_on)
        if day > until:
            continue
        pause.reminder_sent = day
        notify(uow, "pause_purge_reminder", client, purge_date=pause.purge_on, pause_start=pause.started)
        counts["pause_reminders"] += 1
        uow.audit("client.pause_reminder", f"Reminder sent: the kept data will be deleted on "
                  f"{pause.purge_on.isoformat()} unless the account resumes", client_id=client.id)


def _deactivate_closed(uow: UnitOfWork, until: date, counts: Counter[str]) -> None:
    due = uow.session.execute(
        select(m.Closure, m.Client).join(m.Client, m.Client.id == m.Closure.client_id)
        .where(m.Closure.deactivate_when_ended.is_(True), m.Closure.revoked.is_(None),
               m.Closure.deactivation_checked.is_(None), m.Client.status == "expired")
        .order_by(m.Closure.id))
    for closure, client in due:
        last_end = uow.session.scalar(select(func.max(m.Subscription.access_end))
                                      .where(m.Subscription.client_id == client.id))
        day = (last_end + timedelta(days=1)) if last_end is not None else closure.requested
        if day > until:
            continue
        closure.deactivation_checked = day
        refusal = deactivation_refusal(uow, client, day)
        if refusal is not None:
            counts["closure_deactivations_refused"] += 1
            uow.audit("client.close_deactivation_refused",
                      f"Every subscription has ended but the deactivation asked at closure cannot be scheduled: "
                      f"{refusal}", client_id=client.id)
            continue
        schedule_deactivation_after_closure(uow, client, closure, day)
        counts["closure_deactivations"] += 1


def deactivation_refusal(uow: UnitOfWork, client: m.Client, day: date) -> DeskError | None:
    """The §10 checks, run again on the day every subscription has ended (not the role of
    whoever runs the lifecycle: a manager approved it at closure)."""
    from app.services.deactivation import _rules_blocker

    return _rules_blocker(uow, client, on=day)


def schedule_deactivation_after_closure(uow: UnitOfWork, client: m.Client, closure: m.Closure, day: date) -> None:
    """Schedules the deactivation a closure asked for, through the §10 service: the purge
    `retention_days` after `day`, approved by the manager who confirmed it at closure."""
    from app.services.deactivation import schedule

    requester = uow.session.get(m.Contact, closure.contact_id) if closure.contact_id else None
    schedule(uow, client, reason=f"Closure: {closure.reason}", requester=requester, backup="skipped", on=day,
             approved_by=closure.approved_by)
