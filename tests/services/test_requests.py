"""Client cancellation requests and the review queue (§6) through the facade."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from snapshot import snapshot

from app.business_days import business_days_between
from app.errors import PermissionDenied, RuleViolation

TODAY = date(2026, 11, 22)  # a Sunday


def _setup(desk, *, card=True):
    client = desk.add_client("Acme", email="acme@example.com")
    owner = desk.add_contact(client, "Alice", "alice@example.com", role="primary_admin", seat=True)
    user = desk.add_contact(client, "Bob", "bob@example.com")
    if card:
        desk.add_card(client, "Visa", "4242", 12, 2030)
    anniversary = desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 15))
    billing_day = desk.add_subscription(client, "Pro", Decimal("30"), start=date(2026, 3, 10), billing_day=20)
    return client, owner, user, anniversary, billing_day


@pytest.mark.parametrize("which, access_end", [("anniversary", date(2026, 12, 14)),
                                               ("billing_day", date(2026, 12, 31))])
def test_immediate_policy_ends_at_end_of_paid_period(open_desk, which, access_end):
    desk = open_desk(TODAY)
    desk.update_settings(client_cancellation="immediate", organisation_email="org@example.com")
    client, owner, _, anniversary, billing_day = _setup(desk)
    sub = anniversary if which == "anniversary" else billing_day
    request = desk.record_request(owner, subscription_id=sub, channel="phone")
    after = desk.subscription(sub)
    assert (after.status, after.access_end, after.cancelled_how) == ("cancelling", access_end, "client")
    assert desk.requests("pending") == []
    assert desk.request(request).status == "approved"
    assert {(e.event, e.audience, e.to[0]) for e in desk.outbox()} == {
        ("client_cancelled", "organisation", "org@example.com"), ("client_cancelled", "owner", "alice@example.com")}
    desk.run_lifecycle(date(2027, 2, 1))
    assert max(i.end for i in desk.subscription(sub).invoices) == access_end


def test_immediate_blocked_by_unpaid_invoice_waits_with_the_reason(open_desk):
    desk = open_desk(TODAY)
    desk.update_settings(client_cancellation="immediate")
    client, owner, _, sub, _ = _setup(desk, card=False)
    request = desk.record_request(owner, subscription_id=sub)
    pending = desk.requests("pending")
    assert [r.id for r in pending] == [request]
    assert "unpaid invoice" in pending[0].note
    assert desk.subscription(sub).status == "active"


def test_approval_policy_queues_and_notifies(open_desk):
    desk = open_desk(TODAY)
    client, owner, _, sub, _ = _setup(desk)
    request = desk.record_request(owner, subscription_id=sub, received=date(2026, 11, 13), message="Please stop")
    [view] = desk.requests("pending")
    assert (view.id, view.received, view.message, view.age_business_days) == (request, date(2026, 11, 13),
                                                                               "Please stop", 5)
    assert {(e.event, e.audience) for e in desk.outbox()} == {("client_asks_to_cancel", "organisation"),
                                                              ("client_asks_to_cancel", "owner")}
    assert desk.subscription(sub).status == "active"


def test_approve_without_final_date_ends_with_latest_invoice(open_desk):
    desk = open_desk(TODAY)
    _, owner, _, _, sub = _setup(desk)
    request = desk.record_request(owner, subscription_id=sub)
    options = desk.final_billing_options(request)
    assert options[0].final_billing_date is None and options[0].access_end == date(2026, 12, 31)
    assert [o.final_billing_date for o in options[1:3]] == [date(2026, 12, 20), date(2027, 1, 20)]
    desk.approve_request(request)
    after = desk.subscription(sub)
    assert (after.access_end, after.next_billing_date) == (date(2026, 12, 31), None)
    assert {(e.event, e.audience) for e in desk.outbox() if e.event == "request_approved"} == {
        ("request_approved", "owner"), ("request_approved", "manager")}


@pytest.mark.parametrize("final, access_end", [
    (date(2026, 12, 15), date(2027, 1, 14)),
    (date(2027, 3, 15), date(2027, 4, 14)),
])
def test_approve_with_final_billing_date(open_desk, final, access_end):
    desk = open_desk(TODAY)
    _, owner, _, sub, _ = _setup(desk)
    request = desk.record_request(owner, subscription_id=sub)
    desk.approve_request(request, final_billing_date=final)
    assert desk.subscription(sub).access_end == access_end
    desk.run_lifecycle(access_end)
    assert max(i.issued for i in desk.subscription(sub).invoices) == final
    desk.run_lifecycle(date(2027, 12, 1))
    assert max(i.issued for i in desk.subscription(sub).invoices) == final
    assert desk.request(request).final_billing_date == final


def test_approve_with_a_date_not_offered_is_refused(open_desk):
    desk = open_desk(TODAY)
    _, owner, _, sub, _ = _setup(desk)
    request = desk.record_request(owner, subscription_id=sub)
    before = snapshot(desk)
    with pytest.raises(RuleViolation, match="not a final billing date"):
        desk.approve_request(request, final_billing_date=date(2026, 12, 16))
    assert snapshot(desk) == before


def test_reject_needs_a_reason_and_notifies_owner_only(open_desk):
    desk = open_desk(TODAY)
    _, owner, _, sub, _ = _setup(desk)
    request = desk.record_request(owner, subscription_id=sub)
    before = snapshot(desk)
    with pytest.raises(RuleViolation, match="cannot be empty"):
        desk.reject_request(request, "  ")
    assert snapshot(desk) == before
    desk.reject_request(request, "Contract runs until March")
    assert desk.request(request).status == "rejected"
    assert [(e.audience, e.to[0]) for e in desk.outbox() if e.event == "request_rejected"] == [
        ("owner", "alice@example.com")]
    with pytest.raises(RuleViolation, match="already rejected"):
        desk.approve_request(request)


def test_hold_then_decide_directly(open_desk):
    desk = open_desk(TODAY)
    _, owner, _, sub, _ = _setup(desk)
    request = desk.record_request(owner, subscription_id=sub)
    desk.hold_request(request, "Need proof the requester may act for the account")
    assert desk.requests("pending") == [] and [r.id for r in desk.requests("waiting")] == [request]
    desk.approve_request(request)
    assert desk.subscription(sub).status == "cancelling"


def test_whole_account_request_only_from_primary_admin(open_desk):
    desk = open_desk(TODAY)
    client, owner, user, _, _ = _setup(desk)
    before = snapshot(desk)
    with pytest.raises(RuleViolation, match="Only the client's primary admin"):
        desk.record_request(user)
    assert snapshot(desk) == before
    request = desk.record_request(owner, message="We are closing down")
    desk.approve_request(request)
    view = desk.client(client)
    assert view.status == "closing" and view.card is None
    assert {s.status for s in desk.subscriptions(client)} == {"cancelling"}


def test_request_on_already_cancelled_subscription_is_refused(open_desk):
    desk = open_desk(TODAY)
    _, owner, _, sub, _ = _setup(desk)
    desk.cancel_subscription(sub, date(2027, 3, 1))
    before = snapshot(desk)
    with pytest.raises(RuleViolation, match="already cancelled"):
        desk.record_request(owner, subscription_id=sub)
    assert snapshot(desk) == before


def test_deciding_needs_a_manager(open_desk):
    desk = open_desk(TODAY)
    desk.add_staff("Sam", "sam@example.com", "staff")
    _, owner, _, sub, _ = _setup(desk)
    staff = open_desk(TODAY, user="sam@example.com")
    request = staff.record_request(owner, subscription_id=sub)  # staff may record
    for call in (lambda: staff.approve_request(request), lambda: staff.reject_request(request, "no"),
                 lambda: staff.hold_request(request, "wait")):
        with pytest.raises(PermissionDenied, match="manager"):
            call()
    assert desk.request(request).status == "pending"


@pytest.mark.parametrize("start, end, expected", [
    (date(2026, 11, 20), date(2026, 11, 23), 1),  # Friday -> Monday
    (date(2026, 11, 23), date(2026, 11, 23), 0),
    (date(2026, 11, 23), date(2026, 11, 30), 5),
    (date(2026, 11, 21), date(2026, 11, 22), 0),  # Saturday -> Sunday
    (date(2026, 12, 31), date(2027, 1, 4), 2),
])
def test_business_days(start, end, expected):
    assert business_days_between(start, end) == expected


@pytest.mark.parametrize("kind, extra, message", [
    ("trial", {"trial_end": date(2026, 12, 31)}, "trial account"),
    ("resold", {"reseller": "Partner SA"}, "reseller Partner SA"),
])
def test_whole_account_request_for_trial_or_resold_is_refused_at_once(open_desk, kind, extra, message):
    desk = open_desk(TODAY)
    client = desk.add_client("Acme", kind=kind, **extra)
    owner = desk.add_contact(client, "Alice", "alice@example.com", role="primary_admin")
    before = snapshot(desk)
    with pytest.raises(RuleViolation, match=message):
        desk.record_request(owner)
    assert snapshot(desk) == before


def test_recording_twice_for_the_same_subscription_is_refused_with_the_open_request(open_desk):
    desk = open_desk(TODAY)
    client, owner, user, sub, other = _setup(desk)
    first = desk.record_request(user, subscription_id=sub, channel="phone", received=date(2026, 11, 20))
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as refused:
        desk.record_request(owner, subscription_id=sub, channel="email")
    assert refused.value.code == "request_duplicate"
    assert refused.value.params["request"] == first and refused.value.params["received"] == date(2026, 11, 20)
    assert "already has a request for this, received on 20 November 2026" in str(refused.value)
    assert snapshot(desk) == before
    # Another subscription, or the whole account, is another request.
    desk.record_request(owner, subscription_id=other)
    whole = desk.record_request(owner)
    with pytest.raises(RuleViolation, match="already has a request"):
        desk.record_request(owner)
    # A waiting request is still open; a decided one is not.
    desk.hold_request(first, "Proof of authority, please")
    with pytest.raises(RuleViolation, match="waiting for the client"):
        desk.record_request(owner, subscription_id=sub)
    desk.reject_request(first, "Contract runs until March")
    assert desk.record_request(owner, subscription_id=sub) > whole
