"""Baseline for the start-up benchmark: a bare PySide6 window showing a 200-row table.

Prints the wall-clock time of its first paint, like the app does with
ACCOUNTDESK_STARTUP_TRACE, then exits. With BARE_WINDOW_FLOOR set it then imports what
any facade on our stack must (SQLAlchemy's ORM, its SQLite dialect, our models, mapped)
and prints "library floor at <time>": the part of ready to act that our own code does not
decide (bench/startup.py prints it beside the app).
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem


def floor() -> None:
    gc.disable()  # as the app runs its start-up
    importlib.import_module("ui.pyside_features")  # first, as in the app: PySide6 reads no module's source
    import sqlalchemy.orm
    from sqlalchemy.dialects import sqlite  # noqa: F401 - what create_engine loads for a file

    import app.models  # noqa: F401 - the tables and mappers

    sqlalchemy.orm.configure_mappers()
    print(f"library floor at {time.time():.3f}", file=sys.stderr, flush=True)
    QApplication.quit()


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first paint at {time.time():.3f}", file=sys.stderr, flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, floor if os.environ.get("BARE_WINDOW_FLOOR") else QApplication.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableWidget(200, 6)
for row in range(200):
    for col in range(6):
        table.setItem(row, col, QTableWidgetItem(f"cell {row}.{col}"))
window.setCentralWidget(table)
window.resize(1280, 800)
painted = FirstPaint()
table.viewport().installEventFilter(painted)
window.show()
app.exec()
