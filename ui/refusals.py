"""Refusals in the user's language (DESIGN.md §13, §16): one place in ui/ that turns a
``DeskError``'s code and params into a translated sentence.

``app.refusals`` holds the English templates and the renderer; here each code has the
same template as a literal ``_t("Refusal", ...)`` call, so lupdate extracts it and the
.ts files give its French and Chinese wording with the same placeholders. Dates, months
and money are written by the user's ``QLocale``, the ``{x:label}`` words come
translated from ``labels()``. A code without a translation here is shown as the English
``str(error)``.

Each area adds its codes in its own function marked ``@section`` (its label codes in one
marked ``@label_section``), in its marked block below, so the areas never edit the same lines.

Thread rule: GUI thread (translation lookups are cheap; nothing here touches the database).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import cache

from PySide6.QtCore import QLocale

from app.errors import DeskError
from app.refusals import LABELS, Formats, render
from ui.formatting import long_date, money, month_year
from ui.i18n import _t

Table = Callable[[], dict[str, str]]
SECTIONS: list[Table] = []
LABEL_SECTIONS: list[Table] = []


def section(table: Table) -> Table:
    """Registers a function returning translated templates by code."""
    SECTIONS.append(table)
    return table


def label_section(table: Table) -> Table:
    """Registers a function returning translated ``{x:label}`` words by code."""
    LABEL_SECTIONS.append(table)
    return table


def sentence(error: DeskError, locale: QLocale | None = None) -> str:
    """The refusal `error` as a sentence in the interface language, its dates and amounts
    written as `locale` (default: the default QLocale) writes them."""
    template = templates().get(error.code)
    if template is None:
        return str(error)
    return render(template, error.params, formats(locale or QLocale()))


def describe(exc: BaseException, locale: QLocale | None = None) -> str:
    """A refusal's translated sentence; any other error as its own text (a file error, a bug)."""
    return sentence(exc, locale) if isinstance(exc, DeskError) else str(exc)


def reason(error: DeskError | None, locale: QLocale | None = None) -> str | None:
    """The tooltip of an action a blocker disables, or None when the action is allowed."""
    return None if error is None else sentence(error, locale)


# Built once, like the status words (ui.labels): the interface language is chosen at
# start-up. Building them translates some 300 messages; done for each sentence, the window's
# update of its actions (a dozen refusals, three or four times per client shown) took
# 1-2.5 ms each time (issue 13).
@cache
def templates() -> dict[str, str]:
    """Every translated template, by code."""
    return _merged(SECTIONS)


@cache
def labels() -> dict[str, str]:
    return _merged(LABEL_SECTIONS)


