"""Demo build time: 100,000 clients with ~3 subscriptions each, into a fresh file.

    .venv/bin/python bench/demo_build.py
"""

from __future__ import annotations

from common import CLIENTS, OUT, bench_db


def main() -> None:
    for leftover in OUT.glob(f"demo-{CLIENTS}.sqlite3*"):
        leftover.unlink()
    path, elapsed = bench_db()
    size = path.stat().st_size / 1e6
    print(f"demo build: {CLIENTS:,} clients in {elapsed:.1f} s ({CLIENTS / elapsed:,.0f} clients/s), {size:,.0f} MB")


if __name__ == "__main__":
    main()
