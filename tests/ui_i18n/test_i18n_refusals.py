"""Refusals in the user's language (DESIGN.md §13, §16): a blocked cancellation speaks
French or Chinese, with the month and the date as that language writes them, and every
refusal code raised in app/ has an English template and a translation in ui/refusals.py
with the same placeholders."""

from __future__ import annotations

import ast
import string
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from languages import locale_of, translated
from PySide6.QtWidgets import QLabel, QPushButton

from app.desk import Desk
from app.refusals import LABELS, TEMPLATES
from ui import refusals
from ui.dialogs.cancel_subscription import CancelSubscriptionDialog

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 23)
ERRORS = {"DeskError", "RuleViolation", "PermissionDenied", "NotFound", "Conflict", "DatabaseError"}


@pytest.fixture
def today() -> date:
    return TODAY


def _client(desk: Desk, *, card: bool, seats: int = 1) -> int:
    client = desk.add_client("Acme", email="acme@example.com")
    desk.add_contact(client, "Alice Martin", "alice@example.com", role="primary_admin", seat=True)
    for n in range(1, seats):
        desk.add_contact(client, f"User {n}", f"user{n}@example.com", seat=True)
    if card:
        desk.add_card(client, "Visa", "4242", 12, 2028)
    return client


def _shown_refusal(qtbot, desk: Desk, sub: int) -> str:
    """The blocker sentence of the cancel dialog, checked to be the disabled action's tooltip too."""
    dialog = CancelSubscriptionDialog(desk, desk.cancellation_form(sub))
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "blockerLabel").text()
    action = dialog.findChild(QPushButton, "actionButton")
    assert not action.isEnabled() and action.toolTip() == text
    return text


UNPAID = {
    "fr": "Acme a 2 factures impayées (la plus ancienne émise le jeudi 1 octobre 2026)\u00a0; enregistrez le "
          "paiement ou créditez-les d'abord, puis résiliez.",
    "zh": "Acme 有 2 张未付发票（最早的开具于 2026年10月1日星期四）；请先登记付款或冲销，然后再终止。",
}
EARLIEST = {"fr": "Cet abonnement est déjà résilié après décembre 2026, le mois le plus proche possible",
            "zh": "此订阅已设为在 2026年12月 之后终止，这是最早可选的月份"}
SEATS = {"fr": "Acme a 3 postes payants actifs et au plus 2 sont admis pour résilier",
         "zh": "Acme 有 3 个有效付费席位，而终止时最多允许 2 个"}


@pytest.mark.parametrize("code", ["fr", "zh"])
def test_unpaid_invoices_block_in_the_language_with_its_long_date(code, catalogues, qtbot, desk):
    sub = desk.add_subscription(_client(desk, card=False), "Team", Decimal("49.00"), start=date(2026, 10, 1))
    refusal = desk.cancellation_blocker(sub)
    assert (refusal.code, refusal.params["count"], refusal.params["oldest"]) == ("unpaid_invoices", 2,
                                                                                date(2026, 10, 1))
    with translated(catalogues, code), locale_of(code):
        shown = _shown_refusal(qtbot, desk, sub)
    assert shown == UNPAID[code]
    # Scripts and logs keep the English sentence.
    assert str(refusal).startswith("Acme has 2 unpaid invoices (the oldest issued 1 October 2026)")


@pytest.mark.parametrize("code", ["fr", "zh"])
def test_a_cancellation_at_the_earliest_month_blocks_with_the_month_in_the_language(code, catalogues, qtbot,
                                                                                      desk):
    sub = desk.add_subscription(_client(desk, card=True), "Team", Decimal("49.00"), start=date(2026, 1, 15))
    desk.cancel_subscription(sub, date(2026, 12, 1))
    with translated(catalogues, code), locale_of(code):
        shown = _shown_refusal(qtbot, desk, sub)
    assert shown.startswith(EARLIEST[code])
    assert "December" not in shown and "2026-12" not in shown


@pytest.mark.parametrize("code", ["fr", "zh"])
def test_too_many_paid_seats_block_in_the_language(code, catalogues, qtbot, desk):
    sub = desk.add_subscription(_client(desk, card=True, seats=3), "Team", Decimal("49.00"),
                                start=date(2026, 1, 15))
    with translated(catalogues, code), locale_of(code):
        shown = _shown_refusal(qtbot, desk, sub)
    assert shown.startswith(SEATS[code])


def test_a_sentence_follows_the_catalogue_installed_then_removed_in_the_same_process(catalogues):
    from app.errors import RuleViolation

    refusal = RuleViolation("cancel_ended", end=date(2027, 6, 14))
    english = refusals.sentence(refusal)  # the translated tables are remembered: English first
    assert english.startswith("This subscription already ended on")
    with translated(catalogues, "fr"):
        french = refusals.sentence(refusal)
    assert french != english and "abonnement" in french
    assert refusals.sentence(refusal) == english  # the catalogue removed: English again


def test_without_a_catalogue_the_sentence_is_english_and_an_unknown_code_is_its_english_str():
    from app.errors import RuleViolation

    with locale_of("fr"):  # French dates alone do not make French words
        known = refusals.sentence(RuleViolation("cancel_ended", end=date(2027, 6, 14)))
    assert known == "This subscription already ended on lundi 14 juin 2027; buy it again for the client if they want it back."
    unknown = RuleViolation("no_such_code_yet")
    assert refusals.sentence(unknown) == str(unknown) == "no_such_code_yet"


# --- every code raised in app/ is in both catalogues ------------------------------------
def raised_codes() -> dict[str, str]:
    """code -> where: every call of a DeskError class with a string literal first argument."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            first = node.args[0]
            if name in ERRORS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.setdefault(first.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_the_scan_finds_the_codes_of_every_area():
    codes = raised_codes()
    assert {"unpaid_invoices", "permission", "not_found", "text_empty", "database_newer", "keyring_file_only",
            "sender_missing", "setting_choice", "close_not_owner"} <= set(codes)
    assert len(codes) > 80


def test_every_code_raised_in_app_has_an_english_template_and_a_translation_with_its_placeholders():
    translated_templates = refusals.templates()
    problems = []
    for code, where in raised_codes().items():
        if code not in TEMPLATES:
            problems.append(f"{code} ({where}): no English template in app/refusals.py")
        elif code not in translated_templates:
            problems.append(f"{code} ({where}): no translatable template in ui/refusals.py")
        elif fields(translated_templates[code]) != fields(TEMPLATES[code]):
            problems.append(f"{code}: ui/refusals.py has {sorted(fields(translated_templates[code]))}, "
                            f"app/refusals.py {sorted(fields(TEMPLATES[code]))}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", ["fr", "zh"])
def test_every_translation_keeps_the_placeholders_and_every_label_is_translated(code, catalogues):
    with translated(catalogues, code):
        templates, labels = refusals.templates(), refusals.labels()
    assert set(templates) == set(TEMPLATES)
    different = {c: sorted(fields(t)) for c, t in templates.items() if fields(t) != fields(TEMPLATES[c])}
    assert not different
    untranslated = sorted(c for c, t in templates.items() if t == TEMPLATES[c])
    assert not untranslated
    assert set(labels) == set(LABELS)
    assert not [c for c, word in labels.items() if word == LABELS[c] and c not in ("client", "contact", "note",
                                                                                    "message", "participant")]
