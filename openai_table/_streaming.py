"""`stream=True`: typed events over server-sent events."""

import json
from typing import Any, AsyncIterator, Callable, Generic, Iterator, TypeVar

import httpx

from ._exceptions import APIError, no_answer_error
from ._sse import SSEDecoder, ServerSentEvent

__all__ = ["Stream", "AsyncStream"]

_T = TypeVar("_T")  # the event type


def _event_reader(cast_to: Any, request: httpx.Request) -> Callable[[ServerSentEvent], Any]:
    """What to structure for each event, decided once per stream from its event type: for a
    union tagged by `event` (the Assistants stream), a named event becomes {"event", "data"};
    for anything else the payload is structured as it is (`response.*`, `transcript.*`,
    `image_generation.*`, chat chunks). A payload carrying `error` raises, as in the official SDK;
    so does `event: error` unless the event type has a member for it (Responses' `error` event,
    Assistants' ErrorEvent), which is then yielded like any other event."""
    from ._converter import stream_shape  # loaded already: the stream's hook came from there

    key, tags = stream_shape(cast_to)
    wrap, error_is_event = key == "event", "error" in tags

    def read(sse: ServerSentEvent) -> Any:
        data = json.loads(sse.data)
        if isinstance(data, dict) and data.get("error"):
            raise _stream_error(data["error"], request)
        event = sse.event
        if event == "error" and not error_is_event:
            raise _stream_error(data, request)
        return {"event": event, "data": data} if wrap and event is not None else data

    return read


def _stream_error(error: Any, request: httpx.Request) -> APIError:
    # `.body` is the error object itself, as for status errors and in the official SDK.
    message = error.get("message") if isinstance(error, dict) else None
    return APIError(message or "An error occurred during streaming", request, body=error)


class Stream(Generic[_T]):
    """Iterate for events; `close()` (or a `with` block) releases the connection early.
    `Stream[ChatCompletionChunk]` names one in annotations, and as a custom request's stream_cls."""

    def __init__(self, *, cast_to: Any, response: httpx.Response, client: Any) -> None:
        self.response = response
        self._structure = client._hook(cast_to)
        self._read = _event_reader(cast_to, response.request)
        self._iterator = self._events()

    def _events(self) -> Iterator[Any]:
        structure, read = self._structure, self._read
        try:
            for sse in SSEDecoder().iter_bytes(self.response.iter_bytes()):
                if sse.data.startswith("[DONE]"):
                    break
                yield structure(read(sse), None)
        except httpx.TransportError as e:
            raise no_answer_error(self.response.request, e) from e
        finally:
            self.response.close()

    def __iter__(self) -> Iterator[_T]:
        return self._iterator

    def __next__(self) -> _T:
        return next(self._iterator)

    def __enter__(self) -> "Stream[_T]":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self._iterator.close()
        self.response.close()


class AsyncStream(Generic[_T]):
    def __init__(self, *, cast_to: Any, response: httpx.Response, client: Any) -> None:
        self.response = response
        self._structure = client._hook(cast_to)
        self._read = _event_reader(cast_to, response.request)
        self._iterator = self._events()

    async def _events(self) -> AsyncIterator[Any]:
        structure, read = self._structure, self._read
        try:
            async for sse in SSEDecoder().aiter_bytes(self.response.aiter_bytes()):
                if sse.data.startswith("[DONE]"):
                    break
                yield structure(read(sse), None)
        except httpx.TransportError as e:
            raise no_answer_error(self.response.request, e) from e
        finally:
            await self.response.aclose()

    def __aiter__(self) -> AsyncIterator[_T]:
        return self._iterator

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def __aenter__(self) -> "AsyncStream[_T]":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    async def close(self) -> None:
        await self._iterator.aclose()
        await self.response.aclose()
