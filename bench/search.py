"""Search-as-you-type on the large demo database, in the real main window.

For each keystroke of a few names typed letter by letter, in the Clients page and then in
the Subscriptions page: the time from the keystroke to the table showing the new rows,
with the debounce (what the user sees), and without it (the query in the worker plus the
table update); then to the count shown in the status bar, which may follow the rows.
Also the time to show the Subscriptions page, and the memory of the running window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/search.py
Targets (issue 2): per keystroke median <= 20 ms, worst <= 50 ms; last keystroke to
updated table <= 100 ms; memory <= 200 MB.
"""

from __future__ import annotations

import os
import resource
import sys
import time

from common import ROOT, median, open_window

sys.path.insert(0, str(ROOT))
WORDS = ("agence", "dubois", "beijing", "camille", "ad-0012", "contact@agence-b", "+33 1 2", "zzz",
         "01 2", "1012", "科技")


def main() -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    from ui.main_window import SEARCH_DEBOUNCE_MS
    from ui.pages import Page

    app, path, listing, window = open_window()
    search = window.ui.search

    def wait_for(signal) -> None:  # noqa: ANN001 - a bound Qt signal
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(5000, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    def wait_loaded() -> None:
        wait_for(window.table_loaded)

    def type_words(page: str) -> None:
        seen, first_letters, timed, counted = [], [], [], []
        for word in WORDS:
            search.clear()
            wait_loaded()
            for n in range(1, len(word) + 1):
                started = time.perf_counter()
                search.setText(word[:n])
                wait_for(window.rows_shown)
                app.processEvents()  # the repaint of the updated table
                elapsed = time.perf_counter() - started
                (first_letters if n <= 2 else seen).append(elapsed)
                timed.append((elapsed, word[:n]))
                if window.current_table().busy():  # its count follows
                    wait_loaded()
                counted.append(time.perf_counter() - started)
        all_keys = first_letters + seen
        work = [t - SEARCH_DEBOUNCE_MS / 1000 for t in all_keys]
        ms = lambda v: f"{v * 1000:.0f} ms"  # noqa: E731
        print(f"{page}: search per keystroke ({len(all_keys)} keystrokes on {path.name}): query + table update "
              f"median {ms(median(work))}, worst {ms(max(work))}; keystroke to updated table (with the "
              f"{SEARCH_DEBOUNCE_MS} ms debounce) median {ms(median(all_keys))}, worst {ms(max(all_keys))}; "
              f"from the third letter on: median {ms(median(seen))}, worst {ms(max(seen))}")
        print("  slowest keystrokes:", ", ".join(f"{text!r} {ms(t)}" for t, text in sorted(timed, reverse=True)[:5]))
        print(f"  keystroke to the count in the status bar: median {ms(median(counted))}, worst {ms(max(counted))}")

    type_words("clients")
    search.clear()
    wait_loaded()
    started = time.perf_counter()
    window.show_page(Page.SUBSCRIPTIONS)
    wait_loaded()
    app.processEvents()
    print(f"subscriptions page shown (count and first page of every subscription): "
          f"{(time.perf_counter() - started) * 1000:.0f} ms")
    type_words("subscriptions")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory of the window (peak RSS): {rss:.0f} MB (target <= 200 MB)")
    window.shutdown()
    listing.close()


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
