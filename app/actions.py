"""What the window may offer on a client, and why not: one table of actions (DESIGN.md
§13: "disabled with a tooltip saying why when a rule forbids them"; STYLE.md: a rule
lives once, in app/).

`ACTIONS` maps an action name to its check. A check takes the unit of work, the client
row and, for a per-subscription action, the subscription row (None for a client
action); it returns None when the action is allowed, or the refusal (a `DeskError`)
the action itself would raise. Checks only read, through the blocker functions of the
services, so the window and the action never disagree.

Adding an action is one line in `ACTIONS`: `"pause": Action(pause_blocker),`, or with
`per_subscription=True` for one checked on each of the client's purchases.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app import models as m
from app.errors import DeskError, RuleViolation
from app.services import accounts, cancellation, closure, deactivation, subscriptions
from app.unit_of_work import UnitOfWork

Check = Callable[[UnitOfWork, m.Client, "m.Subscription | None"], "DeskError | None"]


@dataclass(frozen=True)
class Action:
    check: Check
    per_subscription: bool = False


def _cancel(uow: UnitOfWork, _client: m.Client, sub: m.Subscription | None) -> DeskError | None:
    assert sub is not None
    return cancellation.blocker(uow, sub.id)


def _void(uow: UnitOfWork, _client: m.Client, sub: m.Subscription | None) -> DeskError | None:
    assert sub is not None
    return cancellation.void_blocker(uow, sub.id)


def _revoke(uow: UnitOfWork, _client: m.Client, sub: m.Subscription | None) -> DeskError | None:
    assert sub is not None
    return cancellation.revoke_blocker(uow, sub)


def _cancel_all(uow: UnitOfWork, client: m.Client, _sub: m.Subscription | None) -> DeskError | None:
    if not any(s.status == "active" for s in client.subscriptions):
        return RuleViolation("cancel_all_nothing_running", client=client.name)
    return cancellation.client_blocker(uow, client)


def _record_request(_uow: UnitOfWork, client: m.Client, _sub: m.Subscription | None) -> DeskError | None:
    if not client.contacts:
        return RuleViolation("record_request_no_contact", client=client.name)
    return None


def _export(uow: UnitOfWork, client: m.Client, _sub: m.Subscription | None) -> DeskError | None:
    # §12: staff export active clients; exporting a client whose subscriptions have expired needs a manager.
    if client.status == "expired":
        return uow.action_refusal("export_expired")
    return None


def _deactivate(uow: UnitOfWork, client: m.Client, _sub: m.Subscription | None) -> DeskError | None:
    return deactivation.deactivate_blocker(uow, client)


def _revoke_deactivation(uow: UnitOfWork, client: m.Client, _sub: m.Subscription | None) -> DeskError | None:
    return deactivation.revoke_deactivation_blocker(uow, client)
# --- pause, resume, closure (DESIGN.md §8, §9) ---
def _pause(uow: UnitOfWork, client: m.Client, _sub: m.Subscription | None) -> DeskError | None:
    return accounts.pause_blocker(uow, client)


def _resume(uow: UnitOfWork, client: m.Client, _sub: m.Subscription | None) -> DeskError | None:
    return accounts.resume_blocker(uow, client)


def _close(uow: UnitOfWork, client: m.Client, _sub: m.Subscription | None) -> DeskError | None:
    return accounts.close_action_blocker(uow, client)


def _revoke_closure(uow: UnitOfWork, client: m.Client, _sub: m.Subscription | None) -> DeskError | None:
    return closure.revoke_closure_blocker(uow, client)


def _convert_trial(_uow: UnitOfWork, client: m.Client, _sub: m.Subscription | None) -> DeskError | None:
    return subscriptions.convert_blocker(client)


ACTIONS: dict[str, Action] = {
    "cancel": Action(_cancel, per_subscription=True),
    "void": Action(_void, per_subscription=True),
    "revoke": Action(_revoke, per_subscription=True),
    "cancel_all": Action(_cancel_all),
    "record_request": Action(_record_request),
    "export": Action(_export),
    "deactivate": Action(_deactivate),
    "revoke_deactivation": Action(_revoke_deactivation),
    # pause, resume, closure (§8, §9)
    "pause": Action(_pause),
    "resume": Action(_resume),
    "close": Action(_close),
    "revoke_closure": Action(_revoke_closure),
    "convert_trial": Action(_convert_trial),
}


def client_actions(uow: UnitOfWork, client: m.Client) -> dict[str, DeskError | None]:
    """Every client action -> None (allowed) or its refusal."""
    return {name: action.check(uow, client, None)
            for name, action in ACTIONS.items() if not action.per_subscription}


def subscription_actions(uow: UnitOfWork, client: m.Client, sub: m.Subscription) -> dict[str, DeskError | None]:
    """Every per-subscription action on `sub` -> None (allowed) or its refusal."""
    return {name: action.check(uow, client, sub)
            for name, action in ACTIONS.items() if action.per_subscription}
