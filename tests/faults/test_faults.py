"""Fault injection (issue 12): every operation of harness.OPERATIONS killed with SIGKILL
at seeded random points in a subprocess, then checked for corruption, half-applied
changes and broken invariants; and a full disk (RLIMIT_FSIZE).

The default run does a few trials per operation; ``pytest -m slow tests/faults`` runs
the campaign (TRIALS_SLOW per operation) and prints the figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402 - the folder is not a package; child.py imports it the same way

TRIALS_FAST = 2  # one at a random statement, one after a random delay
TRIALS_SLOW = 60
SEED = 20261130
# The largest file the child may write: a WAL of a couple of pages. The database file
# itself is larger, and is only written at a checkpoint, which cannot happen either.
FULL_AT = 12_000


@pytest.fixture(scope="module")
def bases(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fault-bases")
    return {name: harness.build_base(op, folder) for name, op in harness.OPERATIONS.items()}


def _campaign(name, bases, tmp_path, trials) -> harness.Figures:
    base, params, states = bases[name]
    return harness.campaign(harness.OPERATIONS[name], base, params, states, tmp_path, trials=trials, seed=SEED)


def _assert_clean(figures: harness.Figures) -> None:
    assert figures.trials and figures.killed, figures
    assert (figures.corruptions, figures.half_applied) == (0, 0), figures.details


@pytest.mark.parametrize("name", sorted(harness.OPERATIONS))
def test_a_killed_operation_is_all_or_nothing(name, bases, tmp_path):
    _assert_clean(_campaign(name, bases, tmp_path, TRIALS_FAST))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(harness.OPERATIONS))
def test_fault_injection_campaign(name, bases, tmp_path, capsys):
    figures = _campaign(name, bases, tmp_path, TRIALS_SLOW)
    with capsys.disabled():
        print(f"\nfault injection, {name}: {figures.trials} trials, {figures.killed} killed, "
              f"{figures.corruptions} corruptions, {figures.half_applied} half-applied; outcomes {figures.outcomes}")
    _assert_clean(figures)


def test_the_checks_see_a_half_applied_change(bases, tmp_path):
    """The check is not blind: a cancellation written without its audit event is caught."""
    import sqlite3

    base, _, states = bases["cancellation"]
    db = tmp_path / "tampered.sqlite3"
    harness.copy_database(base, db)
    con = sqlite3.connect(db)
    con.execute("UPDATE subscription SET status = 'cancelling' WHERE id = (SELECT min(id) FROM subscription)")
    con.commit()
    con.close()
    outcome = harness.check(db, states, harness.balances(base))
    assert outcome.state == "half-applied"
    assert any("without its audit event" in p for p in outcome.problems)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE and SIGXFSZ as on Linux")
@pytest.mark.parametrize("name", sorted(harness.OPERATIONS))
def test_a_full_disk_gives_a_sentence_and_loses_nothing(name, bases, tmp_path):
    base, params, states = bases[name]
    db = tmp_path / "full.sqlite3"
    harness.copy_database(base, db)
    before = harness.read_state(db)
    killed, report = harness.run_child(name, db, params, fsize=FULL_AT)
    assert not killed
    assert report["refusal"] is not None and "could not be written (the disk may be full)" in report["refusal"]
    outcome = harness.check(db, states, harness.balances(base))
    assert outcome.problems == []
    assert outcome.state != "half-applied" and outcome.state != "applied"
    if name == "cancellation":
        assert harness.read_state(db) == before
