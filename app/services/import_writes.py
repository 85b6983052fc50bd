"""Step 3 of a template import: writing one checked row (see `app.services.imports`).

Each writer takes a row the checks passed, finds the record it matches or creates it,
records the new id for the rows that refer to it, and returns True when it created
something. Every creation is audited like the same change made in the window.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from app import models as m
from app.excel.template import Record
from app.services import requests, subscriptions
from app.services.record_edits import apply_changes
from app.unit_of_work import UnitOfWork

RUNNING = ("active", "cancelling")


class Existing:
    """Records of one kind already in the database, by match key. Rows with the same key
    match in order (the n-th such row of the file is the n-th such record), so a file
    holding two identical contacts imports both, and importing it again adds neither."""

    def __init__(self) -> None:
        self.ids: dict[tuple, list[int]] = defaultdict(list)
        self.used: Counter[tuple] = Counter()

    def take(self, key: tuple) -> int | None:
        n = self.used[key]
        self.used[key] += 1
        ids = self.ids.get(key, [])
        return ids[n] if n < len(ids) else None

    def add(self, key: tuple, ident: int) -> None:
        self.ids[key].append(ident)


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[i:i + size] for i in range(0, len(ids), size)]


def load_existing(uow: UnitOfWork, state: WriteState, sheet: str) -> Existing:
    """What the clients of the file that were already in the database hold, keyed as the
    rows of `sheet` match (one query per 500 clients instead of one per row)."""
    found = Existing()
    query = KEYS.get(sheet)
    ids = sorted(state.preexisting)
    if query is None or not ids:
        return found
    model, columns, key = query
    owner = m.Subscription.client_id if model is m.Activity else model.client_id
    for chunk in _chunks(ids):
        query_rows = select(model.id, *columns)
        if model is m.Activity:
            query_rows = query_rows.join(m.Subscription, m.Subscription.id == m.Activity.subscription_id)
        for row in uow.session.execute(query_rows.where(owner.in_(chunk)).order_by(model.id)):
            found.add(key(row), row.id)
    return found


def _contact_key(client_id: int, email: str | None, name: str) -> tuple:
    return (client_id, email.lower()) if email else (client_id, None, name)


KEYS: dict[str, tuple[Any, tuple[Any, ...], Callable[[Any], tuple]]] = {
    "Contacts": (m.Contact, (m.Contact.client_id, m.Contact.email, m.Contact.name),
                 lambda r: _contact_key(r.client_id, r.email, r.name)),
    "Cards": (m.Card, (m.Card.client_id, m.Card.brand, m.Card.last4, m.Card.exp_month, m.Card.exp_year),
              lambda r: (r.client_id, r.brand, r.last4, r.exp_month, r.exp_year)),
    "Subscriptions": (m.Subscription, (m.Subscription.client_id, m.Subscription.plan, m.Subscription.participant,
                                       m.Subscription.start, m.Subscription.period),
                      lambda r: (r.client_id, r.plan, r.participant, r.start, r.period)),
    "Activities": (m.Activity, (m.Activity.subscription_id, m.Activity.name),
                   lambda r: (r.subscription_id, r.name)),
    "Invoices": (m.Invoice, (m.Invoice.client_id, m.Invoice.subscription_id, m.Invoice.issued),
                 lambda r: (r.client_id, r.subscription_id, r.issued)),
    "Requests": (m.CancellationRequest, (m.CancellationRequest.client_id, m.CancellationRequest.contact_id,
                                         m.CancellationRequest.received, m.CancellationRequest.channel,
                                         m.CancellationRequest.subscription_id),
                 lambda r: (r.client_id, r.contact_id, r.received, r.channel, r.subscription_id)),
    "Payments": (m.PaymentAttempt, (m.PaymentAttempt.client_id, m.PaymentAttempt.invoice_id, m.PaymentAttempt.on,
                                    m.PaymentAttempt.ok),
                 lambda r: (r.invoice_id, r.on, r.ok)),
}


@dataclass
class WriteState:
    clients: dict[str, int]  # account number -> client id
    contacts: dict[int, int] = field(default_factory=dict)  # file id -> contact id
    subscriptions: dict[int, int] = field(default_factory=dict)  # file id -> subscription id
    invoices: dict[int, Record] = field(default_factory=dict)  # file id -> Invoices row
    invoice_ids: dict[int, int] = field(default_factory=dict)  # file id -> invoice id
    to_bill: list[int] = field(default_factory=list)  # new running subscriptions, billed after the invoices
    existing: dict[str, Existing] = field(default_factory=dict)  # sheet -> what the database already holds
    preexisting: set[int] = field(default_factory=set)  # clients that were there before this import
    staff: dict[str, int] = field(default_factory=dict)  # lower email -> staff id

    @classmethod
    def load(cls, uow: UnitOfWork, records: dict[str, list[Record]]) -> WriteState:
        state = cls(dict(uow.session.execute(select(m.Client.account_number, m.Client.id)).all()))
        state.preexisting = set(state.clients.values())
        state.staff = {e.lower(): i for e, i in uow.session.execute(select(m.StaffUser.email, m.StaffUser.id))}
        state.invoices = {r.values["id"]: r for r in records.get("Invoices", []) if r.values.get("id") is not None}
        return state


def write_staff(uow: UnitOfWork, state: WriteState, record: Record) -> bool:
    v = record.values
    email = v["email"].lower()
    if email in state.staff:
        return False
    row = m.StaffUser(name=v["name"], email=v["email"], role=v["role"], language=v.get("language") or "en",
                      active=v.get("active") is not False)
    uow.session.add(row)
    uow.session.flush()
    state.staff[email] = row.id
    uow.audit("staff.add", f"Staff user {row.name} imported as {row.role}", after={"email": row.email,
                                                                                  "role": row.role})
    return True


def write_client(uow: UnitOfWork, state: WriteState, record: Record) -> bool:
    v = record.values
    fields = {
        "name": v["name"], "language": v.get("language") or "en", "kind": v.get("kind") or "direct",
        "trial_end": v.get("trial_end"), "reseller_name": v.get("reseller_name"),
        "reseller_contact": v.get("reseller_contact"), "email": v.get("email"), "phone": v.get("phone"),
        "country": v.get("country"), "city": v.get("city"),
    }
    if v.get("account_manager"):
        fields["account_manager_id"] = state.staff[v["account_manager"].lower()]
    client_id = state.clients.get(v["account_number"])
    if client_id is not None:
        client = uow.session.get(m.Client, client_id)
        apply_changes(uow, client, {k: value for k, value in fields.items() if value is not None},
                      action="client.import", summary=f"{client.name} updated from an imported file",
                      client_id=client.id)
        return False
    status = v.get("status") or ("trial" if fields["kind"] == "trial" else "active")
    client = m.Client(account_number=v["account_number"], status=status, created=v.get("created") or uow.today,
                      account_manager_id=fields.pop("account_manager_id", uow.actor.id), **fields)
    uow.session.add(client)
    uow.session.flush()
    state.clients[client.account_number] = client.id
    uow.audit("client.import", f"Client {client.name} imported ({client.kind})", client_id=client.id,
              after={"name": client.name, "account_number": client.account_number})
    return True


def write_contact(uow: UnitOfWork, state: WriteState, record: Record) -> bool:
    v = record.values
    client_id = state.clients[v["account_number"]]
    key = _contact_key(client_id, v.get("email"), v["name"])
    existing = state.existing["Contacts"].take(key)
    if existing is not None:
        _remember(state.contacts, v, existing)
        return False
    row = m.Contact(client_id=client_id, name=v["name"], email=v.get("email"), phone=v.get("phone"),
                    role=v.get("role") or "user", seat=bool(v.get("seat")), language=v.get("language"))
    uow.session.add(row)
    uow.session.flush()
    state.existing["Contacts"].add(key, row.id)
    _remember(state.contacts, v, row.id)
    uow.audit("contact.add", f"Contact {row.name} imported as {row.role}", client_id=client_id,
              after={"contact": row.id, "role": row.role, "seat": row.seat})
    return True


def write_card(uow: UnitOfWork, state: WriteState, record: Record) -> bool:
    v = record.values
    client_id = state.clients[v["account_number"]]
    last4 = str(v["last4"])
    key = (client_id, v["brand"], last4, v["exp_month"], v["exp_year"])
    if state.existing["Cards"].take(key) is not None:
        return False
    removed = v.get("removed")
    if removed is None:  # one saved card per client: the imported one replaces it
        for old in uow.session.scalars(select(m.Card).where(m.Card.client_id == client_id, m.Card.removed.is_(None))):
            old.removed = uow.today
    card = m.Card(client_id=client_id, brand=v["brand"], last4=last4, exp_month=v["exp_month"],
                  exp_year=v["exp_year"], added=v.get("added") or uow.today, removed=removed,
                  expiry_reminded=v.get("expiry_reminded"))
    uow.session.add(card)
    uow.session.flush()
    state.existing["Cards"].add(key, card.id)
    uow.audit("card.add", f"Card {v['brand']} ending {last4} imported", client_id=client_id,
              after={"brand": v["brand"], "last4": last4, "expiry": f"{v['exp_month']:02d}/{v['exp_year']}"})
    return True


def write_subscription(uow: UnitOfWork, state: WriteState, record: Record) -> bool:
    v = record.values
    client = uow.session.get(m.Client, state.clients[v["account_number"]])
    participant = v.get("participant") or client.name
    key = (client.id, v["plan"], participant, v["start"], v["period"])
    existing = state.existing["Subscriptions"].take(key)
    if existing is not None:
        _remember(state.subscriptions, v, existing)
        return False
    status = v.get("status") or "active"
    sub = m.Subscription(
        client_id=client.id, participant=participant, plan=v["plan"], price=Decimal(v["price"]),
        period=v["period"], start=v["start"], purchased=v.get("purchased") or v["start"],
        billing_day=v.get("billing_day"), end_date=v.get("end_date"), seats=v.get("seats") or 1, status=status,
        cancel_from=v.get("cancel_from"), cancellation_month=v.get("cancellation_month"),
        access_end=v.get("access_end") or (v.get("end_date") if status in RUNNING else None),
        cancelled_how=v.get("cancelled_how"), cancelled_at=v.get("cancelled_at"),
        cancelled_by=v.get("cancelled_by"),
    )
    uow.session.add(sub)
    uow.session.flush()
    state.existing["Subscriptions"].add(key, sub.id)
    _remember(state.subscriptions, v, sub.id)
    if status in RUNNING:
        state.to_bill.append(sub.id)
    uow.audit("subscription.add", f"{sub.plan} for {sub.participant} from {sub.start.isoformat()} imported",
              client_id=client.id, after={"subscription": sub.id, "price": str(sub.price), "period": sub.period,
                                          "status": status})
    return True


def write_activity(uow: UnitOfWork, state: WriteState, record: Record) -> bool:
    v = record.values
    sub_id = state.subscriptions[v["subscription_id"]]
    key = (sub_id, v["name"])
    if state.existing["Activities"].take(key) is not None:
        return False
    row = m.Activity(subscription_id=sub_id, name=v["name"], enrolled_until=v.get("enrolled_until"))
    uow.session.add(row)
    uow.session.flush()
    state.existing["Activities"].add(key, row.id)
    return True


def write_invoice(uow: UnitOfWork, state: WriteState, record: Record) -> bool:
    """An invoice of a full export, kept as it was (status, amounts); the calendar then
    issues only what is missing (`bill_new_subscriptions`)."""
    v = record.values
    client_id = state.clients[v["account_number"]]
    sub_id = state.subscriptions[v["subscription_id"]] if v.get("subscription_id") is not None else None
    key = (client_id, sub_id, v["issued"])
    existing = state.existing["Invoices"].take(key)
    if existing is not None:
        _remember(state.invoice_ids, v, existing)
        return False
    row = m.Invoice(client_id=client_id, subscription_id=sub_id, issued=v["issued"], start=v["start"], end=v["end"],
                    amount=v["amount"], paid=v.get("paid") or Decimal("0"), status=v.get("status") or "open",
                    purchase=bool(v.get("purchase")))
    uow.session.add(row)
    uow.session.flush()
    state.existing["Invoices"].add(key, row.id)
    _remember(state.invoice_ids, v, row.id)
    return True


def write_invoices(uow: UnitOfWork, state: WriteState, records: list[Record]) -> tuple[int, int]:
    """All the Invoices rows at once (a full export holds many): bulk inserts with
    RETURNING, 1,000 rows a statement. Checked rows cannot fail here (unique issue dates
    per subscription were checked), so no per-row savepoint. Returns (created, matched)."""
    from sqlalchemy import insert

    created = matched = 0
    pending: list[tuple[Record, tuple, dict[str, Any]]] = []

    def flush() -> None:
        if not pending:
            return
        ids = uow.session.scalars(insert(m.Invoice).returning(m.Invoice.id, sort_by_parameter_order=True),
                                  [values for _, _, values in pending]).all()
        for (record, key, _), ident in zip(pending, ids, strict=True):
            state.existing["Invoices"].add(key, ident)
            _remember(state.invoice_ids, record.values, ident)
        pending.clear()

    for record in records:
        v = record.values
        client_id = state.clients[v["account_number"]]
        sub_id = state.subscriptions[v["subscription_id"]] if v.get("subscription_id") is not None else None
        key = (client_id, sub_id, v["issued"])
        existing = state.existing["Invoices"].take(key)
        if existing is not None:
            _remember(state.invoice_ids, v, existing)
            matched += 1
            continue
        pending.append((record, key, {
            "client_id": client_id, "subscription_id": sub_id, "issued": v["issued"], "start": v["start"],
            "end": v["end"], "amount": v["amount"], "paid": v.get("paid") or Decimal("0"),
            "status": v.get("status") or "open", "purchase": bool(v.get("purchase"))}))
        created += 1
        if len(pending) == 1000:
            flush()
    flush()
    return created, matched


def bill_new_subscriptions(uow: UnitOfWork, state: WriteState) -> None:
    """Issues what the new running subscriptions have due by today (those the file's
    Invoices sheet did not bring), then sets their next billing date."""
    for sub_id in state.to_bill:
        sub = uow.session.get(m.Subscription, sub_id)
        subscriptions.bring_up_to(uow, sub, max(uow.today, sub.start))
    state.to_bill.clear()


def write_request(uow: UnitOfWork, state: WriteState, record: Record) -> bool:
    v = record.values
    client_id = state.clients[v["account_number"]]
    contact_id = v.get("contact_id__db") or state.contacts[v["contact_id"]]
    sub_id = v.get("subscription_id__db") or (state.subscriptions[v["subscription_id"]]
                                               if v.get("subscription_id") is not None else None)
    key = (client_id, contact_id, v["received"], v["channel"], sub_id)
    if state.existing["Requests"].take(key) is not None:
        return False
    state.existing["Requests"].add(key, 0)
    if (v.get("status") or "pending") == "pending":
        requests.record_request(uow, contact_id, subscription_id=sub_id, channel=v["channel"],
                                received=v["received"], message=v.get("message") or "")
        return True
    uow.session.add(m.CancellationRequest(
        client_id=client_id, subscription_id=sub_id, contact_id=contact_id, channel=v["channel"],
        received=v["received"], message=v.get("message") or "", status=v["status"], note=v.get("note") or "",
        decision=v.get("decision") or "", final_billing_date=v.get("final_billing_date"),
        decided_by=v.get("decided_by"), decided_at=v.get("decided_at")))
    uow.audit("request.import", f"A {v['status']} cancellation request of {v['received'].isoformat()} imported",
              client_id=client_id)
    return True


def write_payment(uow: UnitOfWork, state: WriteState, record: Record) -> bool:
    v = record.values
    invoice = uow.session.get(m.Invoice, v.get("invoice_id__db") or state.invoice_ids[v["invoice_id"]])
    issued: date = invoice.issued
    ok = bool(v["ok"])
    key = (invoice.id, v["on"], ok)
    if state.existing["Payments"].take(key) is not None:
        return False
    state.existing["Payments"].add(key, 0)
    uow.session.add(m.PaymentAttempt(client_id=invoice.client_id, invoice_id=invoice.id, on=v["on"], ok=ok,
                                     amount=v["amount"]))
    if ok and invoice.status == "open":
        invoice.paid = min(invoice.amount, invoice.paid + v["amount"])
        invoice.status = "paid" if invoice.paid >= invoice.amount else "open"
    elif not ok and invoice.status == "paid":
        invoice.paid, invoice.status = Decimal("0"), "open"
    uow.audit("invoice.payment", f"{'Payment' if ok else 'Failed attempt'} of the invoice of {issued.isoformat()} "
              "imported", client_id=invoice.client_id, after={"status": invoice.status})
    return True


def _remember(table: dict[int, int], values: dict, new_id: int) -> None:
    if values.get("id") is not None:
        table[values["id"]] = new_id


WRITERS: dict[str, Callable[[UnitOfWork, WriteState, Record], bool]] = {
    "Staff": write_staff, "Clients": write_client, "Contacts": write_contact, "Cards": write_card,
    "Subscriptions": write_subscription, "Activities": write_activity, "Invoices": write_invoice,
    "Requests": write_request, "Payments": write_payment,
}
