"""The one translation helper for strings outside a widget's own ``tr()``.

``_t(context, text)`` takes the context explicitly, so lupdate finds each call with
its context (the Makefile runs it with ``-tr-function-alias translate+=_t``): the
`text` must be a string literal at every call.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`n` >= 0 picks the catalogue's plural form for that count and fills ``%n`` (``%Ln``
    with the locale's digit grouping)."""
    return QCoreApplication.translate(context, text, disambiguation, n)
