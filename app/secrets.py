"""The SMTP password, kept in the operating system's keyring (DESIGN.md §7).

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
# keyrings.alt's backends keep passwords in files in the home folder.
_FILE_BACKEND_MODULES = ("keyrings.alt",)

T = TypeVar("T")


def _unavailable(reason: str) -> RuleViolation:
    return RuleViolation("keyring_unavailable", reason=reason)


def _with_keyring(action: Callable[[KeyringBackend], T]) -> T:
    try:
        backend = keyring.get_keyring()
        if type(backend).__module__.startswith(_FILE_BACKEND_MODULES):
            raise RuleViolation("keyring_file_only")
        return action(backend)
    except (NoKeyringError, InitError) as exc:
        raise _unavailable(type(exc).__name__) from exc
    except KeyringError as exc:
        # A locked store, or the user declined to unlock it. The message names the
        # backend's failure, never the password.
        raise RuleViolation("keyring_failed", reason=str(exc)) from exc


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
