"""The window's pages, addressed by name (`Page`), and the one interface the window asks
of each (`WindowPage`): what it has selected, and what to do when it comes on screen or
is refreshed.

A page that selects records (clients, subscriptions, requests) answers `selection()`
with the client — and subscription — its selected record belongs to: the actions and
the detail pane follow it (issue 10: an action acts on what the current page has
selected). A page that selects no client (activity, outbox) has `has_selection = False`:
the detail pane hides there.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget


class Page(IntEnum):
    """The side bar's sections, in their order on screen."""

    CLIENTS = 0
    SUBSCRIPTIONS = 1
    REQUESTS = 2
    ACTIVITY = 3
    OUTBOX = 4

    def title(self) -> str:
        return {
            Page.CLIENTS: QCoreApplication.translate("MainWindow", "Clients"),
            Page.SUBSCRIPTIONS: QCoreApplication.translate("MainWindow", "Subscriptions"),
            Page.REQUESTS: QCoreApplication.translate("MainWindow", "Requests"),
            Page.ACTIVITY: QCoreApplication.translate("MainWindow", "Activity"),
            Page.OUTBOX: QCoreApplication.translate("MainWindow", "Outbox"),
        }[self]


@dataclass(frozen=True)
class Selection:
    """The client a page's selected record belongs to, and its subscription if it has one."""

    client_id: int
    subscription_id: int | None = None


class WindowPage(Protocol):
    has_selection: bool  # False: the page never selects a client

    def widget(self) -> QWidget: ...

    def selection(self) -> Selection | None:
        """The selected record's client (and subscription); None when nothing is selected."""

    def shown(self) -> None:
        """The page came on screen: load what it shows if it has not yet."""

    def refresh(self) -> None:
        """Read what it shows again, keeping filter, sort and selection."""


class Placeholder(QLabel):
    """Stands for a page that needs the open Desk (requests, outbox) until it is installed."""

    has_selection = False

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SidePages", "Loading…"), parent)
        self.setObjectName(f"{name}Placeholder")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def widget(self) -> QWidget:
        return self

    def selection(self) -> Selection | None:
        return None

    def shown(self) -> None:
        pass

    def refresh(self) -> None:
        pass
