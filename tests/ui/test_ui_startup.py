"""Starting the window (ui/app.py): the fast path paints before SQLAlchemy is imported,
then opens the Desk and runs the lifecycle in workers; --screenshot renders a PNG; a
refused database exits with status 2 and its sentence."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ui.app import Startup, fast_path

REPO = Path(__file__).resolve().parents[2]
TODAY = "2026-11-23"


def run(args: list[str], timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, *args], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=timeout)


def test_screenshot_renders_the_window_once_the_first_client_is_shown(db_url, world, tmp_path):
    out = tmp_path / "main.png"
    done = run(["-m", "ui.launcher", "--db", db_url, "--today", TODAY, "--screenshot", str(out)])
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)


def test_a_file_of_another_program_is_refused_with_its_sentence(tmp_path):
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_text("these are my notes, not a database")
    done = run(["-m", "ui.launcher", "--db", f"sqlite:///{foreign}", "--screenshot", str(tmp_path / "x.png")])
    assert done.returncode == 2
    assert "not an Account Desk database" in done.stderr
    assert foreign.read_text() == "these are my notes, not a database"


def test_the_first_paint_needs_no_sqlalchemy(db_url, world):
    snippet = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QApplication
        from PySide6.QtCore import QSettings
        from app.listing import Listing
        from ui.app import fast_path
        from ui.main_window import MainWindow

        app = QApplication([])
        url = sys.argv[1]
        assert fast_path(url)
        window = MainWindow(Listing.open(url), url, settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
        window.load_first_page()
        window.show()
        app.processEvents()
        assert window.clients.model.rowCount() == 4
        heavy = sorted(m for m in ("sqlalchemy", "alembic", "openpyxl") if m in sys.modules)
        window.shutdown()
        print(heavy)
        sys.exit(1 if heavy else 0)
    """)
    done = run(["-c", snippet, db_url, str(Path(db_url.removeprefix("sqlite:///")).with_suffix(".ini"))])
    assert done.returncode == 0, done.stdout + done.stderr


def test_fast_path_only_for_an_existing_file_at_head(tmp_path, db_url, desk):
    assert fast_path(db_url)
    assert not fast_path(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert not fast_path("postgresql://someone@localhost/accountdesk")


def test_fast_path_opens_the_desk_then_runs_the_lifecycle(qtbot, make_window, db_url, world):
    window = make_window(with_desk=False)
    assert window.detail.title.text() == "Loading…"
    args = argparse.Namespace(db=db_url, user=None, today=date.fromisoformat(TODAY), screenshot=None, language=None)
    from PySide6.QtWidgets import QApplication

    startup = Startup(QApplication.instance(), window, db_url, args, None, window.dialogs)
    try:
        with qtbot.waitSignal(window.lifecycle_done, timeout=20000) as done:
            startup.after_first_paint()
        assert isinstance(done.args[0], dict)
        qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=5000)
        assert window.detail.detail.client.name == "Acme"
        assert window.action("actionCancelSubscription").isEnabled()
    finally:
        window.close()
        if startup.desk is not None:
            startup.desk.close()


def test_qt_keeps_the_references_of_none_and_true():
    tool = REPO.parent / "shared" / "tools" / "qt_none_refcount_check.py"
    if not tool.exists():
        pytest.skip(f"{tool} is not there: the PySide6 None/True refcount check cannot run")
    done = run([str(tool)], timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_pages_off_screen_are_built_and_read_only_when_first_shown(qtbot, make_window, world):
    from ui.pages import Page, Placeholder

    window = make_window()  # the Desk is set and the first client's details are shown
    hidden = (Page.REQUESTS, Page.OUTBOX, Page.DELETIONS)
    assert all(isinstance(window.pages[key], Placeholder) for key in hidden)
    window.show_page(Page.REQUESTS)
    requests = window.pages[Page.REQUESTS]
    assert not isinstance(requests, Placeholder)
    assert window.ui.stack.currentWidget() is requests.widget()
    qtbot.waitUntil(lambda: requests.count_label.text() == "0 requests", timeout=5000)
    assert isinstance(window.pages[Page.OUTBOX], Placeholder)  # still not built: never shown
