"""Turning an httpx response into what a method returns, in each response mode.

parse mode   the parsed object (model, page, Stream, binary content, text)
raw mode     `LegacyAPIResponse`: the body already read, `.parse()` on demand
stream mode  `APIResponse` / `AsyncAPIResponse` inside a context manager, the body not read yet
"""

import inspect
import json
import os
import warnings
from typing import Any, AsyncIterator, Callable, Generic, Iterator, Optional, TypeVar

import httpx

from ._exceptions import APIResponseValidationError
from ._table import ReturnType

__all__ = [
    "parse_body", "LegacyAPIResponse", "APIResponse", "AsyncAPIResponse", "BinaryResponseContent",
    "HttpxBinaryResponseContent", "then", "StreamedBinaryAPIResponse", "AsyncStreamedBinaryAPIResponse", "StreamingView",
    "ResponseContextManager", "AsyncResponseContextManager",
]

_R = TypeVar("_R")  # what `.parse()` gives: the method's parsed result
_T = TypeVar("_T")


def decode_json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        raise APIResponseValidationError(
            response, response.text,
            message=f"Expected JSON from {response.request.method} {response.request.url.path}, "
                    f"got {response.headers.get('content-type', 'no content-type')!r}",
        ) from None


def parse_body(client: Any, plan: Any, response: httpx.Response) -> Any:
    """Parse a non-streaming response whose body has been read."""
    rt: ReturnType = plan.returns
    kind = rt.kind
    if kind == "model":
        data = decode_json(response)
        result = client._structure(data, rt.model)
        if result is not None and hasattr(result, "_raw"):
            result._request_id = response.headers.get("x-request-id")
    elif kind == "page":
        result = client._page(rt, plan, decode_json(response), response)
    elif kind == "binary":
        result = BinaryResponseContent(response)
    elif kind == "text":
        result = response.text
    else:
        result = None
    if plan.endpoint.postprocess:
        result = plan.endpoint.postprocess_fn(result, plan.body if plan.body is not None else plan.query, plan.defaulted)
    return result


class _ResponseInfo:
    """What every response wrapper tells about the HTTP exchange."""

    def __init__(self, client: Any, plan: Any, response: httpx.Response, retries_taken: int = 0) -> None:
        self._client, self._plan, self.http_response, self.retries_taken = client, plan, response, retries_taken
        self._parsed: Any = None
        self._post_parser: Optional[Callable[[Any], Any]] = None

    def _post_parse(self, parsed: Any) -> Any:
        return parsed if self._post_parser is None else self._post_parser(parsed)

    headers = property(lambda self: self.http_response.headers)
    status_code = property(lambda self: self.http_response.status_code)
    http_request = property(lambda self: self.http_response.request)
    url = property(lambda self: self.http_response.url)
    method = property(lambda self: self.http_response.request.method)
    http_version = property(lambda self: self.http_response.http_version)
    elapsed = property(lambda self: self.http_response.elapsed)
    is_closed = property(lambda self: self.http_response.is_closed)
    request_id = property(lambda self: self.http_response.headers.get("x-request-id"))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code} {self.http_response.reason_phrase}] type={self._plan.returns!r}>"


def then(result: Any, fn: Callable[[Any], Any]) -> Any:
    """``fn`` applied to what a generated method returned: at once to a parsed result, and on
    ``.parse()`` to a raw (``with_raw_response``) or streaming (``with_streaming_response``)
    response. How a helper reshapes a generated method's result in every response mode (the
    ``parse()`` helpers turn a ChatCompletion into a ParsedChatCompletion this way)."""
    if isinstance(result, _ResponseInfo):
        previous = result._post_parser
        result._post_parser = fn if previous is None else (lambda parsed: fn(previous(parsed)))
        return result
    return fn(result)


class LegacyAPIResponse(_ResponseInfo, Generic[_R]):
    """What `with_raw_response` methods return: headers now, the parsed object on `.parse()`."""

    def parse(self) -> _R:
        if self._parsed is None:
            self._parsed = self._post_parse(self._client._stream(self._plan, self.http_response) if self._plan.stream
                                            else parse_body(self._client, self._plan, self.http_response))
        return self._parsed

    content = property(lambda self: self.http_response.content)
    text = property(lambda self: self.http_response.text)

    def json(self) -> Any:
        return self.http_response.json()


class APIResponse(_ResponseInfo, Generic[_R]):
    """A response whose body is read only when asked (`with_streaming_response`)."""

    def parse(self) -> _R:
        if self._parsed is None:
            if self._plan.stream:
                parsed = self._client._stream(self._plan, self.http_response)
            else:
                self.http_response.read()
                parsed = parse_body(self._client, self._plan, self.http_response)
            self._parsed = self._post_parse(parsed)
        return self._parsed

    def read(self) -> bytes:
        return self.http_response.read()

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> Any:
        self.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.http_response.iter_lines()

    def close(self) -> None:
        self.http_response.close()


