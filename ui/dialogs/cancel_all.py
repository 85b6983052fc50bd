""""Cancel all at renewal" for a client (DESIGN.md §4: each subscription at its own
renewal date). The dialog states each subscription's dates before confirming.

Thread rule: GUI thread; `Desk.cancel_all` is one short transaction.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QStyle, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.desk import Desk
from app.errors import DeskError
from app.services.account_forms import CancelAllForm
from ui.dialogs.base import DeskDialog, NoticeBox
from ui.formatting import long_date
from ui.refusals import describe


class CancelAllDialog(DeskDialog):
    """Lists every running subscription of the client of `form` (`Desk.cancel_all_form`) with
    its last invoice and access end at its next renewal, then cancels them all. `results`
    holds what happened to each."""

    def __init__(self, desk: Desk, form: CancelAllForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelAllDialog")
        self.desk = desk
        self.form = form
        self.client = form.client
        self.client_id = form.client.id
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
        for entry in self.form.rows:
            sub = entry.subscription
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(f"{sub.plan} ({sub.participant})"))
            if sub.status == "cancelling":
                note = self.tr("already cancelled")
            elif entry.refusal is None and entry.access_end is not None:
                note = self.tr("at its next renewal")
                cancellable += 1
            else:
                note = describe(entry.refusal) if entry.refusal else self.tr("nothing to cancel")
            last = long_date(loc, entry.last_invoice) if entry.last_invoice else ""
            end = long_date(loc, entry.access_end) if entry.access_end else ""
            for column, text in ((1, last), (2, end), (3, note)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.form.refusal is not None:
            self.intro.set_refusal(self.form.refusal, self.client.id, self.locale())
        elif not self.form.rows:
            self.intro.set_text(self.tr("{name} has no running subscription; there is nothing to cancel.").format(
                name=self.client.name))
        elif cancellable:
            self.intro.set_text(self.tr(
                "Each subscription below is cancelled at its own next renewal: no invoice is issued from then on "
                "and access ends on the date shown. A cancellation can later only be moved earlier."))
        else:
            self.intro.set_text(self.tr("No subscription can be cancelled now."))
        if not cancellable or self.form.refusal is not None:
            self.disable_with_reason(self.action_button, self.intro.text.text())
        return cancellable

    def confirm(self) -> None:
        self.clear_error()
        try:
            self.results = self.desk.cancel_all(self.client.id, expected_version=self.client.version)
        except DeskError as exc:
            self.refused(exc)
            return
        self.accept()
