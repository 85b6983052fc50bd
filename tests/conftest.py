"""What every test needs: Qt offscreen before any Qt import, and remembered window
state kept out of the user's own settings."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app's data, config and log folders (purged-ids list, workstation id, backups, log):
# a throwaway folder for the whole run, never the user's own (subprocesses inherit it).
os.environ.setdefault("ACCOUNTDESK_HOME", tempfile.mkdtemp(prefix="accountdesk-tests-"))

# The whole suite runs as the window does, PySide6 reading no module's source (see there).
import ui.pyside_features  # noqa: E402, F401, I001

# The database fixtures (db_url, today, open_desk, desk): one set for every folder.
pytest_plugins = ["desk_fixtures"]


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """QSettings (layout, dialog geometry) go to a temporary folder, never ~/.config."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield
