"""The facade's core: clients, contacts, cards, subscriptions, payments, audit (§2, §15, §16)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from snapshot import snapshot

from app.errors import DeskError, NotFound, PermissionDenied, RuleViolation

TODAY = date(2026, 11, 22)


def test_purchase_issues_invoices_up_to_today_and_next_billing(open_desk):
    desk = open_desk(TODAY)
    client = desk.add_client("Acme", email="acme@example.com")
    sub = desk.subscription(desk.add_subscription(client, "Team", Decimal("49.00"), start=date(2026, 9, 30)))
    assert [(i.issued, i.start, i.end) for i in sub.invoices] == [
        (date(2026, 9, 30), date(2026, 9, 30), date(2026, 10, 29)),
        (date(2026, 10, 30), date(2026, 10, 30), date(2026, 11, 29)),
    ]
    assert sub.next_billing_date == date(2026, 11, 30)
    assert all(i.status == "open" and i.amount == Decimal("49.00") for i in sub.invoices)


def test_autopay_marks_invoices_paid_when_a_card_is_saved(open_desk):
    desk = open_desk(TODAY)
    client = desk.add_client("Acme")
    desk.add_card(client, "Visa", "4242", 1, 2028)
    sub = desk.subscription(desk.add_subscription(client, "Team", Decimal("10"), start=date(2026, 11, 1)))
    assert [(i.status, i.paid) for i in sub.invoices] == [("paid", Decimal("10.00"))]


def test_failed_autopay_reopens_invoice_and_queues_emails(open_desk):
    desk = open_desk(TODAY)
    client = desk.add_client("Acme", email="acme@example.com")
    desk.add_card(client, "Visa", "4242", 1, 2028)
    invoice = desk.subscription(desk.add_subscription(client, "Team", Decimal("10"), start=TODAY)).invoices[0]
    desk.record_payment(invoice.id, ok=False)
    after = desk.subscription(invoice.subscription_id).invoices[0]
    assert (after.status, after.paid) == ("open", Decimal("0.00"))
    assert {e.event for e in desk.outbox()} == {"autopay_failed"}
    desk.record_payment(invoice.id)
    assert desk.subscription(invoice.subscription_id).invoices[0].status == "paid"


def test_billing_day_purchase_is_prorated(open_desk):
    desk = open_desk(date(2025, 4, 12))
    client = desk.add_client("Acme")
    sub = desk.subscription(desk.add_subscription(client, "Pro", Decimal("30.00"), start=date(2025, 4, 12),
                                                  billing_day=10))
    first = sub.invoices[0]
    assert (first.start, first.end) == (date(2025, 4, 12), date(2025, 5, 31))
    # April 12..30 is 19/30 of a month, plus all of May.
    assert first.amount == Decimal("49.00")


def test_credit_note_covers_at_most_the_open_amount(open_desk):
    desk = open_desk(TODAY)
    client = desk.add_client("Acme")
    invoice = desk.subscription(desk.add_subscription(client, "Team", Decimal("20"), start=TODAY)).invoices[0]
    before = snapshot(desk)
    with pytest.raises(RuleViolation, match="at most the open amount"):
        desk.credit_invoice(invoice.id, amount=Decimal("25"))
    assert snapshot(desk) == before
    desk.credit_invoice(invoice.id, amount=Decimal("5"))
    desk.credit_invoice(invoice.id)
    assert desk.subscription(invoice.subscription_id).invoices[0].status == "credited"


def test_only_one_primary_admin_and_transfer(open_desk):
    desk = open_desk(TODAY)
    client = desk.add_client("Acme")
    alice = desk.add_contact(client, "Alice", "alice@example.com", role="primary_admin")
    bob = desk.add_contact(client, "Bob", "bob@example.com", role="admin")
    with pytest.raises(RuleViolation, match="already has a primary admin"):
        desk.add_contact(client, "Carol", "carol@example.com", role="primary_admin")
    desk.set_primary_admin(bob)
    roles = {c.id: c.role for c in desk.client(client).contacts}
    assert roles == {alice: "admin", bob: "primary_admin"}


@pytest.mark.parametrize("last4", ["4242424242424242", "42a2", "123"])
def test_card_refuses_anything_but_four_digits(open_desk, last4):
    desk = open_desk(TODAY)
    client = desk.add_client("Acme")
    before = snapshot(desk)
    with pytest.raises(RuleViolation, match="last four digits"):
        desk.add_card(client, "Visa", last4, 1, 2028)
    assert snapshot(desk) == before


@pytest.mark.parametrize("kwargs, message", [
    ({"kind": "trial"}, "trial end date"),
    ({"kind": "resold"}, "reseller"),
    ({"kind": "other"}, "kind of client"),
    ({"language": "de"}, "language"),
    ({"email": "not-an-email"}, "not an email address"),
])
def test_add_client_refusals_change_nothing(open_desk, kwargs, message):
    desk = open_desk(TODAY)
    before = snapshot(desk)
    with pytest.raises(RuleViolation, match=message):
        desk.add_client("Acme", **kwargs)
    assert snapshot(desk) == before


@pytest.mark.parametrize("kwargs, message", [
    ({"price": Decimal("-1")}, "zero or more"),
    ({"price": "abc"}, "not an amount"),
    ({"billing_day": 29}, "between 1 and 28"),
    ({"billing_day": 5, "period": "annual"}, "monthly plans only"),
    ({"end_date": date(2026, 1, 1)}, "before the start"),
])
def test_add_subscription_refusals_change_nothing(open_desk, kwargs, message):
    desk = open_desk(TODAY)
    client = desk.add_client("Acme")
    before = snapshot(desk)
    args = {"price": Decimal("10"), "start": date(2026, 2, 1), **kwargs}
    price = args.pop("price")
    with pytest.raises(RuleViolation, match=message):
        desk.add_subscription(client, "Team", price, **args)
    assert snapshot(desk) == before


def test_every_change_writes_an_audit_event(open_desk):
    desk = open_desk(TODAY)
    client = desk.add_client("Acme")
    contact = desk.add_contact(client, "Alice", "alice@example.com", seat=True)
    desk.set_seat(contact, False)
    desk.add_card(client, "Visa", "4242", 1, 2028)
    desk.add_subscription(client, "Team", Decimal("10"), start=TODAY)
    desk.add_note(client, "Called about renewal")
    actions = [e.action for e in desk.timeline(client)]
    assert sorted(actions) == sorted(["client.add", "contact.add", "contact.seat", "card.add",
                                      "subscription.add", "note.add"])
    assert all(e.actor == desk.me().email for e in desk.timeline(client))


def test_settings_need_an_administrator(open_desk):
    admin = open_desk(TODAY)
    admin.add_staff("Sam", "sam@example.com", "staff")
    staff = open_desk(TODAY, user="sam@example.com")
    with pytest.raises(PermissionDenied, match="administrator"):
        staff.update_settings(max_seats_to_cancel=5)
    with pytest.raises(RuleViolation, match="whole number"):
        admin.update_settings(max_seats_to_cancel="five")
    admin.update_settings(max_seats_to_cancel=5, allow_revoke_cancellation=True)
    assert staff.settings()["max_seats_to_cancel"] == 5


def test_unknown_user_is_refused_at_open(open_desk):
    open_desk(TODAY)  # the database exists, with its administrator
    with pytest.raises(PermissionDenied, match="not a staff user"):
        open_desk(TODAY, user="nobody@example.com")


def test_errors_are_desk_errors_with_a_sentence(open_desk):
    desk = open_desk(TODAY)
    with pytest.raises(DeskError) as caught:
        desk.subscription(999)
    assert str(caught.value).endswith(".")


def test_the_account_manager_is_given_by_staff_id_or_email(open_desk):
    desk = open_desk(date(2026, 11, 22))
    ann = desk.add_staff("Ann Lee", "ann@example.com", "staff")
    by_id = desk.add_client("Acme", account_manager=ann)
    by_email = desk.add_client("Globex", account_manager="ANN@example.com")
    assert desk.client(by_id).account_manager == desk.client(by_email).account_manager
    with pytest.raises(NotFound):
        desk.add_client("Initech", account_manager=ann + 999)
