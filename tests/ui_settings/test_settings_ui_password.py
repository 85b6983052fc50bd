"""The SMTP password in the settings dialog (DESIGN.md §7): a typed password goes to the
OS keyring and never into the database; an empty field keeps the stored one; without a
usable keyring the dialog says the password was not stored. A keyring in memory stands
in for the OS's, and the previous keyring is restored after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from memory_keyring import MemoryKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from app.desk import Desk
from app.secrets import SERVICE
from ui.dialogs.settings_dialog import SettingsDialog

TODAY = date(2026, 11, 22)
PASSWORD = "Pw-only-in-the-keyring-7319"


@pytest.fixture
def use_keyring() -> Iterator[Callable[[KeyringBackend], None]]:
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


@pytest.fixture
def memory(use_keyring) -> MemoryKeyring:
    backend = MemoryKeyring()
    use_keyring(backend)
    return backend


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "t.sqlite3"


@pytest.fixture
def desk(db_file: Path) -> Iterator[Desk]:
    opened = Desk.open(f"sqlite:///{db_file}", today=TODAY)
    yield opened
    opened.close()


def open_dialog(qtbot, desk: Desk) -> SettingsDialog:
    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def database_bytes(db_file: Path) -> bytes:
    """The database file and whatever SQLite keeps beside it (the WAL)."""
    return b"".join(path.read_bytes() for path in sorted(db_file.parent.glob(db_file.name + "*")))


def test_a_typed_password_goes_to_the_keyring_and_never_to_the_database(qtbot, desk, db_file, memory):
    dialog = open_dialog(qtbot, desk)

    qtbot.keyClicks(dialog.smtp_host, "smtp.example.com")
    qtbot.keyClicks(dialog.smtp_user, "desk@example.com")
    qtbot.keyClicks(dialog.smtp_password, PASSWORD)
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    # waitUntil, not waitSignal: pytest-qt's waitSignal on a signal emitted from a TaskRunner
    # callback crashes (PySide6 6.11.3) when the runner's finished call is deleted afterwards.
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)

    assert memory.stored == {(SERVICE, "desk@example.com"): PASSWORD}
    assert desk.settings()["smtp_user"] == "desk@example.com"
    assert dialog.smtp_password.text() == ""
    desk.close()  # the last connection checkpoints the WAL into the file
    stored = database_bytes(db_file)
    assert b"desk@example.com" in stored  # the check reads where the settings are
    assert PASSWORD.encode() not in stored


def test_an_empty_password_field_keeps_the_stored_password(qtbot, desk, memory):
    desk.update_settings(smtp_user="desk")
    memory.stored[(SERVICE, "desk")] = "kept"
    dialog = open_dialog(qtbot, desk)

    dialog.max_seats.setValue(4)
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert memory.stored == {(SERVICE, "desk"): "kept"}
    assert desk.settings()["max_seats_to_cancel"] == 4


def test_without_a_keyring_the_dialog_says_the_password_was_not_stored(qtbot, desk, use_keyring):
    use_keyring(fail.Keyring())
    dialog = open_dialog(qtbot, desk)
    error = dialog.findChild(QLabel, "errorLabel")

    qtbot.keyClicks(dialog.smtp_user, "desk")
    qtbot.keyClicks(dialog.smtp_password, PASSWORD)
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(error.isVisible, timeout=5000)

    assert error.text().startswith("The other settings were saved, but the SMTP password was not stored. "
                                   "The OS keyring is not available")
    assert PASSWORD not in error.text()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.action_button.isEnabled()  # to try again once the keyring is unlocked
    assert desk.settings()["smtp_user"] == "desk"
    assert dialog.changed_settings() == {}  # saved: a retry sends only the password


def test_a_password_without_a_user_is_refused_before_anything_is_saved(qtbot, desk, memory):
    before = desk.settings()
    dialog = open_dialog(qtbot, desk)

    dialog.retention_days.setValue(30)
    qtbot.keyClicks(dialog.smtp_password, PASSWORD)
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)

    error = dialog.findChild(QLabel, "errorLabel")
    assert error.isVisible() and "SMTP user" in error.text() and "Nothing was saved" in error.text()
    assert desk.settings() == before
    assert memory.stored == {}
