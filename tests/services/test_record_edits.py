"""Editing a client's details and its contacts, taking back a contact just added, and
withdrawing a request recorded by mistake (issue 10: the ways out exist in the window;
the Undo of each small step is the facade call with the values it returned)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from snapshot import snapshot

from app.errors import PermissionDenied, RuleViolation
from app.listing import CLIENT_COLUMNS, Listing, Query

TODAY = date(2026, 11, 23)


@pytest.fixture
def acme(desk):
    client = desk.add_client("Acme", email="billing@acme.example", phone="+33 1 23 45 67 89", language="fr")
    owner = desk.add_contact(client, "Alice Martin", "alice@acme.example", role="primary_admin", seat=True)
    bob = desk.add_contact(client, "Bob Stone", "bob@acme.example", phone="06 11 22 33 44")
    sub = desk.add_subscription(client, "Team", Decimal("49"), start=date(2026, 1, 15))
    return {"client": client, "owner": owner, "bob": bob, "sub": sub}


def _names(listing, search):
    rows = listing.client_page(Query(search=search), 0, 50)
    return [row[1 + [c.key for c in CLIENT_COLUMNS].index("name")] for row in rows]


# --- the client's details ------------------------------------------------------------------
def test_editing_a_clients_details_changes_them_audits_before_and_after_and_returns_the_old_values(desk, acme):
    mia = desk.add_staff("Mia Manager", "mia@example.com", "manager")
    before = desk.update_client(acme["client"], email="accounts@acme.example", phone="02 69 17 54 68",
                                language="zh", account_manager=mia)
    client = desk.client(acme["client"])
    assert (client.email, client.phone, client.language, client.account_manager) == (
        "accounts@acme.example", "02 69 17 54 68", "zh", "mia@example.com")
    assert before["email"] == "billing@acme.example" and before["language"] == "fr"
    event = desk.timeline(acme["client"], limit=1)[0]
    assert event.action == "client.edit"
    assert "account manager" in event.summary and "phone" in event.summary
    # Undo is the same call with the values returned: it puts them back, as a change of its own.
    desk.update_client(acme["client"], **before)
    client = desk.client(acme["client"])
    assert (client.email, client.phone, client.language) == ("billing@acme.example", "+33 1 23 45 67 89", "fr")
    assert [e.action for e in desk.timeline(acme["client"], limit=2)] == ["client.edit", "client.edit"]


def test_saving_unchanged_details_writes_no_event(desk, acme):
    events = len(desk.timeline(acme["client"]))
    assert desk.update_client(acme["client"], email="billing@acme.example", language="fr") == {}
    assert len(desk.timeline(acme["client"])) == events


def test_a_search_by_the_new_phone_or_email_finds_the_client(desk, acme, db_url):
    desk.update_client(acme["client"], phone="+33 2 69 17 54 68", email="compta@acme.example")
    desk.update_contact(acme["bob"], phone="07 98 76 54 32")
    listing = Listing.open(db_url)
    try:
        assert _names(listing, "0269175468") == ["Acme"]
        assert _names(listing, "02 69 17 54 68") == ["Acme"]
        assert _names(listing, "compta@acme") == ["Acme"]
        assert _names(listing, "07 98 76 54 32") == ["Acme"]
        assert _names(listing, "0123456789") == []  # the old phone no longer finds it
        assert _names(listing, "06 11 22 33 44") == []
    finally:
        listing.close()


@pytest.mark.parametrize("fields, code", [
    ({"email": "not an address"}, "not_an_email"),
    ({"phone": "1" * 51}, "text_too_long"),
    ({"language": "de"}, "not_a_choice"),
    ({"name": "Acme Corp"}, "field_not_editable"),
    ({"account_manager": "nobody@example.com"}, "staff_unknown"),
])
def test_refused_client_edits_say_why_and_change_nothing(desk, acme, fields, code):
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as refused:
        desk.update_client(acme["client"], **{"phone": "01 01 01 01 01", **fields})
    assert refused.value.code == code
    assert snapshot(desk) == before


def test_giving_a_client_to_another_account_manager_needs_a_manager(open_desk, desk, acme):
    desk.add_staff("Sam Staff", "sam@example.com", "staff")
    desk.add_staff("Mia Manager", "mia@example.com", "manager")
    staff = open_desk(user="sam@example.com")
    manager = open_desk(user="mia@example.com")
    staff.update_client(acme["client"], phone="01 02 03 04 05")  # staff edit the details
    before = snapshot(desk)
    with pytest.raises(PermissionDenied) as refused:
        staff.update_client(acme["client"], phone="09 09 09 09 09", account_manager="sam@example.com")
    assert refused.value.params["action"] == "reassign_client"
    assert snapshot(desk) == before
    assert staff.permission("reassign_client") is not None and manager.permission("reassign_client") is None
    manager.update_client(acme["client"], account_manager="sam@example.com")
    assert desk.client(acme["client"]).account_manager == "sam@example.com"
    # Naming the manager the client already has is no reassignment.
    staff.update_client(acme["client"], account_manager="sam@example.com", phone="09 09 09 09 09")


# --- contacts ----------------------------------------------------------------------------------
def test_editing_a_contact_changes_it_and_undo_restores_it(desk, acme):
    before = desk.update_contact(acme["bob"], name="Robert Stone", email="robert@acme.example", phone="",
                                 role="admin", language="fr")
    bob = next(k for k in desk.client(acme["client"]).contacts if k.id == acme["bob"])
    assert (bob.name, bob.email, bob.phone, bob.role) == ("Robert Stone", "robert@acme.example", None, "admin")
    assert before == {"name": "Bob Stone", "email": "bob@acme.example", "phone": "06 11 22 33 44", "role": "user",
                      "language": None}
    event = desk.timeline(acme["client"], limit=1)[0]
    assert (event.action, event.summary) == ("contact.edit", "Contact Bob Stone changed: email, language, name, "
                                                             "phone, role")
    desk.update_contact(acme["bob"], **before)
    bob = next(k for k in desk.client(acme["client"]).contacts if k.id == acme["bob"])
    assert (bob.name, bob.email, bob.phone, bob.role) == ("Bob Stone", "bob@acme.example", "06 11 22 33 44", "user")


@pytest.mark.parametrize("who, fields, code", [
    ("bob", {"name": "  "}, "text_empty"),
    ("bob", {"email": "bob@"}, "not_an_email"),
    ("bob", {"role": "boss"}, "not_a_choice"),
    ("bob", {"role": "primary_admin"}, "contact_owner_by_transfer"),
    ("owner", {"role": "admin"}, "contact_is_owner"),
    ("bob", {"seat": False}, "field_not_editable"),
    ("bob", {"language": "xx"}, "not_a_choice"),
])
def test_refused_contact_edits_say_why_and_change_nothing(desk, acme, who, fields, code):
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as refused:
        desk.update_contact(acme[who], **{"phone": "01 01 01 01 01", **fields})
    assert refused.value.code == code
    assert snapshot(desk) == before


def test_a_contact_added_by_mistake_is_removed_while_nothing_names_it(desk, acme):
    carl = desk.add_contact(acme["client"], "Carl", "carl@acme.example", seat=True)
    desk.remove_contact(carl)
    assert [k.name for k in desk.client(acme["client"]).contacts] == ["Alice Martin", "Bob Stone"]
    assert [e.action for e in desk.timeline(acme["client"], limit=2)] == ["contact.remove", "contact.add"]


def test_only_a_manager_removes_a_contact(open_desk, desk, acme):
    desk.add_staff("Sam Staff", "sam@example.com", "staff")
    staff = open_desk(user="sam@example.com")
    carl = staff.add_contact(acme["client"], "Carl", "carl@acme.example")
    before = snapshot(desk)
    with pytest.raises(PermissionDenied) as refused:
        staff.remove_contact(carl)
    assert refused.value.params["action"] == "remove_contact"
    assert snapshot(desk) == before


def test_a_contact_a_request_names_is_not_removed(desk, acme):
    desk.record_request(acme["bob"], subscription_id=acme["sub"])
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as refused:
        desk.remove_contact(acme["bob"])
    assert refused.value.code == "contact_in_use" and "Bob Stone" in str(refused.value)
    assert snapshot(desk) == before


# --- withdrawing a request ------------------------------------------------------------------------
def test_a_withdrawn_request_is_kept_and_counted_nowhere(desk, acme, db_url):
    request = desk.record_request(acme["bob"], subscription_id=acme["sub"])
    desk.withdraw_request(request)
    assert desk.request(request).status == "withdrawn"
    assert desk.requests("pending") == [] and [r.id for r in desk.requests(None)] == [request]
    listing = Listing.open(db_url)
    try:
        assert listing.count_requests("pending") == 0
    finally:
        listing.close()
    event = desk.timeline(acme["client"], limit=1)[0]
    assert event.action == "request.withdraw"
    # Not a duplicate any more: the request can be recorded again.
    again = desk.record_request(acme["bob"], subscription_id=acme["sub"])
    assert [r.id for r in desk.requests("pending")] == [again]


def test_only_a_pending_request_is_withdrawn(desk, acme):
    request = desk.record_request(acme["bob"], subscription_id=acme["sub"])
    desk.reject_request(request, "Not the account owner")
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as refused:
        desk.withdraw_request(request)
    assert refused.value.code == "request_not_withdrawable"
    assert snapshot(desk) == before


def test_a_request_is_withdrawn_by_who_recorded_it_or_a_manager(open_desk, desk, acme):
    desk.add_staff("Sam Staff", "sam@example.com", "staff")
    desk.add_staff("Tess Staff", "tess@example.com", "staff")
    desk.add_staff("Mia Manager", "mia@example.com", "manager")
    sam, tess, mia = (open_desk(user=f"{who}@example.com") for who in ("sam", "tess", "mia"))
    request = sam.record_request(acme["bob"], subscription_id=acme["sub"])
    before = snapshot(desk)
    with pytest.raises(RuleViolation) as refused:
        tess.withdraw_request(request)
    assert refused.value.code == "withdraw_not_recorder" and "sam@example.com" in str(refused.value)
    assert snapshot(desk) == before
    sam.withdraw_request(request)
    again = tess.record_request(acme["bob"], subscription_id=acme["sub"])
    mia.withdraw_request(again)
    assert desk.request(again).status == "withdrawn"
