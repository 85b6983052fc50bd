"""Live refresh and server failures: on a real SQLite file and the real PostgreSQL server (marked)."""

from __future__ import annotations

import pytest


@pytest.fixture
def db_url(any_db_url: str) -> str:
    return any_db_url
