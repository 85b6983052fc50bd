"""The billing calendar (DESIGN.md §3): when invoices are issued, what they cover, what they charge.

Pure functions over dates and amounts: no clock, no database. Every generator here may be
infinite (an open-ended plan bills forever); callers bound it by date.
"""

from __future__ import annotations

import calendar
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

MONTHLY = "monthly"
ANNUAL = "annual"

_CENT = Decimal("0.01")
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Plan:
    """What the calendar needs to know about a subscription.

    Refuses (ValueError) an unknown period, a billing day outside 1..28 or on an annual
    plan, and an end date before the start: such a plan has no calendar.
    """

    period: str  # "monthly" | "annual"
    start: date  # purchase date
    price: Decimal
    billing_day: int | None = None  # 1..28, monthly only; None = anniversary plan
    end_date: date | None = None  # configured end date: access ends on that date

    def __post_init__(self) -> None:
        if self.period not in (MONTHLY, ANNUAL):
            raise ValueError(f"unknown billing period {self.period!r}")
        if self.billing_day is not None:
            if self.period != MONTHLY:
                raise ValueError("a billing day only exists on monthly plans")
            # 28 is the last day every month has; a later one would drift in February.
            if isinstance(self.billing_day, bool) or not 1 <= self.billing_day <= 28:
                raise ValueError(f"billing day must be 1..28, not {self.billing_day!r}")
        if self.end_date is not None and self.end_date < self.start:
            raise ValueError("the end date is before the start date")


@dataclass(frozen=True)
class Period:
    issued: date  # invoice issue date (== billing date; the purchase invoice is issued on plan.start)
    start: date  # first day covered
    end: date  # last day covered (inclusive)
    amount: Decimal  # quantized to 0.01, ROUND_HALF_UP
    purchase: bool  # True for the purchase invoice


# --- calendar arithmetic ---------------------------------------------------------------


