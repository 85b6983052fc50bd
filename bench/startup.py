"""Start-up: process start to the main window painted with the first page of clients, and
to ready to act (the facade open and the first client's details shown), beside a bare
PySide6 window with a 200-row table measured in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py
Targets: first paint within 2.5x the bare window (issue 2); ready to act within 4x (issue 13).
Also printed: the library floor, the bare window followed by importing SQLAlchemy's ORM and
mapping our models (bench/bare_window.py), which any facade on this stack pays before it can act.
The app runs with --today set to the day the demo was brought up to, so its start-up
lifecycle run finds nothing to do and the demo file is left as it was.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

from common import ROOT, TODAY, bench_db, installed_env, median

RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def timeline(cmd: list[str], env: dict[str, str], until: tuple[str, ...]) -> dict[str, float]:
    """Seconds from the process start to each traced event ("first paint at <wall clock>"),
    until every event of `until` was seen."""
    started = time.time()
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    events: dict[str, float] = {}
    try:
        for line in proc.stderr:  # type: ignore[union-attr]
            found = re.match(r"(.+?) at ([0-9.]+)", line)
            if found:
                events.setdefault(found.group(1), float(found.group(2)) - started)
            if all(event in events for event in until):
                return events
        raise RuntimeError(f"{cmd[1:]} ended before {until}: saw {sorted(events)}")
    finally:
        proc.kill()
        proc.wait()


def main() -> None:
    path, _built = bench_db()
    env = installed_env(ACCOUNTDESK_STARTUP_TRACE="1")
    app_cmd = [sys.executable, "-m", "ui.launcher", "--db", f"sqlite:///{path}", "--today", TODAY.isoformat()]
    bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    app_events = ("first paint", "ready")
    timeline(app_cmd, env, app_events)  # warm the OS file cache for both
    timeline(bare_cmd, env, ("first paint",))
    floor_env = {**env, "BARE_WINDOW_FLOOR": "1"}
    bare, paint, ready, floor = [], [], [], []
    for _ in range(RUNS):
        bare.append(timeline(bare_cmd, env, ("first paint",))["first paint"])
        events = timeline(app_cmd, env, app_events)
        paint.append(events["first paint"])
        ready.append(events["ready"])
        floor.append(timeline(bare_cmd, floor_env, ("library floor",))["library floor"])
    bare_s, paint_s, ready_s, floor_s = median(bare), median(paint), median(ready), median(floor)
    print(f"start-up on {path.name}, median of {RUNS} (load average {os.getloadavg()[0]:.1f}): "
          f"bare window {bare_s * 1000:.0f} ms; first page painted {paint_s * 1000:.0f} ms "
          f"(ratio {paint_s / bare_s:.2f}, target <= 2.5); ready to act {ready_s * 1000:.0f} ms "
          f"(ratio {ready_s / bare_s:.2f}, target <= 4)")
    print(f"  library floor (bare window, then SQLAlchemy's ORM imported and our models mapped): "
          f"{floor_s * 1000:.0f} ms (ratio {floor_s / bare_s:.2f}); the app's own part of ready to act: "
          f"{(ready_s - floor_s) * 1000:.0f} ms")
    print("  runs (bare / first paint / ready / floor, ms): " + ", ".join(
        f"{b * 1000:.0f}/{p * 1000:.0f}/{r * 1000:.0f}/{f * 1000:.0f}"
        for b, p, r, f in zip(bare, paint, ready, floor, strict=True)))


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
