"""Fixtures of the fault suite: one fault server per session, and a harness that runs the same
test body with the sync and the async client (an event loop of its own per test, so pooled
async connections stay on one loop)."""

import asyncio
import inspect
import itertools
import os
from typing import Any, Callable, Dict, List

import pytest

from openai_table import AsyncOpenAI, OpenAI

from .server import FaultServer

API_KEY = "sk-fault-SECRET-0123456789"
_ids = itertools.count()


def faults(*specs: str) -> Dict[str, str]:
    """extra_headers asking the server for these faults, one per attempt, under a fresh id."""
    return {"x-fault": ",".join(specs), "x-fault-id": f"call-{os.getpid()}-{next(_ids)}"}


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


_servers: List[FaultServer] = []


@pytest.fixture(scope="session")
def server():
    s = FaultServer()
    _servers.append(s)
    yield s
    s.close()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for s in _servers:
        faulted = sum(n for name, n in s.faults_served.items() if name != "ok")
        terminalreporter.write_line(
            f"fault server: {s.requests_served} requests, {faulted} faults injected, {s.retries_seen} retries seen, "
            f"{s.connections_accepted} connections; by fault: {dict(sorted(s.faults_served.items()))}")


class Harness:
    """`h.run(x)` is x, or x awaited on this test's loop: the one body runs sync and async."""

    def __init__(self, mode: str, server: FaultServer) -> None:
        self.mode, self.server = mode, server
        self.is_async = mode == "async"
        self.loop = asyncio.new_event_loop() if self.is_async else None
        self.sleeps: List[float] = []
        self._clients: List[Any] = []

    def client(self, **options: Any) -> Any:
        options.setdefault("api_key", API_KEY)
        options.setdefault("base_url", self.server.url)
        options.setdefault("timeout", 5.0)
        client = (AsyncOpenAI if self.is_async else OpenAI)(**options)
        sleeps = self.sleeps
        if self.is_async:
            async def sleep(delay: float) -> None:
                sleeps.append(delay)
        else:
            sleep = sleeps.append
        client._sleep = sleep
        self._clients.append(client)
        return client

    def run(self, value: Any) -> Any:
        if inspect.isawaitable(value):
            return self.loop.run_until_complete(value)
        return value

    def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return self.run(fn(*args, **kwargs))

    def raises(self, exc: Any, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with pytest.raises(exc) as info:
            self.call(fn, *args, **kwargs)
        return info.value

    def collect(self, stream: Any) -> List[Any]:
        """Every event of a stream, sync or async."""
        if not self.is_async:
            return list(stream)

        async def gather() -> List[Any]:
            return [event async for event in stream]

        return self.run(gather())

    def close(self) -> None:
        for client in self._clients:
            self.run(client.close())
        if self.loop is not None:
            self.loop.close()


@pytest.fixture(params=["sync", "async"])
def h(request, server):
    harness = Harness(request.param, server)
    yield harness
    harness.close()
