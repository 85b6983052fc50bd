"""Migration 0009_catch_up_speed (issue 13): on SQLite every `col IN (...)` CHECK becomes
the same test written as ORs, rewritten in place; two indexes serve the lifecycle's
weekly steps, and the statements the lifecycle runs do use them."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import event

import app.db
from app.desk import Desk
from app.schema_version import HEAD

BEFORE = "0008_row_versions"
# One constraint per line, as SQLAlchemy writes a CREATE TABLE.
CHECK = re.compile(r"CONSTRAINT (ck_\w+) CHECK \((.*)\),?\s*$", re.M)


def _alembic(path: Path, step, revision: str, *, defensive: bool = False) -> None:
    engine = app.db.make_engine(f"sqlite:///{path}")
    if defensive:  # as a SQLite built "defensive" would: PRAGMA writable_schema = ON is ignored
        event.listen(engine, "before_cursor_execute", retval=True,
                     fn=lambda _c, _cur, sql, params, *_rest: ("SELECT 0" if sql == "PRAGMA writable_schema"
                                                               else sql, params))
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(app.db.__file__).with_name("migrations")))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            step(cfg, revision)
    finally:
        engine.dispose()


def _schema(path: Path) -> tuple[dict[str, str], dict[str, list]]:
    """Every table's and index's definition, and every table's rows."""
    con = sqlite3.connect(path)
    try:
        definitions = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                                       "AND name NOT LIKE 'client_fts%' AND name != 'alembic_version'"))
        tables = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
        rows = {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return definitions, rows
    finally:
        con.close()


def _checks(definitions: dict[str, str]) -> dict[str, str]:
    return {name: test for sql in definitions.values() for name, test in CHECK.findall(sql)}


def _holds(test: str, column: str, value: object) -> bool:
    con = sqlite3.connect(":memory:")
    try:
        return bool(con.execute(f"SELECT {test} FROM (SELECT ? AS {column})", (value,)).fetchone()[0])
    finally:
        con.close()


def test_the_in_lists_become_ors_that_accept_and_refuse_the_same_values_and_nothing_else_changes(tmp_path):
    path = tmp_path / "desk.sqlite3"
    with Desk.open(f"sqlite:///{path}", today=date(2026, 1, 10)) as desk:
        client = desk.add_client("Acme", email="acme@example.com")
        desk.add_card(client, "Visa", "4242", 2, 2026)
        desk.add_subscription(client, "Plan", Decimal("10.00"), start=date(2026, 1, 5))
    now = _schema(path)
    _alembic(path, command.downgrade, BEFORE)
    older = _schema(path)
    _alembic(path, command.upgrade, HEAD)
    assert _schema(path) == now  # the upgrade of a file at 0008 gives what a new file has
    assert older[1] == now[1]  # the rows are untouched both ways

    old_checks, new_checks = _checks(older[0]), _checks(now[0])
    assert old_checks.keys() == new_checks.keys() and len(new_checks) >= 12
    rewritten = {name for name in new_checks if old_checks[name] != new_checks[name]}
    assert {"ck_invoice_status", "ck_subscription_status", "ck_email_status", "ck_client_status"} <= rewritten
    assert not any(" IN (" in new_checks[name] for name in new_checks)
    for name in rewritten:
        column, words = re.fullmatch(r"(\w+) IN \((.*)\)", old_checks[name]).groups()
        values = [w.strip("'") for w in words.split(", ")]
        for value in [*values, "bogus", "", None, values[0].upper()]:
            assert _holds(new_checks[name], column, value) == _holds(old_checks[name], column, value), (name, value)
    assert [n for n in now[0] if n not in older[0]] == ["ix_subscription_status_access_end", "ix_card_expiry_due"]

    con = sqlite3.connect(path)  # still enforced
    try:
        bad = con.execute("UPDATE invoice SET status = 'bogus'")
    except sqlite3.IntegrityError as refused:
        bad = refused
    finally:
        con.close()
    assert "ck_invoice_status" in str(bad)


def test_a_sqlite_that_ignores_writable_schema_keeps_its_in_lists_and_is_brought_up_to_date(tmp_path):
    path = tmp_path / "desk.sqlite3"
    with Desk.open(f"sqlite:///{path}", today=date(2026, 1, 10)) as desk:
        client = desk.add_client("Acme")
    _alembic(path, command.downgrade, BEFORE)
    older = _schema(path)
    _alembic(path, command.upgrade, HEAD, defensive=True)
    now = _schema(path)
    assert _checks(now[0]) == _checks(older[0]) and now[1] == older[1]  # the same tests, as IN lists
    assert {"ix_subscription_status_access_end", "ix_card_expiry_due"} <= now[0].keys()
    with Desk.open(f"sqlite:///{path}", today=date(2026, 1, 10)) as desk:
        assert desk.client(client).name == "Acme"


def test_the_lifecycle_weekly_steps_find_their_rows_through_the_indexes_or_by_id(tmp_path):
    path = tmp_path / "desk.sqlite3"
    statements: list[str] = []
    with Desk.open(f"sqlite:///{path}", today=date(2026, 1, 10)) as desk:
        client = desk.add_client("Acme", email="acme@example.com")
        desk.add_card(client, "Visa", "4242", 3, 2026)
        desk.add_subscription(client, "Plan", Decimal("10.00"), start=date(2026, 1, 5))
        leaving = desk.add_client("Beta")
        desk.add_card(leaving, "Visa", "1881", 12, 2030)
        sub = desk.add_subscription(leaving, "Plan", Decimal("10.00"), start=date(2026, 1, 5))
        desk.cancel_subscription(sub, desk.cancellation_months(sub)[0].month)
        event.listen(desk.engine, "before_cursor_execute",
                     lambda _c, _cur, sql, *_rest: statements.append(sql))
        counts = desk.run_lifecycle(date(2026, 1, 10) + timedelta(days=60))
    assert (counts["card_reminders"], counts["subscriptions_expired"], counts["clients_expired"]) == (1, 1, 1)
    con = sqlite3.connect(path)
    try:
        def plan(start: str, marker: str) -> str:
            [sql] = {s for s in statements if marker in s and s.lstrip().startswith(start)}
            # As on a chunk of 2,000 ids (the planner weighs the length of an IN list).
            sql = re.sub(r"\.id IN \(\?\)", ".id IN (" + ", ".join(["?"] * 2000) + ")", sql)
            return " ".join(row[3] for row in con.execute(f"EXPLAIN QUERY PLAN {sql}", [None] * sql.count("?")))
        # A search of the index by range, not a scan of it.
        assert "SEARCH card USING INDEX ix_card_expiry_due (<expr><?)" in plan("SELECT", "card.expiry_reminded IS NULL")
        assert ("SEARCH subscription USING INDEX ix_subscription_status_access_end (status=? AND access_end<?)"
                in plan("SELECT", "subscription.access_end <"))
        # The rows listed by id are found by id.
        assert plan("UPDATE subscription SET status", "") == "SEARCH subscription USING INTEGER PRIMARY KEY (rowid=?)"
        assert plan("UPDATE client SET status", "") == "SEARCH client USING INTEGER PRIMARY KEY (rowid=?)"
        assert plan("SELECT client.id, client.status", "").startswith(
            "SEARCH client USING INTEGER PRIMARY KEY (rowid=?)")
    finally:
        con.close()
