"""File > Back up… and Restore… through the dialog service and the task runner; the daily
backup at start-up."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QWidget

from app.desk import Desk
from app.errors import NotFound
from ui.backup_actions import BackupActions, start_daily_backup
from ui.dialog_service import RecordingDialogService
from ui.workers import TaskRunner

TODAY = date(2026, 11, 30)


@pytest.fixture
def setup(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    with Desk.open(url, today=TODAY) as desk:
        kept = desk.add_client("Kept Client")
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = RecordingDialogService()
    runner = TaskRunner(parent)
    events: list[str] = []
    actions = BackupActions(parent, dialogs, runner, url, close_database=lambda: events.append("closed"),
                            reopen_database=lambda: events.append("reopened"))
    yield url, kept, dialogs, actions, events, runner
    runner.wait()


def test_back_up_then_restore_through_the_menu_actions(qtbot, tmp_path, setup):
    url, kept, dialogs, actions, events, _ = setup
    dialogs.path = str(tmp_path / "menu-backup.sqlite3")
    with qtbot.waitSignal(actions.done, timeout=10000) as backed:
        actions.back_up()
    assert "backed up to" in backed.args[0]
    with Desk.open(url, today=TODAY) as desk:
        later = desk.add_client("Added After The Backup")
    with qtbot.waitSignal(actions.done, timeout=10000) as restored:
        actions.restore()
    assert events == ["closed", "reopened"]
    assert "kept as" in restored.args[0]
    assert [m[0] for m in dialogs.messages] == ["save", "information", "open", "question", "information"]
    with Desk.open(url, today=TODAY) as desk:
        assert desk.client(kept).name == "Kept Client"
        with pytest.raises(NotFound):
            desk.client(later)


def test_a_foreign_file_is_refused_before_the_database_is_closed(qtbot, tmp_path, setup):
    _, _, dialogs, actions, events, _ = setup
    (tmp_path / "notes.txt").write_text("hello")
    dialogs.path = str(tmp_path / "notes.txt")
    with qtbot.waitSignal(actions.done, timeout=5000) as refused:
        actions.restore()
    assert "not an Account Desk database" in refused.args[0]
    assert events == [] and dialogs.messages[-1][0] == "warning"


def test_declining_the_restore_changes_nothing(qtbot, tmp_path, setup):
    url, _, dialogs, actions, events, _ = setup
    dialogs.path = str(tmp_path / "b.sqlite3")
    with qtbot.waitSignal(actions.done, timeout=10000):
        actions.back_up()
    dialogs.answer = False
    actions.restore()
    assert events == []


def test_the_daily_backup_runs_in_the_background(qtbot, tmp_path, setup):
    url, _, _, _, _, runner = setup
    with qtbot.waitSignal(runner.finished_call, timeout=10000):
        start_daily_backup(runner, url, today=TODAY, folder=tmp_path / "daily")
    assert [p.name for p in (tmp_path / "daily").iterdir()] == ["accountdesk-2026-11-30.sqlite3"]
