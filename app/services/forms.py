"""What each dialog opens with, read in one transaction (STYLE.md: one read per click).

A dialog used to make five to seven facade calls on the GUI thread while opening; the
window now runs one of these reads in a worker and hands the frozen result to the
dialog's constructor.
"""

from __future__ import annotations

from app import models as m
from app.notify import recipients
from app.services import cancellation, requests
from app.services.client_detail import purchases
from app.services.clients import client_view
from app.services.subscriptions import subscription_view
from app.unit_of_work import UnitOfWork
from app.views import CancellationForm, RecordRequestForm, ReviewForm, SubscriptionView, VoidForm


def cancellation_form(uow: UnitOfWork, sub_id: int) -> CancellationForm:
    sub = uow.get(m.Subscription, sub_id, "subscription")
    blocker = cancellation.blocker(uow, sub_id)
    return CancellationForm(
        client=client_view(uow, sub.client_id),
        subscription=subscription_view(uow, sub_id),
        blocker=blocker,
        months=() if blocker else tuple(cancellation.months(uow, sub_id)),
        revoke=cancellation.revoke_blocker(uow, sub),
        recipients=tuple(recipients(uow, "staff_cancelled", sub.client)),
    )


def void_form(uow: UnitOfWork, sub_id: int) -> VoidForm:
    sub = uow.get(m.Subscription, sub_id, "subscription")
    return VoidForm(
        client=client_view(uow, sub.client_id),
        subscription=subscription_view(uow, sub_id),
        refusal=cancellation.void_blocker(uow, sub_id),
        recipients=tuple(recipients(uow, "invoice_voided", sub.client)),
        today=uow.today,
    )


def record_request_form(uow: UnitOfWork, client_id: int) -> RecordRequestForm:
    client = uow.get(m.Client, client_id, "client")
    return RecordRequestForm(
        client=client_view(uow, client_id),
        subscriptions=tuple(SubscriptionView.of(s) for s in purchases(uow, client_id)),
        immediate=uow.settings.get("client_cancellation") == "immediate",
        today=uow.today,
        whole_account={c.id: requests.whole_account_blocker(uow, client, c) for c in client.contacts},
    )


def review_form(uow: UnitOfWork, request_id: int) -> ReviewForm:
    request = requests.request_view(uow, request_id)
    decidable = request.status in ("pending", "waiting")
    return ReviewForm(
        request=request,
        client=client_view(uow, request.client_id),
        subscription=subscription_view(uow, request.subscription_id) if request.subscription_id else None,
        options=(tuple(requests.final_billing_options(uow, request_id))
                 if decidable and request.subscription_id else ()),
        decide=requests.decide_blocker(uow, request_id),
        today=uow.today,
        approve=request.approve_blocker,
    )
