"""Start-up: process start to the main window painted with the first page of clients, and
to ready to act (the facade open and the first client's details shown), beside a bare
PySide6 window with a 200-row table measured in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py
Targets: first paint within 2.5x the bare window (issue 2); ready to act within 4x (issue 13).
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
    bare, paint, ready = [], [], []
    for _ in range(RUNS):
        bare.append(timeline(bare_cmd, env, ("first paint",))["first paint"])
        events = timeline(app_cmd, env, app_events)
        paint.append(events["first paint"])
        ready.append(events["ready"])
    bare_s, paint_s, ready_s = median(bare), median(paint), median(ready)
    print(f"start-up on {path.name}, median of {RUNS} (load average {os.getloadavg()[0]:.1f}): "
          f"bare window {bare_s * 1000:.0f} ms; first page painted {paint_s * 1000:.0f} ms "
          f"(ratio {paint_s / bare_s:.2f}, target <= 2.5); ready to act {ready_s * 1000:.0f} ms "
          f"(ratio {ready_s / bare_s:.2f}, target <= 4)")
    print("  runs (bare / first paint / ready, ms): " + ", ".join(
        f"{b * 1000:.0f}/{p * 1000:.0f}/{r * 1000:.0f}" for b, p, r in zip(bare, paint, ready, strict=True)))


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
