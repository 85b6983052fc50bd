"""Fault injection: run an operation in a subprocess, SIGKILL it at a random point, then
check the database (issue 12).

Each trial starts from a copy of the operation's base database and kills the child
either
- at a seeded random *point*: the n-th SQL statement or commit the operation issues
  (the child kills itself with SIGKILL just before it), which lands on every step
  boundary, including just before and just after each commit; or
- after a seeded random *delay* from the start of the operation, which lands anywhere,
  inside SQLite's own writing and syncing too.

Then the checks: ``PRAGMA integrity_check`` and ``foreign_key_check`` and the FTS
index's own check; the invariants (``invariants``); and all-or-nothing: the database
must equal, column for column, one of the states the operation may leave (before,
after, or for a catch-up committed week by week, the state after one of its weeks).
Those states come from a reference run of the same operation in this process, with
the same fixed clock; only the random Message-IDs are left out of the comparison.

Adding an operation (the purge, an import, an export): write an ``Operation`` with
``prepare`` (builds the base through the facade), ``run`` (what the child does) and
``states`` (the reference run, returning the acceptable states, each named), and add
it to ``OPERATIONS``. ``tests/faults/test_faults.py`` runs every operation listed.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from app import consistency

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("child.py")
START = date(2026, 1, 5)
NOW = datetime(2026, 1, 5, 9, 0)  # every use case's clock, in the child and the reference
CATCH_UP_TO = START + timedelta(days=7 * 40)
State = dict[str, list[tuple]]


@dataclass(frozen=True)
class Operation:
    name: str
    prepare: Callable[[Any], dict[str, Any]]  # (desk) -> parameters of run
    run: Callable[[Any, dict[str, Any]], object]  # (desk, parameters)
    states: Callable[[str, dict[str, Any]], dict[str, State]]  # (url of a base copy, parameters)


# --- the operations ----------------------------------------------------------------------
def _prepare_lifecycle(desk: Any) -> dict[str, Any]:
    for i in range(60):
        client = desk.add_client(f"Client {i:03d}", email=f"c{i}@example.test")
        desk.add_contact(client, f"Owner {i}", f"owner{i}@example.test", role="primary_admin")
        desk.add_subscription(client, "Team", Decimal("20.00"), start=START - timedelta(days=3 * i))
        if i % 3 == 0:
            desk.add_subscription(client, "Pro", Decimal("99.00"), period="annual",
                                  start=START - timedelta(days=30 + i), end_date=START + timedelta(days=60 + 5 * i))
        if i % 7 == 0:
            desk.add_client(f"Trial {i:03d}", kind="trial", trial_end=START + timedelta(days=10 * i + 3))
    desk.run_lifecycle(START)
    return {"until": CATCH_UP_TO.isoformat()}


def _run_lifecycle(desk: Any, params: dict[str, Any]) -> object:
    return desk.run_lifecycle(date.fromisoformat(params["until"]))


def _lifecycle_states(url: str, params: dict[str, Any]) -> dict[str, State]:
    """The state after each committed transaction of the catch-up (invoice batches, then
    the weekly steps and their purges)."""
    from app.desk import Desk

    states: dict[str, State] = {}
    with Desk.open(url, today=START) as desk:
        desk.now = lambda: NOW
        path = url.removeprefix("sqlite:///")
        states["before"] = read_state(path)

        class Recorder:  # app.progress.Progress: the state after each committed transaction
            def step(self, done: int, total: int | None) -> None:
                states[f"transaction {done} of {total}"] = read_state(path)

            def cancelled(self) -> bool:
                return False

        desk.run_lifecycle(date.fromisoformat(params["until"]), progress=Recorder())
    names = list(states)
    # The first and last states are the operation not applied and fully applied.
    return {("not applied" if i == 0 else "applied" if i == len(names) - 1 else name): states[name]
            for i, name in enumerate(names)}


def _prepare_cancellation(desk: Any) -> dict[str, Any]:
    client = desk.add_client("Many Subscriptions Ltd", email="billing@many.test")
    desk.add_contact(client, "Mona Many", "mona@many.test", role="primary_admin")
    desk.add_card(client, "Visa", "4242", 12, 2030)
    for i in range(40):
        desk.add_subscription(client, f"Seat {i}", Decimal("10.00"), start=START - timedelta(days=40 + i))
    # The card on file pays the invoices: nothing open blocks the cancellation.
    other = desk.add_client("Bystander", email="b@by.test")
    desk.add_subscription(other, "Team", Decimal("20.00"), start=START)
    return {"client": client}


def _run_cancellation(desk: Any, params: dict[str, Any]) -> object:
    return desk.cancel_all(params["client"])


def _before_after(run: Callable[[Any, dict[str, Any]], object]) -> Callable[[str, dict[str, Any]], dict[str, State]]:
    def states(url: str, params: dict[str, Any]) -> dict[str, State]:
        from app.desk import Desk

        path = url.removeprefix("sqlite:///")
        found = {"not applied": read_state(path)}
        with Desk.open(url, today=START) as desk:
            desk.now = lambda: NOW
            run(desk, params)
        found["applied"] = read_state(path)
        return found
    return states


def _prepare_import(desk: Any) -> dict[str, Any]:
    """A template workbook of 40 clients, each with its owner and a subscription, beside the base."""
    from openpyxl import Workbook

    desk.add_client("Already There", email="there@example.test")
    folder = Path(desk.engine.url.database).parent
    book = Workbook()
    book.remove(book.active)
    rows = {
        "Clients": [["Account number", "Name", "Kind", "Language", "Trial end", "Email", "Created"]],
        "Contacts": [["Id", "Account number", "Name", "Email", "Role", "Paid seat"]],
        "Subscriptions": [["Id", "Account number", "Participant", "Plan", "Price", "Period", "Start", "Billing day"]],
    }
    for i in range(40):
        number = f"IM-{i:03d}"
        rows["Clients"].append([number, f"Imported {i:03d}", "direct", "en", None, f"i{i}@example.test",
                                START - timedelta(days=i)])
        rows["Contacts"].append([i + 1, number, f"Owner {i}", f"owner{i}@example.test", "primary_admin", "yes"])
        rows["Subscriptions"].append([i + 1, number, None, "Team", 20, "monthly", START - timedelta(days=i), None])
    for name, lines in rows.items():
        sheet = book.create_sheet(name)
        for line in lines:
            sheet.append(line)
    path = folder / "import.xlsx"
    book.save(path)
    return {"path": str(path)}


def _run_import(desk: Any, params: dict[str, Any]) -> object:
    return desk.import_xlsx(params["path"])


def _prepare_purge(desk: Any) -> dict[str, Any]:
    """Three deactivated clients with notes, attachments-free history and emails, whose purge
    date comes in the run; a bystander that stays."""
    for i in range(3):
        client = desk.add_client(f"Leaving {i} Ltd", email=f"leaving{i}@example.test", phone=f"+33 1 00 00 00 0{i}")
        owner = desk.add_contact(client, f"Owner {i}", f"owner{i}@example.test", role="primary_admin")
        desk.add_contact(client, f"User {i}", f"user{i}@example.test")
        desk.add_note(client, f"Called {i} about leaving")
        desk.deactivate(client, reason="Stopped trading", requester=owner, confirm_name=f"Leaving {i} Ltd",
                        backup="skipped")
    stay = desk.add_client("Staying Ltd", email="stay@example.test")
    desk.add_subscription(stay, "Team", Decimal("20.00"), start=START)
    return {"until": (START + timedelta(days=15)).isoformat()}


def _commit_states(run: Callable[[Any, dict[str, Any]], object]) -> Callable[[str, dict[str, Any]], dict[str, State]]:
    """The state after every commit of `run` (an operation of several transactions, each
    consistent: the purge's journal, its email outcome, its rows)."""
    def states(url: str, params: dict[str, Any]) -> dict[str, State]:
        from sqlalchemy import event
        from sqlalchemy.orm import Session

        from app.desk import Desk

        path = url.removeprefix("sqlite:///")
        found = {"not applied": read_state(path)}

        def committed(_session: Session) -> None:
            found[f"commit {len(found)}"] = read_state(path)

        event.listen(Session, "after_commit", committed)
        try:
            with Desk.open(url, today=START) as desk:
                desk.now = lambda: NOW
                run(desk, params)
        finally:
            event.remove(Session, "after_commit", committed)
        found["applied"] = read_state(path)
        return found
    return states


OPERATIONS: dict[str, Operation] = {
    "purge": Operation("purge", _prepare_purge, _run_lifecycle, _commit_states(_run_lifecycle)),
    "import": Operation("import", _prepare_import, _run_import, _before_after(_run_import)),
    "lifecycle": Operation("lifecycle", _prepare_lifecycle, _run_lifecycle, _lifecycle_states),
    "cancellation": Operation("cancellation", _prepare_cancellation, _run_cancellation,
                              _before_after(_run_cancellation)),
    # "export" changes no row: its file is written to a temporary name and renamed (tests/excel).
}


# --- reading and checking a database -----------------------------------------------------
VOLATILE = {"message_id"}  # random by design (make_msgid)


def read_state(path: str | Path) -> State:
    """Every row of every table (the search index's shadow tables aside), volatile columns dropped."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'client_fts%' ORDER BY name")]
        state = {}
        for table in tables:
            cur = con.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
            keep = [i for i, d in enumerate(cur.description) if d[0] not in VOLATILE]
            state[table] = [tuple(row[i] for i in keep) for row in cur]
        return state
    finally:
        con.close()


def integrity_problems(path: str | Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        problems = []
        result = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems.append(f"integrity_check: {result[:3]}")
        if con.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("foreign_key_check found orphans")
        try:
            con.execute("INSERT INTO client_fts(client_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            problems.append(f"search index: {exc}")
        return problems
    finally:
        con.close()


# The checks of app/consistency.py every interrupted operation must leave holding.
INVARIANTS = {name: consistency.sql(name) for name in (
    "an invoice without its subscription",
    "the same invoice issued twice",
    "a cancelled subscription without its audit event",
    "an outbox email about a cancellation that is not there",
    "invoices issued past the day the lifecycle was asked to reach",
    "an expired subscription without its audit event",
    "an ended trial without its audit event",
)}


# Values an operation may not change without the matching audit: the invoices the
# lifecycle issued are counted in its run events.
BALANCES = {
    "invoices issued without a lifecycle run or import event counting them":
        "SELECT (SELECT count(*) FROM invoice) - (SELECT coalesce(sum(json_extract(after, '$.invoices_issued')), 0) "
        "FROM audit_event WHERE action IN ('lifecycle.run', 'import.xlsx'))",
}


def balances(path: str | Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {name: con.execute(sql).fetchone()[0] for name, sql in BALANCES.items()}
    finally:
        con.close()


def invariant_problems(path: str | Path, base_balances: dict[str, int] | None = None) -> list[str]:
    con = sqlite3.connect(path)
    try:
        found = [f"{name}: {count}" for name, sql in INVARIANTS.items()
                 if (count := con.execute(sql).fetchone()[0])]
    finally:
        con.close()
    if base_balances is not None:
        found += [f"{name}: {value} (base {base_balances[name]})" for name, value in balances(path).items()
                  if value != base_balances[name]]
    return found


# --- one trial -------------------------------------------------------------------------------
@dataclass
class Outcome:
    state: str  # the name of the acceptable state found, or "half-applied"
    killed: bool
    problems: list[str] = field(default_factory=list)


def copy_database(source: Path, dest: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(dest)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def run_child(op: str, db: Path, params: dict[str, Any], *, point: int = 0, delay: float | None = None,
              fsize: int | None = None, timeout: float = 120) -> tuple[bool, dict[str, Any]]:
    """Runs `op` in a child; kills it at statement `point` (>0) or after `delay` seconds.
    Returns (killed, what the child reported)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    args = [sys.executable, str(CHILD), op, str(db), json.dumps(params), str(point), str(fsize or 0)]
    child = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    report: dict[str, Any] = {}
    try:
        ready = child.stdout.readline()
        if delay is not None and ready.startswith("ready"):
            time.sleep(delay)
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=timeout)
    except BaseException:
        child.kill()
        child.wait()
        raise
    for line in (ready + out).splitlines():
        if line.startswith("{"):
            report = json.loads(line)
    killed = child.returncode == -signal.SIGKILL
    if not killed and child.returncode not in (0, 3):
        raise AssertionError(f"the child failed ({child.returncode}): {err[-2000:]}")
    return killed, report


