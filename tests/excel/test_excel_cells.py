"""Cell safety and typed cells (DESIGN.md §14), pure."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from app.excel import cells

FORMULA_LIKE = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("text", FORMULA_LIKE)
def test_formula_looking_text_is_an_inline_string_with_quote_prefix(text):
    xml = cells.text_cell(text)
    assert xml.startswith(f'<c t="inlineStr" s="{cells.STYLE_TEXT_PREFIX}">')
    assert "<f>" not in xml


@pytest.mark.parametrize("text", ["plain", "a=b", "1+1", "e-mail", " =1"])
def test_ordinary_text_has_no_quote_prefix(text):
    assert cells.text_cell(text).startswith('<c t="inlineStr"><is>')
    assert not cells.looks_like_formula(text)


@pytest.mark.parametrize("text", FORMULA_LIKE)
def test_csv_text_prefixes_formula_looking_text_with_an_apostrophe(text):
    assert cells.csv_text(text) == "'" + text
    assert cells.csv_value(text, "text") == "'" + text


def test_xml_text_escapes_markup_keeps_cr_and_drops_illegal_characters():
    assert cells.xml_text("a&b<c>") == "a&amp;b&lt;c&gt;"
    assert cells.xml_text("x\r\ny") == "x&#13;\ny"
    assert cells.xml_text("bell\x07!") == "bell!"
    assert cells.xml_text("é中") == "é中"


def test_text_longer_than_the_cell_limit_is_cut_at_the_limit():
    assert len(cells.xml_text("x" * (cells.MAX_CELL_TEXT + 10))) == cells.MAX_CELL_TEXT


@pytest.mark.parametrize(("value", "expected"), [
    (date(1900, 3, 1), 61), (date(2026, 1, 1), 46023), (datetime(2026, 1, 1, 12, 0), 46023.5),
])
def test_serial_numbers_match_excel(value, expected):
    assert cells.serial(value) == expected


def test_typed_cells():
    assert cells.date_cell(date(2026, 1, 1)) == f'<c s="{cells.STYLE_DATE}"><v>46023</v></c>'
    assert cells.date_cell("2026-01-01") == cells.date_cell(date(2026, 1, 1))
    assert cells.money_cell(Decimal("1234.50")) == f'<c s="{cells.STYLE_MONEY}"><v>1234.50</v></c>'
    assert cells.money_cell(Decimal("1E+2")) == f'<c s="{cells.STYLE_MONEY}"><v>100</v></c>'
    assert cells.int_cell(7) == "<c><v>7</v></c>"
    assert cells.bool_cell(True) == '<c t="b"><v>1</v></c>'
    for encode in cells.CELL.values():
        assert encode(None) == cells.EMPTY


def test_csv_values_are_plain_and_typed():
    assert cells.csv_value(date(2026, 1, 2), "date") == "2026-01-02"
    assert cells.csv_value(Decimal("-2.50"), "money") == "-2.50"  # a number, not text: no apostrophe
    assert cells.csv_value(True, "bool") == "1"
    assert cells.csv_value(None, "text") == ""
