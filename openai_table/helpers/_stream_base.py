"""What the three streaming helpers share: opening the underlying `stream=True` request, and the
context managers that open it on entry and close it on exit."""

from typing import Any, Callable, Dict, Generic, TypeVar

from .._resource import bind
from .._types import NOT_GIVEN

__all__ = ["open_stream", "open_stream_async", "StreamManager", "AsyncStreamManager", "args_of"]

_S = TypeVar("_S")  # the helper's stream class (ChatCompletionStream[T], ResponseStream[T], ...)


def args_of(local_vars: Dict[str, Any], *drop: str) -> Dict[str, Any]:
    """A helper's own arguments (its `locals()` on entry), less `self` and `drop`."""
    return {k: v for k, v in local_vars.items() if k != "self" and k not in drop}


def _plan(resource: Any, method: str, kwargs: Dict[str, Any]) -> Any:
    # The table's own method spec, bound without its deprecation warning: the helper warned
    # already (once, under its own name) if it is deprecated.
    endpoint = getattr(type(resource), method).endpoint
    timeout = kwargs.pop("timeout", NOT_GIVEN)
    headers, query, body = (kwargs.pop(k, None) for k in ("extra_headers", "extra_query", "extra_body"))
    return bind(endpoint, (), kwargs, headers, query, body, timeout, warn=False)


def open_stream(resource: Any, method: str, kwargs: Dict[str, Any]) -> Any:
    """Call `resource.<method>(**kwargs)` (which must be given `stream=True`) and return its
    Stream, whatever view (`with_raw_response`, ...) the resource was reached through."""
    return resource._client._request(_plan(resource, method, dict(kwargs)), "parse")


async def open_stream_async(resource: Any, method: str, kwargs: Dict[str, Any]) -> Any:
    return await resource._client._request(_plan(resource, method, dict(kwargs)), "parse")


class StreamManager(Generic[_S]):
    """`with manager as stream:` sends the request on entry and closes the response on exit
    (the stream object stays usable afterwards for what it has accumulated)."""

    def __init__(self, open_request: Callable[[], Any], wrap: Callable[[Any], Any]) -> None:
        self._open, self._wrap, self._stream = open_request, wrap, None

    def __enter__(self) -> _S:
        self._stream = self._wrap(self._open())
        return self._stream

    def __exit__(self, *exc: Any) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncStreamManager(Generic[_S]):
    """`async with manager as stream:`; the request is sent on entry, not when the manager is
    made, so a manager never entered leaves no un-awaited coroutine behind."""

    def __init__(self, open_request: Callable[[], Any], wrap: Callable[[Any], Any]) -> None:
        self._open, self._wrap, self._stream = open_request, wrap, None

    async def __aenter__(self) -> _S:
        self._stream = self._wrap(await self._open())
        return self._stream

    async def __aexit__(self, *exc: Any) -> None:
        if self._stream is not None:
            await self._stream.close()
