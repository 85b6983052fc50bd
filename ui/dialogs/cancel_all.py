""""Cancel all at renewal" for a client (DESIGN.md §4: each subscription at its own
renewal date). The dialog states each subscription's dates before confirming.

Thread rule: GUI thread; `Desk.cancel_all` is one short transaction.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QStyle, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.desk import Desk
from app.errors import DeskError
from ui.dialogs.base import DeskDialog, NoticeBox
from ui.formatting import long_date
from ui.refusals import describe as refusal_text


class CancelAllDialog(DeskDialog):
    """Lists every running subscription of `client_id` with its last invoice and access end
    at its next renewal, then cancels them all. `results` holds what happened to each."""

    def __init__(self, desk: Desk, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelAllDialog")
        self.desk = desk
        self.client = desk.client(client_id)
        self.results: dict[int, str] = {}
        self.setWindowTitle(self.tr("Cancel all at renewal: {name}").format(name=self.client.name))
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        self.intro = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxWarning, "cancelAllIntro", self)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("cancelAllTable")
        self.table.setHorizontalHeaderLabels([self.tr("Subscription"), self.tr("Last invoice"),
                                              self.tr("Access until"), self.tr("Note")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        layout.addWidget(self.error_box)
        self.button_box, self.action_button = self.make_button_box(self.tr("Cancel all at renewal"),
                                                                   destructive=True)
        self.button_box.accepted.connect(self.confirm)
        layout.addWidget(self.button_box)
        self.cancellable = self._fill()

    def _fill(self) -> int:
        loc = self.locale()
        cancellable = 0
        client_refusal: str | None = None
        rows = [s for s in self.desk.subscriptions(self.client.id) if s.status in ("active", "cancelling")]
        for sub in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(f"{sub.plan} ({sub.participant})"))
            if sub.status == "cancelling":
                last, end = "", long_date(loc, sub.access_end)
                note = self.tr("already cancelled")
            else:
                refusal = self.desk.cancellation_blocker(sub.id)
                blocker = refusal_text(refusal) if refusal is not None else None
                months = [] if blocker else self.desk.cancellation_months(sub.id)
                if months:
                    last, end = long_date(loc, months[0].last_invoice), long_date(loc, months[0].access_end)
                    note = self.tr("at its next renewal")
                    cancellable += 1
                else:
                    last, end, note = "", "", blocker or self.tr("nothing to cancel")
                    client_refusal = client_refusal or blocker
            for column, text in ((1, last), (2, end), (3, note)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if not rows:
            self.intro.set_text(self.tr("{name} has no running subscription; there is nothing to cancel.").format(
                name=self.client.name))
        elif cancellable:
            self.intro.set_text(self.tr(
                "Each subscription below is cancelled at its own next renewal: no invoice is issued from then on "
                "and access ends on the date shown. A cancellation can later only be moved earlier.")
            )
        else:
            self.intro.set_text(client_refusal or self.tr("No subscription can be cancelled now."))
        if not cancellable:
            self.disable_with_reason(self.action_button, self.intro.text.text())
        return cancellable

    def confirm(self) -> None:
        self.clear_error()
        try:
            self.results = self.desk.cancel_all(self.client.id)
        except DeskError as exc:
            self.show_error(refusal_text(exc))
            return
        self.accept()
