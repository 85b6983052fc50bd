"""Live refresh latency: from one Desk's commit to another Desk's listener hearing it.

    python -m bench.live_latency sqlite:///tmp/x.sqlite3      (a new file is made)
    python -m bench.live_latency postgresql+psycopg://postgres@127.0.0.1/benchdb  (its schema is used as is)

Adds N notes through one Desk and times until the other's listener names the client;
prints the median and the worst, in milliseconds. The window adds its 200 ms debounce and
the worker's re-read to this.
"""

from __future__ import annotations

import statistics
import sys
import threading
import time
from datetime import date

from app.desk import Desk

N = 30


def main(url: str) -> None:
    with Desk.open(url, today=date(2026, 11, 22)) as writer, Desk.open(url, today=date(2026, 11, 22)) as reader:
        client = writer.add_client("Latency")
        heard = threading.Event()
        listener = reader.listen(lambda change: heard.set() if change.touches_client(client) else None)
        try:
            if not listener.listening.wait(10):
                raise SystemExit("the listener did not start")
            times = []
            for n in range(N):
                heard.clear()
                started = time.perf_counter()
                writer.add_note(client, f"note {n}")
                if not heard.wait(5):
                    raise SystemExit(f"change {n} not heard within 5 s")
                times.append((time.perf_counter() - started) * 1000)
        finally:
            listener.stop()
    print(f"{writer.dialect}: {N} changes heard, median {statistics.median(times):.0f} ms, "
          f"worst {max(times):.0f} ms (commit included)")


if __name__ == "__main__":
    main(sys.argv[1])
