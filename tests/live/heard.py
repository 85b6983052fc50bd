"""A listener's receiver for tests: collects the changes heard on the listener thread."""

from __future__ import annotations

import threading
import time

from app.changes import Change


class Heard:
    def __init__(self) -> None:
        self.changes: list[Change] = []
        self._arrived = threading.Condition()

    def __call__(self, change: Change) -> None:
        with self._arrived:
            self.changes.append(change)
            self._arrived.notify_all()

    def wait_for(self, check, timeout: float = 2.0) -> Change:  # noqa: ANN001 - a predicate on a Change
        """The first change heard that `check` accepts, within `timeout` seconds; AssertionError otherwise."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while True:
                for change in self.changes:
                    if check(change):
                        return change
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"not heard within {timeout} s; heard {self.changes}")
                self._arrived.wait(left)
