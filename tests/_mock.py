"""A recording `httpx.MockTransport` and clients wired to it, for the engine's unit tests.

No network, no real sleeping: every test sees exactly the requests the engine sent.
"""

import json
from typing import Any, Callable, Iterable, List, Optional, Union

import httpx
import pytest

from openai_table import AsyncOpenAI, OpenAI

API_KEY = "sk-test-0123456789-secret"
BASE = "https://api.openai.com/v1"

# Any of these in the environment would change what the clients send.
_ENV = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID", "OPENAI_WEBHOOK_SECRET")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body delivered in the given chunks, sync or async, that records being closed."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self.chunks = list(chunks)
        self.closed = False
        self.read_count = 0

    def __iter__(self):
        for chunk in self.chunks:
            self.read_count += 1
            yield chunk

    async def __aiter__(self):
        for chunk in self.chunks:
            self.read_count += 1
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


Reply = Union[httpx.Response, BaseException, Callable[[httpx.Request], Any]]


class Mock:
    """Answers each request with the next reply (the last one repeats), or with `handler(request)`;
    a reply that is an exception is raised from the transport, as a failed connection would be."""

    def __init__(self, *replies: Reply, handler: Optional[Callable[[httpx.Request], Any]] = None) -> None:
        self.replies = list(replies)
        self.handler = handler
        self.requests: List[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self.handler is not None:
            reply = self.handler(request)
        else:
            reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        if isinstance(reply, BaseException):
            raise reply
        return reply

    @property
    def request(self) -> httpx.Request:
        (request,) = self.requests
        return request

    def json(self, i: int = -1) -> Any:
        return json.loads(self.requests[i].content)

    def client(self, **kwargs: Any) -> OpenAI:
        kwargs.setdefault("api_key", API_KEY)
        return OpenAI(http_client=httpx.Client(transport=httpx.MockTransport(self)), **kwargs)

    def async_client(self, **kwargs: Any) -> AsyncOpenAI:
        kwargs.setdefault("api_key", API_KEY)
        return AsyncOpenAI(http_client=httpx.AsyncClient(transport=httpx.MockTransport(self)), **kwargs)


def ok(data: Any = None, status: int = 200, headers: Optional[dict] = None) -> httpx.Response:
    return httpx.Response(status, json={} if data is None else data, headers=headers)


FILE = {
    "id": "file-abc123",
    "object": "file",
    "bytes": 120000,
    "created_at": 1677610602,
    "filename": "salesOverview.pdf",
    "purpose": "assistants",
}
