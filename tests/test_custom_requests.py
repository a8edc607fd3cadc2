"""`client.get / post / patch / put / delete`: custom and undocumented requests, sync and async."""

import asyncio
import json

import httpx
import pytest

from openai_table import APIConnectionError, AsyncOpenAI, AsyncStream, OpenAI, Stream
from openai_table.types import Model
from openai_table.types.chat import ChatCompletionChunk

KEY = "sk-test-custom"
SSE = (b'data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"Hel"}}]}\n\n'
       b'data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"lo"}}]}\n\n'
       b"data: [DONE]\n\n")


class Wire:
    def __init__(self, fail_first=0):
        self.sent, self.fail_first = [], fail_first

    def __call__(self, request):
        request.read()
        self.sent.append(request)
        if len(self.sent) <= self.fail_first:
            return httpx.Response(503, json={"error": {"message": "busy"}})
        if request.url.path.endswith("/stream"):
            return httpx.Response(200, content=SSE, headers={"content-type": "text/event-stream"})
        return httpx.Response(200, json={"id": "gpt-4o", "object": "model", "owned_by": "openai", "created": 1},
                              headers={"x-request-id": "req_custom", "x-foo": "bar"})


def make(mode, wire, **kw):
    kw.setdefault("max_retries", 0)
    if mode == "sync":
        return OpenAI(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(wire)),
                      default_headers={"X-Default": "d"}, default_query={"dq": "1"}, **kw)
    return AsyncOpenAI(api_key=KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(wire)),
                       default_headers={"X-Default": "d"}, default_query={"dq": "1"}, **kw)


def run(mode, result):
    if mode == "sync":
        return result
    async def wait():
        return await result
    return asyncio.run(wait())


@pytest.fixture(params=["sync", "async"])
def mode(request):
    return request.param


def test_post_sends_the_body_with_the_client_options(mode):
    wire = Wire()
    client = make(mode, wire)
    model = run(mode, client.post("/models/custom", cast_to=Model, body={"my_param": True},
                                  options={"headers": {"X-Extra": "e"}, "params": {"q": "2"}, "idempotency_key": "idem-1"}))
    assert isinstance(model, Model) and model.id == "gpt-4o" and model._request_id == "req_custom"
    (r,) = wire.sent
    assert (r.method, str(r.url)) == ("POST", "https://api.openai.com/v1/models/custom?dq=1&q=2")
    assert json.loads(r.content) == {"my_param": True} and r.headers["content-type"] == "application/json"
    assert (r.headers["authorization"], r.headers["x-default"], r.headers["x-extra"], r.headers["idempotency-key"]) == (
        f"Bearer {KEY}", "d", "e", "idem-1")


@pytest.mark.parametrize("verb", ["get", "patch", "put", "delete"])
def test_each_verb(mode, verb):
    wire = Wire()
    client = make(mode, wire)
    kwargs = {} if verb == "get" else {"body": {"a": 1}}
    response = run(mode, getattr(client, verb)("things/1", cast_to=httpx.Response, **kwargs))
    assert isinstance(response, httpx.Response) and response.headers["x-foo"] == "bar"
    (r,) = wire.sent
    assert (r.method, r.url.path) == (verb.upper(), "/v1/things/1")
    assert (r.content == b"") if verb == "get" else (json.loads(r.content) == {"a": 1})


@pytest.mark.parametrize("cast_to,expected", [
    (object, {"id": "gpt-4o", "object": "model", "owned_by": "openai", "created": 1}),
    (dict, {"id": "gpt-4o", "object": "model", "owned_by": "openai", "created": 1}),
    (str, '{"id":"gpt-4o","object":"model","owned_by":"openai","created":1}'),
    (bytes, b'{"id":"gpt-4o","object":"model","owned_by":"openai","created":1}'),
    (type(None), None),
])
def test_cast_to(mode, cast_to, expected):
    client = make(mode, Wire())
    assert run(mode, client.get("/models/gpt-4o", cast_to=cast_to)) == expected


