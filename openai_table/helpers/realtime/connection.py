"""The realtime websocket connection, sync and async, and `connect`, the helper the table installs
as `client.realtime.connect` and `client.beta.realtime.connect`.

`connect(...)` returns a manager that opens the socket on `with` / `async with` (or `.enter()`)
and closes it on the way out. The connection it gives:

- `connection.session.update(session=...)`, `connection.conversation.item.create(item=...)`,
  `connection.response.create()`, ...: one sender per client event of `events.py`, made here
  from that table (a tree of small resource classes per API and per sync/async);
- `send(event)` of a raw event (a dict, or an event model), `recv()` / iteration for typed
  server events (`RealtimeServerEvent`; an `error` event is yielded like any other, as the
  official SDK does: the session stays usable), `recv_bytes()`, `parse_event()`, `close()`.

`websockets` is imported when a connection opens, never at `import openai_table`.
"""

import importlib
import inspect
import json
import logging
from functools import lru_cache
from typing import Any, Dict, Iterator, Mapping, Optional, Tuple

from ..._exceptions import OpenAIError
from ..._types import NOT_GIVEN, NotGiven, omit
from .events import FLAVORS

__all__ = [
    "connect", "connect_async", "beta_connect", "beta_connect_async",
    "RealtimeConnection", "AsyncRealtimeConnection", "RealtimeConnectionManager", "AsyncRealtimeConnectionManager",
]

log = logging.getLogger("openai_table.realtime")

_INSTALL = "Realtime connections need the `websockets` package: pip install 'openai_table[realtime]'"


# -- senders, from the table ---------------------------------------------------------------

def _sender(event_type: str, params: Dict[str, str], doc: str, is_async: bool) -> Any:
    names = tuple(params)
    required = frozenset(n for n, t in params.items() if t.endswith("!"))
    qualname = f"{event_type}()"

    def build(kwargs: Dict[str, Any]) -> Dict[str, Any]:
        unknown = kwargs.keys() - set(names)
        if unknown:
            raise TypeError(f"{qualname} got an unexpected keyword argument {sorted(unknown)[0]!r}")
        missing = [n for n in names if n in required and n not in kwargs]
        if missing:
            raise TypeError(f"{qualname} missing required keyword argument{'s' if len(missing) > 1 else ''}: "
                            + ", ".join(repr(n) for n in missing))
        event = {"type": event_type}
        for name in names:
            value = kwargs.get(name, NOT_GIVEN)
            if not isinstance(value, NotGiven):
                event[name] = value
        return event

    if is_async:
        async def method(self: Any, **kwargs: Any) -> None:
            await self._connection.send(build(kwargs))
    else:
        def method(self: Any, **kwargs: Any) -> None:
            self._connection.send(build(kwargs))

    P = inspect.Parameter
    method.__name__ = event_type.rpartition(".")[2]
    method.__qualname__ = event_type
    method.__doc__ = f"{doc}\n\nSends a `{event_type}` event."
    method.__signature__ = inspect.Signature(
        [P("self", P.POSITIONAL_OR_KEYWORD)]
        + [P(n, P.KEYWORD_ONLY, default=P.empty if n in required else NOT_GIVEN, annotation=t.rstrip("!"))
           for n, t in params.items()],
        return_annotation=None,
    )
    method.event_type = event_type
    return method


class _Resource:
    """A node of the sender tree (`connection.conversation`, `connection.conversation.item`):
    its senders are methods of its class, its children are attributes."""

    _children: Dict[str, type] = {}

    def __init__(self, connection: Any) -> None:
        self._connection = connection
        for name, cls in self._children.items():
            setattr(self, name, cls(connection))


def _camel(path: Tuple[str, ...]) -> str:
    return "".join(part.title().replace("_", "") for part in path)


@lru_cache(maxsize=None)
def _resources(flavor: str, is_async: bool) -> Dict[str, type]:
    """The top-level resource classes of one API's connection, built once from its events."""
    tree: Dict[Tuple[str, ...], Dict[str, Any]] = {}
    for event_type, (params, doc) in FLAVORS[flavor]["events"].items():
        *parents, verb = event_type.split(".")
        for i in range(len(parents)):
            tree.setdefault(tuple(parents[: i + 1]), {})
        tree[tuple(parents)][verb] = _sender(event_type, params, doc, is_async)

    def make(path: Tuple[str, ...]) -> type:
        children = {p[-1]: make(p) for p in tree if len(p) == len(path) + 1 and p[: len(path)] == path}
        name = f"{'Async' if is_async else ''}Realtime{_camel(path)}Resource"
        namespace = {**tree[path], "_children": children, "__module__": __name__,
                     "__doc__": f"Senders for the `{'.'.join(path)}.*` client events."}
        return type(name, (_Resource,), namespace)

    return {path[0]: make(path) for path in tree if len(path) == 1}