def _merged(tables: list[Table]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for table in tables:
        merged.update(table())
    return merged


def formats(locale: QLocale) -> Formats:
    words = labels()

    def label(code: str) -> str:
        return words.get(code) or LABELS.get(code, code)

    def long(day: date) -> str:
        return long_date(locale, day)

    def month(day: date) -> str:
        return month_year(locale, day)

    def amount(value: Decimal) -> str:
        return money(locale, value)

    return Formats(long_date=long, month=month, money=amount, join=_join, label=label)


def _join(items: list[str]) -> str:
    return _t("RefusalFormat", ", ", "between the items of a list").join(items)


# --- the core: clients, subscriptions, cancellation, requests, settings, databases ----
@section
def _core() -> dict[str, str]:
    return {
        "permission": _t("Refusal", "{action:label} needs {needed:label}; you are signed in as {held:label}. Ask {needed:label} to do it."),
        "disk_full": _t("Refusal", "The database could not be written (the disk may be full), so this change was not saved; what was saved before is intact. Free some disk space and try again."),
        "not_found": _t("Refusal", "There is no {what:label} with id {ident}; it may have been removed. Refresh and try again."),
        "not_staff": _t("Refusal", "{user} is not a staff user of this database; ask an administrator to add you."),
        "login_not_staff": _t("Refusal", "This database login is not a staff user of this database; ask an administrator to add you."),
        "text_empty": _t("Refusal", "The {what:label} cannot be empty; type one."),
        "text_too_long": _t("Refusal", "The {what:label} is longer than {limit} characters; shorten it."),
        "not_an_email": _t("Refusal", "The {what:label} “{value}” is not an email address; check it and try again."),
        "not_a_choice": _t("Refusal", "The {what:label} must be one of {allowed:list}; “{value}” is not."),
        "not_money": _t("Refusal", "The {what:label} “{value}” is not an amount of money."),
        "money_negative": _t("Refusal", "The {what:label} must be zero or more; {value} is not."),
        "money_decimals": _t("Refusal", "The {what:label} {value} has more than two decimals."),
        "staff_email_taken": _t("Refusal", "A staff user with the email {email} already exists."),
        "staff_unknown": _t("Refusal", "There is no staff user with the email {email}; add them first."),
        "trial_needs_end": _t("Refusal", "A trial client needs a trial end date; give the date the trial ends."),
        "trial_end_not_trial": _t("Refusal", "Only a trial client has a trial end date; leave it empty or make the client a trial."),
        "resold_needs_reseller": _t("Refusal", "A resold client needs the reseller's name; give the reseller who manages it."),
        "account_number_taken": _t("Refusal", "The account number {number} is already used by another client."),
        "primary_admin_exists": _t("Refusal", "{client} already has a primary admin (the account owner); transfer the role instead of adding a second one."),
        "card_last4": _t("Refusal", "Give only the last four digits of the card, never the full card number."),
        "card_expiry_invalid": _t("Refusal", "The card's expiry must be a month from 1 to 12 and a four-digit year."),
        "card_expired": _t("Refusal", "This card has already expired; ask the client for a valid card."),
        "attachment_missing": _t("Refusal", "The file {path} cannot be attached: it does not exist or is not a file."),
        "attachment_too_large": _t("Refusal", "The file {file} is larger than {limit_mb} MB; attach a smaller file."),
        "buy_while_deactivating": _t("Refusal", "{client} is being deleted; a new subscription can only be bought for an account that is not being deleted: revoke the deactivation first."),
        "buy_while_stopped": _t("Refusal", "{client} is {status:label}; a new subscription can only be bought for an account that is running: resume the account first."),
        "billing_day_annual": _t("Refusal", "A billing day applies to monthly plans only; leave it empty for an annual plan."),
        "billing_day_range": _t("Refusal", "The billing day must be between 1 and 28, so that every month has it; {day} is not."),
        "end_before_start": _t("Refusal", "The end date, {end:date}, is before the start date, {start:date}; choose an end date on or after the start."),
        "seats_min": _t("Refusal", "A subscription has at least one seat."),
        "payment_invoice_closed": _t("Refusal", "The invoice of {issued:date} is {status:label}; no payment can be recorded against it."),
        "invoice_already_paid": _t("Refusal", "The invoice of {issued:date} is already paid; nothing is due."),
        "credit_invoice_closed": _t("Refusal", "The invoice of {issued:date} is already {status:label}."),
        "credit_nothing_left": _t("Refusal", "Nothing is left to credit on the invoice of {issued:date}; it is fully paid or credited."),
        "credit_too_much": _t("Refusal", "A credit note can be at most the open amount of the invoice, {due:money}; {amount:money} is more. Record a refund for money already paid."),
        "convert_not_trial": _t("Refusal", "{client} is not a trial account; only a trial can be converted."),
        "convert_wrong_status": _t("Refusal", "{client} is {status:label}; only a trial or an expired trial can be converted."),
        "unpaid_invoices": _t("Refusal", "{client} has {count} unpaid {count:plural:invoice|invoices} (the oldest issued {oldest:date}); record the payment or credit {count:plural:it|them} first, then cancel."),
        "too_many_seats": _t("Refusal", "{client} has {seats} active paid seats and at most {limit} are allowed when cancelling; deactivate users and reduce licences in the Contacts and seats tab first."),
        "cancel_voided": _t("Refusal", "This subscription was voided as bought by mistake; there is nothing left to cancel."),
        "cancel_ended": _t("Refusal", "This subscription already ended on {end:date}; buy it again for the client if they want it back."),
        "cancel_ended_undated": _t("Refusal", "This subscription has already ended; buy it again for the client if they want it back."),
        "cancel_paused": _t("Refusal", "This subscription is paused with its account; resume the account before cancelling it."),
        "cancel_trial": _t("Refusal", "This is a trial account: it is never billed and simply expires at the trial end, so there is nothing to cancel."),
        "cancel_at_earliest": _t("Refusal", "This subscription is already cancelled after {month:month}, the earliest month possible; it cannot be moved earlier. To undo a mistaken cancellation, let the subscription expire and buy it again for the client."),
        "cancel_no_month": _t("Refusal", "No termination month can be offered: the configured end date comes before any further invoice. The subscription ends by itself on its end date."),
        "cancel_only_earlier": _t("Refusal", "This subscription is already cancelled after {month:month}; a cancellation can only be moved earlier, not later or removed. To undo a mistaken cancellation, let the subscription expire and buy it again for the client."),
        "cancel_month_not_offered": _t("Refusal", "{month:month} is not a month this subscription can be cancelled after; choose one from {first:month} to {last:month}."),
        "revoke_policy_off": _t("Refusal", "Revoking a cancellation is turned off by the policy allow_revoke_cancellation. To undo a mistaken cancellation, let the subscription expire and buy it again for the client. An administrator can turn the policy on in the settings."),
        "revoke_access_ended": _t("Refusal", "This subscription's access has already ended; buy it again for the client."),
        "revoke_not_cancelled": _t("Refusal", "This subscription is {status:label}, not cancelled; there is no cancellation to revoke."),
        "void_already_voided": _t("Refusal", "This subscription is already voided; its invoices are under the client's billing."),
        "void_ended": _t("Refusal", "This subscription has already ended; voiding is for a purchase made by mistake that is still running. Credit or refund its invoices instead."),
        "void_no_invoice": _t("Refusal", "This subscription has no invoice to void."),
        "refund_too_much": _t("Refusal", "The refund {refund:money} is more than what was paid on this invoice ({paid:money}); refund at most {paid:money}."),
        "no_paid_period": _t("Refusal", "This subscription has no invoice yet, so there is no paid period to end it with."),
        "already_ends_sooner": _t("Refusal", "This subscription is already cancelled with access until {end:date}, which is not later than what this request asks; there is nothing more to do."),
        "close_trial": _t("Refusal", "{client} is a trial account: it is not closed, it simply expires on {end:date} and is never billed unless converted."),
        "close_trial_undated": _t("Refusal", "{client} is a trial account: it is not closed, it simply expires at its trial end and is never billed unless converted."),
        "close_resold": _t("Refusal", "{client} is managed by the reseller {reseller}; the account is closed through them. Ask the client to contact their reseller."),
        "close_already": _t("Refusal", "{client} is already {status:label}."),
        "close_not_owner": _t("Refusal", "{contact} is not the primary admin of {client}; only the account owner can close the account. Ask the account owner to request it."),
        "close_requester_not_owner": _t("Refusal", "The requester is not the primary admin of {client}; only the account owner can close the account. Ask the account owner to request it."),
        "received_in_future": _t("Refusal", "The received date, {received:date}, is in the future; give the day the client sent the request."),
        "request_client_deleted": _t("Refusal", "{client} is being deleted; no request can be recorded for it."),
        "whole_account_needs_owner": _t("Refusal", "Only the client's primary admin (the account owner) can ask to close the whole account; {contact} is {role:label}. Ask the account owner to send the request."),
        "subscription_not_of_client": _t("Refusal", "That subscription does not belong to {client}; choose one of its own."),
        "request_already_cancelled": _t("Refusal", "This subscription is already cancelled: access ends on {end:date}. No request is needed; tell the client the date."),
        "request_already_decided": _t("Refusal", "This request is already {status:label}; only a pending or waiting request can be decided."),
        "request_not_pending": _t("Refusal", "This request is {status:label}; only a pending request can be put on hold."),
        "final_billing_not_offered": _t("Refusal", "{chosen:date} is not a final billing date this subscription can take; the coming billing dates are {coming:dates}."),
        "final_billing_latest_not_offered": _t("Refusal", "Ending with the latest invoice is not a final billing date this subscription can take; the coming billing dates are {coming:dates}."),
        "setting_unknown": _t("Refusal", "There is no setting called {key}; the settings are {known:list}."),
        "setting_not_whole": _t("Refusal", "The setting {key} must be a whole number of at least {least}; {value} is not."),
        "setting_not_bool": _t("Refusal", "The setting {key} must be true or false; {value} is not."),
        "setting_choice": _t("Refusal", "The setting {key} must be one of {allowed:list}; {value} is not."),
        "setting_empty": _t("Refusal", "The setting {key} cannot be empty."),
        "setting_not_text": _t("Refusal", "The setting {key} must be text."),
        "setting_currency": _t("Refusal", "The currency must be a three-letter ISO 4217 code, one of {known:list}; {value} is not."),
        "keyring_unavailable": _t("Refusal", "The OS keyring is not available, so the SMTP password cannot be stored or read ({reason}). Install or unlock the system's password store (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and try again."),
        "keyring_file_only": _t("Refusal", "The OS keyring is not available, so the SMTP password cannot be stored or read: the only keyring found stores passwords in a file. Install or unlock the system's password store (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and try again."),
        "keyring_failed": _t("Refusal", "The OS keyring could not be used for the SMTP password: {reason}"),
        "smtp_user_missing": _t("Refusal", "Set the SMTP user first; the password is stored under that user name."),
        "smtp_password_empty": _t("Refusal", "The SMTP password is empty; type it, or remove the stored one instead."),
        "sender_missing": _t("Refusal", "Set the sender address (SMTP sender or organisation email) before sending emails."),
        "sender_invalid": _t("Refusal", "The sender address “{address}” is not an email address; check the SMTP sender in Settings."),
        "eml_deletion_email": _t("Refusal", "The account deletion email is never saved as a file; it is deleted with the account's data."),
        "database_url_invalid": _t("Refusal", "The database URL {url} is not valid; expected e.g. sqlite:///path/file.sqlite3 or postgresql+psycopg://user@host/db."),
        "database_driver": _t("Refusal", "The database URL {url} names {driver}; Account Desk works with SQLite or PostgreSQL."),
        "database_url_unusable": _t("Refusal", "The database URL {url} is not usable: {reason}."),
        "database_foreign": _t("Refusal", "The database {url} holds tables of another program; choose an empty database for Account Desk."),
        "database_newer": _t("Refusal", "The database {url} was written by a newer version of Account Desk; install the newer version to open it."),
        "database_cannot_open": _t("Refusal", "The database {url} cannot be opened: {reason}."),
        "database_server_unreachable": _t("Refusal", "The database {url} cannot be opened: its server cannot be reached ({reason}). Check that it is running and that the network is up, then retry."),
        "server_unreachable": _t("Refusal", "The database server cannot be reached; nothing was changed. Check that it is running and that the network is up, then retry."),
        "connection_lost": _t("Refusal", "The connection to the database server was lost during this operation; a change is saved whole or not at all. Refresh to see whether it was saved, then retry."),
        "server_permission_denied": _t("Refusal", "The database server refused this to your login ({reason}); nothing was changed. Ask an administrator to grant your login the rights of its role."),
        "database_unusable": _t("Refusal", "The database {url} cannot be used: {reason}."),
        "database_schema_older": _t("Refusal", "The team database is at version {current}; this app needs {needed}. Ask an administrator to open it once with this version."),
        "database_keyring_unavailable": _t("Refusal", "The OS keyring is not available, so the database password cannot be stored or read ({reason}). Install or unlock the system's password store (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and try again."),
        "database_keyring_file_only": _t("Refusal", "The OS keyring is not available, so the database password cannot be stored or read: the only keyring found stores passwords in a file. Install or unlock the system's password store (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and try again."),
        "database_keyring_failed": _t("Refusal", "The OS keyring could not be used for the database password: {reason}"),
        "database_folder_missing": _t("Refusal", "The folder of the database file {path} does not exist."),
        "database_file_unreadable": _t("Refusal", "The database file {path} cannot be read: {reason}."),
        "database_not_sqlite": _t("Refusal", "The file {path} is not an Account Desk database (it is not a SQLite file)."),
        "database_file_corrupt": _t("Refusal", "The file {path} is not a readable Account Desk database ({reason})."),
        "database_file_foreign": _t("Refusal", "The file {path} is a SQLite database of another program, not an Account Desk database."),
    }


@label_section
def _core_labels() -> dict[str, str]:
    return {
        "staff": _t("RefusalLabel", "a staff member"),
        "manager": _t("RefusalLabel", "a manager"),
        "administrator": _t("RefusalLabel", "an administrator"),
        "primary_admin": _t("RefusalLabel", "the account owner"),
        "admin": _t("RefusalLabel", "an admin"),
        "user": _t("RefusalLabel", "a user"),
        "client": _t("RefusalLabel", "client"),
        "contact": _t("RefusalLabel", "contact"),
        "subscription": _t("RefusalLabel", "subscription"),
        "invoice": _t("RefusalLabel", "invoice"),
        "email": _t("RefusalLabel", "email"),
        "cancellation request": _t("RefusalLabel", "cancellation request"),
        "active": _t("RefusalLabel", "active"),
        "trial": _t("RefusalLabel", "a trial"),
        "paused": _t("RefusalLabel", "paused"),
        "locked": _t("RefusalLabel", "locked"),
        "closing": _t("RefusalLabel", "closing"),
        "expired": _t("RefusalLabel", "expired"),
        "deactivating": _t("RefusalLabel", "being deleted"),
        "purged": _t("RefusalLabel", "deleted"),
        "cancelling": _t("RefusalLabel", "cancelled"),
        "voided": _t("RefusalLabel", "voided"),
        "open": _t("RefusalLabel", "open"),
        "paid": _t("RefusalLabel", "paid"),
        "void": _t("RefusalLabel", "void"),
        "credited": _t("RefusalLabel", "credited"),
        "pending": _t("RefusalLabel", "pending"),
        "waiting": _t("RefusalLabel", "waiting for the client"),
        "approved": _t("RefusalLabel", "approved"),
        "rejected": _t("RefusalLabel", "rejected"),
        "void_invoice": _t("RefusalLabel", "Voiding an invoice"),
        "revoke_cancellation": _t("RefusalLabel", "Revoking a cancellation"),
        "decide_request": _t("RefusalLabel", "Deciding a cancellation request"),
        "edit_settings": _t("RefusalLabel", "Changing settings"),
        "set_smtp_password": _t("RefusalLabel", "Changing the SMTP password"),
        "add_staff": _t("RefusalLabel", "Adding a staff user"),
        "edit_staff": _t("RefusalLabel", "Changing a staff user"),
        "db_login": _t("RefusalLabel", "database login"),
        "db_password": _t("RefusalLabel", "database login's password"),
        "staff_name": _t("RefusalLabel", "staff user's name"),
        "staff_email": _t("RefusalLabel", "staff user's email"),
        "role": _t("RefusalLabel", "role"),
        "language": _t("RefusalLabel", "language"),
        "client_name": _t("RefusalLabel", "client's name"),
        "client_kind": _t("RefusalLabel", "kind of client"),
        "client_email": _t("RefusalLabel", "client's email"),
        "account_number": _t("RefusalLabel", "account number"),
        "phone": _t("RefusalLabel", "phone"),
        "contact_name": _t("RefusalLabel", "contact's name"),
        "contact_email": _t("RefusalLabel", "contact's email"),
        "contact_role": _t("RefusalLabel", "contact role"),
        "card_brand": _t("RefusalLabel", "card brand"),
        "note": _t("RefusalLabel", "note"),
        "plan_name": _t("RefusalLabel", "plan name"),
        "participant": _t("RefusalLabel", "participant"),
        "price": _t("RefusalLabel", "price"),
        "period": _t("RefusalLabel", "period"),
        "refund": _t("RefusalLabel", "refund"),
        "credit_amount": _t("RefusalLabel", "credit amount"),
        "channel": _t("RefusalLabel", "channel"),
        "message": _t("RefusalLabel", "message"),
        "reject_reason": _t("RefusalLabel", "reason for rejecting"),
        "hold_note": _t("RefusalLabel", "note saying what the client must send"),
        "organisation_email": _t("RefusalLabel", "organisation email"),
    }


# --- the window's action checks (app/actions.py) ------------------------------------------
@section
def _actions() -> dict[str, str]:
    return {
        "cancel_all_nothing_running": _t("Refusal", "{client} has no active subscription to cancel; the ones already cancelled keep their dates."),
        "request_duplicate": _t("Refusal", "{client} already has a request for this, received on {received:date} and {status:label}; decide that one instead of recording it twice (open it from the Requests page)."),
        "record_request_no_contact": _t("Refusal", "{client} has no contact: add the person who asked as a contact first, then record the request."),
    }


@label_section
def _actions_labels() -> dict[str, str]:
    return {"export_expired": _t("RefusalLabel", "Exporting a client whose subscriptions have expired"),
            "staff user": _t("RefusalLabel", "staff user"),
            "credit_invoice": _t("RefusalLabel", "Crediting an invoice")}


# --- pause, resume, closure (DESIGN.md §8, §9): an @section function here --------------
@section
def _accounts() -> dict[str, str]:
    return {
        "pause_trial": _t("Refusal", "{client} is a trial account: it is not paused, it is never billed and simply expires on {end:date}. Convert it to a paying account first if the client wants to keep it."),
        "pause_trial_undated": _t("Refusal", "{client} is a trial account: it is not paused, it is never billed and simply expires at its trial end. Convert it to a paying account first if the client wants to keep it."),
        "pause_resold": _t("Refusal", "{client} is managed by the reseller {reseller}; a resold account cannot be paused here. Ask the client to contact {reseller}."),
        "requester_not_contact": _t("Refusal", "The requester is not a contact of {client}; {action:label} is requested by the client's account owner. Choose the account owner as the requesting contact."),
        "requester_not_owner": _t("Refusal", "{contact} is not the primary admin of {client}; only the account owner may request {action:label}. Ask the account owner to make the request."),
        "no_account_owner": _t("Refusal", "{client} has no primary admin; {action:label} is requested by the account owner. Make one contact the primary admin first."),
        "pause_too_soon": _t("Refusal", "{client} was last paused on {last:date}; an account can be paused once every 12 months, so the next pause is possible from {day:date}."),
        "pause_state": _t("Refusal", "{client} is {status:label}; only an active account can be paused."),
        "pause_reason_required": _t("Refusal", "Give the reason the client gives for the pause; it is required."),
        "pause_resume_months": _t("Refusal", "The expected resume must be in 1, 2, 3, 6 or 12 months; {months} is not one of them."),
        "pause_category": _t("Refusal", "The reason category must be seasonal, budget, low usage, switching product or other; {category} is not one of them."),
        "typed_name_mismatch": _t("Refusal", "The name typed does not match the client's name exactly; type {client} (same letters, case and spaces) to confirm the deletion."),
        "resume_state": _t("Refusal", "{client} is {status:label}; only a paused or locked account can be resumed."),
        "resume_card_invalid": _t("Refusal", "Give the new card's brand, its last four digits and its expiry month (1 to 12) and year."),
        "resume_card_expired": _t("Refusal", "The card ending {last4} expired at the end of {month:month}; ask the client for a card that is still valid."),
        "close_state": _t("Refusal", "{client} is {status:label}; there is no running account to close."),
        "close_paused": _t("Refusal", "{client} is {status:label}; resume the account before closing it, or let the pause run its course."),
        "close_reason_required": _t("Refusal", "Give the reason for closing the account; it is required."),
        "close_session_invalid": _t("Refusal", "The session offer must be a date (scheduled), declined or email; {value} is not one of them."),
        "close_session_past": _t("Refusal", "The session date {day:date} is in the past; schedule it today or later."),
        "closure_none": _t("Refusal", "{client} is {status:label}; there is no closure in progress to revoke."),
        "closure_revoke_policy": _t("Refusal", "Revoking the closure of {client} would revoke its cancellations, which the policy allow_revoke_cancellation turns off. Let the subscriptions end and buy them again, or ask an administrator to turn the policy on."),
    }


@label_section
def _accounts_labels() -> dict[str, str]:
    return {
        "pause": _t("RefusalLabel", "Pausing an account"),
        "pause_delete": _t("RefusalLabel", "Pausing an account with its data deleted"),
        "resume": _t("RefusalLabel", "Resuming an account"),
        "close": _t("RefusalLabel", "Closing an account"),
        "close_deactivate": _t("RefusalLabel", "Scheduling deactivation when the subscriptions end"),
        "revoke_closure": _t("RefusalLabel", "Revoking a closure"),
        "account_pause": _t("RefusalLabel", "a pause"),
        "account_resume": _t("RefusalLabel", "resuming the account"),
        "account_close": _t("RefusalLabel", "closing the account"),
    }



# --- deactivation and the purge (DESIGN.md §10): an @section function here ------------
@section
def _deactivation() -> dict[str, str]:
    return {
        "deactivation_already": _t("Refusal", "{client} is already deactivated; its data is deleted on {day:date}. Revoke the deactivation from Pending deactivations to keep it."),
        "deactivation_running": _t("Refusal", "{client} still has {n} {n:plural:subscription|subscriptions} running with no end date; cancel {n:plural:it|them} first. Deactivation becomes possible the day after the last access ends."),
        "deactivation_too_early": _t("Refusal", "{client} still has access until {access_end:date}; deactivation becomes possible on {day:date}. Wait until then."),
        "deactivation_no_owner": _t("Refusal", "{client} has no account owner (primary admin contact); only the account owner may ask for a deactivation. Name one among the contacts first."),
        "deactivation_requester": _t("Refusal", "{contact} is not the account owner of {client}; only {owner}, the account owner, may ask for a deactivation. Ask {owner} to request it."),
        "deactivation_reason": _t("Refusal", "Give the reason for the deactivation."),
        "deactivation_backup": _t("Refusal", "The export {path} cannot be found; export the client's data again, or choose to skip the export and acknowledge it."),
        "deactivation_confirm_name": _t("Refusal", "The name typed is not exactly {client}; type the client's name with the same letters, case and spaces to confirm."),
        "deactivation_none": _t("Refusal", "{client} has no deactivation pending; there is nothing to revoke."),
        "deactivation_too_late": _t("Refusal", "The data of {client} is deleted on {day:date}; the deactivation can no longer be revoked."),
    }


@label_section
def _deactivation_labels() -> dict[str, str]:
    return {"deactivate": _t("RefusalLabel", "Deactivating an account"),
            "revoke_deactivation": _t("RefusalLabel", "Revoking a deactivation")}



# --- Excel export and import (DESIGN.md §14): an @section function here ---------------
@section
def _excel() -> dict[str, str]:
    return {
        "export_unwritable": _t("Refusal", "The export cannot be written to {path}: the folder does not exist or is not writable. Choose another folder."),
        "export_unknown_sheet": _t("Refusal", "There is no {sheet} table to export. Choose one of the workbook's sheets."),
        "import_no_file": _t("Refusal", "{file} cannot be imported: there is no such file. Choose the file again."),
        "import_too_big": _t("Refusal", "{file} is larger than {megabytes} MB, more than an import takes; split it into smaller files and import them one by one."),
        "import_old_xls": _t("Refusal", "{file} is an old Excel 97-2003 (.xls) file; open it in a spreadsheet program, save it as an Excel workbook (.xlsx) or as CSV, and import that."),
        "import_not_workbook": _t("Refusal", "{file} is not an Excel workbook (.xlsx); choose an .xlsx or CSV file."),
        "import_damaged": _t("Refusal", "{file} is a damaged or incomplete workbook ({detail}); open it in a spreadsheet program, save it again, and import the new copy."),
        "import_too_many_parts": _t("Refusal", "{file} holds {n} parts, more than the {limit} a workbook has; it is not a workbook Account Desk can import safely. Save it again as .xlsx or CSV."),
        "import_zip_bomb": _t("Refusal", "{file} would unpack to about {megabytes} MB, far more than its data can be (a compressed bomb); it was not opened. Save the data again as .xlsx or CSV."),
        "import_xml_entities": _t("Refusal", "{file} declares XML entities in its part {part}, which a workbook never needs and which can make it expand without end; it was not opened. Save it again from a spreadsheet program."),
        "import_too_many_rows": _t("Refusal", "The sheet {sheet} of {file} has more than {limit} rows, more than one import takes; split it into several files."),
        "import_too_many_columns": _t("Refusal", "The sheet {sheet} of {file} has more than {limit} columns; delete the columns you do not import and try again."),
        "import_formula": _t("Refusal", "Cell {cell} of the sheet {sheet} in {file} holds a formula; an import takes values only. Copy the sheet and paste it as values, then import again."),
        "import_merged_cells": _t("Refusal", "The sheet {sheet} of {file} has merged cells ({cells}); unmerge them so that every row has its own values, then import again."),
        "import_hidden_sheet": _t("Refusal", "{file} has a hidden sheet, {sheet}; unhide it to check what it holds, or delete it, then import again."),
        "import_csv_encoding": _t("Refusal", "{file} is not readable text: line {line} is not valid {encoding}, so accents would be garbled. Save it again as CSV UTF-8 and import that."),
        "import_csv_binary": _t("Refusal", "{file} is not a text (CSV) file; choose a CSV or an Excel workbook."),
        "import_empty": _t("Refusal", "{file} has no rows to import; it needs a header row and at least one row of data."),
        "import_invalid": _t("Refusal", "{file} was not imported: it has {n} {n:plural:problem|problems} (the first: {first}). Correct them and import again; nothing was changed."),
        "import_no_sheets": _t("Refusal", "{file} has none of the sheets an import reads ({sheets:list}); start from the template (accountdesk import --template FILE)."),
        "import_csv_not_template": _t("Refusal", "{file} is a CSV file; the template import reads Excel workbooks. Import it as a file from another program, whose columns you map to client fields."),
        "import_unmapped": _t("Refusal", "No column of {file} is matched to the client name or the account number; choose which column holds them in the mapping."),
    }


@label_section
def _excel_labels() -> dict[str, str]:
    return {"import": _t("RefusalLabel", "Importing"), "restore": _t("RefusalLabel", "Restoring a backup")}


# --- editing details and contacts, withdrawing a request (issue 10) --------------------
@section
def _edits() -> dict[str, str]:
    return {
        "field_not_editable": _t("Refusal", "{field} cannot be changed here; the fields that can are {allowed:list}."),
        "staff_inactive": _t("Refusal", "{name} is no longer an active staff user; choose another account manager."),
        "contact_is_owner": _t("Refusal", "{contact} is the account owner of {client}; to change who owns the account, make another contact the owner with Make account owner in the Contacts and seats tab."),
        "contact_owner_by_transfer": _t("Refusal", "To make {contact} the account owner of {client}, use Make account owner in the Contacts and seats tab: the current owner then becomes an admin."),
        "contact_in_use": _t("Refusal", "{contact} is named by {n} {n:plural:record|records} of {client} (a cancellation request, pause, closure or deactivation), so the contact cannot be removed; edit it instead."),
        "request_not_withdrawable": _t("Refusal", "This request is {status:label}; only a pending request can be withdrawn."),
        "withdraw_not_recorder": _t("Refusal", "This request was recorded by {recorder}; only they or a manager may withdraw it."),
        "withdraw_imported": _t("Refusal", "This request was imported, not recorded in the window; only a manager may withdraw it."),
    }


@label_section
def _edit_labels() -> dict[str, str]:
    return {"reassign_client": _t("RefusalLabel", "Giving a client to another account manager"),
            "remove_contact": _t("RefusalLabel", "Removing a contact"),
            "withdrawn": _t("RefusalLabel", "withdrawn")}


# --- team database: logins and group roles ---------------------------------------------
@section
def _team() -> dict[str, str]:
    return {
        "not_own_staff_user": _t("Refusal", "You are signed in to the database as {login}, so you act as that login's own staff user, not as {user}. To act as {user}, sign in with their database login."),
        "login_no_rights": _t("Refusal", "The database login {login} has no Account Desk rights on {url}: it is not a member of an Account Desk group, or its staff user was deactivated. Ask an administrator to add you as a staff user with this database login."),
        "database_upgrade_refused": _t("Refusal", "The database {url} must be created or upgraded for this version of Account Desk, and the login {login} may not change its tables. Ask the administrator who owns the database to open it first."),
        "database_needs_createrole": _t("Refusal", "The database login {login} cannot create the Account Desk group roles ({roles}): that needs CREATEROLE. Open the database once with a login that has CREATEROLE, or ask the server's administrator to create the roles (README, Team database)."),
        "db_grant_refused": _t("Refusal", "The database login {signed_in} may not change the membership of {login} in {group}. Sign in with an administrator's login or one with CREATEROLE, or ask the server's administrator to run GRANT {group} TO {login}."),
        "db_login_unknown": _t("Refusal", "There is no database login {login} on this server. Create it first (CREATE ROLE {login} LOGIN PASSWORD …), then add the staff user again."),
        "db_login_taken": _t("Refusal", "The database login {login} already belongs to the staff user {name}; each person signs in with their own login."),
        "staff_last_administrator": _t("Refusal", "{name} is the last active administrator; make another staff user an administrator first."),
        "db_createrole_needed": _t("Refusal", "The database login {signed_in} may not create the login {login}: that needs CREATEROLE. Ask the server's administrator to create it (CREATE ROLE … LOGIN PASSWORD …), then add the staff user with it."),
        "db_login_exists": _t("Refusal", "The server already has a role named {login}; choose another name, or add the staff user with that login without creating it."),
        "db_login_needs_postgres": _t("Refusal", "Database logins exist only on a team (PostgreSQL) database."),
    }


# --- team mode: no lost updates (issue 11) ------------------------------------------------
@section
def _conflicts() -> dict[str, str]:
    return {
        "conflict": _t("Refusal", "{who} changed the {record:label} “{name}” of {client} at {time} on {day:date}, after you opened it; nothing was saved. Reload to see the change, then try again."),
        "conflict_client": _t("Refusal", "{who} changed {client} at {time} on {day:date}, after you opened it; nothing was saved. Reload to see the change, then try again."),
        "conflict_unknown": _t("Refusal", "{client} was changed by someone else after you opened it; nothing was saved. Reload to see the change, then try again."),
    }
