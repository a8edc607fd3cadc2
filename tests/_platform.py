"""What the platform families' tests share (audio, images, videos, containers, uploads): checking
the request a recorded call sent, reading a multipart form back, serving a stream of events from
an in-process transport while recording, and writing a binary body to a file with either client."""

import json
import re
from typing import Any, Callable, Dict, List, Optional, Tuple

import httpx

from _wire import both, parts
from conftest import API_KEY


def form(request: httpx.Request) -> List[Tuple[str, Optional[str], Optional[str], bytes]]:
    """A multipart body as (name, filename, content type, content) per part, in order."""
    out = []
    for headers, data in parts(request):
        disposition = headers["Content-Disposition"]
        name = re.search(r'; name="([^"]*)"', disposition).group(1)
        filename = re.search(r'; filename="([^"]*)"', disposition)
        out.append((name, filename.group(1) if filename else None, headers.get("Content-Type"), data))
    return out


def fields(request: httpx.Request) -> List[Tuple[str, str]]:
    """The plain (non-file) fields of a multipart body, in order."""
    return [(name, data.decode()) for name, filename, _, data in form(request) if filename is None]


def files(request: httpx.Request) -> List[Tuple[str, Optional[str], Optional[str], bytes]]:
    """The file parts of a multipart body (httpx puts them after the fields), in order."""
    return [part for part in form(request) if part[1] is not None]


def assert_sent(api: Any, method: str, path: str, *, query: Optional[Dict[str, str]] = None, json_body: Any = None,
                multipart: bool = False, accept: str = "application/json") -> httpx.Request:
    """The last request: its method, path, query, body kind and the headers every call carries."""
    request = api.last
    assert (request.method, request.url.path) == (method, path)
    assert dict(request.url.params) == (query or {})
    content_type = request.headers.get("content-type")
    if multipart:
        assert content_type.startswith("multipart/form-data; boundary=")
    elif json_body is not None:
        assert content_type == "application/json"
        assert json.loads(request.content) == json_body
    else:
        assert request.content == b""
        assert content_type == (None if method == "GET" else "application/json")
    assert request.headers["accept"] == accept
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["openai-organization"] == "org-test"
    assert request.headers["openai-project"] == "proj-test"
    return request


def sse_transport(events: Callable[[], List[Dict[str, Any]]], *, named: bool = True, done: bool = False):
    """A transport that answers with `events` as server-sent events (each named by its `type`
    when `named`), for recording stream cassettes the mock cannot produce."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = b""
        for event in events():
            if named:
                body += b"event: " + event["type"].encode() + b"\n"
            body += b"data: " + json.dumps(event).encode() + b"\n\n"
        if done:
            body += b"data: [DONE]\n\n"
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    return lambda: httpx.MockTransport(handler)


def binary_transport(content: bytes, content_type: str):
    """A transport that answers with `content`: a binary body the mock only has as a placeholder."""
    return lambda: httpx.MockTransport(lambda request: httpx.Response(200, headers={"content-type": content_type}, content=content))


def stream_to_file(make: Callable[[Any], Any], path: Any) -> Callable[[Any], Any]:
    """fn(client) for `api.call`: open `make(client)` (a `with_streaming_response` call), write its
    body to `path` with `stream_to_file`, return the response."""

    def run(client: Any) -> Any:
        manager = make(client)
        if hasattr(manager, "__aenter__"):
            async def go() -> Any:
                async with manager as response:
                    await response.stream_to_file(path)
                    return response
            return go()
        with manager as response:
            response.stream_to_file(path)
            return response

    return run


def iter_bytes(make: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """fn(client) for `api.call`: the chunks of `make(client)`'s body, read with `iter_bytes`."""

    def run(client: Any) -> Any:
        manager = make(client)
        if hasattr(manager, "__aenter__"):
            async def go() -> Any:
                async with manager as response:
                    return [chunk async for chunk in response.iter_bytes()]
            return go()
        with manager as response:
            return list(response.iter_bytes())

    return run


def _by_name(summary: Dict[str, Any]) -> Dict[str, Any]:
    if summary["content-type"] != "multipart/form-data":
        return summary
    # The official SDK orders a form's parts by its own signature, ours keeps the caller's order;
    # the API reads parts by name, so compare them grouped by name (values of one name in order).
    name = lambda part: re.search(r'; name="([^"]*)"', part[0]["Content-Disposition"]).group(1)  # noqa: E731
    return {**summary, "body": sorted(summary["body"], key=name)}


def same_wire(call: Callable[[Any], Any], **options: Any) -> List[Dict[str, Any]]:
    """Send `call` through both SDKs, assert the requests match, return ours (summaries)."""
    ours, theirs = both(call, **options)
    assert [_by_name(s) for s in ours] == [_by_name(s) for s in theirs]
    return ours
