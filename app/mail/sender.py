"""Delivers the outbox (DESIGN.md §7) over SMTP, with retries and back-off.

Never lose, never duplicate: each email is marked 'sending' (and its attempt counted)
in a committed transaction *before* it is handed to the server, and 'sent' right after
the server accepts it. If the app dies in between, the email stays 'sending';
``recover_interrupted`` queues it again and it is re-sent with the same Message-ID,
which receiving systems use to drop the copy. That is the one duplicate SMTP cannot
rule out, and the only one we allow.

The lease: a sender claims an email for itself (``lease_owner`` = workstation id and
process id) until ``lease_until``; while it works, a heartbeat thread pushes the lease
forward every ``LEASE / 3``. If the process dies, its emails are taken back
- by the same workstation at its next start, at once (the process named in the lease
  is gone), and
- by any other workstation once the lease has lapsed: at most ``LEASE`` after the
  last heartbeat, so within two minutes for a sender that runs every minute.
Taking an email back, claiming it and recording the outcome are conditional UPDATEs
(on the status and the owner), so two senders never hold one email at once, and a
sender that lost its lease records nothing over the new holder.

Threading: an ``OutboxSender`` opens its own sessions from the factory and blocks on
the network (up to ``timeout`` per step); run it off the GUI thread.
"""

from __future__ import annotations

import logging
import os
import smtplib
import socket
import ssl
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from app.atomic_file import write_atomically
from app.errors import RuleViolation
from app.models import Email
from app.workstation import process_alive

log = logging.getLogger(__name__)
MAX_DELAY = timedelta(hours=6)
# How long a claim on an email lasts without a heartbeat. Longer than a few heartbeats
# (LEASE / 3) so a busy database does not lose it; short enough that another
# workstation takes a dead sender's emails over within two minutes.
LEASE = timedelta(seconds=60)
SENDING_LEASE = LEASE  # the older name
INTERRUPTED = "interrupted while being sent; sent again with the same Message-ID"


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: str  # starttls | ssl | none
    user: str | None
    password: str | None = field(repr=False)  # kept out of logs and tracebacks
    sender: str


def smtp_config(settings: dict, password: str | None) -> SmtpConfig | None:
    """The SMTP settings as one value; None when no SMTP host is set (emails stay queued)."""
    host = (settings.get("smtp_host") or "").strip()
    if not host:
        return None
    address = settings.get("smtp_sender") or settings.get("organisation_email") or settings.get("smtp_user")
    if not address:
        raise RuleViolation("sender_missing")
    raw = str(address)
    name, address = parseaddr(raw)
    try:
        # Unencoded text with the name quoted as needed; the message encodes it when sent.
        sender = str(Address(display_name=name or settings.get("organisation_name") or "", addr_spec=address))
    except (ValueError, IndexError) as exc:
        raise RuleViolation("sender_invalid", address=raw) from exc
    return SmtpConfig(host=host, port=int(settings.get("smtp_port") or 587),
                      security=settings.get("smtp_security") or "starttls",
                      user=settings.get("smtp_user") or None, password=password, sender=sender)


@dataclass
class DeliveryReport:
    sent: int = 0
    retrying: int = 0  # failed this time, queued again with a back-off
    failed: int = 0  # gave up after max_attempts; retry_now queues them again
    recovered: int = 0  # interrupted sends queued again at the start
    errors: list[str] = field(default_factory=list)


