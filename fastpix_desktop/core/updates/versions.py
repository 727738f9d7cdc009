"""Release versions compared as versions ("0.10.0" > "0.9.1", "1.0.0rc1" < "1.0.0"), from tags
like ``v1.2.3``, ``1.2.3rc1`` or ``1.2.3-beta.2``; the PEP 440 subset this project tags with."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PATTERN = re.compile(
    r"""^\s*v?(?P<release>\d+(?:\.\d+)*)
    (?:[-_.]?(?P<label>a|alpha|b|beta|c|rc|pre|preview|dev)[-_.]?(?P<number>\d*))?
    (?:\+[0-9a-z.]*)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# dev < alpha < beta < rc < (a final release, which has no label)
_LABEL_ORDER = {
    "dev": 0,
    "a": 1,
    "alpha": 1,
    "b": 2,
    "beta": 2,
    "c": 3,
    "rc": 3,
    "pre": 3,
    "preview": 3,
}
_FINAL = 4


@dataclass(frozen=True, order=True)
class Version:
    release: tuple[int, ...]
    stage: int = _FINAL  # _LABEL_ORDER for a pre-release
    number: int = 0

    @property
    def is_prerelease(self) -> bool:
        return self.stage != _FINAL


def parse_version(text: str) -> Version | None:
    """The version in ``text``, or None when it is not one (a tag like "nightly")."""
    found = _PATTERN.match(text)
    if found is None:
        return None
    release = tuple(int(part) for part in found["release"].split("."))
    while len(release) > 1 and release[-1] == 0:  # 1.0 == 1.0.0
        release = release[:-1]
    label = (found["label"] or "").lower()
    if not label:
        return Version(release)
    return Version(release, _LABEL_ORDER[label], int(found["number"] or 0))
