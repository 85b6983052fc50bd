"""The child of a fault-injection trial (tests/faults/harness.py); not a test module.

    python child.py OPERATION DB_FILE PARAMS_JSON POINT FSIZE

Opens the database, prints "ready", runs the operation with the harness's fixed clock.
POINT > 0: kills itself with SIGKILL just before its POINT-th SQL statement or commit.
FSIZE > 0: the largest file it may write (RLIMIT_FSIZE), as on a full disk; a refusal
is printed and the exit status is 3. At the end it prints a JSON line: how many points
(statements and commits) the operation went through and how long it took.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time

import harness
from sqlalchemy import event

from app.desk import Desk
from app.errors import DeskError


def main() -> int:
    op_name, db, params_json, point_text, fsize_text = sys.argv[1:6]
    op, params, point, fsize = harness.OPERATIONS[op_name], json.loads(params_json), int(point_text), int(fsize_text)
    desk = Desk.open(f"sqlite:///{db}", today=harness.START)
    desk.now = lambda: harness.NOW
    desk.session().close()  # the connection (and WAL index) exist before any limit
    points = 0

    def reached(*_args: object) -> None:
        nonlocal points
        points += 1
        if points == point:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(desk.engine, "before_cursor_execute", reached)
    event.listen(desk.engine, "commit", reached)
    if fsize:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    print("ready", flush=True)
    started = time.perf_counter()
    status = 0
    refusal = None
    try:
        op.run(desk, params)
    except DeskError as exc:
        refusal, status = str(exc), 3
    if point and points < point:  # the point after the last commit: killed once done
        os.kill(os.getpid(), signal.SIGKILL)
    print(json.dumps({"points": points, "seconds": time.perf_counter() - started, "refusal": refusal}),
          flush=True)
    desk.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
