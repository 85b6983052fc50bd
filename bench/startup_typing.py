"""Typing during start-up (issue 13): keystrokes typed into the search field as soon as
the first page shows, while the facade opens and the start-up lifecycle run catches up
a day, each timed from the keystroke to the table showing its result (the 25 ms debounce
included, as search.py), beside the bare window's first paint measured in the same run.

Each run is its own process started the way the user starts the window (`ui.app.run_gui`),
on a copy of the demo brought up one day further each run, so every start has a day of
catch-up to do (a Monday morning after a weekend is three).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup_typing.py
Target: worst keystroke to table during start-up <= 100 ms.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from datetime import date, timedelta

from common import OUT, ROOT, TODAY, bench_db, installed_env, median
from startup import timeline

RUNS = int(os.environ.get("BENCH_RUNS", "3"))
WORDS = ("dubois", "agence", "camille", "beijing", "martin", "ad-001", "lefevre", "bernard")
MAX_AFTER = 120  # the keystrokes typed during start-up are typed again after it (at most this many)


def child(url: str, today: str) -> None:
    """One start: types from the first paint until the lifecycle run is done, then AFTER more."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.cli import parser
    from ui import app as ui_app

    timed: list[dict[str, object]] = []
    pending_text: list[str] = []
    state = {"lifecycle_done": False, "after": 0}
    started = time.perf_counter()
    letters = iter([(word, n) for _ in range(20) for word in WORDS for n in range(1, len(word) + 1)])
    typed: list[tuple[str, int]] = []  # during start-up: typed again after it, for the comparison
    replay: list[tuple[str, int]] = []

    def begin(window: object) -> None:
        search = window.ui.search  # type: ignore[attr-defined]
        search.setFocus()
        pending: dict[str, object] = {}
        window.lifecycle_done.connect(lambda _outcome: state.update(lifecycle_done=True))  # type: ignore[attr-defined]

        def phase() -> str:
            if window.desk is None:  # type: ignore[attr-defined]
                return "facade opening"
            if not state["lifecycle_done"]:
                return "lifecycle running"
            return "after start-up"

        def next_key() -> None:
            if state["lifecycle_done"]:
                if not state["after"]:  # the same keystrokes again, start-up over
                    replay[:] = [(word, n) for word, n in typed if n == 1 or (word, n - 1) in typed][:MAX_AFTER]
                if state["after"] >= len(replay):
                    QApplication.instance().exit(0)
                    return
                word, n = replay[state["after"]]  # type: ignore[index]
            else:
                word, n = next(letters)
                typed.append((word, n))
            page = window.clients  # type: ignore[attr-defined]
            if page.requested.search == word[:n] and not page.busy():
                # The table shows this text already (a phase ended on the letter the next one
                # starts with): the window has nothing to answer, so no result will come to
                # time. Typed, not timed (it was once timed as 448-627 ms, waiting for an
                # unrelated refresh).
                if n == 1:
                    search.clear()
                QTest.keyClick(search, word[n - 1])
                if state["lifecycle_done"]:
                    state["after"] += 1
                QTimer.singleShot(0, next_key)
                return
            if n == 1:
                search.clear()
            pending.update(text=word[:n], phase=phase(), at=time.perf_counter())
            pending_text[:] = [word[:n]]
            QTest.keyClick(search, word[n - 1])

        def loaded(key: str) -> None:
            page = window.clients  # type: ignore[attr-defined]
            if key != "clients" or "at" not in pending or page.model.query.search != pending["text"]:
                return
            QApplication.processEvents()  # the repaint of the updated table
            elapsed = time.perf_counter() - float(pending.pop("at"))  # type: ignore[arg-type]
            timed.append({"text": pending["text"], "phase": pending["phase"], "ms": elapsed * 1000,
                          "since_start": time.perf_counter() - started})
            if pending["phase"] == "after start-up":
                state["after"] += 1
            QTimer.singleShot(0, next_key)

        window.table_loaded.connect(loaded)  # type: ignore[attr-defined]
        next_key()

    original = ui_app.Startup.after_first_paint

    def after_first_paint(self: ui_app.Startup) -> None:
        original(self)
        QTimer.singleShot(0, lambda: begin(self.window))

    ui_app.Startup.after_first_paint = after_first_paint  # type: ignore[method-assign]
    app = QApplication(sys.argv[:1])
    def give_up() -> None:
        print(f"gave up after {len(timed)} keystrokes; waiting for {pending_text}", file=sys.stderr)
        app.exit(3)

    QTimer.singleShot(180_000, give_up)
    code = ui_app.run_gui(parser().parse_args(["--db", url, "--today", today]))
    print(json.dumps({"code": code, "timed": timed}))


def main() -> None:
    path, _ = bench_db()
    copy = OUT / f"startup-typing-{path.name}"
    for leftover in OUT.glob(copy.name + "*"):
        leftover.unlink()
    shutil.copyfile(path, copy)
    env = installed_env(ACCOUNTDESK_STARTUP_TRACE="1")
    bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    timeline(bare_cmd, env, ("first paint",))
    bare, during, after, phases, slow = [], [], [], {}, []
    try:
        for run in range(1, RUNS + 1):
            bare.append(timeline(bare_cmd, env, ("first paint",))["first paint"])
            today: date = TODAY + timedelta(days=run)
            done = subprocess.run([sys.executable, __file__, "--child", f"sqlite:///{copy}", today.isoformat()],
                                  env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
            result = json.loads(done.stdout.strip().splitlines()[-1])
            if result["code"] != 0:
                raise RuntimeError(f"run {run} ended with {result['code']}: {done.stderr[-2000:]}")
            slow += result["timed"]
            for key in result["timed"]:
                (after if key["phase"] == "after start-up" else during).append(key["ms"])
                phases.setdefault(key["phase"], []).append(key["ms"])
    finally:
        for leftover in OUT.glob(copy.name + "*"):
            leftover.unlink()
    print(f"typing during start-up on {path.name}, {RUNS} starts each catching up a day (load average "
          f"{os.getloadavg()[0]:.1f}): keystroke to table median {median(during):.0f} ms, worst {max(during):.0f} ms "
          f"over {len(during)} keystrokes (target <= 100 ms); after start-up median {median(after):.0f} ms, "
          f"worst {max(after):.0f} ms; bare window first paint {median(bare) * 1000:.0f} ms")
    slowest = sorted(slow, key=lambda k: -k["ms"])[:6]
    print("  slowest: " + ", ".join(f"{k['text']!r} {k['ms']:.0f} ms ({k['phase']}, {k['since_start']:.1f} s)"
                                    for k in slowest))
    for phase, values in phases.items():
        print(f"  {phase}: {len(values)} keystrokes, median {median(values):.0f} ms, worst {max(values):.0f} ms")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3])
    else:
        os.chdir(ROOT)
        main()
