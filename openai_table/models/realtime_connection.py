"""Options for the realtime websocket connection (``client.realtime.connect``).

Kept apart from ``realtime_params`` so that ``openai_table.types``, which re-exports it, stays
cheap to import.
"""

from typing import Any, Optional, Sequence, Tuple, TypedDict, Union

__all__ = ["WebsocketConnectionOptions"]


class WebsocketConnectionOptions(TypedDict, total=False):
    """Settings handed to the ``websockets`` library when the connection opens."""

    extensions: Optional[Sequence[Any]]  # websockets ClientExtensionFactory objects
    subprotocols: Optional[Sequence[str]]
    compression: Optional[str]  # "deflate", or None to turn compression off
    max_size: Optional[int]  # largest incoming message, in bytes
    max_queue: Union[int, None, Tuple[Optional[int], Optional[int]]]  # incoming frames buffered (high, low)
    write_limit: Union[int, Tuple[int, Optional[int]]]  # outgoing buffer watermarks, in bytes
