"""The side-bar pages that read through the facade (Requests, Outbox, Pending deletions),
built the first time they are shown (issue 13): at start-up none of them is on screen,
so none is imported, built, read or sized to its contents before the user goes there.

Thread rule: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from ui.account_actions import follow_dialogs
from ui.changes import say
from ui.pages import Page, WindowPage

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _requests(window: MainWindow) -> WindowPage:
    from ui.requests_page import RequestsPage

    page = RequestsPage(window.desk, window)
    follow_dialogs(window, page.opener)
    page.changed.connect(window.changed_by_action)
    page.said.connect(lambda text, undo: say(window, text, undo))
    page.table.selectionModel().selectionChanged.connect(partial(window._selection_changed, page))
    window.ui.add_context_menu(page.table)
    return page


def _outbox(window: MainWindow) -> WindowPage:
    from ui.outbox_page import OutboxPage

    return OutboxPage(window.desk, window, dialog_service=window.dialogs)


def _deletions(window: MainWindow) -> WindowPage:
    from ui.pending_deactivations_page import PendingDeactivationsPage

    page = PendingDeactivationsPage(window.desk, window, dialog_service=window.dialogs)
    page.finished.connect(window.changed_by_action)
    return page


def desk_page_builders(window: MainWindow) -> dict[Page, Callable[[], WindowPage]]:
    """What builds each of those pages once the window's Desk is set."""
    return {Page.REQUESTS: partial(_requests, window), Page.OUTBOX: partial(_outbox, window),
            Page.DELETIONS: partial(_deletions, window)}
