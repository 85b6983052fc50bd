"""The import tests run on a real SQLite file and (marked) PostgreSQL, with the shared
database fixtures (tests/desk_fixtures.py), and use the snapshot helper of tests/services."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

TODAY = date(2026, 11, 30)


@pytest.fixture
def db_url(any_db_url: str) -> str:
    return any_db_url


@pytest.fixture
def today() -> date:
    return TODAY
