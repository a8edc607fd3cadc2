import asyncio
from typing import AsyncIterator, Iterable, List

from openai_table._sse import ServerSentEvent, SSEDecoder


def E(data, event=None, id=None, retry=None):
    return ServerSentEvent(event=event, data=data, id=id, retry=retry)


def decode(chunks: Iterable[bytes]) -> List[ServerSentEvent]:
    return list(SSEDecoder().iter_bytes(chunks))


def as_tuples(events):
    return [(e.event, e.data, e.id, e.retry) for e in events]


def adecode(chunks: Iterable[bytes]) -> List[ServerSentEvent]:
    async def agen() -> AsyncIterator[bytes]:
        for c in chunks:
            await asyncio.sleep(0)
            yield c

    async def run():
        return [e async for e in SSEDecoder().aiter_bytes(agen())]

    return asyncio.run(run())


def test_single_event():
    events = decode([b'data: {"a": 1}\n\n'])
    assert as_tuples(events) == [(None, '{"a": 1}', None, None)]
    assert events[0].json() == {"a": 1}


def test_server_sent_event_repr_and_slots():
    e = E("x", event="t", id="7", retry=5)
    assert repr(e) == "ServerSentEvent(event='t', data='x', id='7', retry=5)"
    assert not hasattr(e, "__dict__")


def test_multiple_events_one_chunk():
    assert as_tuples(decode([b"data: a\n\ndata: b\n\n\n\ndata: c\n\n"])) == [
        (None, "a", None, None),
        (None, "b", None, None),
        (None, "c", None, None),
    ]


def test_multiline_data_joined_with_newline():
    assert as_tuples(decode([b"data: one\ndata: two\ndata:\ndata: four\n\n"])) == [
        (None, "one\ntwo\n\nfour", None, None)
    ]


def test_comments_ignored():
    assert as_tuples(decode([b": keep-alive\n\n:x\ndata: a\n: mid\ndata: b\n\n"])) == [
        (None, "a\nb", None, None)
    ]


def test_event_id_retry_fields():
    stream = (
        b"event: update\nid: 42\nretry: 1500\ndata: x\n\n"
        b"data: y\n\n"  # id persists, event type and retry reset
        b"id: bad\x00id\nretry: 12a\nevent:\ndata: z\n\n"  # NUL id and non-digit retry ignored
        b"id\ndata: w\n\n"  # empty id resets the last event id
        b"foo: bar\ndata: v\n\n"  # unknown field ignored
    )
    assert as_tuples(decode([stream])) == [
        ("update", "x", "42", 1500),
        (None, "y", "42", None),
        (None, "z", "42", None),
        (None, "w", "", None),
        (None, "v", "", None),
    ]


def test_event_without_data_not_dispatched_but_empty_data_is():
    assert as_tuples(decode([b"event: x\n\nevent: y\ndata:\n\n"])) == [("y", "", None, None)]
    # the discarded event's type must not leak into the next one
    assert as_tuples(decode([b"event: x\nretry: 5\n\ndata: a\n\n"])) == [(None, "a", None, None)]


def test_crlf_and_lone_cr_line_endings():
    assert as_tuples(decode([b"event: e\r\ndata: a\r\ndata: b\r\n\r\n"])) == [("e", "a\nb", None, None)]
    assert as_tuples(decode([b"event: e\rdata: a\rdata: b\r\rdata: c\r\r"])) == [
        ("e", "a\nb", None, None),
        (None, "c", None, None),
    ]
    assert as_tuples(decode([b"data: a\r\ndata: b\rdata: c\n\r\n"])) == [(None, "a\nb\nc", None, None)]


def test_cr_lf_split_across_chunks_is_one_line_ending():
    # "\r" | "\n" is one line ending: no spurious blank line dispatching "a" early
    chunks = [b"data: a\r", b"\ndata: b\r", b"\n", b"\r", b"\n"]
    assert as_tuples(decode(chunks)) == [(None, "a\nb", None, None)]
    # while "\r" | "\r" is two line endings
    assert as_tuples(decode([b"data: a\r", b"\rdata: b\r\n\r\n"])) == [
        (None, "a", None, None),
        (None, "b", None, None),
    ]
    # an event whose terminating blank line is "\r" is dispatched right away
    d = SSEDecoder()
    assert as_tuples(d.feed(b"data: a\r\r")) == [(None, "a", None, None)]
    assert d.feed(b"\n") == []
    assert as_tuples(d.feed(b"data: b\n\n")) == [(None, "b", None, None)]


def test_lf_then_cr_split():
    assert as_tuples(decode([b"data: a\n", b"\r", b"\ndata: b\n\n"])) == [
        (None, "a", None, None),
        (None, "b", None, None),
    ]


