"""Import rows per second (issue 14): a full export of a demo database imported into an
empty one (dry run, real import, re-import of the same file), and a 20,000-row foreign
CSV through the mapping.

    .venv/bin/python bench/import.py            # BENCH_IMPORT_CLIENTS=2000 by default

Rows are every row of the sheets the import reads (staff, clients, contacts, cards,
subscriptions, activities, invoices, payments, requests).

On this busy 2-core machine (2026-11-30, 1,000 demo clients, a 1.5 MB full export):

    template import, dry run (preview): 50,897 rows in 36.3 s = 1,401 rows/s
    template import into an empty database: 50,897 rows in 36.4 s = 1,397 rows/s
    the same file again (everything matches): 50,897 rows in 10.2 s = 4,989 rows/s
    foreign CSV, dry run: 20,000 rows in 0.4 s = 48,903 rows/s
    foreign CSV import (client + owner contact): 20,000 rows in 16.2 s = 1,234 rows/s
    foreign CSV again (all match): 20,000 rows in 4.8 s = 4,197 rows/s
    peak memory (ru_maxrss, whole process, demo build and export included): 279 MB
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, TODAY

sys.path.insert(0, str(ROOT))
CLIENTS = int(os.environ.get("BENCH_IMPORT_CLIENTS", "2000"))
FOREIGN_ROWS = 20_000


def _timed(label: str, rows: int, fn):
    started = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - started
    print(f"{label}: {rows:,} rows in {elapsed:.1f} s = {rows / elapsed:,.0f} rows/s")
    return result


def main() -> None:
    from app.demo import build_demo
    from app.desk import Desk

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = Desk.open(f"sqlite:///{folder / 'source.sqlite3'}", today=TODAY)
        build_demo(source.engine, clients=CLIENTS, seed=1, today=TODAY)
        workbook = folder / "full.xlsx"
        exported = source.export_xlsx(workbook)
        source.close()
        target = Desk.open(f"sqlite:///{folder / 'target.sqlite3'}", today=TODAY)
        preview = target.import_xlsx(workbook, dry_run=True)
        rows = sum(preview.values())
        print(f"full export of {CLIENTS:,} demo clients: {sum(exported.values()):,} rows, "
              f"{workbook.stat().st_size / 1e6:.1f} MB; the import reads {rows:,} of them")
        _timed("template import, dry run (preview)", rows, lambda: target.import_xlsx(workbook, dry_run=True))
        _timed("template import into an empty database", rows, lambda: target.import_xlsx(workbook))
        _timed("the same file again (everything matches)", rows, lambda: target.import_xlsx(workbook))
        target.close()

        csv_path = folder / "foreign.csv"
        with csv_path.open("w", encoding="cp1252", newline="") as handle:
            handle.write("Société;ID client;Courriel;Prénom;Nom;Pays;Ville;Client depuis;Actif\n")
            for n in range(FOREIGN_ROWS):
                handle.write(f"Société {n};FR-{n:06d};contact{n}@exemple.fr;Marie;Dupont;France;Lyon;"
                             f"{n % 28 + 1:02d}/{n % 12 + 1:02d}/2021;{'oui' if n % 5 else 'non'}\n")
        foreign = Desk.open(f"sqlite:///{folder / 'foreign.sqlite3'}", today=TODAY)
        _timed("foreign CSV, dry run", FOREIGN_ROWS, lambda: foreign.import_foreign(csv_path, dry_run=True))
        _timed("foreign CSV import (client + owner contact)", FOREIGN_ROWS, lambda: foreign.import_foreign(csv_path))
        _timed("foreign CSV again (all match)", FOREIGN_ROWS, lambda: foreign.import_foreign(csv_path))
        foreign.close()
    print(f"peak memory (ru_maxrss, whole process): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


if __name__ == "__main__":
    main()
