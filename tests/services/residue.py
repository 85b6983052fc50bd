"""Looking for a purged client's personal data everywhere it could survive: every column of
every table the schema knows (so a new table is searched without touching this file),
and the raw bytes of the SQLite file and its WAL."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import String, Text, cast, column, func, inspect, or_, select, table

from app.desk import Desk


def rows_mentioning(desk: Desk, needles: list[str]) -> list[tuple[str, str, str]]:
    """(table, column, value) of every cell containing one of `needles`, case-insensitively.

    The tables are the database's own (inspector), not only the models', so the search
    index and any table a later migration adds are searched too."""
    found = []
    with desk.engine.connect() as conn:
        inspector = inspect(conn)
        for name in inspector.get_table_names():
            columns = [c["name"] for c in inspector.get_columns(name)]
            tab = table(name, *[column(c) for c in columns])
            for col in columns:
                as_text = func.lower(cast(tab.c[col], Text if desk.dialect == "postgresql" else String))
                hits = conn.execute(select(tab.c[col]).where(
                    or_(*[as_text.contains(n.lower()) for n in needles]))).scalars().all()
                found += [(name, col, str(v)) for v in hits]
    return found


def file_bytes_mentioning(db_file: Path, needles: list[str]) -> list[tuple[str, str]]:
    """(file, needle) for each needle found in the raw bytes of the database file or its WAL,
    as written and in lower case (the search index keeps lower-cased words)."""
    found = []
    for path in (db_file, db_file.with_name(db_file.name + "-wal")):
        if not path.exists():
            continue
        data = path.read_bytes()
        for needle in needles:
            for form in {needle, needle.lower()}:
                if form.encode("utf-8") in data:
                    found.append((path.name, form))
    return found
