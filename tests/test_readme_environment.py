"""The README lists every environment variable the app reads (core.config), each once."""

from __future__ import annotations

import re

from fastpix_desktop.core.config import ENVIRONMENT
from tests.conftest import PROJECT_ROOT


def test_every_variable_is_in_the_readme_table_once():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([A-Z_]+)` \|", readme, flags=re.MULTILINE)
    assert sorted(rows) == sorted(ENVIRONMENT), rows
