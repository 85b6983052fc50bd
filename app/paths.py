"""Per-user paths (platformdirs).

`ACCOUNTDESK_HOME`, when set, holds the data, config and log folders instead (a portable
install, or a test run that must never touch the user's own folders)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path, user_log_path

APP = "AccountDesk"


def _home(kind: str) -> Path | None:
    home = os.environ.get("ACCOUNTDESK_HOME")
    return Path(home) / kind if home else None


def data_dir() -> Path:
    path = _home("data") or user_data_path(APP, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    path = _home("config") or user_config_path(APP, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    """The daily automatic backups of the local database (app/backup.py)."""
    return data_dir() / "backups"


def log_dir() -> Path:
    path = _home("logs") or user_log_path(APP, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "accountdesk.sqlite3"


def resolve_url(url: str | None) -> str:
    """The database URL to open: the one given, else ACCOUNTDESK_DB, else the SQLite file
    in the user's data directory. Imports no database code (the window's fast start)."""
    return url or os.environ.get("ACCOUNTDESK_DB") or f"sqlite:///{default_database_path()}"
