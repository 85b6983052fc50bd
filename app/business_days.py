"""Business-day arithmetic for the age of requests (Monday to Friday; no holiday calendar)."""

from __future__ import annotations

from datetime import date, timedelta


def business_days_between(start: date, end: date) -> int:
    """Weekdays after `start` up to and including `end` (0 when end <= start).

    A request received on Friday is 1 business day old on Monday.
    """
    if end <= start:
        return 0
    days = (end - start).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    for offset in range(1, rest + 1):
        if (start + timedelta(days=offset)).weekday() < 5:
            count += 1
    return count
