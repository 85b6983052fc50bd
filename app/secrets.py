"""The SMTP password (DESIGN.md §7) and the team database's password, kept in the
operating system's keyring.

The password is never written to the database, a settings file or a log. When no
keyring is usable (a headless Linux without Secret Service, for instance) we refuse
with a sentence instead of falling back to a file: a password in a file is exactly
what the keyring is for avoiding. Calls may block while the OS asks the user to
unlock the keyring, so the UI calls them off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import InitError, KeyringError, NoKeyringError, PasswordDeleteError

from app.errors import RuleViolation

SERVICE = "AccountDesk SMTP"
DATABASE_SERVICE = "AccountDesk database"
# keyrings.alt's backends keep passwords in files in the home folder.
_FILE_BACKEND_MODULES = ("keyrings.alt",)

T = TypeVar("T")


def _with_keyring(action: Callable[[KeyringBackend], T], *, database: bool = False) -> T:
    """Runs `action` on the OS keyring; the refusals name the password it is for (SMTP or
    the team database's)."""
    try:
        backend = keyring.get_keyring()
        if type(backend).__module__.startswith(_FILE_BACKEND_MODULES):
            raise RuleViolation("database_keyring_file_only") if database else RuleViolation("keyring_file_only")
        return action(backend)
    except (NoKeyringError, InitError) as exc:
        reason = type(exc).__name__
        raise (RuleViolation("database_keyring_unavailable", reason=reason) if database
               else RuleViolation("keyring_unavailable", reason=reason)) from exc
    except KeyringError as exc:
        # A locked store, or the user declined to unlock it. The message names the
        # backend's failure, never the password.
        reason = str(exc)
        raise (RuleViolation("database_keyring_failed", reason=reason) if database
               else RuleViolation("keyring_failed", reason=reason)) from exc


def _user(user: str | None) -> str:
    if not user or not str(user).strip():
        raise RuleViolation("smtp_user_missing")
    return str(user).strip()


def get_smtp_password(user: str) -> str | None:
    """The stored password of the SMTP `user`, or None when none is stored."""
    name = _user(user)
    return _with_keyring(lambda backend: backend.get_password(SERVICE, name))


def set_smtp_password(user: str, password: str) -> None:
    name = _user(user)
    if not password:
        raise RuleViolation("smtp_password_empty")
    _with_keyring(lambda backend: backend.set_password(SERVICE, name, password))


def delete_smtp_password(user: str) -> None:
    """Forgets the password of `user`; nothing stored is not an error."""
    name = _user(user)

    def delete(backend: KeyringBackend) -> None:
        try:
            backend.delete_password(SERVICE, name)
        except PasswordDeleteError:
            pass

    _with_keyring(delete)


# --- the team database's password, under the login and the server it is for ----------
def get_database_password(account: str) -> str | None:
    """The stored password for `account` ("login@host:port/database"), or None."""
    return _with_keyring(lambda backend: backend.get_password(DATABASE_SERVICE, account), database=True)


def set_database_password(account: str, password: str) -> None:
    """Stores `password` for `account`; an empty password forgets the stored one (a
    server that trusts the login needs none)."""
    if not password:
        delete_database_password(account)
        return
    _with_keyring(lambda backend: backend.set_password(DATABASE_SERVICE, account, password), database=True)


def delete_database_password(account: str) -> None:
    def delete(backend: KeyringBackend) -> None:
        try:
            backend.delete_password(DATABASE_SERVICE, account)
        except PasswordDeleteError:
            pass

    _with_keyring(delete, database=True)
