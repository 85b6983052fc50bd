"""The organisation currency setting (issue 10): a three-letter ISO 4217 code from the
known list, written in capitals; anything else is refused with a sentence."""

from __future__ import annotations

import pytest

from app import settings
from app.currencies import CURRENCIES
from app.errors import RuleViolation


def test_the_default_currency_is_the_euro():
    assert settings.DEFAULTS["currency"] == "EUR"


@pytest.mark.parametrize(("given", "stored"), [("EUR", "EUR"), ("USD", "USD"), ("gbp", "GBP"), (" chf ", "CHF"),
                                               ("CNY", "CNY"), ("JPY", "JPY")])
def test_a_known_code_is_accepted_in_capitals(given, stored):
    assert settings.check("currency", given) == stored


@pytest.mark.parametrize("given", ["EURO", "€", "XYZ", "", "EU", 978, None, True])
def test_anything_but_a_known_code_is_refused_with_a_sentence(given):
    with pytest.raises(RuleViolation) as caught:
        settings.check("currency", given)
    assert caught.value.code == "setting_currency"
    text = str(caught.value)
    assert text.startswith("The currency must be a three-letter ISO 4217 code") and text.endswith(" is not.")
    assert "EUR, " in text and repr(given) in text


def test_every_known_code_is_three_capital_letters():
    assert CURRENCIES and len(set(CURRENCIES)) == len(CURRENCIES)
    assert all(len(code) == 3 and code.isascii() and code.isupper() for code in CURRENCIES)
    assert settings.DEFAULTS["currency"] in CURRENCIES
