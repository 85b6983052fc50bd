"""Delivering the outbox to a real SMTP server (aiosmtpd on 127.0.0.1)."""

from __future__ import annotations

import re
import smtplib
import socket
from collections import Counter
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage

import keyring
import pytest
from aiosmtpd.controller import Controller
from keyring.backends import fail
from memory_keyring import MemoryKeyring

from app import secrets
from app.errors import RuleViolation
from app.mail.sender import OutboxSender, SmtpConfig, build_message, retry_now, save_eml, smtp_config

SENDER = "Desk Ltd <desk@desk.test>"
MINUTE = timedelta(minutes=1)


class Recorder:
    """An aiosmtpd handler keeping what it accepted; `refuse` maps a recipient to a reply."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], EmailMessage]] = []
        self.refuse: dict[str, str] = {}
        self.rcpt_tried: Counter[str] = Counter()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 (aiosmtpd hook)
        self.rcpt_tried[address] += 1
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd hook)
        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content, policy=policy.default)))
        return "250 Message accepted for delivery"

    def by_message_id(self) -> Counter[str]:
        return Counter(message["Message-ID"] for _, message in self.messages)


class Server:
    """A real SMTP server that can be stopped and started again on the same port."""

    def __init__(self) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.handler = Recorder()
        self._controller: Controller | None = None

    def start(self) -> None:
        self._controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, ready_timeout=5)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def server():
    server = Server()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def clock(desk):
    return Clock(desk.now)


def make_sender(desk, server, clock, **options) -> OutboxSender:
    config = SmtpConfig("127.0.0.1", server.port, "none", None, None, SENDER)
    return OutboxSender(desk.session_factory, config, now=clock, timeout=5, **options)


def test_queued_emails_arrive_with_their_recipients_subject_language_and_message_id(desk, server, clock):
    ids = desk.queue("staff_cancelled", desk.acme, subscription="Gold") + desk.queue("card_expiring", desk.bob)

    report = make_sender(desk, server, clock).deliver_due()

    assert (report.sent, report.retrying, report.failed, report.errors) == (4, 0, 0, [])
    received = {message["Message-ID"]: (rcpt, message) for rcpt, message in server.handler.messages}
    for email in desk.outbox():
        assert email.id in ids
        rcpt, message = received[email.message_id]
        assert rcpt == email.to and message["To"] == email.to[0]
        assert message["Subject"] == email.subject and message["From"] == SENDER
        assert message.get_content().replace("\r\n", "\n") == email.body  # CRLF on the wire
        assert (email.status, email.attempts, email.sent, email.next_attempt) == ("sent", 1, clock.now, None)
    by_address = {rcpt[0]: message for rcpt, message in server.handler.messages}
    assert by_address[desk.owner]["Subject"].startswith("Un abonnement a été résilié")
    assert re.search(r"[\u4e00-\u9fff]", by_address[desk.manager_email].get_content())
    assert by_address[desk.organisation]["Content-Language"] == "en"


def test_refused_recipients_stay_queued_with_back_off_and_are_delivered_once_later(desk, server, clock):
    ids = desk.queue("staff_cancelled", desk.acme) + desk.queue("staff_cancelled", desk.bob)
    server.handler.refuse = {desk.owner: "451 4.3.0 Mailbox busy, try later",
                             desk.manager_email: "550 5.1.1 No such user"}
    sender = make_sender(desk, server, clock)

    report = sender.deliver_due()

    assert (report.sent, report.retrying, report.failed, len(report.errors)) == (1, 3, 0, 3)
    waiting = [e for e in desk.outbox() if e.status == "queued"]
    assert {e.to[0] for e in waiting} == {desk.owner, desk.manager_email}
    for email in waiting:
        assert email.attempts == 1 and email.next_attempt == clock.now + MINUTE
        assert ("451 4.3.0 Mailbox busy" if email.to == [desk.owner] else "550 5.1.1") in email.last_error
    server.handler.refuse = {}
    assert sender.deliver_due().sent == 0  # not due yet

    clock.now += MINUTE
    assert sender.deliver_due().sent == 3
    assert server.handler.by_message_id() == Counter({desk.email(i).message_id: 1 for i in ids})


def test_a_server_stopped_mid_batch_leaves_the_rest_queued_and_all_arrive_exactly_once(desk, server, clock):
    for _ in range(3):
        desk.queue("staff_cancelled", desk.acme)  # six emails
    sender = make_sender(desk, server, clock)

    def stop_after_two() -> bool:  # checked before each email: the server dies between sends
        if len(server.handler.messages) == 2:
            server.stop()
        return False

    report = sender.deliver_due(cancelled=stop_after_two)

    assert (report.sent, report.retrying) == (2, 4)
    waiting = [e for e in desk.outbox() if e.status != "sent"]
    assert len(waiting) == 4
    assert all(e.status == "queued" and e.last_error and e.next_attempt == clock.now + MINUTE for e in waiting)
    errors = Counter(e.last_error.split(":")[0] for e in waiting)
    assert errors == {"the mail server closed the connection": 1,  # the one sent on the dropped connection
                      "cannot connect to the mail server 127.0.0.1": 3}  # reconnecting failed: the rest fail fast

    server.start()
    clock.now += MINUTE
    report = sender.deliver_due()

    assert (report.sent, report.retrying) == (4, 0)
    assert server.handler.by_message_id() == Counter({e.message_id: 1 for e in desk.outbox()})
    assert all(e.status == "sent" for e in desk.outbox())


def test_an_email_interrupted_while_sending_is_sent_again_with_the_same_message_id(desk, server, clock):
    [email_id] = desk.queue("request_rejected", desk.acme)
    email = desk.email(email_id)
    # The app handed it over, then died before recording it: the server has it, the row says 'sending'.
    with smtplib.SMTP("127.0.0.1", server.port, timeout=5) as smtp:
        smtp.send_message(build_message(email, SENDER))
    desk.update(email_id, status="sending", attempts=1, next_attempt=clock.now)
    clock.now += timedelta(minutes=20)  # the app restarts later

    report = make_sender(desk, server, clock).deliver_due()

    assert (report.recovered, report.sent) == (1, 1)
    assert server.handler.by_message_id() == Counter({email.message_id: 2})
    assert (desk.email(email_id).status, desk.email(email_id).attempts) == ("sent", 2)


def test_an_email_another_sender_is_sending_is_left_alone(desk, server, clock):
    [email_id] = desk.queue("request_rejected", desk.acme)
    desk.update(email_id, status="sending", attempts=1, next_attempt=clock.now + timedelta(minutes=10))

    report = make_sender(desk, server, clock).deliver_due()

    assert (report.recovered, report.sent, server.handler.messages) == (0, 0, [])
    assert desk.email(email_id).status == "sending"


def test_after_max_attempts_an_email_fails_until_retried_by_hand(desk, server, clock):
    [email_id] = desk.queue("request_rejected", desk.acme)
    server.handler.refuse = {desk.owner: "451 4.3.0 Try later"}
    sender = make_sender(desk, server, clock, max_attempts=3)

    waits = []
    for _ in range(3):
        report = sender.deliver_due()
        email = desk.email(email_id)
        if email.next_attempt is not None:
            waits.append(email.next_attempt - clock.now)
            clock.now = email.next_attempt
    assert waits == [MINUTE, 2 * MINUTE]
    assert (report.failed, email.status, email.attempts, email.next_attempt) == (1, "failed", 3, None)
    assert "451 4.3.0 Try later" in email.last_error

    clock.now += timedelta(days=1)
    assert sender.deliver_due().sent == 0
    assert server.handler.rcpt_tried[desk.owner] == 3

    server.handler.refuse = {}
    assert retry_now(desk.session_factory) == 1
    assert (sender.deliver_due().sent, desk.email(email_id).attempts) == (1, 4)


def test_retry_now_takes_only_the_emails_asked_for(desk, clock):
    first, second = desk.queue("request_rejected", desk.acme) + desk.queue("request_rejected", desk.bob)
    desk.update(first, status="failed", next_attempt=None)
    desk.update(second, status="failed", next_attempt=None)

    assert retry_now(desk.session_factory, [second], now=clock.now) == 1
    assert (desk.email(first).status, desk.email(second).status) == ("failed", "queued")
    assert desk.email(second).next_attempt == clock.now


def test_back_off_doubles_and_stops_at_six_hours(desk, server, clock):
    sender = make_sender(desk, server, clock, base_delay=timedelta(hours=2))
    assert [sender.backoff(n) for n in (1, 2, 3, 40)] == [timedelta(hours=h) for h in (2, 4, 6, 6)]


def test_save_eml_writes_a_parseable_file_and_nothing_else(desk, tmp_path):
    [_owner, manager_id] = desk.queue("staff_cancelled", desk.acme)
    email = desk.email(manager_id)
    folder = tmp_path / "out"
    folder.mkdir()

    save_eml(email, SENDER, folder / "copy.eml")

    message = message_from_bytes((folder / "copy.eml").read_bytes(), policy=policy.default)
    assert message["Message-ID"] == email.message_id and message["Subject"] == email.subject
    assert message.get_content() == email.body and "客户经理" in message.get_content()
    assert [p.name for p in folder.iterdir()] == ["copy.eml"]


def test_the_account_deletion_email_is_never_saved_as_a_file(desk, tmp_path):
    [email_id] = desk.queue("account_deleted", desk.acme)
    with pytest.raises(RuleViolation, match="never saved"):
        save_eml(desk.email(email_id), SENDER, tmp_path / "deleted.eml")
    assert not (tmp_path / "deleted.eml").exists()


def test_smtp_settings_without_a_host_mean_no_sending_and_the_password_stays_out_of_repr():
    assert smtp_config({"smtp_host": None}, "secret") is None
    config = smtp_config({"smtp_host": "mail.desk.test", "smtp_port": 465, "smtp_security": "ssl",
                          "smtp_user": "desk", "smtp_sender": "desk@desk.test",
                          "organisation_name": "Desk Ltd"}, "s3cret-pw")
    assert (config.host, config.port, config.security, config.user) == ("mail.desk.test", 465, "ssl", "desk")
    assert config.sender == "Desk Ltd <desk@desk.test>" and config.password == "s3cret-pw"
    assert "s3cret-pw" not in repr(config)


# --- the SMTP password in the OS keyring ---------------------------------------------------

@pytest.fixture
def use_keyring():
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


def test_the_smtp_password_lives_in_the_keyring(use_keyring):
    memory = MemoryKeyring()
    use_keyring(memory)

    secrets.set_smtp_password("desk", "s3cret-pw")
    assert memory.stored == {(secrets.SERVICE, "desk"): "s3cret-pw"}
    assert secrets.get_smtp_password("desk") == "s3cret-pw"
    secrets.delete_smtp_password("desk")
    secrets.delete_smtp_password("desk")  # forgetting twice is fine
    assert secrets.get_smtp_password("desk") is None


def test_without_a_usable_keyring_the_password_is_refused_not_written_to_a_file(use_keyring, tmp_path,
                                                                                  monkeypatch):
    use_keyring(fail.Keyring())
    monkeypatch.chdir(tmp_path)
    for call in (lambda: secrets.set_smtp_password("desk", "s3cret-pw"), lambda: secrets.get_smtp_password("desk")):
        with pytest.raises(RuleViolation, match="OS keyring is not available") as refused:
            call()
        assert "s3cret-pw" not in str(refused.value)
    assert list(tmp_path.iterdir()) == []
