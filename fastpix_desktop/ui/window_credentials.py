"""The credentials half of the main window: first-run dialog, change, remove, try demo mode.
Mixed into MainWindow. Secrets go to SecretStore (the OS keyring) only, never QSettings.
"""

from __future__ import annotations

import asyncio
import logging

from fastpix_desktop.core import secrets as secret_names
from fastpix_desktop.core.errors import CredentialsMissingError, FastPixAuthError, FastPixError
from fastpix_desktop.ui.dialogs.credentials import CredentialsDialog
from fastpix_desktop.ui.dialogs.prompt import AsyncPrompt
from fastpix_desktop.ui.theme import Tone

log = logging.getLogger(__name__)


class CredentialsActions:
    """FastPix credential handling of MainWindow (a mixin: no state of its own)."""

    def start_credentials_check(self) -> asyncio.Task:
        """Check the loaded credentials in the background, right after start-up.

        It opens FastPix's connection before the first click (one click, one round trip: no
        TCP/TLS set-up and no first-request imports on the click) and tells about wrong
        credentials before a click does.
        """
        self.cancel_credentials_check()
        self.credentials_check = self.tasks.start(
            self._check_credentials(), name="fastpix-credentials-check"
        )
        return self.credentials_check

    def cancel_credentials_check(self) -> None:
        """The credentials or the client change: an answer about the old ones means nothing."""
        if self.credentials_check is not None:
            self.credentials_check.cancel()
            self.credentials_check = None

    async def _check_credentials(self) -> None:
        try:
            await self.fastpix.verify_credentials()
        except FastPixAuthError as exc:
            if not self.demo:
                self.show_credentials_problem(exc)
        except FastPixError as exc:
            # Offline or FastPix unwell: a click says so if it still is; no nagging at start.
            log.info("Could not check the FastPix credentials at start-up: %s", exc)

    def show_credentials_problem(self, exc: Exception) -> None:
        self.credentials_banner.setText(f"{exc} Use Settings → FastPix credentials to change them.")
        self.credentials_banner.show()

    def open_credentials_dialog(self, *, first_run: bool = False) -> asyncio.Task:
        return self.tasks.start(self._open_credentials(first_run), name="credentials-dialog")

    async def _open_credentials(self, first_run: bool) -> None:
        token = await self.secrets.get(secret_names.FASTPIX_TOKEN_ID) or ""
        dialog = CredentialsDialog(
            self,
            first_run=first_run,
            token_id=token,
            offer_demo=not self.demo and self._demo_client_factory is not None,
        )
        dialog.save_requested.connect(
            lambda t, s: self.tasks.start(
                self.save_credentials(dialog, token=t, secret=s), name="save-creds"
            )
        )
        dialog.demo_requested.connect(self.switch_to_demo)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    async def save_credentials(self, dialog: CredentialsDialog, *, token: str, secret: str) -> None:
        """Check with FastPix (unless in demo mode), then store both values in the keyring."""
        self.cancel_credentials_check()
        if not self.demo:
            self.fastpix.set_credentials(token, secret)
            try:
                await self.fastpix.verify_credentials()
            except FastPixAuthError as exc:
                await self.load_credentials()  # back to whatever was stored before
                dialog.set_busy(False)
                dialog.show_message(str(exc))
                return
            except FastPixError as exc:
                note = f"Saved, but they could not be checked now: {exc}"
            else:
                note = ""
        else:
            note = "Saved. They are used when you start fastpix-desktop without --demo."
        await self.secrets.set(secret_names.FASTPIX_TOKEN_ID, token)
        await self.secrets.set(secret_names.FASTPIX_SECRET_KEY, secret)
        self.sync_keyring_banner()
        self.credentials_banner.hide()
        self.show_message(note or "FastPix credentials saved.", Tone.SUCCESS)
        dialog.accept()
        self.credentials_changed.emit()

    def start_remove_credentials(self) -> asyncio.Task:
        return self.tasks.start(self._remove_credentials(), name="remove-credentials")

    async def _remove_credentials(self) -> None:
        # A local reference: the stop-live prompt may replace self.prompt meanwhile.
        prompt = self.prompt = AsyncPrompt(
            self,
            object_name="removeCredentialsPrompt",
            title="Remove FastPix credentials",
            text="Remove the stored Access Token ID and Secret Key from the system keyring?",
            accept_text="Remove",
        )
        try:
            confirmed = await prompt.ask()
        finally:
            prompt.deleteLater()
            if self.prompt is prompt:
                self.prompt = None
        if not confirmed:
            return
        self.cancel_credentials_check()
        await self.secrets.delete(secret_names.FASTPIX_TOKEN_ID)
        await self.secrets.delete(secret_names.FASTPIX_SECRET_KEY)
        if not self.demo:
            self.fastpix.set_credentials("", "")
            self.credentials_banner.setText(str(CredentialsMissingError()))
            self.credentials_banner.show()
        self.show_message("FastPix credentials removed from this computer.", Tone.SUCCESS)
        self.credentials_changed.emit()

    def switch_to_demo(self) -> None:
        """'Try demo mode': swap in a sandbox-backed client and close the real one."""
        if self._demo_client_factory is None or self.demo:
            return
        self.cancel_credentials_check()
        old, self.fastpix = self.fastpix, self._demo_client_factory()
        self.tasks.start(old.aclose(), name="close-client")
        self.set_demo(True)
        self.show_message("Demo mode: streams are created in the built-in sandbox.", Tone.NORMAL)
