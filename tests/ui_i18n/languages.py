"""The interface in another language for a test: the catalogues compiled by
pyside6-lrelease (no `make` needed) and installed as `ui.app` installs them, then removed,
so the other tests keep seeing English."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ui import labels, refusals

ROOT = Path(__file__).resolve().parents[2]
LOCALES = {"fr": QLocale(QLocale.Language.French, QLocale.Country.France),
           "zh": QLocale(QLocale.Language.Chinese, QLocale.Country.China)}


def compile_catalogues(folder: Path, codes: tuple[str, ...] = ("fr", "zh")) -> Path:
    """resources/translations/*.ts compiled to .qm in `folder`."""
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    for code in codes:
        result = subprocess.run([str(tool), str(ROOT / "resources" / "translations" / f"accountdesk_{code}.ts"),
                                 "-qm", str(folder / f"accountdesk_{code}.qm")],
                                capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
    return folder


def forget_words() -> None:
    """The status words and refusal templates are remembered per language: built again."""
    for remembered in (labels._status_labels, refusals.templates, refusals.labels):
        remembered.cache_clear()


def _forget_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    forget_words()


@contextmanager
def translated(catalogues: Path, code: str) -> Iterator[None]:
    """The interface in `code` for the duration of the block, as `_install_translators` does it."""
    from ui import app as ui_app

    app = QApplication.instance()
    before = set(app.findChildren(QTranslator))
    forget_words()
    saved = ui_app.TRANSLATIONS
    ui_app.TRANSLATIONS = catalogues
    try:
        ui_app._install_translators(app, code)
    finally:
        ui_app.TRANSLATIONS = saved
    installed = [t for t in app.findChildren(QTranslator) if t not in before]
    try:
        yield
    finally:
        _forget_translators(app, installed)


@contextmanager
def locale_of(code: str) -> Iterator[QLocale]:
    """The default QLocale of `code` (France, China) for the block: dates and money as its
    users write them. Widgets built inside take it as their locale()."""
    saved = QLocale()
    QLocale.setDefault(LOCALES[code])
    try:
        yield LOCALES[code]
    finally:
        QLocale.setDefault(saved)
