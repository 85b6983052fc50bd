"""The checklist before deactivating an account (DESIGN.md §10), in this order: the data
exported (written in a worker and verified by reading it back) or the export explicitly
skipped; no unpaid invoice; no subscription still giving access; the requester — the
account owner — and a checkbox that their authority was verified; a reason.

`Continue` is enabled only when every item is satisfied; accepting the dialog leaves a
`ChecklistResult` in `result_value` for `DeactivateConfirmDialog` (deactivate_confirm.py),
which asks for the typed name. Nothing is changed in the database here.

Thread rule: GUI thread; the export runs on the dialog's `TaskRunner` and never touches
a widget.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.errors import DeskError
from app.services.deactivation import DeactivationForm
from ui.dialog_service import DialogService
from ui.dialogs.base import DeskDialog, NoticeBox, value_label
from ui.formatting import long_date, money
from ui.refusals import describe
from ui.workers import TaskRunner

SKIPPED = "skipped"


@dataclass(frozen=True)
class ChecklistResult:
    """What the checklist hands to the confirmation: the facade's arguments but the name."""

    client_id: int
    reason: str
    requester: int
    backup: str  # the verified export's path, or "skipped"


@dataclass(frozen=True)
class ExportCheck:
    path: str
    sheets: int
    rows: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def export_and_verify(desk: Any, path: str, client_id: int) -> ExportCheck:
    """Writes the client's workbook, then reads it back: every sheet present, every row count
    equal to the database's. Runs on a worker thread (no widget)."""
    report = desk.export_xlsx(path, client_id=client_id)
    problems = desk.verify_export(path, client_id)
    return ExportCheck(str(path), len(report.sheets), sum(report.values()), tuple(problems))


