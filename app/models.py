"""The persistent records of DESIGN.md §2, as SQLAlchemy 2.x typed ORM models.

Money is stored as integer cents (exact on SQLite and PostgreSQL alike) and read back
as ``Decimal``. Statuses are short strings guarded by CHECK constraints. The naming
convention gives every constraint a stable name so Alembic batch migrations work on
SQLite.

Unlike the other modules, no ``from __future__ import annotations`` here: with it every
``Mapped[...]`` annotation is a string that the mapping evaluates again, some 400 of them,
7 ms of every start (42 ms to map the models against 35). A relationship to a class
defined further down names it in quotes.
"""

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from app.languages import LANGUAGES
from app.search_terms import sort_key

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ROLES = ("staff", "manager", "administrator")
CLIENT_KINDS = ("direct", "trial", "resold")
CLIENT_STATUSES = ("active", "trial", "paused", "locked", "closing", "expired", "deactivating", "purged")
CONTACT_ROLES = ("primary_admin", "admin", "user")
PERIODS = ("monthly", "annual")
SUBSCRIPTION_STATUSES = ("active", "cancelling", "paused", "expired", "voided")
INVOICE_STATUSES = ("open", "paid", "void", "credited")
CANCELLED_HOW = ("admin", "client", "invoice_void", "closure")
REQUEST_STATUSES = ("pending", "waiting", "approved", "rejected", "withdrawn")
CHANNELS = ("email", "phone", "portal", "letter", "in_person")
EMAIL_STATUSES = ("queued", "sending", "sent", "failed")
PAUSE_CATEGORIES = ("seasonal", "budget", "low_usage", "switching", "other")


def _in(column: str, values: tuple[str, ...]) -> str:
    """`column` is one of `values`, written as ORs: SQLite (3.40) builds a table for an IN
    list at every execution of a statement, so a CHECK with one cost 1.7 µs on each
    inserted row — a fifth of the time of a catch-up's 2.4 million invoices (migration
    0009_catch_up_speed)."""
    return " OR ".join(f"{column} = {v!r}" for v in values)


# A card's expiry as a count of months, written the same in the query and the index (a
# literal 12: SQLite matches an indexed expression only to the same expression).
CARD_EXPIRY_MONTHS = "exp_year * 12 + exp_month"


