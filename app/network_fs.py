"""Is a SQLite file on a network drive? (issue 12)

SQLite's WAL mode keeps its index in shared memory (the ``-shm`` file, memory-mapped),
which network file systems do not share between machines: two workstations on one
file over SMB or NFS in WAL mode corrupt it. So a file on a network drive is opened in
the rollback-journal mode instead (app/db.py), and the person is told, in one sentence,
that the team mode (PostgreSQL) is the way to share a database.

How each platform is asked:
- Linux: the mount table (``/proc/mounts``); the longest mount point holding the file
  gives its file-system type (nfs, nfs4, cifs, smb3, smbfs, 9p, fuse.sshfs, …).
- macOS: the output of ``mount`` (``… on /Volumes/share (smbfs, …)``), read the same
  way (smbfs, nfs, afpfs, webdav).
- Windows: a UNC path (``\\\\server\\share``) is remote; otherwise ``GetDriveTypeW`` of
  the drive's root says DRIVE_REMOTE for a mapped network drive.
- Elsewhere, or when the platform cannot say, the file counts as local (no warning).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path, PurePath

MOUNTS = Path("/proc/mounts")
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "fuse.sshfs", "sshfs", "afs", "ncpfs", "afpfs",
    "webdav", "davfs", "fuse.davfs2", "ceph", "glusterfs", "fuse.glusterfs", "fuse.rclone", "lustre",
})
WARNING = ("The database file {path} is on a network drive. Account Desk opens it without write-ahead "
           "logging there, but a shared file on a network drive can still be damaged when two people "
           "work on it at once: to work as a team, use the team mode (a PostgreSQL database).")


def _unescape(field: str) -> str:
    # /proc/mounts writes a space as \040, a tab as \011, a backslash as \134.
    return (field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
            .replace("\\134", "\\"))


def linux_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file-system type) of each line of a /proc/mounts table."""
    found = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            found.append((_unescape(fields[1]), fields[2]))
    return found


def mac_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, type) of each line of macOS ``mount`` output."""
    found = []
    for line in text.splitlines():
        head, sep, tail = line.rpartition(" (")
        if not sep or " on " not in head:
            continue
        point = head.split(" on ", 1)[1]
        found.append((point, tail.split(",", 1)[0].rstrip(")").strip()))
    return found


def filesystem_type(path: Path, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the mount that holds `path`: the longest mount point above it."""
    target = PurePath(os.path.abspath(path))
    best: tuple[int, str] | None = None
    for point, fstype in mounts:
        mount = PurePath(point)
        if target == mount or mount in target.parents:
            depth = len(mount.parts)
            if best is None or depth > best[0]:
                best = (depth, fstype)
    return best[1] if best else None


def _windows_remote(path: Path) -> bool:
    text = str(path.resolve() if path.exists() else Path(os.path.abspath(path)))
    if text.startswith("\\\\") and not text.startswith("\\\\?\\"):
        return True  # \\server\share\...
    import ctypes

    root = os.path.splitdrive(text)[0] + "\\"
    return ctypes.windll.kernel32.GetDriveTypeW(root) == 4  # type: ignore[attr-defined]  # DRIVE_REMOTE


def is_network_path(path: Path, *, platform: str | None = None, mounts_text: str | None = None) -> bool:
    """True when `path` (a file, maybe not yet created) lies on a network file system.

    `platform` and `mounts_text` stand in for ``sys.platform`` and the mount table in tests.
    """
    platform = platform or sys.platform
    path = Path(path)
    try:
        if platform == "win32":
            return _windows_remote(path)
        if platform.startswith("linux"):
            text = mounts_text if mounts_text is not None else MOUNTS.read_text(encoding="utf-8", errors="replace")
            fstype = filesystem_type(_real(path), linux_mounts(text))
        elif platform == "darwin":
            text = mounts_text if mounts_text is not None else subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False).stdout
            fstype = filesystem_type(_real(path), mac_mounts(text))
        else:
            return False
    except (OSError, subprocess.SubprocessError, AttributeError):
        return False  # the platform cannot say: treated as local
    return fstype is not None and fstype.lower() in NETWORK_TYPES


def _real(path: Path) -> Path:
    """The path with symbolic links resolved (a link on a local disk may point to a share)."""
    try:
        return path.resolve()
    except OSError:
        return Path(os.path.abspath(path))


def network_warning(url: str) -> str | None:
    """The sentence to show when the database at `url` is a SQLite file on a network drive."""
    from app.sqlite_file import sqlite_path

    path = sqlite_path(url)
    if path is None or not is_network_path(path):
        return None
    return WARNING.format(path=path)
