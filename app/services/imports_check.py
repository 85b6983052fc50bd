"""The checks of a template import across rows and against the database (step 2 of
`app.services.imports`): each finding is a `Problem` at its sheet, row and column.

Reads only. What is checked: allowed values (kind, language, role, period, status,
channel), the rules a service would refuse (trial end, reseller, billing day, end
before start, last four digits, received in the future), uniqueness within the file
(account numbers, ids), at most one primary admin per client (in the file, and against
the one the database already has), and that every reference names a client (in the
file or the database), a contact or a subscription of the file, of the same client.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select

from app import models as m
from app.excel.template import Problem, Record
from app.unit_of_work import UnitOfWork

TITLES = {"account_number": "Account number", "kind": "Kind", "language": "Language", "status": "Status",
          "role": "Role", "period": "Period", "channel": "Channel", "email": "Email"}


DB_WHAT = {"Contacts": "contact", "Subscriptions": "subscription", "Invoices": "invoice"}


class _Checker:
    def __init__(self, uow: UnitOfWork, records: dict[str, list[Record]]) -> None:
        self.uow = uow
        self.records = records
        self.problems: list[Problem] = []
        self.db_accounts = set(uow.session.scalars(select(m.Client.account_number)))
        self.file_accounts: dict[str, Record] = {}
        self.contacts: dict[int, Record] = {}
        self.subscriptions: dict[int, Record] = {}
        self.invoices: dict[int, Record] = {r.values["id"]: r for r in records.get("Invoices", [])
                                             if r.values.get("id") is not None}

    def add(self, record: Record, column: str, message: str) -> None:
        self.problems.append(Problem(record.sheet, record.row, column, message))

    def choice(self, record: Record, key: str, allowed: tuple[str, ...], default: str | None = None) -> None:
        value = record.values.get(key)
        if value is None:
            if default is not None:
                record.values[key] = default
            return
        value = str(value).strip()
        if value.lower() in allowed:
            record.values[key] = value.lower()
            return
        self.add(record, TITLES.get(key, key), f"{value!r} is not one of {', '.join(allowed)}.")

    def account(self, record: Record) -> str | None:
        account = record.values.get("account_number")
        if account is None:
            return None
        if account not in self.file_accounts and account not in self.db_accounts:
            self.add(record, "Account number", f"No client has the account number {account}: add it on the "
                                               "Clients sheet or correct the number.")
            return None
        return account

    def unique_id(self, record: Record, seen: dict[int, Record], what: str) -> None:
        ident = record.values.get("id")
        if ident is None:
            return
        if ident in seen:
            self.add(record, "Id", f"The {what} id {ident} is already used on row {seen[ident].row}.")
        else:
            seen[ident] = record

    # --- sheets -------------------------------------------------------------------
    def staff(self) -> set[str]:
        """Staff users of the file (a full export's Staff sheet); returns every known email."""
        known = {e.lower() for e in self.uow.session.scalars(select(m.StaffUser.email))}
        seen: set[str] = set()
        for r in self.records.get("Staff", []):
            self.choice(r, "role", m.ROLES)
            self.choice(r, "language", m.LANGUAGES, "en")
            self.email(r)
            email = (r.values.get("email") or "").lower()
            if not email:
                continue
            if email in seen:
                self.add(r, "Email", f"The staff user {email} is already on an earlier row.")
            seen.add(email)
            if email not in known and not self.uow.actor.at_least("administrator"):
                self.add(r, "Email", f"The staff user {email} is not in this database, and adding staff users "
                                     "needs an administrator: ask one to import this file, or delete the row.")
        return known | seen

    def clients(self) -> None:
        staff = self.staff()
        for r in self.records.get("Clients", []):
            v = r.values
            account = v.get("account_number")
            if account is not None:
                if account in self.file_accounts:
                    self.add(r, "Account number", f"The account number {account} is already on row "
                                                  f"{self.file_accounts[account].row}.")
                else:
                    self.file_accounts[account] = r
                if len(str(account)) > 40:
                    self.add(r, "Account number", "An account number has at most 40 characters.")
            self.choice(r, "kind", m.CLIENT_KINDS, "direct")
            self.choice(r, "language", m.LANGUAGES, "en")
            self.choice(r, "status", tuple(s for s in m.CLIENT_STATUSES if s not in ("deactivating", "purged")))
            if v.get("kind") == "trial" and v.get("trial_end") is None:
                self.add(r, "Trial end", "A trial client needs a trial end date.")
            if v.get("kind") != "trial" and v.get("trial_end") is not None:
                self.add(r, "Trial end", "Only a trial client has a trial end date; leave it empty.")
            if v.get("kind") == "resold" and not v.get("reseller_name"):
                self.add(r, "Reseller", "A resold client needs the reseller's name.")
            self.email(r)
            manager = v.get("account_manager")
            if manager and manager.lower() not in staff:
                self.add(r, "Account manager", f"There is no staff user with the email {manager}; add them "
                                               "first or leave the cell empty.")

    def email(self, record: Record) -> None:
        value = record.values.get("email")
        if value and ("@" not in value or " " in value or value.startswith("@") or value.endswith("@")):
            self.add(record, "Email", f"{value!r} is not an email address.")

    def contacts_sheet(self) -> None:
        owners: dict[str, list[Record]] = defaultdict(list)
        for r in self.records.get("Contacts", []):
            account = self.account(r)
            self.unique_id(r, self.contacts, "contact")
            self.choice(r, "role", m.CONTACT_ROLES, "user")
            self.choice(r, "language", m.LANGUAGES)
            self.email(r)
            if account is not None and r.values.get("role") == "primary_admin":
                owners[account].append(r)
        for account, rows in owners.items():
            for extra in rows[1:]:
                self.add(extra, "Role", f"{account} already has a primary admin on row {rows[0].row}; a client "
                                        "has one account owner: make this contact an admin.")
            current = self._db_owner(account)
            if current is not None and not _same_contact(current, rows[0].values):
                self.add(rows[0], "Role", f"{account} already has a primary admin, {current.name}; make this "
                                          "contact an admin, or transfer the role in Account Desk first.")

    def _db_owner(self, account: str) -> m.Contact | None:
        if account not in self.db_accounts:
            return None
        return self.uow.session.scalar(select(m.Contact).join(m.Client).where(
            m.Client.account_number == account, m.Contact.role == "primary_admin"))

    def cards(self) -> None:
        for r in self.records.get("Cards", []):
            self.account(r)
            last4 = str(r.values.get("last4") or "")
            if r.values.get("last4") is not None and (len(last4) != 4 or not last4.isdigit()):
                self.add(r, "Last 4 digits", "Give only the last four digits of the card.")
            month, year = r.values.get("exp_month"), r.values.get("exp_year")
            if month is not None and not 1 <= month <= 12:
                self.add(r, "Expiry month", f"{month} is not a month from 1 to 12.")
            if year is not None and not 2000 <= year <= 2100:
                self.add(r, "Expiry year", f"{year} is not a four-digit year.")

    def subscriptions_sheet(self) -> None:
        for r in self.records.get("Subscriptions", []):
            v = r.values
            self.account(r)
            self.unique_id(r, self.subscriptions, "subscription")
            self.choice(r, "period", m.PERIODS)
            self.choice(r, "status", m.SUBSCRIPTION_STATUSES, "active")
            self.choice(r, "cancelled_how", m.CANCELLED_HOW)
            if v.get("price") is not None and v["price"] < 0:
                self.add(r, "Price", "A price is zero or more.")
            day = v.get("billing_day")
            if day is not None and v.get("period") == "annual":
                self.add(r, "Billing day", "A billing day applies to monthly plans only; leave it empty.")
            elif day is not None and not 1 <= day <= 28:
                self.add(r, "Billing day", f"{day} is not a billing day from 1 to 28.")
            if v.get("end_date") and v.get("start") and v["end_date"] < v["start"]:
                self.add(r, "End date", "The end date is before the start date.")
            if v.get("seats") is not None and v["seats"] < 1:
                self.add(r, "Seats", "A subscription has at least one seat.")

    def requests_sheet(self) -> None:
        for r in self.records.get("Requests", []):
            v = r.values
            account = self.account(r)
            self.choice(r, "channel", m.CHANNELS)
            self.choice(r, "status", m.REQUEST_STATUSES, "pending")
            if v.get("received") is not None and v["received"] > self.uow.today:
                self.add(r, "Received", "The received date is in the future.")
            self.reference(r, account, "contact_id", self.contacts, "Contact id", "Contacts")
            self.reference(r, account, "subscription_id", self.subscriptions, "Subscription id", "Subscriptions")

    def reference(self, r: Record, account: str | None, key: str, table: dict[int, Record], title: str,
                  sheet: str) -> None:
        """An id of a row of `sheet` in this file; failing that, of a record already in
        the database (ids as a one-client export shows them), which `key + "__db"` marks."""
        ident = r.values.get(key)
        if ident is None:
            return
        target = table.get(ident)
        if target is None and self.db_record(r, account, key, sheet, ident):
            return
        if target is None:
            self.add(r, title, f"There is no row with id {ident} on the {sheet} sheet, nor such a "
                               f"{DB_WHAT[sheet]} of {account or 'this client'} in Account Desk.")
        elif account is not None and target.values.get("account_number") != account:
            self.add(r, title, f"The {sheet} row {target.row} (id {ident}) belongs to another client, "
                               f"{target.values.get('account_number')}.")

    def db_record(self, r: Record, account: str | None, key: str, sheet: str, ident: int) -> bool:
        if sheet in self.records or account is None or account not in self.db_accounts:
            return False  # the file has the sheet: its ids are the file's own
        model = {"Contacts": m.Contact, "Subscriptions": m.Subscription, "Invoices": m.Invoice}[sheet]
        row = self.uow.session.get(model, ident)
        if row is None or row.client_id != self.db_client(account):
            return False
        r.values[key + "__db"] = ident
        return True

    def db_client(self, account: str) -> int | None:
        return self.uow.session.scalar(select(m.Client.id).where(m.Client.account_number == account))

    def activities(self) -> None:
        for r in self.records.get("Activities", []):
            account = self.account(r)
            if r.values.get("subscription_id") is None:
                continue
            self.reference(r, account, "subscription_id", self.subscriptions, "Subscription id", "Subscriptions")

    def invoices_sheet(self) -> None:
        """A full export's invoices, imported as they were so that payments can refer to them."""
        seen: dict[int, Record] = {}
        dates: dict[tuple, Record] = {}
        for r in self.records.get("Invoices", []):
            key = (r.values.get("account_number"), r.values.get("subscription_id"), r.values.get("issued"))
            if r.values.get("subscription_id") is not None and key in dates:
                self.add(r, "Issued", f"The subscription {key[1]} already has an invoice issued on this day, on "
                                      f"row {dates[key].row}.")
            dates.setdefault(key, r)
            account = self.account(r)
            self.unique_id(r, seen, "invoice")
            self.choice(r, "status", m.INVOICE_STATUSES, "open")
            self.reference(r, account, "subscription_id", self.subscriptions, "Subscription id", "Subscriptions")
            start, end = r.values.get("start"), r.values.get("end")
            if start and end and end < start:
                self.add(r, "Period end", "The period ends before it starts.")

    def payments(self) -> None:
        for r in self.records.get("Payments", []):
            account = self.account(r)
            ident = r.values.get("invoice_id")
            invoice = self.invoices.get(ident) if ident is not None else None
            if ident is not None and invoice is None:
                if not self.db_record(r, account, "invoice_id", "Invoices", ident):
                    self.add(r, "Invoice id", f"There is no row with id {ident} on the Invoices sheet, nor such an "
                                              f"invoice of {account or 'this client'} in Account Desk.")
            elif invoice is not None and account is not None and invoice.values.get("account_number") != account:
                self.add(r, "Invoice id", f"The invoice {ident} belongs to another client.")


def _same_contact(row: m.Contact, values: dict[str, Any]) -> bool:
    email = values.get("email")
    if email and row.email:
        return row.email.lower() == str(email).lower()
    return row.name == values.get("name")


def check_records(uow: UnitOfWork, records: dict[str, list[Record]]) -> list[Problem]:
    checker = _Checker(uow, records)
    checker.clients()
    checker.contacts_sheet()
    checker.cards()
    checker.subscriptions_sheet()
    checker.activities()
    checker.invoices_sheet()
    checker.requests_sheet()
    checker.payments()
    return checker.problems
