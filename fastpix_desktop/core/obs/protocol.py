"""obs-websocket 5 protocol numbers this package acts on: close codes and request statuses."""

from __future__ import annotations

# obs-websocket close codes (protocol.md, WebSocketCloseCode).
CLOSE_AUTHENTICATION_FAILED = 4009
CLOSE_UNSUPPORTED_RPC_VERSION = 4010
CLOSE_SESSION_INVALIDATED = 4011

# obs-websocket request status codes (protocol.md, RequestStatus).
STATUS_NOT_READY = 207
STATUS_OUTPUT_RUNNING = 500
STATUS_OUTPUT_NOT_RUNNING = 501
