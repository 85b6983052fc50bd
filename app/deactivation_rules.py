"""When an account may be deactivated, when it is purged, and how long is left to
change one's mind (DESIGN.md §10). Pure: dates and values in, dates and values out.

A subscription gives access up to and including its access end (app/billing.py:
``access_end`` is the last day of the last invoice period), so deactivation becomes
possible on the day after the latest access end of every subscription. The source's
example: an annual plan renewing on October 30, cancelled on October 20, gives access
until October 29 and may be deactivated from October 30.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

# Statuses of a subscription that has not ended: it blocks until its access end has passed.
NOT_ENDED = ("active", "cancelling", "paused")


@dataclass(frozen=True)
class Access:
    """What the rule needs of one subscription."""

    status: str
    access_end: date | None


@dataclass(frozen=True)
class Eligibility:
    """`possible_from`: the first day deactivation is allowed (None: never, while
    `open_ended` subscriptions run with no access end); `last_access_end`: the latest
    access end that decides it (None when no subscription ever gave access)."""

    possible_from: date | None
    last_access_end: date | None
    open_ended: int = 0

    def allows(self, today: date) -> bool:
        return self.possible_from is not None and today >= self.possible_from


def eligibility(subscriptions: Iterable[Access], *, created: date, trial_end: date | None = None) -> Eligibility:
    """When the client's subscriptions have all ended.

    Voided subscriptions (bought by mistake) never count. A trial account's access ends
    with its trial whatever its subscriptions say. A client with no subscription may be
    deactivated from the day it was created.
    """
    last: date | None = None
    open_ended = 0
    for sub in subscriptions:
        if sub.status == "voided":
            continue
        end = sub.access_end
        if trial_end is not None:
            end = trial_end if end is None else min(end, trial_end)
        if end is None:
            if sub.status in NOT_ENDED:
                open_ended += 1
            continue
        last = end if last is None else max(last, end)
    if open_ended:
        return Eligibility(None, last, open_ended)
    if last is None:
        return Eligibility(created, None)
    return Eligibility(last + timedelta(days=1), last)


def purge_date(deactivated_on: date, retention_days: int) -> date:
    """The day the data is deleted: `retention_days` (policy, default 14) after deactivation."""
    return deactivated_on + timedelta(days=retention_days)


def days_left(purge_on: date, today: date) -> int:
    """Whole days until the purge date (0 on the purge date itself; never negative)."""
    return max((purge_on - today).days, 0)


def can_revoke(purge_on: date, today: date) -> bool:
    """A deactivation can be revoked on any day before its purge date, not on it: by then
    the lifecycle may already have deleted everything."""
    return today < purge_on
