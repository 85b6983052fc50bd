"""Imported by `ui.app` right after PySide6, before any other module of ours.

Importing `PySide6.QtCore` replaces `__import__` with a hook that, for every module
imported afterwards, reads its source (`inspect.getsource`) to see whether it mentions
PySide6, so as to apply the `from __feature__ import snake_case, true_property` options of
that module. We use neither option, so the reading only costs time: 40 ms of the facade's
import at start-up, more before the first paint (the hook reads every `ui` module and all of
SQLAlchemy). `_skip_feature_scan` tells PySide6 that no module uses those options, which is
true here; `tests/ui/test_pyside_feature_scan.py`
(and the whole suite, which imports this first: tests/conftest.py) fails if a PySide6 release renames what it
relies on, so the saving cannot vanish unnoticed. It is not in `ui/__init__`: the
headless commands start from `ui.launcher` and never load Qt.
"""

from __future__ import annotations

import sys


def _no_feature_options(_module: object) -> bool:
    return False


def _skip_feature_scan() -> None:
    import PySide6.QtCore  # noqa: F401 - installs the import hook quieted below

    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = _no_feature_options


_skip_feature_scan()
