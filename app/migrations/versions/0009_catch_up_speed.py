"""A year's catch-up in seconds (issue 13): cheaper CHECK constraints on SQLite, and two
indexes for the lifecycle's weekly steps.

- SQLite (3.40) builds a table for an IN list at every execution of a statement: a CHECK
  ``status IN ('open', 'paid', 'void', 'credited')`` cost 1.7 µs on each inserted invoice,
  4 of the 36 s of a 365-day catch-up of the 100,000-client demo. Every ``col IN (...)``
  CHECK becomes the same test written as ORs (``col = 'open' OR col = 'paid' ...``).
  The rows already satisfy it (it is the same test), so the table is not copied: the
  definition is rewritten in place, SQLite's documented way to change a CHECK
  (https://www.sqlite.org/lang_altertable.html, "making other kinds of table schema
  changes"; a batch copy would take minutes on a large file and break the search triggers).
  PostgreSQL tests an IN list without that cost: its constraints stay as they are.
- ``ix_subscription_status_access_end``: the running subscriptions whose access ended,
  found without walking every past access end (24 ms a weekly step against 2).
- ``ix_card_expiry_due``: the cards not yet reminded of their expiry, by expiry month
  (partial: reminded and removed cards leave it); a weekly step read all 80,000 cards.

Revision ID: 0009_catch_up_speed
Revises: 0008_row_versions
Create Date: 2026-11-30 15:00:00
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = '0009_catch_up_speed'
down_revision = '0008_row_versions'
branch_labels = None
depends_on = None

# Kept in step with app.models.CARD_EXPIRY_MONTHS (a migration never imports the models).
_EXPIRY_MONTHS = "exp_year * 12 + exp_month"
_NOT_REMINDED = "removed IS NULL AND expiry_reminded IS NULL"

# A named CHECK of one column against a list of quoted words, as SQLAlchemy writes it.
_IN_LIST = re.compile(r"(CONSTRAINT \w+ CHECK \()(\w+) IN \(((?:'[a-z_]+'(?:, )?)+)\)\)")
_OR_LIST = re.compile(r"(CONSTRAINT \w+ CHECK \()((?:\w+ = '[a-z_]+'(?: OR )?)+)\)")


def _as_ors(match: re.Match[str]) -> str:
    column = match.group(2)
    return match.group(1) + " OR ".join(f"{column} = {word}" for word in match.group(3).split(", ")) + ")"


def _as_in(match: re.Match[str]) -> str:
    tests = match.group(2).split(" OR ")
    column = tests[0].split(" = ")[0]
    if any(t.split(" = ")[0] != column for t in tests):
        return match.group(0)
    return f"{match.group(1)}{column} IN ({', '.join(t.split(' = ')[1] for t in tests)}))"


def _rewrite_checks(pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]) -> None:
    """Rewrites the CHECKs `pattern` finds in SQLite's stored table definitions, in this
    transaction, and bumps the schema version so every connection reads them again."""
    conn = op.get_bind()
    changed = {}
    for name, sql in conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all():
        new = pattern.sub(replace, sql or "")
        if sql and new != sql:
            changed[name] = new
    if not changed:
        return
    version = conn.exec_driver_sql("PRAGMA schema_version").scalar()
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        if not conn.exec_driver_sql("PRAGMA writable_schema").scalar():
            # A SQLite built "defensive" ignores the pragma: the CHECKs stay IN lists (the
            # same tests, only slower to insert) rather than the file being refused.
            return
        for name, sql in changed.items():
            conn.exec_driver_sql("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql, name))
        conn.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        conn.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rewrite_checks(_IN_LIST, _as_ors)
    op.create_index('ix_subscription_status_access_end', 'subscription', ['status', 'access_end'])
    # In parentheses: PostgreSQL takes an expression only so (SQLite either way).
    op.create_index('ix_card_expiry_due', 'card', [sa.text(f"({_EXPIRY_MONTHS})")],
                    sqlite_where=sa.text(_NOT_REMINDED), postgresql_where=sa.text(_NOT_REMINDED))


def downgrade() -> None:
    op.drop_index('ix_card_expiry_due', table_name='card')
    op.drop_index('ix_subscription_status_access_end', table_name='subscription')
    if op.get_bind().dialect.name == "sqlite":
        _rewrite_checks(_OR_LIST, _as_in)