def build_message(email: Email, sender: str) -> EmailMessage:
    """The message of an outbox row: its stored Message-ID, a UTF-8 plain-text body."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ", ".join(email.to)
    msg["Subject"] = email.subject
    # The queuing time, so every copy of a re-sent email is identical.
    msg["Date"] = format_datetime(email.created.astimezone())
    msg["Message-ID"] = email.message_id
    # RFC 3834: out-of-office replies are not sent back to automatic messages.
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(email.body, charset="utf-8")
    msg["Content-Language"] = email.language  # after set_content, which drops Content-* headers
    return msg


def save_eml(email: Email, sender: str, path: Path) -> None:
    """Writes the email as an .eml file, whole or not at all (temporary file, then rename).

    Refuses the account-deletion email: DESIGN.md §10 has it attempted once and then
    deleted with the rest of the client's data, never kept in a file.
    """
    if email.event == "account_deleted":
        raise RuleViolation("eml_deletion_email")
    write_atomically(path, build_message(email, sender).as_bytes())


def retry_now(session_factory: Callable[[], Session], email_ids: Iterable[int] | None = None, *,
              now: datetime | None = None) -> int:
    """Queues failed (and waiting) emails for the next delivery run; returns how many.

    Without `email_ids`, every failed or queued email. Attempts are kept, so an email
    that had failed gets one more try per call. Emails being sent or already sent are
    left alone.
    """
    query = update(Email).where(Email.status.in_(("failed", "queued")))
    if email_ids is not None:
        ids = list(email_ids)
        if not ids:
            return 0
        query = query.where(Email.id.in_(ids))
    with session_factory() as session, session.begin():
        result = session.execute(query.values(status="queued", next_attempt=now),
                                 execution_options={"synchronize_session": False})
        return result.rowcount


def _describe(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "; ".join(f"{addr} refused: {code} {_text(msg)}" for addr, (code, msg) in exc.recipients.items())
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"server answered {exc.smtp_code} {_text(exc.smtp_error)}"
    if isinstance(exc, TimeoutError):
        return "the mail server did not answer in time"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return "the mail server closed the connection"
    if isinstance(exc, ConnectionRefusedError):
        return "the connection was refused (is the host and port right, and the server running?)"
    if isinstance(exc, socket.gaierror):
        return "the host name is unknown"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


# The connection can be reused after these: the server answered and the session is intact.
_ANSWERED = (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError)


class OutboxSender:
    """Sends due outbox emails over one SMTP connection per batch."""

    def __init__(self, session_factory: Callable[[], Session], config: SmtpConfig, *,
                 now: Callable[[], datetime], max_attempts: int = 8,
                 base_delay: timedelta = timedelta(minutes=1), timeout: float = 20,
                 workstation: str = "unnamed", lease: timedelta = LEASE) -> None:
        self._factory = session_factory
        self.workstation = workstation
        self.owner = f"{workstation}:{os.getpid()}"
        self._lease = lease
        self._config = config
        self._now = now
        self._max_attempts = max_attempts
        self._base_delay = base_delay
        self._timeout = timeout
        self._envelope_from = parseaddr(config.sender)[1] or config.sender

    def backoff(self, attempts: int) -> timedelta:
        """The wait after the `attempts`-th failed try: base, 2 × base, 4 × base … at most 6 h."""
        exponent = min(max(attempts - 1, 0), 30)  # 2**30 minutes is already past the cap
        return min(self._base_delay * (2 ** exponent), MAX_DELAY)

    def recover_interrupted(self) -> int:
        """Queues again the emails left 'sending' by a dead sender; returns how many.

        Ours: those of an earlier process of this workstation that is gone. Anyone's:
        those whose lease has lapsed. They are re-sent with their stored Message-ID. An
        email a live sender holds (lease running) is left alone.
        """
        now = self._now()
        recovered = 0
        with self._factory() as session, session.begin():
            mine = session.execute(
                select(Email.id, Email.lease_owner)
                .where(Email.status == "sending", Email.lease_owner.like(f"{self.workstation}:%"),
                       Email.lease_owner != self.owner)).all()
            for email_id, owner in mine:
                pid = owner.rpartition(":")[2]
                if pid.isdigit() and not process_alive(int(pid)):
                    recovered += self._requeue(session, now, Email.id == email_id, Email.lease_owner == owner)
            lapsed = or_(Email.lease_until <= now,
                         # rows claimed before the lease columns: next_attempt was the lease
                         and_(Email.lease_until.is_(None),
                              or_(Email.next_attempt.is_(None), Email.next_attempt <= now)))
            recovered += self._requeue(session, now, lapsed)
        if recovered:
            log.info("outbox: %s interrupted email(s) queued again by %s", recovered, self.owner)
        return recovered

    @staticmethod
    def _requeue(session: Session, now: datetime, *conditions: object) -> int:
        return session.execute(
            update(Email).where(Email.status == "sending", *conditions)  # type: ignore[arg-type]
            .values(status="queued", next_attempt=now, lease_owner=None, lease_until=None,
                    last_error=INTERRUPTED),
            execution_options={"synchronize_session": False},
        ).rowcount

    def heartbeat(self) -> int:
        """Pushes forward the lease of the emails this sender holds; returns how many."""
        with self._factory() as session, session.begin():
            return session.execute(
                update(Email).where(Email.status == "sending", Email.lease_owner == self.owner)
                .values(lease_until=self._now() + self._lease),
                execution_options={"synchronize_session": False},
            ).rowcount

    def _beat(self, stop: threading.Event) -> None:
        while not stop.wait(self._lease.total_seconds() / 3):
            try:
                self.heartbeat()
            except Exception:  # noqa: BLE001 - a missed beat only shortens the lease
                log.warning("outbox: heartbeat of %s failed", self.owner, exc_info=True)

    def deliver_due(self, *, limit: int = 100, cancelled: Callable[[], bool] = lambda: False) -> DeliveryReport:
        """Sends up to `limit` due emails, oldest first; returns what happened.

        Checks `cancelled` before each email; an email already handed over is always
        recorded. Never raises for a delivery failure: it is recorded on the email.
        """
        report = DeliveryReport(recovered=self.recover_interrupted())
        stop = threading.Event()
        beating = threading.Thread(target=self._beat, args=(stop,), name="outbox-heartbeat", daemon=True)
        beating.start()
        try:
            return self._deliver(report, limit, cancelled)
        finally:
            stop.set()
            beating.join()

    def _deliver(self, report: DeliveryReport, limit: int, cancelled: Callable[[], bool]) -> DeliveryReport:
        connection: smtplib.SMTP | None = None
        # Once the server cannot be reached, the rest of this batch fails fast with the
        # same error rather than waiting for a timeout per email.
        unreachable: str | None = None
        tried: set[int] = set()
        try:
            while len(tried) < limit and not cancelled():
                claimed = self._claim(tried)
                if claimed is None:
                    break
                email_id, recipients, message = claimed
                tried.add(email_id)
                if unreachable is not None:
                    self._record_failure(email_id, recipients, unreachable, report)
                    continue
                try:
                    if connection is None:
                        connection = self._connect()
                except (OSError, smtplib.SMTPException) as exc:
                    server = f"{self._config.host}:{self._config.port}"
                    unreachable = f"cannot connect to the mail server {server}: {_describe(exc)}"
                    self._record_failure(email_id, recipients, unreachable, report)
                    continue
                try:
                    refused = connection.send_message(message, from_addr=self._envelope_from,
                                                      to_addrs=recipients)
                except (OSError, smtplib.SMTPException) as exc:
                    if not isinstance(exc, _ANSWERED) or connection.sock is None:
                        connection = _close(connection)  # reopened for the next email
                    self._record_failure(email_id, recipients, _describe(exc), report)
                    continue
                # Some recipients refused, others accepted: sending again would duplicate
                # it for those who have it, so it counts as sent with the refusals noted.
                note = "; ".join(f"{a} refused: {c} {_text(m)}" for a, (c, m) in refused.items()) or None
                self._record_sent(email_id, note)
                report.sent += 1
        finally:
            if connection is not None:
                _close(connection)
        return report

    def _claim(self, skip: set[int]) -> tuple[int, list[str], EmailMessage] | None:
        """Marks the oldest due email 'sending' and commits, before any byte goes out."""
        now = self._now()
        due = (select(Email)
               .where(Email.status == "queued", or_(Email.next_attempt.is_(None), Email.next_attempt <= now))
               .order_by(Email.created, Email.id)
               .limit(5))
        if skip:
            due = due.where(Email.id.not_in(skip))
        with self._factory() as session, session.begin():
            for email in session.scalars(due):
                # Conditional, so two senders never both take the same email.
                taken = session.execute(
                    update(Email).where(Email.id == email.id, Email.status == "queued")
                    .values(status="sending", attempts=Email.attempts + 1, next_attempt=None,
                            lease_owner=self.owner, lease_until=now + self._lease),
                    execution_options={"synchronize_session": False},
                ).rowcount
                if taken:
                    return email.id, list(email.to), build_message(email, self._config.sender)
        return None

    def _record_sent(self, email_id: int, note: str | None) -> None:
        # Only while the lease is ours: a sender that lost it records nothing over the new
        # holder (which sends it again with the same Message-ID). A purged email is gone.
        with self._factory() as session, session.begin():
            session.execute(
                update(Email).where(Email.id == email_id, Email.status == "sending",
                                    Email.lease_owner == self.owner)
                .values(status="sent", sent=self._now(), next_attempt=None, last_error=note,
                        lease_owner=None, lease_until=None),
                execution_options={"synchronize_session": False})

    def _record_failure(self, email_id: int, recipients: list[str], error: str, report: DeliveryReport) -> None:
        with self._factory() as session, session.begin():
            email = session.get(Email, email_id)
            if email is None or email.status != "sending" or email.lease_owner != self.owner:
                return
            email.last_error = error
            email.lease_owner, email.lease_until = None, None
            if email.attempts >= self._max_attempts:
                email.status, email.next_attempt = "failed", None
                report.failed += 1
                outcome = f"gave up after {email.attempts} attempts"
            else:
                email.status, email.next_attempt = "queued", self._now() + self.backoff(email.attempts)
                report.retrying += 1
                outcome = f"will retry after {email.next_attempt:%Y-%m-%d %H:%M}"
        report.errors.append(f"Email {email_id} to {', '.join(recipients)}: {error} ({outcome}).")

    def _connect(self) -> smtplib.SMTP:
        return connect(self._config, self._timeout)


def connect(config: SmtpConfig, timeout: float) -> smtplib.SMTP:
    """An open, authenticated SMTP connection; raises OSError or SMTPException."""
    context = ssl.create_default_context()
    connection: smtplib.SMTP
    if config.security == "ssl":
        connection = smtplib.SMTP_SSL(config.host, config.port, timeout=timeout, context=context)
    else:
        connection = smtplib.SMTP(config.host, config.port, timeout=timeout)
    try:
        connection.ehlo()
        if config.security == "starttls":
            connection.starttls(context=context)
            connection.ehlo()
        if config.user:
            if not config.password:
                raise smtplib.SMTPException(
                    f"no password is stored in the OS keyring for the SMTP user {config.user}")
            connection.login(config.user, config.password)
    except BaseException:
        _close(connection)
        raise
    return connection


def send_once(config: SmtpConfig, email: Email, *, timeout: float = 20) -> None:
    """Sends one email straight away, outside the outbox (the account-deletion email of
    DESIGN.md §10, attempted once and never queued). Raises OSError or SMTPException
    when it was not accepted; blocks on the network: never on the GUI thread."""
    connection = connect(config, timeout)
    try:
        connection.send_message(build_message(email, config.sender),
                                from_addr=parseaddr(config.sender)[1] or config.sender, to_addrs=list(email.to))
    finally:
        _close(connection)


def _close(connection: smtplib.SMTP) -> None:
    try:
        connection.quit()
    except (OSError, smtplib.SMTPException):
        connection.close()
    return None
