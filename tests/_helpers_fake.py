"""A scripted API for the polling and upload helper tests: each (method, path) answers with the
next of its scripted responses (the last one repeats), every request is kept, and the client's
sleep is replaced so that waits are recorded, never slept."""

import asyncio
import json
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import httpx

from openai_table import AsyncOpenAI, OpenAI

API_KEY = "sk-test-helpers"
BASE_URL = "http://api.test/v1"


def answer(body: Any, status: int = 200, **headers: str) -> Tuple[int, Any, Dict[str, str]]:
    return status, body, {k.replace("_", "-"): v for k, v in headers.items()}


class Fake:
    def __init__(self, script: Dict[Tuple[str, str], Sequence[Any]], handler: Optional[Callable[[httpx.Request], Any]] = None) -> None:
        self.script = {k: list(v) for k, v in script.items()}
        self.handler = handler  # answers first when given; None falls through to the script
        self.sent: List[httpx.Request] = []
        self.sleeps: List[float] = []

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        if self.handler is not None:
            response = self.handler(request)
            if response is not None:
                return response
        queue = self.script[(request.method, request.url.path.removeprefix("/v1"))]
        status, body, headers = queue.pop(0) if len(queue) > 1 else queue[0]
        return httpx.Response(status, json=body, headers=headers)

    def requests(self, method: Optional[str] = None) -> List[Tuple[str, str]]:
        return [(r.method, r.url.path.removeprefix("/v1")) for r in self.sent if method in (None, r.method)]

    def json(self, index: int) -> Any:
        return json.loads(self.sent[index].content)

    def run(self, mode: str, fn: Callable[[Any], Any], **options: Any) -> Any:
        """fn(client) with a sync or an async client (awaited) over this fake."""
        options = {"api_key": API_KEY, "base_url": BASE_URL, "max_retries": 0, **options}
        if mode == "sync":
            client = OpenAI(http_client=httpx.Client(transport=httpx.MockTransport(self._answer)), **options)
            client._sleep = self.sleeps.append
            return fn(client)

        async def sleep(seconds: float) -> None:
            self.sleeps.append(seconds)

        async def main() -> Any:
            client = AsyncOpenAI(http_client=httpx.AsyncClient(transport=httpx.MockTransport(self._answer)), **options)
            client._sleep = sleep
            return await fn(client)

        return asyncio.run(main())
