"""Fixtures of the import dialog tests: a desk on a real SQLite file."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "excel_import"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from app.desk import Desk  # noqa: E402


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    opened = Desk.open(f"sqlite:///{tmp_path / 'ui.sqlite3'}", today=date(2026, 11, 30))
    yield opened
    opened.close()
