"""Clients, contacts, seats, cards and notes (staff users: app/services/staff.py)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from app import models as m
from app import validation
from app.errors import RuleViolation
from app.unit_of_work import UnitOfWork
from app.validation import choice, text
from app.validation import email as check_email
from app.views import CardView, ClientView, ContactView

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024


def staff_by_email(uow: UnitOfWork, email: str) -> m.StaffUser:
    row = uow.session.scalar(select(m.StaffUser).where(func.lower(m.StaffUser.email) == email.lower()))
    if row is None:
        raise RuleViolation("staff_unknown", email=email)
    return row


def staff_member(uow: UnitOfWork, who: int | str) -> m.StaffUser:
    """A staff user by id (what `add_staff` returns) or by email (DESIGN.md §16)."""
    if isinstance(who, int) and not isinstance(who, bool):
        return uow.get(m.StaffUser, who, "staff user")
    return staff_by_email(uow, str(who))


def add_client(uow: UnitOfWork, name: str, *, kind: str = "direct", trial_end: date | None = None,
               reseller: str | None = None, reseller_contact: str | None = None, language: str = "en",
               email: str | None = None, phone: str | None = None, account_manager: int | str | None = None,
               account_number: str | None = None) -> int:
    name = text(name, "client_name")
    choice(kind, m.CLIENT_KINDS, "client_kind")
    choice(language, m.LANGUAGES, "language")
    email = check_email(email, "client_email", required=False)
    if kind == "trial" and trial_end is None:
        raise RuleViolation("trial_needs_end")
    if kind != "trial" and trial_end is not None:
        raise RuleViolation("trial_end_not_trial")
    if kind == "resold" and not (reseller and reseller.strip()):
        raise RuleViolation("resold_needs_reseller")
    manager_id = staff_member(uow, account_manager).id if account_manager is not None else uow.actor.id
    if account_number is not None:
        account_number = text(account_number, "account_number", limit=40)
        if uow.session.scalar(select(m.Client.id).where(m.Client.account_number == account_number)):
            raise RuleViolation("account_number_taken", number=account_number)
    row = m.Client(
        id=_next_client_id(uow), account_number=account_number or f"tmp-{uuid.uuid4().hex}", name=name, language=language, kind=kind,
        trial_end=trial_end, reseller_name=reseller.strip() if reseller else None,
        reseller_contact=reseller_contact, email=email, phone=text(phone, "phone", required=False, limit=50),
        account_manager_id=manager_id, status="trial" if kind == "trial" else "active", created=uow.today,
    )
    uow.session.add(row)
    uow.session.flush()
    if account_number is None:
        row.account_number = f"AD-{row.id:06d}"
    uow.audit("client.add", f"Client {name} added ({kind})", client_id=row.id,
              after={"name": name, "kind": kind, "account_number": row.account_number})
    return row.id


def _next_client_id(uow: UnitOfWork) -> int | None:
    """On SQLite, an id above every client's and every tombstone's. SQLite hands out
    max(id) + 1, so the id of a purged client would come back, and with it the tombstone
    and the scrubbed audit events on the new client's timeline. PostgreSQL's sequence
    never reuses an id (None: let it choose)."""
    if uow.session.get_bind().dialect.name != "sqlite":
        return None
    top = max(uow.session.scalar(select(func.max(m.Client.id))) or 0,
              uow.session.scalar(select(func.max(m.Tombstone.client_id))) or 0)
    return top + 1


def add_contact(uow: UnitOfWork, client_id: int, name: str, email: str | None, *, role: str = "user",
                seat: bool = False, phone: str | None = None) -> int:
    client = uow.get(m.Client, client_id, "client")
    name = text(name, "contact_name")
    email = check_email(email, "contact_email", required=False)
    choice(role, m.CONTACT_ROLES, "contact_role")
    if role == "primary_admin" and _primary_admin(uow, client_id) is not None:
        raise RuleViolation("primary_admin_exists", client=client.name)
    row = m.Contact(client_id=client_id, name=name, email=email, role=role, seat=bool(seat),
                    phone=text(phone, "phone", required=False, limit=50))
    uow.session.add(row)
    uow.session.flush()
    uow.audit("contact.add", f"Contact {name} added as {role}{' with a paid seat' if seat else ''}",
              client_id=client_id, after={"contact": row.id, "role": role, "seat": bool(seat)})
    return row.id


def _primary_admin(uow: UnitOfWork, client_id: int) -> m.Contact | None:
    return uow.session.scalar(
        select(m.Contact).where(m.Contact.client_id == client_id, m.Contact.role == "primary_admin")
    )


def set_seat(uow: UnitOfWork, contact_id: int, active: bool) -> None:
    row = uow.get(m.Contact, contact_id, "contact")
    if row.seat == bool(active):
        return
    row.seat = bool(active)
    uow.audit("contact.seat", f"Seat of {row.name} {'activated' if active else 'freed'}",
              client_id=row.client_id, before={"seat": not active}, after={"seat": bool(active)})


def set_primary_admin(uow: UnitOfWork, contact_id: int) -> None:
    row = uow.get(m.Contact, contact_id, "contact")
    if row.role == "primary_admin":
        return
    previous = _primary_admin(uow, row.client_id)
    if previous is not None:
        previous.role = "admin"
        uow.session.flush()  # the partial unique index allows one owner at a time
    before_role = row.role
    row.role = "primary_admin"
    uow.audit("contact.owner", f"Account ownership transferred to {row.name}", client_id=row.client_id,
              before={"primary_admin": previous.id if previous else None, "role": before_role},
              after={"primary_admin": row.id})


def add_card(uow: UnitOfWork, client_id: int, brand: str, last4: str, exp_month: int, exp_year: int) -> int:
    client = uow.get(m.Client, client_id, "client")
    brand = text(brand, "card_brand", limit=40)
    last4 = str(last4).strip()
    if len(last4) != 4 or not last4.isdigit():
        raise RuleViolation("card_last4")
    if not (1 <= int(exp_month) <= 12) or not (2000 <= int(exp_year) <= 2100):
        raise RuleViolation("card_expiry_invalid")
    if (int(exp_year), int(exp_month)) < (uow.today.year, uow.today.month):
        raise RuleViolation("card_expired")
    for old in uow.session.scalars(select(m.Card).where(m.Card.client_id == client_id, m.Card.removed.is_(None))):
        old.removed = uow.today  # one saved card per client: the new one replaces it
    row = m.Card(client_id=client_id, brand=brand, last4=last4, exp_month=int(exp_month),
                 exp_year=int(exp_year), added=uow.today)
    uow.session.add(row)
    uow.session.flush()
    uow.audit("card.add", f"Card {brand} ending {last4} saved for {client.name}", client_id=client_id,
              after={"brand": brand, "last4": last4, "expiry": f"{int(exp_month):02d}/{exp_year}"})
    return row.id


def saved_card(uow: UnitOfWork, client_id: int) -> m.Card | None:
    return uow.session.scalar(
        select(m.Card).where(m.Card.client_id == client_id, m.Card.removed.is_(None)).order_by(m.Card.id.desc())
    )


def add_note(uow: UnitOfWork, client_id: int, text: str, *, attachment: str | Path | None = None) -> int:
    uow.get(m.Client, client_id, "client")
    text = validation.text(text, "note", limit=20000)
    note = m.Note(client_id=client_id, created=uow.now(), author=uow.actor.email, text=text)
    uow.session.add(note)
    uow.session.flush()
    if attachment is not None:
        path = Path(attachment)
        if not path.is_file():
            raise RuleViolation("attachment_missing", path=str(path))
        if path.stat().st_size > MAX_ATTACHMENT_BYTES:
            raise RuleViolation("attachment_too_large", file=path.name, limit_mb=MAX_ATTACHMENT_BYTES // (1024 * 1024))
        uow.session.add(m.Attachment(client_id=client_id, note_id=note.id, filename=path.name,
                                     data=path.read_bytes()))
    uow.audit("note.add", "Note added" + (f" with {Path(attachment).name}" if attachment else ""),
              client_id=client_id)
    return note.id


def client_view(uow: UnitOfWork, client_id: int) -> ClientView:
    row = uow.get(m.Client, client_id, "client")
    card = saved_card(uow, client_id)
    return ClientView(
        id=row.id, name=row.name, account_number=row.account_number, status=row.status, kind=row.kind,
        email=row.email, phone=row.phone, language=row.language, trial_end=row.trial_end,
        reseller=row.reseller_name, reseller_contact=row.reseller_contact,
        account_manager=row.account_manager.email if row.account_manager else None,
        account_manager_name=row.account_manager.name if row.account_manager else None,
        created=row.created, contacts=tuple(ContactView.of(c) for c in row.contacts),
        card=CardView(card.id, card.brand, card.last4, card.exp_month, card.exp_year) if card else None,
        version=row.version,
    )


def active_seats(uow: UnitOfWork, client_id: int) -> int:
    return uow.session.scalar(
        select(func.count()).select_from(m.Contact).where(m.Contact.client_id == client_id, m.Contact.seat.is_(True))
    ) or 0