class AsyncAPIResponse(_ResponseInfo, Generic[_R]):
    async def parse(self) -> _R:
        if self._parsed is None:
            if self._plan.stream:
                parsed = self._client._stream(self._plan, self.http_response)
            else:
                await self.http_response.aread()
                parsed = parse_body(self._client, self._plan, self.http_response)
            self._parsed = self._post_parse(parsed)
        return self._parsed

    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> Any:
        await self.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        return self.http_response.aiter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        return self.http_response.aiter_text(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        return self.http_response.aiter_lines()

    async def close(self) -> None:
        await self.http_response.aclose()


def _write_chunks(file: "str | os.PathLike[str]", chunks: Iterator[bytes]) -> None:
    with open(file, mode="wb") as f:
        for data in chunks:
            f.write(data)


async def _awrite_chunks(file: "str | os.PathLike[str]", chunks: AsyncIterator[bytes]) -> None:
    import anyio  # httpx's own dependency; its Path writes off the event loop

    async with await anyio.Path(file).open(mode="wb") as f:
        async for data in chunks:
            await f.write(data)


class StreamedBinaryAPIResponse(APIResponse[bytes]):
    """A `binary` method under `with_streaming_response` (file content, speech, video content):
    the body arrives as it is read, chunk by chunk, never held whole unless `read()`/`parse()`."""

    def parse(self) -> bytes:
        return self.read()

    def stream_to_file(self, file: "str | os.PathLike[str]", *, chunk_size: Optional[int] = None) -> None:
        _write_chunks(file, self.iter_bytes(chunk_size))

    write_to_file = stream_to_file


class AsyncStreamedBinaryAPIResponse(AsyncAPIResponse[bytes]):
    async def parse(self) -> bytes:
        return await self.read()

    async def stream_to_file(self, file: "str | os.PathLike[str]", *, chunk_size: Optional[int] = None) -> None:
        await _awrite_chunks(file, self.iter_bytes(chunk_size))

    write_to_file = stream_to_file


class ResponseContextManager(Generic[_T]):
    """`with client.files.with_streaming_response.content(...) as response:`"""

    def __init__(self, send: Callable[[], Any]) -> None:
        self._send, self._response = send, None

    def __enter__(self) -> _T:
        self._response = self._send()
        return self._response

    def __exit__(self, *exc: Any) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[_T]):
    """`async with client.files.with_streaming_response.content(...) as response:`"""

    def __init__(self, pending: Any) -> None:
        self._pending, self._response = pending, None

    async def __aenter__(self) -> _T:
        self._response = await self._pending
        return self._response

    async def __aexit__(self, *exc: Any) -> None:
        if self._response is not None:
            await self._response.close()


class StreamingView:
    """`resource.with_streaming_response`: each method returns a context manager around an
    unread response; sub-resources stay views."""

    def __init__(self, resource: Any) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._resource, name)
        if not callable(attr) or not hasattr(attr, "endpoint"):
            return StreamingView(attr) if hasattr(attr, "_client") else attr
        is_async = self._resource._client._is_async

        def call(*args: Any, **kwargs: Any) -> Any:
            if is_async:
                return AsyncResponseContextManager(attr(*args, **kwargs))
            return ResponseContextManager(lambda: attr(*args, **kwargs))

        call.__name__, call.__doc__, call.__signature__ = attr.__name__, attr.__doc__, inspect.signature(attr)
        self.__dict__[name] = call  # made once per view and name: next time a plain attribute
        return call


class BinaryResponseContent:
    """File content (`client.files.content(...)`): bytes, text, or written to a file."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    content = property(lambda self: self.response.content)
    text = property(lambda self: self.response.text)
    encoding = property(lambda self: self.response.encoding)
    charset_encoding = property(lambda self: self.response.charset_encoding)

    def json(self, **kwargs: Any) -> Any:
        return self.response.json(**kwargs)

    def read(self) -> bytes:
        return self.response.read()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        return self.response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.response.iter_lines()

    def iter_raw(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.response.iter_raw(chunk_size)

    def write_to_file(self, file: "str | os.PathLike[str]") -> None:
        _write_chunks(file, self.response.iter_bytes())

    def stream_to_file(self, file: "str | os.PathLike[str]", *, chunk_size: Optional[int] = None) -> None:
        _not_streaming("stream_to_file")
        _write_chunks(file, self.response.iter_bytes(chunk_size))

    def close(self) -> None:
        self.response.close()

    async def aread(self) -> bytes:
        return await self.response.aread()

    # The official methods are coroutines returning the iterator (`async for b in await x.aiter_bytes()`);
    # these also iterate directly (`async for b in x.aiter_bytes()`).
    def aiter_bytes(self, chunk_size: Optional[int] = None) -> "_AwaitableIterator":
        return _AwaitableIterator(self.response.aiter_bytes(chunk_size))

    def aiter_text(self, chunk_size: Optional[int] = None) -> "_AwaitableIterator":
        return _AwaitableIterator(self.response.aiter_text(chunk_size))

    def aiter_lines(self) -> "_AwaitableIterator":
        return _AwaitableIterator(self.response.aiter_lines())

    def aiter_raw(self, chunk_size: Optional[int] = None) -> "_AwaitableIterator":
        return _AwaitableIterator(self.response.aiter_raw(chunk_size))

    async def astream_to_file(self, file: "str | os.PathLike[str]", *, chunk_size: Optional[int] = None) -> None:
        _not_streaming("astream_to_file")
        await _awrite_chunks(file, self.response.aiter_bytes(chunk_size))

    async def aclose(self) -> None:
        await self.response.aclose()


HttpxBinaryResponseContent = BinaryResponseContent  # the official name


def _not_streaming(name: str) -> None:
    # As the official SDK warns: by now the whole body has been read, nothing is streamed.
    warnings.warn(f"`{name}` writes a body that was already read whole; to stream it to the file, call the "
                  "method through `.with_streaming_response` and use `stream_to_file` there", DeprecationWarning, stacklevel=3)


class _AwaitableIterator:
    """An async iterator that may also be awaited, giving itself."""

    __slots__ = ("_it",)

    def __init__(self, it: AsyncIterator[Any]) -> None:
        self._it = it

    def __aiter__(self) -> "_AwaitableIterator":
        return self

    def __anext__(self) -> Any:
        return self._it.__anext__()

    def __await__(self):
        return self._self().__await__()

    async def _self(self) -> "_AwaitableIterator":
        return self
