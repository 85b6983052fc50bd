"""Demo build time: 100,000 clients with ~3 subscriptions each, into a fresh file, or
into the PostgreSQL database named in BENCH_PG (its public schema is emptied first).

    .venv/bin/python bench/demo_build.py
    BENCH_PG=postgresql+psycopg://postgres@127.0.0.1:5432/db .venv/bin/python bench/demo_build.py

On PostgreSQL it prints the wall-clock time and the CPU time of this process and of the
server's backend (the machine is shared: wall time counts the waits for a core).
"""

from __future__ import annotations

import os
import resource
import time

from common import CLIENTS, OUT, ROOT, TODAY, bench_db, empty_postgres

PG = os.environ.get("BENCH_PG")


def _backend_cpu(pid: int) -> float:
    """CPU seconds of a server process on this machine (/proc), 0 when it is elsewhere."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def on_postgres(url: str) -> None:
    import sys

    sys.path.insert(0, str(ROOT))
    from sqlalchemy import event

    from app.demo import build_demo
    from app.desk import Desk

    empty_postgres(url)
    desk = Desk.open(url, today=TODAY)
    backends: list[int] = []
    event.listen(desk.engine, "connect", lambda dbapi, _record: backends.append(dbapi.info.backend_pid))
    desk.engine.dispose()
    started, cpu = time.perf_counter(), time.process_time()
    try:
        counts = build_demo(desk.engine, clients=CLIENTS, seed=1, today=TODAY)
        elapsed, used = time.perf_counter() - started, time.process_time() - cpu
        server = sum(_backend_cpu(pid) for pid in backends)
    finally:
        desk.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"demo build on PostgreSQL: {CLIENTS:,} clients ({counts['invoice']:,} invoices) in {elapsed:.1f} s; "
          f"CPU {used:.1f} s here, {server:.1f} s in the server's backend; peak memory {peak:,.0f} MB")


def main() -> None:
    if PG:
        on_postgres(PG)
        return
    for leftover in OUT.glob(f"demo-{CLIENTS}.sqlite3*"):
        leftover.unlink()
    path, elapsed = bench_db()
    size = path.stat().st_size / 1e6
    print(f"demo build: {CLIENTS:,} clients in {elapsed:.1f} s ({CLIENTS / elapsed:,.0f} clients/s), {size:,.0f} MB")


if __name__ == "__main__":
    main()