def test_stream(mode):
    client = make(mode, Wire())
    cls = Stream if mode == "sync" else AsyncStream
    stream = run(mode, client.post("/chat/stream", body={"stream": True}, cast_to=ChatCompletionChunk, stream=True,
                                   stream_cls=cls[ChatCompletionChunk]))
    assert isinstance(stream, cls)
    if mode == "sync":
        chunks = list(stream)
    else:
        async def collect():
            return [c async for c in stream]
        chunks = asyncio.run(collect())
    assert "".join(c.choices[0].delta.content for c in chunks) == "Hello"
    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)


def test_retries_and_per_request_max_retries(mode, monkeypatch):
    wire = Wire(fail_first=1)
    client = make(mode, wire, max_retries=2)
    monkeypatch.setattr(type(client), "_sleep", staticmethod((lambda s: None) if mode == "sync" else _no_sleep))
    assert run(mode, client.get("/models/x", cast_to=Model)).id == "gpt-4o"
    assert len(wire.sent) == 2
    wire = Wire(fail_first=1)
    client = make(mode, wire, max_retries=2)
    monkeypatch.setattr(type(client), "_sleep", staticmethod((lambda s: None) if mode == "sync" else _no_sleep))
    with pytest.raises(Exception) as e:
        run(mode, client.get("/models/x", cast_to=Model, options={"max_retries": 0}))
    assert getattr(e.value, "status_code", None) == 503 and len(wire.sent) == 1


async def _no_sleep(seconds):
    return None


def test_timeout_option_and_whole_url(mode):
    wire = Wire()
    client = make(mode, wire)
    run(mode, client.get("https://other.example.com/v2/ping", cast_to=object, options={"timeout": 3.5}))
    (r,) = wire.sent
    assert str(r.url) == "https://other.example.com/v2/ping?dq=1"
    assert r.extensions["timeout"] == {"connect": 3.5, "read": 3.5, "write": 3.5, "pool": 3.5}


def test_files_go_as_multipart(mode):
    wire = Wire()
    client = make(mode, wire)
    run(mode, client.post("/uploads/raw", cast_to=object, body={"purpose": "batch"}, files={"file": ("a.txt", b"hello", "text/plain")}))
    (r,) = wire.sent
    assert r.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="purpose"' in r.content and b'filename="a.txt"' in r.content and b"hello" in r.content


def test_unknown_option_is_a_type_error(mode):
    client = make(mode, Wire())
    with pytest.raises(TypeError, match="max_retry"):
        run(mode, client.get("/x", cast_to=object, options={"max_retry": 1}))


def test_same_request_as_the_official_client(mode):
    openai = pytest.importorskip("openai")
    ours, theirs = Wire(), Wire()
    mine = make(mode, ours)
    transport = httpx.MockTransport(theirs)
    if mode == "sync":
        official = openai.OpenAI(api_key=KEY, max_retries=0, http_client=httpx.Client(transport=transport),
                                 default_headers={"X-Default": "d"}, default_query={"dq": "1"})
    else:
        official = openai.AsyncOpenAI(api_key=KEY, max_retries=0, http_client=httpx.AsyncClient(transport=transport),
                                      default_headers={"X-Default": "d"}, default_query={"dq": "1"})
    for client in (mine, official):
        run(mode, client.post("/chat/completions", cast_to=httpx.Response, body={"model": "m", "messages": []},
                              options={"headers": {"X-Extra": "e"}, "params": {"q": "2"}}))
    a, b = ours.sent[0], theirs.sent[0]
    assert (a.method, str(a.url), json.loads(a.content)) == (b.method, str(b.url), json.loads(b.content))
    for name in ("authorization", "content-type", "x-default", "x-extra"):
        assert a.headers[name] == b.headers[name]


def test_a_failing_transport_of_any_kind_ends_in_api_connection_error(mode, monkeypatch):
    calls = []

    def broken(request):
        calls.append(request)
        raise RuntimeError("the transport broke")

    client = make(mode, broken, max_retries=1)
    monkeypatch.setattr(type(client), "_sleep", staticmethod((lambda s: None) if mode == "sync" else _no_sleep))
    with pytest.raises(APIConnectionError) as e:
        run(mode, client.get("/models", cast_to=object))
    assert len(calls) == 2 and isinstance(e.value.__cause__, RuntimeError)
