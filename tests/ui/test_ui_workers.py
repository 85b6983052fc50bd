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
