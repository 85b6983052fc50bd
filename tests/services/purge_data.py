"""A client with something in every table a purge must empty, and its personal data."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from app.desk import Desk

NAME = "Zephyrine Quillbottom"
PERSONAL = [NAME, "zephyrine@quill.test", "+33 6 12 34 56 78", "Ottoline Brackwater", "ottoline@quill.test",
            "Perpetua Snodgrass", "perpetua@quill.test", "0147258369", "secret-plan-Gribble",
            # single words, as the search index keeps them
            "Quillbottom", "Brackwater", "Snodgrass", "33612345678"]


def add_rich_client(desk: Desk, folder: Path, *, start: date = date(2026, 1, 30)) -> dict[str, int]:
    """A direct client with contacts, a card, an annual subscription (participant and
    activity), invoices, a credit note, a refund, a payment attempt, a request, notes with
    an attachment and queued emails; nothing running after the subscription's first year."""
    client = desk.add_client(NAME, email="zephyrine@quill.test", phone="+33 6 12 34 56 78", language="fr")
    owner = desk.add_contact(client, "Ottoline Brackwater", "ottoline@quill.test", role="primary_admin",
                             seat=True, phone="0147258369")
    desk.add_contact(client, "Perpetua Snodgrass", "perpetua@quill.test", seat=True)
    desk.add_card(client, "Visa", "4242", 12, 2030)
    sub = desk.add_subscription(client, "secret-plan-Gribble", Decimal("120"), period="annual", start=start,
                                participant="Perpetua Snodgrass", activities=("Quill writing",))
    sub2 = desk.add_subscription(client, "secret-plan-Gribble", Decimal("10"), start=start)
    desk.void_latest_invoice(sub2, refund=Decimal("5"))
    attachment = folder / "contract-Zephyrine.txt"
    attachment.write_text(f"Contract signed by {NAME}, ottoline@quill.test")
    desk.add_note(client, f"Called {NAME} about Ottoline Brackwater's seat", attachment=attachment)
    request = desk.record_request(owner, subscription_id=sub, message=f"{NAME} wants to stop")
    desk.approve_request(request)
    return {"client": client, "owner": owner, "subscription": sub}
