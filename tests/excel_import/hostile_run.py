"""Run in a subprocess by test_hostile_files.py: imports one file into a database with
data, and prints as JSON the refusal, the seconds it took, the process's peak memory
and whether the database is unchanged. Usage: python hostile_run.py URL FILE.

Peak memory is VmHWM of /proc/self/status: the resident high-water mark of this
process's own memory, C allocations included (zlib, expat). ru_maxrss is not used on
Linux: it keeps the parent's peak across fork and exec, so it would report pytest's."""

from __future__ import annotations

import json
import resource
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from snapshot import snapshot  # noqa: E402

from app.desk import Desk  # noqa: E402
from app.errors import DeskError  # noqa: E402


def peak_mb() -> float:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # macOS: bytes would be / 2**20


def main(url: str, file: str) -> None:
    with Desk.open(url, today=date(2026, 11, 30)) as desk:
        client = desk.add_client("Acme", email="acme@example.com")
        desk.add_contact(client, "Alice", "alice@example.com", role="primary_admin")
        before = snapshot(desk)
        started = time.perf_counter()
        outcome: dict[str, object] = {"code": None, "message": None}
        try:
            if file.endswith(".csv"):
                desk.import_foreign(file)
            else:
                desk.import_xlsx(file)
        except DeskError as exc:
            outcome = {"code": exc.code, "message": str(exc)}
        outcome["seconds"] = time.perf_counter() - started
        outcome["peak_mb"] = peak_mb()
        outcome["unchanged"] = snapshot(desk) == before
    print(json.dumps(outcome))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
