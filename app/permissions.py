"""Who may do what (DESIGN.md §12): the one table of the actions a role guards.

The services check it (``uow.require_action``) and the window asks the facade
(``Desk.permission``) before enabling an action, so no role rule is written twice.
Each action is also a label code of ``app.refusals.LABELS`` ("Voiding an invoice"),
which the permission refusal names. Pure: no database, no clock, no Qt.
"""

from __future__ import annotations

from app.errors import PermissionDenied

RANK = {"staff": 0, "manager": 1, "administrator": 2}

# action -> the least role that may do it. An action not listed is open to every staff user.
ACTION_ROLES: dict[str, str] = {
    "void_invoice": "manager",
    "credit_invoice": "manager",
    "revoke_cancellation": "manager",
    "decide_request": "manager",
    "edit_settings": "administrator",
    "set_smtp_password": "administrator",
    "add_staff": "administrator",
    "edit_staff": "administrator",
    "export_expired": "manager",
    # deactivation and the purge (DESIGN.md §10)
    "deactivate": "manager",
    "revoke_deactivation": "manager",
    # importing (DESIGN.md §12, §14)
    "import": "manager",
    # replacing the whole database with a backup (issue 12)
    "restore": "administrator",
    # pause, resume, closure (§8, §9, §12): a deletion needs a manager
    "pause_delete": "manager",
    "close_deactivate": "manager",
    "revoke_closure": "manager",
    # giving a client to another account manager (issue 10); editing details and contacts is open to staff
    "reassign_client": "manager",
    # removing a contact deletes one of a client's rows: a manager's right, on the server too (§12)
    "remove_contact": "manager",
}


def at_least(held: str, needed: str) -> bool:
    return RANK[held] >= RANK[needed]


def refusal(held: str, action: str, needed: str | None = None) -> PermissionDenied | None:
    """The refusal for a user of role `held` attempting `action`, or None when allowed.

    `needed` overrides the table (for ``uow.require(role, action)``)."""
    needed = needed or ACTION_ROLES.get(action)
    if needed is None or at_least(held, needed):
        return None
    return PermissionDenied("permission", action=action, needed=needed, held=held)
