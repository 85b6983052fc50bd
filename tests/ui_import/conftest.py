"""Fixtures of the import dialog tests: a desk on a real SQLite file."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "excel_import"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))



@pytest.fixture
def today() -> date:
    return date(2026, 11, 30)
