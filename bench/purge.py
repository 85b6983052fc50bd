"""The purge on the large demo database: 10 clients due on one day, purged by one
lifecycle run (each in its own transactions, the search index optimized and the WAL
truncated after each), on a copy; the demo itself is left as built.

    .venv/bin/python bench/purge.py        (BENCH_CLIENTS=20000 for a smaller demo)
"""

from __future__ import annotations

import shutil
import sys
import time

from common import OUT, ROOT, TODAY, bench_db

sys.path.insert(0, str(ROOT))
PURGED = 10


def main() -> None:
    from sqlalchemy import select

    from app import models as m
    from app.desk import Desk

    path, _ = bench_db()
    copy = OUT / "purge-copy.sqlite3"
    shutil.copyfile(path, copy)
    desk = Desk.open(f"sqlite:///{copy}", today=TODAY)
    try:
        desk.run_lifecycle(TODAY)  # the demo's own day first
        # Scheduled directly (the checks of deactivate are not what is measured here).
        with desk._uow() as uow:
            step = max(uow.session.scalar(select(m.Client.id).order_by(m.Client.id.desc()).limit(1)) // PURGED, 1)
            ids = [n * step + 1 for n in range(PURGED)]
            for client_id in ids:
                client = uow.session.get(m.Client, client_id)
                client.status = "deactivating"
                uow.session.add(m.Deactivation(client_id=client_id, requested=TODAY, reason="bench", backup="skipped",
                                               approved_by="bench@desk.test", purge_on=TODAY))
            uow.commit()
        rows = sum(sum(desk.deletion_counts(i).values()) for i in ids)
        started = time.perf_counter()
        counts = desk.run_lifecycle(TODAY)
        elapsed = time.perf_counter() - started
    finally:
        desk.close()
        for leftover in OUT.glob("purge-copy.sqlite3*"):
            leftover.unlink()
    print(f"purge of {counts.get('clients_purged', 0)} clients ({rows:,} counted rows) in a "
          f"{path.name} database: {elapsed:.2f} s, {elapsed / PURGED * 1000:.0f} ms per client")


if __name__ == "__main__":
    main()
