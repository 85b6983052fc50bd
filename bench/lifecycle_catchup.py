"""Lifecycle catch-up on the large demo database: one run bringing it 1, 31 and 365 days
forward, each on a fresh copy (the demo itself is left as built), beside the lifecycle as
it was before the set-wise catch-up (bench/lifecycle_baseline.py) measured in the same run.

    .venv/bin/python bench/lifecycle_catchup.py
    BENCH_DAYS="1 31 365" BENCH_BASELINE_DAYS="1 31" .venv/bin/python bench/lifecycle_catchup.py
    BENCH_PG=postgresql+psycopg://postgres@127.0.0.1:5432/db BENCH_CLIENTS=20000 .venv/bin/python \
        bench/lifecycle_catchup.py    # PostgreSQL: the demo is rebuilt in that database before each run

For each run: wall-clock and CPU time of the process (the machine is shared: wall time
counts the waits for a core, CPU time does not), invoices issued, the longest write
transaction (what a window on the same file may wait), and the peak resident memory
during the run. Target (issue 13): 365 days in <= 30 s, memory flat.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from common import CLIENTS, OUT, ROOT, TODAY, bench_db, empty_postgres, memory_mb

sys.path.insert(0, str(ROOT))
PG = os.environ.get("BENCH_PG")
DAYS = [int(d) for d in os.environ.get("BENCH_DAYS", "1 31 365").split()]
BASELINE_DAYS = [int(d) for d in os.environ.get("BENCH_BASELINE_DAYS", "1 31").split()]


def _reset_peak() -> None:
    # Linux: writing 5 to clear_refs resets the peak resident set (VmHWM) to the current one.
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass


def _fresh_url() -> str:
    if PG:
        from app.demo import build_demo
        from app.desk import Desk

        empty_postgres(PG)  # the database named in BENCH_PG is emptied
        desk = Desk.open(PG, today=TODAY)
        try:
            build_demo(desk.engine, clients=CLIENTS, seed=1, today=TODAY)
        finally:
            desk.close()
        return PG
    path, _ = bench_db()
    copy = OUT / "lifecycle-copy.sqlite3"
    shutil.copyfile(path, copy)
    os.sync()  # the copy's writeback is not measured with the catch-up
    return f"sqlite:///{copy}"


def _cleanup() -> None:
    for leftover in OUT.glob("lifecycle-copy.sqlite3*"):
        leftover.unlink()


def measure(days: int, run: Callable[[Any, Any], dict[str, int]]) -> dict[str, Any]:
    from app.desk import Desk

    url = _fresh_url()
    desk = Desk.open(url, today=TODAY)
    longest = [0.0]
    write = desk._write

    def timed_write(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return write(fn, *args, **kwargs)
        finally:
            longest[0] = max(longest[0], time.perf_counter() - started)

    try:
        desk.run_lifecycle(TODAY)  # the demo's own day first (card reminders it leaves)
        desk._write = timed_write  # type: ignore[method-assign]
        _reset_peak()
        rss_before = memory_mb("VmRSS")
        wall, cpu = time.perf_counter(), time.process_time()
        counts = run(desk, TODAY + timedelta(days=days))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        return {"wall": wall, "cpu": cpu, "counts": counts, "longest": longest[0], "rss_before": rss_before,
                "peak": memory_mb("VmHWM")}
    finally:
        desk.close()
        _cleanup()


def _line(label: str, r: dict[str, Any]) -> str:
    issued = r["counts"].get("invoices_issued", 0)
    return (f"{label} {r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU, {issued:,} invoices "
            f"({issued / r['wall'] if r['wall'] else 0:,.0f}/s), longest transaction {r['longest']:.2f} s, "
            f"peak RSS {r['peak']:.0f} MB (from {r['rss_before']:.0f} MB)")


def main() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import lifecycle_baseline

    where = f"PostgreSQL demo of {CLIENTS:,} clients" if PG else f"SQLite demo of {CLIENTS:,} clients"
    print(f"lifecycle catch-up on the {where} (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    for days in DAYS:
        new = measure(days, lambda desk, until: desk.run_lifecycle(until))
        print(_line(f"  {days:>3} day(s), set-wise:", new), flush=True)
        if days in BASELINE_DAYS:
            old = measure(days, lifecycle_baseline.run_lifecycle)
            print(_line(f"  {days:>3} day(s), baseline:", old), flush=True)
            same = "same counts" if old["counts"] == new["counts"] else f"COUNTS DIFFER {old['counts']}"
            print(f"      {old['wall'] / new['wall']:.1f}x faster wall, {old['cpu'] / new['cpu']:.1f}x CPU; {same}")
        print(f"      counts: {new['counts']}", flush=True)


if __name__ == "__main__":
    main()
