"""The purge itself (DESIGN.md §10): every row of the client gone, a tombstone without
personal data, scrubbed audit events, nothing readable left in the SQLite file."""

from __future__ import annotations

from datetime import date

from purge_data import NAME, PERSONAL, add_rich_client
from residue import file_bytes_mentioning, rows_mentioning
from sqlalchemy import select

from app import models as m
from app.services.purge import COUNTED, make_unreadable, owned_tables, purge_client

TODAY = date(2027, 3, 1)


def _purge(desk, client_id):
    with desk._uow() as uow:
        tomb = purge_client(uow, uow.session.get(m.Client, client_id), reason="deactivation",
                            approved_by="boss@desk.test", deactivated_on=date(2027, 2, 15), mailer=None)
        uow.commit()
        tomb_id = tomb.id
    make_unreadable(desk.engine)
    return tomb_id


def test_every_table_with_client_rows_is_purged(open_desk):
    """The delete list comes from the schema: each table with a client_id (or hanging from
    one) is in it, the kept ones are not."""
    names = {t.name for t, _ in owned_tables(1)}
    assert {"contact", "card", "subscription", "activity", "invoice", "credit_note", "refund",
            "payment_attempt", "cancellation_request", "pause", "closure", "deactivation", "note",
            "attachment", "email"} <= names
    assert not names & {"client", "audit_event", "tombstone", "staff_user"}


def test_purge_deletes_everything_and_leaves_a_tombstone(open_desk, tmp_path, db_url):
    desk = open_desk(date(2026, 1, 30))
    ids = add_rich_client(desk, tmp_path)
    other = desk.add_client("Untouched Co", email="keep@other.test")
    assert rows_mentioning(desk, PERSONAL)  # the search does find the data before
    _purge(desk, ids["client"])

    assert rows_mentioning(desk, PERSONAL) == []
    if db_url.startswith("sqlite"):
        db_file = desk.engine.url.database
        from pathlib import Path
        assert file_bytes_mentioning(Path(db_file), PERSONAL) == []
    with desk.engine.connect() as conn:
        tomb = conn.execute(select(m.Tombstone)).one()
        events = conn.execute(select(m.AuditEvent).where(m.AuditEvent.client_id == ids["client"])).all()
    assert tomb.client_id == ids["client"] and tomb.approved_by == "boss@desk.test"
    assert tomb.deletion_email == "not sent: no SMTP settings"
    assert tomb.counts["contacts"] == 2 and tomb.counts["notes"] == 1 and tomb.counts["files"] == 1
    assert set(COUNTED) <= set(tomb.counts)
    assert tomb.counts["emails"] >= 2 and tomb.counts["invoices"] >= 2
    assert len(events) > 5 and all(e.before is None for e in events if e.action != "client.purge")
    assert desk.client(other).name == "Untouched Co"


def test_purged_id_is_never_given_again(open_desk, tmp_path):
    desk = open_desk(date(2026, 1, 30))
    ids = add_rich_client(desk, tmp_path)
    _purge(desk, ids["client"])
    again = desk.add_client("Newcomer")
    assert again != ids["client"]
    assert [e.action for e in desk.timeline(again)] == ["client.add"]


def test_a_search_finds_the_client_before_and_not_after(open_desk, tmp_path, db_url):
    desk = open_desk(date(2026, 1, 30))
    ids = add_rich_client(desk, tmp_path)
    assert any(v == NAME for _, _, v in rows_mentioning(desk, [NAME]))
    _purge(desk, ids["client"])
    assert rows_mentioning(desk, [NAME]) == []
