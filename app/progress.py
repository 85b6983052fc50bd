"""One small interface for long work (export, import, lifecycle, purge): it reports
progress and asks whether to stop. No Qt: the window adapts it to its dialog.

Thread rule: a long operation calls `step` and `cancelled` from the thread it runs on;
an implementation used from a worker thread must be safe to call there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

T = TypeVar("T")


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


_pause_hook: Callable[[], None] | None = None


def set_pause_hook(hook: Callable[[], None] | None) -> None:
    """Installs what `pause_point` calls (None: nothing). The window installs one that holds
    a background loop while its user waits for a search (ui.workers.UserWaits)."""
    global _pause_hook
    _pause_hook = hook


def pause_point() -> None:
    """Called now and then by long loops (a catch-up's rows) at a point where waiting is
    harmless: the host may hold them there a moment. Does nothing unless a hook is set."""
    hook = _pause_hook
    if hook is not None:
        hook()


def with_pauses(items: Iterable[T], every: int = 256) -> Iterator[T]:
    """`items` one by one, with a `pause_point` before the first and every `every`-th after."""
    for n, item in enumerate(items):
        if not n % every:
            pause_point()
        yield item
