"""Adding a contact to a client, or editing one (issue 10: the Contacts and seats tab's ways
out; DESIGN.md §2): name, email, phone, role and language, and for a new contact whether it
holds a paid seat.

Who owns the account is not edited here: the owner's role stays, and another contact
becomes the owner by "Make account owner" (a transfer), which the role field says.
Undo (in the status bar, `ui.changes`): an edit is put back with the previous values; an
added contact is removed again, which the facade refuses once a record names it, and which
is offered to managers only: it deletes one of the client's rows, a right staff do not have
on a team database (§12). Staff correct a contact added by mistake by editing it.

Thread rule: GUI thread; the write runs in the window's worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QWidget

from app.views import ClientView, ContactView
from ui.changes import Undo
from ui.dialogs.edit_form import EditFormDialog, typed
from ui.labels import role_label
from ui.workers import TaskRunner

SAME_AS_CLIENT = ""  # the language item of "the client's language" (stored as None)


class ContactDialog(EditFormDialog):
    """Adds a contact to `client` (`contact` None) or edits `contact`."""

    def __init__(self, desk: Any, client: ClientView, contact: ContactView | None, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        adding = contact is None
        title = (self.tr("Add a contact — {client}") if adding else self.tr("Edit contact — {client}")).format(
            client=client.name)
        header = (self.tr("A new contact of {client} ({account}).") if adding
                  else self.tr("{contact}, contact of {client} ({account}).")).format(
            client=client.name, account=client.account_number, contact=contact.name if contact else "")
        super().__init__(runner, title, header, parent)
        self.setObjectName("contactDialog")
        self.desk, self.client, self.contact = desk, client, contact
        self.client_id = client.id
        self.name_edit = self.line("contactName", self.tr("&Name:"), self.tr("Contact's name"),
                                   contact.name if contact else "", 200)
        self.email_edit = self.line("contactEmail", self.tr("&Email:"), self.tr("Contact's email"),
                                    contact.email if contact else "", 320)
        self.phone_edit = self.line("contactPhone", self.tr("&Phone:"), self.tr("Contact's phone"),
                                    contact.phone if contact else "", 50)
        roles = [(role_label(code), code) for code in ("user", "admin")]
        owner = client.primary_admin
        if contact is not None and contact.role == "primary_admin":
            roles = [(role_label("primary_admin"), "primary_admin")]
        elif adding and owner is None:
            roles.append((role_label("primary_admin"), "primary_admin"))
        self.role_combo = self.combo("contactRole", self.tr("&Role:"), self.tr("Contact's role"), roles,
                                     contact.role if contact else "user")
        if contact is not None and contact.role == "primary_admin":
            self.disable_with_reason(self.role_combo, self.tr(
                "The account owner stays the owner until another contact is made the owner "
                "(Make account owner in the Contacts and seats tab)."))
        elif owner is not None:
            self.role_combo.setToolTip(self.tr("{owner} owns the account; to make this contact the owner, use Make "
                                               "account owner in the Contacts and seats tab.").format(owner=owner.name))
        self.language_combo = self.combo(
            "contactLanguage", self.tr("&Language:"), self.tr("Contact's language"),
            [(self.tr("Same as the client"), SAME_AS_CLIENT), *self.language_items()],
            (contact.language or SAME_AS_CLIENT) if contact else SAME_AS_CLIENT)
        self.seat_check: QCheckBox | None = None
        if adding:
            self.seat_check = QCheckBox(self.tr("Holds a paid &seat"), self)
            self.seat_check.setObjectName("contactSeat")
            self.form.addRow("", self.seat_check)
        self.finish(self.tr("Add contact") if adding else self.tr("Save changes"))

    def values(self) -> dict[str, Any]:
        return {"name": self.name_edit.text().strip(), "email": typed(self.email_edit),
                "phone": typed(self.phone_edit), "role": self.role_combo.currentData(),
                "language": self.language_combo.currentData() or None}

    def save(self) -> None:
        desk, values, client = self.desk, self.values(), self.client
        if self.contact is None:
            seat = self.seat_check is not None and self.seat_check.isChecked()
            self.submit(lambda: desk.add_contact(client.id, values["name"], values["email"], role=values["role"],
                                                 seat=seat, phone=values["phone"]),
                        lambda contact_id: self._added(contact_id, values["name"]))
            return
        contact_id, version = self.contact.id, self.contact.version
        self.submit(lambda: desk.update_contact(contact_id, expected_version=version, **values),
                    lambda before: self._edited(contact_id, values["name"], before))

    def _added(self, contact_id: int, name: str) -> None:
        desk = self.desk
        self.feedback = self.tr("{name} added as a contact of {client}.").format(name=name, client=self.client.name)
        if desk.permission("remove_contact") is None:  # taking it back deletes a row: managers (§12)
            self.undo = Undo(lambda: desk.remove_contact(contact_id),
                             self.tr("{name} removed again.").format(name=name))

    def _edited(self, contact_id: int, name: str, before: dict[str, Any]) -> None:
        desk = self.desk
        if not before:
            self.feedback = self.tr("Nothing to change: {name}'s details were already these.").format(name=name)
            return
        self.feedback = self.tr("{name}'s details changed.").format(name=name)
        self.undo = Undo(lambda: desk.update_contact(contact_id, **before),
                         self.tr("Change of {name}'s details undone.").format(name=name))
