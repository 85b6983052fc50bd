"""Who may do what, asked once (app/permissions.py): the services refuse with it and the
facade answers the window's `permission` and `revoke_blocker` reads with the same refusal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from snapshot import snapshot

from app.errors import PermissionDenied, RuleViolation
from app.permissions import ACTION_ROLES, RANK, refusal

TODAY = date(2026, 11, 22)


def _cancelled_sub(desk):
    client = desk.add_client("Acme", email="acme@example.com")
    desk.add_contact(client, "Alice", "alice@example.com", role="primary_admin", seat=True)
    desk.add_card(client, "Visa", "4242", 12, 2030)
    sub = desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 15))
    desk.cancel_subscription(sub, date(2027, 1, 1))
    return sub


@pytest.mark.parametrize("held", list(RANK))
@pytest.mark.parametrize("action", list(ACTION_ROLES))
def test_the_table_allows_a_role_at_or_above_the_one_named(held, action):
    denied = refusal(held, action)
    if RANK[held] >= RANK[ACTION_ROLES[action]]:
        assert denied is None
    else:
        assert denied == PermissionDenied("permission", action=action, needed=ACTION_ROLES[action], held=held)
        assert str(denied).endswith(f"Ask {'an administrator' if ACTION_ROLES[action] == 'administrator' else 'a manager'} to do it.")


def test_an_action_not_in_the_table_is_open_to_every_staff_user():
    assert refusal("staff", "cancel_subscription") is None


def test_desk_permission_answers_for_the_signed_in_role(open_desk):
    admin = open_desk(TODAY)
    admin.add_staff("Sam", "sam@example.com", "staff")
    admin.add_staff("Mia", "mia@example.com", "manager")
    staff = open_desk(TODAY, user="sam@example.com")
    manager = open_desk(TODAY, user="mia@example.com")
    assert admin.permission("edit_settings") is None
    assert manager.permission("decide_request") is None
    denied = manager.permission("edit_settings")
    assert (denied.code, denied.params["needed"], denied.params["held"]) == ("permission", "administrator", "manager")
    assert staff.permission("void_invoice").params["needed"] == "manager"
    # The service raises exactly what the read said.
    with pytest.raises(PermissionDenied) as raised:
        manager.update_settings(max_seats_to_cancel=3)
    assert raised.value == denied


def test_revoke_blocker_says_role_then_policy_then_status_and_revoke_raises_it(open_desk):
    desk = open_desk(TODAY)
    desk.add_staff("Sam", "sam@example.com", "staff")
    sub = _cancelled_sub(desk)
    staff = open_desk(TODAY, user="sam@example.com")
    before = snapshot(desk)

    by_staff = staff.revoke_blocker(sub)
    assert isinstance(by_staff, PermissionDenied) and by_staff.params["action"] == "revoke_cancellation"
    with pytest.raises(PermissionDenied) as raised:
        staff.revoke_cancellation(sub)
    assert raised.value == by_staff

    policy_off = desk.revoke_blocker(sub)
    assert policy_off == RuleViolation("revoke_policy_off")
    with pytest.raises(RuleViolation) as raised:
        desk.revoke_cancellation(sub)
    assert raised.value == policy_off
    assert snapshot(desk) == before

    desk.update_settings(allow_revoke_cancellation=True)
    assert desk.revoke_blocker(sub) is None
    desk.revoke_cancellation(sub)
    assert desk.revoke_blocker(sub) == RuleViolation("revoke_not_cancelled", status="active")
    assert "is active, not cancelled" in str(desk.revoke_blocker(sub))


def test_void_blocker_is_the_refusal_void_raises_with_typed_amounts(open_desk):
    desk = open_desk(TODAY)
    desk.add_staff("Sam", "sam@example.com", "staff")
    sub = _cancelled_sub(desk)
    staff = open_desk(TODAY, user="sam@example.com")
    assert staff.void_blocker(sub) == PermissionDenied("permission", action="void_invoice", needed="manager",
                                                       held="staff")
    assert desk.void_blocker(sub) is None
    with pytest.raises(RuleViolation) as raised:
        desk.void_latest_invoice(sub, refund="100")
    assert raised.value.code == "refund_too_much"
    assert raised.value.params == {"refund": Decimal("100.00"), "paid": Decimal("49.00")}
    assert str(raised.value) == ("The refund 100.00 is more than what was paid on this invoice (49.00); "
                                 "refund at most 49.00.")


def test_decide_blocker_says_role_then_status_and_the_decisions_raise_it(open_desk):
    desk = open_desk(TODAY)
    desk.add_staff("Sam", "sam@example.com", "staff")
    client = desk.add_client("Acme", email="acme@example.com")
    owner = desk.add_contact(client, "Alice", "alice@example.com", role="primary_admin", seat=True)
    desk.add_card(client, "Visa", "4242", 12, 2030)
    sub = desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 15))
    request = desk.record_request(owner, subscription_id=sub)
    staff = open_desk(TODAY, user="sam@example.com")

    assert desk.decide_blocker(request) is None
    denied = staff.decide_blocker(request)
    assert denied == PermissionDenied("permission", action="decide_request", needed="manager", held="staff")
    with pytest.raises(PermissionDenied) as raised:
        staff.approve_request(request)
    assert raised.value == denied

    desk.reject_request(request, "The contract runs until June.")
    decided = desk.decide_blocker(request)
    assert decided == RuleViolation("request_already_decided", status="rejected")
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as raised:
        desk.approve_request(request)
    assert raised.value == decided and "already rejected" in str(decided)
    assert snapshot(desk) == before
