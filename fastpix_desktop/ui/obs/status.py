"""The OBS status line: not connected (with the reason), connected to OBS x.y, or live."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from fastpix_desktop.core.obs.output_state import OutputState
from fastpix_desktop.ui.widgets.theme import Tone, set_tone


def version_text(version: object) -> str:
    """OBS's own version from an ObsVersion, or whatever string was given."""
    if version is None:
        return ""
    return str(getattr(version, "obs_version", version))


class ObsStatusIndicator(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("obsStatus")
        self.setWordWrap(True)
        self.set_disconnected(self.tr("not connected yet"))

    def _set(self, text: str, tone: Tone) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        set_tone(self, tone)

    def set_connecting(self) -> None:
        self._set(self.tr("OBS: connecting…"), Tone.MUTED)

    def set_disconnected(self, reason: str) -> None:
        self._set(
            self.tr("OBS: not connected ({reason})").format(reason=reason.rstrip(".")), Tone.ERROR
        )

    def set_connected(self, version: object) -> None:
        shown = version_text(version)
        self._set(
            self.tr("Connected to OBS {version}").format(version=shown).rstrip(), Tone.SUCCESS
        )

    def set_live(self) -> None:
        self._set(self.tr("OBS is live"), Tone.WARNING)

    def set_output_state(self, state: OutputState) -> None:
        """OBS's stream output as the on-air monitor sees it (never ``outputActive``)."""
        if state is OutputState.LIVE:
            self.set_live()
        elif state is OutputState.RECONNECTING:
            self._set(self.tr("OBS is reconnecting to FastPix…"), Tone.ERROR)
        elif state is OutputState.STARTING:
            self._set(self.tr("OBS is starting to stream…"), Tone.WARNING)
        elif state is OutputState.STOPPING:
            self._set(self.tr("OBS is stopping the stream…"), Tone.MUTED)
