"""Which termination months a subscription may be cancelled at, and what each one means
(DESIGN.md §4, and the "end of the paid period" of §6).

A termination month is the month of the first billing date that will not be invoiced
(`cancel_from`). Pure functions over `app.billing.Plan`: no clock, no database.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from app.billing import (
    ANNUAL,
    Plan,
    add_months,
    billing_date_in_month,
    billing_dates,
    last_period,
    month_start,
    natural_periods,
)

# How far ahead months are offered, and over how long the invoices not issued are counted
# when the plan has no end date.
HORIZON_MONTHS = 24


@dataclass(frozen=True)
class CancellationOption:
    month: date  # first day of the termination month
    cancel_from: date  # the first billing date that will not be invoiced (in that month)
    last_invoice: date  # issue date of the last invoice (the one whose period contains access_end)
    access_end: date
    invoices_not_issued: int  # billing dates from cancel_from up to the end date, else today + 24 months


def _is_calendar_billing_date(plan: Plan, day: date) -> bool:
    return day > plan.start and billing_date_in_month(plan, day) == day


def option_for_cancel_from(plan: Plan, cancel_from: date, today: date) -> CancellationOption:
    """The cancellation that suppresses every invoice from the billing date `cancel_from` on.

    Refuses (ValueError) a date that is not a regular billing date of the plan's calendar
    after the purchase: cancelling the purchase itself is a void (§5).
    """
    if not _is_calendar_billing_date(plan, cancel_from):
        raise ValueError(f"{cancel_from} is not a billing date of this plan after its purchase")
    last = last_period(plan, cancel_from)
    limit = plan.end_date if plan.end_date is not None else add_months(today, HORIZON_MONTHS)
    not_issued = 0
    for billed in billing_dates(plan, on_or_after=cancel_from):
        if billed > limit:
            break
        not_issued += 1
    return CancellationOption(
        month=month_start(cancel_from),
        cancel_from=cancel_from,
        last_invoice=last.issued,
        access_end=last.end,
        invoices_not_issued=not_issued,
    )


def option_for_month(plan: Plan, month: date, today: date) -> CancellationOption | None:
    """The option for the termination month containing `month` (any day of it).

    None when the plan bills nothing in that month (an annual plan outside its renewal
    month) or the month's billing date is not after the purchase.
    """
    cancel_from = billing_date_in_month(plan, month)
    if cancel_from is None or cancel_from <= plan.start:
        return None
    return option_for_cancel_from(plan, cancel_from, today)


def _changes_something(plan: Plan, cancel_from: date) -> bool:
    # With an end date, only a billing date that would really be invoiced is worth
    # cancelling; for a billing-day plan, D of the end date's month bills the month after
    # the end and is never invoiced, even though it falls on or before the end date.
    if plan.end_date is None:
        return True
    return cancel_from <= plan.end_date and next(billing_dates(plan, on_or_after=cancel_from), None) == cancel_from


def cancellation_options(
    plan: Plan,
    today: date,
    *,
    issued_until: date | None,
    current_cancel_from: date | None = None,
) -> list[CancellationOption]:
    """The termination months offered on `today`, earliest first.

    `issued_until` is the end of the latest invoice already issued (None if none): a period
    already invoiced is never cut short. `current_cancel_from`, when the subscription is
    already cancelling, keeps only earlier months: a cancellation only moves earlier.
    Annual plans are offered their next renewal only (at most one option).
    """
    return list(offered_options(plan, today, issued_until=issued_until, current_cancel_from=current_cancel_from))


def offered_options(
    plan: Plan,
    today: date,
    *,
    issued_until: date | None,
    current_cancel_from: date | None = None,
) -> Iterator[CancellationOption]:
    """`cancellation_options` one at a time: whether any month is offered (the detail pane
    asks it of every subscription it shows) needs only the first."""
    floor = today if issued_until is None else max(today, issued_until)
    last_month = add_months(month_start(today), HORIZON_MONTHS)
    # No earlier month can give an access end on or after today.
    month = max(month_start(plan.start), month_start(today))
    while month <= last_month:
        option = option_for_month(plan, month, today)
        month = add_months(month, 1)
        if option is None or option.access_end < floor:
            continue
        if not _changes_something(plan, option.cancel_from):
            continue
        if current_cancel_from is not None and option.month >= month_start(current_cancel_from):
            continue
        yield option
        if plan.period == ANNUAL:
            return  # only the next renewal


def cancel_from_after_paid_period(plan: Plan, issued_until: date) -> date:
    """The billing date to cancel from so that access ends on `issued_until`.

    `issued_until` must be the last day of an invoice period (the end of what the latest
    invoice paid for, §6): anniversary plans get the next billing date (`issued_until` + 1
    day), billing-day plans the day D of `issued_until`'s month (that date bills the month
    after). When `issued_until` is the configured end date, the calendar's next billing
    date is returned: it is never invoiced anyway. Refuses (ValueError) any other day.
    """
    if issued_until < plan.start:
        raise ValueError(f"{issued_until} is before the purchase")
    calendar_periods = natural_periods(plan)
    current = next(calendar_periods)
    for following in calendar_periods:
        if current.end >= issued_until:
            if issued_until == current.end or issued_until == plan.end_date:
                return following.issued
            break
        current = following
    raise ValueError(f"{issued_until} is not the last day of an invoice period")

