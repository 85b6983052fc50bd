"""`ui.pyside_features` stops PySide6 reading the source of every module imported after it (see
`ui/__init__.py`): a module that mentions PySide6 is marked "no feature options" without
being read. Without it, PySide6 reads it and marks it 0, which is what makes this test
able to fail when a PySide6 release renames what `ui` relies on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def feature_mark(tmp_path: Path, first_import: str) -> str:
    (tmp_path / "probe_module.py").write_text("import PySide6  # a module that mentions PySide6\n")
    code = (f"import sys; sys.path[:0] = [{str(ROOT)!r}, {str(tmp_path)!r}]; import {first_import}; "
            "import probe_module; "
            "print(sys.modules['PySide6.support.feature'].pyside_feature_dict.get('probe_module'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_modules_imported_after_it_are_not_read(tmp_path: Path) -> None:
    assert feature_mark(tmp_path, "ui.pyside_features") == "-1"


def test_without_it_pyside_reads_each_module(tmp_path: Path) -> None:
    assert feature_mark(tmp_path, "PySide6.QtCore") == "0"
