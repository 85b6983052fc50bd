"""Termination months offered for a cancellation, and what each implies (DESIGN.md §4, §6)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from itertools import islice, takewhile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.billing import (
    ANNUAL,
    MONTHLY,
    Plan,
    access_end,
    add_months,
    billing_dates,
    month_start,
    periods,
    periods_issued_by,
)
from app.cancellation_rules import (
    cancel_from_after_paid_period,
    cancellation_options,
    option_for_cancel_from,
    option_for_month,
)

D = date
PRICE = Decimal("10")
ANNIVERSARY = Plan(MONTHLY, D(2026, 1, 15), PRICE)
DAY_20 = Plan(MONTHLY, D(2026, 3, 10), PRICE, billing_day=20)


def issued_until(plan: Plan, today: date) -> date | None:
    """End of the latest invoice the lifecycle has issued by `today`."""
    issued = periods_issued_by(plan, today)
    return issued[-1].end if issued else None


def offered(plan: Plan, today: date, **kwargs) -> list:
    kwargs.setdefault("issued_until", issued_until(plan, today))
    return cancellation_options(plan, today, **kwargs)


# --- the worked examples of §4 ---------------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "today", "until", "earliest", "earliest_end"),
    [
        (ANNIVERSARY, D(2026, 11, 22), D(2026, 12, 14), D(2026, 12, 1), D(2026, 12, 14)),
        (DAY_20, D(2026, 11, 22), D(2026, 12, 31), D(2026, 12, 1), D(2026, 12, 31)),
        (DAY_20, D(2026, 11, 10), D(2026, 11, 30), D(2026, 11, 1), D(2026, 11, 30)),
    ],
)
def test_worked_examples_earliest_month_offered(plan, today, until, earliest, earliest_end):
    assert issued_until(plan, today) == until
    first = cancellation_options(plan, today, issued_until=until)[0]
    assert (first.month, first.access_end) == (earliest, earliest_end)


@pytest.mark.parametrize(
    ("plan", "today", "cancel_from", "last_invoice", "end"),
    [
        (ANNIVERSARY, D(2026, 11, 22), D(2027, 6, 15), D(2027, 5, 15), D(2027, 6, 14)),
        (DAY_20, D(2026, 11, 22), D(2027, 6, 20), D(2027, 5, 20), D(2027, 6, 30)),
    ],
)
def test_cancel_after_june_bills_last_in_may(plan, today, cancel_from, last_invoice, end):
    june = next(o for o in offered(plan, today) if o.month == D(2027, 6, 1))
    assert (june.cancel_from, june.last_invoice, june.access_end) == (cancel_from, last_invoice, end)
    assert option_for_month(plan, D(2027, 6, 17), today) == june


def test_billing_day_november_cancellation_never_issues_the_november_20_invoice():
    november = offered(DAY_20, D(2026, 11, 10))[0]
    assert (november.month, november.cancel_from, november.last_invoice) == (
        D(2026, 11, 1), D(2026, 11, 20), D(2026, 10, 20),
    )
    assert D(2026, 11, 20) not in [p.issued for p in periods(DAY_20, cancel_from=november.cancel_from)]


# --- range of months -------------------------------------------------------------------


def test_months_are_offered_up_to_24_months_ahead():
    got = offered(ANNIVERSARY, D(2026, 11, 22))
    assert got[-1].month == D(2028, 11, 1)
    assert len(got) == 24  # December 2026 .. November 2028
    assert [o.month for o in got] == [add_months(D(2026, 12, 1), k) for k in range(24)]


def test_end_date_cuts_the_list_at_its_last_billing_date():
    plan = Plan(MONTHLY, D(2026, 1, 15), PRICE, end_date=D(2027, 3, 20))
    got = offered(plan, D(2026, 11, 22))
    assert [o.month for o in got] == [D(2026, 12, 1), D(2027, 1, 1), D(2027, 2, 1), D(2027, 3, 1)]
    assert (got[-1].access_end, got[-1].invoices_not_issued) == (D(2027, 3, 14), 1)
    assert got[0].invoices_not_issued == 4  # 12-15, 01-15, 02-15, 03-15


def test_billing_day_end_date_does_not_offer_the_month_whose_bill_is_after_the_end():
    # March 20 would bill April, after the end date: cancelling in March changes nothing.
    plan = Plan(MONTHLY, D(2026, 3, 10), PRICE, billing_day=20, end_date=D(2027, 3, 25))
    got = offered(plan, D(2026, 11, 22))
    assert [o.month for o in got] == [D(2026, 12, 1), D(2027, 1, 1), D(2027, 2, 1)]
    assert (got[-1].access_end, got[-1].invoices_not_issued) == (D(2027, 2, 28), 1)


def test_end_date_before_any_remaining_billing_date_offers_nothing():
    plan = Plan(MONTHLY, D(2026, 1, 15), PRICE, end_date=D(2026, 12, 10))
    assert offered(plan, D(2026, 11, 22)) == []


def test_current_cancellation_only_moves_earlier():
    got = offered(ANNIVERSARY, D(2026, 11, 22), current_cancel_from=D(2027, 6, 15))
    assert [o.month for o in got] == [add_months(D(2026, 12, 1), k) for k in range(6)]
    assert got[-1].month == D(2027, 5, 1)


def test_current_cancellation_at_the_earliest_month_leaves_nothing_earlier():
    assert offered(ANNIVERSARY, D(2026, 11, 22), current_cancel_from=D(2026, 12, 15)) == []


@pytest.mark.parametrize(
    ("today", "earliest"),
    [
        (D(2026, 12, 13), D(2026, 12, 1)),  # the day before December's access end
        (D(2026, 12, 14), D(2026, 12, 1)),  # the access end itself is still offered
        (D(2026, 12, 15), D(2027, 1, 1)),  # the day after: too late
    ],
)
def test_deadline_is_the_access_end_of_the_month(today, earliest):
    assert offered(ANNIVERSARY, today)[0].month == earliest


def test_deadline_counts_today_even_when_nothing_issued_is_later():
    # Same plan, but only today bounds the list (nothing issued yet to protect).
    got = cancellation_options(ANNIVERSARY, D(2026, 12, 15), issued_until=None)
    assert got[0].month == D(2027, 1, 1)


def test_a_period_already_invoiced_is_never_cut_short():
    # On 11-20 the December bill is issued: November (access to 11-30) is no longer offered.
    assert offered(DAY_20, D(2026, 11, 19))[0].month == D(2026, 11, 1)
    assert offered(DAY_20, D(2026, 11, 20))[0].month == D(2026, 12, 1)


# --- annual plans ----------------------------------------------------------------------


def test_annual_offers_exactly_the_next_renewal():
    plan = Plan(ANNUAL, D(2024, 2, 29), Decimal("100"))
    got = offered(plan, D(2025, 6, 1))
    assert len(got) == 1
    (renewal,) = got
    assert (renewal.month, renewal.cancel_from, renewal.access_end, renewal.last_invoice) == (
        D(2026, 2, 1), D(2026, 2, 28), D(2026, 2, 27), D(2025, 2, 28),
    )


def test_annual_renewal_day_itself_is_too_late_for_that_renewal():
    plan = Plan(ANNUAL, D(2024, 3, 10), Decimal("100"))
    assert offered(plan, D(2025, 3, 9))[0].cancel_from == D(2025, 3, 10)
    assert offered(plan, D(2025, 3, 10))[0].cancel_from == D(2026, 3, 10)


def test_annual_already_cancelling_at_next_renewal_offers_nothing():
    plan = Plan(ANNUAL, D(2024, 2, 29), Decimal("100"))
    assert offered(plan, D(2025, 6, 1), current_cancel_from=D(2026, 2, 28)) == []


def test_annual_has_no_option_outside_its_renewal_month():
    plan = Plan(ANNUAL, D(2024, 2, 29), Decimal("100"))
    assert option_for_month(plan, D(2026, 3, 1), D(2025, 6, 1)) is None


def test_annual_leap_renewal_ends_access_on_feb_28():
    plan = Plan(ANNUAL, D(2024, 2, 29), Decimal("100"))
    option = option_for_month(plan, D(2028, 2, 1), D(2027, 6, 1))
    assert (option.cancel_from, option.access_end, option.last_invoice) == (
        D(2028, 2, 29), D(2028, 2, 28), D(2027, 2, 28),
    )


# --- single months ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "month", "cancel_from", "end"),
    [
        (D(2024, 1, 31), D(2024, 2, 1), D(2024, 2, 29), D(2024, 2, 28)),  # leap February
        (D(2025, 1, 31), D(2025, 2, 1), D(2025, 2, 28), D(2025, 2, 27)),
        (D(2025, 1, 31), D(2025, 3, 1), D(2025, 3, 31), D(2025, 3, 30)),  # anchor back to 31
        (D(2025, 1, 31), D(2025, 5, 1), D(2025, 5, 31), D(2025, 5, 30)),
    ],
)
def test_anniversary_jan31_termination_months(start, month, cancel_from, end):
    option = option_for_month(Plan(MONTHLY, start, PRICE), month, start)
    assert (option.cancel_from, option.access_end) == (cancel_from, end)


def test_first_month_after_purchase_keeps_only_the_purchase_invoice():
    plan = Plan(MONTHLY, D(2025, 1, 31), PRICE)
    assert option_for_month(plan, D(2025, 2, 1), plan.start).last_invoice == plan.start


def test_billing_day_28_ends_access_on_the_month_last_day():
    plan = Plan(MONTHLY, D(2026, 1, 5), PRICE, billing_day=28)
    option = option_for_month(plan, D(2026, 3, 1), D(2026, 1, 5))
    assert (option.cancel_from, option.last_invoice, option.access_end) == (
        D(2026, 3, 28), D(2026, 2, 28), D(2026, 3, 31),
    )
    leap = option_for_month(plan, D(2028, 2, 1), D(2026, 1, 5))
    assert (leap.cancel_from, leap.access_end) == (D(2028, 2, 28), D(2028, 2, 29))


def test_billing_day_purchase_month_may_be_the_termination_month():
    plan = Plan(MONTHLY, D(2025, 4, 5), PRICE, billing_day=10)
    option = option_for_month(plan, D(2025, 4, 1), plan.start)
    assert (option.cancel_from, option.last_invoice, option.access_end) == (
        D(2025, 4, 10), D(2025, 4, 5), D(2025, 4, 30),
    )


@pytest.mark.parametrize(
    ("plan", "month"),
    [
        (Plan(MONTHLY, D(2025, 4, 12), PRICE, billing_day=10), D(2025, 4, 1)),  # day 10 is before it
        (Plan(MONTHLY, D(2025, 4, 10), PRICE, billing_day=10), D(2025, 4, 1)),  # the purchase date itself
        (Plan(MONTHLY, D(2025, 4, 12), PRICE), D(2025, 4, 1)),
        (Plan(MONTHLY, D(2025, 4, 12), PRICE), D(2025, 1, 1)),
    ],
)
def test_no_option_before_or_at_the_purchase(plan, month):
    assert option_for_month(plan, month, plan.start) is None


def test_option_for_cancel_from_refuses_a_date_that_is_not_billed():
    with pytest.raises(ValueError):
        option_for_cancel_from(ANNIVERSARY, D(2026, 6, 16), D(2026, 5, 1))
    with pytest.raises(ValueError):
        option_for_cancel_from(ANNIVERSARY, ANNIVERSARY.start, D(2026, 1, 15))


@pytest.mark.parametrize(("today", "count"), [(D(2026, 11, 15), 24), (D(2026, 11, 14), 23)])
def test_invoices_not_issued_counts_to_24_months_after_today_inclusive(today, count):
    # From 2026-12-15 up to 2028-11-15 (or 2028-11-14).
    assert option_for_cancel_from(ANNIVERSARY, D(2026, 12, 15), today).invoices_not_issued == count


# --- end of the paid period (§6) -------------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "until", "cancel_from"),
    [
        (ANNIVERSARY, D(2026, 12, 14), D(2026, 12, 15)),
        (DAY_20, D(2026, 12, 31), D(2026, 12, 20)),
        (Plan(MONTHLY, D(2025, 4, 12), PRICE, billing_day=10), D(2025, 5, 31), D(2025, 5, 10)),
        (Plan(MONTHLY, D(2025, 4, 5), PRICE, billing_day=10), D(2025, 4, 30), D(2025, 4, 10)),
        (Plan(ANNUAL, D(2024, 2, 29), PRICE), D(2026, 2, 27), D(2026, 2, 28)),
        (Plan(MONTHLY, D(2025, 1, 31), PRICE), D(2025, 2, 27), D(2025, 2, 28)),
    ],
)
def test_cancel_from_after_paid_period_ends_access_on_that_period_end(plan, until, cancel_from):
    assert cancel_from_after_paid_period(plan, until) == cancel_from
    assert access_end(plan, cancel_from) == until


def test_cancel_from_after_paid_period_at_the_end_date_keeps_the_end_date():
    plan = Plan(MONTHLY, D(2025, 1, 15), PRICE, end_date=D(2025, 3, 20))
    cancel_from = cancel_from_after_paid_period(plan, D(2025, 3, 20))
    assert cancel_from == D(2025, 4, 15)
    assert access_end(plan, cancel_from) == D(2025, 3, 20)


@pytest.mark.parametrize("until", [D(2026, 12, 13), D(2026, 12, 15), D(2025, 12, 31)])
def test_cancel_from_after_paid_period_refuses_a_day_inside_a_period(until):
    with pytest.raises(ValueError):
        cancel_from_after_paid_period(ANNIVERSARY, until)


# --- properties ------------------------------------------------------------------------


@st.composite
def situations(draw) -> tuple[Plan, date]:
    period = draw(st.sampled_from([MONTHLY, ANNUAL]))
    start = draw(st.dates(D(2020, 1, 1), D(2028, 12, 31)))
    day = draw(st.none() | st.integers(1, 28)) if period == MONTHLY else None
    end = None
    if draw(st.booleans()):
        end = start + timedelta(days=draw(st.integers(0, 1200)))
    today = start + timedelta(days=draw(st.integers(-60, 900)))
    return Plan(period, start, PRICE, billing_day=day, end_date=end), today


@given(situations())
def test_property_offered_options_match_the_calendar(situation):
    plan, today = situation
    until = issued_until(plan, today)
    got = cancellation_options(plan, today, issued_until=until)
    floor = today if until is None else max(today, until)
    for option in got:
        *_, last = periods(plan, cancel_from=option.cancel_from)
        assert (last.end, last.issued) == (option.access_end, option.last_invoice)
        assert option.access_end >= floor
        assert option.month == month_start(option.cancel_from)
        assert option.month <= add_months(month_start(today), 24)
        if plan.end_date is not None:
            assert option.cancel_from <= plan.end_date
            assert option.invoices_not_issued >= 1
    assert [o.month for o in got] == sorted({o.month for o in got})
    if plan.period == ANNUAL:
        assert len(got) <= 1


@given(situations())
def test_property_moving_earlier_only_offers_earlier_months(situation):
    plan, today = situation
    until = issued_until(plan, today)
    got = cancellation_options(plan, today, issued_until=until)
    if got:
        current = got[-1].cancel_from
        earlier = cancellation_options(plan, today, issued_until=until, current_cancel_from=current)
        assert earlier == got[:-1]


@given(situations())
def test_property_paid_period_end_gives_back_that_access_end(situation):
    plan, today = situation
    for period in periods_issued_by(plan, max(today, plan.start)):
        cancel_from = cancel_from_after_paid_period(plan, period.end)
        assert access_end(plan, cancel_from) == period.end


# --- read near the cancellation, equal to walking from the purchase ----------------------


@st.composite
def long_running(draw) -> tuple[Plan, date, date]:
    """A plan billed for up to twelve years, one of its billing dates, and a day."""
    period = draw(st.sampled_from([MONTHLY, ANNUAL]))
    start = draw(st.dates(D(2012, 1, 1), D(2026, 12, 31)))
    day = draw(st.none() | st.integers(1, 28)) if period == MONTHLY else None
    end = start + timedelta(days=draw(st.integers(0, 4500))) if draw(st.booleans()) else None
    plan = Plan(period, start, PRICE, billing_day=day, end_date=end)
    calendar = replace(plan, end_date=None)
    dates = [billed for billed, _ in zip(billing_dates(calendar), range(150), strict=False)]
    cancel_from = draw(st.sampled_from(dates))
    today = start + timedelta(days=draw(st.integers(0, 4500)))
    return plan, cancel_from, today


@given(long_running())
def test_property_option_read_near_the_cancellation_equals_the_walk_from_the_purchase(case):
    plan, cancel_from, today = case
    option = option_for_cancel_from(plan, cancel_from, today)
    *_, last = periods(plan, cancel_from=cancel_from)
    assert (option.last_invoice, option.access_end) == (last.issued, last.end)
    limit = plan.end_date if plan.end_date is not None else add_months(today, 24)
    walked = [billed for billed in takewhile(lambda b: b <= limit, billing_dates(plan)) if billed >= cancel_from]
    assert option.invoices_not_issued == len(walked)
    assert list(islice(billing_dates(plan, on_or_after=cancel_from), 3)) == [
        billed for billed in islice(billing_dates(plan), 200) if billed >= cancel_from][:3]
