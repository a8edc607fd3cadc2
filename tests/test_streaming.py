"""`stream=True`: typed events from SSE bytes, however the bytes are chunked."""

import asyncio
import json

import httpx
import pytest

from openai_table import APIError, AsyncStream, Stream
from openai_table.models.chat import ChatCompletion, ChatCompletionChunk

from _mock import Chunks, Mock, clean_env  # noqa: F401  (clean_env: autouse)

SSE = {"content-type": "text/event-stream"}
MESSAGES = [{"role": "user", "content": "Say hello"}]


def chunk(content, i=0, finish=None):
    return {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1700000000, "model": "gpt-4o",
            "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": finish}],
            "seq": i}


CHUNKS = [chunk("h\u00e9llo", 0), chunk(" \u2713", 1), chunk(None, 2, "stop")]


def sse_bytes(payloads, *, extra=b"") -> bytes:
    out = b": comment before the first event\n\n"
    for p in payloads:
        out += b"data: " + json.dumps(p, ensure_ascii=False).encode() + b"\n\n"
    return out + extra + b"data: [DONE]\n\n"


BODY = sse_bytes(CHUNKS)


def respond(*chunks: bytes):
    body = Chunks(chunks)
    return body, httpx.Response(200, headers=SSE, stream=body)


def create(client, **kwargs):
    return client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True, **kwargs)


def summary(events):
    """What identifies each event: its type and full content."""
    return [(type(e).__name__, e.to_dict()) for e in events]


def test_stream_yields_typed_chunks():
    body, response = respond(BODY)
    mock = Mock(response)
    stream = create(mock.client())
    assert isinstance(stream, Stream)
    events = list(stream)
    assert all(isinstance(e, ChatCompletionChunk) for e in events)
    assert [e.choices[0].delta.content for e in events] == ["h\u00e9llo", " \u2713", None]
    assert [e.choices[0].finish_reason for e in events] == [None, None, "stop"]
    assert events[0].id == "chatcmpl-1" and events[0].seq == 0
    assert summary(events) == [("ChatCompletionChunk", c) for c in CHUNKS]
    assert body.closed and stream.response.is_closed


def test_stream_request_body_and_headers():
    _, response = respond(BODY)
    mock = Mock(response)
    list(create(mock.client(), temperature=0))
    assert mock.request.method == "POST"
    assert str(mock.request.url) == "https://api.openai.com/v1/chat/completions"
    assert json.loads(mock.request.content) == {"model": "gpt-4o", "messages": MESSAGES, "stream": True, "temperature": 0}


def test_stream_false_returns_completion():
    mock = Mock(httpx.Response(200, json={"id": "c", "object": "chat.completion", "choices": []}))
    result = mock.client().chat.completions.create(model="m", messages=[], stream=False)
    assert isinstance(result, ChatCompletion) and result.id == "c"
    assert json.loads(mock.request.content) == {"model": "m", "messages": [], "stream": False}


def test_done_ends_stream():
    after = b'data: {"id": "after-done"}\n\n'
    _, response = respond(BODY + after)
    events = list(create(Mock(response).client()))
    assert [e.seq for e in events] == [0, 1, 2]


def test_stream_without_done_ends_at_eof():
    _, response = respond(b'data: {"id": "a"}\n\ndata: {"id": "b"}')
    assert [e.id for e in create(Mock(response).client())] == ["a", "b"]


def test_multiline_data_and_comments():
    body = (b": keep-alive\n"
            b"data: {\"id\": \"chatcmpl-1\",\n"
            b": a comment between data lines\n"
            b"data:  \"choices\": [{\"index\": 0,\n"
            b"data: \"delta\": {\"content\": \"two\\nlines\"}}]}\n\n"
            b":\n\n"
            b"data: [DONE]\n\n")
    _, response = respond(body)
    (event,) = list(create(Mock(response).client()))
    assert event.to_dict() == {"id": "chatcmpl-1", "choices": [{"index": 0, "delta": {"content": "two\nlines"}}]}


def test_crlf_line_endings():
    body = BODY.replace(b"\n", b"\r\n")
    _, response = respond(body)
    assert summary(create(Mock(response).client())) == [("ChatCompletionChunk", c) for c in CHUNKS]


