"""Staff users: roles changed and people deactivated by administrators (DESIGN.md §12), on
SQLite and PostgreSQL; the logins' group memberships are in test_team_logins.py."""

from __future__ import annotations

import pytest

from app.cli import main
from app.errors import PermissionDenied, RuleViolation


def test_the_last_administrator_cannot_be_deactivated_or_demoted(desk):
    me = desk.me().id
    for change in (lambda: desk.deactivate_staff(me), lambda: desk.set_staff_role(me, "staff")):
        with pytest.raises(RuleViolation) as refusal:
            change()
        assert refusal.value.code == "staff_last_administrator"
    assert desk.me().role == "administrator" and [s.active for s in desk.staff()] == [True]


def test_a_deactivated_staff_user_can_no_longer_be_acted_as(desk, open_desk):
    sam = desk.add_staff("Sam", "sam@team.test", "staff")
    desk.deactivate_staff(sam)
    with pytest.raises(PermissionDenied) as refusal:
        open_desk(user="sam@team.test")
    assert refusal.value.code == "not_staff"
    assert desk.timeline()[0].action == "staff.deactivate"


def test_a_role_change_is_audited_and_takes_effect_at_the_next_open(desk, open_desk):
    sam = desk.add_staff("Sam", "sam@team.test", "staff")
    desk.set_staff_role(sam, "manager")
    event = desk.timeline()[0]
    assert (event.action, event.summary) == ("staff.role", "Staff user Sam is now manager")
    assert open_desk(user="sam@team.test").permission("void_invoice") is None


def test_only_administrators_change_staff_users(desk, open_desk):
    sam = desk.add_staff("Sam", "sam@team.test", "manager")
    manager = open_desk(user="sam@team.test")
    for change in (lambda: manager.set_staff_role(sam, "administrator"), lambda: manager.deactivate_staff(sam)):
        with pytest.raises(PermissionDenied) as refusal:
            change()
        assert refusal.value.params["action"] == "edit_staff"


def test_the_staff_command_adds_changes_and_deactivates(db_url, desk, capsys):
    assert main(["staff", "add", "Sam Wu", "sam@team.test", "staff", "--db", db_url]) == 0
    sam = next(s.id for s in desk.staff() if s.email == "sam@team.test")
    assert main(["staff", "role", str(sam), "manager", "--db", db_url]) == 0
    assert main(["staff", "deactivate", str(sam), "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "sam@team.test" in out and "(deactivated)" in out
    assert [(s.role, s.active) for s in desk.staff() if s.id == sam] == [("manager", False)]
    assert main(["staff", "deactivate", str(desk.me().id), "--db", db_url]) == 2
    assert "last active administrator" in capsys.readouterr().err
