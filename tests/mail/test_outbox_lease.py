"""The outbox after a crash: a sender killed (SIGKILL) after the server accepted an email
and before it recorded 'sent'. The email goes again exactly once, with the same
Message-ID: at once from the same workstation's next start, and within two minutes
(an injected clock) from another workstation's Desk — never while the lease runs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from test_delivery import Server

from app.desk import Desk
from app.mail.sender import LEASE

TODAY = date(2026, 12, 14)
CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from app.desk import Desk
    from app.mail import sender

    url, workstation, marker = sys.argv[1:4]

    def stuck(self, email_id, note):
        # The server has accepted the email; the process dies before recording it.
        Path(marker).write_text(str(email_id))
        time.sleep(600)

    sender.OutboxSender._record_sent = stuck
    desk = Desk.open(url)
    desk.workstation = workstation
    desk.deliver_outbox()
""")


@pytest.fixture
def server():
    server = Server()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def database(tmp_path, server) -> str:
    url = f"sqlite:///{tmp_path / 'outbox.sqlite3'}"
    with Desk.open(url, today=TODAY) as desk:
        desk.update_settings(smtp_host="127.0.0.1", smtp_port=server.port, smtp_security="none",
                             smtp_sender="Desk Ltd <desk@desk.test>")
        client = desk.add_client("Acme", email="billing@acme.test")
        owner = desk.add_contact(client, "Alice Martin", "alice@acme.test", role="primary_admin")
        request = desk.record_request(owner, received=TODAY, message="stop everything")
        desk.reject_request(request, "The contract runs until June")
        with desk.engine.begin() as conn:  # one email makes the counts plain
            conn.execute(text("DELETE FROM email WHERE id > (SELECT min(id) FROM email)"))
        assert [e.status for e in desk.outbox()] == ["queued"]
    return url


def _kill_while_sending(url: str, tmp_path: Path, server: Server, workstation: str) -> int:
    """Runs a sender in a subprocess and SIGKILLs it once the server has the email and
    before 'sent' is recorded; returns the email's id."""
    marker = tmp_path / "accepted"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen([sys.executable, "-c", CHILD, url, workstation, str(marker)], env=env)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the sender did not reach the point after the server accepted the email"
        assert len(server.handler.messages) == 1
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    return int(marker.read_text())


def _copies(server: Server) -> Counter[str]:
    return server.handler.by_message_id()


def _message_id(desk: Desk) -> str:
    with desk.engine.connect() as conn:
        return conn.execute(text("SELECT message_id FROM email")).scalar_one()


def test_another_workstation_sends_it_again_once_the_lease_has_lapsed(database, tmp_path, server):
    email_id = _kill_while_sending(database, tmp_path, server, "desk-a")
    killed_at = datetime.now()
    with Desk.open(database, today=TODAY) as other:
        other.workstation = "desk-b"
        [email] = other.outbox()
        assert (email.id, email.status) == (email_id, "sending")
        message_id = _message_id(other)

        other.now = lambda: killed_at + timedelta(seconds=30)  # the lease still runs
        assert other.deliver_outbox()["sent"] == 0
        assert _copies(server) == Counter({message_id: 1})

        other.now = lambda: killed_at + LEASE + timedelta(seconds=5)  # well within two minutes
        assert LEASE + timedelta(seconds=5) < timedelta(minutes=2)
        report = other.deliver_outbox()
        assert (report["recovered"], report["sent"]) == (1, 1)
        assert other.deliver_outbox()["sent"] == 0  # and never a third time
        [after] = other.outbox()
    assert _copies(server) == Counter({message_id: 2})
    assert (after.status, after.attempts) == ("sent", 2)


def test_the_same_workstation_sends_it_again_at_its_next_start(database, tmp_path, server):
    _kill_while_sending(database, tmp_path, server, "desk-a")
    with Desk.open(database, today=TODAY) as again:
        again.workstation = "desk-a"  # the clock is not moved: no waiting for the lease
        report = again.deliver_outbox()
        assert (report["recovered"], report["sent"]) == (1, 1)
        [email] = again.outbox()
        message_id = _message_id(again)
    assert _copies(server) == Counter({message_id: 2})
    assert email.status == "sent"


def test_a_live_sender_of_the_same_workstation_keeps_its_email(database, server):
    """Another process of this workstation that still runs is not taken over: its lease holds."""
    with Desk.open(database, today=TODAY) as desk, desk.engine.begin() as conn:
        conn.execute(text("UPDATE email SET status = 'sending', lease_owner = :owner, lease_until = :until"),
                     {"owner": f"desk-a:{os.getppid()}", "until": datetime.now() + LEASE})
    with Desk.open(database, today=TODAY) as again:
        again.workstation = "desk-a"
        assert again.deliver_outbox()["sent"] == 0
        assert [e.status for e in again.outbox()] == ["sending"]
    assert server.handler.messages == []


def test_the_heartbeat_keeps_the_lease_of_a_slow_send(database, server):
    from app.mail.sender import OutboxSender, SmtpConfig

    with Desk.open(database, today=TODAY) as desk:
        clock = {"now": datetime(2026, 12, 14, 9, 0)}
        sender = OutboxSender(desk._session_factory, SmtpConfig("127.0.0.1", server.port, "none", None, None,
                                                                "desk@desk.test"),
                              now=lambda: clock["now"], workstation="desk-a")
        claimed = sender._claim(set())
        assert claimed is not None
        clock["now"] += LEASE - timedelta(seconds=1)
        assert sender.heartbeat() == 1
        [email] = desk.outbox()
    with desk.engine.connect() as conn:
        until = conn.execute(text("SELECT lease_until FROM email")).scalar()
    assert str(until).startswith(str(clock["now"] + LEASE)[:19])
