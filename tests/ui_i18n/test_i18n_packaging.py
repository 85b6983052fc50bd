"""The translations travel with the package: the compiled catalogues live in ui/translations,
are up to date with their sources, go into a wheel, and a missing one is said, not hidden."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "zh")


def lrelease() -> str:
    return str(Path(sys.executable).parent / "pyside6-lrelease")


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_committed_catalogue_is_compiled_from_its_source(code, tmp_path):
    fresh = tmp_path / f"accountdesk_{code}.qm"
    subprocess.run([lrelease(), "-silent", str(ROOT / "resources" / "translations" / f"accountdesk_{code}.ts"),
                    "-qm", str(fresh)], check=True, capture_output=True)
    committed = ROOT / "ui" / "translations" / f"accountdesk_{code}.qm"
    assert committed.read_bytes() == fresh.read_bytes(), "run `make translations` and commit ui/translations"


def test_a_wheel_ships_the_compiled_catalogues(tmp_path):
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                           "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    wheel = next(tmp_path.glob("account_desk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"ui/translations/accountdesk_{code}.qm" for code in LANGUAGES} <= names
    assert "app/migrations/versions/0001_initial.py" in names


def test_a_missing_language_is_said(qapp, tmp_path, monkeypatch):
    from ui import app as ui_app

    monkeypatch.setattr(ui_app, "TRANSLATIONS", tmp_path)
    sentence = ui_app._install_translators(qapp, "fr")
    assert sentence is not None and "'fr' is not installed" in sentence and "English" in sentence
    monkeypatch.setattr(ui_app, "TRANSLATIONS", ROOT / "ui" / "translations")
    assert ui_app._install_translators(qapp, "fr") is None
    for translator in qapp.findChildren(__import__("PySide6.QtCore", fromlist=["QTranslator"]).QTranslator):
        qapp.removeTranslator(translator)
