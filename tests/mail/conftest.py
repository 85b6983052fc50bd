"""A real SQLite database with the people emails go to, and ways to queue and read emails.

Helpers hang off the `desk` fixture rather than being imported from this file, so
another folder's conftest.py can never shadow them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import ClassVar

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.db import make_engine, migrate
from app.models import Client, Contact, Email, StaffUser
from app.notify import notify
from app.unit_of_work import Actor, UnitOfWork

TODAY = date(2026, 12, 14)
NOW = datetime(2026, 12, 14, 9, 30)


@dataclass(frozen=True)
class MailWorld:
    session_factory: sessionmaker[Session]
    acme: int  # a primary admin writing French, an account manager reading Chinese
    bob: int  # no primary admin: owner emails go to the client's own address; same manager
    manager: int

    now: ClassVar[datetime] = NOW
    organisation: ClassVar[str] = "accounts@desk.test"
    owner: ClassVar[str] = "alice@acme.test"
    manager_email: ClassVar[str] = "li@desk.test"
    client_email: ClassVar[str] = "office@bob.test"

    def uow(self, now: datetime = NOW) -> UnitOfWork:
        actor = Actor(id=1, email="admin@desk.test", name="Admin", role="administrator")
        return UnitOfWork(self.session_factory, actor, now.date(), lambda: now)

    def queue(self, event: str, client_id: int, now: datetime = NOW, **context: object) -> list[int]:
        """Queues `event` about a client in its own committed transaction; returns the email ids."""
        with self.uow(now) as uow:
            uow.settings["organisation_email"] = self.organisation
            emails = notify(uow, event, uow.session.get(Client, client_id), **context)
            uow.commit()
            return [e.id for e in emails]

    def outbox(self) -> list[Email]:
        with self.session_factory() as session:
            return list(session.scalars(select(Email).order_by(Email.id)))

    def email(self, email_id: int) -> Email:
        with self.session_factory() as session:
            email = session.get(Email, email_id)
            assert email is not None
            return email

    def update(self, email_id: int, **values: object) -> None:
        with self.session_factory() as session, session.begin():
            email = session.get(Email, email_id)
            for key, value in values.items():
                setattr(email, key, value)


@pytest.fixture
def session_factory(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(f"sqlite:///{tmp_path / 't.sqlite3'}")
    migrate(engine)
    yield sessionmaker(engine, expire_on_commit=False)
    engine.dispose()


@pytest.fixture
def desk(session_factory: sessionmaker[Session]) -> MailWorld:
    with session_factory() as session, session.begin():
        li = StaffUser(name="Li Wei", email=MailWorld.manager_email, role="staff", language="zh")
        acme = Client(account_number="AC-001", name="Acme SARL", language="en", email="billing@acme.test",
                      account_manager=li, created=TODAY)
        acme.contacts += [
            Contact(name="Alice Martin", email=MailWorld.owner, role="primary_admin", language="fr"),
            Contact(name="Albert User", email="albert@acme.test", role="user", language="en"),
        ]
        bob = Client(account_number="BC-002", name="Bob & Co", language="en", email=MailWorld.client_email,
                     account_manager=li, created=TODAY)
        bob.contacts.append(Contact(name="Bea Admin", email="bea@bob.test", role="admin"))
        session.add_all([li, acme, bob])
        session.flush()
        return MailWorld(session_factory, acme=acme.id, bob=bob.id, manager=li.id)
