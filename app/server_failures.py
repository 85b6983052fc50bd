"""A database server that fails, told in one sentence (issue 11): the server cannot be
reached, the connection was lost during a call, or the server refused the login a right.

`server_failure(exc)` maps SQLAlchemy's wrapping of a psycopg error to a `DatabaseError`
with one of `SERVER_CODES`, or None when the error is something else (a bug, SQLite's
own errors: those keep their own handling). Nothing is half-applied in any of these
cases: a call's changes are one transaction, which the server rolls back when the
connection goes. Only a connection lost at the very moment of COMMIT leaves the outcome
unknown; the sentence says to look before trying again. The window offers Retry for
every code here (`ui.server_failure`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.errors import DatabaseError

if TYPE_CHECKING:
    from sqlalchemy.exc import DBAPIError

SERVER_CODES = frozenset({"server_unreachable", "database_server_unreachable", "connection_lost",
                          "server_permission_denied"})
# admin_shutdown, crash_shutdown (pg_terminate_backend, a restart), and class 08: connection exception.
_LOST_STATES = ("57P01", "57P02")
_UNREACHABLE_STATES = ("57P03", "08001", "08004", "08006")  # starting up; cannot connect; rejected


def _first_line(exc: BaseException | None) -> str:
    text = str(exc).strip() if exc is not None else ""
    return text.splitlines()[0] if text else ""


def _from_psycopg(exc: DBAPIError) -> bool:
    return type(exc.orig).__module__.startswith("psycopg")


def server_failure(exc: DBAPIError, *, url: str | None = None) -> DatabaseError | None:
    """The sentence for a failing server, or None. `url` (passwords hidden): when the
    database was being opened, the unreachable server is named by it."""
    if not _from_psycopg(exc):
        return None
    state = getattr(exc.orig, "sqlstate", None)
    if state == "42501":  # insufficient_privilege: the server's grants refuse this login
        return DatabaseError("server_permission_denied", reason=_first_line(exc.orig))
    from sqlalchemy.exc import OperationalError  # here: the window imports SERVER_CODES before SQLAlchemy

    if not isinstance(exc, OperationalError):
        return None
    if exc.connection_invalidated or state in _LOST_STATES:
        return DatabaseError("connection_lost")
    if state is None or state in _UNREACHABLE_STATES:
        # psycopg's "connection failed: ... Connection refused" (or a timeout) has no SQLSTATE.
        if url is not None:
            return DatabaseError("database_server_unreachable", url=url, reason=_first_line(exc.orig))
        return DatabaseError("server_unreachable")
    return None
