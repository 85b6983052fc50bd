"""The currencies an organisation may keep its accounts in (the `currency` setting).

Pure data, no imports: the window's first paint formats money with it before SQLAlchemy
is loaded.
"""

from __future__ import annotations

# The ISO 4217 codes an organisation may keep its accounts in, each with the symbol that
# cannot be mistaken for another currency's ("US$", "CA$"; the window uses a reader's own
# symbol for their own currency). The most used first (the settings dialog lists them in
# this order), then the others alphabetically.
CURRENCY_SYMBOLS: dict[str, str] = {
    "EUR": "€", "USD": "US$", "GBP": "£",
    "AUD": "A$", "BRL": "R$", "CAD": "CA$", "CHF": "CHF", "CNY": "CN¥", "CZK": "Kč", "DKK": "kr.", "HKD": "HK$",
    "HUF": "Ft", "ILS": "₪", "INR": "₹", "JPY": "JP¥", "KRW": "₩", "MXN": "MX$", "NOK": "kr", "NZD": "NZ$",
    "PLN": "zł", "RON": "lei", "SEK": "kr", "SGD": "S$", "TWD": "NT$", "ZAR": "R",
}
CURRENCIES: tuple[str, ...] = tuple(CURRENCY_SYMBOLS)
DEFAULT_CURRENCY = "EUR"
