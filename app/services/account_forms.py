"""What the pause, resume, close and cancel-all dialogs open with, read in one
transaction (STYLE.md: one read per click; the window runs it in a worker and hands
the frozen result to the dialog's constructor)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import models as m
from app.errors import DeskError
from app.services import accounts, cancellation
from app.services.client_detail import purchases
from app.services.clients import client_view
from app.unit_of_work import UnitOfWork
from app.views import ClientView, SubscriptionView


@dataclass(frozen=True)
class AccountForm:
    """The client, its purchases and why each account action is refused (None: allowed)."""

    client: ClientView
    today: date
    subscriptions: tuple[SubscriptionView, ...]
    pause: DeskError | None
    resume: DeskError | None
    close: DeskError | None  # trial and resold included: the wizard explains them on a page
    can_delete: bool  # the acting user may confirm a deletion (pause without data, deactivate when ended)
    retention_days: int


@dataclass(frozen=True)
class CancelAllRow:
    subscription: SubscriptionView
    last_invoice: date | None  # at its next renewal; None when it is not cancelled by cancel_all
    access_end: date | None
    refusal: DeskError | None  # why this one is not cancelled


@dataclass(frozen=True)
class CancelAllForm:
    client: ClientView
    rows: tuple[CancelAllRow, ...]  # the running subscriptions
    refusal: DeskError | None  # the client's own §4 precondition, if any


def account_form(uow: UnitOfWork, client_id: int) -> AccountForm:
    client = uow.get(m.Client, client_id, "client")
    return AccountForm(
        client=client_view(uow, client_id), today=uow.today,
        subscriptions=tuple(SubscriptionView.of(s) for s in purchases(uow, client_id)),
        pause=accounts.pause_blocker(uow, client), resume=accounts.resume_blocker(uow, client),
        close=accounts.close_blocker(uow, client),
        can_delete=uow.action_refusal("pause_delete") is None,
        retention_days=int(uow.settings["retention_days"]),
    )


def cancel_all_form(uow: UnitOfWork, client_id: int) -> CancelAllForm:
    client = uow.get(m.Client, client_id, "client")
    rows = []
    for sub in client.subscriptions:
        if sub.status == "cancelling":
            rows.append(CancelAllRow(SubscriptionView.of(sub), None, sub.access_end, None))
        elif sub.status == "active":
            refusal = cancellation.blocker(uow, sub.id)
            months = [] if refusal else cancellation.months(uow, sub.id)
            first = months[0] if months else None
            rows.append(CancelAllRow(SubscriptionView.of(sub), first.last_invoice if first else None,
                                     first.access_end if first else None, refusal))
    return CancelAllForm(client_view(uow, client_id), tuple(rows),
                         cancellation.client_blocker(uow, client))
