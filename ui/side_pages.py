"""The simpler side-bar pages: Requests, Activity and Outbox, each a read-only list
loaded through the facade in a worker when the page is shown or refreshed.

Each `read_*` function runs in a worker thread and returns plain rows; the page only
displays them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.detail_pane import fit_columns, small_table
from ui.formatting import format_date, format_datetime
from ui.labels import channel_label, status_label
from ui.table_models import RowsTableModel

ACTIVITY_LIMIT = 200
OUTBOX_LIMIT = 500


@dataclass(frozen=True)
class Rows:
    rows: list[tuple[str, ...]]
    ids: list[int]
    note: str = ""


def _t(text: str) -> str:
    return QCoreApplication.translate("SidePages", text)


def read_requests(desk: Any) -> Rows:
    """Pending, then waiting requests, oldest first (the facade's order)."""
    locale = QLocale()
    items = list(desk.requests("pending")) + list(desk.requests("waiting"))
    rows = [(format_date(r.received, locale), locale.toString(r.age_business_days), r.client_name,
             r.plan or "" if r.subscription_id else _t("Whole account"), channel_label(r.channel),
             status_label(r.status), r.message) for r in items]
    return Rows(rows, [r.id for r in items])


def read_activity(desk: Any) -> Rows:
    locale = QLocale()
    events = desk.timeline(limit=ACTIVITY_LIMIT)
    rows = [(format_datetime(e.at, locale), e.actor, e.summary) for e in events]
    return Rows(rows, [e.id for e in events], _t("The latest {n} changes.").format(n=locale.toString(ACTIVITY_LIMIT)))


def read_outbox(desk: Any) -> Rows:
    locale = QLocale()
    emails = list(reversed(desk.outbox()))
    shown = emails[:OUTBOX_LIMIT]
    rows = [(format_datetime(e.created, locale), ", ".join(e.to), e.subject, status_label(e.status))
            for e in shown]
    note = _t("{shown} of {total} emails, newest first.").format(
        shown=locale.toString(len(shown)), total=locale.toString(len(emails)))
    return Rows(rows, [e.id for e in shown], note)


class ListPage(QWidget):
    """A heading, a note and a read-only table filled from a `Rows`."""

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
        self.note.setText(_t("Loading…"))

    def show_rows(self, rows: Rows) -> None:
        self.loaded = True
        self.model.set_rows(rows.rows, rows.ids)
        fit_columns(self.table, 300)
        self.note.setText(rows.note)
        self.note.setVisible(bool(rows.note))

    def show_error(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(True)


def build_side_pages(parent: QWidget) -> dict[str, ListPage]:
    return {
        "requests": ListPage("requests", _t("Requests"), [_t("Received"), _t("Business days"), _t("Client"),
                                                          _t("Subscription"), _t("Channel"), _t("Status"),
                                                          _t("Message")],
                             read_requests, parent),
        "activity": ListPage("activity", _t("Activity"), [_t("When"), _t("Who"), _t("What")], read_activity, parent),
        "outbox": ListPage("outbox", _t("Outbox"), [_t("Created"), _t("To"), _t("Subject"), _t("Status")],
                           read_outbox, parent),
    }
