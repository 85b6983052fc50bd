"""Foreign files (DESIGN.md §14): a French CSV in Windows-1252 with semicolons and a
Chinese workbook; proposals by header name, converted values, every rejected row named
with its column and reason, the rest written in one transaction, re-import matching on
the account number."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from snapshot import snapshot
from workbooks import FRENCH, write_book

from app.errors import RuleViolation


def _french(tmp_path: Path) -> Path:
    path = tmp_path / "clients_crm.csv"
    path.write_bytes(FRENCH.encode("cp1252"))
    return path


def _clients(desk) -> dict:
    from sqlalchemy import select

    from app import models as m

    with desk.session() as s:
        return {c.account_number: c for c in s.scalars(select(m.Client))}


def test_the_mapping_is_proposed_from_french_headers(open_desk, tmp_path):
    assert open_desk().propose_mapping(_french(tmp_path)) == {
        "Société": "name", "ID client": "account_number", "Courriel": "email", "Téléphone": "phone",
        "Prénom": "owner_first_name", "Nom": "owner_last_name", "Pays": "country", "Ville": "city",
        "Client depuis": "client_since", "Actif": "active"}


def test_rows_with_problems_are_named_and_skipped_and_the_rest_imported(open_desk, tmp_path):
    desk = open_desk()
    path = _french(tmp_path)
    before = snapshot(desk)
    preview = desk.import_foreign(path, dry_run=True)
    assert (preview.rows, preview.valid, preview.imported) == (7, 2, 0)
    assert snapshot(desk) == before
    report = desk.import_foreign(path)
    assert report.source == "Windows-1252, delimiter ;"
    assert report.problems == preview.problems == [
        (4, "Courriel", "'pas-un-email' is not an email address."),
        (5, "Client depuis", "'31/02/2022' is not a real date."),
        (6, "ID client", "The account number FR-001 is already on row 2."),
        (8, "Société", "The row has neither a client name nor an account number."),
        (9, "Actif", "'peut-être' is not yes or no."),
    ]
    assert report.imported == 2 and report.rejected_rows == [4, 5, 6, 8, 9]
    clients = _clients(desk)
    assert set(clients) == {"FR-001", "FR-002"}
    dupont = desk.client(clients["FR-001"].id)
    assert (dupont.name, dupont.email, dupont.phone, dupont.created) == (
        "Boulangerie Dupont", "contact@dupont.fr", "01 23 45 67 89", date(2021, 1, 13))
    assert (clients["FR-001"].country, clients["FR-001"].city) == ("France", "Lyon")
    assert [(c.name, c.role, c.email) for c in dupont.contacts] == [
        ("Marie Dupont", "primary_admin", "contact@dupont.fr")]
    # "Actif: non": a former client, nothing running.
    assert (clients["FR-002"].status, clients["FR-002"].created) == ("expired", date(2022, 3, 2))


def test_importing_the_same_file_again_creates_no_duplicates(open_desk, tmp_path):
    desk = open_desk()
    path = _french(tmp_path)
    desk.import_foreign(path)
    before = {k: v for k, v in snapshot(desk).items() if k != "audit_event"}
    again = desk.import_foreign(path)
    assert (again.imported, again.created, again.unchanged) == (2, 0, 2)
    assert {k: v for k, v in snapshot(desk).items() if k != "audit_event"} == before


def test_a_chinese_workbook_with_a_chosen_mapping(open_desk, tmp_path):
    desk = open_desk()
    path = write_book(tmp_path / "客户.xlsx", {"客户": [
        ["公司", "客户编号", "邮箱", "联系人", "注册日期", "备注"],
        ["上海云海科技", "CN-1", "info@yunhai.cn", "刘静", "2023年5月6日", "重要"],
        ["深圳星辰", "CN-2", "hello@xingchen.cn", "王芳", date(2024, 2, 1), ""],
    ]})
    proposal = desk.propose_mapping(path)
    assert proposal == {"公司": "name", "客户编号": "account_number", "邮箱": "email", "联系人": "owner_name",
                        "注册日期": "client_since", "备注": None}
    report = desk.import_foreign(path, mapping={**proposal, "联系人": None})
    assert (report.imported, report.problems) == (2, [])
    clients = _clients(desk)
    assert clients["CN-1"].created == date(2023, 5, 6)
    assert desk.client(clients["CN-1"].id).contacts == ()


def test_a_mapping_without_name_or_account_number_is_refused(open_desk, tmp_path):
    desk = open_desk()
    path = _french(tmp_path)
    before = snapshot(desk)
    with pytest.raises(RuleViolation, match="No column of clients_crm.csv is matched"):
        desk.import_foreign(path, mapping={"Courriel": "email"})
    with pytest.raises(RuleViolation, match="More than one column is mapped to Email"):
        desk.import_foreign(path, mapping={"Société": "name", "Courriel": "email", "Pays": "email"})
    assert snapshot(desk) == before
