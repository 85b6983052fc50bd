"""Checks of the plain values a service is given: text, email addresses, choices, money.

Each returns the cleaned value or raises a ``RuleViolation`` whose ``what`` param is a
label code of ``app.refusals.LABELS`` naming the field ("client_name"), so the window
can say it in the user's language. Pure: no database, no clock, no Qt.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from app.errors import RuleViolation


def text(value: str | None, what: str, *, required: bool = True, limit: int = 200) -> str | None:
    """`value` stripped; None for an empty optional value."""
    if value is None or not str(value).strip():
        if required:
            raise RuleViolation("text_empty", what=what)
        return None
    value = str(value).strip()
    if len(value) > limit:
        raise RuleViolation("text_too_long", what=what, limit=limit)
    return value


def email(value: str | None, what: str, *, required: bool) -> str | None:
    value = text(value, what, required=required, limit=320)
    if value is not None and ("@" not in value or value.startswith("@") or value.endswith("@") or " " in value):
        raise RuleViolation("not_an_email", what=what, value=value)
    return value


def choice(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise RuleViolation("not_a_choice", what=what, allowed=list(allowed), value=str(value))
    return value


def money(value: object, what: str) -> Decimal:
    """A non-negative amount with at most two decimals, as a Decimal with two."""
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError) as exc:
        raise RuleViolation("not_money", what=what, value=str(value)) from exc
    if not amount.is_finite() or amount < 0:
        raise RuleViolation("money_negative", what=what, value=str(value))
    if amount != amount.quantize(Decimal("0.01")):
        raise RuleViolation("money_decimals", what=what, value=str(value))
    return amount.quantize(Decimal("0.01"))
