"""AzureOpenAI / AsyncAzureOpenAI: options, auth, routing, side by side with the official SDK.

Every request is caught by an httpx.MockTransport; where the official client is run too, both
send the same call and the URL (path and `api-version`) and credential headers are compared.
"""

import asyncio
import json
import re

import httpx
import pytest

import openai_table
from openai_table import AsyncAzureOpenAI, AzureOpenAI, OpenAIError
from openai_table._table import builtin_table

openai = pytest.importorskip("openai")

ENDPOINT = "https://example-resource.openai.azure.com/"
KEY = "azkey-0123456789-secret"
TOKEN = "adtoken-0123456789-secret"
VERSION = "2024-10-21"

_ENV = ("AZURE_OPENAI_API_KEY", "AZURE_OPENAI_AD_TOKEN", "OPENAI_API_VERSION", "AZURE_OPENAI_ENDPOINT", "OPENAI_API_KEY",
        "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)


def _answer(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path.endswith("/embeddings"):
        data = {"object": "list", "data": [{"object": "embedding", "index": 0, "embedding": [0.5]}], "model": "m",
                "usage": {"prompt_tokens": 1, "total_tokens": 1}}
    elif path.endswith("/audio/speech"):
        return httpx.Response(200, content=b"ID3", headers={"content-type": "audio/mpeg"})
    elif request.method == "GET":
        data = {"object": "list", "data": [], "has_more": False}
    else:
        data = {"id": "x", "object": "chat.completion", "created": 1, "model": "m", "choices": []}
    return httpx.Response(200, json=data, headers={"x-request-id": "req_az"})


class Wire:
    def __init__(self):
        self.sent = []

    def handler(self, request):
        request.read()
        self.sent.append(request)
        return _answer(request)

    def sync(self):
        return httpx.Client(transport=httpx.MockTransport(self.handler))

    def async_(self):
        return httpx.AsyncClient(transport=httpx.MockTransport(self.handler))


# (name, call) pairs run on both SDKs; the official SDK's `images.create_variation` and friends are
# called with the same arguments.
CALLS = [
    ("chat.completions.create", lambda c: c.chat.completions.create(model="gpt-4o-dep", messages=[{"role": "user", "content": "hi"}])),
    ("completions.create", lambda c: c.completions.create(model="instruct-dep", prompt="hi")),
    ("embeddings.create", lambda c: c.embeddings.create(model="embed-dep", input="hi", encoding_format="float")),
    ("audio.transcriptions.create", lambda c: c.audio.transcriptions.create(model="whisper-dep", file=("a.wav", b"RIFF", "audio/wav"))),
    ("audio.translations.create", lambda c: c.audio.translations.create(model="whisper-dep", file=("a.wav", b"RIFF", "audio/wav"))),
    ("audio.speech.create", lambda c: c.audio.speech.create(model="tts-dep", input="hi", voice="alloy")),
    ("images.generate", lambda c: c.images.generate(model="dalle-dep", prompt="a cat")),
    ("images.edit", lambda c: c.images.edit(model="dalle-dep", prompt="a cat", image=("a.png", b"PNG", "image/png"))),
    ("images.create_variation", lambda c: c.images.create_variation(model="dalle-dep", image=("a.png", b"PNG", "image/png"))),
    ("files.list", lambda c: c.files.list()),
    ("models.list", lambda c: c.models.list()),
    ("batches.list", lambda c: c.batches.list()),
    ("chat.completions.list", lambda c: c.chat.completions.list()),
]

PLACES = {
    "endpoint": dict(azure_endpoint=ENDPOINT),
    "endpoint+deployment": dict(azure_endpoint=ENDPOINT, azure_deployment="fixed-dep"),
    "base_url": dict(base_url="https://proxy.example.com/openai"),
}
AUTH = {
    "api_key": dict(api_key=KEY),
    "azure_ad_token": dict(azure_ad_token=TOKEN),
    "azure_ad_token_provider": dict(azure_ad_token_provider=lambda: TOKEN),
}


def _auth(request):
    return {k: v for k, v in request.headers.items() if k in ("api-key", "authorization")}


def _run_sync(cls, wire, kwargs, call):
    client = cls(api_version=VERSION, http_client=wire.sync(), max_retries=0, **kwargs)
    call(client)
    return wire.sent[-1]


def _run_async(cls, wire, kwargs, call):
    async def main():
        client = cls(api_version=VERSION, http_client=wire.async_(), max_retries=0, **kwargs)
        result = call(client)
        return await result if hasattr(result, "__await__") else result
    asyncio.run(main())
    return wire.sent[-1]


# Where the official SDK differs on purpose, and why (see notes/readme-client.md):
#  - with a key, it also sends the key as `Authorization: Bearer <key>`; we send it once, as `api-key`.
#  - with `azure_deployment`, it sends `chat.completions.list` (GET /chat/completions) to the
#    deployment's URL, because its list is of paths; ours is of entries, and only
#    `chat.completions.create` has `azure: deployment`. Stored completions are not per deployment.
def _expected_difference(name, place):
    return name == "chat.completions.list" and place == "endpoint+deployment"


@pytest.mark.parametrize("auth", AUTH)
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name,call", CALLS, ids=[n for n, _ in CALLS])
def test_same_url_version_and_credentials_as_the_official_client(name, call, mode, place, auth):
    ours, theirs = Wire(), Wire()
    kwargs = {**PLACES[place], **AUTH[auth]}
    run = _run_sync if mode == "sync" else _run_async
    mine = run(AzureOpenAI if mode == "sync" else AsyncAzureOpenAI, ours, kwargs, call)
    official = run(openai.AzureOpenAI if mode == "sync" else openai.AsyncAzureOpenAI, theirs, kwargs, call)
    assert mine.method == official.method
    assert mine.url.params["api-version"] == official.url.params["api-version"] == VERSION
    if _expected_difference(name, place):
        assert official.url.path == "/openai/deployments/fixed-dep/chat/completions"
        assert mine.url.path == "/openai/chat/completions"
    else:
        assert str(mine.url) == str(official.url)
    if auth == "api_key":
        assert _auth(mine) == {"api-key": KEY}
        assert _auth(official) == {"api-key": KEY, "authorization": f"Bearer {KEY}"}
    else:
        assert _auth(mine) == _auth(official) == {"authorization": f"Bearer {TOKEN}"}


def test_deployment_routing_is_a_table_fact_matching_the_official_list():
    from openai.lib.azure import _deployments_endpoints

    table = builtin_table()
    facts = {(r, n): ep for r, m in table.resources.items() for n, ep in m.items() if ep.azure}
    assert {ep.azure for ep in facts.values()} == {"deployment"}
    assert {ep.path for ep in facts.values()} == set(_deployments_endpoints)
    assert sorted(f"{r}.{n}" for r, n in facts) == [
        "audio.speech.create", "audio.transcriptions.create", "audio.translations.create",
        "beta.chat.completions.create",  # the same entry as chat.completions.create (a YAML alias)
        "chat.completions.create",
        "completions.create", "embeddings.create", "images.edit", "images.generate"]
    assert all(ep.http_method == "POST" for ep in facts.values())


def test_options_from_the_environment(monkeypatch):
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_API_VERSION", "2025-01-01")
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://env-resource.openai.azure.com")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-not-for-azure")
    wire = Wire()
    client = AzureOpenAI(http_client=wire.sync())
    client.chat.completions.create(model="dep", messages=[])
    (request,) = wire.sent
    assert str(request.url) == "https://env-resource.openai.azure.com/openai/deployments/dep/chat/completions?api-version=2025-01-01"
    assert _auth(request) == {"api-key": KEY}
    assert client.default_query == {"api-version": "2025-01-01"}


def test_ad_token_from_the_environment(monkeypatch):
    monkeypatch.setenv("AZURE_OPENAI_AD_TOKEN", TOKEN)
    wire = Wire()
    AzureOpenAI(azure_endpoint=ENDPOINT, api_version=VERSION, http_client=wire.sync()).files.list()
    assert _auth(wire.sent[0]) == {"authorization": f"Bearer {TOKEN}"}


@pytest.mark.parametrize("cls,official", [(AzureOpenAI, "AzureOpenAI"), (AsyncAzureOpenAI, "AsyncAzureOpenAI")])
def test_missing_or_conflicting_options_fail_as_officially(cls, official):
    off = getattr(openai, official)
    cases = [
        (dict(azure_endpoint=ENDPOINT, api_version=VERSION), OpenAIError, "AZURE_OPENAI_API_KEY"),
        (dict(azure_endpoint=ENDPOINT, api_key=KEY), ValueError, "OPENAI_API_VERSION"),
        (dict(api_key=KEY, api_version=VERSION), ValueError, "AZURE_OPENAI_ENDPOINT"),
        (dict(api_key=KEY, api_version=VERSION, azure_endpoint=ENDPOINT, base_url="https://x/openai"), ValueError, "mutually exclusive"),
    ]
    for kwargs, error, words in cases:
        with pytest.raises(error, match=words):
            cls(**kwargs)
        with pytest.raises(Exception) as theirs:
            off(**kwargs)
        assert type(theirs.value).__name__ == error.__name__


def test_the_token_provider_is_called_for_each_request_and_checked():
    calls = []

    def provider():
        calls.append(1)
        return f"{TOKEN}-{len(calls)}"

    wire = Wire()
    client = AzureOpenAI(azure_endpoint=ENDPOINT, api_version=VERSION, azure_ad_token_provider=provider, http_client=wire.sync())
    client.files.list()
    client.models.list()
    assert [r.headers["authorization"] for r in wire.sent] == [f"Bearer {TOKEN}-1", f"Bearer {TOKEN}-2"]
    assert "api-key" not in wire.sent[0].headers

    class Credential:  # e.g. an azure-identity AccessToken returned by mistake: it holds the secret
        token = TOKEN

        def __repr__(self):
            return f"AccessToken({self.token})"

    bad = AzureOpenAI(azure_endpoint=ENDPOINT, api_version=VERSION, azure_ad_token_provider=Credential, http_client=wire.sync())
    with pytest.raises(ValueError, match="azure_ad_token_provider") as e:
        bad.files.list()
    assert TOKEN not in str(e.value)


def test_async_client_takes_a_coroutine_token_provider():
    wire = Wire()

    async def provider():
        await asyncio.sleep(0)
        return TOKEN

    async def main():
        client = AsyncAzureOpenAI(azure_endpoint=ENDPOINT, api_version=VERSION, azure_ad_token_provider=provider,
                                  http_client=wire.async_())
        await client.embeddings.create(model="embed-dep", input="x", encoding_format="float")
        await client.embeddings.create(model="embed-dep", input="y", encoding_format="float")

    asyncio.run(main())
    assert [r.headers["authorization"] for r in wire.sent] == [f"Bearer {TOKEN}"] * 2
    assert wire.sent[0].url.path == "/openai/deployments/embed-dep/embeddings"


def test_a_callable_api_key_is_sent_as_api_key_each_request():
    keys = iter(["k1", "k2"])
    wire = Wire()
    client = AzureOpenAI(azure_endpoint=ENDPOINT, api_version=VERSION, api_key=lambda: next(keys), http_client=wire.sync())
    client.files.list()
    client.files.list()
    # (the official SDK sends an empty `api-key` here: it never calls the function on Azure)
    assert [r.headers["api-key"] for r in wire.sent] == ["k1", "k2"]


def test_with_options_and_copy_keep_the_azure_options():
    wire = Wire()
    client = AzureOpenAI(azure_endpoint=ENDPOINT, azure_deployment="fixed-dep", api_version=VERSION, api_key=KEY,
                         default_query={"tenant": "t1"}, http_client=wire.sync())
    copy = client.with_options(max_retries=5, timeout=3.0)
    assert isinstance(copy, AzureOpenAI) and copy.max_retries == 5
    copy.files.list()
    copy.chat.completions.create(model="ignored", messages=[])
    assert [str(r.url) for r in wire.sent] == [
        f"https://example-resource.openai.azure.com/openai/files?tenant=t1&api-version={VERSION}",
        f"https://example-resource.openai.azure.com/openai/deployments/fixed-dep/chat/completions?tenant=t1&api-version={VERSION}",
    ]
    assert all(_auth(r) == {"api-key": KEY} for r in wire.sent)
    newer = client.copy(api_version="2025-04-01-preview", azure_ad_token=TOKEN)
    newer.files.list()
    assert wire.sent[-1].url.params["api-version"] == "2025-04-01-preview"
    assert _auth(wire.sent[-1]) == {"authorization": f"Bearer {TOKEN}"}
    moved = client.copy(base_url="https://proxy.example.com/openai")
    moved.embeddings.create(model="embed-dep", input="x", encoding_format="float")
    assert str(wire.sent[-1].url) == f"https://proxy.example.com/openai/deployments/embed-dep/embeddings?tenant=t1&api-version={VERSION}"


def test_custom_requests_route_like_the_table_entry_of_their_path():
    wire = Wire()
    client = AzureOpenAI(azure_endpoint=ENDPOINT, api_version=VERSION, api_key=KEY, http_client=wire.sync())
    client.post("/chat/completions", body={"model": "dep", "messages": []}, cast_to=httpx.Response)
    client.get("/deployments", cast_to=object)
    assert [r.url.path for r in wire.sent] == ["/openai/deployments/dep/chat/completions", "/openai/deployments"]


def test_the_key_and_token_are_in_no_repr_default_headers_or_error():
    def fail(request):
        return httpx.Response(401, json={"error": {"message": "bad key", "type": "invalid_request_error"}})

    for auth in (dict(api_key=KEY), dict(azure_ad_token=TOKEN), dict(azure_ad_token_provider=lambda: TOKEN)):
        client = AzureOpenAI(azure_endpoint=ENDPOINT, api_version=VERSION, max_retries=0,
                             http_client=httpx.Client(transport=httpx.MockTransport(fail)), **auth)
        with pytest.raises(openai_table.AuthenticationError) as e:
            client.chat.completions.create(model="dep", messages=[])
        said = " ".join([repr(client), str(client), repr(client.default_headers), repr(e.value), str(e.value),
                         repr(e.value.request), repr(e.value.response), json.dumps(client.default_query)])
        assert KEY not in said and TOKEN not in said
        assert re.search(r"api_version='2024-10-21'", repr(client))


def test_async_twins_on_the_sync_azure_client_route_the_same():
    wire = Wire()
    client = AzureOpenAI(azure_endpoint=ENDPOINT, api_version=VERSION, api_key=KEY, http_client=wire.sync())

    async def main():
        await client.chat.completions.acreate(model="dep", messages=[])

    asyncio.run(main())
    (request,) = wire.sent
    assert str(request.url) == f"https://example-resource.openai.azure.com/openai/deployments/dep/chat/completions?api-version={VERSION}"
    assert _auth(request) == {"api-key": KEY}
