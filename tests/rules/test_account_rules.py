"""Pause dates and eligibility (DESIGN.md §8, §9): app/account_rules.py, table-tested."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.account_rules import (
    card_expired,
    grace_end,
    is_locked_on,
    kind_refusal,
    next_pause_allowed,
    pause_allowed_on,
    pause_dates,
    purge_date,
    reminder_date,
    requester_refusal,
)

D = date


@pytest.mark.parametrize(("start", "grace"), [
    (D(2026, 6, 1), D(2026, 6, 6)),
    (D(2026, 12, 29), D(2027, 1, 3)),
    (D(2028, 2, 26), D(2028, 3, 2)),  # through a Feb 29
])
def test_grace_ends_five_days_after_the_start(start, grace):
    assert grace_end(start) == grace


@pytest.mark.parametrize(("day", "locked"), [
    (D(2026, 6, 5), False),  # the day before the grace end: still the grace (export allowed)
    (D(2026, 6, 6), True),  # the grace end: locked
    (D(2026, 6, 7), True),
])
def test_locked_from_the_grace_end(day, locked):
    assert is_locked_on(D(2026, 6, 1), day) is locked


@pytest.mark.parametrize(("start", "keep", "purge"), [
    (D(2026, 6, 1), False, D(2026, 6, 6)),  # not kept: at the grace end
    (D(2026, 6, 1), True, D(2027, 6, 1)),  # kept: one year after the pause began
    (D(2028, 2, 29), True, D(2029, 2, 28)),  # a Feb 29 start: Feb 28 a year later
])
def test_purge_date(start, keep, purge):
    assert purge_date(start, keep_data=keep) == purge


@pytest.mark.parametrize(("purge", "reminder"), [
    (D(2027, 6, 1), D(2027, 5, 2)),
    (D(2027, 3, 15), D(2027, 2, 13)),
    (D(2029, 2, 28), D(2029, 1, 29)),
])
def test_reminder_thirty_days_before_a_kept_data_purge(purge, reminder):
    assert reminder_date(purge) == reminder


def test_pause_dates_as_the_dialog_shows_them():
    kept = pause_dates(D(2026, 6, 1), keep_data=True, resume_in_months=3)
    assert (kept.grace_end, kept.lock_on, kept.purge_on, kept.reminder_on, kept.expected_resume) == (
        D(2026, 6, 6), D(2026, 6, 6), D(2027, 6, 1), D(2027, 5, 2), D(2026, 9, 1))
    deleted = pause_dates(D(2026, 6, 1), keep_data=False)
    assert (deleted.purge_on, deleted.reminder_on, deleted.expected_resume) == (D(2026, 6, 6), None, None)


@pytest.mark.parametrize(("previous", "day", "allowed"), [
    ((), D(2026, 1, 1), True),  # never paused
    ((D(2026, 3, 10),), D(2027, 3, 9), False),  # the day before 12 months
    ((D(2026, 3, 10),), D(2027, 3, 10), True),  # the day of: the first allowed day
    ((D(2026, 3, 10),), D(2027, 3, 11), True),  # the day after
    ((D(2024, 2, 29),), D(2025, 2, 27), False),
    ((D(2024, 2, 29),), D(2025, 2, 28), True),  # no Feb 29: the month's last day
    ((D(2024, 1, 5), D(2026, 3, 10)), D(2026, 12, 1), False),  # the latest pause counts
])
def test_one_pause_per_twelve_months(previous, day, allowed):
    assert pause_allowed_on(previous, day) is allowed


def test_next_pause_allowed_is_twelve_months_after_the_latest_start():
    assert next_pause_allowed([D(2025, 1, 1), D(2026, 3, 10)]) == D(2027, 3, 10)
    assert next_pause_allowed([]) is None


@given(st.dates(D(2000, 1, 1), D(2090, 12, 31)))
def test_the_first_allowed_day_is_the_only_boundary(start):
    first = next_pause_allowed([start])
    assert not pause_allowed_on([start], first - timedelta(days=1))
    assert pause_allowed_on([start], first)
    assert 365 <= (first - start).days <= 366


@pytest.mark.parametrize(("month", "year", "expired"), [
    (5, 2026, True),  # the month before today's month
    (6, 2026, False),  # valid to the end of its month
    (7, 2026, False),
    (12, 2025, True),
])
def test_a_card_expires_at_the_end_of_its_month(month, year, expired):
    assert card_expired(month, year, D(2026, 6, 30)) is expired


def test_trial_and_resold_each_get_their_own_refusal():
    trial = kind_refusal(action="pause", client_name="T", kind="trial", trial_end=D(2026, 7, 1))
    undated = kind_refusal(action="close", client_name="T", kind="trial")
    resold = kind_refusal(action="close", client_name="R", kind="resold", reseller="Resell Ltd")
    assert trial.code == "pause_trial" and trial.params["end"] == D(2026, 7, 1)
    assert undated.code == "close_trial_undated"
    assert resold.code == "close_resold" and resold.params["reseller"] == "Resell Ltd"
    assert kind_refusal(action="pause", client_name="D", kind="direct") is None


@pytest.mark.parametrize(("action", "name", "role", "same", "code"), [
    ("account_pause", "Alice", "primary_admin", True, None),
    ("account_pause", "Bob", "admin", True, "requester_not_owner"),
    ("account_resume", "Carl", "user", True, "requester_not_owner"),
    ("account_pause", "Alice", "primary_admin", False, "requester_not_contact"),  # another client's owner
    ("account_resume", None, None, False, "requester_not_contact"),
    ("account_close", "Alice", "primary_admin", True, None),
    ("account_close", "Bob", "admin", True, "close_not_owner"),
    ("account_close", None, None, False, "close_requester_not_owner"),
])
def test_only_the_primary_admin_may_ask(action, name, role, same, code):
    found = requester_refusal(action=action, client_name="Acme", contact_name=name, contact_role=role,
                              same_client=same)
    assert (found.code if found else None) == code
