"""Every refusal of deactivate / revoke_deactivation (DESIGN.md §10): the code, the
sentence's facts, and a database left exactly as it was."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from deactivation_helpers import POSSIBLE, deactivate, ended_client
from purge_data import NAME
from snapshot import snapshot

from app.errors import DeskError, PermissionDenied, RuleViolation

END = date(2026, 10, 29)


def _refused(desk, call, code, error=RuleViolation):
    before = snapshot(desk)
    with pytest.raises(error) as refused:
        call()
    assert refused.value.code == code, str(refused.value)
    assert snapshot(desk) == before
    return refused.value


def _ready(open_desk, tmp_path):
    ids = ended_client(open_desk, tmp_path)
    desk = open_desk(POSSIBLE)
    desk.run_lifecycle()
    return desk, ids


def _plain_client(desk, *, card=True, seats=1, end=END, owner=True):
    client = desk.add_client("Plain Ltd", email="plain@p.test")
    owner_id = None
    if owner:
        owner_id = desk.add_contact(client, "Olga", "olga@p.test", role="primary_admin", seat=seats >= 1)
    for n in range(1, seats):
        desk.add_contact(client, f"User {n}", f"u{n}@p.test", seat=True)
    if card:
        desk.add_card(client, "Visa", "4242", 12, 2030)
    desk.add_subscription(client, "Basic", Decimal("100"), period="annual", start=date(2025, 10, 30), end_date=end)
    return client, owner_id


@pytest.mark.parametrize("typed", [NAME + " ", NAME.lower(), NAME.upper(), "Zephyrine Quilbottom", " " + NAME,
                                   "Zephyrine  Quillbottom", "", None])
def test_typed_name_must_be_exact(open_desk, tmp_path, typed):
    desk, ids = _ready(open_desk, tmp_path)
    error = _refused(desk, lambda: deactivate(desk, ids, confirm_name=typed), "deactivation_confirm_name")
    assert NAME in str(error)


def test_only_a_manager_deactivates_and_revokes(open_desk, tmp_path):
    desk, ids = _ready(open_desk, tmp_path)
    desk.add_staff("Sam", "sam@desk.test", "staff")
    staff = open_desk(POSSIBLE, user="sam@desk.test")
    error = _refused(staff, lambda: deactivate(staff, ids), "permission", PermissionDenied)
    assert error.params["action"] == "deactivate" and "Deactivating an account needs a manager" in str(error)
    assert staff.deactivate_blocker(ids["client"]) == error
    deactivate(desk, ids)
    _refused(staff, lambda: staff.revoke_deactivation(ids["client"]), "permission", PermissionDenied)


def test_requester_must_be_the_account_owner(open_desk, tmp_path):
    desk, ids = _ready(open_desk, tmp_path)
    other = desk.add_contact(ids["client"], "Ivo Admin", "ivo@quill.test", role="admin")
    error = _refused(desk, lambda: deactivate(desk, ids, requester=other), "deactivation_requester")
    assert error.params["contact"] == "Ivo Admin" and error.params["owner"] == "Ottoline Brackwater"


def test_a_reason_and_a_backup_are_required(open_desk, tmp_path):
    desk, ids = _ready(open_desk, tmp_path)
    _refused(desk, lambda: deactivate(desk, ids, reason="  "), "deactivation_reason")
    _refused(desk, lambda: deactivate(desk, ids, backup=str(tmp_path / "missing.xlsx")), "deactivation_backup")
    _refused(desk, lambda: deactivate(desk, ids, backup=""), "deactivation_backup")
    export = tmp_path / "export.xlsx"
    export.write_bytes(b"verified elsewhere")
    deactivate(desk, ids, backup=str(export))
    assert desk.client(ids["client"]).status == "deactivating"


def test_refused_while_a_subscription_runs_with_no_end(open_desk, tmp_path):
    desk = open_desk(POSSIBLE)
    client, owner = _plain_client(desk, end=None)
    error = _refused(desk, lambda: desk.deactivate(client, reason="x", requester=owner, confirm_name="Plain Ltd",
                                                   backup="skipped"), "deactivation_running")
    assert error.params["n"] == 1


def test_refused_while_an_invoice_is_unpaid(open_desk, tmp_path):
    desk = open_desk(POSSIBLE)
    client, owner = _plain_client(desk, card=False)
    desk.run_lifecycle()
    before = snapshot(desk)
    with pytest.raises(DeskError) as refused:
        desk.deactivate(client, reason="x", requester=owner, confirm_name="Plain Ltd", backup="skipped")
    assert "unpaid invoice" in str(refused.value)
    assert snapshot(desk) == before
    assert desk.deactivate_blocker(client) == refused.value


def test_refused_with_too_many_active_seats(open_desk, tmp_path):
    desk = open_desk(POSSIBLE)
    client, owner = _plain_client(desk, seats=3)
    desk.run_lifecycle()
    before = snapshot(desk)
    with pytest.raises(DeskError) as refused:
        desk.deactivate(client, reason="x", requester=owner, confirm_name="Plain Ltd", backup="skipped")
    assert "3 active paid seats" in str(refused.value)
    assert snapshot(desk) == before


def test_refused_without_an_account_owner(open_desk, tmp_path):
    desk = open_desk(POSSIBLE)
    client, _ = _plain_client(desk, owner=False)
    desk.run_lifecycle()
    _refused(desk, lambda: desk.deactivate(client, reason="x", requester=0, confirm_name="Plain Ltd",
                                           backup="skipped"), "deactivation_no_owner")


def test_refused_twice_and_revoke_needs_a_pending_deactivation(open_desk, tmp_path):
    desk, ids = _ready(open_desk, tmp_path)
    _refused(desk, lambda: desk.revoke_deactivation(ids["client"]), "deactivation_none")
    purge_on = deactivate(desk, ids)
    error = _refused(desk, lambda: deactivate(desk, ids), "deactivation_already")
    assert error.params["day"] == purge_on
    assert desk.revoke_deactivation_blocker(ids["client"]) is None
    later = open_desk(purge_on + timedelta(days=1))
    assert later.revoke_deactivation_blocker(ids["client"]).code == "deactivation_too_late"
