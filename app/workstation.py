"""This workstation's id: a random token kept in the per-user config directory.

It names the sender of an email in the outbox lease (app/mail/sender.py), so the same
workstation knows its own interrupted emails at its next start. Random on purpose: a
host name often carries a person's name, and the lease is visible in the database.
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

FILE_NAME = "workstation-id"


def workstation_id(folder: Path | None = None) -> str:
    """The id, created on first use."""
    from app.paths import config_dir

    path = (folder or config_dir()) / FILE_NAME
    try:
        value = path.read_text(encoding="ascii").strip()
        if value:
            return value
    except (FileNotFoundError, UnicodeDecodeError):
        pass
    value = uuid.uuid4().hex[:16]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(value, encoding="ascii")
    return value


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine. A false "alive" (the id was
    reused) only makes us wait for the lease to lapse; never the reverse."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists (POSIX)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
