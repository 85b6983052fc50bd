"""The facade's opening thread gives way to the user (ui/desk_opening.py, ui/workers.py):
its imports wait while a keystroke's search is answered, and long jobs take short GIL
turns. Real threads, real imports of modules written for the test."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest

from ui.desk_opening import DeskOpening, ImportGate
from ui.workers import short_gil_turns


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
    gate = ImportGate()
    gate.user_waiting()
    started = time.monotonic()
    thread, done = _import_on_a_thread(gate, fresh_modules(1))
    time.sleep(0.1)
    assert not done  # held while the keystroke's search is being answered
    gate.user_served()
    thread.join(5)
    assert done and done[0] - started >= 0.1
    assert gate not in sys.meta_path  # gone with the thread's block


def test_one_keystroke_holds_the_opening_only_so_long(fresh_modules):
    gate = ImportGate()
    gate.user_waiting()  # and its result never comes
    started = time.monotonic()
    thread, done = _import_on_a_thread(gate, fresh_modules(2))
    thread.join(5)
    assert done
    assert ImportGate.MAX_HOLD - 0.05 <= done[0] - started < ImportGate.MAX_HOLD + 1.0


def test_other_threads_import_past_the_gate(fresh_modules):
    gate = ImportGate()
    installed, release = threading.Event(), threading.Event()

    def opening() -> None:
        with gate.installed():
            installed.set()
            release.wait(5)

    thread = threading.Thread(target=opening)
    thread.start()
    try:
        assert installed.wait(5)
        gate.user_waiting()
        started = time.monotonic()
        __import__(fresh_modules(3))  # the window's own import: not held
        assert time.monotonic() - started < ImportGate.MAX_HOLD / 2
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
