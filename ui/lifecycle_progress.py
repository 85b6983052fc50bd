"""The progress of a lifecycle catch-up in the status bar, with Cancel (DESIGN.md §13:
slow work never freezes the window; progress and Cancel in the status bar).

`Desk.run_lifecycle(progress=...)` runs in a worker and reports after each bounded
transaction; the bar shows once there is more than one transaction to do, so a run
with nothing to catch up never flashes it. Cancel stops the run between transactions:
what was committed stays (a prefix of a catch-up is a consistent state) and the next
run goes on from there.

Thread rule: GUI thread; `progress` (a `ThreadProgress`) is what the worker calls.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ui.i18n import _t
from ui.workers import ThreadProgress


class LifecycleProgress(QWidget):
    """A bar and a Cancel button, hidden while no catch-up with work is running."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lifecycleProgress")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("lifecycleProgressBar")
        self.bar.setAccessibleName(_t("LifecycleProgress", "Bringing the database up to today"))
        self.bar.setFixedWidth(self.bar.fontMetrics().horizontalAdvance("x" * 24))  # the status bar beside says what
        self.cancel = QPushButton(_t("LifecycleProgress", "Cancel"), self)
        self.cancel.setObjectName("cancelLifecycle")
        self.cancel.setToolTip(_t("LifecycleProgress", "Stop bringing the database up to today; what is done "
                                                       "stays, and the next run goes on from there"))
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.progress: ThreadProgress | None = None
        self.cancel.clicked.connect(self._cancel)
        self.hide()

    def track(self, progress: ThreadProgress) -> None:
        """Follows a run that reports through `progress`."""
        self.progress = progress
        self.bar.setRange(0, 0)
        self.cancel.setEnabled(True)
        progress.progressed.connect(self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is None:
            return
        if total > 1 and done < total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.show()

    def _cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()
            self.cancel.setEnabled(False)

    def cancelled(self) -> bool:
        return self.progress is not None and self.progress.cancelled()

    def finish(self) -> None:
        """The run is over: the bar goes."""
        if self.progress is not None:
            self.progress.progressed.disconnect(self._progressed)
        self.progress = None
        self.hide()
