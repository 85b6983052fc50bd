"""The status bar's "123 of 4,560 clients", with each language's plural forms.

A QObject only for `tr`: lupdate extracts plural forms from `tr(text, "", n)`. English has
no catalogue, so its source picks the singular for a total of one; the catalogues give the
forms of both texts ("1 sur 1 client", "3 sur 5 clients"). Numbers are written by the
default locale (%L1, %Ln).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.formatting import format_count


class CountWords(QObject):
    def clients(self, shown: int, total: int, *, at_least: bool = False) -> str:
        text = self.tr("%L1 of %Ln client", "", total) if total == 1 else self.tr("%L1 of %Ln clients", "", total)
        return text.replace("%L1", _shown(shown, at_least))

    def subscriptions(self, shown: int, total: int, *, at_least: bool = False) -> str:
        text = (self.tr("%L1 of %Ln subscription", "", total) if total == 1
                else self.tr("%L1 of %Ln subscriptions", "", total))
        return text.replace("%L1", _shown(shown, at_least))

    def of_table(self, clients: bool, shown: int, total: int, *, at_least: bool = False) -> str:
        """`at_least`: the rows are still being counted, `shown` are those read so far ("200+")."""
        if clients:
            return self.clients(shown, total, at_least=at_least)
        return self.subscriptions(shown, total, at_least=at_least)

    def emails(self, shown: int, total: int) -> str:
        text = self.tr("%L1 of %Ln email", "", total) if total == 1 else self.tr("%L1 of %Ln emails", "", total)
        return text.replace("%L1", format_count(shown))


def _shown(shown: int, at_least: bool) -> str:
    return format_count(shown) + ("+" if at_least else "")
