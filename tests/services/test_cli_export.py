"""`accountdesk export`: progress and a summary, a non-zero status on a refusal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl

from app.cli import main
from app.desk import Desk


def _db(tmp_path):
    url = f"sqlite:///{tmp_path / 'd.sqlite3'}"
    with Desk.open(url, today=date(2026, 1, 15)) as desk:
        desk.add_staff("Sam", "sam@example.com", "staff")
        client = desk.add_client("Acme", account_number="AC-1")
        desk.add_subscription(client, "Team", Decimal("10"), start=date(2026, 1, 15))
        gone = desk.add_client("Gone", account_number="GO-2")
        desk.add_subscription(gone, "Old", Decimal("10"), start=date(2025, 1, 15), end_date=date(2025, 6, 30))
        desk.run_lifecycle(date(2026, 1, 15))
        status = desk.client(gone).status
    return url, client, gone, status


def test_export_writes_the_workbook_and_prints_progress_and_a_summary(tmp_path, capsys):
    url, _, _, _ = _db(tmp_path)
    target = tmp_path / "all.xlsx"
    assert main(["export", str(target), "--db", url]) == 0
    out, err = capsys.readouterr()
    assert "rows" in err and "Clients: 2" in out and f"written to {target}" in out
    assert openpyxl.load_workbook(target)["Clients"].max_row == 3


def test_staff_export_says_expired_clients_were_left_out(tmp_path, capsys):
    url, _, gone, status = _db(tmp_path)
    assert status == "expired"
    assert main(["export", str(tmp_path / "all.xlsx"), "--db", url, "--user", "sam@example.com"]) == 0
    assert "Expired clients left out: 1 (exporting them needs a manager)." in capsys.readouterr().out
    assert main(["export", str(tmp_path / "gone.xlsx"), "--client", str(gone), "--db", url,
                 "--user", "sam@example.com"]) == 2
    assert "needs a manager" in capsys.readouterr().err
    assert not (tmp_path / "gone.xlsx").exists()


def test_one_table_to_csv_and_a_refused_target(tmp_path, capsys):
    url, client, _, _ = _db(tmp_path)
    assert main(["export", str(tmp_path / "inv.csv"), "--table", "invoices", "--client", str(client),
                 "--db", url]) == 0
    assert (tmp_path / "inv.csv").read_text(encoding="utf-8-sig").startswith("Id,Account number")
    assert main(["export", str(tmp_path / "nowhere" / "x.xlsx"), "--db", url]) == 2
    assert "cannot be written" in capsys.readouterr().err