def test_split_at_every_byte_offset():
    _, response = respond(BODY)
    expected = summary(create(Mock(response).client()))
    assert [e[1]["seq"] for e in expected] == [0, 1, 2]
    assert "\u00e9".encode() in BODY and "\u2713".encode() in BODY  # multi-byte chars to split
    for i in range(len(BODY) + 1):
        _, response = respond(BODY[:i], BODY[i:])
        assert summary(create(Mock(response).client())) == expected, f"split at byte {i}"


def test_one_byte_chunks():
    _, response = respond(*[BODY[i:i + 1] for i in range(len(BODY))])
    assert summary(create(Mock(response).client())) == [("ChatCompletionChunk", c) for c in CHUNKS]


def test_error_payload_raises():
    body = sse_bytes(CHUNKS[:1], extra=b'data: {"error": {"message": "boom", "type": "server_error", "code": "c1"}}\n\n')
    raw, response = respond(body)
    mock = Mock(response)
    stream = create(mock.client())
    first = next(stream)
    assert first.seq == 0
    with pytest.raises(APIError) as e:
        next(stream)
    assert type(e.value) is APIError
    assert e.value.message == "boom" and str(e.value) == "boom"
    assert e.value.body == {"message": "boom", "type": "server_error", "code": "c1"}
    assert (e.value.type, e.value.code) == ("server_error", "c1")
    assert e.value.request is mock.request
    assert raw.closed


def test_error_payload_without_message():
    _, response = respond(b'data: {"error": {"code": "x"}}\n\n')
    with pytest.raises(APIError, match="An error occurred during streaming"):
        list(create(Mock(response).client()))


def test_event_error_raises():
    body = b'event: error\ndata: {"error": {"message": "overloaded", "type": "server_error"}}\n\n'
    _, response = respond(body)
    with pytest.raises(APIError) as e:
        list(create(Mock(response).client()))
    assert e.value.message == "overloaded"
    assert e.value.body == {"message": "overloaded", "type": "server_error"}
    assert e.value.type == "server_error"


def test_with_block_closes_response():
    raw, response = respond(BODY)
    with create(Mock(response).client()) as stream:
        assert next(stream).seq == 0
        assert not stream.response.is_closed
    assert stream.response.is_closed and raw.closed
    assert list(stream) == []


def test_close_before_reading():
    raw, response = respond(BODY)
    stream = create(Mock(response).client())
    stream.close()
    assert stream.response.is_closed and raw.closed
    assert raw.read_count == 0
    assert list(stream) == []


def test_stream_via_raw_and_streaming_response():
    mock = Mock(handler=lambda req: respond(BODY)[1])
    client = mock.client()
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o", messages=MESSAGES, stream=True)
    assert raw.headers["content-type"] == "text/event-stream"
    assert [e.seq for e in raw.parse()] == [0, 1, 2]
    with client.chat.completions.with_streaming_response.create(model="gpt-4o", messages=MESSAGES, stream=True) as r:
        stream = r.parse()
        assert isinstance(stream, Stream)
        assert [e.seq for e in stream] == [0, 1, 2]
    assert r.is_closed


def test_async_stream_same_events():
    _, response = respond(BODY)
    expected = summary(create(Mock(response).client()))

    async def run(chunks):
        raw, response = respond(*chunks)
        mock = Mock(response)
        stream = await create(mock.async_client())
        assert isinstance(stream, AsyncStream)
        events = [e async for e in stream]
        assert raw.closed and stream.response.is_closed
        assert json.loads(mock.request.content)["stream"] is True
        return summary(events)

    assert asyncio.run(run([BODY])) == expected
    assert asyncio.run(run([BODY[i:i + 7] for i in range(0, len(BODY), 7)])) == expected


def test_async_stream_context_manager_and_error():
    async def run():
        raw, response = respond(BODY)
        async with await create(Mock(response).async_client()) as stream:
            first = await stream.__anext__()
        assert first.seq == 0 and stream.response.is_closed and raw.closed

        _, response = respond(b'data: {"error": {"message": "async boom"}}\n\n')
        stream = await create(Mock(response).async_client())
        with pytest.raises(APIError, match="async boom"):
            async for _ in stream:
                pass

    asyncio.run(run())
