"""The dates and eligibility rules of pausing and closing an account (DESIGN.md §8, §9).

Pure functions over dates and plain values: no clock, no database, no Qt. A refusal is
returned as data (a `RuleViolation` with its code and typed params) for the caller to raise. The services
in `app.services.accounts` and the lifecycle ask these, and the pause dialog shows the
same dates live before anything is confirmed.

The dates, for a pause that starts on day S (the day it is recorded):

- **Grace**: S and the 4 days after it (5 days) the client may still export. The grace
  *ends* on ``grace_end(S) = S + 5 days``: from that day on the account is locked.
- **Purge without kept data**: on the grace end (the day the lock starts, data and lock
  go together: nothing is ever locked *and* kept for a client who asked for deletion).
- **Purge with kept data**: one year after S, the same date a year later (Feb 29 -> Feb 28),
  unless the account resumed before.
- **Reminder**: 30 days before a kept-data purge; none without kept data (the purge
  follows the pause within days, and the pause email already says so).
- **One pause per 12 months**: a new pause may start on the same date 12 months after
  the start of the latest earlier pause, not before (the source: "wait at least 12 months
  before pausing again"). Pause on 2026-03-10: next allowed 2027-03-10; 2027-03-09 is
  refused. From a Feb 29 start the first allowed day is Feb 28 of the next year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.billing import add_months
from app.errors import RuleViolation

GRACE_DAYS = 5
KEEP_MONTHS = 12
REMINDER_DAYS = 30
PAUSE_EVERY_MONTHS = 12
RESUME_IN_MONTHS = (1, 2, 3, 6, 12)
CATEGORIES = ("seasonal", "budget", "low_usage", "switching", "other")


@dataclass(frozen=True)
class PauseDates:
    """The dates a pause starting on `start` sets, as the dialog shows them."""

    start: date
    grace_end: date  # the first day locked; the grace is start .. grace_end - 1
    lock_on: date
    purge_on: date
    reminder_on: date | None  # kept data only
    expected_resume: date | None


def grace_end(start: date) -> date:
    return start + timedelta(days=GRACE_DAYS)


def purge_date(start: date, *, keep_data: bool) -> date:
    return add_months(start, KEEP_MONTHS) if keep_data else grace_end(start)


def reminder_date(purge_on: date) -> date:
    return purge_on - timedelta(days=REMINDER_DAYS)


def pause_dates(start: date, *, keep_data: bool, resume_in_months: int | None = None) -> PauseDates:
    purge_on = purge_date(start, keep_data=keep_data)
    return PauseDates(
        start=start,
        grace_end=grace_end(start),
        lock_on=grace_end(start),
        purge_on=purge_on,
        reminder_on=reminder_date(purge_on) if keep_data else None,
        expected_resume=add_months(start, resume_in_months) if resume_in_months else None,
    )


def is_locked_on(start: date, day: date) -> bool:
    """Whether a pause that started on `start` has its account locked on `day`."""
    return day >= grace_end(start)


def next_pause_allowed(previous_starts: list[date] | tuple[date, ...]) -> date | None:
    """The first day a new pause may start, given the start dates of earlier pauses (None: any day)."""
    if not previous_starts:
        return None
    return add_months(max(previous_starts), PAUSE_EVERY_MONTHS)


def pause_allowed_on(previous_starts: list[date] | tuple[date, ...], day: date) -> bool:
    first = next_pause_allowed(previous_starts)
    return first is None or day >= first


def card_expired(exp_month: int, exp_year: int, today: date) -> bool:
    """A card is valid to the last day of its expiry month."""
    return (exp_year, exp_month) < (today.year, today.month)


def kind_refusal(*, action: str, client_name: str, kind: str, trial_end: date | None = None,
                 reseller: str | None = None) -> RuleViolation | None:
    """Direct accounts only (§8, §9): a trial and a resold account each get their own sentence;
    the resold one names its reseller. `action` is "pause" or "close"."""
    pausing = action == "pause"
    if kind == "trial":
        if trial_end is None:
            if pausing:
                return RuleViolation("pause_trial_undated", client=client_name)
            return RuleViolation("close_trial_undated", client=client_name)
        if pausing:
            return RuleViolation("pause_trial", client=client_name, end=trial_end)
        return RuleViolation("close_trial", client=client_name, end=trial_end)
    if kind == "resold":
        if pausing:
            return RuleViolation("pause_resold", client=client_name, reseller=reseller or "")
        return RuleViolation("close_resold", client=client_name, reseller=reseller or "")
    return None


def requester_refusal(*, action: str, client_name: str, contact_name: str | None, contact_role: str | None,
                      same_client: bool) -> RuleViolation | None:
    """Only the client's primary admin (the account owner) may ask to pause, resume or close.
    `action` is a label code: "account_pause", "account_resume" or "account_close"."""
    closing = action == "account_close"
    if contact_name is None or not same_client:
        if closing:
            return RuleViolation("close_requester_not_owner", client=client_name)
        return RuleViolation("requester_not_contact", client=client_name, action=action)
    if contact_role != "primary_admin":
        if closing:
            return RuleViolation("close_not_owner", client=client_name, contact=contact_name)
        return RuleViolation("requester_not_owner", client=client_name, contact=contact_name, action=action)
    return None
