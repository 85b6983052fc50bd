"""Reading the record in French and Chinese (issue 10): the age of a request with each
language's plural forms, "today", and the purchases' new columns."""

from __future__ import annotations

from contextlib import nullcontext

import pytest
from languages import LOCALES, locale_of, translated
from PySide6.QtCore import QLocale, Qt

EXPECTED = {
    "fr": {"ages": ["0 jour ouvré", "1 jour ouvré", "2 jours ouvrés", "12 jours ouvrés"],
           "today": "Aujourd'hui", "headers": ["Forfait", "Participant", "Prix", "Périodicité"]},
    "zh": {"ages": ["0 个工作日", "1 个工作日", "2 个工作日", "12 个工作日"],
           "today": "今天", "headers": ["套餐", "参与者", "价格", "周期"]},
}


@pytest.mark.parametrize("code", EXPECTED)
def test_request_ages_take_the_plural_forms_of_the_language(code, catalogues, qapp):
    from ui.dialogs.review_request import business_days_text
    from ui.requests_page import today_text

    with translated(catalogues, code):
        ages = [business_days_text(n) for n in (0, 1, 2, 12)]
        today = today_text()
    assert ages == EXPECTED[code]["ages"]
    assert today == EXPECTED[code]["today"]


def test_request_ages_in_english_are_singular_for_one_only():
    from ui.dialogs.review_request import business_days_text

    assert [business_days_text(n) for n in (0, 1, 2)] == ["0 business days", "1 business day",
                                                                  "2 business days"]


@pytest.mark.parametrize("code", EXPECTED)
def test_the_purchases_headers_are_translated(code, catalogues, qtbot):
    from ui.detail_pane import DetailPane

    with translated(catalogues, code):
        pane = DetailPane()
        qtbot.addWidget(pane)
        model = pane.purchases_model
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == EXPECTED[code]["headers"]


COUNTS = {
    "en": ["0 of 0 clients", "1 of 1 client", "1 of 4 clients", "3 of {n} subscriptions", "1 of 1 email"],
    "fr": ["0 sur 0 client", "1 sur 1 client", "1 sur 4 clients", "3 sur 1\u202f200 abonnements",
           "1 sur 1 e-mail"],
    "zh": ["0 / 0 个客户", "1 / 1 个客户", "1 / 4 个客户", "3 / 1,200 个订阅", "1 / 1 封邮件"],
}


@pytest.mark.parametrize("code", COUNTS)
def test_the_status_bar_counts_agree_in_number_with_their_total(code, catalogues, qapp):
    from ui.count_words import CountWords

    with translated(catalogues, code), (locale_of(code) if code in LOCALES else nullcontext()):
        words = CountWords()
        counts = [words.clients(0, 0), words.clients(1, 1), words.clients(1, 4),
                  words.subscriptions(3, 1200), words.emails(1, 1)]
    assert counts == [text.replace("{n}", QLocale().toString(1200)) for text in COUNTS[code]]
