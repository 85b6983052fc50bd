"""Plain, immutable snapshots the facade returns: safe to hand to another thread and
never tied to a database session."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from app import models as m
from app.services.billing_run import RUNNING

if TYPE_CHECKING:  # annotations only: this module stays cheap to import
    from app.cancellation_rules import CancellationOption
    from app.errors import DeskError
    from app.notify import Recipient


@dataclass(frozen=True)
class ContactView:
    id: int
    client_id: int
    name: str
    email: str | None
    phone: str | None
    role: str
    seat: bool
    language: str | None = None  # None: the client's language
    version: int = 1  # the row's version when read: the edit calls' `expected_version`

    @classmethod
    def of(cls, row: m.Contact) -> ContactView:
        return cls(row.id, row.client_id, row.name, row.email, row.phone, row.role, row.seat, row.language,
                   row.version)


@dataclass(frozen=True)
class CardView:
    id: int
    brand: str
    last4: str
    exp_month: int
    exp_year: int

    @property
    def masked(self) -> str:
        return f"{self.brand} •••• {self.last4} ({self.exp_month:02d}/{self.exp_year})"


@dataclass(frozen=True)
class ClientView:
    id: int
    name: str
    account_number: str
    status: str
    kind: str
    email: str | None
    phone: str | None
    language: str
    trial_end: date | None
    reseller: str | None
    reseller_contact: str | None
    account_manager: str | None
    account_manager_name: str | None
    created: date
    contacts: tuple[ContactView, ...]
    card: CardView | None
    version: int = 1  # the row's version when read: the edit calls' `expected_version`

    @property
    def primary_admin(self) -> ContactView | None:
        return next((c for c in self.contacts if c.role == "primary_admin"), None)

    @property
    def active_seats(self) -> int:
        return sum(1 for c in self.contacts if c.seat)


@dataclass(frozen=True)
class InvoiceView:
    id: int
    subscription_id: int | None
    issued: date
    start: date
    end: date
    status: str
    amount: Decimal
    paid: Decimal
    purchase: bool
    version: int = 1  # the row's version when read: the edit calls' `expected_version`

    @classmethod
    def of(cls, row: m.Invoice) -> InvoiceView:
        return cls(row.id, row.subscription_id, row.issued, row.start, row.end, row.status, row.amount,
                   row.paid, row.purchase, row.version)


@dataclass(frozen=True)
class SubscriptionView:
    id: int
    client_id: int
    participant: str
    plan: str
    price: Decimal
    period: str
    billing_day: int | None
    start: date
    purchased: date
    end_date: date | None
    seats: int
    status: str
    next_billing_date: date | None
    access_end: date | None
    cancellation_month: date | None
    cancelled_how: str | None
    cancelled_at: datetime | None
    cancelled_by: str | None
    activities: tuple[str, ...]
    invoices: tuple[InvoiceView, ...]
    version: int = 1  # the row's version when read: the edit calls' `expected_version`

    @classmethod
    def of(cls, row: m.Subscription) -> SubscriptionView:
        return cls(
            row.id, row.client_id, row.participant, row.plan, row.price, row.period, row.billing_day,
            row.start, row.purchased, row.end_date, row.seats, row.status, row.next_billing_date,
            row.access_end, row.cancellation_month, row.cancelled_how, row.cancelled_at, row.cancelled_by,
            tuple(a.name for a in row.activities), tuple(InvoiceView.of(i) for i in row.invoices), row.version,
        )


@dataclass(frozen=True)
class EventView:
    id: int
    client_id: int | None
    at: datetime
    actor: str
    action: str
    summary: str

    @classmethod
    def of(cls, row: m.AuditEvent) -> EventView:
        return cls(row.id, row.client_id, row.at, row.actor, row.action, row.summary)


@dataclass(frozen=True)
class StaffView:
    id: int
    name: str
    email: str
    role: str
    language: str
    db_login: str | None = None  # their PostgreSQL login (team database)
    active: bool = True


@dataclass(frozen=True)
class StaffPage:
    """The staff users page of the settings, in one read."""
    users: tuple[StaffView, ...]
    can_create_logins: bool  # team database: the signed-in login has CREATEROLE (or is a superuser)


@dataclass(frozen=True)
class EmailView:
    id: int
    client_id: int | None
    event: str
    audience: str
    to: tuple[str, ...]
    subject: str
    language: str
    status: str
    attempts: int
    last_error: str | None
    created: datetime
    sent: datetime | None

    @classmethod
    def of(cls, row: m.Email) -> EmailView:
        return cls(row.id, row.client_id, row.event, row.audience, tuple(row.to), row.subject, row.language,
                   row.status, row.attempts, row.last_error, row.created, row.sent)


@dataclass(frozen=True)
class ClientDetailView:
    """Everything the client's detail pane shows, read in one transaction (`Desk.client_detail`).

    `actions`: each client action of `app.actions.ACTIONS` -> None when allowed, else the
    refusal that disables it. `subscription_actions`: subscription id -> the same for each
    per-subscription action (cancel, void, revoke …).
    """

    client: ClientView
    subscriptions: tuple[SubscriptionView, ...]  # the purchases: every subscription but the voided ones
    contacts: tuple[ContactView, ...]
    # every invoice, newest first, with its plan name: a voided purchase's invoices stay under billing (§5)
    invoices: tuple[tuple[str, InvoiceView], ...]
    cards: tuple[CardView, ...]  # the cards on file, newest first: brand, last four digits and expiry only
    timeline: tuple[EventView, ...]
    actions: Mapping[str, DeskError | None]
    subscription_actions: Mapping[int, Mapping[str, DeskError | None]]

    def status_of(self, sub: SubscriptionView) -> str:
        """The status the window shows for `sub`. An expired client has nothing running
        (§16 statuses): a trial that reached its end expires without touching its
        subscriptions (§9: it "simply expires", never billed), so they keep "active" in the
        database; they read "expired", as the client does."""
        if self.client.status == "expired" and sub.status in RUNNING:
            return "expired"
        return sub.status

    @property
    def running(self) -> tuple[SubscriptionView, ...]:
        """The subscriptions whose shown status is running: the overview's count."""
        return tuple(s for s in self.subscriptions if self.status_of(s) in RUNNING)

    @property
    def version(self) -> int:
        """The client's version as shown: the client-level edits' `expected_version`."""
        return self.client.version

    def refusal(self, action: str, subscription_id: int | None = None) -> DeskError | None:
        """The refusal of `action` (on `subscription_id` for a per-subscription one), None if allowed."""
        if subscription_id is not None and action in self.subscription_actions.get(subscription_id, {}):
            return self.subscription_actions[subscription_id][action]
        return self.actions[action]


