"""A 0001 database is upgraded in place to the head (search keys, import columns, account
columns, the outbox lease), on SQLite and PostgreSQL, and an email left 'sending' by the
older version is still taken back once due."""

from __future__ import annotations

from datetime import date, datetime

from desk_fixtures import at_revision
from sqlalchemy import text

import app.db
from app.desk import Desk
from app.mail.sender import OutboxSender, SmtpConfig
from app.schema_version import HEAD


def _at_0001(url: str) -> None:
    with at_revision(url, "0001_initial") as conn:
        conn.execute(text(
            "INSERT INTO email (event, audience, \"to\", subject, body, language, message_id, status, attempts, "
            "next_attempt, created) VALUES ('card_expiring', 'owner', '[\"a@b.test\"]', 's', 'b', 'en', "
            "'<m1@desk.test>', 'sending', 1, :due, :due)"), {"due": datetime(2026, 11, 1, 9, 0)})


def test_a_0001_database_is_upgraded_and_its_stuck_email_recovered(db_url):
    _at_0001(db_url)
    with Desk.open(db_url, today=date(2026, 11, 30)) as desk:
        assert app.db.current_revision(desk.engine) == HEAD
        config = SmtpConfig("127.0.0.1", 9, "none", None, None, "desk@desk.test")
        sender = OutboxSender(desk._session_factory, config, now=lambda: datetime(2026, 11, 30, 9, 0),
                              workstation="desk-b")
        assert sender.recover_interrupted() == 1
        [email] = desk.outbox()
        assert email.status == "queued"
