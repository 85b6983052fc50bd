"""Hostile import files (issue 14): each generated here, each refused with a clear
sentence in under 10 s and 500 MB, and the database left unchanged. The import runs in
a subprocess so that its peak memory (VmHWM) is its own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hostile import CASES

RUNNER = Path(__file__).with_name("hostile_run.py")


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_file_is_refused_quickly_in_bounded_memory_and_changes_nothing(case, tmp_path):
    make, code, suffix = CASES[case]
    path = make(tmp_path / f"{case}{suffix}")
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    done = subprocess.run([sys.executable, str(RUNNER), url, str(path)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    outcome = json.loads(done.stdout.strip().splitlines()[-1])
    print(case, outcome)
    assert outcome["code"] == code
    assert path.name in outcome["message"]
    assert outcome["seconds"] < 10
    assert outcome["peak_mb"] < 500
    assert outcome["unchanged"] is True
