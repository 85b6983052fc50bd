"""Policies and organisation settings (DESIGN.md §4, §6, §10, §7), with their defaults.

Values are validated here so the facade refuses a bad value with a sentence.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.currencies import CURRENCIES, DEFAULT_CURRENCY
from app.errors import RuleViolation
from app.languages import LANGUAGES
from app.models import Setting

DEFAULTS: dict[str, Any] = {
    "organisation_name": "Account Desk",
    "organisation_email": "accounts@example.com",
    "organisation_language": "en",
    "currency": DEFAULT_CURRENCY,
    "max_seats_to_cancel": 2,
    "allow_revoke_cancellation": False,
    "client_cancellation": "approval",
    "retention_days": 14,
    "smtp_host": None,
    "smtp_port": 587,
    "smtp_security": "starttls",
    "smtp_user": None,
    "smtp_sender": None,
}

CHOICES: dict[str, tuple[str, ...]] = {
    "client_cancellation": ("immediate", "approval"),
    "organisation_language": LANGUAGES,
    "smtp_security": ("starttls", "ssl", "none"),
}


def check_currency(value: Any) -> str:
    """The code in capitals; refuses anything but a code of CURRENCIES ("euro", "€", 978)."""
    code = value.strip().upper() if isinstance(value, str) else None
    if code not in CURRENCIES:
        raise RuleViolation("setting_currency", value=repr(value), known=list(CURRENCIES))
    return code


def check(key: str, value: Any) -> Any:
    """`value` as it is stored for `key`; refuses an unknown key or a bad value with a sentence."""
    if key not in DEFAULTS:
        raise RuleViolation("setting_unknown", key=key, known=sorted(DEFAULTS))
    if key in ("max_seats_to_cancel", "retention_days", "smtp_port"):
        least = 1 if key == "smtp_port" else 0
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            raise RuleViolation("setting_not_whole", key=key, least=least, value=repr(value))
    elif key == "allow_revoke_cancellation":
        if not isinstance(value, bool):
            raise RuleViolation("setting_not_bool", key=key, value=repr(value))
    elif key == "currency":
        return check_currency(value)
    elif key in CHOICES:
        if value not in CHOICES[key]:
            raise RuleViolation("setting_choice", key=key, allowed=list(CHOICES[key]), value=repr(value))
    elif key in ("organisation_name", "organisation_email"):
        if not isinstance(value, str) or not value.strip():
            raise RuleViolation("setting_empty", key=key)
        if key == "organisation_email" and "@" not in value:
            raise RuleViolation("not_an_email", what="organisation_email", value=value)
    elif value is not None and not isinstance(value, str):
        raise RuleViolation("setting_not_text", key=key)
    return value


def load(session: Session) -> dict[str, Any]:
    values = dict(DEFAULTS)
    for row in session.scalars(select(Setting)):
        if row.key in values:
            values[row.key] = json.loads(row.value)
    return values


def store(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    """Writes validated values; returns the previous values of the keys changed."""
    checked = {key: check(key, value) for key, value in values.items()}
    before = load(session)
    for key, value in checked.items():
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=json.dumps(value)))
        else:
            row.value = json.dumps(value)
    return {key: before[key] for key in checked}
