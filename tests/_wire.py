"""Running one call through openai_table and through the official SDK (2.8.1) over a
MockTransport, and comparing what each put on the wire."""

import json
from typing import Any, Callable, Dict, List, Tuple

import httpx
import openai

import openai_table

API_KEY = "sk-test-wire"


def parts(request: httpx.Request) -> List[Tuple[Dict[str, str], bytes]]:
    """A multipart body as (part headers, part content) in order; the boundary is dropped."""
    boundary = request.headers["content-type"].split("boundary=", 1)[1].encode()
    out = []
    for chunk in request.content.split(b"--" + boundary)[1:-1]:
        head, _, data = chunk[2:-2].partition(b"\r\n\r\n")
        headers = dict(line.split(": ", 1) for line in head.decode().split("\r\n"))
        out.append((headers, data))
    return out


def summary(request: httpx.Request) -> Dict[str, Any]:
    """What a request says, minus what legitimately differs (SDK headers, the boundary)."""
    content_type = request.headers.get("content-type")
    body: Any = request.content
    if content_type and content_type.startswith("multipart/form-data"):
        body, content_type = parts(request), "multipart/form-data"
    elif body and content_type and "json" in content_type:
        body = json.loads(body)
    return {
        "method": request.method, "path": request.url.raw_path.split(b"?")[0],
        "query": list(request.url.params.multi_items()), "content-type": content_type,
        "accept": request.headers.get("accept"), "content-length": request.headers.get("content-length")
        if not content_type or content_type != "multipart/form-data" else "(varies with the boundary)",
        "body": body,
    }


def _handler(seen: List[httpx.Request], reply: Callable[[httpx.Request], httpx.Response]):
    def handle(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return reply(request)

    return handle


def default_reply(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"id": "x", "object": "list", "data": [], "has_more": False})


def wire(package: Any, call: Callable[[Any], Any], reply=default_reply, **options: Any) -> List[httpx.Request]:
    """The requests `call(client)` sends with `package.OpenAI`."""
    seen: List[httpx.Request] = []
    client = package.OpenAI(api_key=API_KEY, max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(_handler(seen, reply))), **options)
    call(client)
    return seen


def both(call: Callable[[Any], Any], endpoints: Any = (), **options: Any) -> Tuple[List[Dict[str, Any]], List[Dict[str, Any]]]:
    """(ours, theirs): the summaries of what each SDK sent for the same call; `endpoints` are
    test tables for ours only."""
    return ([summary(r) for r in wire(openai_table, call, endpoints=endpoints, **options)],
            [summary(r) for r in wire(openai, call, **options)])


async def awire(package: Any, call: Callable[[Any], Any], reply=default_reply, **options: Any) -> List[httpx.Request]:
    seen: List[httpx.Request] = []
    client = package.AsyncOpenAI(api_key=API_KEY, max_retries=0, http_client=httpx.AsyncClient(transport=httpx.MockTransport(_handler(seen, reply))), **options)
    await call(client)
    return seen
