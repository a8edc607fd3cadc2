"""The module-level client: `openai_table.api_key = ...; openai_table.chat.completions.create(...)`."""

import asyncio
import json
import subprocess
import sys

import httpx
import pytest

import openai_table
from openai_table import _module_client
from openai_table._table import builtin_table

_ENV = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID", "AZURE_OPENAI_API_KEY",
        "AZURE_OPENAI_AD_TOKEN", "AZURE_OPENAI_ENDPOINT", "OPENAI_API_VERSION", "OPENAI_API_TYPE")


@pytest.fixture(autouse=True)
def settings(monkeypatch):
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)
    saved = {name: getattr(openai_table, name) for name in _module_client.SETTINGS}
    for name in ("api_type", "api_version", "azure_endpoint", "azure_ad_token"):
        setattr(openai_table, name, None)
    _module_client.reset_client()
    yield
    for name, value in saved.items():
        setattr(openai_table, name, value)
    _module_client.reset_client()


class Wire:
    def __init__(self):
        self.sent = []

    def __call__(self, request):
        request.read()
        self.sent.append(request)
        if request.url.path.endswith("/chat/completions"):
            return httpx.Response(200, json={"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "m",
                                             "choices": [{"index": 0, "finish_reason": "stop",
                                                          "message": {"role": "assistant", "content": "Hello!"}}]},
                                  headers={"x-request-id": "req_mod"})
        if request.url.path.endswith("/embeddings"):
            return httpx.Response(200, json={"object": "list", "model": "m", "data": [{"object": "embedding", "index": 0, "embedding": [1.0]}]})
        return httpx.Response(200, json={"object": "list", "data": [], "has_more": False})


@pytest.fixture
def wire():
    w = Wire()
    openai_table.http_client = httpx.Client(transport=httpx.MockTransport(w))
    return w


def test_nothing_is_built_at_import():
    code = ("import sys, gc, openai_table; from openai_table import OpenAI; "
            "assert 'openai_table._module_client' not in sys.modules, 'module client imported'; "
            "assert not [o for o in gc.get_objects() if isinstance(o, OpenAI)], 'a client was built'; "
            "assert openai_table.api_key is None and openai_table.max_retries == 2; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={"PATH": ""})
    assert out.stdout.strip() == "ok", out.stderr


def test_settings_go_into_each_request(wire):
    openai_table.api_key = "sk-module-1"
    openai_table.organization = "org-m"
    openai_table.project = "proj-m"
    openai_table.base_url = "https://gateway.example.com/v1"
    openai_table.default_headers = {"X-Team": "search"}
    openai_table.default_query = {"trace": "1"}
    openai_table.timeout = 12.0
    completion = openai_table.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}])
    assert completion.choices[0].message.content == "Hello!" and completion._request_id == "req_mod"
    (request,) = wire.sent
    assert str(request.url) == "https://gateway.example.com/v1/chat/completions?trace=1"
    assert request.headers["authorization"] == "Bearer sk-module-1"
    assert (request.headers["openai-organization"], request.headers["openai-project"], request.headers["x-team"]) == (
        "org-m", "proj-m", "search")
    assert request.extensions["timeout"]["read"] == 12.0
    assert json.loads(request.content)["model"] == "gpt-4o-mini"


def test_the_client_is_made_once_and_again_when_a_setting_changes(wire):
    openai_table.api_key = "sk-a"
    openai_table.files.list()
    first = _module_client._client
    openai_table.models.list()
    assert _module_client._client is first  # nothing changed: the same client
    openai_table.api_key = "sk-b"
    openai_table.files.list()
    assert _module_client._client is not first
    openai_table.default_headers = {"X-A": "1"}
    openai_table.files.list()
    openai_table.default_headers["X-A"] = "2"  # changed in place counts too
    openai_table.files.list()
    assert [r.headers["authorization"] for r in wire.sent] == ["Bearer sk-a", "Bearer sk-a", "Bearer sk-b", "Bearer sk-b", "Bearer sk-b"]
    assert [r.headers.get("x-a") for r in wire.sent] == [None, None, None, "1", "2"]


def test_a_rebuild_keeps_the_connection_pool_it_made():
    openai_table.api_key = "sk-a"
    openai_table.base_url = "http://127.0.0.1:9"  # never called
    pool = _module_client.load_client()._client
    openai_table.max_retries = 0
    assert _module_client.load_client()._client is pool
    assert _module_client.load_client().max_retries == 0


