"""`OpenAI` and `AsyncOpenAI`: options, auth, retries and timeouts around httpx.

Everything but sending and sleeping is shared (`_BaseClient`); the two clients differ only in
`_request`, which loops over retries with the sync or async httpx client.
"""

import inspect
import os
import random
import time
from typing import TYPE_CHECKING, Any, Callable, Dict, Mapping, Optional, Self, Sequence, Tuple, Union

import httpx

from ._version import __version__
from ._encoding import encode_json, encode_multipart, encode_query, encode_raw, in_method
from ._exceptions import OpenAIError, make_status_error, no_answer_error
from ._resource import Plan, resource_classes
from ._response import (APIResponse, AsyncAPIResponse, AsyncStreamedBinaryAPIResponse, LegacyAPIResponse,
                        StreamedBinaryAPIResponse, parse_body)
from ._streaming import AsyncStream, Stream
from ._table import ReturnType, Table, load_table
from ._types import NOT_GIVEN, NotGiven
from ._custom import AsyncRequests, SyncRequests
from .pagination import PAGE_CLASSES

if TYPE_CHECKING:  # the resources as type checkers see them: stubs written from the table by tools/stubgen.py
    from ._resources import AsyncResources as _AsyncResourceAttributes, Resources as _ResourceAttributes
else:
    _ResourceAttributes = _AsyncResourceAttributes = object

__all__ = ["OpenAI", "AsyncOpenAI", "Client", "AsyncClient", "DEFAULT_TIMEOUT", "DEFAULT_MAX_RETRIES",
           "DefaultHttpxClient", "DefaultAsyncHttpxClient"]

from ._logs import log, setup_logging

setup_logging()


def hook_for(cls: Any) -> Callable[[Any, Any], Any]:
    # attrs and cattrs load with the first response parsed, not at import: startup is a target.
    global hook_for
    from ._converter import hook_for

    return hook_for(cls)


async def _async_sleep(seconds: float) -> None:
    import asyncio  # already loaded by any program running the async client

    await asyncio.sleep(seconds)

def websocket_url(url: Union[str, httpx.URL], path: str, params: Mapping[str, Any]) -> str:
    """`url` + `path` with `params` as its query (the URL's own query dropped), its scheme made a
    websocket one: https → wss, http → ws (a local server)."""
    url = httpx.URL(str(url))
    url = url.copy_with(scheme={"https": "wss", "http": "ws"}.get(url.scheme, url.scheme),
                        raw_path=url.raw_path.split(b"?")[0].rstrip(b"/") + path.encode())
    return str(url.copy_with(params=dict(params)) if params else url)


def then(value: Any, fn: Callable[[Any], Any]) -> Any:
    """`fn(value)`; for an awaitable value (what an async credential callable gives), an awaitable
    of `fn(await value)`."""
    if inspect.isawaitable(value):
        async def later() -> Any:
            return fn(await value)
        return later()
    return fn(value)


