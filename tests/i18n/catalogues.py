"""Access to resources/translations/update.py (loaded by path: resources/ is not a package)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent.parent
UPDATE_SCRIPT = ROOT / "resources" / "translations" / "update.py"


def update_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fastpix_translations_update", UPDATE_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def release(lang: str, out_dir: Path) -> Path:
    """Compile the committed catalogue of ``lang`` into ``out_dir``; returns the .qm path."""
    import subprocess

    update = update_module()
    ts = update.catalogue(lang)
    qm = out_dir / ts.with_suffix(".qm").name
    subprocess.run(
        [update.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
    )
    return qm
