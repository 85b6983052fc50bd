"""A whole-database snapshot, to assert that a refused call changed nothing."""

from __future__ import annotations

from sqlalchemy import select

from app.desk import Desk
from app.models import Base


def snapshot(desk: Desk) -> dict[str, list[tuple]]:
    with desk.engine.connect() as conn:
        return {
            table.name: [tuple(row) for row in conn.execute(select(table).order_by(*table.primary_key.columns))]
            for table in Base.metadata.sorted_tables
        }
