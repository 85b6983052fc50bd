"""Start-up: process start to the main window painted with the first page of clients,
beside a bare PySide6 window with a 200-row table measured in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py
Target (issue 2): the app within 2.5x the bare window.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

from common import ROOT, bench_db, median

RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def first_paint(cmd: list[str], env: dict[str, str]) -> float:
    started = time.time()
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        for line in proc.stderr:
            found = re.search(r"first paint at ([0-9.]+)", line)
            if found:
                return float(found.group(1)) - started
        raise RuntimeError(f"{cmd[1:]} never painted")
    finally:
        proc.kill()
        proc.wait()


def main() -> None:
    path, built = bench_db()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "ACCOUNTDESK_STARTUP_TRACE": "1"}
    app_cmd = [sys.executable, "-m", "ui.launcher", "--db", f"sqlite:///{path}"]
    bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    first_paint(app_cmd, env)  # warm the OS file cache for both
    first_paint(bare_cmd, env)
    app_times, bare_times = [], []
    for _ in range(RUNS):
        bare_times.append(first_paint(bare_cmd, env))
        app_times.append(first_paint(app_cmd, env))
    app_s, bare_s = median(app_times), median(bare_times)
    print(f"startup to first page ({path.name}): app {app_s * 1000:.0f} ms, bare window {bare_s * 1000:.0f} ms, "
          f"ratio {app_s / bare_s:.2f} (target <= 2.5), median of {RUNS}")


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
