"""Build hook: compile the translation catalogues (.ts -> .qm) when the package is built, so an
installed app speaks every language from its first start without Qt's lrelease.

Everything else is in pyproject.toml. A wheel carries the .qm files in
``fastpix_desktop/translations/``; an editable install (``pip install -e .``) compiles them
beside their .ts in ``resources/translations/``, where a source checkout loads them from.
The compiler is plain Python (``fastpix_desktop/core/qm_writer.py``, loaded by path: nothing
is installed yet while this runs); docs/translations.md has the whole story.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
CATALOGUES = ROOT / "resources" / "translations"
PREFIX = "fastpix_desktop"  # fastpix_desktop.resources.TRANSLATION_PREFIX
PACKAGED = Path("fastpix_desktop") / "translations"  # fastpix_desktop.resources


def _qm_writer():  # type: ignore[no-untyped-def]
    path = ROOT / "fastpix_desktop" / "core" / "qm_writer.py"
    spec = importlib.util.spec_from_file_location("fastpix_build_qm_writer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithCatalogues(build_py):
    """build_py, then every ``resources/translations/fastpix_desktop_*.ts`` compiled."""

    def run(self) -> None:
        super().run()
        sources = sorted(CATALOGUES.glob(f"{PREFIX}_*.ts"))
        if not sources:
            raise SystemExit(f"no translation catalogues in {CATALOGUES}: the build is incomplete")
        out = CATALOGUES if self.editable_mode else Path(self.build_lib) / PACKAGED
        writer = _qm_writer()
        for ts in sources:
            qm = writer.compile_ts(ts, out / ts.with_suffix(".qm").name)
            self.announce(f"compiled {ts.name} -> {qm}", level=2)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if self.editable_mode:
            return outputs
        names = [ts.with_suffix(".qm").name for ts in CATALOGUES.glob(f"{PREFIX}_*.ts")]
        return [*outputs, *(str(Path(self.build_lib) / PACKAGED / name) for name in names)]


setup(cmdclass={"build_py": BuildPyWithCatalogues})
