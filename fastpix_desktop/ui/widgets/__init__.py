"""Reusable widgets that know no feature: columns, the go-live checklist, copy and secret
fields, QR codes, the message line, status tones, the error dialog and the awaitable prompt.
Dialogs are shown with show()/open(), never exec() in a coroutine (qasync#59).

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.ui.widgets.adaptive_columns import AdaptiveColumns
    from fastpix_desktop.ui.widgets.checklist import Checklist
    from fastpix_desktop.ui.widgets.clipboard import (
        CLEAR_AFTER_MS,
        SecretClipboard,
        default_clipboard,
    )
    from fastpix_desktop.ui.widgets.descriptions import describe
    from fastpix_desktop.ui.widgets.error_dialog import ErrorReporter, install_excepthook
    from fastpix_desktop.ui.widgets.field_errors import match_fields, sentence
    from fastpix_desktop.ui.widgets.flow_layout import FlowLayout
    from fastpix_desktop.ui.widgets.message_line import MessageLine
    from fastpix_desktop.ui.widgets.prompt import (
        AsyncPrompt,
        PromptHost,
        answer,
        quit_prompt,
        stop_live_prompt,
    )
    from fastpix_desktop.ui.widgets.qr import QrCodeLabel, qr_pixmap
    from fastpix_desktop.ui.widgets.secret_field import CopyField, SecretField
    from fastpix_desktop.ui.widgets.text_fit import soft_breaks
    from fastpix_desktop.ui.widgets.theme import Tone, banner_frame, retone, set_tone, tone_color

__all__ = [
    "CLEAR_AFTER_MS",
    "AdaptiveColumns",
    "AsyncPrompt",
    "Checklist",
    "CopyField",
    "ErrorReporter",
    "FlowLayout",
    "MessageLine",
    "PromptHost",
    "QrCodeLabel",
    "SecretClipboard",
    "SecretField",
    "Tone",
    "answer",
    "banner_frame",
    "default_clipboard",
    "describe",
    "install_excepthook",
    "match_fields",
    "qr_pixmap",
    "quit_prompt",
    "retone",
    "sentence",
    "set_tone",
    "soft_breaks",
    "stop_live_prompt",
    "tone_color",
]

__getattr__ = lazy_surface(
    __name__,
    {
        "adaptive_columns": ("AdaptiveColumns",),
        "checklist": ("Checklist",),
        "clipboard": (
            "CLEAR_AFTER_MS",
            "SecretClipboard",
            "default_clipboard",
        ),
        "descriptions": ("describe",),
        "error_dialog": (
            "ErrorReporter",
            "install_excepthook",
        ),
        "field_errors": (
            "match_fields",
            "sentence",
        ),
        "flow_layout": ("FlowLayout",),
        "message_line": ("MessageLine",),
        "prompt": (
            "AsyncPrompt",
            "PromptHost",
            "answer",
            "quit_prompt",
            "stop_live_prompt",
        ),
        "qr": (
            "QrCodeLabel",
            "qr_pixmap",
        ),
        "secret_field": (
            "CopyField",
            "SecretField",
        ),
        "text_fit": ("soft_breaks",),
        "theme": (
            "Tone",
            "banner_frame",
            "retone",
            "set_tone",
            "tone_color",
        ),
    },
)
