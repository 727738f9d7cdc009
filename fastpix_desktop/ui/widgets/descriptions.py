"""What a screen reader says about a control beyond its name (QAccessible's Description).

Qt reads a widget's tooltip as its description when it has no accessible description; the
controls below have neither, so they get one here, by object name, in one place. Applied again
whenever the window's content changes (a stream's results are built per stream).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget


def descriptions() -> dict[str, str]:
    """Object name -> description (translated when called, so the current language is used)."""
    return {
        "protocolCombo": QCoreApplication.translate(
            "Descriptions", "How OBS sends the video to FastPix: RTMPS or SRT"
        ),
        "resolutionCombo": QCoreApplication.translate(
            "Descriptions", "The highest resolution FastPix keeps for viewers"
        ),
        "accessPolicyCombo": QCoreApplication.translate(
            "Descriptions", "Public links play for anyone; private ones need a signed token"
        ),
        "mediaPolicyCombo": QCoreApplication.translate(
            "Descriptions", "Who may watch the recording after the stream"
        ),
        "dvrCheck": QCoreApplication.translate(
            "Descriptions", "Viewers can rewind the live stream"
        ),
        "recordingCheck": QCoreApplication.translate(
            "Descriptions", "FastPix keeps a video on demand of the stream"
        ),
        "captionsCheck": QCoreApplication.translate(
            "Descriptions", "FastPix adds English captions (RTMPS only)"
        ),
        "metadataTable": QCoreApplication.translate(
            "Descriptions", "Extra key and value pairs sent to FastPix with the stream"
        ),
        "addMetadataButton": QCoreApplication.translate(
            "Descriptions", "Add a metadata key and value"
        ),
        "removeMetadataButton": QCoreApplication.translate(
            "Descriptions", "Remove the selected metadata entry"
        ),
        "startCheck": QCoreApplication.translate(
            "Descriptions", "When OBS points at the new stream, start streaming at once"
        ),
        "cancelButton": QCoreApplication.translate("Descriptions", "Stop creating the stream"),
        "createButton": QCoreApplication.translate(
            "Descriptions", "The primary action (Ctrl+Return)"
        ),
        "retryObsButton": QCoreApplication.translate(
            "Descriptions", "Point OBS at the stream shown here again"
        ),
        "startStreamingButton": QCoreApplication.translate(
            "Descriptions", "Start streaming in OBS"
        ),
        "stopStreamingButton": QCoreApplication.translate("Descriptions", "Stop streaming in OBS"),
        "tokenIdEdit": QCoreApplication.translate(
            "Descriptions", "From the FastPix dashboard: Settings, Access Tokens"
        ),
        "saveCredentialsButton": QCoreApplication.translate(
            "Descriptions", "Check the credentials with FastPix and keep them"
        ),
        "tryDemoButton": QCoreApplication.translate(
            "Descriptions", "Use the built-in FastPix sandbox; nothing is real"
        ),
        "connectStringEdit": QCoreApplication.translate(
            "Descriptions", "Paste the obsws:// text from OBS's Show Connect Info"
        ),
        "obsHostEdit": QCoreApplication.translate("Descriptions", "The computer OBS runs on"),
        "obsPortSpin": QCoreApplication.translate(
            "Descriptions", "The port of OBS's WebSocket server (4455 unless changed)"
        ),
        "testConnectionButton": QCoreApplication.translate(
            "Descriptions", "Try to connect to OBS with these settings"
        ),
        "saveObsButton": QCoreApplication.translate(
            "Descriptions", "Keep these OBS connection settings"
        ),
        "presetCombo": QCoreApplication.translate(
            "Descriptions", "Where to simulcast: a known service or a custom RTMP address"
        ),
        "targetNameEdit": QCoreApplication.translate(
            "Descriptions", "A name for this simulcast target, for you"
        ),
        "targetUrlEdit": QCoreApplication.translate(
            "Descriptions", "The RTMP address and stream key of the other service"
        ),
        "addTarget": QCoreApplication.translate(
            "Descriptions", "Add this simulcast target to the stream"
        ),
        "toggleTarget": QCoreApplication.translate(
            "Descriptions", "Turn this simulcast target on or off"
        ),
        "removeTarget": QCoreApplication.translate(
            "Descriptions", "Remove this simulcast target from the stream"
        ),
        "signedLinkExpiry": QCoreApplication.translate(
            "Descriptions", "How long a signed playback link keeps working"
        ),
        "createSigningKeyButton": QCoreApplication.translate(
            "Descriptions", "Make a FastPix signing key for private playback links"
        ),
        "requestSignedLink": QCoreApplication.translate(
            "Descriptions", "Make a signed playback link for this playback ID"
        ),
        "promptAcceptButton": QCoreApplication.translate("Descriptions", "Answer yes"),
        "promptRejectButton": QCoreApplication.translate("Descriptions", "Answer no"),
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
            text = QCoreApplication.translate(
                "Descriptions", "Open the playback link in your web browser"
            )
        if text is None and isinstance(widget, QPushButton):
            box = widget.parentWidget()
            if isinstance(box, QDialogButtonBox) and (
                box.buttonRole(widget) == QDialogButtonBox.ButtonRole.RejectRole
            ):
                text = QCoreApplication.translate("Descriptions", "Close without saving")
        if text and not widget.accessibleDescription() and not widget.toolTip():
            widget.setAccessibleDescription(text)
