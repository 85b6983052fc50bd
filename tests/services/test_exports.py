"""Exports through the facade (DESIGN.md §12, §14): one client, the whole database, CSV,
the check of a written workbook, progress and cancellation, and who may export what."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import update

from app import models as m
from app.errors import PermissionDenied, RuleViolation
from app.excel.sheets import SHEETS, sheets_for
from app.progress import Cancelled
from app.services import exports

TODAY = date(2026, 11, 22)


def _folder(tmp_path):
    """A folder of its own: the SQLite test database lives in tmp_path."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _setup(desk):
    desk.add_staff("Sam Staff", "sam@example.com", "staff")
    desk.add_staff("Meg Manager", "meg@example.com", "manager")
    acme = desk.add_client("Acme", email="acme@example.com", account_number="AC-1")
    owner = desk.add_contact(acme, "Alice", "alice@example.com", role="primary_admin", seat=True)
    desk.add_contact(acme, "=HYPERLINK(\"http://x\",\"y\")", None)
    desk.add_card(acme, "Visa", "0042", 12, 2030)
    sub = desk.add_subscription(acme, "Team", Decimal("49"), start=date(2026, 1, 15), activities=("Yoga",))
    desk.record_request(owner, subscription_id=sub, message="-2 please stop")
    desk.add_note(acme, "+1 called back")
    other = desk.add_client("Globex", account_number="GX-2")
    desk.add_subscription(other, "Solo", Decimal("10"), start=date(2026, 6, 1))
    gone = desk.add_client("Expired Ltd", account_number="EX-3")
    desk.add_subscription(gone, "Old", Decimal("5"), start=date(2025, 1, 1))
    with desk.engine.begin() as conn:
        conn.execute(update(m.Client.__table__).where(m.Client.__table__.c.id == gone).values(status="expired"))
    return acme, other, gone


def test_one_client_export_holds_every_kind_of_record_of_that_client_only(open_desk, tmp_path):
    desk = open_desk(TODAY)
    acme, _, _ = _setup(desk)
    path = tmp_path / "acme.xlsx"
    report = desk.export_xlsx(path, client_id=acme)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [s.name for s in sheets_for(acme)]
    assert dict(report) == {name: book[name].max_row - 1 for name in book.sheetnames}
    assert report["Clients"] == 1 and report["Contacts"] == 2 and report["Activities"] == 1
    assert report["Invoices"] == len(desk.subscription(desk.subscriptions(acme)[0].id).invoices)
    assert {r[1] for s in book.sheetnames if s != "Clients" for r in book[s].iter_rows(min_row=2, values_only=True)
            if r} <= {"AC-1"}
    contacts = [r[2] for r in book["Contacts"].iter_rows(min_row=2, values_only=True)]
    assert '=HYPERLINK("http://x","y")' in contacts and book["Contacts"]["C3"].data_type == "s"
    card = next(book["Cards"].iter_rows(min_row=2, values_only=True))
    assert card[3] == "0042"  # last four digits stay text
    invoice = book["Invoices"]["G2"]
    assert invoice.value == 49 and invoice.number_format == "#,##0.00;-#,##0.00"
    assert desk.verify_export(path, client_id=acme) == []


def test_whole_export_by_a_manager_includes_expired_clients(open_desk, tmp_path):
    desk = open_desk(TODAY)
    _setup(desk)
    report = desk.export_xlsx(tmp_path / "all.xlsx")
    assert report.excluded_clients == 0
    assert report["Clients"] == 3 and report["Subscriptions"] == 3
    assert [name for name, _ in report.sheets] == [s.name for s in SHEETS]
    assert desk.verify_export(tmp_path / "all.xlsx") == []


def test_a_staff_members_whole_export_leaves_expired_clients_out_and_says_so(open_desk, tmp_path):
    _setup(open_desk(TODAY))
    staff = open_desk(TODAY, user="sam@example.com")
    report = staff.export_xlsx(tmp_path / "all.xlsx")
    assert report.excluded_clients == 1
    assert report["Clients"] == 2 and report["Subscriptions"] == 2
    accounts = {r[1] for s in ("Clients", "Subscriptions", "Invoices")
                for r in openpyxl.load_workbook(tmp_path / "all.xlsx")[s].iter_rows(min_row=2, values_only=True)}
    assert "EX-3" not in accounts
    assert staff.verify_export(tmp_path / "all.xlsx") == []
    manager = open_desk(TODAY, user="meg@example.com")
    assert any("Clients" in p for p in manager.verify_export(tmp_path / "all.xlsx"))


