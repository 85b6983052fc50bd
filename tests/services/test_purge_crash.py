"""The purge killed (SIGKILL, in a subprocess) at each point of its way leaves the client
intact or fully purged, never half; the next lifecycle run finishes it, and the deletion
email is never sent twice (DESIGN.md §10, §11)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from deactivation_helpers import POSSIBLE, PURGE_ON, deactivate, ended_client
from purge_data import PERSONAL
from residue import file_bytes_mentioning, rows_mentioning
from sqlalchemy import func, select
from test_purge_email import Server

from app import models as m
from app.desk import Desk
from app.services.purge import owned_tables

ROOT = Path(__file__).resolve().parents[2]
POINTS = ["journal_committed", "email_attempted", "email_recorded", "before_delete", "deleted_attachment", "deleted_invoice",
          "before_commit", "committed"]


def _rows_of_client(desk: Desk, client_id: int) -> dict[str, int]:
    with desk.engine.connect() as conn:
        counts = {t.name: conn.scalar(select(func.count()).select_from(t).where(where))
                  for t, where in owned_tables(client_id)}
        counts["client"] = conn.scalar(select(func.count()).select_from(m.Client).where(m.Client.id == client_id))
    return counts


def _run_child(url: str, point: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, str(Path(__file__).with_name("purge_crash_child.py")), url,
                           PURGE_ON.isoformat(), point], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def smtp_server():
    server = Server()
    server.controller.start()
    yield server
    server.controller.stop()


@pytest.fixture
def open_sqlite(sqlite_url):
    """`open_desk` on a SQLite file only: the crash needs a file to kill a writer over."""
    opened: list[Desk] = []

    def _open(today, user=None):
        desk = Desk.open(sqlite_url, user=user, today=today)
        opened.append(desk)
        return desk

    yield _open
    for desk in opened:
        desk.close()


@pytest.mark.parametrize("point", POINTS)
def test_killed_purge_is_never_half_done(open_sqlite, sqlite_url, tmp_path, point, smtp_server):
    ids = ended_client(open_sqlite, tmp_path)
    desk = open_sqlite(POSSIBLE)
    desk.update_settings(smtp_host="127.0.0.1", smtp_port=smtp_server.port, smtp_security="none")
    desk.run_lifecycle()
    deactivate(desk, ids)
    whole = _rows_of_client(desk, ids["client"])

    child = _run_child(sqlite_url, point)
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr

    after = open_sqlite(PURGE_ON)
    if True:
        state = _rows_of_client(after, ids["client"])
        gone = {k: 0 for k in whole}
        assert state in (whole, gone), f"half purged after a kill at {point}: {state}"
        assert (state == gone) == (point == "committed")
        assert (after.tombstones() == []) == (state == whole)  # a journal is not a tombstone yet
        after.run_lifecycle()
        assert _rows_of_client(after, ids["client"]) == gone
        assert rows_mentioning(after, PERSONAL) == []
        assert file_bytes_mentioning(Path(after.engine.url.database), PERSONAL) == []
        [tomb] = after.tombstones()
        sent = len(smtp_server.handler.messages)
        assert sent <= 1  # attempted once, never twice
        expected = {"journal_committed": "interrupted", "email_attempted": "interrupted"}.get(point, "sent")
        assert tomb.deletion_email == expected
        assert sent == (0 if point == "journal_committed" else 1)
