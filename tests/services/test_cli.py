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


def test_the_console_script_prints_the_lifecycle_counts(tmp_path):
    """`accountdesk` is a console script (a GUI script prints nothing on Windows), and a
    headless command never needs Qt."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    script = shutil.which("accountdesk", path=str(Path(sys.executable).parent))
    assert script is not None, "the console script accountdesk is not installed (pip install -e .)"
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    with Desk.open(url, today=date(2026, 1, 15)) as desk:
        client = desk.add_client("Acme")
        desk.add_subscription(client, "Team", Decimal("10"), start=date(2026, 1, 15))
    done = subprocess.run([script, "lifecycle", "--db", url, "--until", "2026-03-20"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "invoices_issued: 2" in done.stdout


def test_a_headless_command_never_loads_qt(tmp_path):
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    probe = (f"import sys; from ui.launcher import main; code = main(['lifecycle', '--db', {url!r}]); "
             "print('qt loaded' if 'PySide6' in sys.modules else 'no qt'); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("no qt")


def test_without_a_command_app_cli_refuses_instead_of_starting_the_window(capsys):
    assert main([]) == 2
    assert "no command" in capsys.readouterr().err
