"""The French and Chinese catalogues (DESIGN.md §13: the interface exists in English, French
and Simplified Chinese): every message the ui/ code asks Qt for is in both .ts files, under
the context PySide6 looks it up in, translated, with its placeholders and its one accelerator.

lupdate alone does not produce the right catalogue: it cannot see the one-argument `_t(text)`
helpers (outbox_page, requests_page, side_pages, dialogs/review_request), and it files the
`window.tr(...)` calls of ui/window_layout.py under "" and "self.window" where PySide6 looks in
"MainWindow". So the call sites are read here from the source itself.
"""

from __future__ import annotations

import ast
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
# `.tr` receivers other than `self`, whose class the source does not say: (module, call) -> context.
RECEIVERS = {
    ("ui/window_layout.py", "tr"): "MainWindow",  # tr = window.tr
    ("ui/window_layout.py", "window.tr"): "MainWindow",
    ("ui/window_layout.py", "self.window.tr"): "MainWindow",
    ("ui/app.py", "self.window.tr"): "MainWindow",
}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
ACCELERATOR = re.compile(r"(?<!&)&(?!&)")
# Written the same in a translation: the product's name, a host name, a date pattern, French words.
KEPT_AS_IS = {"Account Desk", "smtp.example.com", "MMMM yyyy", "Client", "Clients", "Direct", "Message", "Note",
              "Organisation", "Participant", "Sections"}

Key = tuple[str, str, str]  # context, source, comment


def _helpers(tree: ast.Module) -> dict[str, tuple[str, object]]:
    """Module-level `def _t(text)` / `def _t(context, text)` that return QCoreApplication.translate."""
    found: dict[str, tuple[str, object]] = {}
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and len(node.body) == 1 and isinstance(node.body[0], ast.Return)):
            continue
        call = node.body[0].value
        if isinstance(call, ast.Call) and ast.unparse(call.func).endswith("translate") and call.args:
            params = [a.arg for a in node.args.args]
            first = call.args[0]
            if isinstance(first, ast.Constant):
                found[node.name] = ("fixed", first.value)
            elif isinstance(first, ast.Name) and first.id in params:
                found[node.name] = ("param", params.index(first.id))
    return found


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def asked_messages() -> dict[Key, list[str]]:
    """Every (context, source, comment) the ui/ package translates, with where it is asked."""
    out: dict[Key, list[str]] = {}
    for path in sorted((ROOT / "ui").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = _helpers(tree)

        def visit(node: ast.AST, cls: str | None, rel: str = rel, helpers: dict = helpers,
                  tree: ast.Module = tree) -> None:
            for child in ast.iter_child_nodes(node):
                if node is tree and isinstance(child, ast.FunctionDef) and child.name in helpers:
                    continue  # the helper's own translate(context, text)
                visit(child, child.name if isinstance(child, ast.ClassDef) else cls)
            if not isinstance(node, ast.Call):
                return
            func = ast.unparse(node.func)
            args = [*node.args, None, None, None]
            where = f"{rel}:{node.lineno}"
            if func.endswith("translate") and len(node.args) >= 2:
                ctx, src, comment = _literal(args[0]), _literal(args[1]), _literal(args[2])
            elif func in helpers:
                kind, value = helpers[func]
                if kind == "fixed":
                    ctx, src = value, _literal(args[0])
                else:
                    ctx, src = _literal(args[value]), _literal(args[1 - value])
                comment = None
            elif func == "self.tr" and cls:
                ctx, src, comment = cls, _literal(args[0]), _literal(args[1])
            elif func == "tr" or func.endswith(".tr"):
                assert (rel, func) in RECEIVERS, f"{where}: {func}(...) — add its context to RECEIVERS"
                ctx, src, comment = RECEIVERS[(rel, func)], _literal(args[0]), _literal(args[1])
            else:
                return
            assert ctx is not None and src is not None, f"{where}: {func}(...) needs literal text"
            out.setdefault((ctx, src, comment or ""), []).append(where)

        visit(tree, None)
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
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    assert tool.exists(), f"{tool} is missing (it comes with PySide6)"
    return str(tool)


@pytest.fixture(scope="module")
def asked() -> dict[Key, list[str]]:
    return asked_messages()


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
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(src)):
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


def test_the_app_finds_the_catalogues_where_they_are_kept():
    from ui.app import TRANSLATIONS as used

    assert used == TRANSLATIONS
    assert {p.name for p in used.glob("*.ts")} >= {f"accountdesk_{code}.ts" for code in LANGUAGES}
