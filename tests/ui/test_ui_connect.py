"""File > Connect to team database… (issue 11): the dialog checks the connection in a
worker and says what connecting would do; the password goes to the OS keyring (a memory
keyring here) and never to the settings file; the window on the team database says who
is signed in, and where; File > Use the local database goes back to the file. Against
the real PostgreSQL test server."""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from desk_fixtures import PG_URL, reset_postgres
from memory_keyring import MemoryKeyring, memory_keyring_installed
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from app.desk import Desk
from app.listing import Listing
from app.secrets import DATABASE_SERVICE
from app.team_connection import TeamConnection
from ui.connection_store import ConnectionStore, local_url, startup_url
from ui.dialog_service import RecordingDialogService
from ui.dialogs.connect_dialog import ConnectDialog
from ui.main_window import MainWindow

PASSWORD = "Tr0ub4dor&3-zebra"  # the server trusts 127.0.0.1: any password is accepted
PG = make_url(PG_URL)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with memory_keyring_installed() as backend:
        yield backend


@pytest.fixture
def store(tmp_path: Path) -> ConnectionStore:
    return ConnectionStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def _fill(dialog: ConnectDialog, *, port: int | None = None, database: str | None = None) -> None:
    dialog.host.setText(PG.host)
    dialog.port.setValue(port or PG.port or 5432)
    dialog.database.setText(database or PG.database)
    dialog.user.setText(PG.username)
    dialog.password.setText(PASSWORD)
    dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))


def _dialog(qtbot, store: ConnectionStore) -> ConnectDialog:
    dialog = ConnectDialog(store=store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.postgres
def test_connecting_keeps_the_password_in_the_keyring_and_never_in_the_settings_file(
        qtbot, store, memory_keyring: MemoryKeyring):
    reset_postgres()
    dialog = _dialog(qtbot, store)
    _fill(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.connect_button.click()
    team = TeamConnection(PG.host, PG.database, PG.username, PG.port or 5432, "disable")
    assert memory_keyring.stored == {(DATABASE_SERVICE, team.account): PASSWORD}
    store.settings.sync()
    saved = Path(store.settings.fileName()).read_bytes()
    assert PASSWORD.encode() not in saved and b"Tr0ub4dor" not in saved
    assert store.kind() == "team" and store.team() == team
    assert dialog.chosen_url == team.url(PASSWORD)
    # The next start opens the remembered team database, its password from the keyring.
    assert startup_url(_args(), store) == team.url(PASSWORD)


def _args(db: str | None = None) -> argparse.Namespace:
    return argparse.Namespace(db=db, user=None, today=None, screenshot=None, language=None)


@pytest.mark.postgres
def test_test_connection_says_an_empty_database_gets_its_tables(qtbot, store, memory_keyring):
    reset_postgres()
    dialog = _dialog(qtbot, store)
    _fill(dialog)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled() and dialog.result_box.isVisible(), timeout=10_000)
    assert dialog.result_label.text() == (f"Connected as {PG.username}: the database is empty; connecting "
                                          "creates the Account Desk tables.")
    assert memory_keyring.stored == {}  # a test keeps nothing
    assert store.kind() is None


@pytest.mark.postgres
@pytest.mark.parametrize(("port", "database", "reason"), [
    (1, None, "Connection refused"),
    (None, "h_pgdemo_no_such_database", 'database "h_pgdemo_no_such_database" does not exist'),
])
def test_a_wrong_port_or_database_is_said_in_a_sentence_quickly(qtbot, store, memory_keyring, port, database,
                                                                 reason):
    dialog = _dialog(qtbot, store)
    _fill(dialog, port=port, database=database)
    started = time.monotonic()
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.error_box.isVisible(), timeout=10_000)
    assert time.monotonic() - started < 3
    text = dialog.error_label.text()
    assert text.startswith(f"The database {PG.host}:{port}/" if port else f"The database {PG.host}/")
    assert "cannot be opened" in text and reason in text
    assert dialog.isVisible() and memory_keyring.stored == {} and store.kind() is None


