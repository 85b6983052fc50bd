"""The refusal catalogue and its formatter (app/refusals.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.errors import PermissionDenied, RuleViolation
from app.refusals import render


def test_dates_months_and_money_are_written_in_english():
    text = render("until {d:date}, after {m:month}, {a:money}", {"d": date(2027, 6, 14), "m": date(2027, 6, 1),
                                                                 "a": Decimal("49")})
    assert text == "until 14 June 2027, after June 2027, 49.00"


def test_plural_picks_the_word_for_the_count():
    template = "{n} unpaid {n:plural:invoice|invoices}"
    assert render(template, {"n": 1}) == "1 unpaid invoice"
    assert render(template, {"n": 3}) == "3 unpaid invoices"


def test_error_keeps_its_code_and_params_and_reads_as_a_sentence():
    error = PermissionDenied("permission", action="void_invoice", needed="manager", held="staff")
    assert error.code == "permission"
    assert error.params["needed"] == "manager"
    assert str(error) == ("Voiding an invoice needs a manager; you are signed in as a staff member. "
                          "Ask a manager to do it.")


def test_a_missing_param_shows_its_name_instead_of_failing():
    assert render("{who} and {other}", {"who": "Ann"}) == "Ann and {other}"


def test_errors_compare_by_code_and_params():
    assert RuleViolation("x", a=1) == RuleViolation("x", a=1)
    assert RuleViolation("x", a=1) != RuleViolation("x", a=2)


def test_typed_name_must_match_exactly():
    from app.confirmation import confirms_name

    assert confirms_name("Acme Ltd", "Acme Ltd")
    assert confirms_name("Cre\u0301dit Lyon", "Crédit Lyon")  # the same letters, decomposed
    for near in ("Acme Ltd ", " Acme Ltd", "acme ltd", "Acme  Ltd", "Acme Lt", "", None):
        assert not confirms_name(near, "Acme Ltd")
def test_a_list_of_dates_is_written_long_and_joined():
    assert render("the dates are {d:dates}", {"d": [date(2027, 1, 15), date(2027, 2, 15)]}) == (
        "the dates are 15 January 2027, 15 February 2027")


def test_the_refusals_of_the_cancellation_rules_read_in_english_with_dates_not_iso():
    error = RuleViolation("unpaid_invoices", client="Acme", count=1, oldest=date(2026, 10, 1))
    assert str(error) == ("Acme has 1 unpaid invoice (the oldest issued 1 October 2026); record the payment or "
                          "credit it first, then cancel.")
    moved = RuleViolation("cancel_month_not_offered", month=date(2029, 6, 1), first=date(2026, 12, 1),
                          last=date(2028, 11, 1))
    assert str(moved) == ("June 2029 is not a month this subscription can be cancelled after; choose one from "
                          "December 2026 to November 2028.")
