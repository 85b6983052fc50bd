"""The client's record as the window shows it, read in one transaction (DESIGN.md §13;
STYLE.md: "reads that a screen needs come back in one call as one view").

Selecting a client used to cost 2N+4 transactions (client, purchases, invoices,
timeline, and two blockers per subscription); over a network to PostgreSQL each is a
round trip the user waits for. Here everything, with the `actions` map of
`app.actions`, comes from one read.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app import models as m
from app.actions import client_actions, subscription_actions
from app.services.clients import client_view
from app.unit_of_work import UnitOfWork
from app.views import CardView, ClientDetailView, EventView, InvoiceView, SubscriptionView

TIMELINE_LIMIT = 200


def purchases(uow: UnitOfWork, client_id: int) -> list[m.Subscription]:
    """The client's purchases: every subscription but the voided ones (§5), oldest first."""
    return list(uow.session.scalars(
        select(m.Subscription)
        .where(m.Subscription.client_id == client_id, m.Subscription.status != "voided")
        .options(selectinload(m.Subscription.invoices), selectinload(m.Subscription.activities))
        .order_by(m.Subscription.id)))


def invoice_lines(uow: UnitOfWork, client_id: int) -> list[tuple[str, InvoiceView]]:
    """Every invoice of the client, newest first, with its plan name — voided purchases
    included: their invoices stay under billing (§5)."""
    rows = uow.session.execute(
        select(m.Invoice, m.Subscription.plan).outerjoin(m.Subscription)
        .where(m.Invoice.client_id == client_id).order_by(m.Invoice.issued.desc(), m.Invoice.id.desc()))
    return [(plan or "", InvoiceView.of(invoice)) for invoice, plan in rows]


def timeline(uow: UnitOfWork, client_id: int | None = None, limit: int | None = None) -> list[EventView]:
    """Audit events, newest first; None = every client's."""
    query = select(m.AuditEvent).order_by(m.AuditEvent.at.desc(), m.AuditEvent.id.desc())
    if client_id is not None:
        query = query.where(m.AuditEvent.client_id == client_id)
    if limit is not None:
        query = query.limit(limit)
    return [EventView.of(r) for r in uow.session.scalars(query)]


def cards(uow: UnitOfWork, client_id: int) -> list[CardView]:
    rows = uow.session.scalars(select(m.Card).where(m.Card.client_id == client_id, m.Card.removed.is_(None))
                               .order_by(m.Card.id.desc()))
    return [CardView(c.id, c.brand, c.last4, c.exp_month, c.exp_year) for c in rows]


def client_detail(uow: UnitOfWork, client_id: int) -> ClientDetailView:
    """NotFound when the client does not exist (any more)."""
    client = uow.get(m.Client, client_id, "client")
    view = client_view(uow, client_id)
    subs = purchases(uow, client_id)
    return ClientDetailView(
        client=view,
        subscriptions=tuple(SubscriptionView.of(s) for s in subs),
        contacts=view.contacts,
        invoices=tuple(invoice_lines(uow, client_id)),
        cards=tuple(cards(uow, client_id)),
        timeline=tuple(timeline(uow, client_id, TIMELINE_LIMIT)),
        actions=client_actions(uow, client),
        subscription_actions={s.id: subscription_actions(uow, client, s) for s in subs},
    )
