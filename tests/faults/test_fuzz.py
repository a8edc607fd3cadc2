"""Fuzzing with hypothesis: the SSE decoder, the table loader, the query and multipart
encoders, and model structuring. Modest example counts keep the suite fast; HYPOTHESIS_PROFILE=
long runs each property 20 times longer."""

import json
import os
import pathlib
import tempfile

import attrs
import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

import openai_table
from openai_table import TableError
from openai_table._converter import hook_for
from openai_table._encoding import encode_json, encode_multipart, encode_query
from openai_table._sse import ServerSentEvent, SSEDecoder
from openai_table._streaming import Stream
from openai_table._table import load_table

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# -- SSE ----------------------------------------------------------------------------------------

line_text = st.text(st.characters(blacklist_characters="\r\n\x00", blacklist_categories=("Cs",)), max_size=30)
field_name = st.text(st.characters(blacklist_characters="\r\n:\x00", blacklist_categories=("Cs",)), min_size=1, max_size=8)


@st.composite
def sse_streams(draw):
    """(wire bytes, the events they decode to)."""
    eol = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    lines, expected, last_id = [], [], None
    if draw(st.booleans()):
        lines.append(":" + draw(line_text))  # a comment
    for _ in range(draw(st.integers(0, 6))):
        event = draw(st.one_of(st.none(), field_name))
        data = draw(st.lists(line_text, min_size=1, max_size=3))
        retry = draw(st.one_of(st.none(), st.integers(0, 10**6)))
        if draw(st.booleans()):
            last_id = draw(line_text)
            lines.append("id: " + last_id)
        if event is not None:
            lines.append("event: " + event)
        if retry is not None:
            lines.append(f"retry: {retry}")
        if draw(st.booleans()):
            lines.append("unknown-field: " + draw(line_text))
        lines += ["data: " + d for d in data]
        lines.append("")
        expected.append(ServerSentEvent(event or None, "\n".join(data), last_id, retry))
    bom = "\ufeff" if draw(st.booleans()) else ""
    return (bom + eol.join(lines) + (eol if lines else "")).encode(), expected


def split(data: bytes, cuts) -> list:
    cuts = sorted({c % (len(data) + 1) for c in cuts})
    bounds = [0, *cuts, len(data)]
    return [data[a:b] for a, b in zip(bounds, bounds[1:])]


def decode(chunks) -> list:
    d = SSEDecoder()
    out = []
    for c in chunks:
        out += d.feed(c)
    return out + d.flush()


@given(sse_streams(), st.lists(st.integers(0, 10**6), max_size=12))
def test_sse_any_split_gives_the_same_events(stream, cuts):
    data, expected = stream
    assert decode([data]) == expected
    assert decode(split(data, cuts)) == expected
    assert decode([data[i:i + 1] for i in range(len(data))]) == expected  # byte by byte


@given(st.binary(max_size=400), st.lists(st.integers(0, 10**6), max_size=10))
def test_sse_arbitrary_bytes_never_raise_and_any_split_agrees(data, cuts):
    whole = decode([data])
    assert decode(split(data, cuts)) == whole
    assert all(isinstance(e.data, str) for e in whole)


class _Client:
    _hook = staticmethod(hook_for)


@given(st.binary(max_size=300), st.lists(st.integers(0, 10**6), max_size=6))
def test_stream_over_arbitrary_bytes_raises_only_documented_errors(data, cuts):
    """A stream of garbage ends, or raises an APIError (an error event) or json's
    JSONDecodeError (an event whose data is not JSON, as the official SDK)."""
    from openai_table.types.chat import ChatCompletionChunk

    request = httpx.Request("POST", "http://127.0.0.1/v1/chat/completions")
    response = httpx.Response(200, stream=httpx.ByteStream(b"".join(split(data, cuts))), request=request)
    stream = Stream(cast_to=ChatCompletionChunk, response=response, client=_Client())
    try:
        for _ in stream:
            pass
    except (openai_table.APIError, json.JSONDecodeError):
        pass
    assert response.is_closed


# -- the table loader ----------------------------------------------------------------------------

json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.floats(allow_nan=False, allow_infinity=False),
              st.text(max_size=12)),
    lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(st.text(max_size=8), children, max_size=3)),
    max_leaves=8,
)
ENTRY_KEYS = ["doc", "get", "post", "path", "query", "body", "encoding", "returns", "returns_when", "stream",
              "headers", "defaults", "postprocess", "deprecated", "bdy", "1", ""]
good_values = {
    "get": "/things/{thing_id}", "post": "/things", "path": {"thing_id": "str"}, "query": {"limit": "int"},
    "body": {"name": "str!", "stream": "bool"}, "encoding": "multipart", "returns": "models.Model",
    "stream": "models.Model", "headers": {"X-A": "1"}, "defaults": {"limit": 3}, "postprocess": "embeddings.decode",
}


non_empty = json_values.filter(lambda v: v not in (None, "", [], {}, 0, False))


