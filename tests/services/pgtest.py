"""The PostgreSQL test server (kept for the modules that import it by this name)."""

from __future__ import annotations

from desk_fixtures import PG_URL, reset_postgres

__all__ = ["PG_URL", "reset_postgres"]
