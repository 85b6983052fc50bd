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
    "export_unwritable": "The export cannot be written to {path}: the folder does not exist or is not "
                         "writable. Choose another folder.",
    "export_unknown_sheet": "There is no {sheet} table to export. Choose one of the workbook's sheets.",
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
    "staff user": "staff user",
    # --- Excel export (DESIGN.md §14)
    "export_expired": "Exporting a client whose subscriptions have expired",
    # deactivation and the purge (DESIGN.md §10)
    "deactivate": "Deactivating an account",
    "revoke_deactivation": "Revoking a deactivation",
}
