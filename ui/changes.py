"""Small changes made from the window, and the Undo the status bar offers after one (DESIGN.md
§13 "friction follows risk"; issue 10: feedback after every change).

`run_change(window, call, said=..., undo=...)` runs one facade write in the window's
worker; then every list follows, the status bar says what happened and, for a small
reversible step, offers Undo for `UNDO_MS`. An `Undo` is itself such a change (audited by
the facade like any other), offering no Undo of its own. A refusal is shown in a message
box: nothing was changed.

Thread rule: GUI thread; `call` runs in a worker and touches no widget.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from app.errors import Conflict, DeskError
from ui.conflicts import show_conflict
from ui.i18n import _t
from ui.refusals import describe

if TYPE_CHECKING:
    from ui.main_window import MainWindow

UNDO_MS = 10_000  # how long a small reversible change offers Undo
FEEDBACK_MS = 15_000  # how long the status bar says what a change did


@dataclass(frozen=True)
class Undo:
    """How to take a change back: the facade call, and what the status bar says once done."""

    call: Callable[[], Any]
    said: str


class UndoButton:
    """The status bar's Undo button: shown while the latest small change may be taken back."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.button = QPushButton(_t("RecordActions", "&Undo"), window)
        self.button.setObjectName("undoButton")
        self.button.hide()
        window.statusBar().addPermanentWidget(self.button)
        self.button.clicked.connect(self.undo)
        self._undo: Undo | None = None

    def offer(self, undo: Undo | None) -> None:
        self._undo = undo
        self.button.setVisible(undo is not None)
        if undo is not None:
            self.button.setToolTip(_t("RecordActions", "Take back the change the status bar names"))
            QTimer.singleShot(UNDO_MS, self.button, lambda u=undo: self._expire(u))

    def _expire(self, undo: Undo) -> None:
        if self._undo is undo:
            self.offer(None)

    def undo(self) -> None:
        undo, self._undo = self._undo, None
        self.button.hide()
        if undo is not None:
            run_change(self.window, undo.call, said=undo.said)


def undo_button(window: MainWindow) -> UndoButton:
    """The window's one Undo button (made on first use)."""
    button = getattr(window, "undo_button", None)
    if button is None:
        button = window.undo_button = UndoButton(window)
    return button


def say(window: MainWindow, text: str, undo: Undo | None = None) -> None:
    """The status bar says `text` (for as long as Undo stays offered, when there is one)."""
    window.statusBar().showMessage(text, UNDO_MS if undo is not None else FEEDBACK_MS)
    undo_button(window).offer(undo)


def run_change(window: MainWindow, call: Callable[[], Any], *, said: str | Callable[[Any], str],
               undo: Callable[[Any], Undo | None] | None = None,
               refused: Callable[[DeskError], None] | None = None) -> None:
    """Runs `call` in the window's worker. Done: the lists follow, the status bar says `said`
    (or `said(result)`) and offers `undo(result)`. Refused: `refused(error)`, by default a
    warning naming why."""
    def done(result: Any) -> None:
        window.changed_by_action()
        say(window, said(result) if callable(said) else said, undo(result) if undo is not None else None)

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, DeskError):
            raise exc  # a bug, not a refusal: let it surface
        if isinstance(exc, Conflict):  # someone changed it since the window showed it: say who, offer Reload
            show_conflict(window, exc)
        elif refused is not None:
            refused(exc)
        else:
            window.dialogs.warning(window, _t("RecordActions", "Not done"), describe(exc))

    window.runner.run(call, on_result=done, on_error=failed)
