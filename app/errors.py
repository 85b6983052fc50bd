"""The errors of the scripting API (DESIGN.md §16).

Every refusal is a ``RuleViolation`` (or ``PermissionDenied`` for a role). A refusal is
data: it carries a stable ``code`` and its ``params`` (dates as ``date``, amounts as
``Decimal``, counts as ``int``, names as ``str``). ``str()`` is the full English sentence
for scripts and logs, rendered from the catalogue in ``app.refusals``; the window
renders the same code and params in the user's language (``ui/refusals.py``).

A blocker function (``cancellation.blocker`` …) returns such an error instead of raising
it, so the window can show why an action is disabled; the action raises the same one.
"""

from __future__ import annotations

from typing import Any


class DeskError(Exception):
    """Base of every error the facade raises on purpose."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(code)

    def __str__(self) -> str:
        from app.refusals import render_english

        return render_english(self.code, self.params)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return (type(other) is type(self) and self.code == other.code  # type: ignore[attr-defined]
                and self.params == other.params)  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self), self.code))


class RuleViolation(DeskError):
    """A business rule forbids the action; nothing was changed."""


class PermissionDenied(DeskError):
    """The acting user's role does not allow the action; nothing was changed."""


class NotFound(RuleViolation):
    """The record asked for does not exist (or no longer does)."""


class Conflict(RuleViolation):
    """Someone else changed the record since it was read; nothing was overwritten."""


class DatabaseError(DeskError):
    """The database cannot be opened or used: bad URL, foreign file, newer version."""
