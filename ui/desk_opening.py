"""Opening the facade while the window paints (issue 13).

Importing `app.desk` (SQLAlchemy, the models, the services) and opening the `Desk` take
most of the time between start and ready to act. `DeskOpening` does both on a thread of
its own, started once the first page has painted (`ui.app`), so that the window keeps
answering while they run.

Thread rule: construct, `when_done` and `wait` on the GUI thread; the callbacks are
called there, from the event loop (or at once when the outcome is already in).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ui.workers import UserWaits, short_gil_turns


class ImportGate:
    """Gives the opening thread's imports a pause point: every module the facade imports
    (some 280, SQLAlchemy's included) passes `find_spec` here first, on sys.meta_path, and
    holds while the user waits for the window (`UserWaits`). While it holds it keeps the
    import lock: the window's own first imports of a module wait too, as long at most.
    """

    def __init__(self, waits: UserWaits) -> None:
        self.waits = waits
        self._thread: int | None = None

    def find_spec(self, _name: str, _path: Any = None, _target: Any = None) -> None:
        if self._thread == threading.get_ident():
            self.waits.hold()
        return None  # the usual finders find the module

    @contextmanager
    def installed(self) -> Iterator[None]:
        """Gates the calling thread's imports for the block."""
        self._thread = threading.get_ident()
        sys.meta_path.insert(0, self)  # type: ignore[arg-type]
        try:
            yield
        finally:
            sys.meta_path.remove(self)  # type: ignore[arg-type]
            self._thread = None


class DeskOpening(QObject):
    """Runs `open_desk()` on its own thread; its outcome is the Desk or the exception."""

    _arrived = Signal(object)

    def __init__(self, open_desk: Callable[[], Any], parent: QObject | None = None, *,
                 waits: UserWaits | None = None) -> None:
        super().__init__(parent)
        self._open_desk = open_desk
        self.gate = ImportGate(waits or UserWaits())
        self._outcome: Any = None
        self._delivered = False
        self._waiting: list[tuple[Callable[[Any], None], Callable[[BaseException], None]]] = []
        # Connected before the thread starts: the emit from that thread is queued to this one.
        self._arrived.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, name="deskOpening", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        # Shorter GIL turns while the facade opens: keystrokes typed then, worst 154 ms against
        # 320-394 ms, median 72 against 115 ms; ready to act some 60 ms later
        # (bench/startup_typing.py, startup.py).
        try:
            with short_gil_turns(), self.gate.installed():
                outcome = self._open_desk()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            outcome = exc
        self._outcome = outcome
        self._arrived.emit(outcome)

    @Slot(object)
    def _deliver(self, _outcome: Any) -> None:
        self._delivered = True
        waiting, self._waiting = self._waiting, []
        for on_result, on_error in waiting:
            self._call(on_result, on_error)

    def _call(self, on_result: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
        if isinstance(self._outcome, BaseException):
            on_error(self._outcome)
        else:
            on_result(self._outcome)

    def when_done(self, on_result: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
        """`on_result(desk)` or `on_error(exception)` once the opening is over."""
        if self._delivered:
            self._call(on_result, on_error)
        else:
            self._waiting.append((on_result, on_error))

    def wait(self) -> Any:
        """Waits for the thread; the Desk it opened (None when it failed), for closing."""
        self._thread.join()
        return None if isinstance(self._outcome, BaseException) else self._outcome
