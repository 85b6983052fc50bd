"""Who is written to for each event of DESIGN.md §7, and in which language."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import Client, Email, StaffUser
from app.notify import EVENTS, notify

# §7's table written out again by hand, so a wrong row in EVENTS fails here.
EXPECTED = {
    "client_cancelled": {"organisation", "owner"},
    "client_asks_to_cancel": {"organisation", "owner"},
    "staff_cancelled": {"owner", "manager"},
    "request_approved": {"owner", "manager"},
    "request_rejected": {"owner"},
    "invoice_voided": {"owner", "manager"},
    "card_expiring": {"organisation", "owner"},
    "autopay_failed": {"organisation", "owner"},
    "pause_scheduled": {"owner", "manager"},
    "pause_revoked": {"owner", "manager"},
    "resumed": {"owner", "manager"},
    "pause_purge_reminder": {"owner", "manager"},
    "closure_scheduled": {"owner", "manager"},
    "closure_revoked": {"owner", "manager"},
    "deactivation_scheduled": {"owner", "manager"},
    "deactivation_revoked": {"owner", "manager"},
    "account_deleted": {"owner"},
}


def test_the_table_names_every_event_and_no_other():
    assert set(EXPECTED) == set(EVENTS)


@pytest.mark.parametrize("with_primary_admin", [True, False], ids=["primary-admin", "no-primary-admin"])
@pytest.mark.parametrize("event", sorted(EXPECTED))
def test_each_event_is_queued_for_its_audiences_in_their_languages(desk, event, with_primary_admin):
    client_id = desk.acme if with_primary_admin else desk.bob
    owner = (desk.owner, "fr") if with_primary_admin else (desk.client_email, "en")
    address = {"organisation": (desk.organisation, "en"), "owner": owner, "manager": (desk.manager_email, "zh")}

    ids = desk.queue(event, client_id, subscription="Gold", access_end=desk.now.date())

    queued = {(e.audience, tuple(e.to), e.language) for e in desk.outbox() if e.id in ids}
    assert queued == {(a, (address[a][0],), address[a][1]) for a in EXPECTED[event]}
    for email in desk.outbox():
        assert (email.event, email.client_id, email.status, email.attempts) == (event, client_id, "queued", 0)
        assert email.created == email.next_attempt == desk.now
        assert email.message_id.startswith("<") and email.message_id.endswith("@desk.test>")


def test_no_email_without_an_address_when_organisation_email_and_manager_are_missing(desk):
    with desk.uow() as uow:
        uow.settings["organisation_email"] = ""
        bob = uow.session.get(Client, desk.bob)
        bob.account_manager_id = None
        emails = [e for event in EVENTS for e in notify(uow, event, bob)]
        uow.commit()

    assert {e.audience for e in emails} == {"owner"}
    assert all(e.to == [desk.client_email] for e in desk.outbox())
    assert len(desk.outbox()) == len(EVENTS)


def test_a_client_with_no_address_at_all_gets_no_email(desk):
    with desk.uow() as uow:
        bob = uow.session.get(Client, desk.bob)
        bob.email = "  "
        uow.session.get(StaffUser, desk.manager).active = False  # a manager who has left
        assert notify(uow, "request_rejected", bob) == []
        assert notify(uow, "staff_cancelled", bob) == []


def test_the_owner_writing_french_gets_the_email_in_french(desk):
    desk.queue("client_cancelled", desk.acme, subscription="Gold", access_end=desk.now.date())

    owner = next(e for e in desk.outbox() if e.audience == "owner")
    assert owner.language == "fr"
    assert owner.subject == "Confirmation de votre résiliation — Acme SARL (AC-001)"
    assert owner.body.startswith("Bonjour,")
    assert "Accès jusqu'au : 14 décembre 2026" in owner.body
    organisation = next(e for e in desk.outbox() if e.audience == "organisation")
    assert organisation.language == "en" and organisation.subject.startswith("[Copy] Your cancellation")


def test_the_organisation_language_setting_is_honoured(desk):
    with desk.uow() as uow:
        uow.settings["organisation_language"] = "zh"
        [organisation, _owner] = notify(uow, "autopay_failed", uow.session.get(Client, desk.acme))
        assert organisation.audience == "organisation" and organisation.language == "zh"


def test_emails_belong_to_the_callers_transaction(desk):
    with desk.uow() as uow:
        notify(uow, "staff_cancelled", uow.session.get(Client, desk.acme))
        # left without commit: the change being reported did not happen, nor its emails

    with desk.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Email)) == 0


def test_each_email_has_its_own_message_id(desk):
    ids = desk.queue("staff_cancelled", desk.acme) + desk.queue("staff_cancelled", desk.acme)
    assert len({e.message_id for e in desk.outbox() if e.id in ids}) == 4


def test_an_unknown_event_is_refused(desk):
    with desk.uow() as uow, pytest.raises(ValueError, match="Unknown notification event 'client_left'"):
        notify(uow, "client_left", uow.session.get(Client, desk.acme))
