"""The one-way dependencies of STYLE.md: app/ never imports Qt, nor the window (ui/)."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def forbidden_imports(path: Path, roots: tuple[str, ...]) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        found += [f"{path.relative_to(APP.parent)}:{node.lineno} imports {n}" for n in names
                  if n.split(".")[0] in roots]
    return found


def test_app_never_imports_pyside6():
    files = sorted(APP.rglob("*.py"))
    assert len(files) > 10
    assert [hit for path in files for hit in forbidden_imports(path, ("PySide6", "shiboken6"))] == []


def test_app_never_imports_the_window():
    """The composition root (ui/launcher.py) sits above both; app/ hands nothing to ui/."""
    files = sorted(APP.rglob("*.py"))
    assert [hit for path in files for hit in forbidden_imports(path, ("ui",))] == []


def test_the_check_sees_an_import_of_ui_placed_in_app(tmp_path):
    planted = tmp_path / "app" / "planted.py"
    planted.parent.mkdir()
    planted.write_text("from ui.app import run_gui\nimport ui\n", encoding="utf-8")
    global APP
    saved, APP = APP, planted.parent
    try:
        assert len(forbidden_imports(planted, ("ui",))) == 2
    finally:
        APP = saved