def clamp_day(year: int, month: int, day: int) -> date:
    """`day` of that month, or the month's last day when the month is shorter."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def add_months(d: date, months: int, anchor_day: int | None = None) -> date:
    """The same day-of-month (or `anchor_day`) `months` later, clamped to the month end.

    Always computed from the anchor, never from a previously clamped date, so Jan 31 + 2
    months is Mar 31 rather than drifting to Mar 28 through February.
    """
    index = d.year * 12 + (d.month - 1) + months
    return clamp_day(index // 12, index % 12 + 1, anchor_day if anchor_day is not None else d.day)


def month_start(d: date) -> date:
    return d.replace(day=1)


def month_end(d: date) -> date:
    return clamp_day(d.year, d.month, 31)


def _days(start: date, end: date) -> int:
    """Number of days in the inclusive range."""
    return (end - start).days + 1


# --- billing dates ---------------------------------------------------------------------


def billing_date_in_month(plan: Plan, month: date) -> date | None:
    """The regular billing date falling in the calendar month of `month`, if any.

    Pure calendar: neither the start nor the end date is checked.
    """
    if plan.billing_day is not None:
        return date(month.year, month.month, plan.billing_day)
    if plan.period == ANNUAL and month.month != plan.start.month:
        return None
    return clamp_day(month.year, month.month, plan.start.day)


def _calendar_date(plan: Plan, k: int) -> date:
    """The k-th (from 0) regular billing date after the purchase, ignoring the end date."""
    if plan.billing_day is not None:
        first = date(plan.start.year, plan.start.month, plan.billing_day)
        # When the purchase is on or after the billing day it already covers the next
        # month; that month's billing date is skipped.
        return add_months(first, k + (1 if plan.start.day >= plan.billing_day else 0))
    return add_months(plan.start, (k + 1) * (12 if plan.period == ANNUAL else 1), plan.start.day)


def _index_after(plan: Plan, day: date) -> int:
    """The index of the first regular billing date strictly after `day` (closed form)."""
    if plan.billing_day is not None:
        # Dates fall on the billing day of consecutive months from the first one.
        first_month = plan.start.year * 12 + plan.start.month - 1 + (1 if plan.start.day >= plan.billing_day else 0)
        target = day.year * 12 + day.month - 1 + (0 if day.day < plan.billing_day else 1)
        return max(0, target - first_month)
    if plan.period == ANNUAL:
        in_year = clamp_day(day.year, plan.start.month, plan.start.day)
        return max(0, day.year + (0 if in_year > day else 1) - plan.start.year - 1)
    in_month = clamp_day(day.year, day.month, plan.start.day)
    target = day.year * 12 + day.month - 1 + (0 if in_month > day else 1)
    return max(0, target - (plan.start.year * 12 + plan.start.month - 1) - 1)


def _calendar_dates(plan: Plan, k: int = 0) -> Iterator[date]:
    """Every regular billing date after the purchase from the k-th on, ignoring the end date."""
    while True:
        yield _calendar_date(plan, k)
        k += 1


def _natural_start(plan: Plan, billed: date) -> date:
    """First day covered by the regular invoice issued on `billed`."""
    if plan.billing_day is not None:
        return month_start(add_months(billed, 1))  # billing in advance: the whole next month
    return billed


def billing_dates(plan: Plan, on_or_after: date | None = None) -> Iterator[date]:
    """Regular billing dates after the purchase date, in order; infinite without an end date.
    With `on_or_after`, only those from that day on (found in closed form, not walked to).

    Stops at the first date whose period would start after `plan.end_date`. For an
    anniversary plan that is the first date after the end date; for a billing-day plan the
    date D of the end date's month is dropped too when it bills the month after the end.
    """
    first = 0 if on_or_after is None else _index_after(plan, on_or_after - _ONE_DAY)
    for billed in _calendar_dates(plan, first):
        if plan.end_date is not None and _natural_start(plan, billed) > plan.end_date:
            return
        yield billed


# --- periods ---------------------------------------------------------------------------


def _prorate_by_month(price: Decimal, start: date, end: date) -> Fraction:
    # Each calendar month is worth one price, whatever its length.
    total = Fraction(0)
    cursor = start
    while cursor <= end:
        last = min(month_end(cursor), end)
        dim = calendar.monthrange(cursor.year, cursor.month)[1]
        total += Fraction(price) * _days(cursor, last) / dim
        cursor = last + _ONE_DAY
    return total


def _quantize(value: Fraction) -> Decimal:
    # Exact half-up on the rational value: a Decimal division could round before we do.
    cents, rest = divmod(abs(value.numerator) * 100, value.denominator)
    if 2 * rest >= value.denominator:
        cents += 1
    sign = -1 if value < 0 else 1
    return Decimal(sign * cents).scaleb(-2)


def _amount(plan: Plan, start: date, natural_end: date, end: date, *, purchase: bool) -> Decimal:
    if plan.billing_day is not None and (purchase or end < natural_end):
        return _quantize(_prorate_by_month(plan.price, start, end))
    if end < natural_end:
        return _quantize(Fraction(plan.price) * _days(start, end) / _days(start, natural_end))
    return plan.price.quantize(_CENT, rounding=ROUND_HALF_UP)


def _period(plan: Plan, issued: date, start: date, natural_end: date, *, purchase: bool) -> Period:
    end = natural_end if plan.end_date is None else min(natural_end, plan.end_date)
    return Period(issued, start, end, _amount(plan, start, natural_end, end, purchase=purchase), purchase)


def periods(plan: Plan, *, cancel_from: date | None = None) -> Iterator[Period]:
    """Every invoice period in order, the purchase invoice first.

    No invoice is issued on or after `cancel_from` (the first billing date a cancellation
    suppresses) nor for a period starting after the end date; the last period is cut at
    the end date. The purchase invoice is always issued: undoing a purchase is a void
    (§5), not a cancellation. Infinite when neither bound applies.
    """
    return periods_after(plan, None, cancel_from=cancel_from)


def periods_after(plan: Plan, after: date | None, *, cancel_from: date | None = None) -> Iterator[Period]:
    """The periods of `periods` whose invoice is issued strictly after `after` (all when None).

    Starts at the calendar position of `after` instead of walking every period since the
    purchase: what a catch-up needs for a subscription billed for years.
    """
    resume = after is not None and after >= plan.start
    if not resume or plan.end_date is not None:
        first = _calendar_date(plan, 0)
        # A billing-day purchase covers up to the day before the month the first regular
        # invoice bills; an anniversary purchase up to the day before that invoice.
        purchase_end = (_natural_start(plan, first) if plan.billing_day is not None else first) - _ONE_DAY
        if not resume:
            yield _period(plan, plan.start, plan.start, purchase_end, purchase=True)
        if plan.end_date is not None and purchase_end >= plan.end_date:
            return
    upcoming = _calendar_dates(plan, _index_after(plan, after) if resume else 0)
    following = next(upcoming)
    while True:
        billed, following = following, next(upcoming)
        if cancel_from is not None and billed >= cancel_from:
            return
        start = _natural_start(plan, billed)
        if plan.end_date is not None and start > plan.end_date:
            return
        if plan.billing_day is not None:
            natural_end = month_end(start)
        else:
            natural_end = following - _ONE_DAY
        yield _period(plan, billed, start, natural_end, purchase=False)
        if plan.end_date is not None and natural_end >= plan.end_date:
            return


def periods_issued_by(plan: Plan, day: date, *, cancel_from: date | None = None) -> list[Period]:
    """The periods whose invoice is issued on or before `day`."""
    issued = []
    for period in periods(plan, cancel_from=cancel_from):
        if period.issued > day:
            break
        issued.append(period)
    return issued


def next_billing_date(plan: Plan, after: date, *, cancel_from: date | None = None) -> date | None:
    """The first regular billing date strictly after `after` that will really be invoiced.

    None once the cancellation or the end date leaves no such date.
    """
    # Billing dates ascend, so the first one after `after` decides: one past the end
    # date or the cancellation means every later one is too.
    billed = _calendar_date(plan, _index_after(plan, after))
    if plan.end_date is not None and _natural_start(plan, billed) > plan.end_date:
        return None
    if cancel_from is not None and billed >= cancel_from:
        return None
    return billed


def access_end(plan: Plan, cancel_from: date | None) -> date | None:
    """The last day of access: the end of the last period; None while it is open-ended."""
    if cancel_from is None:
        return plan.end_date
    return last_period(plan, cancel_from).end


def last_period(plan: Plan, cancel_from: date) -> Period:
    """The last invoice period when nothing is invoiced from `cancel_from` on.

    Read from a little more than one period before `cancel_from` (`periods_after` gives the
    same tail as `periods`), so that a subscription billed for years costs what a new one
    does. From the purchase only when that tail is empty (the end date, or the purchase,
    came earlier).
    """
    before = add_months(cancel_from, -14 if plan.period == ANNUAL else -2)
    tail = deque(periods_after(plan, before, cancel_from=cancel_from), maxlen=1)
    if not tail:
        # Finite: the cancellation bounds it, and the purchase period is always there.
        tail.extend(periods(plan, cancel_from=cancel_from))
    return tail[-1]


def natural_periods(plan: Plan) -> Iterator[Period]:
    """The periods the calendar would give without the configured end date."""
    return periods(replace(plan, end_date=None))


# --- shared calendars ------------------------------------------------------------------


def anchor(plan: Plan) -> tuple[str, int, int]:
    """What the regular billing dates of a plan depend on, once past its purchase: plans
    with the same anchor share them (a catch-up computes them once for thousands)."""
    return anchor_of(plan.period, plan.start, plan.billing_day)


def anchor_of(period: str, start: date, billing_day: int | None) -> tuple[str, int, int]:
    """`anchor` from the plan's fields, without building the plan."""
    if billing_day is not None:
        return ("day", billing_day, 0)
    if period == ANNUAL:
        return (ANNUAL, start.month, start.day)
    return (MONTHLY, 0, start.day)


def anchored_periods(key: tuple[str, int, int], first: date, last: date) -> tuple[tuple[date, date, date], ...]:
    """(issue date, first day, last day) of every full regular period of the calendar
    `key` (see `anchor`) issued from `first` to `last` inclusive, then that of the period
    after. A plan with that anchor, no end date and no cancellation, past its purchase,
    has exactly these periods in that range, each charging the full price.
    """
    kind, a, b = key
    year = first.year - 2  # any purchase before `first` with the same anchor has the same calendar
    if kind == "day":
        model = Plan(MONTHLY, date(year, 1, 1), Decimal(0), billing_day=a)
    elif kind == ANNUAL:
        while not (b <= calendar.monthrange(year, a)[1]):
            year -= 1  # a Feb 29 anchor needs a leap year
        model = Plan(ANNUAL, date(year, a, b), Decimal(0))
    else:
        model = Plan(MONTHLY, date(year, 1, b), Decimal(0))
    found = []
    for period in periods_after(model, first - _ONE_DAY):
        found.append((period.issued, period.start, period.end))
        if period.issued > last:
            break
    return tuple(found)
