"""Fuzzing the import (issue 12): random and mutated workbooks and CSV files never crash
it and never write part of a file. Each ends in a refusal (a DeskError, the database
unchanged) or a whole import, within bounded time."""

from __future__ import annotations

import time
from io import BytesIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from snapshot import snapshot
from workbooks import CLIENTS, CONTACTS, SUBSCRIPTIONS

from app.errors import DeskError

FUZZ = settings(max_examples=150, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _template_bytes() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in {
        "Clients": [CLIENTS, ["FZ-1", "Fuzz Ltd", "direct", "en", None, "fuzz@example.test", None]],
        "Contacts": [CONTACTS, [1, "FZ-1", "Fay Fuzz", "fay@example.test", "primary_admin", "yes"]],
        "Subscriptions": [SUBSCRIPTIONS, [1, "FZ-1", None, "Team", 20, "monthly", "15/11/2026", None]],
    }.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    out = BytesIO()
    book.save(out)
    return out.getvalue()


TEMPLATE = _template_bytes()


def _outcome(desk, path, run) -> str:
    before = snapshot(desk)
    started = time.perf_counter()
    try:
        run(path)
    except DeskError as refusal:
        assert str(refusal)  # a sentence, not a traceback
        assert snapshot(desk) == before, "a refused import changed the database"
        outcome = "refused"
    else:
        outcome = "imported"
    assert time.perf_counter() - started < 10
    return outcome


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url  # SQLite only: many examples, each a real import


@pytest.fixture
def manager_desk(open_desk):
    return open_desk()


@FUZZ
@given(mutations=st.lists(st.tuples(st.integers(0, len(TEMPLATE) - 1), st.integers(0, 255)), min_size=1,
                          max_size=12))
def test_a_mutated_workbook_is_refused_or_imported_whole(manager_desk, tmp_path_factory, mutations):
    data = bytearray(TEMPLATE)
    for position, value in mutations:
        data[position] = value
    path = tmp_path_factory.mktemp("fuzz") / "mutated.xlsx"
    path.write_bytes(bytes(data))
    _outcome(manager_desk, path, manager_desk.import_xlsx)


@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes_are_refused(manager_desk, tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "random.xlsx"
    path.write_bytes(b"PK\x03\x04" + data if data[:1] == b"\x00" else data)
    assert _outcome(manager_desk, path, manager_desk.import_xlsx) == "refused"


@FUZZ
@given(text=st.text(max_size=400), encoding=st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]),
       delimiter=st.sampled_from([",", ";", "\t", "|"]))
def test_a_random_csv_is_refused_or_imported_whole(manager_desk, tmp_path_factory, text, encoding, delimiter):
    body = "Company;Email;Phone\n".replace(";", delimiter) + text
    path = tmp_path_factory.mktemp("fuzz") / "random.csv"
    path.write_bytes(body.encode(encoding, errors="replace"))
    _outcome(manager_desk, path, manager_desk.import_foreign)
