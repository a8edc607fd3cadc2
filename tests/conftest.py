"""The harness for recorded tests.

Three ways to run the tests that use the `api` fixture:
- default: replay `cassettes/<module>/<test>.yaml`; nothing leaves the machine.
- OPENAI_TABLE_LIVE=<base url>: no cassettes, every call goes to that server (the spec-validating
  mock in CI), so a request the mock rejects fails the test.
- OPENAI_TABLE_RECORD=1 (with OPENAI_TABLE_LIVE pointing at the mock): call it and (re)write the
  cassettes.

`api` is parametrized sync/async: each test body runs once with `OpenAI` and once with
`AsyncOpenAI`, both replaying the same cassette, which also shows they send the same requests.
"""

import asyncio
import inspect
import json
import os
import pathlib
from typing import Any, Callable, List, Optional

import httpx
import pytest

from openai_table import AsyncOpenAI, OpenAI
from openai_table.testing import recorder

ROOT = pathlib.Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
LIVE = os.environ.get("OPENAI_TABLE_LIVE")
RECORD = os.environ.get("OPENAI_TABLE_RECORD") == "1"
# The cassettes were recorded against the mock here; replay ignores the host anyway.
BASE_URL = LIVE or "http://127.0.0.1:4010"
API_KEY = "sk-test-0123456789abcdef"


def pytest_configure(config: Any) -> None:
    config.addinivalue_line("markers", "replay_only(reason): the mock cannot produce this exchange; replay it, even in live runs")


def pytest_pyfunc_call(pyfuncitem: Any) -> Optional[bool]:
    # `async def` tests run on a fresh event loop each (the project needs no pytest plugin).
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        args = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
        asyncio.run(pyfuncitem.obj(**args))
        return True
    return None


class Api:
    """Runs a call with a sync or an async client and keeps every request sent."""

    def __init__(self, mode: str, transport: Optional[httpx.BaseTransport] = None) -> None:
        self.mode = mode
        self.sent: List[httpx.Request] = []
        self.transport = transport  # only when recording an exchange the mock cannot make

    @property
    def last(self) -> httpx.Request:
        return self.sent[-1]

    def body(self, request: Optional[httpx.Request] = None) -> Any:
        return json.loads((request or self.last).content)

    def _options(self) -> dict:
        return dict(api_key=API_KEY, organization="org-test", project="proj-test", base_url=BASE_URL, max_retries=0)

    def call(self, fn: Callable[[Any], Any]) -> Any:
        """fn(client) -> result (awaited for the async client)."""
        return self._run(fn, collect=False)

    def collect(self, fn: Callable[[Any], Any]) -> List[Any]:
        """fn(client) -> a page or a stream; returns every item, fetching further pages."""
        return self._run(fn, collect=True)

    def _run(self, fn: Callable[[Any], Any], collect: bool) -> Any:
        if self.mode == "sync":
            http = httpx.Client(transport=self.transport, event_hooks={"request": [self._keep]})
            with OpenAI(http_client=http, **self._options()) as client:
                result = fn(client)
                return list(result) if collect else result
        return asyncio.run(self._run_async(fn, collect))

    async def _run_async(self, fn: Callable[[Any], Any], collect: bool) -> Any:
        async def keep(request: httpx.Request) -> None:
            await request.aread()
            self.sent.append(request)

        transport = self.transport and _AsyncAdapter(self.transport)
        http = httpx.AsyncClient(transport=transport, event_hooks={"request": [keep]})
        async with AsyncOpenAI(http_client=http, **self._options()) as client:
            result = fn(client)
            if collect:
                if not hasattr(result, "__aiter__"):
                    result = await result
                return [item async for item in result]
            return await result if inspect.isawaitable(result) else result

    def _keep(self, request: httpx.Request) -> None:
        request.read()
        self.sent.append(request)


class _AsyncAdapter(httpx.AsyncBaseTransport):
    def __init__(self, transport: httpx.MockTransport) -> None:
        self._transport = transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._transport.handle_async_request(request)


@pytest.fixture(params=["sync", "async"])
def api(request: Any) -> Any:
    marker = request.node.get_closest_marker("replay_only")
    module = pathlib.Path(request.node.fspath).stem
    params = getattr(request.node, "callspec", None)
    suffix = "-".join(str(v) for k, v in params.params.items() if k != "api") if params else ""
    name = f"{module}/{request.node.originalname}{'[' + suffix + ']' if suffix else ''}.yaml"
    if LIVE and not RECORD and marker is None:
        yield Api(request.param)
        return
    vcr = recorder(CASSETTES, record_mode="all" if RECORD else "none")
    transport = getattr(request.module, "RECORD_TRANSPORTS", {}).get(request.node.originalname) if RECORD else None
    with vcr.use_cassette(name):
        yield Api(request.param, transport() if transport else None)
