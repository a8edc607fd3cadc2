"""`client.get / post / patch / put / delete`: requests to paths the table does not name.

As with the official SDK's "undocumented endpoints": the client's base URL, auth, default
headers and query, retries and timeouts all apply; `cast_to` says what to return (a model, a
union of models, `httpx.Response`, `str`, `bytes`, `object`/`dict`/`list` for plain JSON, or
`None`), and `stream=True` returns a `Stream` of `cast_to` (or of `stream_cls`'s item type).
"""

import typing
from typing import Any, Dict, Mapping, Optional, Tuple

import httpx

from ._resource import Plan
from ._table import Endpoint, ReturnType
from ._types import NOT_GIVEN

__all__ = ["SyncRequests", "AsyncRequests", "REQUEST_OPTIONS"]

# The keys of the official `RequestOptions` that a custom request takes.
REQUEST_OPTIONS = frozenset(("headers", "max_retries", "timeout", "params", "extra_json", "idempotency_key", "follow_redirects"))
_JSON = (object, dict, list, Any)
_RAW = ReturnType("none")


def _plan(client: Any, method: str, path: str, body: Any, options: Optional[Mapping[str, Any]], files: Any,
          stream: bool) -> Tuple[Any, Plan]:
    """(the client to send with, the plan): per-request max_retries sends with a copy."""
    opts = dict(options or {})
    unknown = set(opts) - REQUEST_OPTIONS
    if unknown:
        raise TypeError(f"unknown request option(s) {', '.join(sorted(map(repr, unknown)))}; "
                        f"the options are {', '.join(sorted(REQUEST_OPTIONS))}")
    if opts.get("follow_redirects") is False:
        raise TypeError("follow_redirects=False is not supported per request; pass an http_client made with "
                        "follow_redirects=False instead")
    headers: Dict[str, Any] = dict(opts.get("headers") or {})
    if opts.get("idempotency_key"):
        headers["Idempotency-Key"] = opts["idempotency_key"]
    if opts.get("extra_json"):
        body = {**(body or {}), **opts["extra_json"]}
    encoding, file_params = "json", frozenset()
    if files:
        if not isinstance(files, Mapping):
            raise TypeError("files must be a mapping of form field name to file (a path, bytes, a file or a tuple)")
        encoding, file_params = "multipart", frozenset(files)
        body = {**(body or {}), **files}
    if "://" not in path:
        path = "/" + path.lstrip("/")
    name = method.lower()
    ep = Endpoint(resource=None, name=name, qualname=f"client.{name}", doc="", verb=name, path=path, params=(),
                  path_params=("path",),  # any path: not one to keep a parsed URL of
                  locations={}, required=frozenset(), encoding=encoding, parts={}, returns=_RAW, returns_when={},
                  headers={}, defaults={}, file_params=file_params, http_method=method, has_body=body is not None)
    plan = Plan(ep, method, path, dict(opts.get("params") or {}), body, headers or None,
                opts.get("timeout", NOT_GIVEN), stream, _RAW, ())
    sender = client.with_options(max_retries=opts["max_retries"]) if "max_retries" in opts else client
    return sender, plan


def _cast(client: Any, raw: Any, cast_to: Any, stream: bool, stream_cls: Any) -> Any:
    from ._response import BinaryResponseContent, decode_json
    from ._streaming import AsyncStream, Stream

    response: httpx.Response = raw.http_response
    if stream:
        if cast_to is httpx.Response and stream_cls is None:
            return response
        args = typing.get_args(stream_cls) if stream_cls is not None else ()
        return (AsyncStream if client._is_async else Stream)(cast_to=args[0] if args else cast_to, response=response, client=client)
    if cast_to is httpx.Response:
        return response
    if cast_to is None or cast_to is type(None):
        return None
    if cast_to is str:
        return response.text
    if cast_to is bytes:
        return response.content
    if cast_to is BinaryResponseContent:
        return BinaryResponseContent(response)
    if cast_to in _JSON or typing.get_origin(cast_to) in (dict, list):
        return decode_json(response)
    result = client._structure(decode_json(response), cast_to)
    if hasattr(result, "_raw"):
        result._request_id = response.headers.get("x-request-id")
    return result


