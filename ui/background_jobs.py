"""The window's background work: bringing the database up to today (§11) every hour,
and delivering the outbox over SMTP (§7) every minute, each in a worker.

Thread rule: GUI thread; the facade calls run in the window's `TaskRunner`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from ui.formatting import format_count
from ui.i18n import _t
from ui.lifecycle_progress import LifecycleProgress
from ui.pages import Page
from ui.workers import ThreadProgress, no_cyclic_gc, short_gil_turns

if TYPE_CHECKING:
    from ui.main_window import MainWindow

LIFECYCLE_EVERY_MS = 60 * 60 * 1000
# The outbox sender runs this often in a worker; it skips emails whose back-off has not passed.
SEND_EVERY_MS = 60 * 1000


class BackgroundJobs(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.lifecycle_running = False
        self.sending = False
        self.lifecycle_timer = QTimer(self, interval=LIFECYCLE_EVERY_MS)
        self.lifecycle_timer.timeout.connect(self.run_lifecycle)
        self.send_timer = QTimer(self, interval=SEND_EVERY_MS)
        self.send_timer.timeout.connect(self.send_outbox)
        self.progress_view = LifecycleProgress(window)
        window.statusBar().addPermanentWidget(self.progress_view)

    def start_timers(self) -> None:
        self.lifecycle_timer.start()
        self.send_timer.start()

    def stop_timers(self) -> None:
        self.lifecycle_timer.stop()
        self.send_timer.stop()

    def send_outbox(self) -> None:
        """Delivers due emails over SMTP in a worker (nothing happens without SMTP settings)."""
        window = self.window
        if window.desk is None or self.sending:
            return
        self.sending = True
        window.runner.run(window.desk.deliver_outbox, on_result=self._outbox_sent, on_error=self._outbox_sent)

    def _outbox_sent(self, outcome: Any) -> None:
        self.sending = False
        window = self.window
        if window.is_shut():
            return
        if isinstance(outcome, BaseException):
            window.ui.show_activity(_t("MainWindow", "Emails could not be sent: {error}").format(error=outcome), 10000)
        elif outcome.get("sent") and window.current_page() is Page.OUTBOX:
            window.pages[Page.OUTBOX].refresh()

    def run_lifecycle(self) -> None:
        """Brings the database up to today in a worker, then refreshes the window (§11); a
        catch-up with work shows its progress, with Cancel, in the status bar."""
        window = self.window
        if window.desk is None or self.lifecycle_running:
            return
        self.lifecycle_running = True
        window.action("actionRunLifecycle").setEnabled(False)
        window.ui.show_activity(_t("MainWindow", "Bringing the database up to today…"))
        desk, progress = window.desk, ThreadProgress(self)
        self.progress_view.track(progress)
        def catch_up() -> Any:
            with short_gil_turns(), no_cyclic_gc():  # the window's searches keep their pace
                return desk.run_lifecycle(progress=progress)

        window.runner.run(catch_up, on_result=self._lifecycle_finished, on_error=self._lifecycle_finished)

    def _lifecycle_finished(self, outcome: Any) -> None:
        self.lifecycle_running = False
        window = self.window
        if window.is_shut():
            return
        cancelled = self.progress_view.cancelled()
        self.progress_view.finish()
        window.action("actionRunLifecycle").setEnabled(True)
        if isinstance(outcome, BaseException):
            window.ui.show_activity(_t("MainWindow", "Bringing the database up to today failed: {error}").format(error=outcome))
        elif cancelled:
            window.ui.show_activity(_t("MainWindow", "Stopped before today ({count} changes); the next run goes on "
                                                     "from there.").format(count=format_count(sum(outcome.values()))),
                                    10000)
            window.refresh()
        else:
            done = sum(outcome.values()) if isinstance(outcome, dict) else 0
            window.ui.show_activity(_t("MainWindow", "The database is up to date ({count} changes).").format(
                count=format_count(done)), 10000)
            window.refresh()
            self.send_outbox()  # the run may have queued reminders
        window.lifecycle_done.emit(outcome)
