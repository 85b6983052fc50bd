"""The PostgreSQL test server: its URL, and a reset to an empty schema."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text

PG_URL = os.environ.get("ACCOUNTDESK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def reset_postgres(url: str = PG_URL) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"PostgreSQL is not reachable at {url}: {exc}")
    finally:
        engine.dispose()
