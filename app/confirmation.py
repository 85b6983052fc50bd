"""The typed-name confirmation that every deletion asks for (DESIGN.md §8, §9, §10).

Pure: used by the services (which refuse) and by the window (which enables its
button) so that both apply exactly the same rule.
"""

from __future__ import annotations

import unicodedata


def confirms_name(typed: str | None, name: str) -> bool:
    """True when `typed` is the client's name exactly: same letters, case and spaces.

    Both sides are compared in Unicode NFC, so "é" typed as one character or as "e" plus
    a combining accent (as some keyboards and macOS produce) is the same letter; nothing
    else is forgiven — not a trailing space, not another case.
    """
    if typed is None:
        return False
    return unicodedata.normalize("NFC", typed) == unicodedata.normalize("NFC", name)
