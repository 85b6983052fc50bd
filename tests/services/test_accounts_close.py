"""Closing an account (DESIGN.md §9) through the facade, and the closure lifecycle."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from snapshot import snapshot
from sqlalchemy import select

from app.errors import PermissionDenied, RuleViolation
from app.models import Deactivation

TODAY = date(2026, 10, 20)


def _client(desk, *, kind="direct", seats=1, **extra):
    client = desk.add_client("Acme Ltd", email="acme@example.com", kind=kind, **extra)
    owner = desk.add_contact(client, "Alice", "alice@example.com", role="primary_admin", seat=seats >= 1)
    other = desk.add_contact(client, "Bob", "bob@example.com", role="admin", seat=seats >= 2)
    for n in range(2, seats):
        desk.add_contact(client, f"User {n}", f"user{n}@example.com", seat=True)
    if kind == "direct":
        desk.add_card(client, "Visa", "4242", 12, 2030)
    return client, owner, other


def test_close_ends_each_subscription_at_the_end_of_its_term(open_desk):
    desk = open_desk(TODAY)
    client, owner, _ = _client(desk)
    monthly = desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 30))
    annual = desk.add_subscription(client, "Yearly", Decimal("400"), period="annual", start=date(2026, 3, 1))
    closure = desk.close_account(client, owner, reason="Moving to another tool", session=date(2026, 10, 22))
    assert closure > 0
    assert desk.client(client).status == "closing"
    assert desk.client(client).card is None
    assert (desk.subscription(monthly).status, desk.subscription(monthly).access_end) == ("cancelling",
                                                                                        date(2026, 10, 29))
    assert desk.subscription(annual).access_end == date(2027, 2, 28)
    assert any(e.event == "closure_scheduled" for e in desk.outbox())
    desk.run_lifecycle(date(2027, 3, 1))
    assert desk.client(client).status == "expired"


@pytest.mark.parametrize(("kind", "extra", "code", "words"), [
    ("trial", {"trial_end": date(2026, 11, 30)}, "close_trial",
     "it simply expires on 30 November 2026 and is never billed unless converted"),
    ("resold", {"reseller": "Resell Ltd"}, "close_resold", "managed by the reseller Resell Ltd; the account is closed"),
])
def test_trial_and_resold_are_not_closed_here(open_desk, kind, extra, code, words):
    desk = open_desk(TODAY)
    client, owner, _ = _client(desk, kind=kind, **extra)
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as refused:
        desk.close_account(client, owner, reason="x")
    assert refused.value.code == code and words in str(refused.value)
    assert desk.close_blocker(client) == refused.value
    assert snapshot(desk) == before


def test_a_contact_who_is_not_the_primary_admin_is_refused(open_desk):
    desk = open_desk(TODAY)
    client, _, other = _client(desk)
    desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 30))
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as refused:
        desk.close_account(client, other, reason="x")
    assert refused.value.code == "close_not_owner"
    assert snapshot(desk) == before


def test_unpaid_invoices_and_too_many_seats_refuse_as_for_a_cancellation(open_desk):
    desk = open_desk(TODAY)
    client, owner, _ = _client(desk, seats=3)
    desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 30))
    before = snapshot(desk)
    with pytest.raises(RuleViolation, match="3 active paid seats and at most 2"):
        desk.close_account(client, owner, reason="x")
    assert snapshot(desk) == before


def test_closing_twice_or_a_paused_account_is_refused(open_desk):
    desk = open_desk(TODAY)
    client, owner, _ = _client(desk)
    desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 30))
    desk.close_account(client, owner, reason="x", session="declined")
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as refused:
        desk.close_account(client, owner, reason="x")
    assert str(refused.value) == "Acme Ltd is already closing."
    assert snapshot(desk) == before


@pytest.mark.parametrize(("kwargs", "error", "code"), [
    ({"reason": ""}, RuleViolation, "close_reason_required"),
    ({"session": "maybe"}, RuleViolation, "close_session_invalid"),
    ({"session": date(2026, 10, 19)}, RuleViolation, "close_session_past"),
    ({"deactivate_when_ended": True, "confirm_name": "Acme"}, RuleViolation, "typed_name_mismatch"),
])
def test_bad_input_changes_nothing(open_desk, kwargs, error, code):
    desk = open_desk(TODAY)
    client, owner, _ = _client(desk)
    desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 30))
    values = {"reason": "Too expensive", **kwargs}
    before = snapshot(desk)
    with pytest.raises(error) as refused:
        desk.close_account(client, owner, **values)
    assert refused.value.code == code
    assert snapshot(desk) == before


def test_deactivate_when_ended_needs_a_manager(open_desk):
    desk = open_desk(TODAY)
    desk.add_staff("Sam", "sam@example.com", "staff")
    client, owner, _ = _client(desk)
    desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 30))
    staff = open_desk(TODAY, user="sam@example.com")
    before = snapshot(staff)
    with pytest.raises(PermissionDenied):
        staff.close_account(client, owner, reason="x", deactivate_when_ended=True, confirm_name="Acme Ltd")
    assert snapshot(staff) == before


@pytest.mark.parametrize(("day", "deactivated"), [
    (date(2026, 10, 29), False),  # the last day of access
    (date(2026, 10, 30), True),  # the day every subscription has ended (§10's example)
    (date(2026, 10, 31), True),
])
def test_deactivation_is_scheduled_the_day_every_subscription_has_ended(open_desk, day, deactivated):
    desk = open_desk(TODAY)
    client, owner, _ = _client(desk)
    desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 30))
    desk.close_account(client, owner, reason="x", deactivate_when_ended=True, confirm_name="Acme Ltd")
    desk.run_lifecycle(day)
    assert (desk.client(client).status == "deactivating") is deactivated
    desk.run_lifecycle(date(2026, 11, 5))
    with desk.session() as s:
        rows = s.scalars(select(Deactivation).where(Deactivation.client_id == client)).all()
        # Once, dated the day everything ended, approved by the manager who confirmed the closure.
        assert [(r.requested, r.purge_on, r.approved_by, r.backup) for r in rows] == [
            (date(2026, 10, 30), date(2026, 11, 13), desk.me().email, "skipped")]


def test_the_deactivation_checks_run_again_on_that_day(open_desk):
    desk = open_desk(TODAY)
    client, owner, _ = _client(desk)
    desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 30))
    desk.close_account(client, owner, reason="x", deactivate_when_ended=True, confirm_name="Acme Ltd")
    desk.add_contact(client, "Carl", "carl@example.com", seat=True)
    desk.add_contact(client, "Dora", "dora@example.com", seat=True)  # 3 seats by then
    desk.run_lifecycle(date(2026, 11, 1))
    assert desk.client(client).status == "expired"
    assert "client.close_deactivation_refused" in [e.action for e in desk.timeline(client)]


def test_closing_a_purged_account_is_refused(open_desk):
    desk = open_desk(TODAY)
    client, owner, _ = _client(desk)
    desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 30))
    desk.pause(client, owner, reason="Stop", resume_in_months=1, category="budget", keep_data=False,
               confirm_name="Acme Ltd")
    desk.run_lifecycle(date(2026, 10, 25))  # the grace end: purged
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as refused:
        desk.close_account(client, owner, reason="x")
    assert refused.value.code in ("not_found", "close_already")
    assert snapshot(desk) == before


def test_revoking_a_closure_needs_the_policy_and_restores_billing(open_desk):
    desk = open_desk(TODAY)
    client, owner, _ = _client(desk)
    sub = desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 30))
    desk.close_account(client, owner, reason="x", deactivate_when_ended=True, confirm_name="Acme Ltd")
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as refused:
        desk.revoke_closure(client)
    assert refused.value.code == "closure_revoke_policy"
    assert snapshot(desk) == before
    desk.update_settings(allow_revoke_cancellation=True)
    desk.revoke_closure(client)
    assert desk.client(client).status == "active"
    assert (desk.subscription(sub).status, desk.subscription(sub).access_end) == ("active", None)
    assert any(e.event == "closure_revoked" for e in desk.outbox())
    desk.run_lifecycle(date(2026, 11, 5))  # no deactivation: the closure was revoked
    assert desk.client(client).status == "active"
    assert desk.revoke_closure_blocker(client).code == "closure_none"


def test_the_client_detail_says_which_account_actions_are_allowed_and_why_not(open_desk):
    desk = open_desk(TODAY)
    client, owner, _ = _client(desk)
    desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 30))
    actions = desk.client_detail(client).actions
    assert (actions["pause"], actions["close"]) == (None, None)
    assert actions["resume"].code == "resume_state" and actions["revoke_closure"].code == "closure_none"
    trial, _, _ = _client(desk, kind="trial", trial_end=date(2026, 11, 30))
    detail = desk.client_detail(trial)
    assert detail.actions["pause"].code == "pause_trial"
    assert detail.actions["close"] is None  # the wizard's page explains and offers to convert
