"""Reading other programs' values and files (DESIGN.md §14): dates in several orders,
amounts with either decimal mark, yes/no words in three languages, header names in
three languages, a CSV's encoding and delimiter."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import RuleViolation
from app.excel import convert, csv_text
from app.excel.mapping import propose


@pytest.mark.parametrize("values, order", [
    (["13/01/2025", "02/03/2025"], "dmy"),  # a day above 12 settles the column day-first
    (["01/13/2025", "02/03/2025"], "mdy"),
    (["02/03/2025", "04/05/2025"], "dmy"),  # undecided: day-first
    (["13/01/2025", "01/13/2025"], "conflict"),
    (["2025-01-13", date(2025, 1, 2)], "dmy"),
])
def test_a_column_settles_its_date_order(values, order):
    assert convert.date_order(values) == order


@pytest.mark.parametrize("value, order, expected", [
    ("02/03/2025", "dmy", date(2025, 3, 2)),
    ("02/03/2025", "mdy", date(2025, 2, 3)),
    ("2.3.25", "dmy", date(2025, 3, 2)),
    ("2025-03-02", "mdy", date(2025, 3, 2)),
    ("2025/3/2", "dmy", date(2025, 3, 2)),
    ("2025年3月2日", "dmy", date(2025, 3, 2)),
    ("2 mars 2025", "dmy", date(2025, 3, 2)),
    ("March 2, 2025", "dmy", date(2025, 3, 2)),
    ("13/01/2025", "conflict", date(2025, 1, 13)),
    (datetime(2025, 3, 2, 10, 30), "dmy", date(2025, 3, 2)),
])
def test_dates_in_several_forms(value, order, expected):
    assert convert.to_date(value, order) == expected


@pytest.mark.parametrize("value, order", [("31/02/2025", "dmy"), ("soon", "dmy"), ("02/03/2025", "conflict")])
def test_a_bad_date_says_why(value, order):
    with pytest.raises(ValueError, match="date|could be"):
        convert.to_date(value, order)


@pytest.mark.parametrize("value, expected", [
    ("1 234,56", Decimal("1234.56")), ("1.234,56", Decimal("1234.56")), ("1,234.56", Decimal("1234.56")),
    ("12,5", Decimal("12.50")), ("€ 12,50", Decimal("12.50")), ("49.9", Decimal("49.90")), (49.9, Decimal("49.90")),
    (7, Decimal("7.00")), ("1'234.50", Decimal("1234.50")),
])
def test_amounts_with_either_decimal_mark(value, expected):
    assert convert.to_amount(value) == expected


def test_a_column_decides_an_ambiguous_thousands_mark():
    column = ["1.234", "2.500,75"]
    assert convert.decimal_mark(column) == ","
    assert convert.to_amount("1.234", convert.decimal_mark(column)) == Decimal("1234.00")
    with pytest.raises(ValueError, match="two decimals"):
        convert.to_amount("1.2345")


@pytest.mark.parametrize("word, expected", [("Yes", True), ("non", False), ("Oui", True), ("是", True),
                                            ("否", False), ("FALSE", False), ("1", True), (0, False)])
def test_yes_no_words_in_three_languages(word, expected):
    assert convert.yes_no(word) is expected


def test_a_word_that_is_not_yes_or_no_is_refused():
    with pytest.raises(ValueError, match="not yes or no"):
        convert.yes_no("maybe")


def test_headers_are_proposed_in_english_french_and_chinese():
    assert propose(["Company", "Customer Id", "Email", "Phone 1", "First Name", "Last Name", "Country", "City",
                    "Subscription Date", "Website"]) == {
        "Company": "name", "Customer Id": "account_number", "Email": "email", "Phone 1": "phone",
        "First Name": "owner_first_name", "Last Name": "owner_last_name", "Country": "country", "City": "city",
        "Subscription Date": "client_since", "Website": None}
    assert propose(["Société", "ID client", "Courriel", "Prénom", "Nom", "Pays", "Ville", "Client depuis"]) == {
        "Société": "name", "ID client": "account_number", "Courriel": "email", "Prénom": "owner_first_name",
        "Nom": "owner_last_name", "Pays": "country", "Ville": "city", "Client depuis": "client_since"}
    assert propose(["公司", "客户编号", "邮箱", "电话", "联系人", "国家", "城市", "注册日期"]) == {
        "公司": "name", "客户编号": "account_number", "邮箱": "email", "电话": "phone", "联系人": "owner_name",
        "国家": "country", "城市": "city", "注册日期": "client_since"}


def test_a_field_is_proposed_for_one_column_only():
    assert propose(["Email", "E-mail"]) == {"Email": "email", "E-mail": None}


@pytest.mark.parametrize("raw, encoding", [
    ("\ufeffSociété;Ville\nCafé;Lyon\n".encode(), "UTF-8 (BOM)"),
    ("Société;Ville\nCafé;Lyon\n".encode(), "UTF-8"),
    ("Société;Ville\nCafé;Lyon\n".encode("utf-16"), "UTF-16"),
    ("Société;Ville\nCafé;Lyon\n".encode("utf-16-le"), "UTF-16 LE"),
    ("Société;Ville\nCafé – Lyon;Lyon\n".encode("cp1252"), "Windows-1252"),
])
def test_csv_encoding_is_guessed(tmp_path: Path, raw: bytes, encoding: str):
    path = tmp_path / "f.csv"
    path.write_bytes(raw)
    text = csv_text.read_csv(path)
    assert text.encoding == encoding
    assert text.rows[0] == ("Société", "Ville")
    assert text.rows[1][0].startswith("Café")


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_delimiter_is_guessed(tmp_path: Path, delimiter: str):
    path = tmp_path / "f.csv"
    rows = [["Company", "City", "Amount"], ["Acme", "Paris", "1,5"], ["Globex", "Lyon", "2,5"]]
    path.write_text("\n".join(delimiter.join(f'"{v}"' if delimiter == "," and "," in v else v for v in row)
                              for row in rows) + "\n", encoding="utf-8")
    text = csv_text.read_csv(path)
    assert text.delimiter == delimiter
    assert text.rows[1] == ("Acme", "Paris", "1,5")


def test_a_truncated_utf16_csv_is_refused_with_its_line(tmp_path: Path):
    path = tmp_path / "cut.csv"
    path.write_bytes("Name\nAcme\n".encode("utf-16") + b"\x00")
    with pytest.raises(RuleViolation) as caught:
        csv_text.read_csv(path)
    assert caught.value.code == "import_csv_encoding"
    assert "cut.csv is not readable text" in str(caught.value)


def test_a_binary_file_named_csv_is_refused(tmp_path: Path):
    path = tmp_path / "picture.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01\x02\x03" * 20)
    with pytest.raises(RuleViolation, match="not a text"):
        csv_text.read_csv(path)