def test_imported_resources_follow_later_settings(wire):
    from openai_table import files

    openai_table.api_key = "sk-a"
    files.list()
    openai_table.api_key = "sk-b"
    files.list()
    assert [r.headers["authorization"] for r in wire.sent] == ["Bearer sk-a", "Bearer sk-b"]


def test_every_top_level_resource_of_the_table(wire):
    openai_table.api_key = "sk-a"
    client = _module_client.load_client()
    names = [n for n in builtin_table().children[""] if not builtin_table().is_hidden("", n)]
    assert len(names) >= 18
    for name in names:
        resource = getattr(openai_table, name)
        if name != "models":  # the subpackage of response models; its methods are tested below
            assert dir(resource) == dir(getattr(client, name)), name
        assert name in dir(openai_table)
    assert "edits" not in dir(openai_table)
    openai_table.models.list()  # `openai_table.models` is also the package of response models
    openai_table.models.with_raw_response.list()
    assert [r.url.path for r in wire.sent] == ["/v1/models", "/v1/models"]
    assert openai_table.models.BaseModel is openai_table.BaseModel


def test_raw_and_async_twins_through_the_module(wire):
    openai_table.api_key = "sk-a"
    raw = openai_table.chat.completions.with_raw_response.create(model="m", messages=[])
    assert raw.request_id == "req_mod" and raw.parse().choices[0].message.content == "Hello!"

    async def main():
        return await openai_table.chat.completions.acreate(model="m", messages=[])

    assert asyncio.run(main()).choices[0].message.content == "Hello!"
    assert len(wire.sent) == 2


def test_api_type_azure(wire):
    openai_table.api_type = "azure"
    openai_table.api_key = "az-key"
    openai_table.api_version = "2024-10-21"
    openai_table.azure_endpoint = "https://res.openai.azure.com"
    openai_table.embeddings.create(model="embed-dep", input="x", encoding_format="float")
    openai_table.files.list()
    assert isinstance(_module_client._client, openai_table.AzureOpenAI)
    assert [str(r.url) for r in wire.sent] == [
        "https://res.openai.azure.com/openai/deployments/embed-dep/embeddings?api-version=2024-10-21",
        "https://res.openai.azure.com/openai/files?api-version=2024-10-21",
    ]
    assert wire.sent[0].headers["api-key"] == "az-key" and "authorization" not in wire.sent[0].headers


def test_azure_is_guessed_from_azure_credentials(wire, monkeypatch):
    monkeypatch.setenv("OPENAI_API_VERSION", "2024-10-21")
    openai_table.api_version = None
    openai_table.azure_endpoint = "https://res.openai.azure.com"
    openai_table.azure_ad_token_provider = lambda: "ad-token"
    openai_table.files.list()
    assert wire.sent[0].headers["authorization"] == "Bearer ad-token"
    assert wire.sent[0].url.host == "res.openai.azure.com"


def test_both_kinds_of_credentials_is_an_error(wire, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    openai_table.azure_endpoint = "https://res.openai.azure.com"
    with pytest.raises(openai_table.OpenAIError, match="api_type"):
        openai_table.files.list()
    openai_table.api_type = "openai"
    openai_table.files.list()
    assert wire.sent[0].headers["authorization"] == "Bearer sk-env"


def test_the_v0_api_raises_the_removal_error():
    assert openai_table.ChatCompletion.create is openai_table.ChatCompletion  # reading it is fine
    with pytest.raises(openai_table.APIRemovedInV1) as e:
        openai_table.ChatCompletion.create(model="gpt-3.5-turbo", messages=[])
    assert isinstance(e.value, openai_table.OpenAIError)
    message = str(e.value)
    assert "openai_table.ChatCompletion" in message and "1.0.0" in message and "openai migrate" in message
    assert "client.chat.completions.create" in message
    for symbol in ("Completion", "Embedding", "File", "FineTune", "Model", "Edit", "Image", "Moderation"):
        with pytest.raises(openai_table.APIRemovedInV1):
            getattr(openai_table, symbol).create()


def test_v0_error_matches_the_official_one():
    openai = pytest.importorskip("openai")
    with pytest.raises(Exception) as theirs:
        openai.ChatCompletion.create(model="x")
    assert type(theirs.value).__name__ == "APIRemovedInV1"
    assert "openai migrate" in str(theirs.value)
    assert set(_module_client.V0_SYMBOLS) == set(openai.lib._old_api.SYMBOLS)
