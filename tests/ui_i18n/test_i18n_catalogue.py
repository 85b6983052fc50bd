"""The French and Chinese catalogues (DESIGN.md §13: the interface exists in English, French
and Simplified Chinese): every message the ui/ code asks Qt for is in both .ts files, under
the context PySide6 looks it up in, translated, with its placeholders and its one accelerator.

What the code asks for is what lupdate extracts (`make translations-update` runs the same
command), so a string added without a translation fails here.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"fr": "fr", "zh": "zh_CN"}  # file code -> the TS language attribute
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
ACCELERATOR = re.compile(r"(?<!&)&(?!&)")
# Written the same in a translation: the product's name, a host name, a date pattern, French words.
KEPT_AS_IS = {"Account Desk", "smtp.example.com", "MMMM yyyy", "Client", "Clients", "Direct", "Message", "Note",
              "Organisation", "Participant", "Sections", "client", "contact", "message", "note", "participant"}

Key = tuple[str, str, str]  # context, source, comment


def placeholders(text: str) -> list[str]:
    """The placeholders of `text`, sorted. A refusal's ``{n:plural:one|many}`` only picks
    words for a count (each language has its own, Chinese none), so it is left out; the
    count itself is its own ``{n}``."""
    return sorted(p for p in PLACEHOLDER.findall(text) if ":plural:" not in p)


def _tool(name: str) -> str:
    tool = Path(sys.executable).with_name(name)
    assert tool.exists(), f"{tool} is missing (it comes with PySide6)"
    return str(tool)


def asked_messages(folder: Path) -> dict[Key, list[str]]:
    """Every (context, source, comment) lupdate finds in ui/, with where it is asked."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    target = folder / "asked.ts"
    subprocess.run([_tool("pyside6-lupdate"), "-tr-function-alias", "translate+=_t", *sources, "-ts", str(target)],
                   cwd=ROOT, check=True, capture_output=True)
    out: dict[Key, list[str]] = {}
    for context in ET.parse(target).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = [f"{loc.get('filename')}:{loc.get('line')}" for loc in message.iter("location")]
    return out


def read_ts(code: str) -> tuple[ET.Element, dict[Key, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"accountdesk_{code}.ts").getroot()
    messages: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            assert key not in messages, f"{code}: {key} twice"
            messages[key] = message
    return root, messages


def lrelease() -> str:
    return _tool("pyside6-lrelease")


@pytest.fixture(scope="module")
def asked(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, list[str]]:
    return asked_messages(tmp_path_factory.mktemp("lupdate"))


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_the_window_asks_for_is_in_the_catalogue(code, asked):
    root, messages = read_ts(code)
    assert root.get("language") == LANGUAGES[code] and root.get("sourcelanguage") == "en"
    missing = sorted(f"{ctx!r} {src!r}  ({', '.join(where)})" for (ctx, src, c), where in asked.items()
                     if (ctx, src, c) not in messages)
    assert not missing, f"accountdesk_{code}.ts lacks:\n" + "\n".join(missing)
    stale = sorted(f"{ctx!r} {src!r}" for ctx, src, _c in set(messages) - set(asked))
    assert not stale, f"accountdesk_{code}.ts has messages no code asks for:\n" + "\n".join(stale)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders_and_accelerator(code):
    _root, messages = read_ts(code)
    problems = []
    for (ctx, src, _c), message in messages.items():
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
        else:
            forms = [translation.text or ""]
        if translation.get("type") is not None:
            problems.append(f"{ctx} {src!r}: marked {translation.get('type')}")
        for text in forms:
            if not text.strip():
                problems.append(f"{ctx} {src!r}: empty")
                continue
            if placeholders(text) != placeholders(src):
                problems.append(f"{ctx} {src!r}: placeholders differ in {text!r}")
            accelerators = ACCELERATOR.findall(src)
            if len(ACCELERATOR.findall(text)) != len(accelerators):
                problems.append(f"{ctx} {src!r}: {len(accelerators)} accelerator(s) expected in {text!r}")
            elif accelerators and not re.search(r"(?<!&)&\w", text):
                problems.append(f"{ctx} {src!r}: the accelerator is not on a letter in {text!r}")
            words = re.search(r"[a-z]{2,}", PLACEHOLDER.sub("", src))
            if text == src and words and src not in KEPT_AS_IS:
                problems.append(f"{ctx} {src!r}: left in English")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", LANGUAGES)
def test_lrelease_compiles_the_catalogue_with_nothing_unfinished_nor_invalid(code, tmp_path, qapp):
    qm = tmp_path / f"accountdesk_{code}.qm"
    result = subprocess.run([lrelease(), "-fail-on-unfinished", "-fail-on-invalid",
                             str(TRANSLATIONS / f"accountdesk_{code}.ts"), "-qm", str(qm)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 unfinished" in result.stdout
    translator = QTranslator()
    assert translator.load(str(qm))
    expected = {"fr": ("Abonnements", "Boîte d'envoi", "Reçue le"), "zh": ("订阅", "发件箱", "收到日期")}[code]
    QCoreApplication.installTranslator(translator)
    try:
        assert (QCoreApplication.translate("MainWindow", "Subscriptions"),
                QCoreApplication.translate("MainWindow", "Outbox"),
                QCoreApplication.translate("RequestsPage", "Received")) == expected
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Subscriptions") == "Subscriptions"


def test_the_app_finds_the_compiled_catalogues_inside_its_package():
    from ui.app import TRANSLATIONS as used

    assert used == ROOT / "ui" / "translations"
    assert {p.name for p in used.glob("*.qm")} >= {f"accountdesk_{code}.qm" for code in LANGUAGES}
