"""A SQLite file on a network drive: detected from a (fake) mount table, opened without
WAL, and a sentence pointing to the team mode."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from app import network_fs
from app.desk import Desk

MOUNTS = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/sda1 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
//server/accounts /mnt/office\\040share cifs rw,relatime,vers=3.0 0 0
server:/export /mnt/nfs nfs4 rw,relatime 0 0
/dev/sdb1 /mnt/nfs/local-disk ext4 rw 0 0
host:/home /mnt/ssh fuse.sshfs rw 0 0
"""
MAC_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//alice@nas._smb._tcp.local/Accounts on /Volumes/Accounts (smbfs, nodev, nosuid, mounted by alice)
"""


@pytest.mark.parametrize("path, network", [
    ("/home/me/accountdesk.sqlite3", False),
    ("/tmp/a.sqlite3", False),
    ("/mnt/office share/desk.sqlite3", True),
    ("/mnt/nfs/desk.sqlite3", True),
    ("/mnt/nfs/local-disk/desk.sqlite3", False),  # a local disk mounted inside the share
    ("/mnt/ssh/x/desk.sqlite3", True),
    ("/mnt/nfsother/desk.sqlite3", False),  # a name that only starts like the share
])
def test_linux_mount_table(path, network):
    assert network_fs.is_network_path(path, platform="linux", mounts_text=MOUNTS) is network


@pytest.mark.parametrize("path, network", [
    ("/Volumes/Accounts/desk.sqlite3", True),
    ("/Users/alice/desk.sqlite3", False),
])
def test_macos_mount_output(path, network):
    assert network_fs.is_network_path(path, platform="darwin", mounts_text=MAC_MOUNT) is network


def test_an_unknown_platform_counts_as_local():
    assert network_fs.is_network_path("/x/y.sqlite3", platform="sunos5") is False


@pytest.fixture
def on_a_share(tmp_path, monkeypatch):
    """The test folder appears in the mount table as a CIFS share."""
    table = MOUNTS + f"//nas/share {tmp_path.resolve()} cifs rw 0 0\n"
    monkeypatch.setattr(network_fs, "MOUNTS", tmp_path / "fake-mounts")
    (tmp_path / "fake-mounts").write_text(table)
    return tmp_path


def _journal(path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        con.close()


def test_a_database_on_a_share_is_opened_without_wal_and_warned_about(on_a_share):
    db_file = on_a_share / "desk.sqlite3"
    with Desk.open(f"sqlite:///{db_file}", today=date(2026, 11, 30)) as desk:
        desk.add_client("Acme")
        assert _journal(db_file) == "delete"
        assert not (on_a_share / "desk.sqlite3-wal").exists()
        warning = desk.storage_warning
    assert warning is not None and str(db_file) in warning and "team mode" in warning


def test_a_file_once_in_wal_is_switched_to_a_rollback_journal_on_a_share(tmp_path, monkeypatch):
    db_file = tmp_path / "desk.sqlite3"
    with Desk.open(f"sqlite:///{db_file}", today=date(2026, 11, 30)) as desk:
        desk.add_client("Acme")
        assert desk.storage_warning is None
    assert _journal(db_file) == "wal"
    (tmp_path / "fake-mounts").write_text(f"//nas/share {tmp_path.resolve()} smb3 rw 0 0\n")
    monkeypatch.setattr(network_fs, "MOUNTS", tmp_path / "fake-mounts")
    from app.listing import Listing

    listing = Listing.open(f"sqlite:///{db_file}")
    listing.close()
    assert _journal(db_file) == "delete"
    with Desk.open(f"sqlite:///{db_file}", today=date(2026, 11, 30)) as desk:
        assert len(desk.timeline()) >= 1
    assert _journal(db_file) == "delete"