# -- the connection -------------------------------------------------------------------------

def _dump(event: Any) -> str:
    return json.dumps(_plain(event))


def _plain(value: Any) -> Any:
    """An event as JSON data: models as their dicts, params left out (`NOT_GIVEN` / `omit`)
    dropped at any depth, as the official SDK does with its TypedDicts."""
    from ...models._base import BaseModel

    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if not isinstance(v, NotGiven)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, BaseModel):
        return value.to_dict()
    return value


class _Connection:
    def __init__(self, websocket: Any, flavor: str = "realtime") -> None:
        self._connection = websocket
        self._flavor = flavor
        for name, cls in _resources(flavor, self._is_async).items():
            setattr(self, name, cls(self))

    @property
    def websocket(self) -> Any:
        """The `websockets` connection underneath (its `request`, `response`, `latency`, ...)."""
        return self._connection

    def parse_event(self, data: Any) -> Any:
        """A raw message (`str` or `bytes`) as its typed server event; an event type this version
        does not know keeps its data as an `UnknownModel`."""
        return _server_event_hook(self._flavor)(json.loads(data), None)


@lru_cache(maxsize=None)
def _server_event_hook(flavor: str) -> Any:
    from ..._converter import hook_for

    module, _, name = FLAVORS[flavor]["server_events"].partition(":")
    return hook_for(getattr(importlib.import_module(f"openai_table.models.{module}"), name))


class RealtimeConnection(_Connection):
    """A live websocket to the Realtime API (from `client.realtime.connect(...)`)."""

    _is_async = False

    def __iter__(self) -> Iterator[Any]:
        """Every server event, typed, until the connection closes normally."""
        from websockets.exceptions import ConnectionClosedOK

        try:
            while True:
                yield self.recv()
        except ConnectionClosedOK:
            return

    def recv(self) -> Any:
        """The next server event, typed (`RealtimeServerEvent`)."""
        return self.parse_event(self.recv_bytes())

    def recv_bytes(self) -> bytes:
        """The next message as it came; `parse_event` reads it."""
        message = self._connection.recv(decode=False)
        log.debug("Received websocket message: %s", message)
        return message

    def send(self, event: Any) -> None:
        """Send a client event: a dict (`{"type": "response.create"}`) or an event model."""
        self._connection.send(_dump(event))

    def close(self, *, code: int = 1000, reason: str = "") -> None:
        self._connection.close(code=code, reason=reason)


class AsyncRealtimeConnection(_Connection):
    """A live websocket to the Realtime API (from `AsyncOpenAI().realtime.connect(...)`)."""

    _is_async = True

    async def __aiter__(self) -> Any:
        """Every server event, typed, until the connection closes normally."""
        from websockets.exceptions import ConnectionClosedOK

        try:
            while True:
                yield await self.recv()
        except ConnectionClosedOK:
            return

    async def recv(self) -> Any:
        """The next server event, typed (`RealtimeServerEvent`). Cancelling it loses nothing."""
        return self.parse_event(await self.recv_bytes())

    async def recv_bytes(self) -> bytes:
        """The next message as it came; `parse_event` reads it."""
        message = await self._connection.recv(decode=False)
        log.debug("Received websocket message: %s", message)
        return message

    async def send(self, event: Any) -> None:
        """Send a client event: a dict (`{"type": "response.create"}`) or an event model."""
        await self._connection.send(_dump(event))

    async def close(self, *, code: int = 1000, reason: str = "") -> None:
        await self._connection.close(code=code, reason=reason)


# -- opening it -----------------------------------------------------------------------------

def _headers(auth: Mapping[str, str], flavor: str, extra_headers: Optional[Mapping[str, Any]]) -> Dict[str, str]:
    headers = dict(auth)
    headers.update(FLAVORS[flavor]["headers"])
    for name, value in (extra_headers or {}).items():
        # An `omit` value takes the header out, as with the REST calls.
        if isinstance(value, NotGiven):
            headers = {k: v for k, v in headers.items() if k.lower() != name.lower()}
        else:
            headers[name] = value
    return headers


class _Manager:
    def __init__(self, client: Any, flavor: str, model: Any, call_id: Any, extra_query: Any, extra_headers: Any,
                 websocket_connection_options: Any) -> None:
        self._client, self._flavor, self._model, self._call_id = client, flavor, model, call_id
        self._extra_query, self._extra_headers = extra_query, extra_headers
        self._options = dict(websocket_connection_options or {})
        self._connection: Any = None

    def _target(self) -> Any:
        """What the client says the websocket opens with: its (URL, auth headers), awaitable on an
        async client whose credential callable is async. The client knows its URL and auth scheme
        (`OpenAI` and the Azure clients differ), so no client type is named here."""
        return self._client._websocket(self._model, self._call_id, self._extra_query)

    def _handshake(self, url: str, auth: Mapping[str, str]) -> Tuple[str, Dict[str, Any]]:
        log.debug("Connecting to %s", url)
        kwargs = {"additional_headers": _headers(auth, self._flavor, self._extra_headers),
                  "user_agent_header": self._client._headers.get("User-Agent"), **self._options}
        return url, kwargs