UTF8_STREAM = (
    "\ufeffevent: gr\u00fc\u00df\r\nid: \u2713\rdata: h\u00e9llo \u2713 \U0001F600\ndata:  two\n\n"
    ": c\u00f6mment\r\n"
    "data: {\"t\": \"\U0001F600\u00e9\"}\r\n\r\n"
    "data: tail \u2713"
).encode("utf-8")

UTF8_EXPECTED = [
    ("gr\u00fc\u00df", "h\u00e9llo \u2713 \U0001F600\n two", "\u2713", None),
    (None, '{"t": "\U0001F600\u00e9"}', "\u2713", None),
    (None, "tail \u2713", "\u2713", None),
]


def test_utf8_unsplit():
    assert as_tuples(decode([UTF8_STREAM])) == UTF8_EXPECTED


def test_utf8_every_single_split_point():
    for i in range(len(UTF8_STREAM) + 1):
        got = as_tuples(decode([UTF8_STREAM[:i], UTF8_STREAM[i:]]))
        assert got == UTF8_EXPECTED, i


def test_utf8_every_two_split_points():
    n = len(UTF8_STREAM)
    for i in range(n + 1):
        for j in range(i, n + 1):
            got = as_tuples(decode([UTF8_STREAM[:i], UTF8_STREAM[i:j], UTF8_STREAM[j:]]))
            assert got == UTF8_EXPECTED, (i, j)


def test_utf8_byte_by_byte():
    chunks = [UTF8_STREAM[i : i + 1] for i in range(len(UTF8_STREAM))]
    assert as_tuples(decode(chunks)) == UTF8_EXPECTED
    assert as_tuples(adecode(chunks)) == UTF8_EXPECTED


def test_leading_space_stripping_only_one():
    assert as_tuples(decode([b"data:a\n\ndata: b\n\ndata:  c\n\ndata:\tt\n\nevent:  e\ndata: x \n\n"])) == [
        (None, "a", None, None),
        (None, "b", None, None),
        (None, " c", None, None),
        (None, "\tt", None, None),
        (" e", "x ", None, None),
    ]


def test_field_without_colon():
    assert as_tuples(decode([b"data\n\n"])) == [(None, "", None, None)]
    assert as_tuples(decode([b"data\ndata\ndata: x\n\n"])) == [(None, "\n\nx", None, None)]
    assert as_tuples(decode([b"event\ndata: x\n\n"])) == [(None, "x", None, None)]


def test_value_may_contain_colons():
    assert as_tuples(decode([b"data: a: b:c\n\n"])) == [(None, "a: b:c", None, None)]


def test_bom_skipped_only_at_start():
    assert as_tuples(decode([b"\xef\xbb\xbfdata: a\n\n"])) == [(None, "a", None, None)]
    # BOM split across chunks
    assert as_tuples(decode([b"\xef", b"\xbb", b"\xbfdata: a\n\n"])) == [(None, "a", None, None)]
    # a second BOM is not skipped: the field name becomes "\ufeffdata", unknown -> ignored
    assert decode([b"\xef\xbb\xbf\xef\xbb\xbfdata: a\n\n"]) == []
    # a BOM later in the stream is not special
    assert as_tuples(decode([b"data: a\n\n\xef\xbb\xbfdata: b\n\ndata: c\n\n"])) == [
        (None, "a", None, None),
        (None, "c", None, None),
    ]


def test_pending_event_dispatched_at_end_of_stream():
    assert as_tuples(decode([b"data: x\n\n", b"data: [DONE]\n"])) == [
        (None, "x", None, None),
        (None, "[DONE]", None, None),
    ]
    # final line without any terminator
    assert as_tuples(decode([b"event: end\ndata: [DO", b"NE]"])) == [("end", "[DONE]", None, None)]
    # final line ending with a lone "\r"
    assert as_tuples(decode([b"data: x\r"])) == [(None, "x", None, None)]
    # nothing pending with data: nothing dispatched
    assert decode([b"data: x\n\nevent: only\n"]) == [E("x")]
    assert decode([b": comment"]) == []
    assert decode([]) == []
    assert decode([b""]) == []


def test_feed_flush_api_and_reuse():
    d = SSEDecoder()
    assert d.feed(b"id: 1\ndata: a") == []
    assert d.feed(b"\n") == []
    assert d.feed(b"\n") == [E("a", id="1")]
    assert d.feed(b"data: b\n") == []
    assert d.flush() == [E("b", id="1")]
    assert d.last_event_id == "1"
    # stream state is reset after flush (a new BOM is skipped), last_event_id survives
    assert d.feed(b"\xef\xbb\xbfdata: c\n\n") == [E("c", id="1")]
    assert d.flush() == []


