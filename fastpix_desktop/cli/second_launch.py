"""A second ``fastpix-desktop`` (the window) raises the running one instead of opening another
window that would also monitor and drive OBS.

It asks the running instance over its remote control (core/onair/remote.py, command "show") before
anything of Qt is loaded; with no instance running it costs a file check or two, and
core.onair.remote is imported only when an ``instance.json`` says one may be there and its lock
is held: a crash or a kill leaves both files behind with the lock free, and that start must not
pay for the remote module before its first frame (bench/README.md, issue 21).
"""

from __future__ import annotations

from fastpix_desktop.core.state_dir import INFO_NAME, instance_lock_held, state_dir

SHOW_COMMAND = "show"
# The running window answers at once; a busy or stuck one must not hold this launch for long.
ANSWER_TIMEOUT_S = 5.0


def raise_running_window() -> str | None:
    """The running window's answer when it was brought to the front (this launch should then
    exit), else None: nothing runs, or what runs is not a window (onair_host)."""
    directory = state_dir()
    if not (directory / INFO_NAME).exists():
        return None
    if instance_lock_held(directory) is False:
        return None  # left by an instance that ended without cleaning up: none runs
    from fastpix_desktop.core.onair.remote import RemoteRequest, send_command

    reply = send_command(RemoteRequest(SHOW_COMMAND), directory=directory, timeout=ANSWER_TIMEOUT_S)
    if reply is None or reply.exit_code != 0:
        return None
    return reply.text
