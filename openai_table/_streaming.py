"""`stream=True`: typed events over server-sent events."""

import json
from typing import Any, AsyncIterator, Iterator

import httpx

from ._exceptions import APIConnectionError, APIError, APITimeoutError
from ._sse import SSEDecoder, ServerSentEvent

__all__ = ["Stream", "AsyncStream"]

# Events the API sends bare; any other named event (`thread.run.created`, ...) reaches the
# model wrapped as {"event": name, "data": payload}, the shape the Assistants stream unions expect.
_BARE_EVENT_PREFIXES = ("response.", "transcript.", "image_edit.", "image_generation.")


def _event_data(sse: ServerSentEvent, request: httpx.Request) -> Any:
    """The payload to structure for one event, or raise the error it carries."""
    data = json.loads(sse.data)
    event = sse.event
    if event is None or event.startswith(_BARE_EVENT_PREFIXES):
        if isinstance(data, dict) and data.get("error"):
            raise _stream_error(data["error"], request)
        return data
    if event == "error":
        raise _stream_error(data.get("error", data) if isinstance(data, dict) else data, request)
    return {"event": event, "data": data}


def _cut(request: httpx.Request, error: Exception) -> APIConnectionError:
    # The connection failed mid-stream: the same errors as a call that got no answer.
    return (APITimeoutError(request=request) if isinstance(error, httpx.TimeoutException)
            else APIConnectionError(request=request))


def _stream_error(error: Any, request: httpx.Request) -> APIError:
    # `.body` is the error object itself, as for status errors and in the official SDK.
    message = error.get("message") if isinstance(error, dict) else None
    return APIError(message or "An error occurred during streaming", request, body=error)


class Stream:
    """Iterate for events; `close()` (or a `with` block) releases the connection early."""

    def __init__(self, *, cast_to: Any, response: httpx.Response, client: Any) -> None:
        self.response = response
        self._structure = client._hook(cast_to)
        self._iterator = self._events()

    def _events(self) -> Iterator[Any]:
        structure, request = self._structure, self.response.request
        try:
            for sse in SSEDecoder().iter_bytes(self.response.iter_bytes()):
                if sse.data.startswith("[DONE]"):
                    break
                yield structure(_event_data(sse, request), None)
        except httpx.TransportError as e:
            raise _cut(request, e) from e
        finally:
            self.response.close()

    def __iter__(self) -> Iterator[Any]:
        return self._iterator

    def __next__(self) -> Any:
        return next(self._iterator)

    def __enter__(self) -> "Stream":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self._iterator.close()
        self.response.close()


class AsyncStream:
    def __init__(self, *, cast_to: Any, response: httpx.Response, client: Any) -> None:
        self.response = response
        self._structure = client._hook(cast_to)
        self._iterator = self._events()

    async def _events(self) -> AsyncIterator[Any]:
        structure, request = self._structure, self.response.request
        try:
            async for sse in SSEDecoder().aiter_bytes(self.response.aiter_bytes()):
                if sse.data.startswith("[DONE]"):
                    break
                yield structure(_event_data(sse, request), None)
        except httpx.TransportError as e:
            raise _cut(request, e) from e
        finally:
            await self.response.aclose()

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._iterator

    async def __anext__(self) -> Any:
        return await self._iterator.__anext__()

    async def __aenter__(self) -> "AsyncStream":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    async def close(self) -> None:
        await self._iterator.aclose()
        await self.response.aclose()
