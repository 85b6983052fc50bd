"""The debounced refresh bridge of live refresh (issue 11): what another workstation
commits reaches this window's tables, Requests badge and detail pane.

`LiveRefresh.attach(window, desk)` starts the desk's listener (`app.live`, a thread of
its own). Each change it hears crosses to the GUI thread through a queued signal; the
changes arriving within `DEBOUNCE_MS` are merged, then only what they touch is read
again, every read in the window's workers:

- the clients table (it also brings the Requests badge's count) when clients or requests
  changed; the subscriptions table when clients changed and it is on screen, else when
  it is next shown. Both keep their search, filter, sort, selection and scroll (the same
  refresh as F5);
- the Requests, Outbox, Pending deletions and Activity pages, when on screen and touched
  (they read again whenever they are shown anyway);
- the detail pane, when the client it shows changed (or the settings, which change what
  is allowed).

Thread rule: GUI thread, except `heard`, which the listener thread emits.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

from app.changes import Change
from ui.pages import Page
from ui.side_pages import ListPage
from ui.table_page import TablePage

DEBOUNCE_MS = 200
# What each side page shows: the kinds of change that make it read again.
_PAGE_KINDS = {Page.REQUESTS: ("requests",), Page.OUTBOX: ("outbox",), Page.DELETIONS: ("clients",),
               Page.ACTIVITY: ("clients", "requests", "outbox", "settings", "staff")}


class LiveRefresh(QObject):
    heard = Signal(object)  # a Change, emitted on the listener thread
    applied = Signal(object)  # the merged Change, once its reads are asked for (tests wait on it)

    def __init__(self, window: Any, desk: Any, *, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(window)
        self.setObjectName("liveRefresh")
        self.window = window
        self._pending = Change()
        self._stale: set[Page] = set()  # touched while off screen: read again when shown
        self._timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self._timer.timeout.connect(self._apply)
        self.heard.connect(self._merge, Qt.ConnectionType.QueuedConnection)
        window.ui.side_bar.currentRowChanged.connect(self._page_shown)
        window.installEventFilter(self)
        self.listener = desk.listen(self.heard.emit)

    @classmethod
    def attach(cls, window: Any, desk: Any) -> LiveRefresh:
        return cls(window, desk)

    def stop(self) -> None:
        """Ends the listening (idempotent); the window's close does it."""
        self._timer.stop()
        self.listener.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    def _merge(self, change: Change) -> None:
        self._pending = self._pending.merged(change)
        if not self._timer.isActive():
            self._timer.start()  # from the first change: a stream of changes still refreshes every 200 ms

    def _apply(self) -> None:
        change, self._pending = self._pending, Change()
        window = self.window
        if not change or window.is_shut() or window.desk is None:
            return
        clients = change.touches("clients") or bool(change.client_ids)
        current = window.current_page()
        if clients or change.touches("requests"):
            window.clients.refresh(with_pending=change.touches("requests"))
        if clients and window.subscriptions.model.rowCount():
            if current == Page.SUBSCRIPTIONS:
                window.subscriptions.refresh()
            else:
                self._stale.add(Page.SUBSCRIPTIONS)
        for page, kinds in _PAGE_KINDS.items():
            if any(change.touches(kind) for kind in kinds):
                if page == current:
                    window.pages[page].refresh()
                elif isinstance(window.pages[page], ListPage):
                    window.pages[page].loaded = False  # read again when next shown
        selection = window.selection()
        if selection is not None and (change.touches_client(selection.client_id) or change.touches("settings")):
            window.show_client(selection.client_id, selection.subscription_id)
        self.applied.emit(change)

    def _page_shown(self, row: int) -> None:
        page = Page(max(0, row))
        if page in self._stale:
            self._stale.discard(page)
            table = self.window.pages[page]
            if isinstance(table, TablePage):
                table.refresh()
