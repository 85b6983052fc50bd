"""The "Who will be notified" group (§7): the recipients `app.notify` would choose."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from app.notify import Recipient
from app.views import ClientView
from ui.dialogs.base import value_label


class NotifiedGroup(QGroupBox):
    """Shows who gets an email about `client`: the `recipients` the facade read with the
    dialog's data (`app.notify.recipients`), so the dialog never disagrees with what is
    really queued."""

    def __init__(self, client: ClientView, recipients: Sequence[Recipient], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notified")
        self.setTitle(self.tr("Who will be notified"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        found = {r.audience: r for r in recipients}
        owner = found.get("owner")
        if owner is None:
            owner_text = self.tr("Nobody: the client has no primary admin with an address and no email")
        elif client.primary_admin is not None and client.primary_admin.email == owner.address:
            owner_text = self.tr("{name} <{email}>").format(name=client.primary_admin.name, email=owner.address)
        else:
            owner_text = self.tr("{name} <{email}> (the client's email: no primary admin with an address)").format(
                name=client.name, email=owner.address)
        manager = found.get("manager")
        if manager is None:
            manager_text = self.tr("Nobody: the client has no active account manager")
        else:
            manager_text = self.tr("{name} <{email}>").format(
                name=client.account_manager_name or manager.address, email=manager.address)
        self.owner = value_label("notifyOwner", self, owner_text)
        self.manager = value_label("notifyManager", self, manager_text)
        form.addRow(self.tr("Account owner:"), self.owner)
        form.addRow(self.tr("Account manager (copy):"), self.manager)
