"""Baseline for the start-up benchmark: a bare PySide6 window showing a 200-row table.

Prints the wall-clock time of its first paint, like the app does with
ACCOUNTDESK_STARTUP_TRACE, then exits.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first paint at {time.time():.3f}", file=sys.stderr, flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
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
