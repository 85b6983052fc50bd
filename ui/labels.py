"""The words the window shows for the codes the database stores.

Every label goes through ``QCoreApplication.translate`` with a literal, so lupdate
finds it; an unknown code is shown as it is rather than hidden.
"""

from __future__ import annotations

from functools import cache

from ui.i18n import _t


def status_label(code: str | None) -> str:
    return _status_labels().get(code or "", code or "")


@cache  # the interface language is chosen at start-up; the table asks for these per painted cell
def _status_labels() -> dict[str, str]:
    return {
        "active": _t("Status", "Active"),
        "trial": _t("Status", "Trial"),
        "paused": _t("Status", "Paused"),
        "locked": _t("Status", "Locked"),
        "closing": _t("Status", "Closing"),
        "expired": _t("Status", "Expired"),
        "deactivating": _t("Status", "Deactivating"),
        "purged": _t("Status", "Purged"),
        "cancelling": _t("Status", "Cancelling"),
        "voided": _t("Status", "Voided"),
        "open": _t("Status", "Open (unpaid)"),
        "paid": _t("Status", "Paid"),
        "void": _t("Status", "Void"),
        "credited": _t("Status", "Credited"),
        "pending": _t("Status", "Pending"),
        "waiting": _t("Status", "Waiting for the client"),
        "approved": _t("Status", "Approved"),
        "rejected": _t("Status", "Rejected"),
        "withdrawn": _t("Status", "Withdrawn"),
        "queued": _t("Status", "Queued"),
        "sending": _t("Status", "Sending"),
        "sent": _t("Status", "Sent"),
        "failed": _t("Status", "Failed"),
    }


def kind_label(code: str | None) -> str:
    labels = {
        "direct": _t("Kind", "Direct"),
        "trial": _t("Kind", "Trial"),
        "resold": _t("Kind", "Resold"),
    }
    return labels.get(code or "", code or "")


def period_label(code: str | None) -> str:
    labels = {"monthly": _t("Period", "Monthly"), "annual": _t("Period", "Annual")}
    return labels.get(code or "", code or "")


def language_label(code: str | None) -> str:
    # Each language in its own words, as language pickers do.
    labels = {"en": "English", "fr": "Français", "zh": "中文"}
    return labels.get(code or "", code or "")


def role_label(code: str | None) -> str:
    labels = {
        "primary_admin": _t("Role", "Account owner"),
        "admin": _t("Role", "Administrator"),
        "user": _t("Role", "User"),
        "staff": _t("Role", "Account manager"),
        "manager": _t("Role", "Manager"),
        "administrator": _t("Role", "Administrator"),
    }
    return labels.get(code or "", code or "")


def channel_label(code: str | None) -> str:
    labels = {
        "email": _t("Channel", "Email"),
        "phone": _t("Channel", "Phone"),
        "portal": _t("Channel", "Portal"),
        "letter": _t("Channel", "Letter"),
        "in_person": _t("Channel", "In person"),
    }
    return labels.get(code or "", code or "")


def column_title(key: str, fallback: str) -> str:
    """The header of a listing column (app.listing gives English titles)."""
    titles = {
        "account_number": _t("Column", "Account"),
        "name": _t("Column", "Name"),
        "kind": _t("Column", "Kind"),
        "status": _t("Column", "Status"),
        "account_manager": _t("Column", "Account manager"),
        "email": _t("Column", "Email"),
        "phone": _t("Column", "Phone"),
        "language": _t("Column", "Language"),
        "created": _t("Column", "Created"),
        "client": _t("Column", "Client"),
        "participant": _t("Column", "Participant"),
        "plan": _t("Column", "Plan"),
        "price": _t("Column", "Price"),
        "period": _t("Column", "Period"),
        "billing_day": _t("Column", "Billing day"),
        "next_billing_date": _t("Column", "Next billing"),
        "access_end": _t("Column", "Access end"),
        "start": _t("Column", "Start"),
    }
    return titles.get(key, fallback)


# What the status filter offers on each table (codes; the labels come from status_label).
CLIENT_FILTER_STATUSES = ("active", "trial", "paused", "locked", "closing", "expired", "deactivating")
SUBSCRIPTION_FILTER_STATUSES = ("active", "cancelling", "paused", "expired")
