"""The window's remembered layout, per user: geometry, tool bars, splitter sizes, and
each table's header (column widths, order and hidden columns).

Stored with QSettings (organisation and application "AccountDesk") under
``users/<user>/``. A value that cannot be restored (unreadable, from another Qt
version, wrong type), or that restores into something unusable (`ui.layout_checks`: a
window off every screen, a pane of no width), is removed and the caller's defaults are
used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

from app.paths import APP

# The same name as the data folder's (app/paths.py): one name for the app everywhere.
ORGANIZATION = APP
APPLICATION = APP


def default_settings() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


def _user_group(user: str | None) -> str:
    key = (user or "local").strip().lower() or "local"
    return "users/" + "".join(ch if ch.isalnum() or ch in "@.-_" else "_" for ch in key)


class LayoutStore:
    def __init__(self, settings: QSettings, user: str | None) -> None:
        self._settings = settings
        self._prefix = _user_group(user)

    def _key(self, name: str) -> str:
        return f"{self._prefix}/{name}"

    def _bytes(self, name: str) -> QByteArray | None:
        value: Any = self._settings.value(self._key(name))
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes | bytearray) and value:
            return QByteArray(bytes(value))
        if value is not None:
            self._settings.remove(self._key(name))
        return None

    def _restore(self, name: str, restore: Any, usable: Callable[[], bool] | None = None) -> bool:
        """Restores the value `name` with `restore`; then, when `usable` says the result
        cannot be used (a state from another monitor setup, or half-written), forgets it
        and returns False, so that the caller puts its defaults back."""
        data = self._bytes(name)
        if data is None:
            return False
        try:
            ok = bool(restore(data))
        except (TypeError, ValueError):
            ok = False
        if ok and usable is not None and not usable():
            ok = False
        if not ok:
            self._settings.remove(self._key(name))
        return ok

    # --- window -----------------------------------------------------------------
    def restore_geometry(self, window: QMainWindow, usable: Callable[[], bool]) -> bool:
        """True when the saved geometry was restored and is usable (False: put the defaults back)."""
        return self._restore("window/geometry", window.restoreGeometry, usable)

    def restore_state(self, window: QMainWindow) -> bool:
        """Tool bars and docks."""
        return self._restore("window/state", window.restoreState)

    def restore_splitter(self, splitter: QSplitter, usable: Callable[[], bool]) -> bool:
        return self._restore("window/splitter", splitter.restoreState, usable)

    def save_window(self, window: QMainWindow, splitter: QSplitter) -> None:
        self._settings.setValue(self._key("window/geometry"), window.saveGeometry())
        self._settings.setValue(self._key("window/state"), window.saveState())
        self._settings.setValue(self._key("window/splitter"), splitter.saveState())

    # --- tables -----------------------------------------------------------------
    def restore_header(self, name: str, header: QHeaderView, usable: Callable[[], bool] | None = None) -> bool:
        """Restores widths, order and hidden columns; False when there was nothing usable
        (a failed restoreState leaves the header as it was; an unusable one must be reset)."""
        return self._restore(f"tables/{name}/header", header.restoreState, usable)

    def save_header(self, name: str, header: QHeaderView) -> None:
        self._settings.setValue(self._key(f"tables/{name}/header"), header.saveState())

    def forget(self) -> None:
        """Forgets the user's saved layout (View > Reset layout); other settings stay."""
        for group in ("window", "tables"):
            self._settings.remove(self._key(group))

    def sync(self) -> None:
        self._settings.sync()