DEFAULT_TIMEOUT = httpx.Timeout(timeout=600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0


class DefaultHttpxClient(httpx.Client):
    """httpx.Client with this library's defaults (timeouts, connection limits, redirects)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        kwargs.setdefault("limits", DEFAULT_LIMITS)
        kwargs.setdefault("follow_redirects", True)
        super().__init__(**kwargs)


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        kwargs.setdefault("limits", DEFAULT_LIMITS)
        kwargs.setdefault("follow_redirects", True)
        super().__init__(**kwargs)


def __getattr__(name: str) -> Any:
    # `DefaultAioHttpClient` imports aiohttp: only when asked for, never at `import openai_table`.
    if name == "DefaultAioHttpClient":
        from ._aiohttp import DefaultAioHttpClient

        return DefaultAioHttpClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _retry_after(response: Optional[httpx.Response]) -> Optional[float]:
    """The server's own wait, in seconds, when it names one we should honour (0-60 s)."""
    if response is None:
        return None
    headers = response.headers
    seconds: Optional[float] = None
    try:
        if "retry-after-ms" in headers:
            seconds = float(headers["retry-after-ms"]) / 1000
        elif "retry-after" in headers:
            value = headers["retry-after"]
            try:
                seconds = float(value)
            except ValueError:
                import email.utils

                date = email.utils.parsedate_tz(value)
                seconds = email.utils.mktime_tz(date) - time.time() if date else None
    except (TypeError, ValueError, OverflowError):
        seconds = None
    return seconds if seconds is not None and 0 < seconds <= 60 else None


def retry_delay(retries_taken: int, response: Optional[httpx.Response]) -> float:
    after = _retry_after(response)
    if after is not None:
        return after
    # Exponential backoff capped at 8 s, less up to a quarter of jitter.
    delay = min(INITIAL_RETRY_DELAY * 2.0 ** retries_taken, MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


class _Deadline(httpx.SyncByteStream):
    """A body that must arrive whole within the read timeout of its headers: httpx's read
    timeout is per read, so a server trickling a byte at a time (slow loris) would hold a
    non-streamed call forever."""

    def __init__(self, stream: Any, seconds: float, request: httpx.Request) -> None:
        self._stream, self._seconds, self._request = stream, seconds, request

    def __iter__(self) -> Any:
        deadline = time.monotonic() + self._seconds
        for chunk in self._stream:
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("The response body took longer than the read timeout", request=self._request)
            yield chunk

    def close(self) -> None:
        self._stream.close()


class _AsyncDeadline(httpx.AsyncByteStream):
    def __init__(self, stream: Any, seconds: float, request: httpx.Request) -> None:
        self._stream, self._seconds, self._request = stream, seconds, request

    async def __aiter__(self) -> Any:
        deadline = time.monotonic() + self._seconds
        async for chunk in self._stream:
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("The response body took longer than the read timeout", request=self._request)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


def _read_timeout(response: httpx.Response) -> Optional[float]:
    return (response.request.extensions.get("timeout") or {}).get("read")


def _read_body(response: httpx.Response) -> None:
    """Read a non-streamed body whole, within the read timeout in all (see `_Deadline`)."""
    seconds = _read_timeout(response)
    if seconds is not None:
        response.stream = _Deadline(response.stream, seconds, response.request)
    try:
        response.read()
    except BaseException:
        response.close()
        raise


async def _aread_body(response: httpx.Response) -> None:
    seconds = _read_timeout(response)
    if seconds is not None:
        response.stream = _AsyncDeadline(response.stream, seconds, response.request)
    try:
        await response.aread()
    except BaseException:
        await response.aclose()
        raise


def should_retry(response: httpx.Response) -> bool:
    override = response.headers.get("x-should-retry")
    if override == "true":
        return True
    if override == "false":
        return False
    status = response.status_code
    return status in (408, 409, 429) or status >= 500


class _BaseClient:
    _is_async = False
    _http_client_type: type = httpx.Client

    _async_class: Optional[type] = None  # the async client of the same kind (for `acreate`-style twins)

    def __init__(
        self,
        *,
        api_key: Union[str, Callable[[], Any], None] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[Any] = None,
        endpoints: Sequence[Union[str, "os.PathLike[str]"]] = (),
        _table: Optional[Table] = None,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get("OPENAI_API_KEY")
        if api_key is None:
            raise OpenAIError(
                "No API key: pass api_key=... to the client or set the OPENAI_API_KEY environment variable."
            )
        self._api_key_provider = api_key if callable(api_key) else None
        self.api_key: str = "" if callable(api_key) else api_key
        self.organization = organization if organization is not None else os.environ.get("OPENAI_ORG_ID")
        self.project = project if project is not None else os.environ.get("OPENAI_PROJECT_ID")
        self.webhook_secret = webhook_secret if webhook_secret is not None else os.environ.get("OPENAI_WEBHOOK_SECRET")
        self.websocket_base_url = websocket_base_url
        self.base_url = base_url or os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1"
        if isinstance(timeout, NotGiven):
            # a passed-in http_client's own timeout holds unless it is httpx's default, as officially
            client_timeout = getattr(http_client, "timeout", None)
            timeout = client_timeout if client_timeout is not None and client_timeout != httpx.Timeout(5.0) else DEFAULT_TIMEOUT
        self.timeout = timeout
        if max_retries is None:
            raise TypeError("max_retries cannot be None: pass 0 for no retries, or DEFAULT_MAX_RETRIES for the default")
        if not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError(f"max_retries must be a non-negative int, got {max_retries!r}")
        self.max_retries = max_retries
        self._custom_headers = dict(default_headers or {})
        self._custom_query = dict(default_query or {})
        if http_client is not None and not isinstance(http_client, self._http_client_type):
            raise TypeError(f"Invalid `http_client` argument; expected an instance of {self._http_client_type.__name__}, "
                            f"got {type(http_client).__name__}")
        self._client = http_client or (DefaultAsyncHttpxClient if self._is_async else DefaultHttpxClient)(timeout=self.timeout)
        self._endpoints = tuple(endpoints)
        self._table = _table if _table is not None else load_table(endpoints)
        self._root = resource_classes(self._table, self._is_async)(self)
        self._headers = self._compute_headers()
        # httpx copies an httpx.Headers cheaply but normalises a dict on every request. Like the
        # official SDK: every request but a GET says `Content-Type: application/json`, bodyless
        # or not (a default header of the caller's wins), and multipart lets httpx add the boundary.
        plain = httpx.Headers(self._headers)
        plain.pop("content-type", None)
        json_headers = httpx.Headers(self._headers)
        json_headers.setdefault("Content-Type", "application/json")
        self._prepared_headers = {"none": plain, "json": json_headers, "multipart": plain}
        self._parsed_urls: Dict[Tuple[str, str], httpx.URL] = {}

    # -- options ----------------------------------------------------------------------------

    @property
    def base_url(self) -> httpx.URL:
        return httpx.URL(self._base + "/")

    @base_url.setter
    def base_url(self, url: Union[str, httpx.URL]) -> None:
        self._base = str(url).rstrip("/")

    def _compute_headers(self) -> Dict[str, str]:
        headers = {"Accept": "application/json", "User-Agent": f"openai_table/{__version__} (python)"}
        headers.update(self.auth_headers)
        if self.organization:
            headers["OpenAI-Organization"] = self.organization
        if self.project:
            headers["OpenAI-Project"] = self.project
        headers.update(self._custom_headers)
        return {k: v for k, v in headers.items() if not isinstance(v, NotGiven)}

    @property
    def default_headers(self) -> Dict[str, str]:
        headers = dict(self._headers)
        for name in ("Authorization", *self.auth_headers):
            headers.pop(name, None)  # a secret: ask `auth_headers` for it on purpose
        return headers

    @property
    def auth_headers(self) -> Dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}

    @property
    def default_query(self) -> Dict[str, object]:
        return dict(self._custom_query)

    def _options(self) -> Dict[str, Any]:
        """The constructor options that make a client like this one (`copy`, async twins)."""
        return dict(
            api_key=self._api_key_provider or self.api_key, organization=self.organization, project=self.project,
            webhook_secret=self.webhook_secret, base_url=self._base, websocket_base_url=self.websocket_base_url,
            timeout=self.timeout, max_retries=self.max_retries, default_headers=self._custom_headers,
            default_query=self._custom_query, http_client=self._client, endpoints=self._endpoints, _table=self._table,
        )

    def copy(
        self,
        *,
        api_key: Union[str, Callable[[], Any], None] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        http_client: Optional[Any] = None,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        endpoints: Optional[Sequence[Union[str, "os.PathLike[str]"]]] = None,
    ) -> Self:
        """A new client with some options changed (None: unchanged), sharing this one's
        connection pool unless given another `http_client`; `endpoints` loads other tables."""
        return self._copy(
            dict(api_key=api_key, organization=organization, project=project, webhook_secret=webhook_secret,
                 websocket_base_url=websocket_base_url, base_url=base_url, http_client=http_client, endpoints=endpoints),
            timeout, max_retries, default_headers, set_default_headers, default_query, set_default_query)

    def _copy(self, changes: Dict[str, Any], timeout: Any, max_retries: Any, default_headers: Any, set_default_headers: Any,
              default_query: Any, set_default_query: Any, options: Optional[Dict[str, Any]] = None) -> Any:
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("The `default_headers` and `set_default_headers` arguments are mutually exclusive")
        if default_query is not None and set_default_query is not None:
            raise ValueError("The `default_query` and `set_default_query` arguments are mutually exclusive")
        options = self._options() if options is None else options
        options.update((k, v) for k, v in changes.items() if v is not None)
        if changes.get("endpoints") is not None:
            options["_table"] = None  # other tables: loaded anew
        if set_default_headers is not None:
            options["default_headers"] = dict(set_default_headers)
        elif default_headers:
            options["default_headers"] = {**options["default_headers"], **default_headers}
        if set_default_query is not None:
            options["default_query"] = dict(set_default_query)
        elif default_query:
            options["default_query"] = {**options["default_query"], **default_query}
        if not isinstance(timeout, NotGiven):
            options["timeout"] = timeout
        if not isinstance(max_retries, NotGiven):
            options["max_retries"] = max_retries
        return type(self)(**options)

    with_options = copy

    def _async_twin(self) -> Any:
        """An async client with this one's options, for seed-era `acreate`-style calls. It
        shares the transport when that serves async requests too (httpx.MockTransport does)."""
        options = self._options()
        transport = getattr(self._client, "_transport", None)
        options["http_client"] = (DefaultAsyncHttpxClient(timeout=self.timeout, transport=transport)
                                  if isinstance(transport, httpx.AsyncBaseTransport) else None)
        return self._async_class(**options)

    def _websocket(self, model: Any, call_id: Any, extra_query: Optional[Mapping[str, Any]]) -> Any:
        """The URL and auth headers a realtime websocket opens with, the credential fetched now (an
        `api_key` callable is called per connection; when it is async, this is an awaitable of the
        pair). The URL: `websocket_base_url`, or the base URL, + `/realtime`, with the base URL's
        query (an `api-version`, say), `model`, `call_id` and `extra_query`."""
        http_base = httpx.URL(self._base)
        base = httpx.URL(str(self.websocket_base_url)) if self.websocket_base_url is not None else http_base
        params: Dict[str, Any] = {**base.params, **http_base.params}
        if not isinstance(model, NotGiven):
            params["model"] = model
        if not isinstance(call_id, NotGiven):
            params["call_id"] = call_id
        params.update(extra_query or {})
        url = websocket_url(base, "/realtime", params)
        key = self._api_key_provider() if self._api_key_provider is not None else self.api_key
        return then(key, lambda key: (url, {"Authorization": f"Bearer {key}"} if key else {}))

    def _with_key(self, headers: Any, api_key: Any) -> Any:
        """The headers of one request, given the key an `api_key` callable just returned."""
        headers = httpx.Headers(headers)
        headers["Authorization"] = f"Bearer {api_key}"
        return headers

    # -- resources --------------------------------------------------------------------------

    def __getattr__(self, name: str) -> Any:
        # client.chat, client.files, client.with_raw_response, ...: the table's top level,
        # made on first access and then kept on the instance. Checkers know the built-in
        # resources from the stubs; a user table's resources are Any to them.
        root = self.__dict__.get("_root")
        if root is None or name.startswith("_"):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        try:
            value = getattr(root, name)
        except AttributeError:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
        self.__dict__[name] = value
        return value

    def __dir__(self):
        names = set(super().__dir__()) | set(self._table.children[""]) | {"with_raw_response", "with_streaming_response"}
        return sorted(n for n in names if not self._table.is_hidden("", n))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self._base!r}>"

    # -- one request ------------------------------------------------------------------------

    def _encode(self, plan: Plan) -> Tuple[Any, Any]:
        """The parts of the request that stay the same across retries: headers and the body."""
        ep = plan.endpoint
        # A GET carries neither a body nor a Content-Type (extra_body included), as in the official SDK.
        kind, body = ("none", None) if plan.method == "GET" else (ep.encoding, plan.body)
        if kind == "multipart_when_files":  # videos.create: JSON unless a file goes along
            kind = "multipart" if body and not ep.file_params.isdisjoint(body) else "json"
        if ep.raw is not None and body is not None and body.keys() <= {ep.raw}:
            kind = "raw"  # only the raw param given: it is the body (an SDP offer, say)
        elif kind == "raw":
            raise TypeError(f"{ep.qualname}() sends `{ep.raw}` as the whole body; there is no room for "
                            + ", ".join(repr(k) for k in body if k != ep.raw))
        if kind == "raw":
            headers = httpx.Headers(self._prepared_headers["none"])
            headers["Content-Type"] = ep.content_type
        else:
            headers = self._prepared_headers[kind]
        if plan.headers:
            headers = httpx.Headers(headers)
            for name, value in plan.headers.items():
                headers.pop(name, None)  # a None (or omitted) value removes a default header
                if value is not None and not isinstance(value, NotGiven):
                    headers[name] = value
            content_type = headers.get("content-type")
            # a Content-Type on a GET, or a multipart one without the boundary httpx must add, goes
            if content_type is not None and (kind == "none" or kind == "multipart" and "boundary" not in content_type):
                del headers["content-type"]
        if body is None:
            return headers, {}
        if kind == "multipart" and plan.progress is not None:
            # streamed from the files as it is sent (requests-toolbelt's encoder), made anew per attempt
            from ._encoding import stream_multipart

            content_type, length, content = stream_multipart(body, ep.file_params, ep.parts, plan.progress, self._is_async)
            headers = httpx.Headers(headers)
            headers["Content-Type"], headers["Content-Length"] = content_type, str(length)
            return headers, {"content": content}
        if kind == "multipart":
            data, files = encode_multipart(body, ep.file_params, ep.parts)
            return headers, {"data": data, "files": files}
        if kind == "raw":
            return headers, ({"content": encode_raw(ep.raw, body[ep.raw])} if body else {})
        return headers, {"content": encode_json(body)}

    def _encoded(self, plan: Plan) -> Tuple[Any, Any]:
        """`_encode`, where a param that cannot be sent fails before anything is, naming the
        param and the method."""
        try:
            return self._encode(plan)
        except (TypeError, ValueError, OSError) as e:
            raise in_method(e, plan.endpoint.qualname) from None

    def _url(self, plan: Plan) -> Any:
        if plan.endpoint.path_params:
            # a custom request (`client.get(...)`) may name a whole URL
            return plan.path if plan.endpoint.resource is None and "://" in plan.path else self._base + plan.path
        # Parsed once per endpoint: URL parsing is a good part of httpx's per-request cost.
        key = (self._base, plan.path)
        url = self._parsed_urls.get(key)
        if url is None:
            url = self._parsed_urls[key] = httpx.URL(self._base + plan.path)
        return url

    def _build_request(self, plan: Plan, headers: Any, body: Dict[str, Any], api_key: Optional[str]) -> httpx.Request:
        if api_key is not None:
            headers = self._with_key(headers, api_key)
        query = {**self._custom_query, **plan.query} if self._custom_query else plan.query
        return self._client.build_request(
            plan.method, self._url(plan), params=encode_query(query) if query else None, headers=headers,
            timeout=self.timeout if isinstance(plan.timeout, NotGiven) else plan.timeout, **body,
        )

    def _finish(self, plan: Plan, mode: str, response: httpx.Response, retries_taken: int) -> Any:
        log.debug("%s %s -> %s", plan.method, plan.path, response.status_code)
        if mode == "parse":
            return self._stream(plan, response) if plan.stream else parse_body(self, plan, response)
        if mode == "raw":
            return LegacyAPIResponse(self, plan, response, retries_taken)
        if plan.returns.kind == "binary":  # read as it arrives: stream_to_file, iter_bytes
            return (AsyncStreamedBinaryAPIResponse if self._is_async else StreamedBinaryAPIResponse)(self, plan, response, retries_taken)
        return (AsyncAPIResponse if self._is_async else APIResponse)(self, plan, response, retries_taken)

    # -- retries: the sync and async loops ask these what to do --------------------------------

    def _retry_after_error(self, plan: Plan, request: httpx.Request, error: Exception, retries: int) -> float:
        """The wait before retrying a request that got no answer; raises when out of retries."""
        if retries >= self.max_retries:
            raise no_answer_error(request, error) from error
        return self._retry_delay(plan, retries, None, type(error).__name__)

    def _retry_after_status(self, plan: Plan, response: httpx.Response, retries: int) -> Optional[float]:
        """The wait before retrying an error status, or None when it is final."""
        log.debug("%s %s -> %s", plan.method, plan.path, response.status_code)
        if retries >= self.max_retries or not should_retry(response):
            return None
        return self._retry_delay(plan, retries, response, f"status {response.status_code}")

    def _retry_delay(self, plan: Plan, retries: int, response: Optional[httpx.Response], cause: str) -> float:
        delay = retry_delay(retries, response)
        log.info("Retrying %s %s in %.2f s (%s)", plan.method, plan.path, delay, cause)
        return delay

    # -- parsing, used by responses, pages and streams --------------------------------------

    @staticmethod
    def _hook(cls: Any) -> Callable[[Any, Any], Any]:
        return hook_for(cls)

    @staticmethod
    def _structure(data: Any, cls: Any) -> Any:
        return hook_for(cls)(data, cls)

    def _page(self, rt: ReturnType, plan: Plan, data: Any, response: httpx.Response) -> Any:
        hook = hook_for(rt.model)
        items = [hook(item, None) for item in (data.get("data") or [])] if isinstance(data, dict) else []
        return PAGE_CLASSES[(rt.page, self._is_async)](items, data if isinstance(data, dict) else {}, self, plan,
                                                        response.headers.get("x-request-id"))

    def _stream(self, plan: Plan, response: httpx.Response) -> Any:
        return (AsyncStream if self._is_async else Stream)(cast_to=plan.endpoint.stream.model, response=response, client=self)


class OpenAI(SyncRequests, _BaseClient, _ResourceAttributes):
    """The synchronous client: `OpenAI().chat.completions.create(...)`."""

    _sleep = staticmethod(time.sleep)

    def _request(self, plan: Plan, mode: str) -> Any:
        headers, body = self._encoded(plan)
        stream = plan.stream or mode == "stream"
        retries = 0
        while True:
            request = self._build_request(plan, headers, body, self._api_key_provider() if self._api_key_provider else None)
            try:
                response = self._client.send(request, stream=True)
                if not stream:
                    _read_body(response)
            except Exception as e:  # any transport's failure, not only httpx's, as officially
                delay = self._retry_after_error(plan, request, e, retries)
            else:
                if response.status_code < 400:
                    return self._finish(plan, mode, response, retries)
                delay = self._retry_after_status(plan, response, retries)
                if delay is None:
                    try:
                        response.read()  # a streamed call's error body, unread so far
                    except (httpx.HTTPError, OSError) as e:
                        raise no_answer_error(request, e) from e
                    raise make_status_error(response)
                response.close()
            self._sleep(delay)
            retries += 1

    def close(self) -> None:
        self._client.close()

    def is_closed(self) -> bool:
        return self._client.is_closed

    def __enter__(self) -> "OpenAI":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class AsyncOpenAI(AsyncRequests, _BaseClient, _AsyncResourceAttributes):
    """The asyncio client: `await AsyncOpenAI().chat.completions.create(...)`."""

    _is_async = True
    _http_client_type = httpx.AsyncClient
    _sleep = staticmethod(_async_sleep)

    async def _request(self, plan: Plan, mode: str) -> Any:
        headers, body = self._encoded(plan)
        stream = plan.stream or mode == "stream"
        retries = 0
        while True:
            api_key = None
            if self._api_key_provider is not None:
                api_key = self._api_key_provider()
                if inspect.isawaitable(api_key):
                    api_key = await api_key
            request = self._build_request(plan, headers, body, api_key)
            try:
                response = await self._client.send(request, stream=True)
                if not stream:
                    await _aread_body(response)
            except Exception as e:  # any transport's failure, not only httpx's, as officially
                delay = self._retry_after_error(plan, request, e, retries)
            else:
                if response.status_code < 400:
                    return self._finish(plan, mode, response, retries)
                delay = self._retry_after_status(plan, response, retries)
                if delay is None:
                    try:
                        await response.aread()  # a streamed call's error body, unread so far
                    except (httpx.HTTPError, OSError) as e:
                        raise no_answer_error(request, e) from e
                    raise make_status_error(response)
                await response.aclose()
            await self._sleep(delay)
            retries += 1

    async def close(self) -> None:
        await self._client.aclose()

    def is_closed(self) -> bool:
        return self._client.is_closed

    async def __aenter__(self) -> "AsyncOpenAI":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()


OpenAI._async_class = AsyncOpenAI
AsyncOpenAI._async_class = AsyncOpenAI
Client = OpenAI
AsyncClient = AsyncOpenAI

# The built-in table's resource classes are made here, once, at import.
resource_classes(load_table(), False)
resource_classes(load_table(), True)
