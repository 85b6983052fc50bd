"""A failing database server, seen from the window (issue 11): the error dialog offers
Retry, which runs the same facade call again, and Close; what the window shows stays.

`offer_retry(dialogs, parent, exc, again)` is for the callbacks of facade calls that
failed: for one of `app.server_failures.SERVER_CODES` it asks (through the injectable
`DialogService`) and calls `again()` on Retry; it returns False for any other error,
which the caller handles as before.

Thread rule: GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.errors import DeskError
from app.server_failures import SERVER_CODES
from ui.dialog_service import DialogService
from ui.refusals import describe


def is_server_failure(exc: BaseException) -> bool:
    return isinstance(exc, DeskError) and exc.code in SERVER_CODES


def offer_retry(dialogs: DialogService, parent: QWidget | None, exc: BaseException,
                again: Callable[[], None]) -> bool:
    """True when `exc` was a failing server (and was told, with Retry); see the module docstring."""
    if not is_server_failure(exc):
        return False
    title = QCoreApplication.translate("ServerFailure", "Database server")
    if dialogs.retry(parent, title, describe(exc)):
        again()
    return True
