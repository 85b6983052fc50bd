"""Bulk loading on PostgreSQL: many rows into a table with COPY (psycopg 3), the bulk
writers' one way in (the lifecycle's invoices, the demo).

COPY streams the rows in one command, several times faster than INSERTs even pipelined
or batched by executemany, and runs inside the caller's transaction with the same
constraints and foreign keys. Rows are tuples in the order of `columns`, values as the
driver writes them (dates, integers, strings; a JSON column takes its text). Ids given
explicitly do not move the table's sequence: the caller sets it afterwards (`setval`).
SQLite has no COPY: the callers keep their executemany there (`can_copy` says which).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, text
from sqlalchemy.sql.expression import TableClause


def can_copy(conn: Connection) -> bool:
    return conn.dialect.driver == "psycopg"


def copy_rows(conn: Connection, table: str, columns: Sequence[str], rows: Iterable[tuple]) -> int:
    """Writes `rows` into `table` with COPY on the connection's open transaction; returns how many."""
    quote = conn.dialect.identifier_preparer.quote
    sql = f"COPY {quote(table)} ({', '.join(quote(c) for c in columns)}) FROM STDIN"
    count = 0
    with conn.connection.driver_connection.cursor() as cursor, cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


def copy_dicts(conn: Connection, target: TableClause, rows: list[dict[str, Any]]) -> None:
    """`copy_rows` for rows as dicts with the same keys (the columns); JSON columns are
    written as their text, which Core would otherwise encode. Changes those values in `rows`."""
    if not rows:
        return
    columns = list(rows[0])
    json_columns = [c for c in columns if isinstance(target.c[c].type, JSON)]
    for row in rows:
        for name in json_columns:
            if row[name] is not None:
                row[name] = json.dumps(row[name])
    copy_rows(conn, target.name, columns, map(itemgetter(*columns), rows))


def owns_tables(conn: Connection, names: Sequence[str]) -> bool:
    """Whether the signed-in login owns (or is a member of the owner of) every table named."""
    return bool(conn.scalar(text(
        "SELECT bool_and(pg_has_role(current_user, relowner, 'USAGE')) FROM pg_class "
        "WHERE oid::regclass::text = ANY(:names)"), {"names": list(names)}))


@contextmanager
def foreign_keys_set_aside(conn: Connection, names: Sequence[str], active: bool) -> Iterator[None]:
    """PostgreSQL's own advice for a bulk load ("Populating a Database": remove foreign key
    constraints): the foreign keys of the tables `names` are dropped, and added back at
    the end, which checks every row at once by a join instead of one lookup per row (two
    thirds of the demo's COPY time). Inside the caller's one transaction: an error, or a
    row that breaks a key, rolls everything back with the keys in place. Needs a login
    that owns the tables (`owns_tables`); `active` False does nothing."""
    if not active:
        yield
        return
    keys = conn.execute(text(
        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE contype = 'f' AND conrelid::regclass::text = ANY(:names) ORDER BY 1, 2"),
        {"names": list(names)}).all()
    quote = conn.dialect.identifier_preparer.quote
    for table_name, name, _definition in keys:
        conn.exec_driver_sql(f"ALTER TABLE {table_name} DROP CONSTRAINT {quote(name)}")
    yield
    for table_name, name, definition in keys:
        conn.exec_driver_sql(f"ALTER TABLE {table_name} ADD CONSTRAINT {quote(name)} {definition}")