class SyncRequests:
    """The custom-request methods of `OpenAI`."""

    def _custom(self, method: str, path: str, cast_to: Any, body: Any = None, options: Any = None, files: Any = None,
                stream: bool = False, stream_cls: Any = None) -> Any:
        sender, plan = _plan(self, method, path, body, options, files, stream)
        return _cast(self, sender._request(plan, "raw"), cast_to, stream, stream_cls)

    def get(self, path: str, *, cast_to: Any, options: Mapping[str, Any] = {}, stream: bool = False, stream_cls: Any = None) -> Any:
        """GET `path` (relative to base_url, or a full URL) and return it as `cast_to`."""
        return self._custom("GET", path, cast_to, None, options, None, stream, stream_cls)

    def post(self, path: str, *, cast_to: Any, body: Any = None, options: Mapping[str, Any] = {}, files: Any = None,
             stream: bool = False, stream_cls: Any = None) -> Any:
        """POST `body` as JSON (multipart with `files`) to `path` and return the answer as `cast_to`."""
        return self._custom("POST", path, cast_to, body, options, files, stream, stream_cls)

    def patch(self, path: str, *, cast_to: Any, body: Any = None, options: Mapping[str, Any] = {}) -> Any:
        """PATCH `path` with a JSON `body`."""
        return self._custom("PATCH", path, cast_to, body, options)

    def put(self, path: str, *, cast_to: Any, body: Any = None, files: Any = None, options: Mapping[str, Any] = {}) -> Any:
        """PUT `path` with a JSON `body` (multipart with `files`)."""
        return self._custom("PUT", path, cast_to, body, options, files)

    def delete(self, path: str, *, cast_to: Any, body: Any = None, options: Mapping[str, Any] = {}) -> Any:
        """DELETE `path`."""
        return self._custom("DELETE", path, cast_to, body, options)


class AsyncRequests:
    """The custom-request methods of `AsyncOpenAI` (coroutines)."""

    async def _custom(self, method: str, path: str, cast_to: Any, body: Any = None, options: Any = None, files: Any = None,
                      stream: bool = False, stream_cls: Any = None) -> Any:
        sender, plan = _plan(self, method, path, body, options, files, stream)
        return _cast(self, await sender._request(plan, "raw"), cast_to, stream, stream_cls)

    async def get(self, path: str, *, cast_to: Any, options: Mapping[str, Any] = {}, stream: bool = False,
                  stream_cls: Any = None) -> Any:
        """GET `path` (relative to base_url, or a full URL) and return it as `cast_to`."""
        return await self._custom("GET", path, cast_to, None, options, None, stream, stream_cls)

    async def post(self, path: str, *, cast_to: Any, body: Any = None, options: Mapping[str, Any] = {}, files: Any = None,
                   stream: bool = False, stream_cls: Any = None) -> Any:
        """POST `body` as JSON (multipart with `files`) to `path` and return the answer as `cast_to`."""
        return await self._custom("POST", path, cast_to, body, options, files, stream, stream_cls)

    async def patch(self, path: str, *, cast_to: Any, body: Any = None, options: Mapping[str, Any] = {}) -> Any:
        """PATCH `path` with a JSON `body`."""
        return await self._custom("PATCH", path, cast_to, body, options)

    async def put(self, path: str, *, cast_to: Any, body: Any = None, files: Any = None, options: Mapping[str, Any] = {}) -> Any:
        """PUT `path` with a JSON `body` (multipart with `files`)."""
        return await self._custom("PUT", path, cast_to, body, options, files)

    async def delete(self, path: str, *, cast_to: Any, body: Any = None, options: Mapping[str, Any] = {}) -> Any:
        """DELETE `path`."""
        return await self._custom("DELETE", path, cast_to, body, options)
