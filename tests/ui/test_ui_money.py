"""Money in the window (issue 10): every amount with the organisation's currency, as the
user's locale writes it ("€49.00" in English, "49,00 €" in French)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from app.currencies import CURRENCIES
from ui import formatting
from ui.currency import currency_symbol

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
BRITISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
CHINESE = QLocale(QLocale.Language.Chinese, QLocale.Country.China)


@pytest.fixture(autouse=True)
def default_currency() -> Iterator[None]:
    yield
    formatting.set_currency(formatting.DEFAULT_CURRENCY)


def test_the_euro_is_written_as_each_locale_writes_money():
    assert formatting.format_money(Decimal("49"), ENGLISH) == "€49.00"
    assert formatting.format_money(Decimal("1234.5"), FRENCH) == "1\u202f234,50\u00a0€"
    assert formatting.format_money(Decimal("49"), CHINESE) == "€49.00"
    assert formatting.money(FRENCH, Decimal("49")) == "49,00\u00a0€"
    assert formatting.format_cents(4900, ENGLISH) == "€49.00"


def test_another_currency_takes_its_own_symbol_and_the_locales_own_where_it_is_theirs():
    formatting.set_currency("USD")
    assert formatting.format_money(Decimal("49"), ENGLISH) == "$49.00"  # an American's own dollar
    assert formatting.format_money(Decimal("49"), BRITISH) == "US$49.00"  # someone else's dollar
    formatting.set_currency("GBP")
    assert formatting.format_money(Decimal("49"), BRITISH) == "£49.00"
    formatting.set_currency("CNY")
    assert formatting.format_money(Decimal("49"), CHINESE) == "¥49.00"


def test_an_unknown_code_is_written_as_itself():
    assert currency_symbol("XTS", ENGLISH) == "XTS"


def test_every_known_currency_has_a_symbol():
    assert all(currency_symbol(code, QLocale.c()) for code in CURRENCIES)


def test_a_field_for_an_amount_puts_the_symbol_where_the_locale_writes_it():
    assert formatting.money_affixes(ENGLISH) == ("€", "")
    assert formatting.money_affixes(FRENCH) == ("", "\u00a0€")