@st.composite
def table_entries(draw):
    """A good entry with a few keys set to good values, removed, or set to anything at all."""
    entry = {"get": "/things", "returns": "models.Model"}
    keys = ENTRY_KEYS if draw(st.integers(0, 3)) == 0 else [k for k in ENTRY_KEYS if k not in ("get", "post", "returns")]
    for _ in range(draw(st.integers(1, 4))):
        key = draw(st.sampled_from(keys))
        how = draw(st.integers(0, 3))
        if key in good_values and how == 0:
            entry[key] = good_values[key]
        elif how == 1:
            entry.pop(key, None)
        else:
            entry[key] = draw(non_empty)
    return entry


def _load(text: str):
    with tempfile.TemporaryDirectory() as d:
        path = pathlib.Path(d) / "fuzz_table.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            load_table([path])
            return None
        except TableError as e:
            return str(e)


@given(table_entries())
def test_table_loader_malformed_entry_gives_a_table_error_naming_file_and_entry(entry):
    text = yaml.safe_dump({"fuzzres": {"thing": entry}}, allow_unicode=True)
    message = _load(text)
    if message is not None:
        assert message.startswith(str(pathlib.Path(tempfile.gettempdir())))
        assert "fuzz_table.yaml" in message.split(":")[0]
        assert "fuzzres.thing" in message, message
        unknown = sorted(set(entry) - set(ENTRY_KEYS[:-3]))
        if unknown and "unknown key" in message:
            assert repr(unknown[0]) in message


@given(json_values)
def test_table_loader_any_document_gives_a_table_error_or_a_table(doc):
    message = _load(json.dumps(doc))
    assert message is None or "fuzz_table.yaml" in message


@given(st.text(max_size=200))
def test_table_loader_any_text_gives_a_table_error_or_a_table(text):
    _load(text)


# -- encoders ----------------------------------------------------------------------------------------

leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=10),
                   st.binary(max_size=10))
nested = st.recursive(leaves, lambda c: st.one_of(st.lists(c, max_size=3), st.dictionaries(st.text(min_size=1, max_size=6), c, max_size=3)),
                      max_leaves=10)
params = st.dictionaries(st.text(min_size=1, max_size=8), nested, max_size=5)


def _official_query(p):
    from openai._qs import Querystring

    return Querystring(array_format="brackets", nested_format="brackets").stringify_items(p)


@given(params)
def test_query_encoder_gives_pairs_httpx_sends(p):
    pairs = encode_query(p)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in pairs)
    request = httpx.Request("GET", "http://127.0.0.1/v1/x", params=pairs)
    assert len(httpx.QueryParams(request.url.query).multi_items()) == len(pairs)


@given(st.dictionaries(st.text(min_size=1, max_size=8), st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(min_size=1, max_size=10)),
    lambda c: st.one_of(st.lists(c, max_size=3), st.dictionaries(st.text(min_size=1, max_size=6), c, max_size=3)),
    max_leaves=10), max_size=5))
def test_query_encoder_matches_the_official_sdk(p):
    assert encode_query(p) == _official_query(p)


files = st.one_of(st.binary(max_size=50), st.tuples(st.text(min_size=1, max_size=10), st.binary(max_size=50)),
                  st.tuples(st.text(min_size=1, max_size=10), st.binary(max_size=50), st.sampled_from(["text/plain", "application/jsonl"])))


@given(params, st.one_of(files, st.lists(files, min_size=1, max_size=3)))
def test_multipart_encoder_gives_a_form_httpx_sends(p, file):
    body = {**p, "file": file}
    data, fileparts = encode_multipart(body, frozenset({"file"}))
    request = httpx.Request("POST", "http://127.0.0.1/v1/files", data=data, files=fileparts)
    content = request.read()
    for _, part in fileparts:
        assert part[1] in content


@given(params)
def test_json_encoder_round_trips_json_data(p):
    p = {k: v for k, v in p.items() if not isinstance(v, bytes)}
    try:
        encoded = encode_json(p)
    except TypeError as e:  # bytes nested somewhere: not JSON, said so
        assert "bytes" in str(e)
        return
    assert isinstance(json.loads(encoded), dict)


# -- model structuring --------------------------------------------------------------------------------

def _models():
    from openai_table.types import Batch, FileObject, Model
    from openai_table.types.chat import ChatCompletion, ChatCompletionChunk
    from openai_table.types import CreateEmbeddingResponse, ModerationCreateResponse

    return [ChatCompletion, ChatCompletionChunk, FileObject, Batch, Model, CreateEmbeddingResponse, ModerationCreateResponse]


MODELS = _models()


@st.composite
def model_payloads(draw):
    cls = draw(st.sampled_from(MODELS))
    names = [f.metadata.get("api_name") or f.name for f in attrs.fields(cls)]
    keys = st.one_of(st.sampled_from(names), st.text(max_size=6))
    return cls, draw(st.dictionaries(keys, json_values, max_size=8))


@given(model_payloads())
def test_any_json_for_a_models_fields_gives_an_object_that_keeps_it(payload):
    cls, data = payload
    obj = hook_for(cls)(data, cls)
    assert isinstance(obj, cls)
    assert obj.to_dict() == data  # what the server sent, even where it broke the schema
    repr(obj)
