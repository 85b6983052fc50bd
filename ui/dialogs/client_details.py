"""Editing a client's email, phone, language and account manager (issue 10: the Overview
tab's ways out; DESIGN.md §2). Giving the client to another account manager needs a
manager: for anyone else the field is disabled and says so.

Undo (in the status bar, `ui.changes`) puts the previous values back.

Thread rule: GUI thread; the form is read in a worker (`ClientDetailsForm`), the write too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from app.views import ClientView, StaffView
from ui.changes import Undo
from ui.dialogs.edit_form import EditFormDialog, typed
from ui.labels import role_label
from ui.refusals import describe
from ui.workers import TaskRunner


@dataclass(frozen=True)
class ClientDetailsForm:
    client: ClientView
    staff: list[StaffView]
    reassign_refusal: Any  # None when the user may give the client to another account manager


def read_form(desk: Any, client_id: int) -> ClientDetailsForm:
    """Runs in the worker: what the dialog opens with."""
    return ClientDetailsForm(desk.client(client_id), desk.staff(), desk.permission("reassign_client"))


class ClientDetailsDialog(EditFormDialog):
    def __init__(self, desk: Any, form: ClientDetailsForm, runner: TaskRunner, parent: QWidget | None = None) -> None:
        client = form.client
        super().__init__(runner, self.tr("Edit details — {client}").format(client=client.name),
                         self.tr("The details of {client} ({account}).").format(
                             client=client.name, account=client.account_number), parent)
        self.setObjectName("clientDetailsDialog")
        self.desk, self.client = desk, client
        self.email_edit = self.line("clientEmail", self.tr("&Email:"), self.tr("Client's email"), client.email, 320)
        self.phone_edit = self.line("clientPhone", self.tr("&Phone:"), self.tr("Client's phone"), client.phone, 50)
        self.language_combo = self.combo("clientLanguage", self.tr("&Language:"),
                                         self.tr("Language of the client's emails"), self.language_items(),
                                         client.language)
        managers = [(self.tr("{name} ({role})").format(name=s.name, role=role_label(s.role).lower()), s.email)
                    for s in form.staff]
        self.manager_combo = self.combo("clientAccountManager", self.tr("Account &manager:"),
                                        self.tr("Account manager"), managers, client.account_manager)
        if form.reassign_refusal is not None:
            self.disable_with_reason(self.manager_combo, describe(form.reassign_refusal, self.locale()))
        self.finish(self.tr("Save changes"))

    def values(self) -> dict[str, Any]:
        values = {"email": typed(self.email_edit), "phone": typed(self.phone_edit),
                  "language": self.language_combo.currentData()}
        if self.manager_combo.isEnabled() and self.manager_combo.currentData():
            values["account_manager"] = self.manager_combo.currentData()
        return values

    def save(self) -> None:
        desk, client_id, values, version = self.desk, self.client.id, self.values(), self.client.version
        self.submit(lambda: desk.update_client(client_id, expected_version=version, **values),
                    lambda before: self._saved(client_id, before))

    def _saved(self, client_id: int, before: dict[str, Any]) -> None:
        desk, name = self.desk, self.client.name
        if not before:
            self.feedback = self.tr("Nothing to change: the details of {client} were already these.").format(
                client=name)
            return
        self.feedback = self.tr("Details of {client} changed.").format(client=name)
        self.undo = Undo(lambda: desk.update_client(client_id, **before),
                         self.tr("Change of the details of {client} undone.").format(client=name))
