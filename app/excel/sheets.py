"""The sheets of a full Account Desk workbook: shared by the export and the import.

One `SheetSpec` per kind of record (DESIGN.md §2, §14). A full export writes these
sheets, in this order, with these columns, in this order; the import reads them back
(a full export is itself a valid import file). Pure data: no SQLAlchemy, no Qt.

How records refer to each other in a workbook:
- every sheet's first column is `id`, the record's id in the database it came from;
- a record of a client names it by `account_number` (the import matches clients on it,
  so re-importing creates no duplicates);
- other references (`subscription_id`, `contact_id`, `invoice_id`, `note_id`) are the
  ids of the first column of the sheet they point to, to be mapped to new ids on import.

Sheet names stay English whatever the interface language (they are the import's keys);
column titles may be translated by the UI (`titles` override of the writer). Past the
row limit a sheet continues on `"<name> (2)"`, `"<name> (3)"`… with the same header:
`base_sheet_name` maps those back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Cell types the writer and the reader understand.
TEXT, DATE, DATETIME, MONEY, INT, BOOL = "text", "date", "datetime", "money", "int", "bool"
TYPES = (TEXT, DATE, DATETIME, MONEY, INT, BOOL)


@dataclass(frozen=True)
class ColumnSpec:
    key: str  # stable identifier: the model attribute, or a documented derived value
    title: str  # English header; the UI may pass translated titles
    type: str = TEXT
    required: bool = False
    width: float | None = None  # characters; None = a default for the type
    # Where the export reads it: "attr" of the sheet's model, or "client.<attr>" /
    # "staff.<attr>" for a value of the record's client / account manager.
    source: str | None = None

    @property
    def field(self) -> str:
        return self.source or self.key


@dataclass(frozen=True)
class SheetSpec:
    kind: str  # stable key: "clients", "contacts", ...
    name: str  # sheet name (at most 31 characters, no []:*?/\)
    model: str  # name of the class in app.models
    columns: tuple[ColumnSpec, ...]
    per_client: bool = True  # part of a one-client export
    importable: bool = False  # the import template holds this sheet

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)

    def column(self, key: str) -> ColumnSpec:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)


def _c(key: str, title: str, type: str = TEXT, *, required: bool = False, width: float | None = None,
       source: str | None = None) -> ColumnSpec:
    return ColumnSpec(key, title, type, required, width, source)


ID = _c("id", "Id", INT, width=9)
ACCOUNT = _c("account_number", "Account number", required=True, width=16, source="client.account_number")

STAFF = SheetSpec("staff", "Staff", "StaffUser", (
    ID, _c("name", "Name", required=True, width=24), _c("email", "Email", required=True, width=30),
    _c("role", "Role", required=True), _c("language", "Language", width=10), _c("active", "Active", BOOL),
), per_client=False)

CLIENTS = SheetSpec("clients", "Clients", "Client", (
    ID, _c("account_number", "Account number", required=True, width=16),
    _c("name", "Name", required=True, width=30), _c("kind", "Kind", width=10), _c("status", "Status"),
    _c("language", "Language", width=10), _c("trial_end", "Trial end", DATE),
    _c("reseller_name", "Reseller", width=24), _c("reseller_contact", "Reseller contact", width=28),
    _c("email", "Email", width=30), _c("phone", "Phone", width=18),
    _c("country", "Country", width=16), _c("city", "City", width=16),
    _c("account_manager", "Account manager", width=30, source="staff.email"),
    _c("created", "Created", DATE),
), importable=True)

CONTACTS = SheetSpec("contacts", "Contacts", "Contact", (
    ID, ACCOUNT, _c("name", "Name", required=True, width=26), _c("email", "Email", width=30),
    _c("phone", "Phone", width=18), _c("role", "Role", required=True, width=14), _c("seat", "Paid seat", BOOL),
    _c("language", "Language", width=10),
), importable=True)

SUBSCRIPTIONS = SheetSpec("subscriptions", "Subscriptions", "Subscription", (
    ID, ACCOUNT, _c("participant", "Participant", width=24), _c("plan", "Plan", required=True, width=24),
    _c("price", "Price", MONEY, required=True), _c("period", "Period", required=True, width=10),
    _c("start", "Start", DATE, required=True), _c("purchased", "Purchased", DATE),
    _c("billing_day", "Billing day", INT), _c("end_date", "End date", DATE), _c("seats", "Seats", INT),
    _c("status", "Status"), _c("next_billing_date", "Next billing", DATE),
    _c("cancellation_month", "Cancellation month", DATE), _c("cancel_from", "Not billed from", DATE),
    _c("access_end", "Access end", DATE), _c("cancelled_how", "Cancelled how"),
    _c("cancelled_at", "Cancelled at", DATETIME), _c("cancelled_by", "Cancelled by", width=28),
), importable=True)

ACTIVITIES = SheetSpec("activities", "Activities", "Activity", (
    ID, ACCOUNT, _c("subscription_id", "Subscription id", INT, required=True),
    _c("name", "Activity", required=True, width=24), _c("enrolled_until", "Enrolled until", DATE),
))

INVOICES = SheetSpec("invoices", "Invoices", "Invoice", (
    ID, ACCOUNT, _c("subscription_id", "Subscription id", INT), _c("issued", "Issued", DATE, required=True),
    _c("start", "Period start", DATE, required=True), _c("end", "Period end", DATE, required=True),
    _c("amount", "Amount", MONEY, required=True), _c("paid", "Paid", MONEY), _c("status", "Status"),
    _c("purchase", "Purchase invoice", BOOL),
))

CREDIT_NOTES = SheetSpec("credit_notes", "Credit notes", "CreditNote", (
    ID, ACCOUNT, _c("invoice_id", "Invoice id", INT, required=True), _c("issued", "Issued", DATE, required=True),
    _c("amount", "Amount", MONEY, required=True), _c("reason", "Reason", width=30),
))

REFUNDS = SheetSpec("refunds", "Refunds", "Refund", (
    ID, ACCOUNT, _c("invoice_id", "Invoice id", INT, required=True), _c("issued", "Issued", DATE, required=True),
    _c("amount", "Amount", MONEY, required=True),
))

PAYMENTS = SheetSpec("payments", "Payments", "PaymentAttempt", (
    ID, ACCOUNT, _c("invoice_id", "Invoice id", INT, required=True), _c("on", "Date", DATE, required=True),
    _c("ok", "Succeeded", BOOL, required=True), _c("amount", "Amount", MONEY, required=True),
), importable=True)

CARDS = SheetSpec("cards", "Cards", "Card", (
    ID, ACCOUNT, _c("brand", "Brand", required=True), _c("last4", "Last 4 digits", required=True),
    _c("exp_month", "Expiry month", INT, required=True), _c("exp_year", "Expiry year", INT, required=True),
    _c("added", "Added", DATE), _c("removed", "Removed", DATE), _c("expiry_reminded", "Expiry reminded", DATE),
), importable=True)

REQUESTS = SheetSpec("requests", "Requests", "CancellationRequest", (
    ID, ACCOUNT, _c("subscription_id", "Subscription id", INT), _c("contact_id", "Contact id", INT, required=True),
    _c("channel", "Channel", required=True), _c("received", "Received", DATE, required=True),
    _c("message", "Message", width=40), _c("status", "Status"), _c("note", "Note", width=30),
    _c("decision", "Decision", width=30), _c("final_billing_date", "Final billing date", DATE),
    _c("decided_by", "Decided by", width=28), _c("decided_at", "Decided at", DATETIME),
), importable=True)

NOTES = SheetSpec("notes", "Notes", "Note", (
    ID, ACCOUNT, _c("created", "Created", DATETIME), _c("author", "Author", width=28),
    _c("text", "Text", required=True, width=50),
))

ATTACHMENTS = SheetSpec("attachments", "Attachments", "Attachment", (
    ID, ACCOUNT, _c("note_id", "Note id", INT), _c("filename", "File name", width=30),
))

PAUSES = SheetSpec("pauses", "Pauses", "Pause", (
    ID, ACCOUNT, _c("contact_id", "Contact id", INT), _c("started", "Started", DATE),
    _c("reason", "Reason", width=30), _c("category", "Category"), _c("resume_in_months", "Resume in months", INT),
    _c("keep_data", "Keep data", BOOL), _c("grace_end", "Grace end", DATE), _c("purge_on", "Purge on", DATE),
    _c("reminder_sent", "Reminder sent", DATE), _c("resumed_on", "Resumed on", DATE),
))

CLOSURES = SheetSpec("closures", "Closures", "Closure", (
    ID, ACCOUNT, _c("contact_id", "Contact id", INT), _c("requested", "Requested", DATE),
    _c("reason", "Reason", width=30), _c("session_kind", "Session"), _c("session_date", "Session date", DATE),
    _c("deactivate_when_ended", "Deactivate when ended", BOOL), _c("revoked", "Revoked", DATE),
))

DEACTIVATIONS = SheetSpec("deactivations", "Deactivations", "Deactivation", (
    ID, ACCOUNT, _c("requester_contact_id", "Requester contact id", INT), _c("requested", "Requested", DATE),
    _c("reason", "Reason", width=30), _c("backup", "Backup", width=30), _c("approved_by", "Approved by", width=28),
    _c("purge_on", "Purge on", DATE), _c("revoked", "Revoked", DATE),
))

EMAILS = SheetSpec("emails", "Emails", "Email", (
    ID, _c("account_number", "Account number", width=16, source="client.account_number"),
    _c("event", "Event", width=22), _c("audience", "Audience"), _c("to", "To", width=30),
    _c("subject", "Subject", width=40), _c("status", "Status"), _c("created", "Created", DATETIME),
    _c("sent", "Sent", DATETIME), _c("body", "Body", width=50),
))

TIMELINE = SheetSpec("timeline", "Timeline", "AuditEvent", (
    ID, _c("account_number", "Account number", width=16, source="client.account_number"),
    _c("at", "At", DATETIME), _c("actor", "Actor", width=28), _c("action", "Action", width=24),
    _c("summary", "Summary", width=50),
))

# In the order of the workbook: a record's references point to sheets before it.
SHEETS: tuple[SheetSpec, ...] = (
    STAFF, CLIENTS, CONTACTS, SUBSCRIPTIONS, ACTIVITIES, INVOICES, CREDIT_NOTES, REFUNDS, PAYMENTS, CARDS,
    REQUESTS, NOTES, ATTACHMENTS, PAUSES, CLOSURES, DEACTIVATIONS, EMAILS, TIMELINE,
)
BY_NAME = {s.name: s for s in SHEETS}
BY_KIND = {s.kind: s for s in SHEETS}

MAX_SHEET_NAME = 31
_CONTINUATION = re.compile(r"^(?P<base>.+) \((?P<n>\d+)\)$")


def continuation_name(base: str, number: int) -> str:
    """The name of the `number`-th sheet of `base` (1 = `base` itself)."""
    if number == 1:
        return base
    suffix = f" ({number})"
    return base[: MAX_SHEET_NAME - len(suffix)] + suffix


def base_sheet_name(name: str) -> str:
    """`"Invoices (2)"` -> `"Invoices"`; a name that is not a continuation is returned as is."""
    match = _CONTINUATION.match(name)
    if match and match.group("base") in BY_NAME:
        return match.group("base")
    return name


def sheets_for(client_id: int | None) -> tuple[SheetSpec, ...]:
    """The sheets of a one-client export (`client_id` given) or of a whole-database one."""
    return tuple(s for s in SHEETS if client_id is None or s.per_client)