@pytest.mark.postgres
def test_the_window_on_the_team_database_says_who_and_where_and_goes_back_to_the_local_file(
        qtbot, store, memory_keyring, tmp_path, monkeypatch):
    reset_postgres()
    dialog = _dialog(qtbot, store)
    _fill(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.connect_button.click()
    url = dialog.chosen_url
    desk = Desk.open(url)
    listing = Listing.open(url)
    window = MainWindow(listing, url, dialogs=RecordingDialogService(),
                        settings=QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    try:
        window.load_first_page()
        window.show()
        with qtbot.waitSignal(window.desk_ready, timeout=5000):
            window.set_desk(desk)
        label = window.ui.signed_in
        assert label.isVisible()
        assert label.text() == f"{PG.username} (Administrator) · team database {PG.host}/{PG.database}"
        # File > Use the local database: remembered, and the window closes to open again on the file.
        monkeypatch.setattr("ui.connection_actions.ConnectionStore", lambda: store)
        window.action("actionUseLocal").trigger()
        assert window.switch_to == local_url() and not window.isVisible()
        assert store.kind() == "local" and startup_url(_args(), store) == local_url()
    finally:
        window.close()
        listing.close()
        desk.close()


def test_the_local_database_says_local_file(qtbot, make_window, world):
    window = make_window()
    assert window.ui.signed_in.text().endswith(" · file desk.sqlite3")


def test_use_the_local_database_in_the_dialog_is_remembered(qtbot, store):
    dialog = _dialog(qtbot, store)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.local_button.click()
    assert dialog.chosen_url == local_url() and store.kind() == "local"


def test_an_explicit_database_wins_over_the_remembered_one(store, tmp_path):
    store.remember_team(TeamConnection("db.example.com", "accountdesk", "anna"))
    explicit = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    assert startup_url(_args(explicit), store) == explicit


def _when_the_dialog_shows(qtbot, then) -> list[str]:
    """Runs `then(dialog)` on the modal connection dialog once it is open (startup_url
    runs it with exec()); returns what it saw."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ConnectDialog) and dialog.isVisible():
            seen.append(dialog.error_label.text() if dialog.error_box.isVisible() else "")
            then(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_the_first_start_opens_the_local_file_without_asking(qtbot, store, monkeypatch, tmp_path):
    monkeypatch.setenv("ACCOUNTDESK_HOME", str(tmp_path / "home"))  # no local file yet
    monkeypatch.delenv("ACCOUNTDESK_DB", raising=False)
    from ui.dialogs.connect_dialog import ConnectDialog

    asked: list[ConnectDialog] = []
    monkeypatch.setattr(ConnectDialog, "exec", lambda dialog: asked.append(dialog) or 0)
    assert startup_url(_args(), store) == local_url()
    assert asked == []


def test_a_remembered_team_database_that_cannot_be_reached_asks_again_with_the_reason(
        qtbot, store, monkeypatch, memory_keyring):
    monkeypatch.delenv("ACCOUNTDESK_DB", raising=False)
    store.remember_team(TeamConnection("127.0.0.1", "accountdesk", "anna", port=1, sslmode="disable"))
    seen = _when_the_dialog_shows(qtbot, lambda dialog: dialog.reject())
    assert startup_url(_args(), store) is None  # closed without choosing: the program ends
    assert len(seen) == 1 and seen[0].startswith("The database 127.0.0.1:1/accountdesk cannot be opened")
    assert "Connection refused" in seen[0]


def test_switching_database_starts_the_window_again_on_the_chosen_one(qtbot, store, monkeypatch, tmp_path):
    """run_gui itself: File > Use the local database closes the window on the file given
    with --db, and the window opens again on the local database, saying so."""
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import run_gui

    monkeypatch.setenv("ACCOUNTDESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ACCOUNTDESK_DB", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own: put back after
    monkeypatch.setattr("ui.connection_actions.ConnectionStore", lambda: store)
    Desk.open(local_url()).close()
    given = f"sqlite:///{tmp_path / 'given.sqlite3'}"
    seen: list[tuple[str, str]] = []

    def step() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        window = windows[0] if windows else None
        if window is not None and window.desk is not None and window.ui.signed_in.text():
            seen.append((window.url, window.ui.signed_in.text()))
            if window.url == given:
                window.action("actionUseLocal").trigger()
            else:
                window.close()
                return
        QTimer.singleShot(50, step)

    QTimer.singleShot(0, step)
    from PySide6.QtCore import QLocale

    saved = QLocale()  # run_gui makes a bare "C" locale en_US for the whole process: put it back after
    try:
        assert run_gui(argparse.Namespace(db=given, user=None, today=None, screenshot=None, language=None)) == 0
    finally:
        QLocale.setDefault(saved)
    assert [url for url, _ in seen] == [given, local_url()]
    assert seen[0][1] == "Local administrator (Administrator) · file given.sqlite3"
    assert seen[1][1] == "Local administrator (Administrator) · local file"
    assert store.kind() == "local"
