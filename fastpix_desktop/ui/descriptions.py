"""What a screen reader says about a control beyond its name (QAccessible's Description).

Qt reads a widget's tooltip as its description when it has no accessible description; the
controls below have neither, so they get one here, by object name, in one place. Applied again
whenever the window's content changes (a stream's results are built per stream).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("Descriptions", text)


def descriptions() -> dict[str, str]:
    """Object name -> description (translated when called, so the current language is used)."""
    return {
        "protocolCombo": _t("How OBS sends the video to FastPix: RTMPS or SRT"),
        "resolutionCombo": _t("The highest resolution FastPix keeps for viewers"),
        "accessPolicyCombo": _t("Public links play for anyone; private ones need a signed token"),
        "mediaPolicyCombo": _t("Who may watch the recording after the stream"),
        "dvrCheck": _t("Viewers can rewind the live stream"),
        "recordingCheck": _t("FastPix keeps a video on demand of the stream"),
        "captionsCheck": _t("FastPix adds English captions (RTMPS only)"),
        "metadataTable": _t("Extra key and value pairs sent to FastPix with the stream"),
        "addMetadataButton": _t("Add a metadata key and value"),
        "removeMetadataButton": _t("Remove the selected metadata entry"),
        "startCheck": _t("When OBS points at the new stream, start streaming at once"),
        "cancelButton": _t("Stop creating the stream"),
        "createButton": _t("The primary action (Ctrl+Return)"),
        "retryObsButton": _t("Point OBS at the stream shown here again"),
        "startStreamingButton": _t("Start streaming in OBS"),
        "stopStreamingButton": _t("Stop streaming in OBS"),
        "tokenIdEdit": _t("From the FastPix dashboard: Settings, Access Tokens"),
        "saveCredentialsButton": _t("Check the credentials with FastPix and keep them"),
        "tryDemoButton": _t("Use the built-in FastPix sandbox; nothing is real"),
        "connectStringEdit": _t("Paste the obsws:// text from OBS's Show Connect Info"),
        "obsHostEdit": _t("The computer OBS runs on"),
        "obsPortSpin": _t("The port of OBS's WebSocket server (4455 unless changed)"),
        "testConnectionButton": _t("Try to connect to OBS with these settings"),
        "saveObsButton": _t("Keep these OBS connection settings"),
        "presetCombo": _t("Where to simulcast: a known service or a custom RTMP address"),
        "targetNameEdit": _t("A name for this simulcast target, for you"),
        "targetUrlEdit": _t("The RTMP address and stream key of the other service"),
        "addTarget": _t("Add this simulcast target to the stream"),
        "toggleTarget": _t("Turn this simulcast target on or off"),
        "removeTarget": _t("Remove this simulcast target from the stream"),
        "signedLinkExpiry": _t("How long a signed playback link keeps working"),
        "createSigningKeyButton": _t("Make a FastPix signing key for private playback links"),
        "requestSignedLink": _t("Make a signed playback link for this playback ID"),
        "promptAcceptButton": _t("Answer yes"),
        "promptRejectButton": _t("Answer no"),
    }


def describe(root: QWidget) -> None:
    """Give every control under ``root`` listed above a description when it has none."""
    known = descriptions()
    for widget in root.findChildren(QWidget):
        name = widget.objectName()
        text = (
            known.get(name)
            or known.get(name.rstrip("0123456789"))
            or known.get(name.split("-", 1)[0])
        )
        if text is None and name.startswith("openPlaybackButton"):
            text = _t("Open the playback link in your web browser")
        if text is None and isinstance(widget, QPushButton):
            box = widget.parentWidget()
            if isinstance(box, QDialogButtonBox) and (
                box.buttonRole(widget) == QDialogButtonBox.ButtonRole.RejectRole
            ):
                text = _t("Close without saving")
        if text and not widget.accessibleDescription() and not widget.toolTip():
            widget.setAccessibleDescription(text)
