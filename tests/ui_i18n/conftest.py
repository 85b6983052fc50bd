"""Fixtures of the language tests: the French and Chinese catalogues compiled once per module."""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import compile_catalogues


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_catalogues(tmp_path_factory.mktemp("qm"))
