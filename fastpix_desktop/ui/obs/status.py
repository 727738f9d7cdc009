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
        self._demo = False
        self._disconnected = False
        self.set_disconnected(self.tr("not connected yet"))

    def set_demo(self, demo: bool) -> None:
        """In demo mode OBS is an optional next step, not an error: a newcomer trying the demo
        without OBS reads what OBS would add and how to connect it."""
        self._demo = demo
        if self._disconnected:
            self.set_disconnected(self._reason)

    def _set(self, text: str, tone: Tone, *, disconnected: bool = False) -> None:
        self._disconnected = disconnected
        self.setToolTip("")
        self.setText(text)
        self.setAccessibleName(text)
        set_tone(self, tone)

    def set_connecting(self) -> None:
        self._set(self.tr("OBS: connecting…"), Tone.MUTED)

    def set_disconnected(self, reason: str) -> None:
        self._reason = reason
        if self._demo:
            self._set(
                self.tr(
                    "OBS is optional in the demo. Next step: start OBS and enable Tools → "
                    "WebSocket Server Settings, and the app points OBS at the demo stream."
                ),
                Tone.NORMAL,
                disconnected=True,
            )
            self.setToolTip(reason)
            return
        self._set(
            self.tr("OBS: not connected ({reason})").format(reason=reason.rstrip(".")),
            Tone.ERROR,
            disconnected=True,
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
