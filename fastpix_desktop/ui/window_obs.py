"""The OBS half of the main window: connection status, live state, start/stop, restore, and
the connection dialog. Mixed into MainWindow, whose widgets and services it uses.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

from fastpix_desktop.core import golive
from fastpix_desktop.core import secrets as secret_names
from fastpix_desktop.core.errors import AppError, FastPixError, ObsError
from fastpix_desktop.core.obs import ObsConnectionInfo, ObsController
from fastpix_desktop.ui.dialogs.obs_connection import ObsConnectionDialog
from fastpix_desktop.ui.obs_status import version_text
from fastpix_desktop.ui.theme import Tone

log = logging.getLogger(__name__)

CREATE_AND_CONFIGURE = "Create && configure OBS"
CREATE_ONLY = "Create stream"
START_TIMEOUT_S = 15.0


class ObsActions:
    """OBS reactions and commands of MainWindow (a mixin: no state of its own)."""

    async def load_obs_password(self) -> None:
        """Give the controller the OBS password from the keyring (read at start, not before the
        window shows, so a slow or locked keyring never delays the window)."""
        password = await self.secrets.get(secret_names.OBS_PASSWORD) or ""
        if password and password != self.obs.info.password:
            self.obs.set_connection(replace(self.obs.info, password=password))

    def start_connect_obs(self) -> asyncio.Task:
        return self.tasks.start(self.connect_obs(), name="obs-connect")

    async def connect_obs(self) -> None:
        self.obs_status.set_connecting()
        try:
            await self.obs.connect()
        except ObsError as exc:
            self.obs_status.set_disconnected(str(exc))
            self._sync_obs_controls()
            return
        await self._refresh_obs_live()

    async def _refresh_obs_live(self) -> None:
        if not self.obs.connected:
            self.obs_status.set_disconnected(self._obs_reason())
            self._sync_obs_controls()
            return
        try:
            status = await self.obs.get_stream_status()
        except ObsError as exc:
            self.obs_status.set_disconnected(str(exc))
            self._sync_obs_controls()
            return
        self._set_obs_live(status.active)

    def _obs_reason(self) -> str:
        error = getattr(self.obs, "last_error", None)
        return str(error) if error else "not connected yet"

    def on_obs_event(self, event: object) -> None:
        """ConnectionChanged / StreamStateChanged / ExitStarted / ProfileChanged from core.obs."""
        kind = type(event).__name__
        if kind == "ConnectionChanged":
            if getattr(event, "connected", False):
                self.obs_status.set_connected(getattr(event, "version", None))
                # OBS may already be live when we (re)connect; ask instead of assuming.
                self.tasks.start(self._refresh_obs_live(), name="obs-live-check")
            else:
                error = getattr(event, "error", None)
                self._set_obs_live(False, indicator=False)
                self.obs_status.set_disconnected(str(error) if error else "disconnected")
        elif kind == "StreamStateChanged":
            self._set_obs_live(bool(getattr(event, "active", False)))
        elif kind == "ExitStarted":
            self._set_obs_live(False, indicator=False)
            self.obs_status.set_disconnected("OBS is closing")
        elif kind == "ProfileChanged":
            name = getattr(event, "name", "")
            self.statusBar().showMessage(
                f"OBS switched to profile '{name}'; its stream settings may differ.", 10_000
            )
        self._sync_obs_controls()

    def _set_obs_live(self, live: bool, *, indicator: bool = True) -> None:
        was_live, self.obs_live = self.obs_live, live
        if live:
            self.obs_status.set_live()
            self.live_strip.show()
            self.live_monitor.start()
        else:
            if indicator and self.obs.connected:
                self.obs_status.set_connected(getattr(self.obs, "version", None))
            self.live_strip.hide()
            self.live_monitor.stop()
            if was_live and self.stream is not None:
                self.tasks.start(self._refresh_stream_status(), name="stream-status")
        self._sync_obs_controls()

    async def _refresh_stream_status(self) -> None:
        if self.stream is None:
            return
        try:
            stream = await self.fastpix.get_stream(self.stream.stream_id)
        except FastPixError as exc:
            log.info("Could not refresh the stream status: %s", exc)
            return
        self.details.update_status(stream.status)

    def _set_create_text(self) -> None:
        connected = bool(getattr(self.obs, "connected", False))
        text = CREATE_AND_CONFIGURE if connected else CREATE_ONLY
        self.create_button.setText(text)
        self.create_button.setAccessibleName(text.replace("&&", "&"))
        self.create_button.setToolTip(
            "Create a FastPix live stream and point OBS at it"
            if connected
            else "Create a FastPix live stream (connect OBS to configure it too)"
        )

    def _sync_obs_controls(self) -> None:
        connected = bool(getattr(self.obs, "connected", False))
        self._set_create_text()
        self.stop_streaming_button.setVisible(connected and self.obs_live)
        self.stop_action.setEnabled(connected and self.obs_live)
        configured = self.last_result is not None and self.last_result.obs_configured
        self.start_streaming_button.setVisible(connected and not self.obs_live and configured)
        self.restore_action.setEnabled(connected and not self.busy)

    def start_streaming(self) -> asyncio.Task:
        return self.tasks.start(self._obs_command("start"), name="obs-start")

    def stop_streaming(self) -> asyncio.Task:
        return self.tasks.start(self._obs_command("stop"), name="obs-stop")

    async def _obs_command(self, which: str) -> None:
        button = self.start_streaming_button if which == "start" else self.stop_streaming_button
        button.setEnabled(False)
        try:
            if which == "start":
                await self.obs.start_streaming_and_wait(timeout=START_TIMEOUT_S)
            else:
                await self.obs.stop_streaming_and_wait(timeout=START_TIMEOUT_S)
        except AppError as exc:
            self.show_message(str(exc), Tone.ERROR)
        else:
            self.clear_message()
            await self._refresh_obs_live()
        finally:
            button.setEnabled(True)

    def start_restore(self) -> asyncio.Task | None:
        # The same one-job-at-a-time rule as Create and Retry OBS: a create racing a restore
        # would lose the snapshot and report a restore that did not happen.
        if self.busy:
            return None
        self.flow_task = self.tasks.start(self._restore(), name="obs-restore")
        self._set_busy(True)
        return self.flow_task

    async def _restore(self) -> None:
        try:
            if not self.obs.connected:
                self.show_message(
                    f"Cannot restore: OBS is not connected ({self._obs_reason()}).", Tone.ERROR
                )
                return
            await golive.restore_previous(obs=self.obs, secrets=self.secrets)
        except AppError as exc:
            self.show_message(str(exc), Tone.ERROR)
        else:
            self.show_message("OBS's previous stream destination is back.", Tone.SUCCESS)
            self.last_result = None
            self._sync_obs_controls()
        finally:
            self._set_busy(False)

    def open_obs_dialog(self) -> asyncio.Task:
        return self.tasks.start(self._open_obs_dialog(), name="obs-dialog")

    async def _open_obs_dialog(self) -> None:
        password = await self.secrets.get(secret_names.OBS_PASSWORD) or ""
        dialog = ObsConnectionDialog(
            self,
            host=self.app_settings.obs_host(),
            port=self.app_settings.obs_port(),
            password=password,
            tester=self.test_obs_connection,
        )
        dialog.save_requested.connect(
            lambda info: self.tasks.start(self.save_obs_connection(info), name="obs-save")
        )
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    async def test_obs_connection(self, info: ObsConnectionInfo) -> str:
        """Connect a throw-away controller with ``info``; returns 'OBS x.y (WebSocket a.b)'."""
        if self._obs_factory is None:
            probe = ObsController(info, timeout=3.0)
        else:
            probe = self._obs_factory(info)
        try:
            await probe.connect()
            version = probe.version
        finally:
            await probe.close()
        websocket = getattr(version, "websocket_version", "")
        return f"OBS {version_text(version)}" + (f" (WebSocket {websocket})" if websocket else "")

    async def save_obs_connection(self, info: ObsConnectionInfo) -> None:
        self.app_settings.set_obs_address(info.host, int(info.port))
        if info.password:
            await self.secrets.set(secret_names.OBS_PASSWORD, info.password)
        else:
            await self.secrets.delete(secret_names.OBS_PASSWORD)
        self.sync_keyring_banner()
        self.obs.set_connection(info)
        await self.connect_obs()
