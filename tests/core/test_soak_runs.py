"""bench/soak.py keeps running against the current use cases (the lead reads its numbers)."""

from __future__ import annotations

import importlib.util
import sys

from tests.conftest import PROJECT_ROOT


def load_soak():
    spec = importlib.util.spec_from_file_location("soak", PROJECT_ROOT / "bench" / "soak.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["soak"] = module
    spec.loader.exec_module(module)
    return module


async def test_the_core_soak_runs_and_reports_growth_per_cycle(monkeypatch) -> None:
    soak = load_soak()
    from fastpix_desktop.core.golive import use_cases as golive

    monkeypatch.setattr(golive, "VERIFY_SETTLE_S", golive.VERIFY_SETTLE_S)  # restored after
    result = await soak.soak(cycles=5, warmup=2, top=0)
    assert result["cycles"] == 5
    assert "growth_bytes_per_cycle" in result and "rss_kib_growth_per_cycle" in result
