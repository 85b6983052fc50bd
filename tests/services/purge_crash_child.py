"""Run by test_purge_crash.py in a subprocess: the lifecycle on the purge day, killed with
SIGKILL at a named point of the purge (argv: database URL, ISO day, point)."""

from __future__ import annotations

import os
import signal
import sys
from datetime import date

from app.desk import Desk
from app.services import purge


def main() -> None:
    url, day, point = sys.argv[1], date.fromisoformat(sys.argv[2]), sys.argv[3]

    def reached(name: str) -> None:
        if name == point:
            os.kill(os.getpid(), signal.SIGKILL)

    purge._reached = reached
    desk = Desk.open(url, today=day)
    desk.run_lifecycle()
    print("not killed")


if __name__ == "__main__":
    main()
