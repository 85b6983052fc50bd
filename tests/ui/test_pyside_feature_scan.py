"""`ui.pyside_features` takes PySide6's feature hook off `__import__` (see there): a module
imported after it is neither read nor marked, and import statements go straight to the
import the hook would have called. Without it, PySide6 reads each module and marks it 0,
which is what makes these tests able to fail when a PySide6 release renames what `ui`
relies on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def after_import(tmp_path: Path, first_import: str) -> list[str]:
    """[the hook's mark of a module that mentions PySide6, the name of `__import__` then,
    the name of a Qt enum member read afterwards], in a fresh interpreter."""
    (tmp_path / "probe_module.py").write_text("import PySide6  # a module that mentions PySide6\n")
    code = (f"import sys; sys.path[:0] = [{str(ROOT)!r}, {str(tmp_path)!r}]; import {first_import}; "
            "import probe_module; import builtins; from PySide6.QtCore import Qt; "
            "print(sys.modules['PySide6.support.feature'].pyside_feature_dict.get('probe_module')); "
            "print(builtins.__import__.__name__); print(Qt.AlignmentFlag.AlignRight.name)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_modules_imported_after_it_are_not_read_and_imports_skip_the_hook(tmp_path: Path) -> None:
    mark, importer, enum_name = after_import(tmp_path, "ui.pyside_features")
    assert mark == "None"  # never read, never marked
    assert importer != "__feature_import__"
    assert enum_name == "AlignRight"  # Qt still answers


def test_without_it_pyside_reads_each_module_through_its_hook(tmp_path: Path) -> None:
    mark, importer, _enum_name = after_import(tmp_path, "PySide6.QtCore")
    assert (mark, importer) == ("0", "__feature_import__")
