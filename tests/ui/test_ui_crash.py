"""An unhandled exception in the window: a plain sentence, the details in the log (no
client data), an offer to copy them; Help > Open log folder; the log after the window
has worked on several clients."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from app import logs
from ui import crash
from ui.dialog_service import RecordingDialogService

NAMES = ["Globex", "Hooli", "Initech", "Acme"]  # Acme is selected first: visited last
EMAILS = ["acme@example.com", "alice@example.com", "bob@example.com", "billing@globex.example",
          "gina@globex.example", "hi@hooli.example", "henri@hooli.example"]

GLOBEX = ("Globex", "gina@globex.example")
HOOLI = ("Hooli", "henri@hooli.example")


@pytest.fixture
def handler(tmp_path):
    dialogs = RecordingDialogService(answer=True)
    installed = crash.install_excepthook(dialogs, tmp_path / "logs")
    yield installed
    installed.uninstall()
    logs.unconfigure()


def _fail_on_client(name: str, email: str) -> None:
    lookup: dict[str, int] = {}
    try:
        lookup[name] += 1
    except KeyError as exc:
        raise RuntimeError(f"could not update {email}") from exc


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_a_sentence_logs_details_and_copies_them(qtbot, handler, tmp_path):
    QTimer.singleShot(0, lambda: _fail_on_client(*GLOBEX))
    qtbot.waitUntil(lambda: bool(handler.dialogs.messages), timeout=5000)
    kind, title, text = handler.dialogs.messages[0]
    assert kind == "question" and title == "Something went wrong"
    assert "could not finish what it was doing" in text and "Traceback" not in text
    assert str(tmp_path / "logs") in text
    log_text = (tmp_path / "logs" / logs.FILE_NAME).read_text(encoding="utf-8")
    assert "Traceback" in log_text and "_fail_on_client" in log_text and "RuntimeError" in log_text
    assert "Globex" not in log_text and "gina@globex.example" not in log_text
    copied = QGuiApplication.clipboard().text()
    assert "RuntimeError" in copied and "_fail_on_client" in copied and "Globex" not in copied


def test_declining_the_copy_leaves_the_clipboard_alone(handler):
    handler.dialogs.answer = False
    QGuiApplication.clipboard().setText("before")
    try:
        raise ValueError("boom")
    except ValueError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    assert QGuiApplication.clipboard().text() == "before"
    assert len(handler.dialogs.messages) == 1


def test_open_log_folder_opens_the_folder(tmp_path, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert crash.open_log_folder(tmp_path / "logs")
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "logs"))]
    assert (tmp_path / "logs").is_dir()


def test_the_log_holds_no_client_data_after_the_window_worked_on_several_clients(handler, qtbot, window, desk,
                                                                                  world, tmp_path):
    from test_ui_main_window import select_client

    for name in NAMES:
        select_client(qtbot, window, name)
    desk.add_note(world.acme, "Called Alice Martin about the renewal")
    desk.record_payment(desk.invoices(world.globex)[0][1].id)
    try:
        _fail_on_client(*HOOLI)
    except RuntimeError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    text = (tmp_path / "logs" / logs.FILE_NAME).read_text(encoding="utf-8")
    assert "add_client [] done" in text and "add_contact" in text  # the world, built after the log
    assert "add_note" in text and "record_payment" in text and "Traceback" in text
    for value in NAMES + EMAILS + ["Alice", "Martin", "Gina", "Henri"]:
        assert value not in text, value
