"""The worker helper: the operation runs off the GUI thread, its result or error comes
back on the GUI thread."""

from __future__ import annotations

import threading

from ui.workers import TaskRunner


def test_result_comes_back_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    seen: dict[str, object] = {}

    def work(x: int) -> int:
        seen["worker"] = threading.current_thread()
        return x * 2

    def done(value: int) -> None:
        seen["value"], seen["callback"] = value, threading.current_thread()

    runner.run(work, 21, on_result=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()
    assert not runner.busy()
    assert runner.wait(5000)


def test_an_error_is_handed_to_on_error_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    errors: list[tuple[BaseException, threading.Thread]] = []

    def fail() -> None:
        raise ValueError("no such client")

    runner.run(fail, on_result=lambda _r: None, on_error=lambda e: errors.append((e, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    exc, thread = errors[0]
    assert isinstance(exc, ValueError) and str(exc) == "no such client"
    assert thread is threading.main_thread()


def test_callbacks_may_emit_signals_a_test_waits_for(qtbot):
    """A callback that emits a signal someone waits on (a nested event loop) is safe:
    no per-call object is deleted under a worker still emitting."""
    from PySide6.QtCore import QObject, Signal

    from ui.workers import TaskRunner

    class Notifier(QObject):
        done = Signal(object)

    runner = TaskRunner()
    notifier = Notifier()
    for n in range(100):
        with qtbot.waitSignal(notifier.done, timeout=5000) as blocker:
            runner.run(lambda n=n: n * 2, on_result=notifier.done.emit)
        assert blocker.args == [n * 2]
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    runner.wait()


def test_a_worker_finishing_after_its_runner_was_deleted_emits_nothing_into_it():
    """At exit with --screenshot on a large database a worker finished after its window was
    gone and printed "RuntimeError: Signal source has been deleted"."""
    import subprocess
    import sys

    probe = "\n".join([
        "import time",
        "import shiboken6",
        "from PySide6.QtCore import QCoreApplication, QObject",
        "from ui.workers import TaskRunner",
        "app = QCoreApplication([])",
        "owner = QObject()",
        "runner = TaskRunner(owner)",
        "runner.run(lambda: time.sleep(0.3) or 1, on_result=print)",
        "time.sleep(0.05)",
        "shiboken6.delete(owner)",
        "time.sleep(0.5)",
        "app.processEvents()",
        "print('finished')",
    ])
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0
    assert "finished" in done.stdout
    assert "Signal source has been deleted" not in done.stderr
    assert "Error" not in done.stderr, done.stderr


def _run_query(db_url: str, request, *, on_first=None) -> list:
    """Runs `request` on a query worker, on this thread; the results it emitted, in order.
    `on_first(latest)` is called when the first result comes out (a newer search typed then)."""
    from ui.workers import _QueryWorker

    latest = {request.key: request.generation}
    worker = _QueryWorker(db_url, latest)
    results: list = []

    def collect(result) -> None:
        results.append(result)
        if on_first is not None and len(results) == 1:
            on_first(latest)

    worker.finished.connect(collect)  # same thread: called during emit
    worker.failed.connect(lambda _request, exc: results.append(exc))
    try:
        worker.run(request)
    finally:
        worker.close()
    return results


def test_a_search_shows_its_rows_first_then_its_count(monkeypatch, db_url, world):
    """More rows than a page: the first page comes out before the count (the table changes
    at once), then a second result of the same generation brings the count and the totals."""
    import ui.workers as workers
    from app.listing import Query
    from ui.table_models import CLIENTS
    from ui.workers import QueryRequest

    monkeypatch.setattr(workers, "PAGE_SIZE", 2)
    query = Query(search="example", sort=CLIENTS.default_sort)  # Acme, Globex, Hooli
    rows, count = _run_query(db_url, QueryRequest("clients", 1, CLIENTS, query, with_total=True, rows_first=True))
    assert not rows.counted and rows.count == 2 and [r[2] for r in rows.first_page] == ["Acme", "Globex"]
    assert rows.total is None
    assert count.count_only and count.counted and count.generation == 1
    assert count.count == 3 and count.total == 4


def test_a_short_first_page_is_the_whole_result_with_no_count_read(monkeypatch, db_url, world):
    import ui.workers as workers
    from app.listing import Listing, Query
    from ui.table_models import CLIENTS
    from ui.workers import QueryRequest

    monkeypatch.setattr(workers, "PAGE_SIZE", 5)
    counted: list[Query] = []
    monkeypatch.setattr(Listing, "count_clients", lambda self, query: counted.append(query) or 0)
    query = Query(search="example", sort=CLIENTS.default_sort)
    (result,) = _run_query(db_url, QueryRequest("clients", 1, CLIENTS, query, rows_first=True))
    assert result.counted and result.count == 3 and len(result.first_page) == 3
    assert counted == []  # three rows under a page of five are all there is


def test_a_search_typed_over_leaves_the_count_of_the_older_one_unread(monkeypatch, db_url, world):
    import ui.workers as workers
    from app.listing import Query
    from ui.table_models import CLIENTS
    from ui.workers import QueryRequest

    monkeypatch.setattr(workers, "PAGE_SIZE", 2)

    def typed_on(latest: dict) -> None:
        latest["clients"] = 2

    results = _run_query(db_url, QueryRequest("clients", 1, CLIENTS, Query(search="example"), rows_first=True),
                         on_first=typed_on)
    assert len(results) == 1 and not results[0].counted


def test_a_refresh_keeping_the_scroll_position_counts_before_its_rows(monkeypatch, db_url, world):
    """The scroll position is restored against every row: such a request is answered once,
    count and first page together."""
    import ui.workers as workers
    from app.listing import Query
    from ui.table_models import CLIENTS
    from ui.workers import QueryRequest

    monkeypatch.setattr(workers, "PAGE_SIZE", 2)
    (result,) = _run_query(db_url, QueryRequest("clients", 1, CLIENTS, Query(), with_total=True))
    assert result.counted and result.count == 4 and len(result.first_page) == 2 and result.total == 4
