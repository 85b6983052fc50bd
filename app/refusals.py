"""The sentences of refusals: one English template per error code, and the formatter
that fills a template with typed params (DESIGN.md §16; STYLE.md "a refusal is data").

Templates use ``str.format`` fields with a few specs of our own, so that the same
template syntax serves every language (``ui/refusals.py`` holds the translations and
passes locale-aware formatters):

- ``{day:date}``     a date, written long ("14 June 2027" in English)
- ``{month:month}``  a month and its year ("June 2027")
- ``{amount:money}`` an amount of money
- ``{n:plural:invoice|invoices}``  the word for that count (the count itself is ``{n}``)
- ``{names:list}``   a list of values joined with commas
- ``{days:dates}``   a list of dates, each written long, joined with commas
- ``{role:label}``   a code (role, status, action …) in words, from ``LABELS``

Pure: no clock, no database, no Qt.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


@dataclass(frozen=True)
class Formats:
    """How one language writes the typed parts of a sentence."""

    long_date: Callable[[date], str]
    month: Callable[[date], str]
    money: Callable[[Decimal], str]
    join: Callable[[list[str]], str] = ", ".join
    label: Callable[[str], str] = lambda code: LABELS.get(code, code)


ENGLISH = Formats(
    long_date=lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    month=lambda d: f"{MONTHS[d.month - 1]} {d.year}",
    money=lambda a: f"{Decimal(a):.2f}",
)


class _SentenceFormatter(string.Formatter):
    def __init__(self, formats: Formats) -> None:
        self.formats = formats

    def format_field(self, value: Any, format_spec: str) -> str:
        kind, _, rest = format_spec.partition(":")
        if kind == "date":
            return self.formats.long_date(value) if isinstance(value, date) else str(value)
        if kind == "month":
            return self.formats.month(value) if isinstance(value, date) else str(value)
        if kind == "money":
            return self.formats.money(Decimal(value))
        if kind == "plural":
            one, _, many = rest.partition("|")
            return one if int(value) == 1 else (many or one)
        if kind == "label":
            return self.formats.label(str(value))
        if kind == "list":
            return self.formats.join([str(v) for v in value])
        if kind == "dates":
            return self.formats.join([self.formats.long_date(v) for v in value])
        if isinstance(value, (date, Decimal)):
            return str(value)
        return super().format_field(value, format_spec)


def render(template: str, params: Mapping[str, Any], formats: Formats = ENGLISH) -> str:
    """`template` filled with `params`; a missing param shows as its name in braces."""
    try:
        return _SentenceFormatter(formats).vformat(template, (), _Lenient(params))
    except (ValueError, IndexError, TypeError):
        return template


class _Lenient(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render_english(code: str, params: Mapping[str, Any]) -> str:
    """The English sentence for a refusal. An unknown code is taken as a sentence itself."""
    template = TEMPLATES.get(code)
    if template is None:
        return code
    return render(template, params)


# code -> English template. Each says what blocks and how to proceed (DESIGN.md §4).
# ui/refusals.py must translate every one of these; a test checks that it does.
TEMPLATES: dict[str, str] = {
    "permission": "{action:label} needs {needed:label}; you are signed in as {held:label}. "
                  "Ask {needed:label} to do it.",
    "disk_full": "The database could not be written (the disk may be full), so this change was not saved; what "
                 "was saved before is intact. Free some disk space and try again.",
    "not_found": "There is no {what:label} with id {ident}; it may have been removed. Refresh and try again.",
    "not_staff": "{user} is not a staff user of this database; ask an administrator to add you.",
    "login_not_staff": "This database login is not a staff user of this database; ask an administrator to add you.",
    # values typed in (app/validation.py); `what` is a field label code
    "text_empty": "The {what:label} cannot be empty; type one.",
    "text_too_long": "The {what:label} is longer than {limit} characters; shorten it.",
    "not_an_email": "The {what:label} \u201c{value}\u201d is not an email address; check it and try again.",
    "not_a_choice": "The {what:label} must be one of {allowed:list}; \u201c{value}\u201d is not.",
    "not_money": "The {what:label} \u201c{value}\u201d is not an amount of money.",
    "money_negative": "The {what:label} must be zero or more; {value} is not.",
    "money_decimals": "The {what:label} {value} has more than two decimals.",
    # clients, contacts, cards, notes, staff
    "staff_email_taken": "A staff user with the email {email} already exists.",
    "staff_unknown": "There is no staff user with the email {email}; add them first.",
    "trial_needs_end": "A trial client needs a trial end date; give the date the trial ends.",
    "trial_end_not_trial": "Only a trial client has a trial end date; leave it empty or make the client a trial.",
    "resold_needs_reseller": "A resold client needs the reseller's name; give the reseller who manages it.",
    "account_number_taken": "The account number {number} is already used by another client.",
    "primary_admin_exists": "{client} already has a primary admin (the account owner); transfer the role "
                            "instead of adding a second one.",
    "card_last4": "Give only the last four digits of the card, never the full card number.",
    "card_expiry_invalid": "The card's expiry must be a month from 1 to 12 and a four-digit year.",
    "card_expired": "This card has already expired; ask the client for a valid card.",
    "attachment_missing": "The file {path} cannot be attached: it does not exist or is not a file.",
    "attachment_too_large": "The file {file} is larger than {limit_mb} MB; attach a smaller file.",
    # subscriptions, invoices, payments
    "buy_while_deactivating": "{client} is being deleted; a new subscription can only be bought for an account "
                              "that is not being deleted: revoke the deactivation first.",
    "buy_while_stopped": "{client} is {status:label}; a new subscription can only be bought for an account that "
                         "is running: resume the account first.",
    "billing_day_annual": "A billing day applies to monthly plans only; leave it empty for an annual plan.",
    "billing_day_range": "The billing day must be between 1 and 28, so that every month has it; {day} is not.",
    "end_before_start": "The end date, {end:date}, is before the start date, {start:date}; choose an end date "
                        "on or after the start.",
    "seats_min": "A subscription has at least one seat.",
    "payment_invoice_closed": "The invoice of {issued:date} is {status:label}; no payment can be recorded "
                              "against it.",
    "invoice_already_paid": "The invoice of {issued:date} is already paid; nothing is due.",
    "credit_invoice_closed": "The invoice of {issued:date} is already {status:label}.",
    "credit_nothing_left": "Nothing is left to credit on the invoice of {issued:date}; it is fully paid or "
                           "credited.",
    "credit_too_much": "A credit note can be at most the open amount of the invoice, {due:money}; "
                       "{amount:money} is more. Record a refund for money already paid.",
    "convert_not_trial": "{client} is not a trial account; only a trial can be converted.",
    "convert_wrong_status": "{client} is {status:label}; only a trial or an expired trial can be converted.",
    # cancelling (DESIGN.md §4) and voiding (§5)
    "unpaid_invoices": "{client} has {count} unpaid {count:plural:invoice|invoices} (the oldest issued "
                       "{oldest:date}); record the payment or credit {count:plural:it|them} first, then cancel.",
    "too_many_seats": "{client} has {seats} active paid seats and at most {limit} are allowed when cancelling; "
                      "deactivate users and reduce licences in the Contacts and seats tab first.",
    "cancel_voided": "This subscription was voided as bought by mistake; there is nothing left to cancel.",
    "cancel_ended": "This subscription already ended on {end:date}; buy it again for the client if they want "
                    "it back.",
    "cancel_ended_undated": "This subscription has already ended; buy it again for the client if they want "
                            "it back.",
    "cancel_paused": "This subscription is paused with its account; resume the account before cancelling it.",
    "cancel_trial": "This is a trial account: it is never billed and simply expires at the trial end, so there "
                    "is nothing to cancel.",
    "cancel_at_earliest": "This subscription is already cancelled after {month:month}, the earliest month "
                          "possible; it cannot be moved earlier. To undo a mistaken cancellation, let the "
                          "subscription expire and buy it again for the client.",
    "cancel_no_month": "No termination month can be offered: the configured end date comes before any further "
                       "invoice. The subscription ends by itself on its end date.",
    "cancel_only_earlier": "This subscription is already cancelled after {month:month}; a cancellation can only "
                           "be moved earlier, not later or removed. To undo a mistaken cancellation, let the "
                           "subscription expire and buy it again for the client.",
    "cancel_month_not_offered": "{month:month} is not a month this subscription can be cancelled after; choose "
                                "one from {first:month} to {last:month}.",
    "revoke_policy_off": "Revoking a cancellation is turned off by the policy allow_revoke_cancellation. To undo "
                         "a mistaken cancellation, let the subscription expire and buy it again for the client. "
                         "An administrator can turn the policy on in the settings.",
    "revoke_access_ended": "This subscription's access has already ended; buy it again for the client.",
    "revoke_not_cancelled": "This subscription is {status:label}, not cancelled; there is no cancellation to "
                            "revoke.",
    "void_already_voided": "This subscription is already voided; its invoices are under the client's billing.",
    "void_ended": "This subscription has already ended; voiding is for a purchase made by mistake that is still "
                  "running. Credit or refund its invoices instead.",
    "void_no_invoice": "This subscription has no invoice to void.",
    "refund_too_much": "The refund {refund:money} is more than what was paid on this invoice ({paid:money}); "
                       "refund at most {paid:money}.",
    "no_paid_period": "This subscription has no invoice yet, so there is no paid period to end it with.",
    "already_ends_sooner": "This subscription is already cancelled with access until {end:date}, which is not "
                           "later than what this request asks; there is nothing more to do.",
    # closing an account for a request (§9)
    "close_trial": "{client} is a trial account: it is not closed, it simply expires on {end:date} and is never "
                   "billed unless converted.",
    "close_trial_undated": "{client} is a trial account: it is not closed, it simply expires at its trial end "
                           "and is never billed unless converted.",
    "close_resold": "{client} is managed by the reseller {reseller}; the account is closed through them. Ask the "
                    "client to contact their reseller.",
    "close_already": "{client} is already {status:label}.",
    "close_not_owner": "{contact} is not the primary admin of {client}; only the account owner can close the "
                       "account. Ask the account owner to request it.",
    "close_requester_not_owner": "The requester is not the primary admin of {client}; only the account owner "
                                 "can close the account. Ask the account owner to request it.",
    # client cancellation requests (§6)
    "received_in_future": "The received date, {received:date}, is in the future; give the day the client sent "
                          "the request.",
    "request_client_deleted": "{client} is being deleted; no request can be recorded for it.",
    "whole_account_needs_owner": "Only the client's primary admin (the account owner) can ask to close the whole "
                                 "account; {contact} is {role:label}. Ask the account owner to send the request.",
    "request_duplicate": "{client} already has a request for this, received on {received:date} and "
                         "{status:label}; decide that one instead of recording it twice (open it from the "
                         "Requests page).",
    "subscription_not_of_client": "That subscription does not belong to {client}; choose one of its own.",
    "request_already_cancelled": "This subscription is already cancelled: access ends on {end:date}. No request "
                                 "is needed; tell the client the date.",
    "request_already_decided": "This request is already {status:label}; only a pending or waiting request can "
                               "be decided.",
    "request_not_pending": "This request is {status:label}; only a pending request can be put on hold.",
    "final_billing_not_offered": "{chosen:date} is not a final billing date this subscription can take; the "
                                 "coming billing dates are {coming:dates}.",
    "final_billing_latest_not_offered": "Ending with the latest invoice is not a final billing date this "
                                        "subscription can take; the coming billing dates are {coming:dates}.",
    # settings, the SMTP password and sending (§7)
    "setting_unknown": "There is no setting called {key}; the settings are {known:list}.",
    "setting_not_whole": "The setting {key} must be a whole number of at least {least}; {value} is not.",
    "setting_not_bool": "The setting {key} must be true or false; {value} is not.",
    "setting_choice": "The setting {key} must be one of {allowed:list}; {value} is not.",
    "setting_empty": "The setting {key} cannot be empty.",
    "setting_not_text": "The setting {key} must be text.",
    "setting_currency": "The currency must be a three-letter ISO 4217 code, one of {known:list}; {value} is not.",
    "keyring_unavailable": "The OS keyring is not available, so the SMTP password cannot be stored or read "
                           "({reason}). Install or unlock the system's password store (Windows Credential "
                           "Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and "
                           "try again.",
    "keyring_file_only": "The OS keyring is not available, so the SMTP password cannot be stored or read: the "
                         "only keyring found stores passwords in a file. Install or unlock the system's password "
                         "store (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME "
                         "Keyring or KWallet) and try again.",
    "keyring_failed": "The OS keyring could not be used for the SMTP password: {reason}",
    "smtp_user_missing": "Set the SMTP user first; the password is stored under that user name.",
    "smtp_password_empty": "The SMTP password is empty; type it, or remove the stored one instead.",
    "sender_missing": "Set the sender address (SMTP sender or organisation email) before sending emails.",
    "sender_invalid": "The sender address \u201c{address}\u201d is not an email address; check the SMTP sender "
                      "in Settings.",
    "eml_deletion_email": "The account deletion email is never saved as a file; it is deleted with the "
                          "account's data.",
    # opening a database
    "database_url_invalid": "The database URL {url} is not valid; expected e.g. sqlite:///path/file.sqlite3 or "
                            "postgresql+psycopg://user@host/db.",
    "database_driver": "The database URL {url} names {driver}; Account Desk works with SQLite or PostgreSQL.",
    "database_url_unusable": "The database URL {url} is not usable: {reason}.",
    "database_foreign": "The database {url} holds tables of another program; choose an empty database for "
                        "Account Desk.",
    "database_newer": "The database {url} was written by a newer version of Account Desk; install the newer "
                      "version to open it.",
    "database_cannot_open": "The database {url} cannot be opened: {reason}.",
    # a failing PostgreSQL server (app/server_failures.py); the window offers Retry
    "database_server_unreachable": "The database {url} cannot be opened: its server cannot be reached "
                                   "({reason}). Check that it is running and that the network is up, then retry.",
    "server_unreachable": "The database server cannot be reached; nothing was changed. Check that it is running "
                          "and that the network is up, then retry.",
    "connection_lost": "The connection to the database server was lost during this operation; a change is "
                       "saved whole or not at all. Refresh to see whether it was saved, then retry.",
    "server_permission_denied": "The database server refused this to your login ({reason}); nothing was "
                                "changed. Ask an administrator to grant your login the rights of its role.",
    "database_unusable": "The database {url} cannot be used: {reason}.",
    "database_schema_older": "The team database is at version {current}; this app needs {needed}. Ask an "
                             "administrator to open it once with this version.",
    "database_keyring_unavailable": "The OS keyring is not available, so the database password cannot be stored "
                                    "or read ({reason}). Install or unlock the system's password store (Windows "
                                    "Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring "
                                    "or KWallet) and try again.",
    "database_keyring_file_only": "The OS keyring is not available, so the database password cannot be stored or "
                                  "read: the only keyring found stores passwords in a file. Install or unlock the "
                                  "system's password store (Windows Credential Manager, macOS Keychain, or a Secret "
                                  "Service such as GNOME Keyring or KWallet) and try again.",
    "database_keyring_failed": "The OS keyring could not be used for the database password: {reason}",
    "database_folder_missing": "The folder of the database file {path} does not exist.",
    "database_file_unreadable": "The database file {path} cannot be read: {reason}.",
    "database_not_sqlite": "The file {path} is not an Account Desk database (it is not a SQLite file).",
    "database_file_corrupt": "The file {path} is not a readable Account Desk database ({reason}).",
    "database_file_foreign": "The file {path} is a SQLite database of another program, not an Account Desk "
                             "database.",
}

# --- team mode: no lost updates (issue 11, app/conflicts.py): codes added here -------------
TEMPLATES.update({
    "conflict": "{who} changed the {record:label} \u201c{name}\u201d of {client} at {time} on {day:date}, "
                "after you opened it; nothing was saved. Reload to see the change, then try again.",
    "conflict_client": "{who} changed {client} at {time} on {day:date}, after you opened it; nothing was saved. "
                       "Reload to see the change, then try again.",
    "conflict_unknown": "{client} was changed by someone else after you opened it; nothing was saved. Reload to "
                        "see the change, then try again.",
})

# --- pause, resume, closure (DESIGN.md §8, §9): codes added here ----------------------
TEMPLATES.update({
    "pause_trial": "{client} is a trial account: it is not paused, it is never billed and simply expires on "
                   "{end:date}. Convert it to a paying account first if the client wants to keep it.",
    "pause_trial_undated": "{client} is a trial account: it is not paused, it is never billed and simply expires "
                           "at its trial end. Convert it to a paying account first if the client wants to keep it.",
    "pause_resold": "{client} is managed by the reseller {reseller}; a resold account cannot be paused here. "
                    "Ask the client to contact {reseller}.",
    "requester_not_contact": "The requester is not a contact of {client}; {action:label} is requested by the "
                             "client's account owner. Choose the account owner as the requesting contact.",
    "requester_not_owner": "{contact} is not the primary admin of {client}; only the account owner may "
                           "request {action:label}. Ask the account owner to make the request.",
    "no_account_owner": "{client} has no primary admin; {action:label} is requested by the account owner. "
                        "Make one contact the primary admin first.",
    "pause_too_soon": "{client} was last paused on {last:date}; an account can be paused once every 12 months, "
                      "so the next pause is possible from {day:date}.",
    "pause_state": "{client} is {status:label}; only an active account can be paused.",
    "pause_reason_required": "Give the reason the client gives for the pause; it is required.",
    "pause_resume_months": "The expected resume must be in 1, 2, 3, 6 or 12 months; {months} is not one of them.",
    "pause_category": "The reason category must be seasonal, budget, low usage, switching product or other; "
                      "{category} is not one of them.",
    "typed_name_mismatch": "The name typed does not match the client's name exactly; type {client} (same "
                           "letters, case and spaces) to confirm the deletion.",
    "resume_state": "{client} is {status:label}; only a paused or locked account can be resumed.",
    "resume_card_invalid": "Give the new card's brand, its last four digits and its expiry month (1 to 12) "
                           "and year.",
    "resume_card_expired": "The card ending {last4} expired at the end of {month:month}; ask the client for a "
                           "card that is still valid.",
    "close_state": "{client} is {status:label}; there is no running account to close.",
    "close_paused": "{client} is {status:label}; resume the account before closing it, or let the pause run "
                    "its course.",
    "close_reason_required": "Give the reason for closing the account; it is required.",
    "close_session_invalid": "The session offer must be a date (scheduled), declined or email; {value} is not "
                             "one of them.",
    "close_session_past": "The session date {day:date} is in the past; schedule it today or later.",
    "closure_none": "{client} is {status:label}; there is no closure in progress to revoke.",
    "closure_revoke_policy": "Revoking the closure of {client} would revoke its cancellations, which the policy "
                             "allow_revoke_cancellation turns off. Let the subscriptions end and buy them again, "
                             "or ask an administrator to turn the policy on.",
})


# --- deactivation and the purge (DESIGN.md §10): codes added here --------------------
TEMPLATES.update({
    "deactivation_already": "{client} is already deactivated; its data is deleted on {day:date}. "
                            "Revoke the deactivation from Pending deactivations to keep it.",
    "deactivation_running": "{client} still has {n} {n:plural:subscription|subscriptions} running with no end "
                            "date; cancel {n:plural:it|them} first. Deactivation becomes possible the day after "
                            "the last access ends.",
    "deactivation_too_early": "{client} still has access until {access_end:date}; deactivation becomes possible "
                              "on {day:date}. Wait until then.",
    "deactivation_no_owner": "{client} has no account owner (primary admin contact); only the account owner may "
                             "ask for a deactivation. Name one among the contacts first.",
    "deactivation_requester": "{contact} is not the account owner of {client}; only {owner}, the account owner, "
                              "may ask for a deactivation. Ask {owner} to request it.",
    "deactivation_reason": "Give the reason for the deactivation.",
    "deactivation_backup": "The export {path} cannot be found; export the client's data again, or choose to "
                           "skip the export and acknowledge it.",
    "deactivation_confirm_name": "The name typed is not exactly {client}; type the client's name with the same "
                                 "letters, case and spaces to confirm.",
    "deactivation_none": "{client} has no deactivation pending; there is nothing to revoke.",
    "deactivation_too_late": "The data of {client} is deleted on {day:date}; the deactivation can no longer be "
                             "revoked.",
})


# --- Excel export and import (DESIGN.md §14): codes added here -----------------------
TEMPLATES.update({
    "export_unwritable": "The export cannot be written to {path}: the folder does not exist or is not "
                         "writable. Choose another folder.",
    "export_unknown_sheet": "There is no {sheet} table to export. Choose one of the workbook's sheets.",
})


# --- the window's action checks (app/actions.py): codes added here --------------------
TEMPLATES.update({
    "cancel_all_nothing_running": "{client} has no active subscription to cancel; the ones already cancelled "
                                  "keep their dates.",
    "record_request_no_contact": "{client} has no contact: add the person who asked as a contact first, then "
                                 "record the request.",
})


# --- Excel import (DESIGN.md §14; app/excel/guarded.py, csv_text.py, services/imports.py) ---
TEMPLATES.update({
    # import: the file itself (app/excel/guarded.py, app/excel/csv_text.py)
    "import_no_file": "{file} cannot be imported: there is no such file. Choose the file again.",
    "import_too_big": "{file} is larger than {megabytes} MB, more than an import takes; split it into "
                      "smaller files and import them one by one.",
    "import_old_xls": "{file} is an old Excel 97-2003 (.xls) file; open it in a spreadsheet program, save it "
                      "as an Excel workbook (.xlsx) or as CSV, and import that.",
    "import_not_workbook": "{file} is not an Excel workbook (.xlsx); choose an .xlsx or CSV file.",
    "import_damaged": "{file} is a damaged or incomplete workbook ({detail}); open it in a spreadsheet "
                      "program, save it again, and import the new copy.",
    "import_too_many_parts": "{file} holds {n} parts, more than the {limit} a workbook has; it is not a "
                             "workbook Account Desk can import safely. Save it again as .xlsx or CSV.",
    "import_zip_bomb": "{file} would unpack to about {megabytes} MB, far more than its data can be (a "
                       "compressed bomb); it was not opened. Save the data again as .xlsx or CSV.",
    "import_xml_entities": "{file} declares XML entities in its part {part}, which a workbook never needs "
                           "and which can make it expand without end; it was not opened. Save it again "
                           "from a spreadsheet program.",
    "import_too_many_rows": "The sheet {sheet} of {file} has more than {limit} rows, more than one import "
                            "takes; split it into several files.",
    "import_too_many_columns": "The sheet {sheet} of {file} has more than {limit} columns; delete the "
                               "columns you do not import and try again.",
    "import_formula": "Cell {cell} of the sheet {sheet} in {file} holds a formula; an import takes values "
                      "only. Copy the sheet and paste it as values, then import again.",
    "import_merged_cells": "The sheet {sheet} of {file} has merged cells ({cells}); unmerge them so that "
                           "every row has its own values, then import again.",
    "import_hidden_sheet": "{file} has a hidden sheet, {sheet}; unhide it to check what it holds, or delete "
                           "it, then import again.",
    "import_csv_encoding": "{file} is not readable text: line {line} is not valid {encoding}, so accents "
                           "would be garbled. Save it again as CSV UTF-8 and import that.",
    "import_csv_binary": "{file} is not a text (CSV) file; choose a CSV or an Excel workbook.",
    "import_empty": "{file} has no rows to import; it needs a header row and at least one row of data.",
    # import: the contents
    "import_invalid": "{file} was not imported: it has {n} {n:plural:problem|problems} (the first: "
                      "{first}). Correct them and import again; nothing was changed.",
    "import_no_sheets": "{file} has none of the sheets an import reads ({sheets:list}); start from the "
                        "template (accountdesk import --template FILE).",
    "import_csv_not_template": "{file} is a CSV file; the template import reads Excel workbooks. Import it "
                               "as a file from another program, whose columns you map to client fields.",
    "import_unmapped": "No column of {file} is matched to the client name or the account number; choose "
                       "which column holds them in the mapping.",
})


# --- team database: logins and group roles (DESIGN.md §12; app/db_roles.py, app/signin.py) ---
TEMPLATES.update({
    "not_own_staff_user": "You are signed in to the database as {login}, so you act as that login's own staff "
                          "user, not as {user}. To act as {user}, sign in with their database login.",
    "login_no_rights": "The database login {login} has no Account Desk rights on {url}: it is not a member of an "
                       "Account Desk group, or its staff user was deactivated. Ask an administrator to add you "
                       "as a staff user with this database login.",
    "database_upgrade_refused": "The database {url} must be created or upgraded for this version of Account "
                                "Desk, and the login {login} may not change its tables. Ask the administrator "
                                "who owns the database to open it first.",
    "database_needs_createrole": "The database login {login} cannot create the Account Desk group roles "
                                 "({roles}): that needs CREATEROLE. Open the database once with a login that has "
                                 "CREATEROLE, or ask the server's administrator to create the roles (README, "
                                 "Team database).",
    "db_grant_refused": "The database login {signed_in} may not change the membership of {login} in {group}. "
                        "Sign in with an administrator's login or one with CREATEROLE, or ask the server's "
                        "administrator to run GRANT {group} TO {login}.",
    "db_login_unknown": "There is no database login {login} on this server. Create it first (CREATE ROLE {login} "
                        "LOGIN PASSWORD …), then add the staff user again.",
    "db_login_taken": "The database login {login} already belongs to the staff user {name}; each person signs in "
                      "with their own login.",
    "staff_last_administrator": "{name} is the last active administrator; make another staff user an "
                                "administrator first.",
    "db_createrole_needed": "The database login {signed_in} may not create the login {login}: that needs "
                            "CREATEROLE. Ask the server's administrator to create it (CREATE ROLE … LOGIN "
                            "PASSWORD …), then add the staff user with it.",
    "db_login_exists": "The server already has a role named {login}; choose another name, or add the staff "
                       "user with that login without creating it.",
    "db_login_needs_postgres": "Database logins exist only on a team (PostgreSQL) database.",
})


# code -> English words, for ``{x:label}`` fields: roles (with their article, as they
# stand in sentences), statuses and the actions a permission refusal names.
LABELS: dict[str, str] = {
    # staff roles, with their article
    "staff": "a staff member",
    "manager": "a manager",
    "administrator": "an administrator",
    # contact roles, with their article
    "primary_admin": "the account owner",
    "admin": "an admin",
    "user": "a user",
    # records (not_found)
    "client": "client",
    "contact": "contact",
    "subscription": "subscription",
    "invoice": "invoice",
    "email": "email",
    "cancellation request": "cancellation request",
    # --- pause, resume, closure (DESIGN.md §8, §9) ---
    "pause": "Pausing an account",
    "pause_delete": "Pausing an account with its data deleted",
    "resume": "Resuming an account",
    "close": "Closing an account",
    "close_deactivate": "Scheduling deactivation when the subscriptions end",
    "revoke_closure": "Revoking a closure",
    "account_pause": "a pause",
    "account_resume": "resuming the account",
    "account_close": "closing the account",
    "staff user": "staff user",
    # --- the window's action checks (app/actions.py) ---
    "export_expired": "Exporting a client whose subscriptions have expired",
    # statuses, as they stand after "is"
    "active": "active",
    "trial": "a trial",
    "paused": "paused",
    "locked": "locked",
    "closing": "closing",
    "expired": "expired",
    "deactivating": "being deleted",
    "purged": "deleted",
    "cancelling": "cancelled",
    "voided": "voided",
    "open": "open",
    "paid": "paid",
    "void": "void",
    "credited": "credited",
    "pending": "pending",
    "waiting": "waiting for the client",
    "approved": "approved",
    "rejected": "rejected",
    # actions a role guards (app/permissions.py)
    "void_invoice": "Voiding an invoice",
    "revoke_cancellation": "Revoking a cancellation",
    "decide_request": "Deciding a cancellation request",
    "edit_settings": "Changing settings",
    "set_smtp_password": "Changing the SMTP password",
    "add_staff": "Adding a staff user",
    "edit_staff": "Changing a staff user",
    "db_login": "database login",
    "db_password": "database login's password",
    # fields a value is typed in (app/validation.py)
    "staff_name": "staff user's name",
    "staff_email": "staff user's email",
    "role": "role",
    "language": "language",
    "client_name": "client's name",
    "client_kind": "kind of client",
    "client_email": "client's email",
    "account_number": "account number",
    "phone": "phone",
    "contact_name": "contact's name",
    "contact_email": "contact's email",
    "contact_role": "contact role",
    "card_brand": "card brand",
    "note": "note",
    "plan_name": "plan name",
    "participant": "participant",
    "price": "price",
    "period": "period",
    "refund": "refund",
    "credit_amount": "credit amount",
    "channel": "channel",
    "message": "message",
    "reject_reason": "reason for rejecting",
    "hold_note": "note saying what the client must send",
    "organisation_email": "organisation email",
    # deactivation and the purge (DESIGN.md §10)
    "deactivate": "Deactivating an account",
    "revoke_deactivation": "Revoking a deactivation",
    # --- Excel export and import (DESIGN.md §14) ---
    "import": "Importing",
    "restore": "Restoring a backup",
    "credit_invoice": "Crediting an invoice",
    # editing a client's details and its contacts (issue 10)
    "reassign_client": "Giving a client to another account manager",
    "remove_contact": "Removing a contact",
    "withdrawn": "withdrawn",
}


# --- editing details and contacts, withdrawing a request (issue 10) ---------------------
TEMPLATES.update({
    "field_not_editable": "{field} cannot be changed here; the fields that can are {allowed:list}.",
    "staff_inactive": "{name} is no longer an active staff user; choose another account manager.",
    "contact_is_owner": "{contact} is the account owner of {client}; to change who owns the account, make "
                        "another contact the owner with Make account owner in the Contacts and seats tab.",
    "contact_owner_by_transfer": "To make {contact} the account owner of {client}, use Make account owner in the "
                                 "Contacts and seats tab: the current owner then becomes an admin.",
    "contact_in_use": "{contact} is named by {n} {n:plural:record|records} of {client} (a cancellation request, "
                      "pause, closure or deactivation), so the contact cannot be removed; edit it instead.",
    "request_not_withdrawable": "This request is {status:label}; only a pending request can be withdrawn.",
    "withdraw_not_recorder": "This request was recorded by {recorder}; only they or a manager may withdraw it.",
    "withdraw_imported": "This request was imported, not recorded in the window; only a manager may withdraw it.",
})
