"""The command line: lifecycle and demo on a real file, and refusals as one sentence with status 2."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.cli import main
from app.desk import Desk


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert "Account Desk" in capsys.readouterr().out


def test_lifecycle_brings_the_database_up_to_a_day(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'd.sqlite3'}"
    with Desk.open(url, today=date(2026, 1, 15)) as desk:
        client = desk.add_client("Acme")
        sub = desk.add_subscription(client, "Team", Decimal("10"), start=date(2026, 1, 15))
    assert main(["lifecycle", "--db", url, "--until", "2026-04-20"]) == 0
    assert "invoices_issued: 3" in capsys.readouterr().out
    with Desk.open(url) as desk:
        assert len(desk.subscription(sub).invoices) == 4


def test_demo_writes_clients(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert main(["demo", "--clients", "30", "--db", url, "--today", "2026-11-23"]) == 0
    assert "client: 30" in capsys.readouterr().out


@pytest.mark.parametrize("argv, message", [
    (["lifecycle", "--db", "nonsense"], "is not valid"),
    (["demo", "--clients", "0"], "at least 1"),
])
def test_refusals_exit_2_with_a_sentence(argv, message, capsys):
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_foreign_file_is_refused(tmp_path, capsys):
    path = tmp_path / "notes.txt"
    path.write_text("not a database")
    assert main(["lifecycle", "--db", f"sqlite:///{path}"]) == 2
    assert "not an Account Desk database" in capsys.readouterr().err
    assert path.read_text() == "not a database"