def check(db: Path, states: dict[str, State], base_balances: dict[str, int]) -> Outcome:
    problems = integrity_problems(db) + invariant_problems(db, base_balances)
    found = read_state(db)
    name = next((n for n, s in states.items() if s == found), "half-applied")
    return Outcome(name, False, problems)


@dataclass
class Figures:
    operation: str
    trials: int = 0
    killed: int = 0
    corruptions: int = 0  # integrity or invariant failures
    half_applied: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    details: list[str] = field(default_factory=list)

    def add(self, outcome: Outcome, label: str) -> None:
        self.trials += 1
        self.killed += outcome.killed
        self.corruptions += bool(outcome.problems)
        self.half_applied += outcome.state == "half-applied"
        key = (outcome.state if outcome.state in ("not applied", "applied", "half-applied")
               else "some transactions committed")
        self.outcomes[key] = self.outcomes.get(key, 0) + 1
        if outcome.problems or outcome.state == "half-applied":
            self.details.append(f"{label}: {outcome.state} {outcome.problems}")


def campaign(op: Operation, base: Path, params: dict[str, Any], states: dict[str, State], work: Path,
             *, trials: int, seed: int) -> Figures:
    """`trials` kills of `op`, half at random statements, half after random delays."""
    rng = random.Random(seed)
    base_balances = balances(base)
    _, calibration = run_child(op.name, _fresh(base, work / "calibrate.sqlite3"), params)
    points, duration = calibration["points"], calibration["seconds"]
    figures = Figures(op.name)
    for trial in range(trials):
        db = _fresh(base, work / f"trial-{trial}.sqlite3")
        if trial % 2 == 0:
            point = rng.randint(1, points + 1)
            killed, _ = run_child(op.name, db, params, point=point)
            label = f"trial {trial} (statement {point} of {points})"
        else:
            delay = rng.uniform(0, duration * 1.2)
            killed, _ = run_child(op.name, db, params, delay=delay)
            label = f"trial {trial} (after {delay * 1000:.0f} ms of {duration * 1000:.0f})"
        outcome = check(db, states, base_balances)
        outcome.killed = killed
        figures.add(outcome, label)
        for leftover in work.glob(f"trial-{trial}.sqlite3*"):
            leftover.unlink()
    return figures


def _fresh(base: Path, dest: Path) -> Path:
    for leftover in dest.parent.glob(f"{dest.name}*"):
        leftover.unlink()
    copy_database(base, dest)
    return dest


def build_base(op: Operation, folder: Path) -> tuple[Path, dict[str, Any], dict[str, State]]:
    """The operation's base database, its run parameters, and its acceptable states."""
    from app.desk import Desk

    folder.mkdir(parents=True, exist_ok=True)
    base = folder / f"{op.name}-base.sqlite3"
    with Desk.open(f"sqlite:///{base}", today=START) as desk:
        desk.now = lambda: NOW
        params = op.prepare(desk)
    reference = folder / f"{op.name}-reference.sqlite3"
    copy_database(base, reference)
    states = op.states(f"sqlite:///{reference}", params)
    return base, params, states
