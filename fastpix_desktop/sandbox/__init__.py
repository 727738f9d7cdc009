"""FastPix API sandbox: an emulator of the live-stream endpoints for demo mode, tests, benchmarks.

``SandboxApi`` answers requests; serve it in-process with ``api.mock_transport()`` or over a socket
with ``start_server_in_thread(api)`` / ``fastpix-desktop sandbox``. No Qt in here.
"""

from fastpix_desktop.sandbox.api import SandboxApi
from fastpix_desktop.sandbox.auth import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY
from fastpix_desktop.sandbox.envelope import SandboxResponse
from fastpix_desktop.sandbox.faults import Fault
from fastpix_desktop.sandbox.server import RunningSandbox, start_server_in_thread
from fastpix_desktop.sandbox.state import SandboxState, StreamRecord, StreamSpec
from fastpix_desktop.sandbox.transport import SandboxTransport

__all__ = [
    "DEMO_ACCESS_TOKEN_ID",
    "DEMO_SECRET_KEY",
    "Fault",
    "RunningSandbox",
    "SandboxApi",
    "SandboxResponse",
    "SandboxState",
    "SandboxTransport",
    "StreamRecord",
    "StreamSpec",
    "start_server_in_thread",
]