def test_a_staff_member_cannot_export_one_expired_client_and_no_file_is_left(open_desk, tmp_path):
    tmp_path = _folder(tmp_path)
    _, _, gone = _setup(open_desk(TODAY))
    staff = open_desk(TODAY, user="sam@example.com")
    with pytest.raises(PermissionDenied) as refused:
        staff.export_xlsx(tmp_path / "gone.xlsx", client_id=gone)
    assert refused.value.code == "permission"
    assert list(tmp_path.iterdir()) == []
    manager = open_desk(TODAY, user="meg@example.com")
    assert manager.export_xlsx(tmp_path / "gone.xlsx", client_id=gone)["Clients"] == 1


def test_verify_reports_a_changed_database_and_a_file_that_is_not_a_workbook(open_desk, tmp_path):
    desk = open_desk(TODAY)
    acme, _, _ = _setup(desk)
    desk.export_xlsx(tmp_path / "acme.xlsx", client_id=acme)
    desk.add_contact(acme, "Carol", "carol@example.com")
    assert "Sheet 'Contacts' holds 2 rows; the database holds 3." in desk.verify_export(
        tmp_path / "acme.xlsx", client_id=acme)
    (tmp_path / "bad.xlsx").write_text("not a zip")
    assert "cannot be read" in desk.verify_export(tmp_path / "bad.xlsx")[0]


def test_whole_export_splits_a_sheet_past_the_row_limit(open_desk, tmp_path):
    desk = open_desk(TODAY)
    _setup(desk)
    path = tmp_path / "all.xlsx"
    report = desk._read(exports.export_workbook, path, max_rows=3)
    invoices = [(n, c) for n, c in report.sheets if n.startswith("Invoices")]
    assert len(invoices) > 1 and all(c <= 3 for _, c in invoices)
    assert sum(c for _, c in invoices) == report["Invoices"]
    assert desk.verify_export(path) == []


class _Recorder:
    def __init__(self, stop_after: int | None = None) -> None:
        self.steps: list[tuple[int, int | None]] = []
        self.stop_after = stop_after

    def step(self, done, total):
        self.steps.append((done, total))

    def cancelled(self):
        return self.stop_after is not None and len(self.steps) > self.stop_after


def test_progress_reaches_the_total_and_cancel_leaves_no_file(open_desk, tmp_path):
    tmp_path = _folder(tmp_path)
    desk = open_desk(TODAY)
    _setup(desk)
    progress = _Recorder()
    report = desk.export_xlsx(tmp_path / "all.xlsx", progress=progress)
    assert progress.steps[-1] == (sum(report.values()), sum(report.values()))
    with pytest.raises(Cancelled):
        desk.export_xlsx(tmp_path / "again.xlsx", progress=_Recorder(stop_after=3))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.xlsx"]


def test_an_unwritable_target_is_refused_with_a_sentence(open_desk, tmp_path):
    desk = open_desk(TODAY)
    with pytest.raises(RuleViolation) as refused:
        desk.export_xlsx(tmp_path / "missing" / "all.xlsx")
    assert refused.value.code == "export_unwritable" and "missing" in str(refused.value)


def test_csv_export_has_a_bom_typed_values_and_formula_protection(open_desk, tmp_path):
    desk = open_desk(TODAY)
    acme, _, _ = _setup(desk)
    desk.export_csv(tmp_path / "contacts.csv", "contacts", client_id=acme, titles={"name": "Nom"})
    raw = (tmp_path / "contacts.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].split(",")[:3] == ["Id", "Account number", "Nom"]
    assert '"\'=HYPERLINK(""http://x"",""y"")"' in lines[2]
    with pytest.raises(RuleViolation):
        desk.export_csv(tmp_path / "x.csv", "nonsense")
