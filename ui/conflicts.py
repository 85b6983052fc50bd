"""When a change meets another person's (issue 11, "no lost updates").

A dialog or a tab button whose action ends in a `Conflict` — the record changed since the
window showed it — writes nothing; the window then says who changed it and when, through
the dialog service, and Reload re-reads the lists and the client's detail (the window's
refresh path), so the person sees the change before deciding again.

Thread rule: GUI thread.
"""

from __future__ import annotations

from typing import Any

from app.errors import DeskError
from ui.i18n import _t
from ui.refusals import describe


def show_conflict(window: Any, conflict: DeskError) -> None:
    """Tells who changed what the window showed; Reload re-reads it."""
    title = _t("Conflict", "Changed by someone else")
    if window.dialogs.conflict(window, title, describe(conflict, window.locale())):
        window.changed_by_action()


def install(window: Any, opener: Any) -> None:
    """Dialogs opened through `opener` (the window's, the requests page's) report their
    conflicts here."""
    from functools import partial

    opener.on_conflict = partial(show_conflict, window)
