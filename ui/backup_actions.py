"""File > Back up… and File > Restore…, and the daily backup at start-up (issue 12).

The window owns one ``BackupActions`` and connects its two menu actions to
``back_up`` and ``restore``. The work (app/backup.py) runs in the window's
``TaskRunner``; file pickers and messages go through the ``DialogService``.

A restore replaces the database file, so the window closes its database first
(``close_database``: dispose the Desk's engine and the listing) and opens it again
afterwards (``reopen_database``), whether the restore worked or was refused.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.sqlite_file import sqlite_path
from ui.dialog_service import DialogService
from ui.i18n import _t
from ui.refusals import describe
from ui.workers import TaskRunner

log = logging.getLogger(__name__)




def start_daily_backup(runner: TaskRunner, url: str, *, today: date | None = None,
                       folder: Path | None = None) -> None:
    """The once-a-day backup of the local database, in the background; a failure is logged."""
    from app.backup import daily_backup
    from app.paths import backup_dir

    if sqlite_path(url) is None:
        return
    runner.run(daily_backup, url, folder or backup_dir(), today or date.today(),
               on_result=lambda made: log.info("daily backup %s", "written" if made else "already there"),
               on_error=lambda exc: log.warning("daily backup failed: %s", type(exc).__name__))


class BackupActions(QObject):
    done = Signal(str)  # the sentence shown at the end (tests wait on it)

    def __init__(self, parent: QWidget, dialogs: DialogService, runner: TaskRunner, url: str, *,
                 close_database: Callable[[], None], reopen_database: Callable[[], None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._dialogs = dialogs
        self._runner = runner
        self._url = url
        self._close_database = close_database
        self._reopen_database = reopen_database

    def _local(self) -> bool:
        return sqlite_path(self._url) is not None

    def _filter(self) -> str:
        return _t("BackupActions", "Account Desk backups (*.sqlite3)") if self._local() else _t("BackupActions", "PostgreSQL backups (*.dump)")

    def back_up(self) -> None:
        from app.backup import backup

        suffix = "sqlite3" if self._local() else "dump"
        path = self._dialogs.save_file_name(self._parent, _t("BackupActions", "Back up the database"),
                                            f"accountdesk-{date.today().isoformat()}.{suffix}", self._filter())
        if not path:
            return
        self._runner.run(backup, self._url, Path(path),
                         on_result=lambda dest: self._finish("information", _t("BackupActions", "Backed up"),
                                                             _t("BackupActions", "The database was backed up to {file}.")
                                                             .format(file=dest)),
                         on_error=self._failed)

    def restore(self) -> None:
        from app import purged_ids
        from app.backup import check_backup, restore

        path = self._dialogs.open_file_name(self._parent, _t("BackupActions", "Restore a backup"), self._filter())
        if not path:
            return
        if self._local():
            try:
                check_backup(Path(path))  # refused before anything is closed
            except Exception as exc:  # noqa: BLE001 - DatabaseError with its sentence; anything else too
                self._failed(exc)
                return
        question = _t("BackupActions", "Replace the current database with the backup {file}? The current database is kept "
                      "as a copy next to it; clients deleted since the backup stay deleted.").format(file=path)
        if not self._dialogs.question(self._parent, _t("BackupActions", "Restore a backup"), question):
            return
        self._close_database()
        purged = purged_ids.load(purged_ids.database_key(self._url))
        self._runner.run(restore, Path(path), self._url, purged,
                         on_result=self._restored, on_error=self._restore_failed)

    def _restored(self, result: Any) -> None:
        self._reopen_database()
        text = _t("BackupActions", "The backup was restored.")
        if result.aside is not None:
            text += " " + _t("BackupActions", "The database it replaced is kept as {file}.").format(file=result.aside)
        self._finish("information", _t("BackupActions", "Restored"), text)

    def _restore_failed(self, exc: BaseException) -> None:
        self._reopen_database()
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        from app.errors import DeskError

        log.warning("backup or restore failed: %s", getattr(exc, "code", type(exc).__name__)
                    if isinstance(exc, DeskError) and " " not in exc.code else type(exc).__name__)
        text = describe(exc) if isinstance(exc, DeskError) else _t("BackupActions", "The backup or restore did not finish: {error}.") \
            .format(error=type(exc).__name__)
        self._finish("warning", _t("BackupActions", "Backup"), text)

    def _finish(self, kind: str, title: str, text: str) -> None:
        getattr(self._dialogs, kind)(self._parent, title, text)
        self.done.emit(text)
