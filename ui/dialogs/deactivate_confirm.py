"""The irreversible-action dialog of a deactivation (DESIGN.md §10, §13): a warning in
plain words that it cannot be undone once the purge date has passed, what will be
deleted with counts, the purge date and the revocation window, and a `Deactivate`
button enabled only once the client's name is typed exactly (same letters, case and
spaces). Cancel is the default button; Esc cancels.

Thread rule: GUI thread; `Desk.deactivate` runs on the dialog's `TaskRunner`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.errors import DeskError
from app.services.deactivation import DeactivationForm
from ui.dialogs.base import DeskDialog
from ui.dialogs.deactivate_checklist import ChecklistResult
from ui.dialogs.typed_name import TypedNameConfirmation
from ui.formatting import long_date
from ui.workers import TaskRunner


class DeactivateConfirmDialog(DeskDialog):
    """Accepted once `Desk.deactivate` has succeeded; `purge_on` then holds the purge date.
    A refusal is shown in the error line and the dialog stays open."""

    def __init__(self, desk: Any, form: DeactivationForm, checklist: ChecklistResult,
                 parent: QWidget | None = None, *, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deactivateConfirmDialog")
        self.desk = desk
        self.form = form
        self.checklist = checklist
        self.runner = runner or TaskRunner(self, threads=1)
        self.submitting = False
        self.purge_on: date | None = None
        self.setWindowTitle(self.tr("Deactivate {client}").format(client=form.client_name))
        self.setMinimumWidth(560)
        loc = self.locale()

        layout = QVBoxLayout(self)
        self.confirmation = TypedNameConfirmation(form.client_name, self)
        self.confirmation.set_warning(self.tr(
            "This cannot be undone once the purge date has passed. On {purge}, every record of {client} is "
            "deleted for good: nobody, not even an administrator, can bring it back. Until then ({days} days) "
            "the account is hidden and a manager can still revoke the deactivation from Pending "
            "deactivations.").format(purge=long_date(loc, form.purge_on), client=form.client_name,
                                      days=form.retention_days))
        counts = form.counts

        def count(key: str, one: str, many: str) -> str:
            n = counts.get(key, 0)
            return one if n == 1 else many.format(n=loc.toString(n))
        self.confirmation.set_summary(self.tr(
            "What will be deleted: {contacts}, {subscriptions}, {invoices}, {notes}, {files}, {emails}, and "
            "everything else recorded for this client. The audit trail keeps only who did what and when, "
            "without personal data.").format(
                contacts=count("contacts", self.tr("1 contact"), self.tr("{n} contacts")),
                subscriptions=count("subscriptions", self.tr("1 subscription"), self.tr("{n} subscriptions")),
                invoices=count("invoices", self.tr("1 invoice"), self.tr("{n} invoices")),
                notes=count("notes", self.tr("1 note"), self.tr("{n} notes")),
                files=count("files", self.tr("1 file"), self.tr("{n} files")),
                emails=count("emails", self.tr("1 email"), self.tr("{n} emails"))))
        layout.addWidget(self.confirmation)
        layout.addStretch(1)
        layout.addWidget(self.error_box)
        self.button_box, self.action_button = self.make_button_box(self.tr("&Deactivate"), destructive=True)
        self.action_button.setObjectName("confirmDeactivation")
        self.button_box.accepted.connect(self.confirm)
        layout.addWidget(self.button_box)
        self.confirmation.changed.connect(self.update_state)
        self.update_state()

    def update_state(self) -> None:
        ready = self.confirmation.matches and not self.submitting
        self.action_button.setEnabled(ready)
        self.action_button.setToolTip("" if ready else self.tr("Type the client's name exactly to enable it."))

    def confirm(self) -> None:
        if not self.confirmation.matches or self.submitting:
            return
        self.clear_error()
        self.submitting = True
        self.update_state()
        c = self.checklist
        self.runner.run(self._call, c.client_id, c.reason, c.requester, self.confirmation.typed, c.backup,
                        on_result=self._done, on_error=self._refused)

    def _call(self, client_id: int, reason: str, requester: int, typed: str, backup: str) -> date:
        return self.desk.deactivate(client_id, reason=reason, requester=requester, confirm_name=typed,
                                    backup=backup)

    def _done(self, purge_on: date) -> None:
        self.submitting = False
        self.purge_on = purge_on
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.submitting = False
        self.update_state()
        if not isinstance(exc, DeskError):
            raise exc
        self.refused(exc)
