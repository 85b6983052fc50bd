"""Starting the window: `run_gui(args)` (called by `ui.launcher`).

Fast path — a SQLite file already at the schema HEAD: the window opens on a plain
`Listing` (stdlib sqlite3, no SQLAlchemy) with the first page of clients; once it has
painted, `app.desk` is imported and the `Desk` opened on a thread of their own
(`ui.desk_opening`), so the window answers keystrokes meanwhile (the opening's imports
wait while a search typed then is answered and shown). (Started before the
first paint instead, the import competes with it for the GIL: first paint 313 ms against
245 ms, ready to act the same 659 ms, `bench/startup.py` on 100,000 clients, paired runs.)
The Desk handed to the window, the
first client's details load (ready to act), then the lifecycle runs in a worker, its
progress in the status bar, then the tables are refreshed. Otherwise (PostgreSQL, a new
file, a migration) `Desk.open` runs first and a refusal is shown before any window.
Until the Desk is in, the actions that need it are disabled with their reason.

Nothing heavy is imported at module level here: importing `app.desk` pulls in
SQLAlchemy, so it happens inside the functions that need it.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

import ui.pyside_features  # noqa: F401 - before any other module of ours: see there

# isort: split
from app.errors import DeskError
from app.listing import Listing
from app.progress import set_pause_hook
from app.schema_version import HEAD
from app.sqlite_file import inspect_sqlite, sqlite_path
from ui.connection_store import startup_url
from ui.desk_opening import DeskOpening
from ui.dialog_service import DialogService
from ui.main_window import MainWindow
from ui.refusals import describe, sentence
from ui.settings_store import APPLICATION, ORGANIZATION
from ui.workers import UserWaits

SCREENSHOT_SIZE = (1280, 800)
SCREENSHOT_TIMEOUT_MS = 120_000
# The start-up lifecycle run waits for the first client's details (ready to act), or this long.
BACKGROUND_AFTER_MS = 3000
# Compiled catalogues ship inside the ui package (a wheel or bundle holds them); their
# sources are resources/translations/*.ts, compiled by `make translations`.
TRANSLATIONS = Path(__file__).resolve().parent / "translations"

_T0 = time.perf_counter()


def trace(event: str) -> None:
    """For bench/ (ACCOUNTDESK_STARTUP_TRACE set): the wall clock of a start-up event on stderr."""
    if os.environ.get("ACCOUNTDESK_STARTUP_TRACE"):
        print(f"{event} at {time.time():.3f} ({time.perf_counter() - _T0:.3f} s after ui.app was imported)",
              file=sys.stderr, flush=True)


def fast_path(url: str) -> bool:
    """True when the window can open on a plain Listing: a SQLite file at HEAD.
    Raises DeskError for a file that is not ours or is newer (nothing is changed)."""
    path = sqlite_path(url)
    if path is None:
        return False
    state = inspect_sqlite(path)
    return state.exists and state.revision == HEAD


def open_desk(url: str, args: argparse.Namespace) -> Any:
    from app.desk import Desk

    return Desk.open(url, user=getattr(args, "user", None), today=getattr(args, "today", None))


def _use_locale_defaults() -> None:
    # A bare "C" locale has no digit grouping nor real date formats: write as en_US does.
    if QLocale().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def _install_translators(app: QApplication, language: str | None) -> str | None:
    """Installs the interface language; returns a sentence when a requested language is
    missing (the window then shows English words, and says so)."""
    locale = QLocale(language) if language else QLocale()
    code = language or locale.name().split("_")[0]
    if code == "en":
        return None
    missing = None
    ours = QTranslator(app)
    if ours.load(f"accountdesk_{code}", str(TRANSLATIONS)):
        app.installTranslator(ours)
    elif language:  # asked for by name: say it is missing (a system locale we lack stays quiet)
        missing = (f"The interface language {language!r} is not installed ({TRANSLATIONS} has no "
                   f"accountdesk_{language}.qm); the window is shown in English.")
    # Qt's own words (Cancel, Close, a text field's menu) by the locale's UI languages: there is
    # a qtbase_zh_CN but no qtbase_zh, so "zh" alone would find nothing.
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    return missing


class _FirstPaint(QObject):
    """Calls `then` once, just after `widget` has painted for the first time."""

    def __init__(self, widget: QObject, then: Any) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False


class Startup(QObject):
    """What happens after the first paint: the Desk, opened on its own thread, goes to the
    window; once the first client's details are shown, the lifecycle run,
    or the screenshot."""

    def __init__(self, app: QApplication, window: MainWindow, url: str, args: argparse.Namespace,
                 desk: Any, dialogs: DialogService) -> None:
        super().__init__(window)
        self.app, self.window, self.url, self.args = app, window, url, args
        self.desk = desk
        self.dialogs = dialogs
        self.opening: DeskOpening | None = None  # the facade opening after the first paint
        self._background = False
        self.screenshot: str | None = getattr(args, "screenshot", None)
        self._ready = False
        # A search typed in the window is answered first: the facade's imports and the
        # catch-up's rows hold at their pause points until its result is painted, its count
        # too when that follows the rows (the count's new rows repaint the table: up to 50 ms
        # beside a running catch-up, against 6 ms when it holds).
        self.user_waits = UserWaits()
        window.ui.search.textChanged.connect(lambda _text: self.user_waits.user_waiting())
        window.table_loaded.connect(lambda _key: QTimer.singleShot(0, self.user_waits.user_served))
        set_pause_hook(self.user_waits.hold)
        window.detail_loaded.connect(self._first_detail)
        window.lifecycle_done.connect(lambda _outcome: trace("lifecycle done"))
        if self.screenshot:
            window.detail_loaded.connect(lambda _id: self._maybe_shoot())
            QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, self, self._screenshot_timeout)

    def after_first_paint(self) -> None:
        trace("first paint")
        if self.desk is not None:
            self._desk_opened(self.desk)
            return
        self.opening = DeskOpening(lambda: open_desk(self.url, self.args), self, waits=self.user_waits)
        self.opening.when_done(self._desk_opened, self._refused)

    def _first_detail(self, _client_id: int) -> None:
        if not self._ready:  # ready to act: the facade is open and the first client's details are shown
            self._ready = True
            trace("ready")
            if self.desk is not None:
                self._start_background()

    def _desk_opened(self, desk: Any) -> None:
        trace("desk open")
        self.desk = desk
        if self.window.desk is None:
            self.window.set_desk(desk)
        # What exists now (modules, classes, the window) lives as long as the process: a full
        # collection no longer walks it, so one started by a worker's allocations (the
        # lifecycle's) holds the GIL for milliseconds, not for a tenth of a second.
        gc.freeze()
        gc.enable()  # off since run_gui began
        if self.screenshot:  # a screenshot only reads the database
            self._maybe_shoot()
        elif self._ready or not self.window.clients.model.rowCount():
            self._start_background()
        else:  # the first client's details first (ready to act), then the catch-up
            QTimer.singleShot(BACKGROUND_AFTER_MS, self, self._start_background)

    def _start_background(self) -> None:
        """The live refresh, the lifecycle run, its timer and the daily backup (once)."""
        if self._background or self.desk is None or self.screenshot:
            return
        self._background = True
        from ui.backup_actions import start_daily_backup
        from ui.live_refresh import LiveRefresh

        desk = self.desk
        LiveRefresh.attach(self.window, desk)  # other workstations' changes appear (issue 11)
        self.window.run_lifecycle()
        self.window.start_lifecycle_timer()
        start_daily_backup(self.window.runner, self.url, today=desk.today)
        warning = desk.storage_warning
        if warning:  # a SQLite file on a network drive (issue 12): said once, at start
            self.dialogs.warning(self.window, QCoreApplication.translate("MainWindow", "Account Desk"), warning)

    def _refused(self, exc: BaseException) -> None:
        text = sentence(exc) if isinstance(exc, DeskError) else f"{type(exc).__name__}: {exc}"
        if self.screenshot:
            print(f"accountdesk: {text}", file=sys.stderr)
        else:
            self.dialogs.critical(self.window, QCoreApplication.translate("MainWindow", "Account Desk"), text)
        self.app.exit(2)

    def _maybe_shoot(self) -> None:
        window = self.window
        if not self.screenshot or window.desk is None or window.clients.busy():
            return
        if window.clients.model.rowCount() and window.detail.detail is None:
            return  # wait for the first client's details
        path, self.screenshot = self.screenshot, None
        QTimer.singleShot(0, self, lambda: self._shoot(path))

    def _shoot(self, path: str) -> None:
        for _ in range(3):  # the pane just filled asks for new layouts, in steps: let them settle first
            self.app.processEvents()
        ok = self.window.grab().save(path)
        if not ok:
            print(f"accountdesk: cannot write the picture {path}", file=sys.stderr)
        self.app.exit(0 if ok else 1)

    def _screenshot_timeout(self) -> None:
        if self.screenshot:
            print("accountdesk: the window did not finish loading in time for the screenshot", file=sys.stderr)
            self.app.exit(1)


def run_gui(args: argparse.Namespace) -> int:
    """Shows the window until it is closed; 2 when the database is refused."""
    # No cyclic collection while the window and the facade load (their imports allocate a
    # great deal, none of it garbage): it resumes once the Desk is open (Startup), or here.
    gc.disable()
    try:
        return _show_window(args)
    finally:
        gc.enable()
        set_pause_hook(None)


def _show_window(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    _use_locale_defaults()
    missing_language = _install_translators(app, getattr(args, "language", None))
    if missing_language:
        print(f"accountdesk: {missing_language}", file=sys.stderr)
    dialogs = DialogService()
    if not getattr(args, "screenshot", None):
        from app.paths import log_dir
        from ui.crash import install_excepthook

        install_excepthook(dialogs, log_dir())  # a plain sentence, the details in the log
    screenshot = getattr(args, "screenshot", None)
    url = startup_url(args)  # --db, ACCOUNTDESK_DB, the remembered connection, or the dialog asks
    if url is None:
        return 2
    desk = None
    try:
        if not fast_path(url):
            desk = open_desk(url, args)
        listing = Listing.open(url)
    except (DeskError, OSError, ImportError) as exc:
        if desk is not None:
            desk.close()
        if screenshot:
            print(f"accountdesk: {exc}", file=sys.stderr)
        else:
            dialogs.critical(None, app.translate("run_gui", "Account Desk"), describe(exc))
        return 2
    scratch = tempfile.TemporaryDirectory() if screenshot else None
    # A screenshot neither uses nor changes the user's remembered layout.
    settings = QSettings(str(Path(scratch.name) / "layout.ini"), QSettings.Format.IniFormat) if scratch else None
    window = MainWindow(listing, url, desk=desk, dialogs=dialogs, user=getattr(args, "user", None),
                        settings=settings)
    startup = Startup(app, window, url, args, desk, dialogs)
    try:
        window.load_first_page()
        if missing_language:
            window.statusBar().showMessage(missing_language)
        if screenshot:
            window.resize(*SCREENSHOT_SIZE)
        _FirstPaint(window.clients.view.viewport(), startup.after_first_paint)
        window.show()
        code = app.exec()
    finally:
        window.shutdown()
        listing.close()
        opening = startup.opening
        opened = opening.wait() if opening is not None else startup.desk
        if opened is not None:
            opened.close()
        if scratch is not None:
            scratch.cleanup()
    switch_to = getattr(window, "switch_to", None)  # File > Connect…: the window again, on that database
    if switch_to is not None and code == 0:
        return run_gui(argparse.Namespace(**{**vars(args), "db": switch_to, "user": None}))
    return code
