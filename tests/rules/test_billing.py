"""The billing calendar of DESIGN.md §3: issue dates, periods covered, amounts."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from itertools import islice

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.billing import (
    ANNUAL,
    MONTHLY,
    Plan,
    access_end,
    add_months,
    anchor,
    anchored_periods,
    billing_date_in_month,
    billing_dates,
    clamp_day,
    month_end,
    month_start,
    next_billing_date,
    periods,
    periods_after,
    periods_issued_by,
)

D = date
ONE_DAY = timedelta(days=1)


def spans(plan: Plan, n: int, **kwargs: date) -> list[tuple[date, date, date]]:
    return [(p.issued, p.start, p.end) for p in islice(periods(plan, **kwargs), n)]


# --- the worked examples of §3 ---------------------------------------------------------

WORKED = [
    pytest.param(
        Plan(MONTHLY, D(2025, 3, 31), Decimal("10")),
        [
            (D(2025, 3, 31), D(2025, 3, 31), D(2025, 4, 29)),
            (D(2025, 4, 30), D(2025, 4, 30), D(2025, 5, 30)),
            (D(2025, 5, 31), D(2025, 5, 31), D(2025, 6, 29)),
        ],
        D(2025, 5, 31),
        D(2025, 6, 30),
        id="anniversary-monthly-mar31",
    ),
    pytest.param(
        Plan(MONTHLY, D(2025, 4, 12), Decimal("10"), billing_day=10),
        [
            (D(2025, 4, 12), D(2025, 4, 12), D(2025, 5, 31)),
            (D(2025, 5, 10), D(2025, 6, 1), D(2025, 6, 30)),
            (D(2025, 6, 10), D(2025, 7, 1), D(2025, 7, 31)),
        ],
        D(2025, 6, 10),
        D(2025, 7, 10),
        id="billing-day-10-start-after-day",
    ),
    pytest.param(
        Plan(MONTHLY, D(2025, 4, 5), Decimal("10"), billing_day=10),
        [(D(2025, 4, 5), D(2025, 4, 5), D(2025, 4, 30)), (D(2025, 4, 10), D(2025, 5, 1), D(2025, 5, 31))],
        D(2025, 4, 10),
        D(2025, 5, 10),
        id="billing-day-10-start-before-day",
    ),
    pytest.param(
        Plan(ANNUAL, D(2024, 2, 29), Decimal("100")),
        [(D(2024, 2, 29), D(2024, 2, 29), D(2025, 2, 27)), (D(2025, 2, 28), D(2025, 2, 28), D(2026, 2, 27))],
        D(2025, 2, 28),
        D(2026, 2, 28),
        id="annual-feb29",
    ),
]


@pytest.mark.parametrize(("plan", "expected", "after", "next_date"), WORKED)
def test_worked_examples_issue_cover_and_bill_next_as_documented(plan, expected, after, next_date):
    assert spans(plan, len(expected)) == expected
    assert next_billing_date(plan, after) == next_date


def test_only_the_first_invoice_is_the_purchase_issued_on_the_start_date():
    plan = Plan(MONTHLY, D(2025, 4, 12), Decimal("10"), billing_day=10)
    first, second = islice(periods(plan), 2)
    assert (first.purchase, first.issued) == (True, plan.start)
    assert second.purchase is False


# --- calendar arithmetic ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("d", "months", "anchor", "expected"),
    [
        (D(2025, 1, 31), 1, None, D(2025, 2, 28)),
        (D(2024, 1, 31), 1, None, D(2024, 2, 29)),
        (D(2025, 1, 31), 2, None, D(2025, 3, 31)),  # no drift through February
        (D(2025, 1, 31), 3, None, D(2025, 4, 30)),
        (D(2025, 12, 15), 1, None, D(2026, 1, 15)),  # year rollover
        (D(2025, 11, 30), 3, None, D(2026, 2, 28)),
        (D(2025, 1, 31), -1, None, D(2024, 12, 31)),
        (D(2025, 2, 28), 1, 31, D(2025, 3, 31)),  # the anchor wins over the clamped day
        (D(2024, 2, 29), 12, None, D(2025, 2, 28)),
        (D(2024, 2, 29), 48, None, D(2028, 2, 29)),
    ],
)
def test_add_months_clamps_to_month_end_without_drifting(d, months, anchor, expected):
    assert add_months(d, months, anchor) == expected


def test_clamp_day_and_month_bounds():
    assert [clamp_day(2023, 2, 30), clamp_day(2024, 2, 30), clamp_day(2025, 4, 12)] == [
        D(2023, 2, 28), D(2024, 2, 29), D(2025, 4, 12),
    ]
    assert (month_start(D(2025, 4, 12)), month_end(D(2025, 4, 12))) == (D(2025, 4, 1), D(2025, 4, 30))
    assert month_end(D(2025, 12, 1)) == D(2025, 12, 31)


@pytest.mark.parametrize(
    ("plan", "month", "expected"),
    [
        (Plan(MONTHLY, D(2025, 1, 31), Decimal(1)), D(2025, 2, 10), D(2025, 2, 28)),
        (Plan(MONTHLY, D(2025, 1, 31), Decimal(1)), D(2024, 2, 1), D(2024, 2, 29)),
        (Plan(MONTHLY, D(2025, 1, 15), Decimal(1), billing_day=28), D(2025, 2, 1), D(2025, 2, 28)),
        (Plan(ANNUAL, D(2024, 2, 29), Decimal(1)), D(2027, 2, 3), D(2027, 2, 28)),
        (Plan(ANNUAL, D(2024, 2, 29), Decimal(1)), D(2027, 3, 3), None),
        # Pure calendar: a month before the purchase still has its date.
        (Plan(MONTHLY, D(2025, 6, 15), Decimal(1)), D(2025, 1, 20), D(2025, 1, 15)),
    ],
)
def test_billing_date_in_month(plan, month, expected):
    assert billing_date_in_month(plan, month) == expected


# --- anniversary edge cases ------------------------------------------------------------


def test_anniversary_jan31_uses_feb_last_day_in_a_leap_year():
    plan = Plan(MONTHLY, D(2024, 1, 31), Decimal("10"))
    assert list(islice(billing_dates(plan), 3)) == [D(2024, 2, 29), D(2024, 3, 31), D(2024, 4, 30)]
    assert spans(plan, 2) == [
        (D(2024, 1, 31), D(2024, 1, 31), D(2024, 2, 28)),
        (D(2024, 2, 29), D(2024, 2, 29), D(2024, 3, 30)),
    ]


def test_anniversary_jan31_uses_feb_last_day_in_a_common_year():
    plan = Plan(MONTHLY, D(2025, 1, 31), Decimal("10"))
    assert list(islice(billing_dates(plan), 3)) == [D(2025, 2, 28), D(2025, 3, 31), D(2025, 4, 30)]
    assert spans(plan, 2)[0] == (D(2025, 1, 31), D(2025, 1, 31), D(2025, 2, 27))


def test_annual_feb29_returns_to_feb29_in_the_next_leap_year():
    plan = Plan(ANNUAL, D(2024, 2, 29), Decimal("100"))
    assert list(islice(billing_dates(plan), 4)) == [
        D(2025, 2, 28), D(2026, 2, 28), D(2027, 2, 28), D(2028, 2, 29),
    ]
    # The period before the leap renewal is one day longer.
    assert spans(plan, 4)[3] == (D(2027, 2, 28), D(2027, 2, 28), D(2028, 2, 28))


def test_anniversary_dec31_rolls_over_the_year():
    plan = Plan(MONTHLY, D(2025, 12, 31), Decimal("10"))
    assert list(islice(billing_dates(plan), 2)) == [D(2026, 1, 31), D(2026, 2, 28)]
    assert spans(plan, 1) == [(D(2025, 12, 31), D(2025, 12, 31), D(2026, 1, 30))]


def test_anniversary_start_on_the_first_covers_whole_months():
    plan = Plan(MONTHLY, D(2025, 4, 1), Decimal("10"))
    assert spans(plan, 2) == [
        (D(2025, 4, 1), D(2025, 4, 1), D(2025, 4, 30)),
        (D(2025, 5, 1), D(2025, 5, 1), D(2025, 5, 31)),
    ]


# --- billing-day edge cases ------------------------------------------------------------


def test_billing_day_start_on_the_day_covers_to_the_end_of_next_month():
    plan = Plan(MONTHLY, D(2025, 4, 10), Decimal("30"), billing_day=10)
    first, second = islice(periods(plan), 2)
    assert (first.start, first.end, first.amount) == (D(2025, 4, 10), D(2025, 5, 31), Decimal("51.00"))
    assert (second.issued, second.start, second.end) == (D(2025, 5, 10), D(2025, 6, 1), D(2025, 6, 30))


def test_billing_day_28_bills_on_feb_28_for_march():
    plan = Plan(MONTHLY, D(2025, 1, 30), Decimal("10"), billing_day=28)
    assert spans(plan, 2) == [
        (D(2025, 1, 30), D(2025, 1, 30), D(2025, 2, 28)),
        (D(2025, 2, 28), D(2025, 3, 1), D(2025, 3, 31)),
    ]


def test_billing_day_start_on_the_first_charges_one_full_price():
    plan = Plan(MONTHLY, D(2025, 4, 1), Decimal("19.99"), billing_day=10)
    first, second = islice(periods(plan), 2)
    assert (first.end, first.amount) == (D(2025, 4, 30), Decimal("19.99"))
    assert (second.issued, second.start) == (D(2025, 4, 10), D(2025, 5, 1))


def test_billing_day_december_bill_covers_january_of_next_year():
    plan = Plan(MONTHLY, D(2025, 12, 20), Decimal("10"), billing_day=15)
    assert spans(plan, 2) == [
        (D(2025, 12, 20), D(2025, 12, 20), D(2026, 1, 31)),
        (D(2026, 1, 15), D(2026, 2, 1), D(2026, 2, 28)),
    ]
    plan = Plan(MONTHLY, D(2025, 11, 20), Decimal("10"), billing_day=15)
    assert spans(plan, 2)[1] == (D(2025, 12, 15), D(2026, 1, 1), D(2026, 1, 31))


def test_billing_day_purchase_is_prorated_by_calendar_month():
    # 19 of April's 30 days, then all of May: 10 * 19/30 + 10.
    plan = Plan(MONTHLY, D(2025, 4, 12), Decimal("10"), billing_day=10)
    assert next(periods(plan)).amount == Decimal("16.33")
    plan = Plan(MONTHLY, D(2025, 4, 5), Decimal("10"), billing_day=10)
    assert next(periods(plan)).amount == Decimal("8.67")  # 26/30


def test_prorated_amount_rounds_half_up():
    # 15 of 30 days of 10.05 is 5.025 exactly: half-up gives 5.03 where banker's gives 5.02.
    plan = Plan(MONTHLY, D(2025, 4, 16), Decimal("10.05"), billing_day=20)
    assert next(periods(plan)).amount == Decimal("5.03")


# --- configured end date ---------------------------------------------------------------


def test_end_date_inside_anniversary_period_prorates_by_period_days():
    plan = Plan(MONTHLY, D(2025, 1, 15), Decimal("30.00"), end_date=D(2025, 3, 20))
    got = list(periods(plan))
    assert [(p.start, p.end, p.amount) for p in got] == [
        (D(2025, 1, 15), D(2025, 2, 14), Decimal("30.00")),
        (D(2025, 2, 15), D(2025, 3, 14), Decimal("30.00")),
        # 6 of the 31 days 03-15..04-14: 30 * 6 / 31 = 5.806...
        (D(2025, 3, 15), D(2025, 3, 20), Decimal("5.81")),
    ]
    assert next_billing_date(plan, D(2025, 3, 15)) is None
    assert access_end(plan, None) == D(2025, 3, 20)


def test_end_date_inside_billing_day_period_prorates_by_month_days():
    plan = Plan(MONTHLY, D(2025, 4, 12), Decimal("30"), billing_day=10, end_date=D(2025, 7, 20))
    got = list(periods(plan))
    assert [(p.issued, p.start, p.end, p.amount) for p in got] == [
        (D(2025, 4, 12), D(2025, 4, 12), D(2025, 5, 31), Decimal("49.00")),  # 30*19/30 + 30
        (D(2025, 5, 10), D(2025, 6, 1), D(2025, 6, 30), Decimal("30.00")),
        (D(2025, 6, 10), D(2025, 7, 1), D(2025, 7, 20), Decimal("19.35")),  # 30*20/31
    ]
    # 07-10 would bill August, which starts after the end date.
    assert list(billing_dates(plan)) == [D(2025, 5, 10), D(2025, 6, 10)]
    assert next_billing_date(plan, D(2025, 6, 10)) is None


def test_end_date_inside_annual_period_prorates_by_year_days():
    plan = Plan(ANNUAL, D(2024, 3, 1), Decimal("365"), end_date=D(2025, 3, 10))
    assert [(p.start, p.end, p.amount) for p in periods(plan)] == [
        (D(2024, 3, 1), D(2025, 2, 28), Decimal("365.00")),
        (D(2025, 3, 1), D(2025, 3, 10), Decimal("10.00")),  # 10 of 365 days
    ]


def test_end_date_inside_the_purchase_period_prorates_the_purchase():
    plan = Plan(MONTHLY, D(2025, 4, 12), Decimal("30"), billing_day=10, end_date=D(2025, 5, 15))
    # 19/30 of April and 15/31 of May: 19 + 14.516...
    assert [(p.end, p.amount) for p in periods(plan)] == [(D(2025, 5, 15), Decimal("33.52"))]
    assert list(billing_dates(plan)) == []
    plan = Plan(MONTHLY, D(2025, 1, 15), Decimal("31"), end_date=D(2025, 1, 20))
    assert [(p.end, p.amount) for p in periods(plan)] == [(D(2025, 1, 20), Decimal("6.00"))]


def test_end_date_on_an_anniversary_billing_date_issues_a_one_day_invoice():
    plan = Plan(MONTHLY, D(2025, 1, 15), Decimal("31"), end_date=D(2025, 3, 15))
    last = list(periods(plan))[-1]
    # Access includes the end date, so that day is billed: 1 of the 31 days 03-15..04-14.
    assert (last.issued, last.start, last.end, last.amount) == (
        D(2025, 3, 15), D(2025, 3, 15), D(2025, 3, 15), Decimal("1.00"),
    )


def test_end_date_on_a_billing_day_does_not_bill_the_month_after():
    plan = Plan(MONTHLY, D(2025, 4, 12), Decimal("30"), billing_day=10, end_date=D(2025, 6, 10))
    last = list(periods(plan))[-1]
    assert (last.issued, last.start, last.end, last.amount) == (
        D(2025, 5, 10), D(2025, 6, 1), D(2025, 6, 10), Decimal("10.00"),
    )


def test_end_date_on_a_period_end_charges_full_price_and_stops():
    plan = Plan(MONTHLY, D(2025, 1, 15), Decimal("30"), end_date=D(2025, 3, 14))
    got = list(periods(plan))
    assert [(p.end, p.amount) for p in got][-1] == (D(2025, 3, 14), Decimal("30.00"))
    assert len(got) == 2


# --- cancellation bound, issued-by, next billing, access end ---------------------------


def test_cancel_from_stops_before_that_billing_date():
    plan = Plan(MONTHLY, D(2025, 3, 31), Decimal("10"))
    assert [p.issued for p in periods(plan, cancel_from=D(2025, 6, 30))] == [
        D(2025, 3, 31), D(2025, 4, 30), D(2025, 5, 31),
    ]
    assert access_end(plan, D(2025, 6, 30)) == D(2025, 6, 29)
    assert next_billing_date(plan, D(2025, 5, 31), cancel_from=D(2025, 6, 30)) is None
    assert next_billing_date(plan, D(2025, 4, 30), cancel_from=D(2025, 6, 30)) == D(2025, 5, 31)


def test_cancel_from_on_the_first_regular_date_keeps_only_the_purchase():
    plan = Plan(MONTHLY, D(2025, 4, 5), Decimal("10"), billing_day=10)
    assert spans(plan, 5, cancel_from=D(2025, 4, 10)) == [(D(2025, 4, 5), D(2025, 4, 5), D(2025, 4, 30))]
    assert access_end(plan, D(2025, 4, 10)) == D(2025, 4, 30)


def test_access_end_is_open_without_end_date_or_cancellation():
    assert access_end(Plan(MONTHLY, D(2025, 3, 31), Decimal("10")), None) is None


def test_periods_issued_by_counts_invoices_up_to_and_including_the_day():
    plan = Plan(MONTHLY, D(2025, 4, 12), Decimal("10"), billing_day=10)
    assert len(periods_issued_by(plan, D(2025, 4, 11))) == 0
    assert len(periods_issued_by(plan, D(2025, 4, 12))) == 1
    assert len(periods_issued_by(plan, D(2025, 5, 9))) == 1
    assert [p.issued for p in periods_issued_by(plan, D(2025, 5, 10))] == [D(2025, 4, 12), D(2025, 5, 10)]
    assert len(periods_issued_by(plan, D(2030, 1, 1), cancel_from=D(2025, 6, 10))) == 2


def test_next_billing_date_before_the_purchase_is_the_first_regular_date():
    plan = Plan(MONTHLY, D(2025, 4, 12), Decimal("10"), billing_day=10)
    assert next_billing_date(plan, D(2025, 1, 1)) == D(2025, 5, 10)


@pytest.mark.parametrize(
    ("period", "kwargs"),
    [
        ("weekly", {}),
        (MONTHLY, {"billing_day": 0}),
        (MONTHLY, {"billing_day": 29}),
        (ANNUAL, {"billing_day": 10}),
        (MONTHLY, {"end_date": D(2024, 12, 31)}),
    ],
)
def test_invalid_plans_are_refused(period, kwargs):
    with pytest.raises(ValueError):
        Plan(period, D(2025, 1, 1), Decimal(1), **kwargs)


# --- properties ------------------------------------------------------------------------


@st.composite
def plans(draw, *, with_end: bool | None = None, billing_day: bool | None = None) -> Plan:
    period = MONTHLY if billing_day else draw(st.sampled_from([MONTHLY, ANNUAL]))
    start = draw(st.dates(D(2020, 1, 1), D(2030, 12, 31)))
    price = draw(st.decimals(Decimal("0"), Decimal("9999.99"), places=2))
    day = None
    if billing_day or (billing_day is None and period == MONTHLY and draw(st.booleans())):
        day = draw(st.integers(1, 28))
    end = None
    if with_end or (with_end is None and draw(st.booleans())):
        end = start + timedelta(days=draw(st.integers(0, 900)))
    return Plan(period, start, price, billing_day=day, end_date=end)


@given(plans())
def test_property_periods_are_contiguous_from_the_start(plan):
    got = list(islice(periods(plan), 40))
    assert got[0].start == plan.start and got[0].purchase
    for prev, nxt in zip(got, got[1:], strict=False):
        assert nxt.start == prev.end + ONE_DAY
        assert not nxt.purchase
    assert all(p.start <= p.end for p in got)


@given(plans(billing_day=False, with_end=False))
def test_property_anniversary_periods_start_on_their_issue_date(plan):
    assert all(p.start == p.issued for p in islice(periods(plan), 40))


@given(plans(billing_day=False))
def test_property_anniversary_anchor_never_drifts(plan):
    for billed in islice(billing_dates(plan), 40):
        assert billed.day == min(plan.start.day, month_end(billed).day)
        if plan.period == ANNUAL:
            assert billed.month == plan.start.month


@given(plans(billing_day=True, with_end=False))
def test_property_billing_day_invoice_covers_the_next_calendar_month(plan):
    for p in islice(periods(plan), 40):
        if p.purchase:
            continue
        assert p.issued.day == plan.billing_day
        assert p.start == month_start(add_months(p.issued, 1))
        assert p.end == month_end(p.start)


@given(plans(with_end=False))
def test_property_full_regular_periods_charge_exactly_the_price(plan):
    for p in islice(periods(plan), 30):
        if not p.purchase:
            assert p.amount == plan.price


@given(plans(with_end=True))
def test_property_end_date_is_the_last_day_covered(plan):
    got = list(periods(plan))
    assert got[-1].end == plan.end_date == access_end(plan, None)
    assert all(p.start <= plan.end_date for p in got)
    assert all(Decimal(0) <= p.amount <= 2 * plan.price for p in got)


@given(plans(), st.integers(0, 2000))
def test_property_next_billing_date_is_the_next_issued_period(plan, offset):
    day = plan.start + timedelta(days=offset)
    issued = periods_issued_by(plan, day)
    following = list(islice(periods(plan), len(issued) + 1))[len(issued):]
    expected = following[0].issued if following else None
    assert next_billing_date(plan, day) == expected


@given(plans(), st.integers(-400, 2000), st.one_of(st.none(), st.integers(0, 1500)))
def test_property_periods_after_skips_exactly_the_periods_issued_by_then(plan, offset, cancel_offset):
    # The catch-up resumes the calendar at `after`; it must give the tail of the full walk.
    after = plan.start + timedelta(days=offset)
    cancel_from = None if cancel_offset is None else plan.start + timedelta(days=cancel_offset)
    bound = after + timedelta(days=800)
    expected = [p for p in periods_issued_by(plan, bound, cancel_from=cancel_from) if p.issued > after]
    got = []
    for p in periods_after(plan, after, cancel_from=cancel_from):
        if p.issued > bound:
            break
        got.append(p)
    assert got == expected


@given(plans(), st.integers(-400, 2000), st.one_of(st.none(), st.integers(0, 1500)))
def test_property_next_billing_date_is_the_first_date_walked_after_the_day(plan, offset, cancel_offset):
    day = plan.start + timedelta(days=offset)
    cancel_from = None if cancel_offset is None else plan.start + timedelta(days=cancel_offset)
    expected = None
    for billed in billing_dates(plan):  # the walk from the purchase, as it was computed before
        if cancel_from is not None and billed >= cancel_from:
            break
        if billed > day:
            expected = billed
            break
    assert next_billing_date(plan, day, cancel_from=cancel_from) == expected


@given(plans(with_end=False), st.integers(0, 1500), st.integers(0, 800))
def test_property_anchored_periods_are_those_of_every_plan_with_that_anchor(plan, offset, span):
    after = plan.start + timedelta(days=offset)
    last = after + timedelta(days=span)
    own = []
    for p in periods_after(plan, after):
        own.append((p.issued, p.start, p.end))
        assert p.amount == plan.price
        if p.issued > last:
            break
    assert anchored_periods(anchor(plan), after + ONE_DAY, last) == tuple(own)
