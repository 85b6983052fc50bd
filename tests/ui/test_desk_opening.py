"""Background work gives way to the user (ui/desk_opening.py, ui/workers.py, app/progress.py):
the facade's imports and a catch-up's rows hold while a keystroke's search is answered, and
long jobs take short GIL turns. Real threads, real imports of modules written for the test,
a real catch-up."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest

from ui.desk_opening import DeskOpening, ImportGate
from ui.workers import UserWaits, short_gil_turns


@pytest.fixture
def fresh_modules(tmp_path: Path):
    """Makes `gate_probe_<n>` importable (each once) from a temporary folder."""
    sys.path.insert(0, str(tmp_path))

    def make(n: int) -> str:
        name = f"gate_probe_{n}_{time.monotonic_ns()}"
        (tmp_path / f"{name}.py").write_text("VALUE = 42\n")
        return name

    yield make
    sys.path.remove(str(tmp_path))


def _import_on_a_thread(gate: ImportGate, name: str) -> tuple[threading.Thread, list[float]]:
    done: list[float] = []

    def run() -> None:
        with gate.installed():
            __import__(name)
        done.append(time.monotonic())

    thread = threading.Thread(target=run)
    thread.start()
    return thread, done


def test_the_opening_imports_wait_while_the_user_waits(fresh_modules):
    gate = ImportGate(UserWaits())
    gate.waits.user_waiting()
    started = time.monotonic()
    thread, done = _import_on_a_thread(gate, fresh_modules(1))
    time.sleep(0.1)
    assert not done  # held while the keystroke's search is being answered
    gate.waits.user_served()
    thread.join(5)
    assert done and done[0] - started >= 0.1
    assert gate not in sys.meta_path  # gone with the thread's block


def test_one_keystroke_holds_the_opening_only_so_long(fresh_modules):
    gate = ImportGate(UserWaits())
    gate.waits.user_waiting()  # and its result never comes
    started = time.monotonic()
    thread, done = _import_on_a_thread(gate, fresh_modules(2))
    thread.join(5)
    assert done
    assert UserWaits.MAX_HOLD - 0.05 <= done[0] - started < UserWaits.MAX_HOLD + 1.0


def test_other_threads_import_past_the_gate(fresh_modules):
    gate = ImportGate(UserWaits())
    installed, release = threading.Event(), threading.Event()

    def opening() -> None:
        with gate.installed():
            installed.set()
            release.wait(5)

    thread = threading.Thread(target=opening)
    thread.start()
    try:
        assert installed.wait(5)
        gate.waits.user_waiting()
        started = time.monotonic()
        __import__(fresh_modules(3))  # the window's own import: not held
        assert time.monotonic() - started < UserWaits.MAX_HOLD / 2
    finally:
        release.set()
        thread.join(5)


def test_the_opening_delivers_its_outcome_and_its_error(qtbot):
    opened = DeskOpening(lambda: "the desk")
    got: list[object] = []
    opened.when_done(got.append, got.append)
    qtbot.waitUntil(lambda: got == ["the desk"], timeout=5000)
    assert opened.wait() == "the desk"

    failing = DeskOpening(lambda: 1 / 0)
    errors: list[BaseException] = []
    failing.when_done(lambda _desk: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)
    assert failing.wait() is None


def test_short_gil_turns_nest_and_give_back_the_interval():
    before = sys.getswitchinterval()
    with short_gil_turns(0.0002):
        assert sys.getswitchinterval() == pytest.approx(0.0002)
        with short_gil_turns(0.0002):
            pass
        assert sys.getswitchinterval() == pytest.approx(0.0002)  # the outer job still runs
    assert sys.getswitchinterval() == pytest.approx(before)


def test_the_gui_thread_never_holds():
    waits = UserWaits()
    waits.user_waiting()
    started = time.monotonic()
    waits.hold()  # this test runs on the main thread, the GUI's
    assert time.monotonic() - started < 0.05


def test_a_catch_up_holds_at_its_pause_points_while_the_user_waits(open_desk, tmp_path):
    """The catch-up's rows pass `app.progress.pause_point`; with the window's hook set, a
    catch-up on a worker thread stops there while a search is being answered."""
    from datetime import date, timedelta
    from decimal import Decimal

    from app.progress import set_pause_hook

    desk = open_desk(date(2026, 1, 5))
    for n in range(3):
        desk.add_subscription(desk.add_client(f"Client {n}"), "Team", Decimal("10"), start=date(2026, 1, 5))
    waits = UserWaits()
    holds: list[float] = []

    def hook() -> None:
        started = time.monotonic()
        waits.hold()
        holds.append(time.monotonic() - started)

    set_pause_hook(hook)
    try:
        waits.user_waiting()
        done: list[dict[str, int]] = []
        worker = threading.Thread(target=lambda: done.append(desk.run_lifecycle(date(2026, 1, 5) + timedelta(days=70))))
        worker.start()
        time.sleep(0.1)
        assert not done  # held at the first row
        waits.user_served()
        worker.join(30)
        assert done and done[0]["invoices_issued"] == 6  # two months for each of the three
        assert holds and max(holds) >= 0.03  # it waited there until the search was served
    finally:
        set_pause_hook(None)
