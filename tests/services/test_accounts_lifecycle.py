"""The pause lifecycle (§8, §11): lock, 30-day reminder, purge; catch-up equals daily."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.desk import Desk
from app.models import Client, Deactivation, Pause, Tombstone

START = date(2026, 6, 1)


def _paused(desk, *, keep_data=True):
    client = desk.add_client("Acme Ltd", email="acme@example.com")
    owner = desk.add_contact(client, "Alice", "alice@example.com", role="primary_admin", seat=True)
    desk.add_card(client, "Visa", "4242", 12, 2030)
    desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 5, 1))
    desk.pause(client, owner, reason="Summer", resume_in_months=3, category="seasonal", keep_data=keep_data,
               confirm_name=None if keep_data else "Acme Ltd")
    return client


@pytest.mark.parametrize(("day", "reminded"), [
    (date(2027, 5, 1), False),  # the day before the reminder (purge on 2027-06-01)
    (date(2027, 5, 2), True),  # 30 days before the purge
    (date(2027, 5, 3), True),
])
def test_reminder_thirty_days_before_a_kept_data_purge(open_desk, day, reminded):
    desk = open_desk(START)
    _paused(desk)
    desk.run_lifecycle(day)
    assert [e.event for e in desk.outbox()].count("pause_purge_reminder") == (2 if reminded else 0)
    desk.run_lifecycle(day + timedelta(days=3))  # once only
    assert [e.event for e in desk.outbox()].count("pause_purge_reminder") == 2


def test_no_reminder_and_no_purge_after_resuming(open_desk):
    desk = open_desk(START)
    client = _paused(desk)
    desk = open_desk(date(2026, 9, 1))
    desk.resume(client, brand="Visa", last4="1111", exp_month=1, exp_year=2031)
    desk.run_lifecycle(date(2027, 7, 1))
    assert "pause_purge_reminder" not in [e.event for e in desk.outbox()]
    assert desk.client(client).status == "active"


@pytest.mark.parametrize(("day", "purged"), [
    (date(2027, 5, 31), False),  # the day before one year
    (date(2027, 6, 1), True),  # one year after the pause began
    (date(2027, 6, 2), True),
])
def test_kept_data_is_purged_one_year_after_the_pause_began(open_desk, day, purged):
    desk = open_desk(START)
    client = _paused(desk)
    desk.run_lifecycle(day)
    with desk.session() as s:
        assert (s.scalar(select(Tombstone).where(Tombstone.client_id == client)) is not None) is purged
        row = s.get(Client, client)
        assert row is None or (row.status == "purged") is purged


@pytest.mark.parametrize(("day", "purged"), [
    (date(2026, 6, 5), False),  # the last day of grace: export still possible
    (date(2026, 6, 6), True),  # the grace end
    (date(2026, 6, 7), True),
])
def test_without_kept_data_the_purge_is_at_the_grace_end(open_desk, day, purged):
    desk = open_desk(START)
    client = _paused(desk, keep_data=False)
    desk.run_lifecycle(day)
    with desk.session() as s:
        tomb = s.scalar(select(Tombstone).where(Tombstone.client_id == client))
        assert (tomb is not None) is purged
        if purged:
            assert tomb.approved_by == desk.me().email


def _state(desk):
    with desk.session() as s:
        return {
            "clients": s.execute(select(Client.id, Client.status).order_by(Client.id)).all(),
            "pauses": s.execute(select(Pause.id, Pause.reminder_sent).order_by(Pause.id)).all(),
            "deactivations": s.execute(select(Deactivation.client_id, Deactivation.requested,
                                              Deactivation.purge_on, Deactivation.approved_by)).all(),
            "tombstones": s.execute(select(Tombstone.client_id, Tombstone.purged_on, Tombstone.approved_by,
                                           Tombstone.counts)).all(),
            "emails": sorted((e.event, tuple(e.to)) for e in desk.outbox()),
        }


def _others(desk):
    """A pause without kept data (purged at its grace end) and a closure that deactivates."""
    gone = desk.add_client("Gone Co")
    owner = desk.add_contact(gone, "Gina", "gina@example.com", role="primary_admin")
    desk.add_subscription(gone, "Team", Decimal("10"), start=date(2026, 5, 3))
    desk.pause(gone, owner, reason="Stop", resume_in_months=1, category="other", keep_data=False,
               confirm_name="Gone Co")
    closing = desk.add_client("Closing Co")
    owner = desk.add_contact(closing, "Carla", "carla@example.com", role="primary_admin")
    desk.add_card(closing, "Visa", "4242", 12, 2030)
    desk.add_subscription(closing, "Team", Decimal("10"), start=date(2026, 5, 20))
    desk.close_account(closing, owner, reason="Leaving", deactivate_when_ended=True, confirm_name="Closing Co")


def test_catch_up_at_once_equals_one_run_per_day(tmp_path):
    daily = Desk.open(f"sqlite:///{tmp_path / 'daily.sqlite3'}", today=START)
    once = Desk.open(f"sqlite:///{tmp_path / 'once.sqlite3'}", today=START)
    try:
        for desk in (daily, once):
            _paused(desk)
            _others(desk)
        end = date(2027, 5, 20)  # past the lock and the reminder, before the purge
        day = START
        while day <= end:
            daily.run_lifecycle(day)
            day += timedelta(days=1)
        once.run_lifecycle(end)
        assert _state(daily) == _state(once)
        state = _state(once)
        assert state["clients"][0][1] == "locked"
        assert [t[0] for t in state["tombstones"]] == [2, 3]  # the pause at its grace end, the closure
        # Purged at the grace end; and 14 days after the day the closed account's subscription ended.
        assert [t[1] for t in state["tombstones"]] == [date(2026, 6, 6), date(2026, 7, 4)]
    finally:
        daily.close()
        once.close()