def test_empty_chunks_ignored():
    assert as_tuples(decode([b"", b"data: a\r", b"", b"\n", b"", b"\n", b""])) == [(None, "a", None, None)]


def test_invalid_utf8_replaced():
    assert as_tuples(decode([b"data: a\xffb\n\n"])) == [(None, "a\ufffdb", None, None)]


def test_async_matches_sync():
    stream = (
        b"\xef\xbb\xbfevent: a\r\nid: 9\r\nretry: 10\r\ndata: 1\r\ndata: 2\r\n\r\n"
        b": ping\n\ndata: {\"k\": \"\xe2\x9c\x93\"}\n\ndata: [DONE]\n"
    )
    expected = [
        ("a", "1\n2", "9", 10),
        (None, '{"k": "\u2713"}', "9", None),
        (None, "[DONE]", "9", None),
    ]
    for size in (1, 2, 3, 5, 7, 64, len(stream)):
        chunks = [stream[i : i + size] for i in range(0, len(stream), size)]
        sync_events = decode(chunks)
        async_events = adecode(chunks)
        assert as_tuples(sync_events) == expected, size
        assert as_tuples(async_events) == expected, size
        assert async_events == sync_events


def test_many_json_events_sliced_match():
    import json

    payloads = [{"i": i, "s": "x" * (i % 17), "u": "\u00e9\u2713" * (i % 3)} for i in range(300)]
    stream = b"".join(b"data: " + json.dumps(p, ensure_ascii=False).encode() + b"\n\n" for p in payloads)
    for size in (1, 13, 64, 1000):
        chunks = [stream[i : i + size] for i in range(0, len(stream), size)]
        assert [e.json() for e in decode(chunks)] == payloads


def test_cr_inside_chunk_then_lf_at_start_of_next_chunk():
    # the "\r" is not at the end of the first chunk, so the next chunk's "\n" is its own line ending
    assert as_tuples(decode([b"id: 1\rdata: a", b"\ndata: b\n\n"])) == [(None, "a\nb", "1", None)]


def _reference(stream: bytes):
    """Naive, obviously-correct decoder: whole stream at once, one line at a time."""
    if stream.startswith(b"\xef\xbb\xbf"):
        stream = stream[3:]
    lines = stream.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
    out, data, event, retry, last_id = [], None, None, None, None
    for raw in lines + [b""]:
        line = raw.decode("utf-8", "replace")
        if line == "":
            if data is not None:
                out.append((event, data, last_id, retry))
            data, event, retry = None, None, None
            continue
        if line.startswith(":"):
            continue
        name, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        if name == "data":
            data = value if data is None else data + "\n" + value
        elif name == "event":
            event = value or None
        elif name == "id" and "\0" not in value:
            last_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            retry = int(value)
    return out


def test_random_streams_random_chunking_match_reference():
    import random

    rng = random.Random(1234)
    pieces = [
        b"data", b"data:", b"data: ", b"event: e", b"event:", b"id: 3", b"id", b"retry: 7", b"retry: x",
        b": c", b"x: y", b"\n", b"\r", b"\r\n", b"\n\n", b"\r\r", b"\xc3\xa9", b"\xf0\x9f\x98\x80",
        b"\xe2\x9c\x93", b"a", b" ", b":", b"\x00", b"\xef\xbb\xbf", b"\r\n\r\n",
        b'data: {"x": 1}\n\n', b"data: [DONE]\r\n\r\n",
    ]
    for _ in range(2000):
        stream = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        if rng.random() < 0.2:
            stream = b"\xef\xbb\xbf" + stream
        expected = _reference(stream)
        cuts = sorted(rng.randint(0, len(stream)) for _ in range(rng.randint(0, 6)))
        chunks = [stream[a:b] for a, b in zip([0] + cuts, cuts + [len(stream)])]
        assert as_tuples(decode(chunks)) == expected, (stream, cuts)


def test_fields_from_earlier_chunks_carry_into_whole_event_chunks():
    for nl in (b"\n", b"\r\n"):
        d = SSEDecoder()
        assert d.feed(b"data: a" + nl + nl) == [E("a")]
        assert d.feed(b"event: x" + nl + b"id: 5" + nl + b"retry: 9" + nl) == []
        assert d.feed(b"data: b" + nl + nl) == [E("b", event="x", id="5", retry=9)]
        assert d.feed(b"data: c" + nl) == []
        assert d.feed(b"data: d" + nl + nl) == [E("c\nd", id="5")]
        assert d.feed(b"data: e" + nl + nl + b"data: f" + nl + b"data: g" + nl + nl) == [
            E("e", id="5"),
            E("f\ng", id="5"),
        ]
        assert d.feed(b"dat") == []
        assert d.feed(b"a: h" + nl + nl) == [E("h", id="5")]
        assert d.flush() == []
