"""Cancelling at the right month (§4) through the facade, and voiding (§5)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from snapshot import snapshot

from app.errors import PermissionDenied, RuleViolation


def _client(desk, *, card=True, seats=1):
    client = desk.add_client("Acme", email="acme@example.com", language="fr")
    desk.add_contact(client, "Alice", "alice@example.com", role="primary_admin", seat=seats >= 1)
    for n in range(1, seats):
        desk.add_contact(client, f"User {n}", f"user{n}@example.com", seat=True)
    if card:
        desk.add_card(client, "Visa", "4242", 12, 2030)
    return client


def _months(desk, sub):
    return [(o.month, o.last_invoice, o.access_end) for o in desk.cancellation_months(sub)]


def test_anniversary_example(open_desk):
    desk = open_desk(date(2026, 11, 22))
    sub = desk.add_subscription(_client(desk), "Team", Decimal("49"), start=date(2026, 1, 15))
    months = _months(desk, sub)
    assert months[0] == (date(2026, 12, 1), date(2026, 11, 15), date(2026, 12, 14))
    assert (date(2027, 6, 1), date(2027, 5, 15), date(2027, 6, 14)) in months
    assert months[-1][0] == date(2028, 11, 1)  # 24 months ahead
    desk.cancel_subscription(sub, date(2027, 6, 18))  # any day inside the month
    after = desk.subscription(sub)
    assert (after.status, after.cancellation_month, after.access_end) == (
        "cancelling", date(2027, 6, 1), date(2027, 6, 14))
    assert after.next_billing_date == date(2026, 12, 15)


def test_billing_day_examples(open_desk):
    desk = open_desk(date(2026, 11, 22))
    sub = desk.add_subscription(_client(desk), "Pro", Decimal("30"), start=date(2026, 3, 10), billing_day=20)
    months = _months(desk, sub)
    assert months[0] == (date(2026, 12, 1), date(2026, 11, 20), date(2026, 12, 31))
    assert (date(2027, 6, 1), date(2027, 5, 20), date(2027, 6, 30)) in months


def test_billing_day_before_the_billing_date_offers_this_month(open_desk):
    desk = open_desk(date(2026, 11, 10))
    sub = desk.add_subscription(_client(desk), "Pro", Decimal("30"), start=date(2026, 3, 10), billing_day=20)
    assert _months(desk, sub)[0] == (date(2026, 11, 1), date(2026, 10, 20), date(2026, 11, 30))
    desk.cancel_subscription(sub, date(2026, 11, 1))
    desk.run_lifecycle(date(2026, 12, 5))
    after = desk.subscription(sub)
    assert date(2026, 11, 20) not in [i.issued for i in after.invoices]
    assert after.status == "expired"


@pytest.mark.parametrize("today, first_access_end", [
    (date(2026, 12, 13), date(2026, 12, 14)),  # day before the access end
    (date(2026, 12, 14), date(2026, 12, 14)),  # the access end itself is still offered
])
def test_access_end_deadline(open_desk, today, first_access_end):
    desk = open_desk(today)
    sub = desk.add_subscription(_client(desk), "Team", Decimal("49"), start=date(2026, 1, 15))
    assert _months(desk, sub)[0][2] == first_access_end


def test_day_after_access_end_moves_to_next_month(open_desk):
    desk = open_desk(date(2026, 12, 15))
    sub = desk.add_subscription(_client(desk), "Team", Decimal("49"), start=date(2026, 1, 15))
    assert _months(desk, sub)[0][2] == date(2027, 1, 14)


def test_jan31_anchor_and_leap_february(open_desk):
    desk = open_desk(date(2028, 1, 10))
    sub = desk.add_subscription(_client(desk), "Team", Decimal("49"), start=date(2027, 1, 31))
    months = dict((m, a) for m, _, a in _months(desk, sub))
    assert months[date(2028, 2, 1)] == date(2028, 2, 28)  # billing Feb 29 in a leap year
    assert months[date(2028, 3, 1)] == date(2028, 3, 30)
    assert months[date(2028, 5, 1)] == date(2028, 5, 30)


def test_billing_day_28(open_desk):
    desk = open_desk(date(2027, 2, 1))
    sub = desk.add_subscription(_client(desk), "Pro", Decimal("30"), start=date(2027, 1, 5), billing_day=28)
    # 01-05 covers January, 01-28 covers February: the earliest end is the end of February.
    assert _months(desk, sub)[0] == (date(2027, 2, 1), date(2027, 1, 28), date(2027, 2, 28))


def test_configured_end_date_cuts_the_offered_months(open_desk):
    desk = open_desk(date(2026, 11, 22))
    sub = desk.add_subscription(_client(desk), "Team", Decimal("49"), start=date(2026, 1, 15),
                                end_date=date(2027, 3, 31))
    months = desk.cancellation_months(sub)
    assert [o.month for o in months] == [date(2026, 12, 1), date(2027, 1, 1), date(2027, 2, 1), date(2027, 3, 1)]
    assert months[0].invoices_not_issued == 4  # Dec 15, Jan 15, Feb 15, Mar 15


def test_annual_is_cancelled_at_its_next_renewal(open_desk):
    desk = open_desk(date(2026, 11, 22))
    sub = desk.add_subscription(_client(desk), "Yearly", Decimal("400"), period="annual", start=date(2024, 2, 29))
    assert _months(desk, sub) == [(date(2027, 2, 1), date(2026, 2, 28), date(2027, 2, 27))]


def test_cancel_all_cancels_each_at_its_own_renewal(open_desk):
    desk = open_desk(date(2026, 11, 22))
    client = _client(desk)
    monthly = desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 15))
    annual = desk.add_subscription(client, "Yearly", Decimal("400"), period="annual", start=date(2024, 2, 29))
    desk.cancel_all(client)
    assert desk.subscription(monthly).access_end == date(2026, 12, 14)
    assert desk.subscription(annual).access_end == date(2027, 2, 27)


def test_moving_earlier_is_allowed_later_is_refused(open_desk):
    desk = open_desk(date(2026, 11, 22))
    sub = desk.add_subscription(_client(desk), "Team", Decimal("49"), start=date(2026, 1, 15))
    desk.cancel_subscription(sub, date(2027, 6, 1))
    assert max(o.month for o in desk.cancellation_months(sub)) == date(2027, 5, 1)
    before = snapshot(desk)
    with pytest.raises(RuleViolation, match="only be moved earlier"):
        desk.cancel_subscription(sub, date(2027, 8, 1))
    assert snapshot(desk) == before
    desk.cancel_subscription(sub, date(2027, 2, 1))
    assert desk.subscription(sub).access_end == date(2027, 2, 14)


def test_revoke_with_policy_off_and_on(open_desk):
    desk = open_desk(date(2026, 11, 22))
    sub = desk.add_subscription(_client(desk), "Team", Decimal("49"), start=date(2026, 1, 15))
    desk.cancel_subscription(sub, date(2027, 1, 1))
    before = snapshot(desk)
    with pytest.raises(RuleViolation, match="allow_revoke_cancellation"):
        desk.revoke_cancellation(sub)
    assert snapshot(desk) == before
    desk.update_settings(allow_revoke_cancellation=True)
    desk.revoke_cancellation(sub)
    after = desk.subscription(sub)
    assert (after.status, after.access_end, after.cancellation_month) == ("active", None, None)
    desk.run_lifecycle(date(2027, 2, 20))
    assert date(2027, 1, 15) in [i.issued for i in desk.subscription(sub).invoices]


def test_edit_keeps_cancellation_and_emails_go_to_owner_and_manager(open_desk):
    desk = open_desk(date(2026, 11, 22))
    sub = desk.add_subscription(_client(desk), "Team", Decimal("49"), start=date(2026, 1, 15))
    desk.cancel_subscription(sub, date(2027, 1, 1))
    emails = {(e.audience, e.to[0], e.language) for e in desk.outbox() if e.event == "staff_cancelled"}
    assert emails == {("owner", "alice@example.com", "fr"), ("manager", desk.me().email, "en")}


@pytest.mark.parametrize("setup, message", [
    ("unpaid", "unpaid invoice"),
    ("seats", "active paid seats"),
    ("month", "not a month this subscription can be cancelled after"),
    ("past", "not a month"),
    ("unknown", "no subscription with id"),
])
def test_refusals_say_why_and_change_nothing(open_desk, setup, message):
    desk = open_desk(date(2026, 11, 22))
    client = _client(desk, card=setup != "unpaid", seats=3 if setup == "seats" else 1)
    sub = desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 15))
    month = {"month": date(2029, 6, 1), "past": date(2026, 10, 1)}.get(setup, date(2027, 1, 1))
    before = snapshot(desk)
    with pytest.raises(RuleViolation, match=message) as refused:
        desk.cancel_subscription(sub if setup != "unknown" else 9999, month)
    assert snapshot(desk) == before
    if setup in ("unpaid", "seats"):
        # The blocker that disables the window's action is the very refusal the call raises.
        assert desk.cancellation_blocker(sub) == refused.value


def test_cancelling_voided_or_expired_is_refused(open_desk):
    desk = open_desk(date(2026, 11, 22))
    client = _client(desk)
    voided = desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 11, 1))
    desk.void_latest_invoice(voided)
    expired = desk.add_subscription(client, "Event", Decimal("49"), start=date(2026, 1, 1), end_date=date(2026, 3, 1))
    desk.run_lifecycle()
    before = snapshot(desk)
    with pytest.raises(RuleViolation, match="voided"):
        desk.cancel_subscription(voided, date(2027, 1, 1))
    with pytest.raises(RuleViolation, match="already ended"):
        desk.cancel_subscription(expired, date(2027, 1, 1))
    assert snapshot(desk) == before


def test_void_removes_from_purchases_and_keeps_invoices(open_desk):
    desk = open_desk(date(2026, 11, 22))
    client = _client(desk)
    keep = desk.add_subscription(client, "Other", Decimal("10"), start=date(2026, 11, 1))
    sub = desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 11, 20))
    desk.void_latest_invoice(sub, refund=Decimal("49.00"))
    after = desk.subscription(sub)
    assert (after.status, after.access_end) == ("voided", date(2026, 11, 22))
    assert after.invoices[0].status == "void"
    assert [s.id for s in desk.subscriptions(client)] == [keep]
    assert {(e.event, e.audience) for e in desk.outbox()} >= {("invoice_voided", "owner"),
                                                              ("invoice_voided", "manager")}
    desk.run_lifecycle(date(2027, 3, 1))
    assert len(desk.subscription(sub).invoices) == 1


def test_void_refusals(open_desk):
    desk = open_desk(date(2026, 11, 22))
    desk.add_staff("Sam", "sam@example.com", "staff")
    client = _client(desk)
    sub = desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 11, 20))
    before = snapshot(desk)
    with pytest.raises(RuleViolation, match="more than what was paid"):
        desk.void_latest_invoice(sub, refund=Decimal("60"))
    staff = open_desk(date(2026, 11, 22), user="sam@example.com")
    with pytest.raises(PermissionDenied, match="manager"):
        staff.void_latest_invoice(sub)
    assert snapshot(desk) == before
