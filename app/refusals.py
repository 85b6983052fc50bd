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
    "not_found": "There is no {what:label} with id {ident}; it may have been removed. Refresh and try again.",
}

# --- pause, resume, closure (DESIGN.md §8, §9): codes added here ----------------------
TEMPLATES.update({
    "pause_trial": "{client} is a trial account: it is not paused, it is never billed and simply expires on "
                   "{day:date}. Convert it to a paying account first if the client wants to keep it.",
    "pause_resold": "{client} is managed by the reseller {reseller}; a resold account cannot be paused here. "
                    "Ask the client to contact {reseller}.",
    "close_trial": "{client} is a trial account: it is not closed, it simply expires on {day:date} and is "
                   "never billed unless converted. Convert it to a paying account if the client wants to keep it.",
    "close_resold": "{client} is managed by the reseller {reseller}; the account is closed through them. "
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
    "export_incomplete": "The export {path} is incomplete: {problem}. Export again.",
})


# --- Excel export and import (DESIGN.md §14): codes added here -----------------------
TEMPLATES.update({
})


# code -> English words, for ``{x:label}`` fields: roles (with their article, as they
# stand in sentences), statuses and the actions a permission refusal names.
LABELS: dict[str, str] = {
    "staff": "a staff member",
    "manager": "a manager",
    "administrator": "an administrator",
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
    "status_active": "active",
    "status_trial": "a trial",
    "status_paused": "paused",
    "status_locked": "paused and locked",
    "status_closing": "already closing",
    "status_expired": "expired (nothing is running)",
    "status_deactivating": "deactivated, its data to be deleted",
    "status_purged": "deleted",
    "staff user": "staff user",
    # deactivation and the purge (DESIGN.md §10)
    "deactivate": "Deactivating an account",
    "revoke_deactivation": "Revoking a deactivation",
}