@dataclass(frozen=True)
class CancellationForm:
    """What the cancel dialog opens with (one read: `Desk.cancellation_form`)."""

    client: ClientView
    subscription: SubscriptionView
    blocker: DeskError | None  # why it cannot be cancelled (or moved earlier) now
    months: tuple[CancellationOption, ...]  # the termination months offered, when not blocked
    revoke: DeskError | None  # why its cancellation cannot be revoked now
    recipients: tuple[Recipient, ...]  # who the cancellation email goes to


@dataclass(frozen=True)
class VoidForm:
    """What the void dialog opens with (one read: `Desk.void_form`)."""

    client: ClientView
    subscription: SubscriptionView
    refusal: DeskError | None
    recipients: tuple[Recipient, ...]
    today: date


@dataclass(frozen=True)
class RecordRequestForm:
    """What the record-request dialog opens with (one read: `Desk.record_request_form`)."""

    client: ClientView
    subscriptions: tuple[SubscriptionView, ...]  # the client's purchases
    immediate: bool  # policy client_cancellation = immediate: recording cancels at once
    today: date
    # contact id -> why they cannot ask to close the whole account (None: they can)
    whole_account: Mapping[int, DeskError | None] = field(default_factory=dict)


@dataclass(frozen=True)
class ReviewForm:
    """What the review dialog opens with (one read: `Desk.review_form`)."""

    request: RequestView
    client: ClientView
    subscription: SubscriptionView | None  # None: the whole account
    options: tuple[FinalBillingOption, ...]  # the final billing dates offered, when it can be decided
    decide: DeskError | None  # why the acting user cannot decide requests
    today: date
    approve: DeskError | None = None  # why it cannot be approved now (a §4 precondition), with the way out


@dataclass(frozen=True)
class RequestView:
    id: int
    status: str
    client_id: int
    subscription_id: int | None
    contact_id: int
    channel: str
    received: date
    message: str
    note: str
    decision: str
    final_billing_date: date | None
    decided_by: str | None
    client_name: str
    contact_name: str
    plan: str | None
    age_business_days: int
    # Why approving it is refused now (unpaid invoice, seats …), for an open request; None otherwise.
    approve_blocker: DeskError | None = None
    version: int = 1  # the row's version when read: the decisions' `expected_version`


@dataclass(frozen=True)
class FinalBillingOption:
    """One choice for approving: the final billing date (None = the latest invoice is the
    last) and the access end it gives."""

    final_billing_date: date | None
    access_end: date