class DeactivateChecklistDialog(DeskDialog):
    """See the module docstring. `form` is `Desk.deactivation_form(client_id)` (read by the
    caller, off the GUI thread when it can); `dialogs` picks the export file."""

    def __init__(self, desk: Any, form: DeactivationForm, parent: QWidget | None = None, *,
                 dialogs: DialogService | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deactivateChecklistDialog")
        self.desk = desk
        self.form = form
        self.dialogs = dialogs or DialogService()
        self.runner = runner or TaskRunner(self, threads=1)
        self.export: ExportCheck | None = None
        self.exporting = False
        self.result_value: ChecklistResult | None = None
        self.setWindowTitle(self.tr("Deactivate {client}: checklist").format(client=form.client_name))
        self.setMinimumWidth(620)

        layout = QVBoxLayout(self)
        intro = value_label("checklistIntro", self, self.tr(
            "Deactivating deletes every record of {client} for good after {days} days. Check each item "
            "below; the next step asks you to confirm by typing the client's name.").format(
                client=form.client_name, days=form.retention_days))
        layout.addWidget(intro)
        if form.blocker is not None:
            self.blocker_box = NoticeBox(QStyle.StandardPixmap.SP_MessageBoxWarning, "blockerLabel", self)
            self.blocker_box.set_refusal(form.blocker, form.client_id, self.locale())
            layout.addWidget(self.blocker_box)
        layout.addWidget(self._export_group())
        layout.addWidget(self._unpaid_group())
        layout.addWidget(self._subscriptions_group())
        layout.addWidget(self._request_group())
        layout.addStretch(1)
        layout.addWidget(self.error_box)
        self.button_box, self.action_button = self.make_button_box(self.tr("C&ontinue…"), destructive=False)
        self.button_box.accepted.connect(self.confirm)
        layout.addWidget(self.button_box)
        self.update_state()

    # --- building --------------------------------------------------------------------
    def _item(self, parent: QWidget, name: str, ok: bool, text: str) -> QWidget:
        """One line of the checklist: a small icon and words that say it (never colour alone).
        The sentence is the QLabel `name`."""
        row = QWidget(parent)
        row.setObjectName(name + "Row")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        icon = QLabel(row)
        pixmap = QStyle.StandardPixmap.SP_DialogApplyButton if ok else QStyle.StandardPixmap.SP_MessageBoxCritical
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        done = self.tr("Done: {what}") if ok else self.tr("Blocking: {what}")
        label = value_label(name, row, done.format(what=text))
        label.setAccessibleName(label.text())
        line.addWidget(icon)
        line.addWidget(label, 1)
        return row

    def _export_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("1. Export the client's data"), self)
        group.setObjectName("exportGroup")
        column = QVBoxLayout(group)
        self.export_button = QPushButton(self.tr("&Export everything for this client now…"), group)
        self.export_button.setObjectName("exportNow")
        self.export_button.setAccessibleName(self.tr("Export everything for this client now"))
        self.export_button.clicked.connect(self.choose_export)
        button_row = QHBoxLayout()
        button_row.addWidget(self.export_button)
        button_row.addStretch(1)
        column.addLayout(button_row)
        self.export_status = value_label("exportStatus", group, self.tr(
            "The workbook is checked by reading it back: every sheet present, every row count equal to the "
            "database's."))
        column.addWidget(self.export_status)
        self.skip_export = QCheckBox(self.tr("&Skip the export: I understand that no copy of this client's data "
                                             "will be kept"), group)
        self.skip_export.setObjectName("skipExport")
        self.skip_export.toggled.connect(lambda _on: self.update_state())
        column.addWidget(self.skip_export)
        return group

    def _unpaid_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("2. Unpaid invoices"), self)
        group.setObjectName("unpaidGroup")
        column = QVBoxLayout(group)
        loc = self.locale()
        if not self.form.unpaid:
            column.addWidget(self._item(group, "unpaidInvoices", True, self.tr("no unpaid invoice.")))
            return group
        lines = [self.tr("invoice of {issued}: {open} open of {amount}").format(
            issued=long_date(loc, i.issued), open=money(loc, i.open_amount), amount=money(loc, i.amount))
            for i in self.form.unpaid]
        column.addWidget(self._item(group, "unpaidInvoices", False, self.tr(
            "1 unpaid invoice; record the payment or credit it first.") if len(lines) == 1 else self.tr(
            "{n} unpaid invoices; record the payments or credit them first.").format(n=loc.toString(len(lines)))))
        column.addWidget(value_label("unpaidList", group, "\n".join(f"• {line}" for line in lines)))
        return group

    def _subscriptions_group(self) -> QGroupBox:
        form = self.form
        group = QGroupBox(self.tr("3. Subscriptions and seats"), self)
        group.setObjectName("subscriptionsGroup")
        column = QVBoxLayout(group)
        loc = self.locale()
        today: date = self.desk.today
        running = form.possible_from is None or form.possible_from > today
        if form.possible_from is None:
            text = self.tr("a subscription is still running with no end date; cancel it first.")
        elif running:
            text = self.tr("a subscription still gives access; deactivation is possible from {day}.").format(
                day=long_date(loc, form.possible_from))
        else:
            text = self.tr("no subscription gives access any more.")
        column.addWidget(self._item(group, "runningSubscriptions", not running, text))
        lines = []
        for sub in form.subscriptions:
            if sub.access_end is None:
                end = self.tr("no end date")
            elif sub.access_end >= today:
                end = self.tr("access until {day}").format(day=long_date(loc, sub.access_end))
            else:
                end = self.tr("access ended {day}").format(day=long_date(loc, sub.access_end))
            lines.append(f"• {sub.plan} ({sub.participant}): {end}")
        if lines:
            column.addWidget(value_label("subscriptionEnds", group, "\n".join(lines)))
        seats_ok = form.seats <= form.max_seats
        seats = self.tr("1 active paid seat") if form.seats == 1 else self.tr("{n} active paid seats").format(
            n=loc.toString(form.seats))
        column.addWidget(self._item(group, "activeSeats", seats_ok, self.tr(
            "{seats}, at most {limit} allowed.").format(seats=seats, limit=loc.toString(form.max_seats)) + (
            "" if seats_ok else " " + self.tr("Deactivate users and reduce licences in Contacts and seats first."))))
        return group

    def _request_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("4. The request"), self)
        group.setObjectName("requestGroup")
        rows = QFormLayout(group)
        owner = self.form.owner
        if owner is None:
            rows.addRow(self._item(group, "requester", False, self.tr(
                "the client has no account owner (primary admin contact); name one first.")))
            self.authority = QCheckBox(group)
            self.authority.hide()
        else:
            who = owner.name + (f" <{owner.email}>" if owner.email else "")
            rows.addRow(self.tr("Requested by:"), value_label("requester", group, self.tr(
                "{who}, the account owner").format(who=who)))
            self.authority = QCheckBox(self.tr("I &verified that {name} is the account owner and asked for this "
                                               "deactivation").format(name=owner.name), group)
            rows.addRow(self.authority)
        self.authority.setObjectName("authorityVerified")
        self.authority.toggled.connect(lambda _on: self.update_state())
        self.reason = QPlainTextEdit(group)
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("Reason for the deactivation"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 12)
        self.reason.textChanged.connect(self.update_state)
        reason_label = QLabel(self.tr("&Reason:"), group)
        reason_label.setBuddy(self.reason)
        rows.addRow(reason_label, self.reason)
        return group

    # --- the export ------------------------------------------------------------------
    def choose_export(self) -> None:
        safe = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in self.form.client_name).strip()
        suggested = f"{safe or 'client'} {self.desk.today.isoformat()}.xlsx"
        path = self.dialogs.save_file_name(self, self.tr("Export the client's data"), suggested,
                                           self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.start_export(path)

    def start_export(self, path: str) -> None:
        self.exporting = True
        self.export = None
        self.export_status.setText(self.tr("Exporting and checking {file}…").format(file=Path(path).name))
        self.update_state()
        self.runner.run(export_and_verify, self.desk, path, self.form.client_id,
                        on_result=self._exported, on_error=self._export_failed)

    def _exported(self, check: ExportCheck) -> None:
        self.exporting = False
        self.export = check
        if check.ok:
            self.export_status.setText(self.tr(
                "Exported and verified: {file}, {sheets} sheets, {rows} rows, each count equal to the database's. "
                "This file holds the client's personal data: keep it safe, and destroy it when it is no longer "
                "needed.").format(file=check.path, sheets=check.sheets, rows=check.rows))
        else:
            self.export_status.setText(self.tr("The export could not be verified; export again:\n{problems}").format(
                problems="\n".join(f"• {p}" for p in check.problems)))
        self.update_state()
        self.fit_height(grow_only=True)

    def _export_failed(self, exc: BaseException) -> None:
        self.exporting = False
        self.export = None
        self.export_status.setText(self.tr("The export failed: {reason}").format(reason=describe(exc)))
        self.update_state()
        if not isinstance(exc, (DeskError, OSError)):
            raise exc  # a bug, not a refusal or a full disk: let it surface

    # --- state -----------------------------------------------------------------------
    def missing(self) -> str | None:
        """What still keeps `Continue` disabled, as a sentence; None when all is checked."""
        if self.form.blocker is not None:
            return describe(self.form.blocker)
        if self.exporting:
            return self.tr("Wait for the export to be written and checked.")
        if not (self.skip_export.isChecked() or (self.export is not None and self.export.ok)):
            return self.tr("Export the client's data and let it be verified, or tick that you skip the export.")
        if not self.authority.isChecked():
            return self.tr("Tick that you verified the account owner's authority.")
        if not self.reason.toPlainText().strip():
            return self.tr("Give the reason for the deactivation.")
        return None

    def update_state(self) -> None:
        missing = self.missing()
        self.action_button.setEnabled(missing is None)
        self.action_button.setToolTip(missing or self.tr("Go on to the confirmation."))
        blocked = self.form.blocker is not None
        self.export_button.setEnabled(not self.exporting and not blocked)
        self.skip_export.setEnabled(not self.exporting and not blocked)

    def confirm(self) -> None:
        if self.missing() is not None:
            return
        assert self.form.owner is not None
        verified = self.export is not None and self.export.ok
        self.result_value = ChecklistResult(
            client_id=self.form.client_id, reason=self.reason.toPlainText().strip(),
            requester=self.form.owner.contact_id,
            backup=self.export.path if verified and self.export is not None else SKIPPED)
        self.accept()
