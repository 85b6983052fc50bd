"""The one-way dependency of STYLE.md: app/ never imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def qt_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        found += [f"{path.relative_to(APP.parent)}:{node.lineno} imports {n}" for n in names
                  if n.split(".")[0] in ("PySide6", "shiboken6")]
    return found


def test_app_never_imports_pyside6():
    files = sorted(APP.rglob("*.py"))
    assert len(files) > 10
    assert [hit for path in files for hit in qt_imports(path)] == []
