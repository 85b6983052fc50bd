"""One small interface for long work (export, import, lifecycle, purge): it reports
progress and asks whether to stop. No Qt: the window adapts it to its dialog.

Thread rule: a long operation calls `step` and `cancelled` from the thread it runs on;
an implementation used from a worker thread must be safe to call there.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def step(self, done: int, total: int | None) -> None:
        """`done` units of `total` (None: unknown) are finished."""

    def cancelled(self) -> bool:
        """True when the user asked to stop; the operation then raises `Cancelled`."""


class Cancelled(Exception):
    """A long operation stopped because its `Progress` said so; it left nothing behind."""

    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was written.")


class NoProgress:
    """Reports nowhere and never cancels."""

    def step(self, done: int, total: int | None) -> None:
        pass

    def cancelled(self) -> bool:
        return False


def check(progress: Progress, done: int, total: int | None) -> None:
    """Reports `done` and raises `Cancelled` if asked to stop."""
    progress.step(done, total)
    if progress.cancelled():
        raise Cancelled()
