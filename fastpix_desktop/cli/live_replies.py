"""``go-live``, ``end`` and ``status`` as replies, the same whether run headless or by the instance.

The CLI runs them with freshly opened clients when no instance runs; the running instance (the
window, or a headless host) runs them with its own clients and monitor and sends the reply back
over the remote control. Qt-free.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.core.errors import (
    AppError,
    ConfigError,
    FastPixError,
    ObsError,
    ObsLiveError,
)
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked
from fastpix_desktop.core.models import Protocol
from fastpix_desktop.core.obs.output_state import OutputStateTracker
from fastpix_desktop.core.onair.remote import RemoteReply, RemoteRequest
from fastpix_desktop.core.onair.watchdog import Verdict, Watchdog, WatchdogReport

if TYPE_CHECKING:
    from fastpix_desktop.core.golive import GoLiveOptions
    from fastpix_desktop.core.onair.monitor import OnAirMonitor
    from fastpix_desktop.core.ports import FastPixPort, ObsPort, SecretStorePort
    from fastpix_desktop.core.recordings.recorder import BroadcastRecorder

# Commands that change nothing: a busy window still answers them at once.
READ_ONLY = ("status", "obs-restore-check")

NO_CHANNEL = (
    "No stream given and no channel chosen yet: pass a STREAM_ID, or remember one as your "
    "channel (fastpix-desktop use STREAM_ID --remember, or in the window)."
)


def failure(error: BaseException) -> RemoteReply:
    code = exit_codes.exit_code_for(error)
    known = isinstance(error, AppError)
    message = str(error) if known else "Unexpected error."
    return RemoteReply(
        code,
        {"error": {"code": code, "message": message}},
        message,
        error=error if known else None,
    )


def safe_server(server: str, hosts: IngestHosts) -> str | None:
    """The destination's server, without a path or query unless it is a FastPix ingest."""
    if not server:
        return None
    if server in (hosts.rtmps_server, hosts.srt_server):
        return server
    parts = urlsplit(server)
    if not parts.scheme or not parts.hostname:
        return None
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"{parts.scheme}://{host}" + (f":{parts.port}" if parts.port else "")


