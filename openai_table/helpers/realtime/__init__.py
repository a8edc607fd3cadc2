"""`client.realtime.connect(...)` and `client.beta.realtime.connect(...)`: the Realtime API over a
websocket (the `realtime` extra: `pip install openai_table[realtime]`).

`events.py` is the table of client events the connection's senders are made from;
`connection.py` opens the socket and builds the senders."""

from .connection import (
    AsyncRealtimeConnection,
    AsyncRealtimeConnectionManager,
    RealtimeConnection,
    RealtimeConnectionManager,
    beta_connect,
    beta_connect_async,
    connect,
    connect_async,
)

__all__ = [
    "connect", "connect_async", "beta_connect", "beta_connect_async",
    "RealtimeConnection", "AsyncRealtimeConnection", "RealtimeConnectionManager", "AsyncRealtimeConnectionManager",
]
