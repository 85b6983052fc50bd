"""Live refresh: hearing of the changes other workstations commit (issue 11). No Qt.

`Listener(url, on_change, origin=..., own=...)` runs one daemon thread with a
connection of its own and calls `on_change(change)` — an `app.changes.Change` — ON THAT
THREAD whenever someone else committed something. A change is a wake-up only: the
caller re-reads what it names; several may arrive for one commit, or one for several.

- PostgreSQL: ``LISTEN accountdesk``; the payloads `app.changes` sends from inside the
  writing transactions name the clients and requests. Notifications from `origin` (our
  own Desk) are dropped. A lost connection is reopened with a growing pause; since what
  happened meanwhile was not heard, the first change after a reconnect is `EVERYTHING`.
- SQLite: ``PRAGMA data_version`` on a connection of its own, every `poll` seconds. It
  changes only when another connection committed; the audit events newer than the last
  seen then say which clients changed. This Desk's own events and commits (`own`) are
  skipped; someone else's commit without an audit event is told as `EVERYTHING`.

`stop()` ends the thread (at most `poll` seconds later) and closes its connection.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from app.changes import CHANNEL, EVERYTHING, MAX_IDS, Change, OwnWrites, decode, of_events

log = logging.getLogger(__name__)
POLL_SECONDS = 0.5
BACKOFF_SECONDS = (0.5, 1.0, 2.0, 5.0, 10.0)
CONNECT_TIMEOUT = 5


class Listener:
    def __init__(self, url: str, on_change: Callable[[Change], None], *, origin: str | None = None,
                 own: OwnWrites | None = None, poll: float = POLL_SECONDS) -> None:
        self.url = url
        self.on_change = on_change
        self.origin = origin
        self.own = own or OwnWrites()
        self.poll = poll
        self.listening = threading.Event()  # set while connected (tests wait for it)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> Listener:
        from app.sqlite_file import sqlite_path

        path = sqlite_path(self.url)
        target = self._run_postgres if path is None else lambda: self._run_sqlite(path)
        self._thread = threading.Thread(target=target, name="accountdesk-listener", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def _report(self, change: Change) -> None:
        if change:
            try:
                self.on_change(change)
            except Exception:  # noqa: BLE001 - a failing receiver must not end the listening
                log.exception("live refresh: the receiver of a change failed")

    def _pause(self, attempt: int) -> None:
        self._stop.wait(BACKOFF_SECONDS[min(attempt, len(BACKOFF_SECONDS) - 1)])

    # --- PostgreSQL -----------------------------------------------------------------
    def _run_postgres(self) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        conninfo = make_url(self.url).set(drivername="postgresql").render_as_string(hide_password=False)
        attempt, heard_before = 0, False
        while not self._stop.is_set():
            try:
                conn = psycopg.connect(conninfo, autocommit=True, connect_timeout=CONNECT_TIMEOUT)
            except psycopg.Error as exc:
                log.info("live refresh: cannot connect (%s), trying again", type(exc).__name__)
                self._pause(attempt)
                attempt += 1
                continue
            try:
                conn.execute(f"LISTEN {CHANNEL}")
                self.listening.set()
                if heard_before:
                    self._report(EVERYTHING)  # what was committed while we were away was not heard
                heard_before, attempt = True, 0
                while not self._stop.is_set():
                    for notify in conn.notifies(timeout=self.poll):
                        origin, change = decode(notify.payload)
                        if origin is None or origin != self.origin:
                            self._report(change)
            except psycopg.Error as exc:
                log.info("live refresh: connection lost (%s), reconnecting", type(exc).__name__)
            finally:
                self.listening.clear()
                conn.close()
            self._pause(attempt)
            attempt += 1

    # --- SQLite -----------------------------------------------------------------------
    def _run_sqlite(self, path: Path) -> None:
        con: sqlite3.Connection | None = None
        version = last = seen_commits = 0
        opened_before = False
        while not self._stop.is_set():
            try:
                if con is None:
                    con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
                    con.execute("PRAGMA busy_timeout=2000")
                    version = con.execute("PRAGMA data_version").fetchone()[0]
                    fresh = con.execute("SELECT coalesce(max(id), 0) FROM audit_event").fetchone()[0]
                    if opened_before:
                        self._report(EVERYTHING)  # reopened: what happened meanwhile was not seen
                    last, opened_before, seen_commits = fresh, True, self.own.commits
                    self.listening.set()
                if self._stop.wait(self.poll):
                    break
                now = con.execute("PRAGMA data_version").fetchone()[0]
                if now != version:
                    version, own_commits = now, self.own.commits
                    change, last = self._audit_since(con, last, ours=own_commits != seen_commits)
                    seen_commits = own_commits
                    self._report(change)
            except sqlite3.Error as exc:
                log.info("live refresh: the database file cannot be read (%s)", type(exc).__name__)
                self.listening.clear()
                if con is not None:
                    con.close()
                    con = None
                self._pause(0)
        if con is not None:
            con.close()
        self.listening.clear()

    def _audit_since(self, con: sqlite3.Connection, last: int, *, ours: bool) -> tuple[Change, int]:
        """What the commits since the audit event `last` changed, and the newest event's id.
        `ours`: this Desk committed meanwhile (a commit without an event is then taken for ours)."""
        rows = con.execute("SELECT id, client_id, action FROM audit_event WHERE id > ? ORDER BY id LIMIT ?",
                           (last, MAX_IDS + 1)).fetchall()
        if not rows:
            newest = con.execute("SELECT coalesce(max(id), 0) FROM audit_event").fetchone()[0]
            if newest < last:  # the file was replaced (a restore): ids start again
                return EVERYTHING, newest
            # A commit without an event (an outbox delivery, a lifecycle step): nothing names what.
            return (Change() if ours else EVERYTHING), last
        if len(rows) > MAX_IDS:
            return EVERYTHING, con.execute("SELECT max(id) FROM audit_event").fetchone()[0]
        own = set(list(self.own.events))  # list(): one step under the GIL, while writers append
        return of_events((r[1], r[2]) for r in rows if r[0] not in own), rows[-1][0]
