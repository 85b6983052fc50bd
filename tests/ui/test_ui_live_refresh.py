"""Live refresh in the window (issue 11): a change another workstation commits — another
Desk, or another process on the SQLite file — shows in the clients table, the Requests
badge and the detail pane within 2 s, keeping the selection; on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.desk import Desk
from app.listing import CLIENT_COLUMNS
from ui.labels import kind_label
from ui.live_refresh import LiveRefresh
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
KIND = [c.key for c in CLIENT_COLUMNS].index("kind")
LIVE_MS = 2000


@pytest.fixture
def db_url(any_db_url: str) -> str:
    return any_db_url


@pytest.fixture
def live(window: MainWindow) -> Iterator[LiveRefresh]:
    bridge = LiveRefresh.attach(window, window.desk)
    assert bridge.listener.listening.wait(5), "the listener did not start"
    yield bridge
    bridge.stop()


def _kind_shown(window: MainWindow, client_id: int) -> str | None:
    row = window.clients.model.find_row(client_id)
    texts = window.clients.model.texts(row) if row >= 0 else None
    return texts[KIND] if texts else None


def test_a_request_recorded_elsewhere_reaches_the_badge_and_the_detail_pane(
        window: MainWindow, live: LiveRefresh, world, open_desk: Callable[..., Desk], qtbot) -> None:
    assert window.detail.detail.client.id == world.acme  # the first client is shown
    assert window.ui.side_bar.item(2).text() == "Requests"
    events_before = len(window.detail.detail.timeline)
    elsewhere = open_desk()

    elsewhere.record_request(world.acme_owner, subscription_id=world.acme_team, message="from the phone")

    qtbot.waitUntil(lambda: window.ui.side_bar.item(2).text() == "Requests (1)", timeout=LIVE_MS)
    qtbot.waitUntil(lambda: len(window.detail.detail.timeline) > events_before, timeout=LIVE_MS)
    assert window.selection().client_id == world.acme  # the selection stayed


def test_a_client_changed_elsewhere_is_shown_in_the_table_keeping_the_selection(
        window: MainWindow, live: LiveRefresh, world, open_desk: Callable[..., Desk], qtbot) -> None:
    assert window.clients.select_id(world.globex)
    assert _kind_shown(window, world.initech) == kind_label("trial")

    open_desk().convert_trial(world.initech)

    qtbot.waitUntil(lambda: _kind_shown(window, world.initech) == kind_label("direct"), timeout=LIVE_MS)
    assert window.selection().client_id == world.globex


def test_the_windows_own_changes_do_not_make_it_read_again(
        window: MainWindow, live: LiveRefresh, world, open_desk: Callable[..., Desk], qtbot) -> None:
    applied: list[object] = []
    live.applied.connect(applied.append)
    window.desk.add_note(world.hooli, "ours")  # through the window's own Desk
    marker = open_desk().add_note(world.globex, "theirs")
    assert marker

    qtbot.waitUntil(lambda: bool(applied), timeout=LIVE_MS)
    assert not any(change.touches_client(world.hooli) for change in applied)


def test_another_process_writing_the_file_reaches_the_detail_pane(
        window: MainWindow, live: LiveRefresh, world, db_url: str, qtbot) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("the second-process case is SQLite's (PostgreSQL: the Desk tests above)")
    contacts_before = len(window.detail.detail.contacts)

    done = subprocess.run([sys.executable, str(ROOT / "tests" / "live" / "writer_child.py"), db_url, str(world.acme)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr

    qtbot.waitUntil(lambda: len(window.detail.detail.contacts) > contacts_before, timeout=LIVE_MS)
