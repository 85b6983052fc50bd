"""The errors of the scripting API (DESIGN.md §16).

Every refusal is a ``RuleViolation`` (or ``PermissionDenied`` for a role); ``str()`` is
the plain sentence shown to the user, saying what blocks and how to proceed.
"""

from __future__ import annotations


class DeskError(Exception):
    """Base of every error the facade raises on purpose."""


class RuleViolation(DeskError):
    """A business rule forbids the action; nothing was changed."""


class PermissionDenied(DeskError):
    """The acting user's role does not allow the action; nothing was changed."""


class NotFound(RuleViolation):
    """The record asked for does not exist (or no longer does)."""


class DatabaseError(DeskError):
    """The database cannot be opened or used: bad URL, foreign file, newer version."""
