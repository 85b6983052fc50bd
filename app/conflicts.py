"""No lost updates (issue 11): the `Conflict` a write gets when its row changed since it
was read, and who changed it.

Two ways a write finds a changed row, both ending here:

- the window says which version it showed (`expected_version=` on the facade's edit
  calls) and the row has another one now (`UnitOfWork.expect`);
- the ORM's own check (`app.models.Versioned`): the UPDATE of a row read in the same
  transaction matched no row because another transaction changed it in between
  (PostgreSQL, READ COMMITTED), raising ``StaleDataError`` (`stale_conflict`).

The sentence names the person and the time of the latest change of the row's client
from the audit trail. The invoices the lifecycle issues move their subscription's next
billing date (and version) with one event per run and no client, so for a subscription
a run later than the client's own latest event is taken as the change.

Pure of Qt; reads only, with the session it is given.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import models as m
from app.errors import Conflict, DeskError, NotFound

# model -> the label code of ``app.refusals.LABELS`` that names it ("client" rows, and the
# rows that only belong to an account, are told as a change of the client).
RECORDS: dict[type, str] = {
    m.Subscription: "subscription",
    m.Contact: "contact",
    m.Invoice: "invoice",
    m.CancellationRequest: "cancellation request",
}


def conflict(session: Session, model: type, ident: int) -> DeskError:
    """The Conflict for row `ident` of `model` (NotFound when it is gone, e.g. purged)."""
    row = session.get(model, ident, populate_existing=True)
    if row is None:
        return NotFound("not_found", what=RECORDS.get(model, "client"), ident=ident)
    if isinstance(row, m.StaffUser):
        client_id, client_name = None, row.name
    elif isinstance(row, m.Client):
        client_id, client_name = row.id, row.name
    else:
        client_id = row.client_id
        client = session.get(m.Client, client_id)
        client_name = client.name if client is not None else ""
    params: dict[str, Any] = {"client": client_name, "record": RECORDS.get(model, "client"), "ident": ident,
                              "version": row.version}
    event = _latest_change(session, client_id, lifecycle=model is m.Subscription)
    if event is None:
        return Conflict("conflict_unknown", **params)
    staff = session.scalar(select(m.StaffUser.name).where(m.StaffUser.email == event.actor))
    params.update(who=staff or event.actor, day=event.at.date(), time=f"{event.at:%H:%M}")
    if model in RECORDS:
        return Conflict("conflict", name=_name(session, row), **params)
    return Conflict("conflict_client", **params)


def _latest_change(session: Session, client_id: int | None, *, lifecycle: bool) -> m.AuditEvent | None:
    """The client's latest audit event; with `lifecycle` (a subscription, whose next billing
    date the lifecycle moves without an event of the client) a later lifecycle run instead."""
    newest = (m.AuditEvent.at.desc(), m.AuditEvent.id.desc())
    own = None
    if client_id is not None:
        own = session.scalar(select(m.AuditEvent).where(m.AuditEvent.client_id == client_id)
                             .order_by(*newest).limit(1))
    if not lifecycle:
        return own
    run = session.scalar(select(m.AuditEvent).where(m.AuditEvent.client_id.is_(None),
                                                    m.AuditEvent.action == "lifecycle.run")
                         .order_by(*newest).limit(1))
    if own is None or (run is not None and run.at > own.at):
        return run if run is not None else own
    return own


def _name(session: Session, row: Any) -> str:
    if isinstance(row, m.Subscription):
        return row.plan
    if isinstance(row, m.Contact):
        return row.name
    if isinstance(row, m.Invoice):
        return row.issued.isoformat()
    contact = session.get(m.Contact, row.contact_id)  # a cancellation request: who asked
    return contact.name if contact is not None else str(row.id)


def versioned_writes(session: Session) -> list[tuple[type, int, int]]:
    """The versioned rows a flush is about to write, as (model, id, version read): called
    before each flush (`UnitOfWork`), because a failed flush expires them all."""
    rows = []
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, m.Versioned) and obj.id is not None and (obj in session.deleted or session.is_modified(obj)):
            rows.append((type(obj), obj.id, obj.version))
    return rows


def stale_conflict(fresh: Session, rows: Iterable[tuple[type, int, int]]) -> DeskError:
    """Of `rows`, the first whose version moved on (read in `fresh`, a new transaction), as
    a Conflict; a generic one when none can be told (the change was undone since)."""
    rows = list(rows)
    for model, ident, version in rows:
        now = fresh.scalar(select(model.version).where(model.id == ident))  # type: ignore[attr-defined]
        if now != version:
            return conflict(fresh, model, ident)
    if rows:
        return conflict(fresh, rows[0][0], rows[0][1])
    return Conflict("conflict_unknown", client="", record="client", ident=0, version=0)
