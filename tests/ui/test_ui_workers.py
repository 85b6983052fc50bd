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
