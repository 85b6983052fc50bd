"""Shared by the benchmarks: the large demo database they measure, built once and reused,
and the main window opened on it."""

from __future__ import annotations

import compileall
import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
CLIENTS = int(os.environ.get("BENCH_CLIENTS", "100000"))
TODAY = date(2026, 11, 23)


def bench_db(clients: int = CLIENTS) -> tuple[Path, float | None]:
    """The path of a demo database with `clients` clients; built when missing.

    Returns the path and the build time in seconds (None when it was already there).
    """
    sys.path.insert(0, str(ROOT))
    from app.demo import build_demo
    from app.desk import Desk

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"demo-{clients}.sqlite3"
    if path.exists():
        return path, None
    partial = path.with_suffix(".partial")
    for leftover in OUT.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    desk = Desk.open(f"sqlite:///{partial}", today=TODAY)
    try:
        build_demo(desk.engine, clients=clients, seed=1, today=TODAY)
    finally:
        desk.close()
    elapsed = time.perf_counter() - started
    # Closing the last connection checkpointed the WAL into the file, so it moves alone.
    partial.rename(path)
    return path, elapsed


def installed_env(**extra: str) -> dict[str, str]:
    """The environment a start-up is measured in, with the app's modules as an install leaves
    them: their bytecode compiled (pip and bundles write it; a first run writes it). Without
    this, a machine that sets PYTHONDONTWRITEBYTECODE (this sandbox does) compiles some 150
    modules from source at every start: 47 ms more for the facade alone."""
    for package in ("app", "ui"):
        compileall.compile_dir(ROOT / package, quiet=1)
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return {**env, **extra}


def memory_mb(field: str) -> float:
    """A memory figure of this process from /proc/self/status (Linux), in MB: VmRSS (resident
    now) or VmHWM (its peak); 0.0 where there is no such file."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def open_window() -> tuple[Any, Path, Any, Any]:
    """The application, the demo database's path, a `Listing` and the main window on it,
    shown with its first page, as the app opens it (no facade)."""
    from PySide6.QtWidgets import QApplication

    from app.listing import Listing
    from ui.main_window import MainWindow

    path, _ = bench_db()
    url = f"sqlite:///{path}"
    app = QApplication.instance() or QApplication([])
    listing = Listing.open(url)
    window = MainWindow(listing, url)
    window.load_first_page()
    window.show()
    app.processEvents()
    return app, path, listing, window


def empty_postgres(url: str) -> None:
    """Drops everything in the public schema of the PostgreSQL database at `url` (BENCH_PG)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
