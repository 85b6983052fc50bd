"""The texts of the notifications in English, French and Chinese."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

import pytest

from app.mail.templates import LANGUAGES, TEXTS, format_date, format_month, render
from app.notify import EVENTS

CJK = re.compile(r"[\u4e00-\u9fff]")
BASE = {"client_name": "Acme SARL", "account_number": "AC-001", "organisation_name": "Desk Ltd"}


def test_every_event_has_a_template():
    assert set(TEXTS) == set(EVENTS)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("event", sorted(EVENTS))
@pytest.mark.parametrize("audience", ["organisation", "owner", "manager"])
def test_every_event_has_a_subject_and_body_in_each_language(event, language, audience):
    text = render(event, language, audience, BASE)

    assert text.subject.strip() and "\n" not in text.subject
    assert "Acme SARL" in text.subject and "AC-001" in text.body
    assert text.body.rstrip().endswith("Desk Ltd")
    assert "{" not in text.subject + text.body
    assert bool(CJK.search(text.body)) == (language == "zh")
    assert text.subject.startswith(("[Copy]", "[Copie]", "【抄送】")) == (audience != "owner")


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "14 December 2026"), ("fr", "14 décembre 2026"), ("zh", "2026年12月14日"),
])
def test_a_date_is_written_the_way_each_language_writes_it(language, expected):
    assert format_date(date(2026, 12, 14), language) == expected
    assert format_date(datetime(2026, 12, 14, 23, 59), language) == expected


def test_the_first_of_the_month_is_premier_in_french_and_months_stand_alone():
    assert format_date(date(2027, 2, 1), "fr") == "1er février 2027"
    assert [format_month(date(2027, 8, 1), lang) for lang in LANGUAGES] == ["August 2027", "août 2027", "2027年8月"]


def test_details_render_in_the_recipients_language_and_missing_ones_leave_no_empty_line():
    values = {**BASE, "subscription": "Gold", "participant": None, "access_end": date(2026, 12, 14),
              "cancellation_month": date(2026, 11, 1), "refund_amount": Decimal("12.5"), "unknown": "ignored"}

    en = render("client_cancelled", "en", "owner", values).body
    zh = render("client_cancelled", "zh", "owner", values).body

    assert "Access until: 14 December 2026" in en
    assert "Cancellation month: November 2026" in en
    assert "Refund: 12.50" in en
    assert "Participant" not in en and "Last invoice" not in en and "ignored" not in en
    assert "服务截止日期：2026年12月14日" in zh and "取消月份：2026年11月" in zh


def test_braces_in_a_name_are_printed_not_interpreted():
    text = render("resumed", "en", "owner", {**BASE, "client_name": "{account_number} Ltd"})
    assert "{account_number} Ltd (AC-001)" in text.subject


def test_an_unknown_language_falls_back_to_english_and_an_unknown_event_is_refused():
    assert render("resumed", "de", "owner", BASE).body.startswith("Hello,")
    with pytest.raises(ValueError):
        render("client_left", "en", "owner", BASE)
