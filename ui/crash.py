"""An unhandled exception in the window: a plain sentence, the details in the log, an
offer to copy them; and Help > Open log folder.

PySide6 hands an exception raised in a slot to ``sys.excepthook`` and carries on, so
the hook is where the window learns of it. The details (the traceback) go to the log
through ``app.logs`` (emails redacted, SQL parameters never in the text); the person
sees one sentence and may copy the same details for support. Exceptions in worker
threads reach the window as results (ui/workers.py); ``threading.excepthook`` only logs.

Message boxes go through the injected ``DialogService``, so a test never blocks.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from app import logs
from ui.dialog_service import DialogService
from ui.i18n import _t

log = logging.getLogger(__name__)
ExcHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]




_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


def details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The traceback as text, for the log and the clipboard: the frames (our code) as they
    are; in each exception's message, quoted values (``KeyError: 'Acme'``) and email
    addresses replaced, since a message may carry a client's data."""
    report = traceback.TracebackException(exc_type, exc, tb)
    seen: set[int] = set()
    chain: list[traceback.TracebackException | None] = [report]
    while chain:
        part = chain.pop()
        if part is None or id(part) in seen:
            continue
        seen.add(id(part))
        message = getattr(part, "_str", None)
        if isinstance(message, str):
            part._str = _QUOTED.sub("<value>", message)  # type: ignore[attr-defined]
        chain += [part.__cause__, part.__context__]
    return logs.redact("".join(report.format()))


class CrashHandler:
    """Installed as ``sys.excepthook``; `uninstall` puts the previous hooks back."""

    def __init__(self, dialogs: DialogService, log_dir: Path,
                 parent: Callable[[], QWidget | None] = QApplication.activeWindow) -> None:
        self.dialogs = dialogs
        self.log_dir = Path(log_dir)
        self._parent = parent
        self._showing = False
        self._previous: ExcHook | None = None
        self._previous_thread: Callable[..., Any] | None = None

    def install(self) -> CrashHandler:
        logs.configure(self.log_dir)
        self._previous, sys.excepthook = sys.excepthook, self.handle
        self._previous_thread, threading.excepthook = threading.excepthook, self._handle_thread
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
        if self._previous_thread is not None:
            threading.excepthook = self._previous_thread

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt) and self._previous is not None:
            self._previous(exc_type, exc, tb)
            return
        text = details(exc_type, exc, tb)
        log.error("Unhandled exception in the window:\n%s", text.rstrip())
        if self._showing:  # a second error while the first is on screen: logged only
            return
        self._showing = True
        try:
            sentence = _t("CrashHandler", "Something went wrong and Account Desk could not finish what it was doing. "
                          "Changes already saved are safe; the change in progress was not saved. "
                          "The details are in the log file in {folder}.").format(folder=self.log_dir)
            copy = self.dialogs.question(self._parent(), _t("CrashHandler", "Something went wrong"),
                                         sentence + "\n\n" + _t("CrashHandler", "Copy the details, to send them to support?"))
            if copy:
                clipboard = QGuiApplication.clipboard()
                if clipboard is not None:
                    clipboard.setText(text)
        finally:
            self._showing = False

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        log.error("Unhandled exception in thread %s:\n%s", args.thread.name if args.thread else "?",
                  details(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback).rstrip())


def install_excepthook(dialogs: DialogService, log_dir: Path) -> CrashHandler:
    """Installs the crash handler (configuring the log in `log_dir`); ui/app.py calls it."""
    return CrashHandler(dialogs, log_dir).install()


def open_log_folder(log_dir: Path | None = None) -> bool:
    """Help > Open log folder: shows the folder in the file manager; False if it could not."""
    from app.paths import log_dir as default_log_dir

    folder = Path(log_dir) if log_dir is not None else default_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