class LiveCommands:
    """The three commands over one set of clients and the session's go-live options (demo
    mode's rule among them, set by whoever built the clients)."""

    def __init__(
        self,
        *,
        obs: ObsPort | None,
        fastpix: FastPixPort | None,
        secrets: SecretStorePort,
        hosts: IngestHosts,
        options: GoLiveOptions,
        monitor: OnAirMonitor | None = None,
        obs_error: ObsError | None = None,
        fastpix_error: AppError | None = None,
        channel: Any = None,
        confirm_hand_set: Callable[[str], Awaitable[bool]] | None = None,
    ) -> None:
        from fastpix_desktop.core.library import my_channel

        self.obs = obs
        self.fastpix = fastpix
        self.secrets = secrets
        self.hosts = hosts
        self.monitor = monitor
        self.options = options
        self.obs_error = obs_error
        self.fastpix_error = fastpix_error
        self._channel = channel or my_channel.load
        # The window asks before replacing a destination set in OBS by hand; alone, or from a
        # stream deck, nobody can be asked: refused unless --force.
        self.confirm_hand_set = confirm_hand_set

    async def handle(self, request: RemoteRequest) -> RemoteReply:
        """The remote-control entry point."""
        args = request.args
        if request.command == "go-live":
            return await self.go_live(
                args.get("streamId"),
                args.get("protocol"),
                no_restore_point=bool(args.get("noRestorePoint")),
                force=bool(args.get("force")),
            )
        if request.command == "end":
            return await self.end()
        if request.command == "status":
            return await self.status()
        if request.command == "obs-restore-check":
            return await self.restore_check()
        if request.command == "clip":
            return await self.clip(args)
        return RemoteReply(exit_codes.USAGE, {"error": {"code": 2, "message": "Unknown command."}})

    # ---- clip

    # The running instance's broadcast clock (core/recordings/recorder.py), set by the host.
    recorder: BroadcastRecorder | None = None

    async def clip(self, args: dict[str, Any]) -> RemoteReply:
        from fastpix_desktop.cli.clip_replies import clip_reply, clip_request
        from fastpix_desktop.core.secrets import SecretStore

        # The signing key signs a private-only stream's clip URL (a stand-in store has none).
        store = self.secrets if isinstance(self.secrets, SecretStore) else None
        try:
            return await clip_reply(
                fastpix=self._need_fastpix(),
                hosts=self.hosts,
                request=clip_request(args),
                stream_id=args.get("streamId") or None,
                recorder=self.recorder,
                default_stream=self.monitor.stream_id if self.monitor else None,
                store=store,
            )
        except Exception as error:
            return failure(error)

    # ---- go-live

    async def go_live(
        self,
        stream_id: str | None,
        protocol: str | None,
        *,
        no_restore_point: bool = False,
        force: bool = False,
    ) -> RemoteReply:
        """A go-live request to the pipeline. ``no_restore_point``: change OBS even when its
        destination cannot be saved first; ``force``: replace a destination set in OBS by hand
        since the app's change (else ``confirm_hand_set`` asks, or the command is refused with
        nothing changed)."""
        from fastpix_desktop.core.golive import (
            Flags,
            GoLive,
            GoLiveRequest,
            ObsPushLock,
            headline,
        )

        try:
            stream_id = stream_id or self._channel()
            if not stream_id:
                raise ConfigError(NO_CHANNEL)
            obs, fastpix = self._need_obs(), self._need_fastpix()
            pipeline = GoLive(
                fastpix=fastpix,
                obs=obs,
                secrets=self.secrets,
                hosts=self.hosts,
                options=self.options,
                push_lock=ObsPushLock(),
            )
            result = await pipeline.run_settled(
                GoLiveRequest.go_live(
                    stream_id, Protocol(protocol) if protocol else None, force=force
                ),
                questions=Flags(
                    no_restore_point_ok=no_restore_point, ask_hand_set=self.confirm_hand_set
                ),
            )
        except (AppError, ValueError) as error:
            return failure(error if isinstance(error, AppError) else ConfigError(str(error)))
        obs_error = result.obs_error
        if isinstance(obs_error, ObsLiveError) and not result.obs_configured:
            return failure(obs_error)  # live elsewhere: nothing was changed
        if self.monitor is not None:
            # Known only from OBS's settings when FastPix was unreachable: the ID is enough.
            known = result.stream.stream_id if result.fastpix_unknown else result.stream
            self.monitor.watch_stream(known)
        data = {
            "streamId": result.stream.stream_id,
            "name": result.stream.name,
            "status": None if result.fastpix_unknown else result.stream.status,
            "protocol": str(result.protocol),
            "obs": {
                "configured": result.obs_configured,
                "started": result.obs_started,
                "alreadyLive": result.already_live,
                "error": str(obs_error) if obs_error else None,
            },
            "note": result.start_refused or None,
            "warnings": [a.message for a in result.advice],
        }
        words = headline(result, name=self._channel_name(result.stream.stream_id)).text
        text = "\n".join(
            [
                words,
                *(
                    f"warning: {a.message}"
                    + (f" (fix: fastpix-desktop check --fix {a.fix_rule})" if a.fix_rule else "")
                    for a in result.advice
                ),
            ]
        )
        code = exit_codes.exit_code_for(obs_error) if obs_error is not None else exit_codes.OK
        return RemoteReply(code, data, text, headline=words, advice=result.advice)

    # ---- end

    async def end(self) -> RemoteReply:
        from fastpix_desktop.core.onair import use_cases as onair

        try:
            obs = self._need_obs()
            stream_id = self.monitor.stream_id if self.monitor is not None else None
            outcome = await onair.end_broadcast(
                obs=obs, fastpix=self.fastpix, stream_id=stream_id, hosts=self.hosts
            )
        except AppError as error:
            return failure(error)
        data = {
            "streamId": outcome.stream_id,
            "obs": {"wasStreaming": outcome.obs_was_streaming, "stopped": True},
            "finished": outcome.finished,
            "status": outcome.stream_status,
            "note": outcome.note or None,
        }
        if outcome.finished:
            headline = (
                QT_TRANSLATE_NOOP(
                    "onair",
                    "OBS stopped streaming. The FastPix broadcast is finished; its recording is "
                    "being processed.",
                )
                if outcome.obs_was_streaming
                else QT_TRANSLATE_NOOP(
                    "onair",
                    "OBS was not streaming. The FastPix broadcast is finished; its recording is "
                    "being processed.",
                )
            )
        elif outcome.note:
            headline = marked(
                QT_TRANSLATE_NOOP("onair", "OBS stopped streaming. {note}")
                if outcome.obs_was_streaming
                else QT_TRANSLATE_NOOP("onair", "OBS was not streaming. {note}"),
                note=outcome.note,
            )
        else:
            headline = (
                QT_TRANSLATE_NOOP("onair", "OBS stopped streaming.")
                if outcome.obs_was_streaming
                else QT_TRANSLATE_NOOP("onair", "OBS was not streaming.")
            )
        return RemoteReply(exit_codes.OK, data, headline, headline=headline)

    # ---- status

    async def status(self) -> RemoteReply:
        from fastpix_desktop.core.destination.recognise import fastpix_ingest_of, recognise_service
        from fastpix_desktop.core.onair.use_cases import protocol_of

        obs_json: dict[str, Any] = {
            "connected": False,
            "live": False,
            "reconnecting": False,
            "protocol": None,
            "server": None,
            "outputState": "off",
            "error": str(self._obs_problem()) if self._obs_problem() else None,
        }
        stream_json: dict[str, Any] | None = None
        stream_error: str | None = None
        deleted = False
        report = WatchdogReport(Verdict.IDLE)
        figures: dict[str, Any] | None = None
        model_json: dict[str, Any] | None = None
        obs = self.obs
        if obs is not None and obs.connected:
            try:
                status = await obs.get_stream_status()
                service = await obs.get_service()
            except ObsError as error:
                obs_json["error"] = str(error)
            else:
                protocol = protocol_of(service)
                if obs.version is not None:  # from GetVersion when it connected
                    obs_json["version"] = obs.version.obs_version
                    obs_json["websocketVersion"] = obs.version.websocket_version
                obs_json.update(
                    connected=True,
                    live=status.active and not status.reconnecting,
                    reconnecting=status.reconnecting,
                    protocol=str(protocol) if protocol else None,
                    server=safe_server(str(service.settings.get("server") or ""), self.hosts),
                )
                fastpix_ingest = fastpix_ingest_of(service, self.hosts) is not None
                stream_status: str | None = None
                if self.monitor is not None:
                    # The running instance answers from its one model of the broadcast, so
                    # the deck, the tray and the window never disagree (issue 26).
                    model = self.monitor.snapshot()
                    stream_json = model.to_json()["stream"]
                    if model.stream_deleted:
                        stream_error = "This FastPix stream was deleted."
                elif fastpix_ingest:
                    try:
                        recognised = await recognise_service(
                            service, fastpix=self._need_fastpix(), hosts=self.hosts
                        )
                    except AppError as error:
                        stream_error = str(error)
                    else:
                        stream = recognised.stream
                        if stream is None:
                            # A FastPix ingest whose key is no stream here: deleted, or another
                            # account's.
                            stream_error, deleted = recognised.note, True
                        else:
                            stream_status = stream.status
                            stream_json = {
                                "streamId": stream.stream_id,
                                "name": stream.name,
                                "status": stream.status,
                            }
                if self.monitor is not None:
                    snapshot = self.monitor.snapshot()
                    state, report = snapshot.state, snapshot.report
                    figures = snapshot.figures.to_json()
                    model_json = snapshot.to_json()
                else:
                    # One look, not a watch: stalls need two polls 10 s apart, so only the
                    # running instance reports them.
                    state = OutputStateTracker().on_status(status)
                    watchdog = Watchdog()
                    watchdog.observe_state(state)
                    watchdog.seed_live_for(status.duration_ms / 1000)
                    if fastpix_ingest:
                        watchdog.observe_fastpix(stream_status, deleted=deleted)
                    report = watchdog.report()
                obs_json["outputState"] = str(state)
        if self.monitor is not None and model_json is None:
            # OBS is not reachable (killed, dropped, wrong password): the running instance still
            # knows which stream it watched and what FastPix last said (it may hold the
            # broadcast open for its reconnect window), as the window and the tray show.
            snapshot = self.monitor.snapshot()
            model_json = snapshot.to_json()
            stream_json = model_json["stream"]
            if snapshot.stream_deleted:
                stream_error = "This FastPix stream was deleted."
            report, figures = snapshot.report, snapshot.figures.to_json()
            obs_json["outputState"] = str(snapshot.state)
        data: dict[str, Any] = {
            "obs": obs_json,
            "stream": stream_json,
            "watchdog": report.to_json(),
        }
        if stream_error:
            data["streamError"] = stream_error
        if figures is not None:
            data["figures"] = figures
        if model_json is not None:
            data["session"] = model_json["session"]
            data["notice"] = model_json["notice"]
            data["destination"] = model_json["destination"]
        if obs_json["connected"]:
            obs_line = f"OBS: {obs_json['outputState']}"
            if obs_json.get("version"):
                obs_line = f"OBS {obs_json['version']}: {obs_json['outputState']}"
            if obs_json["server"]:
                obs_line += f", sending to {obs_json['server']}"
        else:
            problem = obs_json["error"]
            obs_line = "OBS: not connected" + (f" ({problem})" if problem else "")
        if stream_json:
            stream_line = (
                f"Stream: {stream_json['name'] or stream_json['streamId']} "
                f"({stream_json['status'] or 'FastPix status unknown'})"
            )
        else:
            stream_line = "Stream: none" + (f" ({stream_error})" if stream_error else "")
        lines = [
            obs_line,
            stream_line,
            f"Watchdog: {report.verdict}" + (f": {report.message}" if report.message else ""),
        ]
        return RemoteReply(exit_codes.OK, data, "\n".join(lines))

    # ---- obs-restore --check

    async def restore_check(self) -> RemoteReply:
        """Whether Restore has something to do, over the instance's own OBS connection."""
        from fastpix_desktop.core.restore import point as restore_point
        from fastpix_desktop.core.restore.point import describe_destination

        try:
            status = await restore_point.restore_status(obs=self._need_obs(), secrets=self.secrets)
        except AppError as error:
            return failure(error)
        data = {
            "available": status.available,
            "profile": status.profile,
            "destination": describe_destination(status.own) if status.own else None,
            "message": status.message,
        }
        return RemoteReply(exit_codes.OK, data, status.message)

    # ---- helpers

    def _channel_name(self, stream_id: str) -> str:
        """The name remembered with my channel (FastPix unreachable), else the ID."""
        from fastpix_desktop.core.library import my_channel

        name = my_channel.load_name() if self._channel() == stream_id else None
        return name or stream_id

    def _need_obs(self) -> ObsPort:
        if self.obs is None or not self.obs.connected:
            from fastpix_desktop.core.errors import ObsNotRunningError

            raise self._obs_problem() or ObsNotRunningError()
        return self.obs

    def _obs_problem(self) -> ObsError | None:
        if self.obs_error is not None:
            return self.obs_error
        if self.obs is not None and not self.obs.connected:
            return self.obs.last_error
        return None

    def _need_fastpix(self) -> FastPixPort:
        if self.fastpix is None:
            raise self.fastpix_error or FastPixError("FastPix is not set up.")
        return self.fastpix
