"""`stream=True` for the slice, replayed from cassettes.

The mock answers `stream=true` with plain JSON, so these exchanges were recorded from a local
transport serving the API reference's streaming example as server-sent events (`RECORD_TRANSPORTS`,
used only with OPENAI_TABLE_RECORD=1). Replay hands the body over in one piece; chunk boundaries
falling anywhere are covered by tests/test_streaming.py.
"""

import json

import httpx
import pytest

from openai_table.types import Completion
from openai_table.types.chat import ChatCompletionChunk

from conftest import LIVE

MESSAGES = [{"role": "user", "content": "Say hello"}]
WORDS = ["Hello", "! ", "Ça", " va", " ✓", "?"]
BASE = {"id": "chatcmpl-123", "object": "chat.completion.chunk", "created": 1694268190,
        "model": "gpt-4o-mini", "system_fingerprint": "fp_44709d6fcb"}


def _chat_events():
    yield {**BASE, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "logprobs": None, "finish_reason": None}]}
    for word in WORDS:
        yield {**BASE, "choices": [{"index": 0, "delta": {"content": word}, "logprobs": None, "finish_reason": None}]}
    yield {**BASE, "choices": [{"index": 0, "delta": {}, "logprobs": None, "finish_reason": "stop"}]}
    yield {**BASE, "choices": [], "usage": {"prompt_tokens": 9, "completion_tokens": 7, "total_tokens": 16}}


def _completion_events():
    for i, word in enumerate(["This", " is", " a", " test"]):
        yield {"id": "cmpl-1", "object": "text_completion", "created": 1694268190, "model": "gpt-3.5-turbo-instruct",
               "choices": [{"text": word, "index": 0, "logprobs": None, "finish_reason": "length" if i == 3 else None}]}


def _sse_transport(events):
    def handler(request: httpx.Request) -> httpx.Response:
        body = b"".join(b"data: " + json.dumps(e).encode() + b"\n\n" for e in events()) + b"data: [DONE]\n\n"
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    return lambda: httpx.MockTransport(handler)


RECORD_TRANSPORTS = {
    "test_chat_completions_create_stream": _sse_transport(_chat_events),
    "test_completions_create_stream": _sse_transport(_completion_events),
}


@pytest.mark.replay_only("the mock answers stream=true with JSON, not server-sent events")
def test_chat_completions_create_stream(api):
    chunks = api.collect(lambda c: c.chat.completions.create(
        model="gpt-4o-mini", messages=MESSAGES, stream=True, stream_options={"include_usage": True}))
    assert api.last.method == "POST" and api.last.url.path == "/chat/completions"
    assert api.body() == {"model": "gpt-4o-mini", "messages": MESSAGES, "stream": True,
                          "stream_options": {"include_usage": True}}
    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)
    assert len(chunks) == len(WORDS) + 3
    assert chunks[0].choices[0].delta.role == "assistant"
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "Hello! Ça va ✓?"
    assert chunks[-2].choices[0].finish_reason == "stop"
    assert chunks[-1].choices == [] and chunks[-1].usage.total_tokens == 16
    assert {c.id for c in chunks} == {"chatcmpl-123"}


@pytest.mark.replay_only("the mock answers stream=true with JSON, not server-sent events")
def test_completions_create_stream(api):
    chunks = api.collect(lambda c: c.completions.create(model="gpt-3.5-turbo-instruct", prompt="Say this is a test",
                                                       stream=True, max_tokens=4))
    assert api.body() == {"model": "gpt-3.5-turbo-instruct", "prompt": "Say this is a test", "stream": True, "max_tokens": 4}
    assert all(isinstance(c, Completion) for c in chunks)
    assert "".join(c.choices[0].text for c in chunks) == "This is a test"
    assert chunks[-1].choices[0].finish_reason == "length"


@pytest.mark.skipif(not LIVE, reason="only meaningful against the live mock")
def test_stream_request_accepted_by_mock(api):
    # The mock cannot stream back, but it still validates a streaming request.
    raw = api.call(lambda c: c.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=MESSAGES, stream=True, stream_options={"include_usage": True}))
    assert raw.status_code == 200
