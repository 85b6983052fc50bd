"""Policies and organisation settings (DESIGN.md §4, §6, §10, §7), with their defaults.

Values are validated here so the facade refuses a bad value with a sentence.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import RuleViolation
from app.models import Setting

DEFAULTS: dict[str, Any] = {
    "organisation_name": "Account Desk",
    "organisation_email": "accounts@example.com",
    "organisation_language": "en",
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


def _check(key: str, value: Any) -> Any:
    if key not in DEFAULTS:
        raise RuleViolation(f"There is no setting called {key!r}; the settings are {', '.join(sorted(DEFAULTS))}.")
    if key in ("max_seats_to_cancel", "retention_days", "smtp_port"):
        if isinstance(value, bool) or not isinstance(value, int) or value < (1 if key == "smtp_port" else 0):
            raise RuleViolation(f"The setting {key} must be a whole number of at least 0; {value!r} is not.")
    elif key == "allow_revoke_cancellation":
        if not isinstance(value, bool):
            raise RuleViolation(f"The setting {key} must be true or false; {value!r} is not.")
    elif key == "client_cancellation":
        if value not in ("immediate", "approval"):
            raise RuleViolation("The client cancellation policy must be 'immediate' or 'approval'.")
    elif key == "organisation_language":
        if value not in ("en", "fr", "zh"):
            raise RuleViolation("The organisation language must be en, fr or zh.")
    elif key == "smtp_security":
        if value not in ("starttls", "ssl", "none"):
            raise RuleViolation("SMTP security must be 'starttls', 'ssl' or 'none'.")
    elif key in ("organisation_name", "organisation_email"):
        if not isinstance(value, str) or not value.strip():
            raise RuleViolation(f"The setting {key} cannot be empty.")
        if key == "organisation_email" and "@" not in value:
            raise RuleViolation(f"The organisation email {value!r} is not an email address.")
    elif value is not None and not isinstance(value, str):
        raise RuleViolation(f"The setting {key} must be text.")
    return value


def load(session: Session) -> dict[str, Any]:
    values = dict(DEFAULTS)
    for row in session.scalars(select(Setting)):
        if row.key in values:
            values[row.key] = json.loads(row.value)
    return values


def store(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    """Writes validated values; returns the previous values of the keys changed."""
    checked = {key: _check(key, value) for key, value in values.items()}
    before = load(session)
    for key, value in checked.items():
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=json.dumps(value)))
        else:
            row.value = json.dumps(value)
    return {key: before[key] for key in checked}
