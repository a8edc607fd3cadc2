"""`helper:` entries: a hand-written method (parse, stream, *_and_poll, ...) named in the table,
installed on the sync and async resource classes beside the generated methods."""

import inspect
import json

import httpx
import pytest

from openai_table import AsyncOpenAI, OpenAI, TableError


def create_twice(self, *, model: str, times: int = 2):
    """Call `create` `times` times; return the ids."""
    return [self.create(model=model).id for _ in range(times)]


async def create_twice_async(self, *, model: str, times: int = 2):
    """Call `create` `times` times; return the ids."""
    return [(await self.create(model=model)).id for _ in range(times)]


TABLE = """
things:
  create:
    doc: Make a thing.
    post: /things
    body: {model: str!}
    returns: rerank_like:Thing
  create_twice:
    doc: Make two things in a row.
    helper: test_table_helpers:create_twice
  old_twice:
    doc: The old name.
    helper: test_table_helpers:create_twice
    deprecated: use create_twice
"""

MODELS = """
from typing import Optional
from openai_table.models import BaseModel, model

@model
class Thing(BaseModel):
    id: Optional[str] = None
"""


@pytest.fixture
def table(tmp_path, monkeypatch):
    (tmp_path / "rerank_like.py").write_text(MODELS)
    monkeypatch.syspath_prepend(str(tmp_path))
    path = tmp_path / "things.yaml"
    path.write_text(TABLE)
    return path


def _transport(seen):
    def handler(request):
        seen.append(json.loads(request.content))
        return httpx.Response(200, json={"id": f"thing_{len(seen)}"})
    return httpx.MockTransport(handler)


def test_helper_runs_on_the_sync_client_with_its_own_signature_and_doc(table):
    seen = []
    client = OpenAI(api_key="sk-test", endpoints=[table], http_client=httpx.Client(transport=_transport(seen)))
    assert client.things.create_twice(model="m") == ["thing_1", "thing_2"]
    assert seen == [{"model": "m"}, {"model": "m"}]
    sig = inspect.signature(client.things.create_twice)
    assert list(sig.parameters) == ["model", "times"]
    assert client.things.create_twice.__doc__.startswith("Make two things in a row.\n\nCall `create`")
    assert "create_twice" in dir(client.things)


async def test_helper_runs_on_the_async_client(table):
    seen = []
    client = AsyncOpenAI(api_key="sk-test", endpoints=[table],
                         http_client=httpx.AsyncClient(transport=_AsyncTransport(_transport(seen))))
    assert await client.things.create_twice(model="m", times=3) == ["thing_1", "thing_2", "thing_3"]


class _AsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self, sync):
        self.sync = sync

    async def handle_async_request(self, request):
        await request.aread()
        return self.sync.handle_request(request)


def test_deprecated_helper_warns(table):
    client = OpenAI(api_key="sk-test", endpoints=[table], http_client=httpx.Client(transport=_transport([])))
    with pytest.warns(DeprecationWarning, match="use create_twice"):
        client.things.old_twice(model="m", times=1)


@pytest.mark.parametrize("entry,problem", [
    ("helper: test_table_helpers:create_twice\n    post: /x", "a `helper` entry takes only doc, deprecated and poll beside it, not 'post'"),
    ("helper: 'not a ref'", "`helper` must be module.function"),
    ("helper: test_table_helpers:no_such_function", "helper 'test_table_helpers:no_such_function' names no function"),
])
def test_bad_helper_entries_name_the_problem(tmp_path, entry, problem):
    path = tmp_path / "bad.yaml"
    path.write_text(f"things:\n  twice:\n    {entry}\n")
    with pytest.raises(TableError) as e:
        OpenAI(api_key="sk-test", endpoints=[path])
    assert f"bad.yaml:" in str(e.value) and "things.twice" in str(e.value) and problem in str(e.value)
