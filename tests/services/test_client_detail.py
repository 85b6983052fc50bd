"""`Desk.client_detail`: the client's record and what may be done with it, in one read
(DESIGN.md §13; issue 7 "one read per click"), and the dialogs' one-read forms."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import event

from app.actions import ACTIONS
from app.errors import DeskError, PermissionDenied, RuleViolation

TODAY = date(2026, 11, 22)


@pytest.fixture
def desk(open_desk):
    return open_desk(TODAY)


def _acme(desk):
    client = desk.add_client("Acme", email="acme@example.com")
    owner = desk.add_contact(client, "Alice Martin", "alice@example.com", role="primary_admin", seat=True)
    desk.add_contact(client, "Bob Stone", "bob@example.com")
    desk.add_card(client, "Visa", "4242", 12, 2028)
    team = desk.add_subscription(client, "Team", Decimal("49.00"), start=date(2026, 1, 15))
    pro = desk.add_subscription(client, "Pro", Decimal("100.00"), start=date(2026, 3, 10), billing_day=20)
    return client, owner, team, pro


def count_transactions(desk) -> list[int]:
    begins: list[int] = []
    event.listen(desk.engine, "begin", lambda _conn: begins.append(1))
    return begins


def test_the_detail_holds_purchases_contacts_invoices_cards_and_actions(desk):
    client, owner, team, pro = _acme(desk)
    desk.void_latest_invoice(pro)
    detail = desk.client_detail(client)
    assert detail.client.name == "Acme"
    assert [s.id for s in detail.subscriptions] == [team]  # a voided purchase leaves the purchases (§5)
    assert [(c.name, c.role, c.seat) for c in detail.contacts] == [("Alice Martin", "primary_admin", True),
                                                                 ("Bob Stone", "user", False)]
    plans = {plan for plan, _invoice in detail.invoices}
    assert plans == {"Team", "Pro"}  # ... but its invoices stay under billing
    assert [i.issued for _p, i in detail.invoices] == sorted((i.issued for _p, i in detail.invoices), reverse=True)
    assert [(c.brand, c.last4, c.exp_month, c.exp_year) for c in detail.cards] == [("Visa", "4242", 12, 2028)]
    assert detail.timeline and all(e.client_id == client for e in detail.timeline)
    assert set(detail.actions) == {n for n, a in ACTIONS.items() if not a.per_subscription}
    assert set(detail.subscription_actions) == {team}
    assert set(detail.subscription_actions[team]) == {"cancel", "void", "revoke"}
    assert detail.refusal("cancel", team) is None
    assert detail.refusal("cancel_all") is None
    assert detail.refusal("record_request") is None
    assert detail.refusal("export") is None


def test_the_detail_is_one_transaction(desk):
    client, _owner, _team, _pro = _acme(desk)
    begins = count_transactions(desk)
    desk.client_detail(client)
    assert len(begins) == 1


def test_an_unpaid_invoice_disables_cancel_and_cancel_all_with_the_refusal_the_action_raises(desk):
    client = desk.add_client("Globex", email="billing@globex.example")
    desk.add_contact(client, "Gina Lopez", "gina@globex.example", role="primary_admin", seat=True)
    sub = desk.add_subscription(client, "Team", Decimal("49.00"), start=date(2026, 1, 15))  # no card: unpaid
    detail = desk.client_detail(client)
    cancel = detail.refusal("cancel", sub)
    assert isinstance(cancel, DeskError) and "unpaid invoice" in str(cancel)
    with pytest.raises(RuleViolation) as refused:
        desk.cancel_subscription(sub, date(2027, 6, 1))
    assert str(refused.value) == str(cancel)
    cancel_all = detail.refusal("cancel_all")
    with pytest.raises(RuleViolation) as refused_all:
        desk.cancel_all(client)
    assert str(refused_all.value) == str(cancel_all)


def test_void_and_revoke_are_refused_to_staff_with_the_reason(desk, open_desk):
    client, _owner, team, _pro = _acme(desk)
    desk.update_settings(allow_revoke_cancellation=True)
    desk.add_staff("Sam", "sam@example.com", "staff")
    desk.cancel_subscription(team, date(2027, 6, 1))
    staff = open_desk(TODAY, user="sam@example.com")
    detail = staff.client_detail(client)
    assert "manager" in str(detail.refusal("void", team))
    revoke = detail.refusal("revoke", team)
    assert isinstance(revoke, PermissionDenied) and revoke.code == "permission"
    with pytest.raises(PermissionDenied) as refused:
        staff.revoke_cancellation(team)
    assert refused.value == revoke
    assert desk.client_detail(client).refusal("revoke", team) is None  # the administrator may


def test_revoke_is_refused_while_the_policy_is_off_and_on_an_active_subscription(desk):
    client, _owner, team, pro = _acme(desk)
    desk.cancel_subscription(team, date(2027, 6, 1))
    detail = desk.client_detail(client)
    assert "allow_revoke_cancellation" in str(detail.refusal("revoke", team))
    desk.update_settings(allow_revoke_cancellation=True)
    assert "not cancelled" in str(desk.client_detail(client).refusal("revoke", pro))


def test_nothing_running_disables_cancel_all_and_no_contact_disables_recording(desk):
    client = desk.add_client("Hooli")
    detail = desk.client_detail(client)
    assert detail.refusal("cancel_all").code == "cancel_all_nothing_running"
    assert str(detail.refusal("cancel_all")).startswith("Hooli has no active subscription")
    assert detail.refusal("record_request").code == "record_request_no_contact"
    assert detail.refusal("record_request").params == {"client": "Hooli"}


def test_exporting_an_expired_client_needs_a_manager(desk, open_desk):
    client = desk.add_client("Initech", kind="trial", trial_end=date(2026, 10, 31))
    desk.run_lifecycle()
    assert desk.client(client).status == "expired"
    desk.add_staff("Sam", "sam@example.com", "staff")
    refusal = open_desk(TODAY, user="sam@example.com").client_detail(client).refusal("export")
    assert isinstance(refusal, PermissionDenied) and refusal.params["needed"] == "manager"
    assert desk.client_detail(client).refusal("export") is None


def test_each_dialog_form_is_one_read(desk):
    client, owner, team, _pro = _acme(desk)
    request = desk.record_request(owner, subscription_id=team)
    begins = count_transactions(desk)
    cancel = desk.cancellation_form(team)
    void = desk.void_form(team)
    record = desk.record_request_form(client)
    review = desk.review_form(request)
    assert len(begins) == 4
    assert cancel.subscription.id == team and cancel.client.name == "Acme" and cancel.months
    assert cancel.blocker is None and "allow_revoke_cancellation" in str(cancel.revoke)
    assert "owner" in {r.audience for r in cancel.recipients}
    assert void.refusal is None and void.today == TODAY
    assert [s.plan for s in record.subscriptions] == ["Team", "Pro"] and not record.immediate
    assert review.request.id == request and review.subscription.id == team and review.options
    assert review.decide is None


def test_an_expired_trial_has_nothing_running_though_its_subscriptions_stay_active_in_the_database(desk):
    trial = desk.add_client("Umbrella", kind="trial", trial_end=date(2026, 10, 31))
    sub = desk.add_subscription(trial, "Team", Decimal("49.00"), start=date(2026, 10, 1))
    before = desk.client_detail(trial)
    assert [before.status_of(s) for s in before.subscriptions] == ["active"]
    assert [s.id for s in before.running] == [sub]
    desk.run_lifecycle()  # the trial ends: the client expires, its subscription is left as it was
    detail = desk.client_detail(trial)
    assert detail.client.status == "expired" and [s.status for s in detail.subscriptions] == ["active"]
    assert [detail.status_of(s) for s in detail.subscriptions] == ["expired"]
    assert detail.running == ()