class Money(TypeDecorator[Decimal]):
    """Decimal amounts kept as integer cents."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Any) -> int | None:
        if value is None:
            return None
        return int((Decimal(value) * 100).to_integral_value())

    def process_result_value(self, value: int | None, dialect: Any) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(value) / 100).quantize(Decimal("0.01"))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {Decimal: Money, dict[str, Any]: JSON, list[str]: JSON}


class Versioned:
    """A row people edit: `version` goes up by one with every UPDATE, and the ORM's UPDATE
    checks it (``WHERE version = <the one read>``), so a write based on a stale read
    changes nothing and raises ``StaleDataError`` (the facade's ``Conflict``). Set-wise
    statements bump it themselves (``version = version + 1``). Revision 0008_row_versions."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - declared_attr passes the class
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class StaffUser(Versioned, Base):
    __tablename__ = "staff_user"
    __table_args__ = (CheckConstraint(_in("role", ROLES), name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(5), default="en")
    # PostgreSQL login this person signs in with (None: SQLite-only user).
    db_login: Mapped[str | None] = mapped_column(String(200), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Client(Versioned, Base):
    __tablename__ = "client"
    __table_args__ = (
        CheckConstraint(_in("kind", CLIENT_KINDS), name="kind"),
        CheckConstraint(_in("status", CLIENT_STATUSES), name="status"),
        CheckConstraint(_in("language", LANGUAGES), name="language"),
        Index("ix_client_name_id", "name", "id"),
        Index("ix_client_status_name", "status", "name"),
        Index("ix_client_name_key_id", "name_key", "id"),
        Index("ix_client_status_name_key", "status", "name_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_number: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # What lists sort by (app.search_terms.sort_key), kept in step with `name` below.
    name_key: Mapped[str] = mapped_column(String(200), default="", server_default="")
    language: Mapped[str] = mapped_column(String(5), default="en")
    kind: Mapped[str] = mapped_column(String(10), default="direct")
    trial_end: Mapped[date | None] = mapped_column(Date)
    reseller_name: Mapped[str | None] = mapped_column(String(200))
    reseller_contact: Mapped[str | None] = mapped_column(String(320))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(50))
    # From imports of other CRMs' files (§14); revision 0003_import.
    country: Mapped[str | None] = mapped_column(String(100))
    city: Mapped[str | None] = mapped_column(String(100))
    account_manager_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="active")
    created: Mapped[date] = mapped_column(Date)

    account_manager: Mapped["StaffUser | None"] = relationship(lazy="joined")
    contacts: Mapped[list["Contact"]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Contact.id"
    )
    subscriptions: Mapped[list["Subscription"]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Subscription.id"
    )


@event.listens_for(Client.name, "set")
def _name_key(target: Client, value: str, _old: object, _initiator: object) -> None:
    target.name_key = sort_key(value or "")


class Contact(Versioned, Base):
    __tablename__ = "contact"
    __table_args__ = (
        CheckConstraint(_in("role", CONTACT_ROLES), name="role"),
        # At most one account owner per client: a partial unique index, `uq_contact_primary_admin`
        # (client_id) WHERE role = 'primary_admin', created by migration 0001. Not declared here:
        # its dialect options (sqlite_where, postgresql_where) would load both dialects each time
        # the models are imported, ≈35 ms of CPU before the window is ready to act (issue 13).
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(20), default="user")
    seat: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str | None] = mapped_column(String(5))

    client: Mapped[Client] = relationship(back_populates="contacts")


class Card(Versioned, Base):
    """A saved card: brand, last four digits and expiry only — never a full number."""

    __tablename__ = "card"
    __table_args__ = (
        CheckConstraint("length(last4) = 4", name="last4_length"),
        CheckConstraint("exp_month BETWEEN 1 AND 12", name="exp_month"),
        # The cards still to remind of their expiry, by expiry month (the lifecycle's weekly
        # step): a partial index on CARD_EXPIRY_MONTHS WHERE removed IS NULL AND
        # expiry_reminded IS NULL, `ix_card_expiry_due`, created by migration 0009. Not
        # declared here, as `uq_contact_primary_admin` is not (see Contact).
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    brand: Mapped[str] = mapped_column(String(40))
    last4: Mapped[str] = mapped_column(String(4))
    exp_month: Mapped[int] = mapped_column(Integer)
    exp_year: Mapped[int] = mapped_column(Integer)
    added: Mapped[date] = mapped_column(Date)
    removed: Mapped[date | None] = mapped_column(Date)
    expiry_reminded: Mapped[date | None] = mapped_column(Date)


class Subscription(Versioned, Base):
    __tablename__ = "subscription"
    __table_args__ = (
        CheckConstraint(_in("period", PERIODS), name="period"),
        CheckConstraint(_in("status", SUBSCRIPTION_STATUSES), name="status"),
        CheckConstraint("billing_day IS NULL OR billing_day BETWEEN 1 AND 28", name="billing_day"),
        Index("ix_subscription_status_next", "status", "next_billing_date"),
        Index("ix_subscription_status_access_end", "status", "access_end"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    participant: Mapped[str] = mapped_column(String(200))
    plan: Mapped[str] = mapped_column(String(200))
    price: Mapped[Decimal]
    period: Mapped[str] = mapped_column(String(10))
    # The date billing is anchored on: the purchase date, or the resume date after a pause.
    start: Mapped[date] = mapped_column(Date)
    purchased: Mapped[date] = mapped_column(Date)
    billing_day: Mapped[int | None] = mapped_column(Integer)
    end_date: Mapped[date | None] = mapped_column(Date)
    seats: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(12), default="active")
    # Kept in step with the invoices by the services: lets lists sort and the
    # lifecycle find due work with an index instead of recomputing every calendar.
    next_billing_date: Mapped[date | None] = mapped_column(Date)
    # Cancellation: the first billing date that will not be invoiced.
    cancel_from: Mapped[date | None] = mapped_column(Date)
    cancellation_month: Mapped[date | None] = mapped_column(Date)
    access_end: Mapped[date | None] = mapped_column(Date, index=True)
    cancelled_how: Mapped[str | None] = mapped_column(String(20))
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancelled_by: Mapped[str | None] = mapped_column(String(320))

    client: Mapped[Client] = relationship(back_populates="subscriptions")
    activities: Mapped[list["Activity"]] = relationship(
        back_populates="subscription", cascade="all, delete-orphan", order_by="Activity.id"
    )
    invoices: Mapped[list["Invoice"]] = relationship(
        back_populates="subscription", order_by="Invoice.issued"
    )


class Activity(Base):
    """The participant's enrolment in one activity through a subscription."""

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(
        ForeignKey("subscription.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    enrolled_until: Mapped[date | None] = mapped_column(Date)

    subscription: Mapped[Subscription] = relationship(back_populates="activities")


class Invoice(Versioned, Base):
    __tablename__ = "invoice"
    __table_args__ = (
        CheckConstraint(_in("status", INVOICE_STATUSES), name="status"),
        # The lifecycle's idempotence rests on this: one invoice per billing date.
        UniqueConstraint("subscription_id", "issued", name="uq_invoice_subscription_issued"),
        Index("ix_invoice_client_status", "client_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    subscription_id: Mapped[int | None] = mapped_column(ForeignKey("subscription.id", ondelete="CASCADE"))
    issued: Mapped[date] = mapped_column(Date)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal]
    paid: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    status: Mapped[str] = mapped_column(String(10), default="open")
    purchase: Mapped[bool] = mapped_column(Boolean, default=False)

    subscription: Mapped[Subscription | None] = relationship(back_populates="invoices")


class CreditNote(Base):
    __tablename__ = "credit_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="CASCADE"), index=True)
    issued: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal]
    reason: Mapped[str] = mapped_column(Text, default="")


class Refund(Base):
    __tablename__ = "refund"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="CASCADE"), index=True)
    issued: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal]


class PaymentAttempt(Base):
    __tablename__ = "payment_attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="CASCADE"), index=True)
    on: Mapped[date] = mapped_column(Date)
    ok: Mapped[bool] = mapped_column(Boolean)
    amount: Mapped[Decimal]


class CancellationRequest(Versioned, Base):
    __tablename__ = "cancellation_request"
    __table_args__ = (
        CheckConstraint(_in("status", REQUEST_STATUSES), name="status"),
        CheckConstraint(_in("channel", CHANNELS), name="channel"),
        Index("ix_cancellation_request_status_received", "status", "received"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    subscription_id: Mapped[int | None] = mapped_column(ForeignKey("subscription.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(12))
    received: Mapped[date] = mapped_column(Date)
    message: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="pending")
    # Why it waits (a blocked `immediate` cancellation) or the manager's note.
    note: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(Text, default="")
    final_billing_date: Mapped[date | None] = mapped_column(Date)
    decided_by: Mapped[str | None] = mapped_column(String(320))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The staff user who recorded it (None: imported, or recorded before revision 0006):
    # they may withdraw it while it is pending (Undo, issue 10), as may whoever decides requests.
    recorded_by: Mapped[str | None] = mapped_column(String(320))


class Pause(Versioned, Base):
    __tablename__ = "pause"
    __table_args__ = (CheckConstraint(_in("category", PAUSE_CATEGORIES), name="category"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    started: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(12))
    resume_in_months: Mapped[int] = mapped_column(Integer)
    keep_data: Mapped[bool] = mapped_column(Boolean, default=True)
    grace_end: Mapped[date] = mapped_column(Date)
    purge_on: Mapped[date | None] = mapped_column(Date)
    reminder_sent: Mapped[date | None] = mapped_column(Date)
    resumed_on: Mapped[date | None] = mapped_column(Date)
    # The manager who confirmed a pause without kept data (a deletion); the tombstone names them.
    approved_by: Mapped[str | None] = mapped_column(String(320))


class Closure(Versioned, Base):
    __tablename__ = "closure"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    requested: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    session_kind: Mapped[str | None] = mapped_column(String(12))  # scheduled | declined | email
    session_date: Mapped[date | None] = mapped_column(Date)
    deactivate_when_ended: Mapped[bool] = mapped_column(Boolean, default=False)
    revoked: Mapped[date | None] = mapped_column(Date)
    # The manager who confirmed the deactivation to come (deactivate_when_ended is a deletion).
    approved_by: Mapped[str | None] = mapped_column(String(320))
    # The day the lifecycle found every subscription ended and ran the §10 checks (done once).
    deactivation_checked: Mapped[date | None] = mapped_column(Date)


class Deactivation(Versioned, Base):
    __tablename__ = "deactivation"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    requester_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    requested: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    backup: Mapped[str] = mapped_column(Text)
    approved_by: Mapped[str] = mapped_column(String(320))
    purge_on: Mapped[date] = mapped_column(Date)
    revoked: Mapped[date | None] = mapped_column(Date)


class Note(Base):
    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    created: Mapped[datetime] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(String(320))
    text: Mapped[str] = mapped_column(Text)


class Attachment(Base):
    """A file attached to a note, copied into the database so a purge removes it too."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(400))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Email(Base):
    """One email of the outbox (DESIGN.md §7): queued in the same transaction as the
    change it reports, delivered later by the sender."""

    __tablename__ = "email"
    __table_args__ = (
        CheckConstraint(_in("status", EMAIL_STATUSES), name="status"),
        Index("ix_email_status_next", "status", "next_attempt"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    event: Mapped[str] = mapped_column(String(40))
    # Which row of §7 this copy is for: organisation | owner | manager.
    audience: Mapped[str] = mapped_column(String(20))
    to: Mapped[list[str]] = mapped_column(JSON)
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(5))
    # Fixed when queued so a retry after a crash carries the same Message-ID.
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    status: Mapped[str] = mapped_column(String(10), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    created: Mapped[datetime] = mapped_column(DateTime)
    sent: Mapped[datetime | None] = mapped_column(DateTime)
    # While 'sending': who sends it ("workstation:pid") and until when; the sender's
    # heartbeat moves lease_until forward (app/mail/sender.py).
    lease_owner: Mapped[str | None] = mapped_column(String(120))
    lease_until: Mapped[datetime | None] = mapped_column(DateTime)


class AuditEvent(Base):
    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_client_at", "client_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # No foreign key: audit events outlive the purge (scrubbed of personal data).
    client_id: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(320))
    action: Mapped[str] = mapped_column(String(60))
    summary: Mapped[str] = mapped_column(Text)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)

    def decoded(self) -> Any:
        return json.loads(self.value)


class Tombstone(Base):
    """What remains of a purged client: no personal data."""

    __tablename__ = "tombstone"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(Integer, unique=True)
    deactivated_on: Mapped[date | None] = mapped_column(Date)
    purged_on: Mapped[date] = mapped_column(Date)
    approved_by: Mapped[str | None] = mapped_column(String(320))
    counts: Mapped[dict[str, Any]] = mapped_column(JSON)
    deletion_email: Mapped[str] = mapped_column(String(40), default="not attempted")


class LifecycleState(Base):
    """The day the lifecycle last brought the database up to (one row)."""

    __tablename__ = "lifecycle_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    done_until: Mapped[date | None] = mapped_column(Date)


# The tables whose rows carry a version (kept in step with migration 0008_row_versions).
VERSIONED = tuple(cls.__table__.name for cls in Versioned.__subclasses__())  # type: ignore[attr-defined]
