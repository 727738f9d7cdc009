"""PyJWT and cryptography (signed playback links) are not excluded or pruned from the bundle.

The frozen --self-test mints and verifies a token (core/signing_tokens.self_test), which is the
real proof; this catches an exclusion before anything is built.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _rules():
    spec = importlib.util.spec_from_file_location(
        "fastpix_test_signing_bundle_rules", ROOT / "packaging" / "bundle_rules.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_jwt_and_cryptography_are_neither_excluded_nor_pruned():
    rules = _rules()
    assert not any(name.split(".")[0] in ("jwt", "cryptography") for name in rules.EXCLUDES)
    for binary in (
        "cryptography/hazmat/bindings/_rust.abi3.so",
        "cryptography/hazmat/bindings/_rust.pyd",
    ):
        assert not rules.is_pruned(binary)
