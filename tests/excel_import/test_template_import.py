"""The template import through the facade (DESIGN.md §14, §6, §12): every problem by
sheet, row and column before anything is written; all or nothing; managers only;
importing the same file twice adds nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from snapshot import snapshot
from workbooks import CARDS, CLIENTS, CONTACTS, REQUESTS, SUBSCRIPTIONS, write_book

from app.errors import PermissionDenied, RuleViolation


def _good_sheets() -> dict:
    return {
        "Clients": [CLIENTS,
                    ["AC-1", "Acme", "direct", "fr", None, "acme@example.com", date(2024, 1, 15)],
                    ["AC-2", "Globex", "trial", "en", "15/12/2026", None, None]],
        "Contacts": [CONTACTS,
                     [1, "AC-1", "Alice Martin", "alice@acme.example", "primary_admin", "oui"],
                     [2, "AC-1", "Bob", "bob@acme.example", "user", "no"],
                     [3, "AC-2", "Carol", "carol@globex.example", "primary_admin", "yes"]],
        "Subscriptions": [SUBSCRIPTIONS,
                          [1, "AC-1", "Alice Martin", "Pro", "49,90", "monthly", "15/01/2026", None],
                          [2, "AC-2", None, "Team", 99, "annual", date(2026, 11, 20), None]],
        "Cards": [CARDS, ["AC-1", "Visa", "4242", 12, 2030]],
        "Requests": [REQUESTS, ["AC-1", 1, 1, "email", date(2026, 11, 27), "Please cancel"]],
    }


def _counts(desk) -> dict:
    return {name: len(rows) for name, rows in snapshot(desk).items()}


def test_a_valid_template_imports_everything_and_a_second_import_adds_nothing(open_desk, tmp_path):
    desk = open_desk()
    path = write_book(tmp_path / "good.xlsx", _good_sheets())
    report = desk.import_xlsx(path)
    assert dict(report) == {"Clients": 2, "Contacts": 3, "Subscriptions": 2, "Cards": 1, "Requests": 1}
    assert report.problems == []
    ids = {desk.client(i).account_number: i for i in range(1, 3)}
    alice = desk.client(ids["AC-1"])
    assert (alice.name, alice.language, alice.created) == ("Acme", "fr", date(2024, 1, 15))
    assert [(c.name, c.role, c.seat) for c in alice.contacts] == [
        ("Alice Martin", "primary_admin", True), ("Bob", "user", False)]
    assert alice.card.last4 == "4242"
    globex = desk.client(ids["AC-2"])
    assert (globex.kind, globex.trial_end) == ("trial", date(2026, 12, 15))
    subs = desk.subscriptions(ids["AC-1"])
    assert [(s.plan, s.price, s.period, s.start) for s in subs] == [
        ("Pro", Decimal("49.90"), "monthly", date(2026, 1, 15))]
    # Bought in January with a card: every invoice since is issued, paid by autopay (§15).
    assert len(subs[0].invoices) == 11 and {i.status for i in subs[0].invoices} == {"paid"}
    assert [(r.subscription_id, r.channel, r.received) for r in desk.requests()] == [
        (subs[0].id, "email", date(2026, 11, 27))]
    before = snapshot(desk)
    again = desk.import_xlsx(path)
    assert sum(again.created.values()) == 0
    after = snapshot(desk)
    assert {k: v for k, v in after.items() if k != "audit_event"} == \
        {k: v for k, v in before.items() if k != "audit_event"}


def test_the_preview_lists_every_problem_by_sheet_row_and_column_and_writes_nothing(open_desk, tmp_path):
    desk = open_desk()
    existing = desk.add_client("Initech", account_number="IN-1")
    desk.add_contact(existing, "Peter", "peter@initech.example", role="primary_admin")
    sheets = _good_sheets()
    sheets["Clients"].append(["AC-3", None, "direct", "en", None, "not-an-email", "31/02/2026"])
    sheets["Contacts"].append([4, "AC-1", "Eve", "eve@acme.example", "primary_admin", "yes"])
    sheets["Contacts"].append([5, "AC-9", "Mallory", None, "user", "no"])
    sheets["Contacts"].append([6, "IN-1", "Paula", "paula@initech.example", "primary_admin", "maybe"])
    sheets["Subscriptions"].append([3, "AC-1", None, "Pro", "abc", "weekly", "soon", 30])
    sheets["Requests"].append(["AC-2", None, 99, "fax", date(2027, 1, 1), ""])
    path = write_book(tmp_path / "bad.xlsx", sheets)
    before = snapshot(desk)
    report = desk.import_xlsx(path, dry_run=True)
    found = {(p.sheet, p.row, p.column) for p in report.problems}
    assert found == {
        ("Clients", 4, "Name"), ("Clients", 4, "Email"), ("Clients", 4, "Created"),
        ("Contacts", 5, "Role"),  # two primary admins for AC-1
        ("Contacts", 6, "Account number"),  # unknown client
        ("Contacts", 7, "Paid seat"), ("Contacts", 7, "Role"),  # IN-1 already has Peter as owner
        ("Subscriptions", 4, "Price"), ("Subscriptions", 4, "Period"), ("Subscriptions", 4, "Start"),
        ("Subscriptions", 4, "Billing day"),
        ("Requests", 3, "Contact id"), ("Requests", 3, "Channel"), ("Requests", 3, "Received"),
    }
    messages = {(p.sheet, p.row, p.column): p.message for p in report.problems}
    assert messages[("Contacts", 5, "Role")].startswith("AC-1 already has a primary admin on row 2")
    assert "weekly" in messages[("Subscriptions", 4, "Period")]
    assert "31/02/2026" in messages[("Clients", 4, "Created")]
    assert snapshot(desk) == before
    with pytest.raises(RuleViolation) as refused:
        desk.import_xlsx(path)
    assert refused.value.code == "import_invalid"
    assert refused.value.params["n"] == len(report.problems)
    assert "bad.xlsx was not imported: it has 14 problems" in str(refused.value)
    assert snapshot(desk) == before


def test_importing_needs_a_manager(open_desk, tmp_path):
    admin = open_desk()
    admin.add_staff("Sam", "sam@example.com", "staff")
    admin.add_staff("Mia", "mia@example.com", "manager")
    path = write_book(tmp_path / "good.xlsx", _good_sheets())
    staff = open_desk(user="sam@example.com")
    before = snapshot(admin)
    for dry_run in (True, False):
        with pytest.raises(PermissionDenied) as refused:
            staff.import_xlsx(path, dry_run=dry_run)
        assert str(refused.value).startswith("Importing needs a manager")
    with pytest.raises(PermissionDenied):
        staff.import_foreign(path)
    assert snapshot(admin) == before
    assert open_desk(user="mia@example.com").import_xlsx(path).created["Clients"] == 2


def test_a_file_with_none_of_the_sheets_is_refused(open_desk, tmp_path):
    desk = open_desk()
    path = write_book(tmp_path / "other.xlsx", {"Sheet1": [["a", "b"], [1, 2]]})
    with pytest.raises(RuleViolation, match="none of the sheets an import reads"):
        desk.import_xlsx(path)


def test_the_empty_template_has_every_sheet_with_notes_and_imports_nothing(open_desk, tmp_path):
    from openpyxl import load_workbook

    from app.excel.template import write_template

    path = tmp_path / "template.xlsx"
    names = write_template(path)
    book = load_workbook(path)
    assert book.sheetnames == ["Read me", *names]
    assert set(names) >= {"Clients", "Contacts", "Subscriptions", "Cards", "Requests"}
    header = book["Contacts"][1]
    assert [c.value for c in header][:3] == ["Id", "Account number", "Name"]
    assert "primary_admin" in next(c for c in header if c.value == "Role").comment.text
    readme = [row for row in book["Read me"].iter_rows(values_only=True) if row[0] == "Example row"]
    assert len(readme) == 5
    desk = open_desk()
    before = snapshot(desk)
    report = desk.import_xlsx(path)
    assert sum(report.values()) == 0
    assert {k: v for k, v in snapshot(desk).items() if k != "audit_event"} == \
        {k: v for k, v in before.items() if k != "audit_event"}


def test_requests_and_payments_of_clients_already_there_name_their_records_by_id(open_desk, tmp_path):
    """§6: "record a request … or import many from Excel": a sheet of requests alone names
    contacts and subscriptions by their ids in Account Desk (as a one-client export shows)."""
    desk = open_desk()
    client = desk.add_client("Initech", account_number="IN-1")
    owner = desk.add_contact(client, "Peter", "peter@initech.example", role="primary_admin")
    sub = desk.add_subscription(client, "Pro", Decimal("30"), start=date(2026, 10, 5))
    invoice = desk.subscription(sub).invoices[-1]
    other = desk.add_client("Other", account_number="OT-1")
    stranger = desk.add_contact(other, "Sam", "sam@other.example")
    path = write_book(tmp_path / "requests.xlsx", {
        "Requests": [REQUESTS, ["IN-1", sub, owner, "phone", date(2026, 11, 25), "Cancel please"],
                     ["IN-1", None, stranger, "email", date(2026, 11, 25), ""]],
        "Payments": [["Account number", "Invoice id", "Date", "Succeeded", "Amount"],
                     ["IN-1", invoice.id, date(2026, 11, 26), "yes", invoice.amount]],
    })
    preview = desk.import_xlsx(path, dry_run=True)
    assert [(p.sheet, p.row, p.column) for p in preview.problems] == [("Requests", 3, "Contact id")]
    assert "nor such a contact of IN-1 in Account Desk" in preview.problems[0].message
    path = write_book(tmp_path / "requests.xlsx", {
        "Requests": [REQUESTS, ["IN-1", sub, owner, "phone", date(2026, 11, 25), "Cancel please"]],
        "Payments": [["Account number", "Invoice id", "Date", "Succeeded", "Amount"],
                     ["IN-1", invoice.id, date(2026, 11, 26), "yes", invoice.amount]],
    })
    report = desk.import_xlsx(path)
    assert (report.created["Requests"], report.created["Payments"]) == (1, 1)
    assert [(r.contact_id, r.subscription_id, r.channel) for r in desk.requests()] == [(owner, sub, "phone")]
    assert desk.subscription(sub).invoices[-1].status == "paid"
    assert sum(desk.import_xlsx(path).created.values()) == 0


def test_a_rule_only_the_service_knows_is_found_by_the_preview_at_its_row(open_desk, tmp_path):
    """The dry run writes in a transaction it rolls back, so a refusal of the service that
    records a request (a whole-account request from someone other than the account owner,
    §6) is listed at its row like any other problem, and the rest is not written."""
    desk = open_desk()
    sheets = _good_sheets()
    sheets["Requests"].append(["AC-1", None, 2, "letter", date(2026, 11, 28), "Close our account"])
    path = write_book(tmp_path / "requests.xlsx", sheets)
    before = snapshot(desk)
    report = desk.import_xlsx(path, dry_run=True)
    assert [(p.sheet, p.row, p.column) for p in report.problems] == [("Requests", 3, "")]
    assert "Bob" in report.problems[0].message or "owner" in report.problems[0].message
    with pytest.raises(RuleViolation) as refused:
        desk.import_xlsx(path)
    assert refused.value.params["problems"] == report.problems
    assert snapshot(desk) == before


def test_a_csv_given_to_the_template_import_is_pointed_to_the_mapping(open_desk, tmp_path):
    path = tmp_path / "clients.csv"
    path.write_text("Company,Email\nAcme,a@b.example\n", encoding="utf-8")
    with pytest.raises(RuleViolation, match="clients.csv is a CSV file; the template import reads Excel"):
        open_desk().import_xlsx(path, dry_run=True)
