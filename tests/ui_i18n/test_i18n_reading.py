"""Reading the record in French and Chinese (issue 10): the age of a request with each
language's plural forms, "today", and the purchases' new columns."""

from __future__ import annotations

import pytest
from languages import translated
from PySide6.QtCore import Qt

EXPECTED = {
    "fr": {"ages": ["0 jour ouvré", "1 jour ouvré", "2 jours ouvrés", "12 jours ouvrés"],
           "today": "Aujourd'hui", "headers": ["Forfait", "Participant", "Prix", "Périodicité"]},
    "zh": {"ages": ["0 个工作日", "1 个工作日", "2 个工作日", "12 个工作日"],
           "today": "今天", "headers": ["套餐", "参与者", "价格", "周期"]},
}


@pytest.mark.parametrize("code", EXPECTED)
def test_request_ages_take_the_plural_forms_of_the_language(code, catalogues):
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
