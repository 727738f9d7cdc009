"""FastPix credentials in the window: where they come from (environment, keyring, none), the
first-run dialog, change, remove, try demo mode, and the keyring banner.

Secrets go to the OS keyring only; FASTPIX_USERNAME/PASSWORD are used and never stored.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from fastpix_desktop.core import secrets as secret_names
from fastpix_desktop.core.config import ENV_PASSWORD, ENV_USERNAME
from fastpix_desktop.core.errors import CredentialsMissingError, FastPixAuthError, FastPixError
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.ports import FastPixPort
from fastpix_desktop.core.secrets import locked_credentials_error
from fastpix_desktop.core.startup.early_check import EarlyCheck
from fastpix_desktop.ui.credentials.dialog import CredentialsDialog
from fastpix_desktop.ui.i18n import ERRORS_CONTEXT, core_text, error_text
from fastpix_desktop.ui.services import PanelContext
from fastpix_desktop.ui.widgets.prompt import AsyncPrompt
from fastpix_desktop.ui.widgets.theme import Tone, banner_frame

log = logging.getLogger(__name__)

# {username} and {password} are the environment variables' names.
FROM_ENVIRONMENT = QT_TRANSLATE_NOOP(
    "CredentialsPanel",
    "Using the FastPix credentials from {username} and {password} (not stored on this computer).",
)


Say = Callable[[str, Tone], None]
CHECK = "fastpix-credentials-check"  # the runner's group for the background credentials check


def banner(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setContentsMargins(8, 6, 8, 6)
    banner_frame(label, Tone.WARNING)
    label.hide()
    return label


class CredentialsPanel(QObject):
    """The credential banners and menu actions (placed by MainWindow) and their behaviour."""

    demo_started = Signal()
    credentials_saved = Signal()  # good (or uncheckable) credentials are now in use
    # New credentials (or the demo client): reload what depends on them.
    credentials_changed = Signal()

    def __init__(
        self,
        ctx: PanelContext,
        *,
        demo_client_factory: Callable[[], FastPixPort] | None = None,
    ) -> None:
        window = ctx.window
        services = ctx.services
        runner = ctx.runner
        prompts = ctx.prompts
        say = ctx.say
        super().__init__(window)
        self._window = window
        self._services = services
        self._runner = runner
        self._prompts = prompts
        self._say = say
        self._demo_client_factory = demo_client_factory
        # The app's early check (core.startup.early_check) while start() loads, then once adopted.
        self._early: EarlyCheck | None = None
        self._adopted: EarlyCheck | None = None
        self.dialog: CredentialsDialog | None = None
        self.from_environment = False

        self.source_label = QLabel(window)
        self.source_label.setObjectName("credentialsSource")
        self.source_label.hide()
        self.keyring_banner = banner(window, "keyringBanner")
        self.credentials_banner = banner(window, "credentialsBanner")
        self.credentials_action = QAction(self.tr("FastPix &credentials…"), window)
        self.credentials_action.setObjectName("credentialsAction")
        self.credentials_action.triggered.connect(lambda: self.open_dialog())
        self.remove_action = QAction(self.tr("&Remove stored FastPix credentials…"), window)
        self.remove_action.setObjectName("removeCredentialsAction")
        self.remove_action.triggered.connect(self.start_remove)

    @property
    def fastpix(self) -> FastPixPort:
        return self._services.fastpix

    # ------------------------------------------------------------------ start-up

    async def start(self, early: EarlyCheck | None = None) -> None:
        """Load the credentials (environment, then keyring; first-run dialog if none) and check
        them in the background. ``early`` is the check the app sent before the panels existed
        (core.startup.early_check): awaited instead of a second one when it is for the same pair."""
        self._early = early
        try:
            if self._services.demo or await self.load():
                self.start_check()
            elif not getattr(self._services.secrets, "locked", False):
                self.open_dialog(first_run=True)  # a locked keyring: the banner says how
        finally:
            if self._early is not None:  # not for what was loaded: its answer means nothing
                self._early.task.cancel()
            self._early = None

    async def load(self) -> bool:
        env = self._services.config.credentials
        if env is not None and not self._services.demo:
            self.from_environment = True
            self._set_credentials(env.access_token_id, env.secret_key)
            self.credentials_banner.hide()
            self.source_label.setText(
                self.tr(FROM_ENVIRONMENT).format(username=ENV_USERNAME, password=ENV_PASSWORD)
            )
            self.source_label.show()
            return True
        secrets = self._services.secrets
        token = await secrets.get(secret_names.FASTPIX_TOKEN_ID)
        secret = await secrets.get(secret_names.FASTPIX_SECRET_KEY)
        self.sync_keyring_banner()
        if token and secret:
            self._set_credentials(token, secret)
            self.credentials_banner.hide()
            return True
        # None stored: forget whatever the client held (a pair FastPix just rejected), so the
        # next Create says "No FastPix credentials yet" and sends nothing.
        self.fastpix.set_credentials("", "")
        if getattr(secrets, "locked", False):
            # The credentials may well be there, behind the lock: never say "none".
            self.credentials_banner.setText(error_text(locked_credentials_error()))
        else:
            self.credentials_banner.setText(
                self.tr("{problem} Use Settings → FastPix credentials.").format(
                    problem=error_text(CredentialsMissingError())
                )
            )
        self.credentials_banner.show()
        return False

    def sync_keyring_banner(self) -> None:
        secrets = self._services.secrets
        if secrets.session_only:
            self.keyring_banner.setText(
                self.tr(
                    "No usable system keyring: {reason}. Keys and passwords are kept for this "
                    "session only and will be asked for again next time."
                ).format(reason=core_text(ERRORS_CONTEXT, secrets.fallback_reason or ""))
            )
            self.keyring_banner.show()
        elif getattr(secrets, "warning", None):  # a plain-text keyring the user chose
            self.keyring_banner.setText(
                self.tr("Warning: {warning}.").format(
                    warning=core_text(ERRORS_CONTEXT, getattr(secrets, "warning", ""))
                )
            )
            self.keyring_banner.show()
        else:
            self.keyring_banner.hide()

    def _set_credentials(self, token: str, secret: str) -> None:
        self.fastpix.set_credentials(token, secret)
        if self._early is not None and self._early.is_for(token, secret):
            self._adopted, self._early = self._early, None

    @property
    def check(self) -> asyncio.Task[Any] | None:
        """The credentials check running now, if any."""
        return self._runner.running(CHECK)

    def start_check(self) -> asyncio.Task[Any]:
        """Check the loaded credentials in the background, right after start-up.

        It opens FastPix's connection before the first click (one click, one round trip: no
        TCP/TLS set-up and no first-request imports on the click) and tells about wrong
        credentials before a click does.
        """
        self.cancel_check()
        adopted, self._adopted = self._adopted, None
        return self._runner.run(self._check(adopted), name=CHECK, exclusive=True)

    def cancel_check(self) -> None:
        """The credentials or the client change: an answer about the old ones means nothing."""
        self._runner.cancel_group(CHECK)

    async def _check(self, early: EarlyCheck | None = None) -> None:
        try:
            await (early.task if early is not None else self.fastpix.verify_credentials())
        except FastPixAuthError as exc:
            if not self._services.demo:
                self.show_problem(exc)
        except FastPixError as exc:
            # Offline or FastPix unwell: a click says so if it still is; no nagging at start.
            log.info("Could not check the FastPix credentials at start-up: %s", exc)

    def show_problem(self, exc: Exception) -> None:
        if self._services.demo:
            return
        text = (
            self.tr("{problem} Change {username} and {password}.")
            if self.from_environment
            else self.tr("{problem} Use Settings → FastPix credentials to change them.")
        )
        self.credentials_banner.setText(
            text.format(problem=error_text(exc), username=ENV_USERNAME, password=ENV_PASSWORD)
        )
        self.credentials_banner.show()

    # ------------------------------------------------------------------ dialog

    def open_dialog(self, *, first_run: bool = False) -> asyncio.Task[Any]:
        return self._runner.run(self._open_dialog(first_run), name="credentials-dialog")

    async def _open_dialog(self, first_run: bool) -> None:
        token = await self._services.secrets.get(secret_names.FASTPIX_TOKEN_ID) or ""
        dialog = CredentialsDialog(
            self._window,
            first_run=first_run,
            token_id=token,
            offer_demo=not self._services.demo and self._demo_client_factory is not None,
        )
        saving: list[asyncio.Task[Any]] = []
        dialog.save_requested.connect(
            lambda t, s: saving.append(
                self._runner.run(
                    self.save(dialog, token=t, secret=s),
                    name="save-creds",
                    say=lambda text: self._dialog_failed(dialog, text),
                )
            )
        )
        # Cancel while FastPix is still checking: stop there, keep nothing of the new pair.
        dialog.rejected.connect(lambda: [task.cancel() for task in saving if not task.done()])
        dialog.demo_requested.connect(self.switch_to_demo)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    @staticmethod
    def _dialog_failed(dialog: CredentialsDialog, text: str) -> None:
        dialog.set_busy(False)
        dialog.show_message(text)

    async def save(self, dialog: CredentialsDialog, *, token: str, secret: str) -> None:
        """Check with FastPix (unless in demo mode), then store both values in the keyring."""
        self.cancel_check()
        if not self._services.demo:
            self.fastpix.set_credentials(token, secret)
            try:
                await self.fastpix.verify_credentials()
            except asyncio.CancelledError:
                await self.load()  # the dialog was cancelled: back to what was used before
                raise
            except FastPixAuthError as exc:
                await self.load()  # back to whatever was used before
                dialog.set_busy(False)
                dialog.show_message(error_text(exc))
                return
            except FastPixError as exc:
                note = self.tr("Saved, but they could not be checked now: {problem}").format(
                    problem=error_text(exc)
                )
            else:
                note = ""
        else:
            note = self.tr("Saved. They are used when you start fastpix-desktop without --demo.")
        secrets = self._services.secrets
        await secrets.set(secret_names.FASTPIX_TOKEN_ID, token)
        await secrets.set(secret_names.FASTPIX_SECRET_KEY, secret)
        self.from_environment = False
        self.source_label.hide()
        self.sync_keyring_banner()
        self.credentials_banner.hide()
        self.credentials_saved.emit()
        self._say(note or self.tr("FastPix credentials saved."), Tone.SUCCESS)
        dialog.accept()
        self.credentials_changed.emit()

    # ------------------------------------------------------------------ remove, demo

    def start_remove(self) -> asyncio.Task[Any]:
        return self._runner.run(self._remove(), name="remove-credentials")

    async def _remove(self) -> None:
        confirmed = await self._prompts.ask(
            AsyncPrompt(
                self._window,
                object_name="removeCredentialsPrompt",
                title=self.tr("Remove FastPix credentials"),
                text=self.tr(
                    "Remove the stored Access Token ID and Secret Key from the system keyring?"
                ),
                accept_text=self.tr("Remove"),
            )
        )
        if not confirmed:
            return
        self.cancel_check()
        secrets = self._services.secrets
        await secrets.delete(secret_names.FASTPIX_TOKEN_ID)
        await secrets.delete(secret_names.FASTPIX_SECRET_KEY)
        if not self._services.demo and not self.from_environment:
            self.fastpix.set_credentials("", "")
            self.credentials_banner.setText(error_text(CredentialsMissingError()))
            self.credentials_banner.show()
        self._say(self.tr("FastPix credentials removed from this computer."), Tone.SUCCESS)

    def switch_to_demo(self) -> None:
        """'Try demo mode': swap in a sandbox-backed client and close the real one."""
        if self._demo_client_factory is None or self._services.demo:
            return
        self.cancel_check()
        old, self._services.fastpix = self._services.fastpix, self._demo_client_factory()
        self._runner.run(old.aclose(), name="close-client")
        self._services.demo = True
        self.credentials_banner.hide()
        self.demo_started.emit()
        self.credentials_changed.emit()
        self._say(self.tr("Demo mode: streams are created in the built-in sandbox."), Tone.NORMAL)
