"""How a long job reports how far it got and learns it should stop: no Qt here.

The window passes an object with these two methods (its worker relays `step` to the
GUI thread with a signal); the command line and the tests pass a plain one or none.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def step(self, done: int, total: int) -> None:
        """`done` of `total` units of work are finished (called on the worker's thread)."""

    def cancelled(self) -> bool:
        """True when the job should stop at its next safe point."""
