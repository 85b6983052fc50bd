"""The purge (DESIGN.md §10, §11; §8's pause purges use it too): every row of a client
deleted in one transaction, a tombstone without personal data left in its place.

What goes: every row of every table that has a ``client_id`` foreign key to the client,
or hangs from such a row (activities of its subscriptions), then the client itself.
The list is read from the schema (``Base.metadata``), so a new table is covered
without touching this module. Attachments are blobs in the ``attachment`` table, so
they go in the same transaction: there is no file on disk that a crash could orphan.

What stays: the audit events (their summary, before and after scrubbed: only the
action, time and staff actor remain) and the tombstone (client id, dates, who approved,
counts deleted, what became of the deletion email).

The deletion email (§7 "account deleted") is attempted once, before the data goes,
directly over SMTP — never queued, never saved as .eml. Without SMTP settings, or when
the server refuses it, the purge goes on and the tombstone says so.

Resumable: the lifecycle (``purge_due``) first writes the tombstone as a journal
(``deletion_email = "sending"``) and commits, then sends and commits the outcome, then
purges and commits. A crash at any point leaves the client whole (its rows are deleted
by one commit) and the next run finishes it, without sending the email twice: a journal
still "sending" means a send was interrupted, recorded as "interrupted", not retried.

Deleted means unreadable: SQLite runs with ``secure_delete`` (app/db.py), the search
index is optimized in the purge's transaction (so no old segment keeps the words), and
``make_unreadable`` checkpoints and truncates the WAL after the commit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from email.utils import make_msgid
from typing import Any

from sqlalchemy import Engine, Table, delete, event, func, or_, select, text, update
from sqlalchemy.sql.elements import ColumnElement

from app import models as m
from app import purged_ids
from app.mail.templates import render
from app.unit_of_work import UnitOfWork

# The purge's own lock on PostgreSQL: one workstation purges at a time.
PURGE_LOCK_KEY = 0x41434350  # "ACCP"
# Tables that outlive a client, or are not the client's at all.
KEPT_TABLES = frozenset({"client", "audit_event", "tombstone", "staff_user", "setting", "lifecycle_state"})
# The counts the warning dialog and the tombstone show (DESIGN.md §10), by table.
COUNTED = {"contacts": "contact", "subscriptions": "subscription", "invoices": "invoice", "notes": "note",
           "files": "attachment", "emails": "email"}
SCRUBBED = "Details removed when the account's data was purged"
# Tombstone.deletion_email values (at most 40 characters, no personal data).
SENDING, SENT, FAILED, NO_SMTP, NO_ADDRESS, INTERRUPTED = (
    "sending", "sent", "failed", "not sent: no SMTP settings", "not sent: no address", "interrupted")

Mailer = Callable[[m.Email], None]
DEFAULT_MAILER: Any = object()  # purge_client: build the mailer from the settings


def _reached(point: str) -> None:
    """A named point of the purge; the crash test replaces this to kill the process there."""


# --- what belongs to a client -----------------------------------------------------------
def _owned_filter(table: Table, client_id: int) -> ColumnElement[bool] | None:
    """The rows of `table` that belong to the client, or None when the table holds none."""
    if table.name in KEPT_TABLES:
        return None
    client = m.Client.__table__
    conditions: list[ColumnElement[bool]] = []
    for fk in table.foreign_keys:
        parent = fk.column.table
        if parent is client:
            conditions.append(fk.parent == client_id)
        elif "client_id" in parent.c and parent.name not in KEPT_TABLES:
            conditions.append(fk.parent.in_(select(parent.c.id).where(parent.c.client_id == client_id)))
    return or_(*conditions) if conditions else None


def owned_tables(client_id: int) -> list[tuple[Table, ColumnElement[bool]]]:
    """Every table holding rows of the client, children before parents (the delete order)."""
    found = []
    for table in reversed(m.Base.metadata.sorted_tables):
        where = _owned_filter(table, client_id)
        if where is not None:
            found.append((table, where))
    return found


def deletion_counts(uow: UnitOfWork, client_id: int) -> dict[str, int]:
    """How many contacts, subscriptions, invoices, notes, files and emails a purge deletes."""
    by_table = {t.name: where for t, where in owned_tables(client_id)}
    return {key: uow.session.scalar(select(func.count()).select_from(m.Base.metadata.tables[name])
                                    .where(by_table[name])) or 0
            for key, name in COUNTED.items()}


# --- the deletion email ------------------------------------------------------------------
def deletion_emails(uow: UnitOfWork, client: m.Client) -> list[m.Email]:
    """The "account deleted" emails (§7: the account owner), built but not added to the session."""
    from app.notify import _message_id_domain, recipients

    values = {"client_name": client.name, "account_number": client.account_number,
              "organisation_name": uow.settings.get("organisation_name")}
    domain = _message_id_domain(uow.settings.get("organisation_email"))
    emails = []
    for recipient in recipients(uow, "account_deleted", client):
        rendered = render("account_deleted", recipient.language, recipient.audience, values)
        emails.append(m.Email(client_id=None, event="account_deleted", audience=recipient.audience,
                              to=[recipient.address], subject=rendered.subject, body=rendered.body,
                              language=recipient.language, message_id=make_msgid(domain=domain),
                              status="sending", attempts=1, created=uow.now()))
    return emails


def mailer_from_settings(settings: dict[str, Any]) -> Mailer | None:
    """Sends over the SMTP settings (password from the OS keyring); None without SMTP settings."""
    from app.errors import DeskError
    from app.mail.sender import send_once, smtp_config
    from app.secrets import get_smtp_password

    if not settings.get("smtp_host"):
        return None
    try:
        password = get_smtp_password(settings["smtp_user"]) if settings.get("smtp_user") else None
        config = smtp_config(settings, password)
    except (DeskError, RuntimeError):
        return None
    if config is None:
        return None
    return lambda email: send_once(config, email)


def send_deletion_emails(emails: list[m.Email], mailer: Mailer | None) -> str:
    """Attempts each email once; the outcome for the tombstone. Never raises for a failure."""
    if mailer is None:
        return NO_SMTP
    if not emails:
        return NO_ADDRESS
    outcome = SENT
    for email in emails:
        try:
            mailer(email)
        except Exception:  # noqa: BLE001 - any failure is recorded; the purge goes on (§7)
            outcome = FAILED
    return outcome


# --- the purge ---------------------------------------------------------------------------
def _tombstone(uow: UnitOfWork, client_id: int) -> m.Tombstone | None:
    return uow.session.scalar(select(m.Tombstone).where(m.Tombstone.client_id == client_id))


def purge_client(uow: UnitOfWork, client: m.Client, *, reason: str, approved_by: str | None,
                 deactivated_on: date | None, mailer: Mailer | None = DEFAULT_MAILER,
                 purged_on: date | None = None) -> m.Tombstone:
    """Deletes every row of `client` in the caller's transaction and returns its tombstone.

    `reason` is a short word without personal data ("deactivation", "pause"); it goes to
    the audit event. The deletion email is attempted here unless a journal (see
    ``purge_due``) already recorded the attempt; `mailer` defaults to the SMTP settings
    (None: no SMTP). The caller commits; ``make_unreadable`` then runs by itself (a hook
    on the session's commit), so the WAL keeps no frame of the deleted rows.
    Blocks on the network while sending: never on the GUI thread.
    """
    client_id = client.id
    uow.session.flush()
    bind = uow.session.get_bind()
    if isinstance(bind, Engine):
        # Whoever commits (the lifecycle, a pause purge inside another use case), the WAL
        # frames holding the deleted rows are truncated right after.
        event.listen(uow.session, "after_commit", lambda _session: make_unreadable(bind), once=True)
    tomb = _tombstone(uow, client_id)
    if tomb is None:
        tomb = m.Tombstone(client_id=client_id, deactivated_on=deactivated_on, purged_on=purged_on or uow.today,
                           approved_by=approved_by, counts={}, deletion_email="not attempted")
        uow.session.add(tomb)
    if tomb.deletion_email == "not attempted":
        if mailer is DEFAULT_MAILER:
            mailer = mailer_from_settings(uow.settings)
        tomb.deletion_email = send_deletion_emails(deletion_emails(uow, client), mailer)
    elif tomb.deletion_email == SENDING:
        tomb.deletion_email = INTERRUPTED
    _reached("before_delete")

    counts: dict[str, int] = {}
    names = {table: key for key, table in COUNTED.items()}
    for table, where in owned_tables(client_id):
        deleted = uow.session.execute(delete(table).where(where), execution_options={"synchronize_session": False})
        counts[names.get(table.name, table.name)] = deleted.rowcount or 0
        _reached(f"deleted_{table.name}")
    for key in COUNTED:
        counts.setdefault(key, 0)
    uow.session.execute(delete(m.Client).where(m.Client.id == client_id),
                        execution_options={"synchronize_session": False})
    for obj in [o for o in uow.session.identity_map.values() if o is client or (
            getattr(o, "client_id", None) == client_id and not isinstance(o, (m.Tombstone, m.AuditEvent)))]:
        uow.session.expunge(obj)

    _scrub_audit(uow, client_id)
    _optimize_search_index(uow)
    tomb.counts = {k: v for k, v in counts.items() if v or k in COUNTED}
    uow.audit("client.purge", f"Account {client_id} purged ({reason}): " +
              ", ".join(f"{counts[k]} {k}" for k in COUNTED) + f"; deletion email {tomb.deletion_email}",
              client_id=client_id, after={"reason": reason, **tomb.counts})
    _reached("before_commit")
    return tomb


def _scrub_audit(uow: UnitOfWork, client_id: int) -> None:
    """Strips the purged client's audit events of personal data. On PostgreSQL no group may
    UPDATE audit events: a function of the schema's owner does it, and only once the client
    row is gone (migration 0006)."""
    if uow.session.get_bind().dialect.name == "postgresql":
        uow.session.execute(text("SELECT accountdesk_scrub_audit(:c)"), {"c": client_id})
        return
    uow.session.execute(update(m.AuditEvent).where(m.AuditEvent.client_id == client_id)
                        .values(summary=SCRUBBED, before=None, after=None),
                        execution_options={"synchronize_session": False})


def _optimize_search_index(uow: UnitOfWork) -> None:
    # FTS5 deletes by appending delete markers: the old segments keep the words until
    # they are merged. 'optimize' merges them all now; secure_delete zeroes the pages freed.
    bind = uow.session.get_bind()
    if bind.dialect.name != "sqlite":
        return
    exists = uow.session.scalar(text("SELECT 1 FROM sqlite_master WHERE name = 'client_fts'"))
    if exists:
        uow.session.execute(text("INSERT INTO client_fts(client_fts) VALUES ('optimize')"))


def make_unreadable(engine: Engine) -> bool:
    """After a purge's commit: copies the WAL into the database file and truncates it, so no
    frame of the deleted rows survives (SQLite). True when done; False when a reader kept
    it from finishing (the next purge or checkpoint does it). No-op on PostgreSQL."""
    if engine.dialect.name != "sqlite":
        return True
    raw = engine.raw_connection()
    try:
        for _ in range(5):
            busy = raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if not busy:
                return True
        return False
    finally:
        raw.close()


# --- the lifecycle's step ----------------------------------------------------------------
class Due:
    """One client whose purge date has come."""

    def __init__(self, client_id: int, purge_on: date, reason: str, approved_by: str | None,
                 deactivated_on: date | None) -> None:
        self.client_id, self.purge_on, self.reason = client_id, purge_on, reason
        self.approved_by, self.deactivated_on = approved_by, deactivated_on


def due(uow: UnitOfWork, until: date) -> list[Due]:
    """Clients to purge by `until`: a deactivation not revoked, or a pause not resumed whose
    purge date has come."""
    found: dict[int, Due] = {}
    for row in uow.session.scalars(select(m.Deactivation).where(
            m.Deactivation.revoked.is_(None), m.Deactivation.purge_on <= until).order_by(m.Deactivation.purge_on)):
        found.setdefault(row.client_id, Due(row.client_id, row.purge_on, "deactivation", row.approved_by,
                                            row.requested))
    for row in uow.session.scalars(select(m.Pause).where(
            m.Pause.resumed_on.is_(None), m.Pause.purge_on.is_not(None), m.Pause.purge_on <= until)):
        # A pause without kept data was confirmed by a manager (app/services/accounts.py).
        found.setdefault(row.client_id, Due(row.client_id, row.purge_on, "pause", row.approved_by, row.started))
    return sorted(found.values(), key=lambda d: (d.purge_on, d.client_id))


@contextmanager
def _one_workstation(engine: Engine) -> Iterator[bool]:
    """PostgreSQL: a session-level advisory lock held across the whole purge step, so a
    second workstation never takes over a purge whose email is being sent. SQLite: one
    writer at a time already (BEGIN IMMEDIATE), and a shared file is not the team setup."""
    if engine.dialect.name != "postgresql":
        yield True
        return
    with engine.connect() as conn:
        got = bool(conn.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": PURGE_LOCK_KEY}))
        conn.commit()
        try:
            yield got
        finally:
            if got:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": PURGE_LOCK_KEY})
                conn.commit()


def purge_due(open_uow: Callable[[], UnitOfWork], until: date, *, mailer: Mailer | None,
              engine: Engine, may_delete: bool = True) -> dict[str, int]:
    """Purges every client due by `until`, each in its own transactions (see the module
    docstring: journal, send, purge). Returns {"clients_purged": n} (empty when none), or
    {"purge_skipped_busy": 1} while another workstation purges. `may_delete` False (a
    staff login on PostgreSQL, whose group may not delete): nothing is purged, and
    {"purges_waiting": n} says how many wait for a manager's lifecycle run."""
    if not may_delete:
        with open_uow() as uow:
            waiting = len(due(uow, until))
        return {"purges_waiting": waiting} if waiting else {}
    with _one_workstation(engine) as mine:
        if not mine:
            return {"purge_skipped_busy": 1}
        return _purge_due(open_uow, until, mailer=mailer, engine=engine)


def _purge_due(open_uow: Callable[[], UnitOfWork], until: date, *, mailer: Mailer | None,
               engine: Engine) -> dict[str, int]:
    with open_uow() as uow:
        todo = [d for d in due(uow, until) if uow.session.get(m.Client, d.client_id) is not None]
    purged = 0
    for item in todo:
        # 1. The journal: the tombstone, "sending", committed before any byte goes out.
        emails: list[m.Email] = []
        journal_written = False
        with open_uow() as uow:
            client = uow.session.get(m.Client, item.client_id)
            if client is None:
                continue
            tomb = _tombstone(uow, item.client_id)
            if tomb is None:
                emails = deletion_emails(uow, client)
                uow.session.add(m.Tombstone(client_id=item.client_id, deactivated_on=item.deactivated_on,
                                            purged_on=item.purge_on, approved_by=item.approved_by, counts={},
                                            deletion_email=SENDING))
                uow.commit()
                journal_written = True
                _reached("journal_committed")
        # 2. The deletion email, outside any transaction (no lock held while the network waits).
        if journal_written:
            outcome = send_deletion_emails(emails, mailer)
            _reached("email_attempted")
            with open_uow() as uow:  # the outcome, at once: a crash now cannot lose it
                tomb = _tombstone(uow, item.client_id)
                if tomb is not None:
                    tomb.deletion_email = outcome
                    uow.commit()
            _reached("email_recorded")
        # 3. The purge, one transaction.
        with open_uow() as uow:
            client = uow.session.get(m.Client, item.client_id)
            if client is None:
                continue
            purge_client(uow, client, reason=item.reason, approved_by=item.approved_by,
                         deactivated_on=item.deactivated_on, mailer=None, purged_on=item.purge_on)
            uow.commit()
        _reached("committed")
        # Outside the database, ids only: a restore of an older backup purges them again.
        purged_ids.record([item.client_id], purged_ids.database_key(engine.url.render_as_string(False)))
        make_unreadable(engine)
        purged += 1
    if not purged:
        # A run killed between a purge's commit and its checkpoint left old frames in the
        # WAL: every run checkpoints (cheap when the WAL is small).
        make_unreadable(engine)
    return {"clients_purged": purged} if purged else {}
