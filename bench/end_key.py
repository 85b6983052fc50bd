"""End and Home in the clients table of the large demo database, in the real main window.

End must show the real last row of the current sort without reading the pages in
between: the model reads the last page backwards from the end (`Listing.client_page_from_end`).
Printed: Ctrl+End and Ctrl+Home, from the key press to the table painted, per sort (the
name sort walks an index; the email sort has none, so every page is a sort of all rows);
and the last page read forwards with OFFSET (the code before) against read from the end.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/end_key.py
"""

from __future__ import annotations

import sys
import time

from common import ROOT, median, open_window

sys.path.insert(0, str(ROOT))
SORTS = ((("name", True),), (("email", True),))
RUNS = 5


def ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.listing import Query
    from ui.table_models import PAGE_SIZE

    app, _path, listing, window = open_window()
    page, view = window.clients, window.clients.view
    ctrl = Qt.KeyboardModifier.ControlModifier
    try:
        for sort in SORTS:
            page.model.set_query(Query(sort=sort))  # a fresh model: only the first page read
            count = page.model.rowCount()
            end, home = [], []
            for _ in range(RUNS):
                page.model.set_query(page.model.query)
                page.select_row(0)
                app.processEvents()
                view.setFocus()
                started = time.perf_counter()
                QTest.keyClick(view, Qt.Key.Key_End, ctrl)
                app.processEvents()
                end.append(ms(started))
                assert page.current_row() == count - 1
                started = time.perf_counter()
                QTest.keyClick(view, Qt.Key.Key_Home, ctrl)
                app.processEvents()
                home.append(ms(started))
            forward, backward = [], []
            for _ in range(RUNS):
                started = time.perf_counter()
                rows = listing.client_page(page.model.query, count - PAGE_SIZE, PAGE_SIZE)
                forward.append(ms(started))
                started = time.perf_counter()
                assert listing.client_page_from_end(page.model.query, 0, PAGE_SIZE) == rows
                backward.append(ms(started))
            key = sort[0][0]
            print(f"{count:,} clients by {key}: Ctrl+End median {median(end):.0f} ms (worst {max(end):.0f}), "
                  f"Ctrl+Home median {median(home):.0f} ms; last page with OFFSET {median(forward):.0f} ms, "
                  f"from the end {median(backward):.0f} ms")
    finally:
        window.shutdown()
        listing.close()


if __name__ == "__main__":
    main()
