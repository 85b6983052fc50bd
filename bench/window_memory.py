"""Memory of the main window on the large demo database (issue 13: under 200 MB).

Opens the facade and the window offscreen as the app does, shows the first page of
clients, lets the details of the first client load, then reads the resident memory of
the process (VmRSS) and its peak (VmHWM) from /proc/self/status.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/window_memory.py
"""

from __future__ import annotations

import os
import sys

from common import ROOT, TODAY, bench_db, memory_mb

sys.path.insert(0, str(ROOT))


def main() -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.desk import Desk
    from app.listing import Listing
    from ui.main_window import MainWindow

    path, _ = bench_db()
    url = f"sqlite:///{path}"
    app = QApplication.instance() or QApplication([])
    before = memory_mb("VmRSS")
    listing = Listing.open(url)
    desk = Desk.open(url, today=TODAY)
    window = MainWindow(listing, url, desk=desk)

    def wait(signal: object, ms: int) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    window.load_first_page()
    window.show()
    app.processEvents()
    wait(window.table_loaded, 10_000)
    wait(window.detail_loaded, 3_000)
    loop = QEventLoop()
    QTimer.singleShot(1000, loop.quit)  # let pending work settle
    loop.exec()
    rows = window.clients.model.rowCount() if hasattr(window, "clients") else 0
    print(f"memory of the window on {path.name} ({rows} rows loaded): {memory_mb('VmRSS'):.0f} MB resident, "
          f"peak {memory_mb('VmHWM'):.0f} MB (Python + Qt before the window: {before:.0f} MB); target < 200 MB")
    window.shutdown()
    listing.close()
    desk.close()


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
