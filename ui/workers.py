"""Work off the GUI thread.

`TaskRunner.run(fn, *args, on_result=..., on_error=...)` runs `fn` in a worker thread
and calls back on the GUI thread with its result or the exception it raised. `fn`
must never touch a widget; the callbacks may. Results arriving after the runner (or
its parent window) is gone are dropped.

`QueryService` runs the tables' new queries (first page, count, total) on one thread
of its own with its own `Listing` (one database connection per thread). Every request
carries a generation; a request superseded before it starts is skipped and a stale
result is never delivered, so typing fast never shows an older search. A search's rows
come before its count (`QueryRequest.rows_first`): the table changes as soon as they are
read, and the count, a second result, follows unless a newer search came first.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from app.listing import Listing, Query
from ui.table_models import PAGE_SIZE, Source

_turns_lock = threading.Lock()
_turns_users = 0
_turns_saved = 0.005


@contextmanager
def short_gil_turns(interval: float = 0.0001) -> Iterator[None]:
    """While a long Python job runs on a worker beside the window (the facade's import, a
    catch-up), the GIL changes hands every `interval` seconds instead of every 5 ms: a
    search answered meanwhile waits for it at every row it reads and at every step of its
    paint, so keystrokes would take hundreds of milliseconds (bench/startup_typing.py).
    Process-wide, so counted: the default comes back when the last such job ends."""
    global _turns_users, _turns_saved
    with _turns_lock:
        if _turns_users == 0:
            _turns_saved = sys.getswitchinterval()
            sys.setswitchinterval(interval)
        _turns_users += 1
    try:
        yield
    finally:
        with _turns_lock:
            _turns_users -= 1
            if _turns_users == 0:
                sys.setswitchinterval(_turns_saved)


class UserWaits:
    """Whether the user is waiting for the window: from a keystroke in the search field
    until its result is painted. Background work (the facade's imports, a catch-up's rows)
    holds at its pause points meanwhile, so that the window's work does not share the GIL
    with it; one keystroke holds it `MAX_HOLD` seconds at most, so a result that never
    comes cannot stall it. The GUI thread never holds.

    Thread rule: `user_waiting` and `user_served` on the GUI thread; `hold` from any.
    """

    MAX_HOLD = 0.25

    def __init__(self) -> None:
        self._calm = threading.Event()
        self._calm.set()
        self._since = 0.0

    def user_waiting(self) -> None:
        self._since = time.monotonic()
        self._calm.clear()

    def user_served(self) -> None:
        self._calm.set()

    def hold(self) -> None:
        if self._calm.is_set() or threading.current_thread() is threading.main_thread():
            return
        self._calm.wait(max(0.0, self._since + self.MAX_HOLD - time.monotonic()))


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """No cyclic garbage collection while a long job allocates beside the window (a
    catch-up's rows): a full collection there held the GIL 12 ms, in the middle of a
    keystroke's search (bench/startup_typing.py). Its rows are freed by reference counting
    as usual; the collector runs again after it, if it was on before."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


class _Outcomes(QObject):
    """The emitter of a runner's outcomes. Parentless and referenced by every job, so it
    outlives the runner: a job finishing after its window (and runner) were deleted emits
    into a live object whose connection is simply gone, never into a deleted one."""

    finished_call = Signal(int, object)  # call id, (ok, result or exception)


class _Job(QRunnable):
    def __init__(self, outcomes: _Outcomes, call_id: int, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self._outcomes = outcomes
        self._call_id = call_id
        self._fn = fn
        self._args = args

    def run(self) -> None:
        try:
            outcome = (True, self._fn(*self._args))
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            outcome = (False, exc)
        self._outcomes.finished_call.emit(self._call_id, outcome)


class TaskRunner(QObject):
    """Runs operations on its own small thread pool; see the module docstring.

    Outcomes travel through one emitter per runner (queued to the GUI thread) rather than
    through an object per call: a per-call object deleted on the GUI thread while the
    worker was still inside its emit() crashed the process. The emitter is not a child of
    the runner, so a worker finishing after the runner was deleted never emits into a
    deleted object ("Signal source has been deleted"); its outcome is dropped.
    """

    def __init__(self, parent: QObject | None = None, *, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._callbacks: dict[int, tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None]] = {}
        self._next_id = 0
        self._outcomes = _Outcomes()
        self.finished_call = self._outcomes.finished_call
        self._outcomes.finished_call.connect(self._deliver)

    def run(self, fn: Callable[..., Any], *args: Any, on_result: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        self._next_id += 1
        self._callbacks[self._next_id] = (on_result, on_error)
        self._pool.start(_Job(self._outcomes, self._next_id, fn, args))

    @Slot(int, object)
    def _deliver(self, call_id: int, outcome: tuple[bool, Any]) -> None:
        callbacks = self._callbacks.pop(call_id, None)
        if callbacks is None:
            return
        on_result, on_error = callbacks
        ok, value = outcome
        if ok:
            if on_result is not None:
                on_result(value)
        elif on_error is None:
            raise value
        else:
            on_error(value)

    def busy(self) -> bool:
        return bool(self._callbacks)

    def wait(self, msecs: int = -1) -> bool:
        """Waits for running operations (their callbacks still come through the event loop)."""
        return self._pool.waitForDone(msecs)


class ThreadProgress(QObject):
    """`app.progress.Progress` for a worker thread: `step` emits (queued to the GUI
    thread), `cancelled` reads a flag the Cancel button sets."""

    progressed = Signal(int, int)  # done, total (-1: unknown)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()

    def step(self, done: int, total: int | None) -> None:
        self.progressed.emit(done, -1 if total is None else total)

    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()


@dataclass(frozen=True)
class QueryRequest:
    key: str  # which table asks: one generation counter per table
    generation: int
    source: Source
    query: Query
    with_total: bool = False
    with_pending: bool = False
    # The first page delivered before the count is known, the count in a second result. Not
    # for a refresh that restores the scroll position: that needs the count first.
    rows_first: bool = False


@dataclass(frozen=True)
class QueryResult:
    """A request's first page and, unless `counted` is False, its count; then a second
    result of the same generation with `first_page` None brings the count (and the totals)."""

    key: str
    generation: int
    query: Query
    count: int  # the rows found; while `counted` is False, the first page's length
    first_page: list[tuple[Any, ...]] | None  # None: this result only brings the count
    total: int | None
    pending_requests: int | None
    seconds: float
    counted: bool = True

    @property
    def count_only(self) -> bool:
        return self.first_page is None


class _QueryWorker(QObject):
    finished = Signal(object)
    failed = Signal(object, object)

    def __init__(self, url: str, latest: dict[str, int]) -> None:
        super().__init__()
        self._url = url
        self._latest = latest
        self._listing: Listing | None = None

    @Slot(object)
    def run(self, request: QueryRequest) -> None:
        if self._latest.get(request.key) != request.generation:
            return  # superseded while it waited: typing went on
        started = time.perf_counter()
        try:
            if self._listing is None:
                self._listing = Listing.open(self._url)
            source, listing, query = request.source, self._listing, request.query
            if request.rows_first:
                first = source.page(listing, query, 0, PAGE_SIZE)
                if len(first) == PAGE_SIZE:  # more may follow: the rows now, the count next
                    self.finished.emit(QueryResult(request.key, request.generation, query, len(first), first,
                                                   None, None, time.perf_counter() - started, counted=False))
                    if self._latest.get(request.key) != request.generation:
                        return  # a newer search is waiting: its rows before this count
                    count, first = source.count(listing, query), None
                else:  # a short first page is every row found
                    count = len(first)
            else:
                count = source.count(listing, query)
                first = source.page(listing, query, 0, PAGE_SIZE) if count else []
            total = None
            if request.with_total:
                total = source.total(listing) if query.filtered() else count
            pending = listing.count_requests("pending") if request.with_pending else None
        except Exception as exc:  # noqa: BLE001 - reported to the window
            self.close()  # a connection the server ended is not reused: the next query opens a new one
            self.failed.emit(request, exc)
            return
        self.finished.emit(QueryResult(request.key, request.generation, query, count, first, total,
                                       pending, time.perf_counter() - started))

    def close(self) -> None:
        if self._listing is not None:
            self._listing.close()
            self._listing = None


class QueryService(QObject):
    """One query thread for the window's tables; `submit` returns the generation."""

    result = Signal(object)  # QueryResult, only the latest of its table
    error = Signal(object, object)  # QueryRequest, exception
    _submit = Signal(object)

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest: dict[str, int] = {}
        self._generation = 0
        self._thread = QThread(self)
        self._thread.setObjectName("queryThread")
        self._worker = _QueryWorker(url, self._latest)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.finished.connect(self._deliver)
        self._worker.failed.connect(self._fail)
        self._thread.start()

    def submit(self, key: str, source: Source, query: Query, *, with_total: bool = False,
               with_pending: bool = False, rows_first: bool = False) -> int:
        self._generation += 1
        self._latest[key] = self._generation
        self._submit.emit(QueryRequest(key, self._generation, source, query, with_total, with_pending, rows_first))
        return self._generation

    def is_current(self, key: str, generation: int) -> bool:
        return self._latest.get(key) == generation

    @Slot(object)
    def _deliver(self, result: QueryResult) -> None:
        if self.is_current(result.key, result.generation):
            self.result.emit(result)

    @Slot(object, object)
    def _fail(self, request: QueryRequest, exc: BaseException) -> None:
        if self.is_current(request.key, request.generation):
            self.error.emit(request, exc)

    def stop(self) -> None:
        """Ends the query thread and closes its connection (idempotent)."""
        if self._thread.isRunning():
            self._latest.clear()
            self._thread.quit()
            self._thread.wait()
            self._worker.close()
