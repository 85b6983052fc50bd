"""The log file: the facade's work is logged by ids, and no client name or email ends up in it."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app import logs
from app.desk import Desk
from app.errors import DeskError

TODAY = date(2026, 11, 2)
PEOPLE = [("Ottoline Farquharson Ltd", "ottoline@farquharson.test", "Ignatius Pemberton", "ignatius@pemb.test"),
          ("Quillon Brasserie", "hello@quillon.test", "Mireille Vautrin", "mireille.vautrin@quillon.test"),
          ("Zanzibar Kite Works", "kites@zanzibar.test", "Thaddeus Okonkwo", "thaddeus@zanzibar.test")]


@pytest.fixture
def log_file(tmp_path):
    path = logs.configure(tmp_path / "logs")
    yield path
    logs.unconfigure()


def test_the_log_names_ids_never_names_or_emails(tmp_path, log_file):
    url = f"sqlite:///{tmp_path / 'd.sqlite3'}"
    with Desk.open(url, today=TODAY) as desk:
        for name, email, person, person_email in PEOPLE:
            client = desk.add_client(name, email=email, phone="+33 1 23 45 67 89")
            contact = desk.add_contact(client, person, person_email, role="primary_admin")
            desk.add_note(client, f"Spoke to {person} on the phone")
            sub = desk.add_subscription(client, "Team", Decimal("30"), start=TODAY - timedelta(days=40))
            for _, invoice in desk.invoices(client):
                desk.record_payment(invoice.id)
            desk.record_request(contact, subscription_id=sub, message=f"{person} wants to stop")
            number = desk.client(client).account_number
            with pytest.raises(DeskError):
                desk.add_contact(client, person, person_email, role="primary_admin")
            with pytest.raises(DeskError):
                desk.add_client(name, account_number=number)
            with pytest.raises(DeskError):
                desk.add_contact(client, person, "not an address")
        for request in desk.requests():
            desk.approve_request(request.id)
        desk.run_lifecycle(TODAY + timedelta(days=70))
    logging.getLogger("app.desk").info("a line with a stray address %s", "someone@example.test")
    text = log_file.read_text(encoding="utf-8")
    assert "add_client [] done" in text and "refused" in text and "lifecycle up to" in text
    assert "someone@example.test" not in text and logs.REDACTED in text
    for values in PEOPLE:
        for value in values:
            assert value not in text
            assert value.split()[0] not in text  # not even the first word of a name
    assert "@" not in text.replace(logs.REDACTED, "")


def test_the_log_rotates(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.configure(tmp_path / "logs")
    try:
        for i in range(200):
            logging.getLogger("app.test").info("line %d of the rotation test", i)
    finally:
        logs.unconfigure()
    assert path.exists() and path.with_name(f"{path.name}.1").exists()
    assert path.stat().st_size <= 2_000
