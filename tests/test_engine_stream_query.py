"""A `stream` param in the query (`responses.retrieve(id, stream=True)` is a GET): the table may
put it there, and the call streams when the caller asks, wherever the param lives."""

import textwrap

import httpx
import pytest

import openai
import openai_table
from openai_table import Stream
from openai_table._streaming import AsyncStream

from _mock import clean_env  # noqa: F401  (autouse)
from _wire import awire, summary, wire

# Test-only resource shaped like responses.retrieve.
TABLE = """\
demo.responses:
  retrieve:
    get: /responses/{response_id}
    path: {response_id: str}
    query: {include: list, include_obfuscation: bool, starting_after: int, stream: bool}
    returns: models.Model
    stream: chat.ChatCompletionChunk
"""

EVENTS = (b'event: response.created\ndata: {"type":"response.created","sequence_number":0}\n\n'
          b'event: response.completed\ndata: {"type":"response.completed","sequence_number":1}\n\n')


def reply(request: httpx.Request) -> httpx.Response:
    if request.url.params.get("stream") == "true":
        return httpx.Response(200, content=EVENTS, headers={"content-type": "text/event-stream"})
    return httpx.Response(200, json={"id": "resp_1", "object": "response"})


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "demo.yaml"
    path.write_text(textwrap.dedent(TABLE))
    return [path]


def test_stream_true_is_a_query_param_and_streams(table):
    got = []
    requests = wire(openai_table, lambda c: got.extend(
        c.demo.responses.retrieve("resp_1", include=["a"], starting_after=3, stream=True)), reply, endpoints=table)
    theirs = wire(openai, lambda c: list(c.responses.retrieve("resp_1", include=["a"], starting_after=3, stream=True)), reply)
    (ours,), (official,) = requests, theirs
    assert ours.method == "GET" and ours.content == b""
    assert list(ours.url.params.multi_items()) == [("include[]", "a"), ("starting_after", "3"), ("stream", "true")]
    assert summary(ours) == summary(official)
    assert [e.type for e in got] == ["response.created", "response.completed"]


def test_without_stream_or_false_parses_the_model(table):
    requests = []

    def call(c):
        requests.append(c.demo.responses.retrieve("resp_1"))
        requests.append(c.demo.responses.retrieve("resp_1", stream=False))

    sent = wire(openai_table, call, reply, endpoints=table)
    assert [r.id for r in requests] == ["resp_1", "resp_1"]
    assert [list(r.url.params.multi_items()) for r in sent] == [[], [("stream", "false")]]
    theirs = wire(openai, lambda c: (c.responses.retrieve("resp_1"), c.responses.retrieve("resp_1", stream=False)), reply)
    assert [summary(r) for r in sent] == [summary(r) for r in theirs]


def test_extra_query_stream_and_raw_views(table):
    out = {}

    def call(c):
        out["extra"] = c.demo.responses.retrieve("resp_1", extra_query={"stream": True})
        out["raw"] = c.demo.responses.with_raw_response.retrieve("resp_1", stream=True).parse()
        with c.demo.responses.with_streaming_response.retrieve("resp_1", stream=True) as response:
            out["streaming"] = [e.type for e in response.parse()]

    wire(openai_table, call, reply, endpoints=table)
    assert isinstance(out["extra"], Stream) and isinstance(out["raw"], Stream)
    assert out["streaming"] == ["response.created", "response.completed"]


async def test_async(table):
    got = []

    async def call(c):
        stream = await c.demo.responses.retrieve("resp_1", stream=True)
        assert isinstance(stream, AsyncStream)
        got.extend([e.type async for e in stream])

    sent = await awire(openai_table, call, reply, endpoints=table)
    assert got == ["response.created", "response.completed"]
    assert list(sent[0].url.params.multi_items()) == [("stream", "true")]
