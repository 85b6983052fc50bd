"""The DESIGN §10 example as a client: an annual plan renewing on October 30, cancelled on
October 20 (access until October 29), so deactivation is possible from October 30."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from purge_data import NAME, add_rich_client

CANCELLED_ON = date(2026, 10, 20)
LAST_ACCESS = date(2026, 10, 29)
POSSIBLE = date(2026, 10, 30)
PURGE_ON = date(2026, 11, 13)  # 14 days later


def ended_client(open_desk, folder: Path) -> dict[str, int]:
    """A rich client (every table) whose only running subscription was cancelled on Oct 20."""
    desk = open_desk(CANCELLED_ON)
    ids = add_rich_client(desk, folder, start=date(2025, 10, 30))
    assert desk.subscription(ids["subscription"]).access_end == LAST_ACCESS
    return ids


def deactivate(desk, ids, **changes):
    args = {"reason": "Switching to another product", "requester": ids["owner"], "confirm_name": NAME,
            "backup": "skipped"}
    args.update(changes)
    return desk.deactivate(ids["client"], **args)
