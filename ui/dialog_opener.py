"""Opening a dialog, the one way (issue 7: dialogs load their data in a worker, then open).

`DialogOpener.open(read, build, on_accepted)` runs `read` — one facade call returning
the dialog's frozen data — in the `TaskRunner`, then, on the GUI thread, builds the
dialog with that data and opens it window-modal (`open`, not `exec`: the event loop,
and a test, keep running). `opened` is emitted with the dialog once shown;
`on_accepted` runs after it is accepted; `on_conflict` after it closed on a Conflict; a
dialog left by the link under a refusal (ui/way_out.py) is told by `way_out`, for the
window to go where it resolves it. A read that fails with a refusal is shown through
`on_error` — a failing server, with `dialogs`, in an error dialog whose Retry reads again;
any other exception is a bug and is raised.

Thread rule: GUI thread, except `read`, which runs in a worker and touches no widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from app.errors import DeskError
from ui.dialog_service import DialogService
from ui.server_failure import offer_retry
from ui.workers import TaskRunner


class DialogOpener(QObject):
    opened = Signal(object)  # the dialog, once open
    way_out = Signal(object)  # a ui.way_out.Destination: the dialog was left by a refusal's link

    def __init__(self, runner: TaskRunner, on_error: Callable[[BaseException], None],
                 parent: QObject | None = None, *, dialogs: DialogService | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.on_error = on_error
        self.dialogs = dialogs  # with it, a failing server is told with Retry (ui.server_failure)
        self.dialog: QDialog | None = None  # the dialog while it is open
        self._loading = False
        # Told when a dialog closed on a Conflict (its `conflict`): the window says who changed
        # what it showed and offers Reload (ui/conflicts.py).
        self.on_conflict: Callable[[DeskError], None] | None = None

    def busy(self) -> bool:
        return self._loading or self.dialog is not None

    def open(self, read: Callable[[], Any], build: Callable[[Any], QDialog],
             on_accepted: Callable[[QDialog], None] | None = None) -> None:
        if self.busy():
            return  # one dialog at a time: a double click opens one
        self._loading = True
        self.runner.run(read, on_result=lambda data: self._show(data, build, on_accepted),
                        on_error=lambda exc: self._failed(exc, lambda: self.open(read, build, on_accepted)))

    def _show(self, data: Any, build: Callable[[Any], QDialog],
              on_accepted: Callable[[QDialog], None] | None) -> None:
        self._loading = False
        dialog = build(data)
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._finished(dialog, result, on_accepted))
        dialog.open()
        self.opened.emit(dialog)

    def _finished(self, dialog: QDialog, result: int, on_accepted: Callable[[QDialog], None] | None) -> None:
        self.dialog = None
        dialog.deleteLater()
        destination = getattr(dialog, "way_out_taken", None)
        if destination is not None:
            self.way_out.emit(destination)
        if result == QDialog.DialogCode.Accepted and on_accepted is not None:
            on_accepted(dialog)
        conflict = getattr(dialog, "conflict", None)
        if conflict is not None and self.on_conflict is not None:
            self.on_conflict(conflict)

    def _failed(self, exc: BaseException, again: Callable[[], None]) -> None:
        self._loading = False
        if not isinstance(exc, DeskError):
            raise exc
        parent = self.parent()
        if self.dialogs is None or not offer_retry(self.dialogs, parent if isinstance(parent, QWidget) else None,
                                                   exc, again):
            self.on_error(exc)
