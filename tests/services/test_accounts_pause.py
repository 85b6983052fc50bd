"""Pausing and resuming an account (DESIGN.md §8) through the facade."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from snapshot import snapshot

from app.errors import PermissionDenied, RuleViolation

START = date(2026, 6, 1)


def _client(desk, *, kind="direct", **extra):
    client = desk.add_client("Acme Ltd", email="acme@example.com", kind=kind, **extra)
    owner = desk.add_contact(client, "Alice", "alice@example.com", role="primary_admin", seat=True)
    other = desk.add_contact(client, "Bob", "bob@example.com", role="admin")
    if kind == "direct":
        desk.add_card(client, "Visa", "4242", 12, 2030)
    return client, owner, other


def _pause(desk, client, owner, **kwargs):
    values = {"reason": "Closed for the summer", "resume_in_months": 3, "category": "seasonal"}
    values.update(kwargs)
    return desk.pause(client, owner, **values)


def test_pause_stops_billing_removes_the_card_and_emails(open_desk):
    desk = open_desk(date(2026, 1, 15))
    client, owner, _ = _client(desk)
    monthly = desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 15))
    day = desk.add_subscription(client, "Pro", Decimal("30"), start=date(2026, 1, 15), billing_day=20)
    desk.run_lifecycle(START)
    desk = open_desk(START)
    _pause(desk, client, owner)
    assert desk.client(client).status == "paused"
    assert desk.client(client).card is None
    issued = {s: len(desk.subscription(s).invoices) for s in (monthly, day)}
    assert {desk.subscription(s).status for s in (monthly, day)} == {"paused"}
    desk.run_lifecycle(date(2026, 9, 1))  # no invoice while paused
    assert {s: len(desk.subscription(s).invoices) for s in (monthly, day)} == issued
    emails = [e for e in desk.outbox() if e.event == "pause_scheduled"]
    assert sorted(e.to[0] for e in emails) == sorted([desk.me().email, "alice@example.com"])  # owner, manager copy
    assert any(ev.action == "client.pause" for ev in desk.timeline(client))


@pytest.mark.parametrize(("day", "status"), [
    (date(2026, 6, 5), "paused"),  # the day before the grace end: export still allowed
    (date(2026, 6, 6), "locked"),  # the grace end
    (date(2026, 6, 7), "locked"),
])
def test_locked_from_the_grace_end(open_desk, day, status):
    desk = open_desk(START)
    client, owner, _ = _client(desk)
    desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 5, 1))
    _pause(desk, client, owner)
    desk.run_lifecycle(day)
    assert desk.client(client).status == status


@pytest.mark.parametrize(("day", "allowed"), [
    (date(2027, 5, 31), False),  # the day before 12 months after the last pause began
    (date(2027, 6, 1), True),
    (date(2027, 6, 2), True),
])
def test_one_pause_per_twelve_months(open_desk, day, allowed):
    desk = open_desk(START)
    client, owner, _ = _client(desk)
    desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 5, 1))
    _pause(desk, client, owner)
    desk = open_desk(date(2026, 7, 1))
    desk.resume(client, brand="Visa", last4="1111", exp_month=1, exp_year=2031)
    desk = open_desk(day)
    if allowed:
        _pause(desk, client, owner)
        assert desk.client(client).status == "paused"
    else:
        before = snapshot(desk)
        with pytest.raises(RuleViolation) as refused:
            _pause(desk, client, owner)
        assert refused.value.code == "pause_too_soon"
        assert str(refused.value) == ("Acme Ltd was last paused on 1 June 2026; an account can be paused once every "
                                      "12 months, so the next pause is possible from 1 June 2027.")
        assert snapshot(desk) == before


@pytest.mark.parametrize(("kind", "extra", "code", "words"), [
    ("trial", {"trial_end": date(2026, 7, 1)}, "pause_trial", "simply expires on 1 July 2026"),
    ("resold", {"reseller": "Resell Ltd"}, "pause_resold", "managed by the reseller Resell Ltd"),
])
def test_trial_and_resold_are_refused_with_their_own_sentence(open_desk, kind, extra, code, words):
    desk = open_desk(START)
    client, owner, _ = _client(desk, kind=kind, **extra)
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as refused:
        _pause(desk, client, owner)
    assert refused.value.code == code and words in str(refused.value)
    assert desk.pause_blocker(client) == refused.value
    assert snapshot(desk) == before


def test_only_the_primary_admin_may_ask(open_desk):
    desk = open_desk(START)
    client, _, other = _client(desk)
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as refused:
        _pause(desk, client, other)
    assert str(refused.value).startswith("Bob is not the primary admin of Acme Ltd; only the account owner")
    assert snapshot(desk) == before


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"reason": "  "}, "pause_reason_required"),
    ({"resume_in_months": 4}, "pause_resume_months"),
    ({"category": "bored"}, "pause_category"),
    ({"keep_data": False, "confirm_name": "acme ltd"}, "typed_name_mismatch"),
    ({"keep_data": False}, "typed_name_mismatch"),
])
def test_bad_input_changes_nothing(open_desk, kwargs, code):
    desk = open_desk(START)
    client, owner, _ = _client(desk)
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as refused:
        _pause(desk, client, owner, **kwargs)
    assert refused.value.code == code
    assert snapshot(desk) == before


def test_deleting_the_data_needs_a_manager(open_desk):
    desk = open_desk(START)
    desk.add_staff("Sam", "sam@example.com", "staff")
    client, owner, _ = _client(desk)
    staff = open_desk(START, user="sam@example.com")
    _pause(staff, client, owner, keep_data=True)  # staff may pause keeping the data
    assert staff.client(client).status == "paused"

    other, other_owner, _ = (lambda c: (c, staff.add_contact(c, "Zed", "z@example.com", role="primary_admin"),
                                        None))(staff.add_client("Other"))
    before = snapshot(staff)
    with pytest.raises(PermissionDenied):
        _pause(staff, other, other_owner, keep_data=False, confirm_name="Other")
    assert snapshot(staff) == before


def test_resume_restarts_every_subscription_as_bought_on_the_resume_date(open_desk):
    desk = open_desk(date(2026, 1, 15))
    client, owner, _ = _client(desk)
    monthly = desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 15))
    day = desk.add_subscription(client, "Pro", Decimal("30"), start=date(2026, 1, 15), billing_day=20)
    desk.run_lifecycle(START)
    _pause(open_desk(START), client, owner)
    desk = open_desk(date(2026, 8, 25))
    desk.run_lifecycle(date(2026, 8, 25))
    desk.resume(client, brand="Mastercard", last4="5555", exp_month=8, exp_year=2026)  # valid to Aug 31
    assert desk.client(client).status == "active"
    assert desk.client(client).card.last4 == "5555"
    anniversary = desk.subscription(monthly)
    assert anniversary.status == "active" and anniversary.start == date(2026, 8, 25)
    purchase = anniversary.invoices[-1]
    assert (purchase.issued, purchase.start, purchase.end) == (date(2026, 8, 25), date(2026, 8, 25),
                                                               date(2026, 9, 24))
    assert anniversary.next_billing_date == date(2026, 9, 25)
    billing_day = desk.subscription(day)
    assert billing_day.billing_day == 20
    # Resumed on the 25th, on or after day 20: the purchase invoice covers to the end of next month.
    assert (billing_day.invoices[-1].issued, billing_day.invoices[-1].end) == (date(2026, 8, 25),
                                                                               date(2026, 9, 30))
    assert billing_day.next_billing_date == date(2026, 9, 20)
    assert any(e.event == "resumed" for e in desk.outbox())


@pytest.mark.parametrize(("card", "code"), [
    ((7, 2026), "resume_card_expired"),  # expired at the end of July; today is August 25
    ((13, 2030), "resume_card_invalid"),
])
def test_resume_refuses_a_bad_card(open_desk, card, code):
    desk = open_desk(START)
    client, owner, _ = _client(desk)
    desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 5, 1))
    _pause(desk, client, owner)
    desk = open_desk(date(2026, 8, 25))
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as refused:
        desk.resume(client, brand="Visa", last4="1234", exp_month=card[0], exp_year=card[1])
    assert refused.value.code == code
    if code == "resume_card_expired":
        assert str(refused.value) == ("The card ending 1234 expired at the end of July 2026; ask the client for a "
                                      "card that is still valid.")
    assert snapshot(desk) == before


def test_resume_refuses_an_account_that_is_not_paused_and_a_non_owner(open_desk):
    desk = open_desk(START)
    client, owner, other = _client(desk)
    assert desk.resume_blocker(client).code == "resume_state"
    _pause(desk, client, owner)
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as refused:
        desk.resume(client, brand="Visa", last4="1234", exp_month=1, exp_year=2031, contact_id=other)
    assert refused.value.code == "requester_not_owner"
    assert snapshot(desk) == before


@pytest.mark.parametrize(("resume_on", "status", "access_end"), [
    # Restarted on Aug 25: cancelled at the end of the new term containing Dec 14.
    (date(2026, 8, 25), "cancelling", date(2026, 12, 24)),
    # Its access end came during the pause: it ended as planned, nothing restarts.
    (date(2026, 12, 15), "expired", date(2026, 12, 14)),
])
def test_a_cancelled_subscription_keeps_its_end_through_a_pause(open_desk, resume_on, status, access_end):
    desk = open_desk(START)
    client, owner, _ = _client(desk)
    sub = desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 15))
    desk.cancel_subscription(sub, date(2026, 12, 1))  # access to 2026-12-14
    _pause(desk, client, owner)
    desk = open_desk(resume_on)
    desk.resume(client, brand="Visa", last4="1111", exp_month=1, exp_year=2031)
    after = desk.subscription(sub)
    assert (after.status, after.access_end) == (status, access_end)
    if status == "cancelling":
        desk.run_lifecycle(date(2027, 3, 1))
        issued = [i.issued for i in desk.subscription(sub).invoices if i.issued >= resume_on]
        assert issued == [date(2026, 8, 25), date(2026, 9, 25), date(2026, 10, 25), date(2026, 11, 25)]
        assert desk.subscription(sub).status == "expired"


def test_a_closing_account_cannot_be_paused(open_desk):
    desk = open_desk(START)
    client, owner, _ = _client(desk)
    desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 5, 1))
    desk.close_account(client, owner, reason="Leaving")
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as refused:
        _pause(desk, client, owner)
    assert str(refused.value) == "Acme Ltd is closing; only an active account can be paused."
    assert snapshot(desk) == before
