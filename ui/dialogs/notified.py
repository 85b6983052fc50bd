"""The "Who will be notified" group: the client's account owner and the account manager's copy (§7)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from app.views import ClientView
from ui.dialogs.base import value_label


class NotifiedGroup(QGroupBox):
    """Shows who gets the email of a staff cancellation or a void.

    The account owner is the primary admin with an address, else the client's own email,
    as `app.notify` chooses it; the account manager gets a copy.
    """

    def __init__(self, client: ClientView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notified")
        self.setTitle(self.tr("Who will be notified"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.owner = value_label("notifyOwner", self, self._owner_text(client))
        self.manager = value_label("notifyManager", self, self._manager_text(client))
        form.addRow(self.tr("Account owner:"), self.owner)
        form.addRow(self.tr("Account manager (copy):"), self.manager)

    def _owner_text(self, client: ClientView) -> str:
        admin = client.primary_admin
        if admin is not None and (admin.email or "").strip():
            return self.tr("{name} <{email}>").format(name=admin.name, email=admin.email)
        if (client.email or "").strip():
            return self.tr("{name} <{email}> (the client's email: no primary admin with an address)").format(
                name=client.name, email=client.email)
        return self.tr("Nobody: the client has no primary admin with an address and no email")

    def _manager_text(self, client: ClientView) -> str:
        if not client.account_manager:
            return self.tr("Nobody: the client has no account manager")
        return self.tr("{name} <{email}>").format(name=client.account_manager_name or client.account_manager,
                                               email=client.account_manager)
