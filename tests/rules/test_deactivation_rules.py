"""When deactivation becomes possible, the purge date and the days left (DESIGN.md §10)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import billing
from app.cancellation_rules import cancellation_options
from app.deactivation_rules import Access, can_revoke, days_left, eligibility, purge_date

CREATED = date(2020, 1, 1)


def test_design_example_renewal_october_30_cancelled_october_20():
    """Annual plan renewing on October 30, cancelled on October 20: possible from October 30."""
    plan = billing.Plan(period="annual", start=date(2025, 10, 30), price=Decimal("100"))
    option = cancellation_options(plan, date(2026, 10, 20), issued_until=date(2026, 10, 29))[0]
    assert option.access_end == date(2026, 10, 29)
    rule = eligibility([Access("cancelling", option.access_end)], created=CREATED)
    assert rule.possible_from == date(2026, 10, 30)
    assert not rule.allows(date(2026, 10, 29))  # the day before: still access
    assert rule.allows(date(2026, 10, 30))


@pytest.mark.parametrize("subs, trial_end, possible_from", [
    ([], None, CREATED),                                                      # nothing ever bought
    ([Access("expired", date(2026, 5, 31))], None, date(2026, 6, 1)),
    ([Access("expired", date(2026, 5, 31)), Access("cancelling", date(2026, 7, 14))], None, date(2026, 7, 15)),
    ([Access("active", None)], None, None),                                   # running, no end: never
    ([Access("paused", None)], None, None),                                   # paused: not ended
    ([Access("active", date(2027, 1, 31))], None, date(2027, 2, 1)),          # configured end date
    ([Access("voided", date(2026, 3, 3))], None, CREATED),                    # bought by mistake: ignored
    ([Access("voided", None), Access("expired", date(2026, 2, 1))], None, date(2026, 2, 2)),
    ([Access("active", None)], date(2026, 4, 30), date(2026, 5, 1)),          # a trial ends with its trial
    ([Access("cancelling", date(2026, 9, 1))], date(2026, 4, 30), date(2026, 5, 1)),
])
def test_possible_from(subs, trial_end, possible_from):
    assert eligibility(subs, created=CREATED, trial_end=trial_end).possible_from == possible_from


def test_open_ended_subscriptions_are_counted():
    rule = eligibility([Access("active", None), Access("active", None), Access("expired", date(2026, 1, 1))],
                       created=CREATED)
    assert (rule.possible_from, rule.open_ended, rule.allows(date(2099, 1, 1))) == (None, 2, False)


@pytest.mark.parametrize("deactivated, retention, purge_on", [
    (date(2026, 10, 30), 14, date(2026, 11, 13)),
    (date(2026, 12, 25), 14, date(2027, 1, 8)),    # over the year end
    (date(2028, 2, 20), 14, date(2028, 3, 5)),     # over a leap February
    (date(2026, 10, 30), 0, date(2026, 10, 30)),   # no window: purged by the same day's run
])
def test_purge_date(deactivated, retention, purge_on):
    assert purge_date(deactivated, retention) == purge_on


@pytest.mark.parametrize("today, left, revocable", [
    (date(2026, 10, 30), 14, True),   # day 0
    (date(2026, 11, 12), 1, True),    # day 13: the last day to revoke
    (date(2026, 11, 13), 0, False),   # day 14: the purge date
    (date(2026, 11, 20), 0, False),   # after it (the lifecycle did not run): never negative
])
def test_days_left_and_revoke_window(today, left, revocable):
    purge_on = purge_date(date(2026, 10, 30), 14)
    assert days_left(purge_on, today) == left
    assert can_revoke(purge_on, today) is revocable


@given(st.lists(st.tuples(st.sampled_from(["active", "cancelling", "expired", "voided", "paused"]),
                          st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2030, 1, 1)))), max_size=6))
def test_never_possible_while_a_subscription_gives_access(rows):
    subs = [Access(s, e) for s, e in rows]
    rule = eligibility(subs, created=CREATED)
    if rule.possible_from is None:
        return
    for sub in subs:
        if sub.status != "voided" and sub.access_end is not None:
            assert rule.possible_from > sub.access_end  # access on access_end itself
    ended = [s.access_end for s in subs if s.status != "voided" and s.access_end is not None]
    if ended:
        assert rule.possible_from == max(ended) + timedelta(days=1)
