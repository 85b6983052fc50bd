"""The organisation's currency as the window writes it (issue 10): the symbol of an ISO
4217 code, and the window reading the code from the facade's settings.

Qt knows the symbol of a locale's own currency only (a French user's €, an American's $);
for any other the symbol comes from `app.currencies.CURRENCY_SYMBOLS`, written so it cannot
be mistaken for the reader's own money ("US$" for a British reader, "CA$", "CN¥").

Thread rule: GUI thread; `follow_settings` reads the settings in the window's worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale

from app.currencies import CURRENCY_SYMBOLS

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def currency_symbol(code: str, locale: QLocale) -> str:
    """The symbol `locale` writes `code` with: its own symbol for its own currency, else the
    table's, else the code itself."""
    if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
        own = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
        if own:
            return own
    return CURRENCY_SYMBOLS.get(code, code)


def follow_settings(window: MainWindow) -> None:
    """Reads the organisation's currency in the window's worker once the facade is open;
    when it is not the one assumed so far, the window reads its lists and details again
    so every amount carries it."""
    from ui import formatting

    def apply(values: dict[str, Any]) -> None:
        code = str(values.get("currency") or formatting.DEFAULT_CURRENCY)
        if code != formatting.currency() and not window.is_shut():
            formatting.set_currency(code)
            window.refresh()

    window.runner.run(window.desk.settings, on_result=apply)
