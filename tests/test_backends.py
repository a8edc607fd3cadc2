"""HTTP backends (DefaultAioHttpClient, the `aiohttp` extra) and small parity points of the client
options, side by side with the official SDK where it has the behaviour."""

import asyncio
import http.server
import importlib
import inspect
import json
import subprocess
import sys
import threading
import warnings

import httpx
import pytest

import openai_table
from openai_table import AsyncOpenAI, OpenAI

KEY = "sk-test-backends"
COMPLETION = {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-4o-mini",
              "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Hello there!"}}]}
CHUNKS = [{"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": [{"index": 0, "delta": {"content": w}}]}
          for w in ("Hel", "lo", "!")]


class _Handler(http.server.BaseHTTPRequestHandler):
    seen = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["content-length"])))
        type(self).seen.append((self.path, {k.lower(): v for k, v in self.headers.items()}, body))
        if body.get("stream"):
            payload = b"".join(b"data: " + json.dumps(c).encode() + b"\n\n" for c in CHUNKS) + b"data: [DONE]\n\n"
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
        else:
            payload = json.dumps(COMPLETION).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("x-request-id", "req_local")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    _Handler.seen = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    httpd.shutdown()
    httpd.server_close()


def test_aiohttp_backend_against_a_local_server(server):
    pytest.importorskip("httpx_aiohttp")
    from openai_table import DefaultAioHttpClient

    async def main():
        async with AsyncOpenAI(api_key=KEY, base_url=server, http_client=DefaultAioHttpClient()) as client:
            assert type(client._client).__name__ == "DefaultAioHttpClient"
            completion = await client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
            stream = await client.chat.completions.create(model="gpt-4o-mini", messages=[], stream=True)
            text = "".join([c.choices[0].delta.content async for c in stream])
            return completion, text

    completion, text = asyncio.run(main())
    assert completion.choices[0].message.content == "Hello there!" and completion._request_id == "req_local"
    assert text == "Hello!"
    (path, headers, body), _ = _Handler.seen
    assert path == "/v1/chat/completions" and headers["authorization"] == f"Bearer {KEY}"
    assert body == {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}


def test_aiohttp_client_defaults_match_the_official():
    pytest.importorskip("httpx_aiohttp")
    openai = pytest.importorskip("openai")
    from openai_table import DefaultAioHttpClient

    async def main():
        ours, theirs = DefaultAioHttpClient(), openai.DefaultAioHttpClient()
        try:
            assert ours.timeout == theirs.timeout and ours.follow_redirects == theirs.follow_redirects
        finally:
            await ours.aclose()
            await theirs.aclose()

    asyncio.run(main())


def test_without_the_extra_the_client_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)  # as if not installed
    import openai_table._aiohttp as module

    fresh = importlib.reload(module)
    try:
        with pytest.raises(RuntimeError, match=r"openai_table\[aiohttp\]"):
            fresh.DefaultAioHttpClient()
    finally:
        monkeypatch.undo()
        importlib.reload(module)


def test_import_does_not_load_aiohttp():
    code = "import sys, openai_table; print(any(m.startswith(('aiohttp', 'httpx_aiohttp')) for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


# -- small parity points --------------------------------------------------------------------------


def test_max_retries_none_is_a_type_error_as_officially():
    openai = pytest.importorskip("openai")
    for cls in (OpenAI, AsyncOpenAI, openai.OpenAI):
        with pytest.raises(TypeError, match="max_retries"):
            cls(api_key=KEY, max_retries=None)


def test_a_passed_in_http_clients_timeout_is_used_when_none_is_set():
    openai = pytest.importorskip("openai")
    for timeout in (httpx.Timeout(42.0), httpx.Timeout(5.0)):
        http = httpx.Client(timeout=timeout)
        ours, theirs = OpenAI(api_key=KEY, http_client=http), openai.OpenAI(api_key=KEY, http_client=http)
        assert ours.timeout == theirs.timeout
    assert OpenAI(api_key=KEY, http_client=httpx.Client(timeout=42.0)).timeout == httpx.Timeout(42.0)
    assert OpenAI(api_key=KEY, http_client=httpx.Client(timeout=42.0), timeout=7.0).timeout == 7.0
    assert OpenAI(api_key=KEY, http_client=httpx.Client()).timeout == openai_table.DEFAULT_TIMEOUT  # httpx's default: ours


def test_copy_takes_every_constructor_option():
    init = set(inspect.signature(OpenAI.__init__).parameters) - {"self", "_table"}
    copy = set(inspect.signature(OpenAI.copy).parameters) - {"self"}
    assert init <= copy
    azure_init = set(inspect.signature(openai_table.AzureOpenAI.__init__).parameters) - {"self", "_table"}
    assert azure_init <= set(inspect.signature(openai_table.AzureOpenAI.copy).parameters)


def test_deprecated_method_warns_before_checking_its_arguments():
    client = OpenAI(api_key=KEY, base_url="http://127.0.0.1:9")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(TypeError):
            client.beta.threads.retrieve()  # deprecated, and `thread_id` is missing
    assert [w.category for w in caught] == [DeprecationWarning]


def test_streaming_response_of_a_binary_endpoint_parses_to_bytes():
    def audio(request):
        return httpx.Response(200, content=b"ID3-audio", headers={"content-type": "audio/mpeg", "x-request-id": "req_b"})

    client = OpenAI(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(audio)))
    with client.audio.speech.with_streaming_response.create(model="tts-1", input="hi", voice="alloy") as response:
        assert response.parse() == b"ID3-audio" and response.request_id == "req_b"

    async def main():
        aclient = AsyncOpenAI(api_key=KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(audio)))
        async with aclient.files.with_streaming_response.content("file-1") as response:
            return await response.parse()

    assert asyncio.run(main()) == b"ID3-audio"


def test_request_ids_on_models_pages_and_raw_responses():
    def answer(request):
        data = {"object": "list", "data": [{"id": "m1", "object": "model"}], "has_more": False} if request.url.path.endswith("/models") \
            else {"id": "m1", "object": "model"}
        return httpx.Response(200, json=data, headers={"x-request-id": "req_42"})

    client = OpenAI(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    assert client.models.retrieve("m1")._request_id == "req_42"
    assert client.models.list()._request_id == "req_42"
    assert client.models.with_raw_response.retrieve("m1").request_id == "req_42"
