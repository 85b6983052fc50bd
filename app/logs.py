"""The log file: rotating, in the platformdirs log directory, without personal data.

What is logged names records by id (client 42, email 7), never by name, address or
text: the log is something people send to support. Three guards keep it so:
- our own messages pass ids only (``Desk`` logs the use case, its integer arguments
  and a refusal's code, never the refusal's sentence, which names the client);
- SQLAlchemy errors are raised without their parameters (``hide_parameters`` in
  ``app.db``), so a traceback does not carry the row's values;
- as a last net, the formatter replaces anything shaped like an email address.

``configure`` may be called more than once (the window and the crash hook both do);
each call replaces the handler the previous one installed.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

FILE_NAME = "accountdesk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
# Our loggers: app.* and ui.*; third-party libraries keep their own defaults.
LOGGERS = ("app", "ui")
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
REDACTED = "<email>"


def redact(text: str) -> str:
    """The text with every email address replaced."""
    return EMAIL.sub(REDACTED, text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _Handler(RotatingFileHandler):
    """Ours, so a second ``configure`` finds and replaces it."""


def configure(log_dir: Path, *, level: int = logging.INFO) -> Path:
    """Sends the app's and the window's log records to ``log_dir/accountdesk.log``
    (rotated at 1 MB, 5 old files kept); returns the file's path."""
    log_dir = Path(log_dir)
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / FILE_NAME
    unconfigure()
    handler = _Handler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for name in LOGGERS:
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(level)
    return path


def unconfigure() -> None:
    """Removes the handlers ``configure`` installed (tests)."""
    closed = set()
    for name in LOGGERS:
        logger = logging.getLogger(name)
        for old in [h for h in logger.handlers if isinstance(h, _Handler)]:
            logger.removeHandler(old)
            if id(old) not in closed:
                old.close()
                closed.add(id(old))
