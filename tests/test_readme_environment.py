"""The README lists every environment variable the app reads (core.config), each once."""

from __future__ import annotations

import re

from fastpix_desktop.core.config import ENVIRONMENT
from tests.conftest import PROJECT_ROOT


def test_every_variable_is_in_the_readme_table_once():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([A-Z_]+)` \|", readme, flags=re.MULTILINE)
    missing = sorted(set(ENVIRONMENT) - set(rows))
    assert not missing, f"add a row to README.md's variable table for: {missing}"
    unknown = sorted(set(rows) - set(ENVIRONMENT))
    assert not unknown, f"README.md lists variables core/config.py does not read: {unknown}"
    assert len(rows) == len(set(rows)), "a variable is listed twice in README.md"
