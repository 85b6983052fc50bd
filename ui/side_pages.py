"""The Activity side-bar page, a read-only list loaded through the facade in a worker
when the page is shown or refreshed, and the placeholders the Requests and Outbox pages
(`ui.requests_page`, `ui.outbox_page`) replace once the Desk is open.

Thread rule: GUI thread; the reader runs in the runner handed to `attach`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.detail_pane import fit_columns, small_table
from ui.formatting import format_datetime
from ui.i18n import _t
from ui.pages import Page, Placeholder, Selection, WindowPage
from ui.table_models import RowsTableModel
from ui.workers import TaskRunner

ACTIVITY_LIMIT = 200
OUTBOX_LIMIT = 500


@dataclass(frozen=True)
class Rows:
    rows: list[tuple[str, ...]]
    ids: list[int]
    note: str = ""


def read_activity(desk: Any) -> Rows:
    locale = QLocale()
    events = desk.timeline(limit=ACTIVITY_LIMIT)
    rows = [(format_datetime(e.at, locale), e.actor, e.summary) for e in events]
    return Rows(rows, [e.id for e in events], _t("SidePages", "The latest {n} changes.").format(n=locale.toString(ACTIVITY_LIMIT)))


class ListPage(QWidget):
    """A heading, a note and a read-only table filled from a `Rows` (a `WindowPage` that
    selects no client)."""

    has_selection = False

    def __init__(self, name: str, title: str, headers: Sequence[str], reader: Callable[[Any], Rows],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}List")
        self.reader = reader
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel(self)
        self.note.setObjectName(f"{name}Note")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.model = RowsTableModel(headers, parent=self)
        self.table = small_table(f"{name}Table", title, self)
        self.table.setModel(self.model)
        layout.addWidget(self.table, 1)
        self.loaded = False
        self.note.setText(_t("SidePages", "Loading…"))
        self._desk: Any = None
        self._runner: TaskRunner | None = None

    def attach(self, desk: Any, runner: TaskRunner) -> None:
        """The facade is open: the page can read."""
        self._desk, self._runner = desk, runner

    def widget(self) -> QWidget:
        return self

    def selection(self) -> Selection | None:
        return None

    def shown(self) -> None:
        if not self.loaded:
            self.refresh()

    def refresh(self) -> None:
        if self._desk is None or self._runner is None:
            return
        self._runner.run(self.reader, self._desk, on_result=self.show_rows,
                         on_error=lambda exc: self.show_error(str(exc)))

    def show_rows(self, rows: Rows) -> None:
        self.loaded = True
        self.model.set_rows(rows.rows, rows.ids)
        fit_columns(self.table, 300)
        self.note.setText(rows.note)
        self.note.setVisible(bool(rows.note))

    def show_error(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(True)


def build_side_pages(parent: QWidget) -> dict[Page, WindowPage]:
    return {
        Page.REQUESTS: Placeholder("requests", parent),
        Page.ACTIVITY: ListPage("activity", _t("SidePages", "Activity"),
                                [_t("SidePages", "When"), _t("SidePages", "Who"), _t("SidePages", "What")],
                                read_activity, parent),
        Page.OUTBOX: Placeholder("outbox", parent),
    }
