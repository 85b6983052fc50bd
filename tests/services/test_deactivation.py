"""Deactivating an account (DESIGN.md §10) through the facade, on SQLite and PostgreSQL:
the day it becomes possible, the 14-day window, revoking, and the purge on day 14."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from deactivation_helpers import LAST_ACCESS, POSSIBLE, PURGE_ON, deactivate, ended_client
from purge_data import NAME, PERSONAL
from residue import file_bytes_mentioning, rows_mentioning
from snapshot import snapshot

from app.errors import RuleViolation
from app.listing import Listing, Query
from app.services.purge import COUNTED


def test_refused_the_day_before_the_last_access_end_is_over(open_desk, tmp_path):
    ids = ended_client(open_desk, tmp_path)
    desk = open_desk(LAST_ACCESS)
    desk.run_lifecycle()
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as refused:
        deactivate(desk, ids)
    assert refused.value.code == "deactivation_too_early"
    assert refused.value.params["day"] == POSSIBLE and refused.value.params["access_end"] == LAST_ACCESS
    assert "30 October 2026" in str(refused.value)
    assert desk.deactivate_blocker(ids["client"]) == refused.value
    assert snapshot(desk) == before


def test_allowed_on_the_first_day_after_and_hidden_from_lists(open_desk, tmp_path, db_url):
    ids = ended_client(open_desk, tmp_path)
    desk = open_desk(POSSIBLE)
    desk.run_lifecycle()
    assert desk.deactivate_blocker(ids["client"]) is None
    assert deactivate(desk, ids) == PURGE_ON
    assert desk.client(ids["client"]).status == "deactivating"
    [pending] = desk.pending_deactivations()
    assert (pending.client_id, pending.purge_on, pending.days_left, pending.revocable) == (
        ids["client"], PURGE_ON, 14, True)
    events = [e.event for e in desk.outbox() if e.status == "queued"]
    assert events.count("deactivation_scheduled") == 2  # the account owner and the account manager
    listing = Listing.open(db_url)
    try:
        assert listing.count_clients(Query(search="Zephyrine")) == 0
        assert listing.count_clients(Query(status="deactivating")) == 1
    finally:
        listing.close()


def test_revoke_on_day_13_restores_everything(open_desk, tmp_path):
    ids = ended_client(open_desk, tmp_path)
    desk = open_desk(POSSIBLE)
    desk.run_lifecycle()
    counts = desk.deletion_counts(ids["client"])
    deactivate(desk, ids)
    day13 = open_desk(PURGE_ON - timedelta(days=1))
    day13.run_lifecycle()
    assert day13.pending_deactivations()[0].days_left == 1
    day13.revoke_deactivation(ids["client"])
    assert day13.client(ids["client"]).status == "expired"
    after = day13.deletion_counts(ids["client"])
    assert {k: v for k, v in after.items() if k != "emails"} == {k: v for k, v in counts.items() if k != "emails"}
    assert after["emails"] == counts["emails"] + 4  # scheduled and revoked, each to owner and manager
    assert day13.pending_deactivations() == []
    later = open_desk(PURGE_ON + timedelta(days=30))
    later.run_lifecycle()
    assert later.tombstones() == [] and later.client(ids["client"]).name == NAME
    later.add_subscription(ids["client"], "Back again", "20", start=later.today)  # can buy again
    assert later.client(ids["client"]).status == "active"


def test_revoke_refused_on_the_purge_date(open_desk, tmp_path):
    ids = ended_client(open_desk, tmp_path)
    desk = open_desk(POSSIBLE)
    desk.run_lifecycle()
    deactivate(desk, ids)
    day14 = open_desk(PURGE_ON)
    before = snapshot(day14)
    with pytest.raises(RuleViolation) as refused:
        day14.revoke_deactivation(ids["client"])
    assert refused.value.code == "deactivation_too_late" and refused.value.params["day"] == PURGE_ON
    assert snapshot(day14) == before


def test_the_purge_on_day_14_deletes_everything(open_desk, tmp_path, db_url):
    ids = ended_client(open_desk, tmp_path)
    desk = open_desk(POSSIBLE)
    desk.run_lifecycle()
    counts = desk.deletion_counts(ids["client"])
    deactivate(desk, ids)
    day13 = open_desk(PURGE_ON - timedelta(days=1))
    assert "clients_purged" not in day13.run_lifecycle()
    assert day13.client(ids["client"]).status == "deactivating"
    day14 = open_desk(PURGE_ON)
    assert day14.run_lifecycle()["clients_purged"] == 1
    assert day14.run_lifecycle() == {}  # idempotent

    assert rows_mentioning(day14, PERSONAL) == []
    if db_url.startswith("sqlite"):
        assert file_bytes_mentioning(Path(day14.engine.url.database), PERSONAL) == []
    [tomb] = day14.tombstones()
    assert (tomb.client_id, tomb.deactivated_on, tomb.purged_on) == (ids["client"], POSSIBLE, PURGE_ON)
    assert tomb.approved_by == desk.me().email
    assert tomb.deletion_email == "not sent: no SMTP settings"
    assert {k: tomb.counts[k] for k in COUNTED} == {**counts, "emails": counts["emails"] + 2}
    timeline = day14.timeline(ids["client"])
    assert timeline[0].action == "client.purge"
    assert all("Zephyrine" not in e.summary for e in timeline)


def test_a_week_long_catch_up_purges_with_the_purge_date(open_desk, tmp_path):
    ids = ended_client(open_desk, tmp_path)
    desk = open_desk(POSSIBLE)
    desk.run_lifecycle()
    deactivate(desk, ids)
    late = open_desk(PURGE_ON + timedelta(days=20))
    assert late.run_lifecycle()["clients_purged"] == 1
    assert late.tombstones()[0].purged_on == PURGE_ON


def test_no_window_with_retention_zero(open_desk, tmp_path):
    ids = ended_client(open_desk, tmp_path)
    desk = open_desk(POSSIBLE)
    desk.update_settings(retention_days=0)
    desk.run_lifecycle()
    assert deactivate(desk, ids) == POSSIBLE
    assert desk.run_lifecycle()["clients_purged"] == 1
    assert [t.client_id for t in desk.tombstones()] == [ids["client"]]


def test_two_clients_due_the_same_day_are_both_purged_and_others_kept(open_desk, tmp_path):
    ids = ended_client(open_desk, tmp_path)
    desk = open_desk(POSSIBLE)
    desk.run_lifecycle()
    other = desk.add_client("Nobody Bought", email="nobody@else.test")
    owner = desk.add_contact(other, "Nora", "nora@else.test", role="primary_admin")
    keep = desk.add_client("Keeper Ltd", email="keeper@else.test")
    deactivate(desk, ids)
    desk.deactivate(other, reason="Never used", requester=owner, confirm_name="Nobody Bought", backup="skipped")
    day14 = open_desk(PURGE_ON)
    assert day14.run_lifecycle()["clients_purged"] == 2
    assert rows_mentioning(day14, ["Nobody Bought", "nora@else.test", *PERSONAL]) == []
    assert day14.client(keep).email == "keeper@else.test"


def test_purge_date_counts_from_the_deactivation_day(open_desk, tmp_path):
    ids = ended_client(open_desk, tmp_path)
    desk = open_desk(date(2026, 12, 25))
    desk.run_lifecycle()
    assert deactivate(desk, ids) == date(2027, 1, 8)