class RealtimeConnectionManager(_Manager):
    """Opens the connection on `with` (or `.enter()`, then `.close()` it yourself) and closes it
    when the block ends."""

    def __enter__(self) -> RealtimeConnection:
        try:
            from websockets.sync.client import connect as ws_connect
        except ImportError as e:
            raise OpenAIError(_INSTALL) from e
        url, kwargs = self._handshake(*self._target())
        self._connection = RealtimeConnection(ws_connect(url, **kwargs), self._flavor)
        return self._connection

    enter = __enter__

    def __exit__(self, *exc: Any) -> None:
        if self._connection is not None:
            self._connection.close()


class AsyncRealtimeConnectionManager(_Manager):
    """Opens the connection on `async with` (or `await ....enter()`, then `await .close()` it
    yourself) and closes it when the block ends."""

    async def __aenter__(self) -> AsyncRealtimeConnection:
        try:
            from websockets.asyncio.client import connect as ws_connect
        except ImportError as e:
            raise OpenAIError(_INSTALL) from e
        target = self._target()
        if inspect.isawaitable(target):
            target = await target
        url, kwargs = self._handshake(*target)
        self._connection = AsyncRealtimeConnection(await ws_connect(url, **kwargs), self._flavor)
        return self._connection

    enter = __aenter__

    async def __aexit__(self, *exc: Any) -> None:
        if self._connection is not None:
            await self._connection.close()


# -- the helpers the table names -----------------------------------------------------------

def connect(
    self: Any,
    *,
    call_id: str = omit,
    model: str = omit,
    extra_query: Optional[Mapping[str, object]] = None,
    extra_headers: Optional[Mapping[str, str]] = None,
    websocket_connection_options: Optional[Mapping[str, Any]] = None,
) -> RealtimeConnectionManager:
    """`with client.realtime.connect(model="gpt-realtime") as connection:` opens a websocket to
    `{websocket_base_url or base_url}/realtime?model=...` (`call_id` to join a WebRTC/SIP call
    instead); `websocket_connection_options` go to `websockets` as they are."""
    return RealtimeConnectionManager(self._client, "realtime", model, call_id, extra_query, extra_headers,
                                     websocket_connection_options)


def connect_async(
    self: Any,
    *,
    call_id: str = omit,
    model: str = omit,
    extra_query: Optional[Mapping[str, object]] = None,
    extra_headers: Optional[Mapping[str, str]] = None,
    websocket_connection_options: Optional[Mapping[str, Any]] = None,
) -> AsyncRealtimeConnectionManager:
    """`async with client.realtime.connect(model="gpt-realtime") as connection:` opens a websocket
    to `{websocket_base_url or base_url}/realtime?model=...` (`call_id` to join a WebRTC/SIP call
    instead); `websocket_connection_options` go to `websockets` as they are."""
    return AsyncRealtimeConnectionManager(self._client, "realtime", model, call_id, extra_query, extra_headers,
                                          websocket_connection_options)


def beta_connect(
    self: Any,
    *,
    model: str,
    extra_query: Optional[Mapping[str, object]] = None,
    extra_headers: Optional[Mapping[str, str]] = None,
    websocket_connection_options: Optional[Mapping[str, Any]] = None,
) -> RealtimeConnectionManager:
    """`with client.beta.realtime.connect(model=...) as connection:` opens a websocket to the beta
    Realtime API (`OpenAI-Beta: realtime=v1`); its events are the beta ones."""
    return RealtimeConnectionManager(self._client, "beta.realtime", model, NOT_GIVEN, extra_query, extra_headers,
                                     websocket_connection_options)


def beta_connect_async(
    self: Any,
    *,
    model: str,
    extra_query: Optional[Mapping[str, object]] = None,
    extra_headers: Optional[Mapping[str, str]] = None,
    websocket_connection_options: Optional[Mapping[str, Any]] = None,
) -> AsyncRealtimeConnectionManager:
    """`async with client.beta.realtime.connect(model=...) as connection:` opens a websocket to the
    beta Realtime API (`OpenAI-Beta: realtime=v1`); its events are the beta ones."""
    return AsyncRealtimeConnectionManager(self._client, "beta.realtime", model, NOT_GIVEN, extra_query, extra_headers,
                                          websocket_connection_options)
