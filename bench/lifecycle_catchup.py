"""Lifecycle catch-up on the large demo database: one run bringing it 1 day, then 31
days forward (on a copy; the demo itself is left as built).

    .venv/bin/python bench/lifecycle_catchup.py
"""

from __future__ import annotations

import shutil
import sys
import time
from datetime import timedelta

from common import OUT, ROOT, TODAY, bench_db

sys.path.insert(0, str(ROOT))


def main() -> None:
    from app.desk import Desk

    path, _ = bench_db()
    for days in (1, 31):
        copy = OUT / "lifecycle-copy.sqlite3"
        shutil.copyfile(path, copy)
        desk = Desk.open(f"sqlite:///{copy}", today=TODAY)
        try:
            desk.run_lifecycle(TODAY)  # the demo's own day first (card reminders it leaves)
            started = time.perf_counter()
            counts = desk.run_lifecycle(TODAY + timedelta(days=days))
            elapsed = time.perf_counter() - started
        finally:
            desk.close()
            for leftover in OUT.glob("lifecycle-copy.sqlite3*"):
                leftover.unlink()
        issued = counts.get("invoices_issued", 0)
        print(f"lifecycle catch-up of {days} day(s): {elapsed:.2f} s, {issued:,} invoices issued "
              f"({issued / elapsed if elapsed else 0:,.0f}/s), {counts.get('subscriptions_expired', 0):,} expired")


if __name__ == "__main__":
    main()
