"""`accountdesk import` (issue 14): the template, a dry run listing problems, an import
with its summary, and a non-zero exit on any refusal with nothing changed."""

from __future__ import annotations

from datetime import date

from snapshot import snapshot
from workbooks import CLIENTS, CONTACTS, write_book

from app.cli import main
from app.desk import Desk


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_template_then_dry_run_then_import(tmp_path, capsys, sqlite_url):
    template = tmp_path / "template.xlsx"
    code, out, _ = _run(capsys, "import", "--template", str(template))
    assert code == 0 and "Template written" in out and template.exists()

    path = write_book(tmp_path / "clients.xlsx", {
        "Clients": [CLIENTS, ["AC-1", "Acme", "direct", "en", None, "acme@example.com", date(2024, 1, 2)]],
        "Contacts": [CONTACTS, [1, "AC-1", "Alice", "alice@example.com", "primary_admin", "yes"]],
    })
    code, out, _ = _run(capsys, "import", str(path), "--dry-run", "--db", sqlite_url, "--today", "2026-11-30")
    assert code == 0 and out.startswith("Would import") and "Clients 1 rows" in out
    code, out, err = _run(capsys, "import", str(path), "--db", sqlite_url, "--today", "2026-11-30")
    assert code == 0 and "Imported" in out and "Clients 1 rows (1 new)" in out
    assert "rows" in err  # progress
    with Desk.open(sqlite_url) as desk:
        assert desk.client(1).name == "Acme"


def test_problems_and_hostile_files_exit_non_zero_and_change_nothing(tmp_path, capsys, sqlite_url):
    path = write_book(tmp_path / "bad.xlsx", {
        "Clients": [CLIENTS, ["AC-1", None, "direct", "xx", None, None, None]],
    })
    with Desk.open(sqlite_url) as desk:
        before = snapshot(desk)
    code, out, err = _run(capsys, "import", str(path), "--dry-run", "--db", sqlite_url)
    assert code == 2
    assert "Clients, row 2, column Name: This required cell is empty." in out
    assert "Clients, row 2, column Language: 'xx' is not one of en, fr, zh." in out
    code, out, err = _run(capsys, "import", str(path), "--db", sqlite_url)
    assert code == 2 and "bad.xlsx was not imported: it has 2 problems" in err
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    code, out, err = _run(capsys, "import", str(junk), "--db", sqlite_url)
    assert code == 2 and "junk.xlsx is not an Excel workbook" in err
    with Desk.open(sqlite_url) as desk:
        assert snapshot(desk) == before
