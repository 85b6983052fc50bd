"""Imported by `ui.app` right after PySide6, before any other module of ours.

Importing `PySide6.QtCore` replaces `__import__` with a hook (`__feature_import__`) that
serves the `from __feature__ import snake_case, true_property` options: every import
statement executed afterwards goes through it, and every module loaded afterwards is
read (`inspect.getsource`) to see whether it mentions PySide6, so that the options apply
only to modules that use Qt. We use neither option, so the hook only costs time: reading
the sources cost 40 ms of the facade's import at start-up, more before the first paint,
and the hook itself about 2 µs on each of the 5,900 import statements run while the facade
is imported: `import app.desk` took 258 ms with the hook (its reading skipped) and 247 ms
without, best of 14 alternating starts (issue 13).

`_drop_feature_hook` puts back the import the hook calls (PySide6 keeps it as
`builtins.__orig_import__`); a PySide6 release without it keeps the hook and only skips
the reading. `tests/ui/test_pyside_feature_scan.py` (and the whole suite, which imports
this first: tests/conftest.py) fails if a PySide6 release renames what this relies on, so
the saving cannot vanish unnoticed. It is not in `ui/__init__`: the headless commands
start from `ui.launcher` and never load Qt.
"""

from __future__ import annotations

import builtins
import sys


def _no_feature_options(_module: object) -> bool:
    return False


def _drop_feature_hook() -> None:
    import PySide6.QtCore  # noqa: F401 - installs the hook undone below

    hook = builtins.__import__
    original = getattr(builtins, "__orig_import__", None)
    if getattr(hook, "__name__", "") == "__feature_import__" and callable(original):
        builtins.__import__ = original
        return
    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = _no_feature_options


_drop_feature_hook()
