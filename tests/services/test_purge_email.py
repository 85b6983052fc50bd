"""The account-deletion email (DESIGN.md §7, §10): attempted once over SMTP on the purge
day before the data goes, in the owner's language; a failure or no SMTP settings does not
stop the purge and is recorded on the tombstone; never left in the outbox."""

from __future__ import annotations

import socket
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from deactivation_helpers import POSSIBLE, PURGE_ON, deactivate, ended_client
from purge_data import PERSONAL
from residue import rows_mentioning


class Recorder:
    def __init__(self) -> None:
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd hook)
        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content, policy=policy.default)))
        return "250 Message accepted for delivery"


class Server:
    def __init__(self) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.handler = Recorder()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, ready_timeout=5)


@pytest.fixture
def smtp_server():
    server = Server()
    server.controller.start()
    yield server
    server.controller.stop()


def _to_purge_day(open_desk, tmp_path, **smtp):
    ids = ended_client(open_desk, tmp_path)
    desk = open_desk(POSSIBLE)
    if smtp:
        desk.update_settings(**smtp)
    desk.run_lifecycle()
    deactivate(desk, ids)
    return ids, open_desk(PURGE_ON)


def test_deletion_email_sent_once_in_the_owner_language(open_desk, tmp_path, smtp_server):
    ids, day14 = _to_purge_day(open_desk, tmp_path, smtp_host="127.0.0.1", smtp_port=smtp_server.port,
                               smtp_security="none")
    assert day14.run_lifecycle()["clients_purged"] == 1
    [(to, message)] = smtp_server.handler.messages
    assert to == ["ottoline@quill.test"]
    assert message["Subject"].startswith("Les données de votre compte ont été supprimées")
    assert day14.tombstones()[0].deletion_email == "sent"
    assert all(e.event != "account_deleted" for e in day14.outbox())
    assert rows_mentioning(day14, PERSONAL) == []
    day14.run_lifecycle()
    assert len(smtp_server.handler.messages) == 1


def test_unreachable_server_purges_anyway_and_records_it(open_desk, tmp_path):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    ids, day14 = _to_purge_day(open_desk, tmp_path, smtp_host="127.0.0.1", smtp_port=port, smtp_security="none")
    assert day14.run_lifecycle()["clients_purged"] == 1
    assert day14.tombstones()[0].deletion_email == "failed"
    assert rows_mentioning(day14, PERSONAL) == []


def test_without_smtp_settings_the_purge_goes_on(open_desk, tmp_path):
    ids, day14 = _to_purge_day(open_desk, tmp_path)
    assert day14.run_lifecycle()["clients_purged"] == 1
    assert day14.tombstones()[0].deletion_email == "not sent: no SMTP settings"
    assert list(Path(tmp_path).rglob("*.eml")) == []
