"""The client around the table: headers, auth, params, errors, retries, timeouts, response modes."""

import asyncio
import base64
import email.utils
import struct
import time

import httpx
import pytest

import openai_table._client as client_module
from openai_table import (
    NOT_GIVEN, APIConnectionError, APIStatusError, APITimeoutError, AsyncOpenAI, AuthenticationError,
    BadRequestError, ConflictError, InternalServerError, NotFoundError, OpenAI, OpenAIError,
    PermissionDeniedError, RateLimitError, UnprocessableEntityError, omit,
)
from openai_table._response import APIResponse, AsyncAPIResponse, BinaryResponseContent, LegacyAPIResponse
from openai_table.models.embeddings import CreateEmbeddingResponse
from openai_table.models.files import FileObject

from _mock import API_KEY, FILE, Chunks, Mock, clean_env, ok  # noqa: F401  (clean_env: autouse)

FILE_OBJ = FileObject(**FILE)
CHAT = {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-4o", "choices": []}


def url(request: httpx.Request) -> str:
    return str(request.url)


# -- headers ------------------------------------------------------------------------------------


def test_default_headers_sent():
    mock = Mock(ok(FILE))
    mock.client().files.retrieve("file-abc123")
    h = mock.request.headers
    assert mock.request.method == "GET"
    assert url(mock.request) == "https://api.openai.com/v1/files/file-abc123"
    assert h["authorization"] == f"Bearer {API_KEY}"
    assert h["accept"] == "application/json"
    assert h["user-agent"].startswith("openai_table/")
    assert "openai-organization" not in h and "openai-project" not in h
    assert "content-type" not in h  # a GET has no body


def test_organization_and_project_from_args():
    mock = Mock(ok(FILE))
    mock.client(organization="org-1", project="proj-1").files.retrieve("f")
    assert mock.request.headers["openai-organization"] == "org-1"
    assert mock.request.headers["openai-project"] == "proj-1"


def test_organization_and_project_from_env(monkeypatch):
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-env")
    mock = Mock(ok(FILE))
    client = mock.client()
    client.files.retrieve("f")
    assert (client.organization, client.project) == ("org-env", "proj-env")
    assert mock.request.headers["openai-organization"] == "org-env"
    assert mock.request.headers["openai-project"] == "proj-env"


def test_default_headers_extra_headers_and_omit():
    mock = Mock(ok(FILE))
    client = mock.client(default_headers={"X-Team": "a", "X-Drop": "d"}, organization="org-1")
    client.files.retrieve("f")
    assert mock.requests[0].headers["x-team"] == "a"
    assert mock.requests[0].headers["x-drop"] == "d"
    client.files.retrieve("f", extra_headers={"X-Team": "b", "X-New": "n", "X-Drop": omit,
                                              "OpenAI-Organization": omit})
    h = mock.requests[1].headers
    assert h["x-team"] == "b" and h["x-new"] == "n"
    assert "x-drop" not in h and "openai-organization" not in h
    assert h["authorization"] == f"Bearer {API_KEY}"


def test_json_body_has_content_type():
    mock = Mock(ok(CHAT))
    mock.client().chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    assert mock.request.method == "POST"
    assert url(mock.request) == "https://api.openai.com/v1/chat/completions"
    assert mock.request.headers["content-type"] == "application/json"
    assert mock.json() == {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}


def test_files_content_sends_accept_binary():
    mock = Mock(httpx.Response(200, content=b"\x00\x01raw"))
    content = mock.client().files.content("file-1")
    assert url(mock.request) == "https://api.openai.com/v1/files/file-1/content"
    assert mock.request.headers["accept"] == "application/binary"
    assert isinstance(content, BinaryResponseContent)
    assert content.content == b"\x00\x01raw"


def test_files_content_accept_overridable():
    mock = Mock(httpx.Response(200, content=b"x"))
    mock.client().files.content("file-1", extra_headers={"Accept": "text/plain"})
    assert mock.request.headers["accept"] == "text/plain"


# -- environment and api keys -------------------------------------------------------------------


def test_api_key_and_base_url_from_env(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:8000/v1/")
    mock = Mock(ok(FILE))
    client = OpenAI(http_client=httpx.Client(transport=httpx.MockTransport(mock)))
    client.files.retrieve("f")
    assert client.api_key == "sk-from-env"
    assert url(mock.request) == "http://localhost:8000/v1/files/f"
    assert mock.request.headers["authorization"] == "Bearer sk-from-env"


def test_explicit_args_beat_env(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://env.invalid/v1")
    mock = Mock(ok(FILE))
    mock.client(api_key="sk-arg", base_url="http://arg.invalid/api").files.retrieve("f")
    assert url(mock.request) == "http://arg.invalid/api/files/f"
    assert mock.request.headers["authorization"] == "Bearer sk-arg"


def test_no_api_key_raises(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(OpenAIError, match="OPENAI_API_KEY"):
        OpenAI()
    with pytest.raises(OpenAIError, match="OPENAI_API_KEY"):
        AsyncOpenAI()


def test_api_key_callable_called_per_request():
    keys = iter(["sk-one", "sk-two"])
    calls = []

    def provider():
        calls.append(1)
        return next(keys)

    mock = Mock(ok(FILE))
    client = mock.client(api_key=provider)
    client.files.retrieve("f")
    client.files.retrieve("f")
    assert len(calls) == 2
    assert [r.headers["authorization"] for r in mock.requests] == ["Bearer sk-one", "Bearer sk-two"]


def test_api_key_callable_refreshed_on_retry():
    keys = iter(["sk-one", "sk-two"])
    mock = Mock(ok({}, status=500), ok(FILE))
    client = mock.client(api_key=lambda: next(keys))
    client._sleep = lambda s: None
    client.files.retrieve("f")
    assert [r.headers["authorization"] for r in mock.requests] == ["Bearer sk-one", "Bearer sk-two"]


def test_async_api_key_async_callable():
    keys = iter(["sk-a1", "sk-a2"])

    async def provider():
        await asyncio.sleep(0)
        return next(keys)

    mock = Mock(ok(FILE))

    async def run():
        client = mock.async_client(api_key=provider)
        first = await client.files.retrieve("f")
        await client.files.retrieve("f")
        return first

    assert asyncio.run(run()) == FILE_OBJ
    assert [r.headers["authorization"] for r in mock.requests] == ["Bearer sk-a1", "Bearer sk-a2"]


# -- params: omit, None, required, path, query, extras -------------------------------------------


def test_omitted_none_not_given_and_omit():
    mock = Mock(ok(CHAT))
    mock.client().chat.completions.create(model="m", messages=[], temperature=None, n=NOT_GIVEN, seed=omit)
    assert mock.json() == {"model": "m", "messages": [], "temperature": None}


def test_missing_required_param():
    mock = Mock(ok(CHAT))
    with pytest.raises(TypeError, match="missing required argument: 'messages'"):
        mock.client().chat.completions.create(model="m")
    with pytest.raises(TypeError, match="'messages', 'model'"):
        mock.client().chat.completions.create()
    with pytest.raises(TypeError, match="completion_id"):
        mock.client().chat.completions.retrieve()
    assert mock.requests == []


def test_unknown_kwarg():
    mock = Mock(ok(CHAT))
    with pytest.raises(TypeError, match="unexpected keyword argument 'temprature'"):
        mock.client().chat.completions.create(model="m", messages=[], temprature=1)
    with pytest.raises(TypeError, match="positional"):
        mock.client().chat.completions.retrieve("a", "b")
    assert mock.requests == []


def test_empty_path_param():
    mock = Mock(ok(CHAT))
    with pytest.raises(ValueError) as e:
        mock.client().chat.completions.retrieve("")
    assert str(e.value) == "Expected a non-empty value for `completion_id` but received ''"
    assert mock.requests == []


def test_path_params_quoted_positional_and_keyword():
    mock = Mock(ok(CHAT))
    client = mock.client()
    client.chat.completions.retrieve("a b/c?d#e")
    client.chat.completions.retrieve(completion_id="chatcmpl-1")
    assert mock.requests[0].url.raw_path == b"/v1/chat/completions/a%20b%2Fc%3Fd%23e"
    assert mock.requests[0].url.query == b""
    assert mock.requests[1].url.raw_path == b"/v1/chat/completions/chatcmpl-1"


def test_query_encoding():
    mock = Mock(ok({"object": "list", "data": [], "has_more": False}))
    mock.client().chat.completions.list(metadata={"a": "b", "c": "d"}, limit=3, order="asc",
                                        extra_query={"flag": True, "off": False, "ids": ["x", "y"]})
    assert mock.request.url.path == "/v1/chat/completions"
    assert list(mock.request.url.params.multi_items()) == [
        ("metadata[a]", "b"), ("metadata[c]", "d"), ("limit", "3"), ("order", "asc"),
        ("flag", "true"), ("off", "false"), ("ids[]", "x"), ("ids[]", "y"),
    ]


def test_default_query_merged():
    mock = Mock(ok(FILE))
    mock.client(default_query={"api-version": "2024"}).files.retrieve("f", extra_query={"x": 1})
    assert list(mock.request.url.params.multi_items()) == [("api-version", "2024"), ("x", "1")]


def test_extra_body_merged_and_overrides():
    mock = Mock(ok(CHAT))
    mock.client().chat.completions.create(model="m", messages=[], extra_body={"model": "other", "top_k": 5})
    assert mock.json() == {"model": "other", "messages": [], "top_k": 5}


def _b64(floats):
    return base64.b64encode(struct.pack(f"<{len(floats)}f", *floats)).decode()


def test_embeddings_default_base64_decoded():
    floats = [1.0, -2.5, 0.125]
    mock = Mock(ok({"object": "list", "model": "e", "data": [{"object": "embedding", "index": 0, "embedding": _b64(floats)}],
                    "usage": {"prompt_tokens": 1, "total_tokens": 1}}))
    result = mock.client().embeddings.create(input="hi", model="e")
    assert mock.json() == {"input": "hi", "model": "e", "encoding_format": "base64"}
    assert isinstance(result, CreateEmbeddingResponse)
    assert result.data[0].embedding == floats


def test_embeddings_float_not_decoded():
    mock = Mock(ok({"object": "list", "model": "e", "data": [{"object": "embedding", "index": 0, "embedding": [0.5, 1.5]}]}))
    result = mock.client().embeddings.create(input=["hi"], model="e", encoding_format="float")
    assert mock.json() == {"input": ["hi"], "model": "e", "encoding_format": "float"}
    assert result.data[0].embedding == [0.5, 1.5]


def test_embeddings_explicit_base64_stays_base64():
    encoded = _b64([1.0])
    mock = Mock(ok({"data": [{"embedding": encoded, "index": 0}]}))
    result = mock.client().embeddings.create(input="hi", model="e", encoding_format="base64")
    assert result.data[0].embedding == encoded


def test_multipart_upload_resent_on_retry():
    mock = Mock(ok(ERROR, 500), ok(FILE))
    client = retrying(mock)
    assert client.files.create(file=("batch.jsonl", b'{"custom_id": 1}\n'), purpose="batch") == FILE_OBJ
    assert len(mock.requests) == 2
    for request in mock.requests:
        assert request.method == "POST" and str(request.url) == "https://api.openai.com/v1/files"
        content_type = request.headers["content-type"]
        assert content_type.startswith("multipart/form-data; boundary=")
        boundary = content_type.split("boundary=")[1].encode()
        parts = request.content.split(b"--" + boundary)
        assert parts[1] == b'\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n'
        assert parts[2] == (b'\r\nContent-Disposition: form-data; name="file"; filename="batch.jsonl"\r\n'
                            b'Content-Type: application/octet-stream\r\n\r\n{"custom_id": 1}\n\r\n')
        assert parts[3] == b"--\r\n"


def test_deprecated_method_warns():
    mock = Mock(httpx.Response(200, text="line 1\nline 2"))
    with pytest.warns(DeprecationWarning, match="use `.content\\(\\)`"):
        text = mock.client().files.retrieve_content("file-1")
    assert text == "line 1\nline 2"
    assert mock.request.headers["accept"] == "application/json"
    assert mock.request.url.path == "/v1/files/file-1/content"


def test_returned_model_has_request_id():
    mock = Mock(ok(FILE, headers={"x-request-id": "req_123"}))
    result = mock.client().files.retrieve("file-abc123")
    assert result == FILE_OBJ
    assert result._request_id == "req_123"
    assert Mock(ok(FILE)).client().files.retrieve("f")._request_id is None


# -- errors -------------------------------------------------------------------------------------

ERROR = {"error": {"message": "Bad thing", "type": "invalid_request_error", "param": "model", "code": "bad_model"}}


@pytest.mark.parametrize("status,cls", [
    (400, BadRequestError), (401, AuthenticationError), (403, PermissionDeniedError), (404, NotFoundError),
    (409, ConflictError), (422, UnprocessableEntityError), (429, RateLimitError), (500, InternalServerError),
    (503, InternalServerError), (418, APIStatusError),
])
def test_status_errors(status, cls):
    mock = Mock(ok(ERROR, status=status, headers={"x-request-id": "req_err"}))
    with pytest.raises(APIStatusError) as e:
        mock.client(max_retries=0).files.retrieve("f")
    err = e.value
    assert type(err) is cls
    assert err.status_code == status
    assert err.body == ERROR["error"]
    assert (err.code, err.param, err.type) == ("bad_model", "model", "invalid_request_error")
    # As the official SDK: the message is the status and the whole body.
    assert err.message == f"Error code: {status} - {ERROR}"
    assert str(err) == err.message
    assert err.request_id == "req_err"
    assert err.response.status_code == status
    assert err.request is mock.request
    assert len(mock.requests) == 1


def test_error_body_without_error_key():
    mock = Mock(ok({"message": "flat", "code": "c1"}, status=400))
    with pytest.raises(BadRequestError) as e:
        mock.client().files.retrieve("f")
    assert e.value.body == {"message": "flat", "code": "c1"}
    assert e.value.code == "c1" and e.value.param is None and e.value.type is None
    assert e.value.request_id is None


def test_non_json_error_body():
    mock = Mock(httpx.Response(502, text="<html>Bad gateway</html>"))
    with pytest.raises(InternalServerError) as e:
        mock.client(max_retries=0).files.retrieve("f")
    assert e.value.status_code == 502
    assert e.value.body == "<html>Bad gateway</html>"
    assert e.value.message == "<html>Bad gateway</html>"
    assert e.value.code is None and e.value.type is None


def test_empty_error_body():
    mock = Mock(httpx.Response(404))
    with pytest.raises(NotFoundError) as e:
        mock.client().files.retrieve("f")
    assert e.value.body is None
    assert e.value.message == "Error code: 404"


def test_connection_error():
    mock = Mock(httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as e:
        mock.client(max_retries=0).files.retrieve("f")
    assert type(e.value) is APIConnectionError
    assert e.value.message == "Connection error."
    assert e.value.request is mock.request
    assert isinstance(e.value.__cause__, httpx.ConnectError)


def test_timeout_error():
    mock = Mock(httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError) as e:
        mock.client(max_retries=0).files.retrieve("f")
    assert isinstance(e.value, APIConnectionError)
    assert e.value.message == "Request timed out."
    assert len(mock.requests) == 1


# -- retries ------------------------------------------------------------------------------------


def retrying(mock, **kwargs):
    client = mock.client(**kwargs)
    client.sleeps = []
    client._sleep = client.sleeps.append
    return client


@pytest.fixture
def no_jitter(monkeypatch):
    monkeypatch.setattr(client_module.random, "random", lambda: 0.0)


def test_default_two_retries_then_success(no_jitter):
    mock = Mock(ok(ERROR, 500), ok(ERROR, 503), ok(FILE))
    client = retrying(mock)
    assert client.files.retrieve("f") == FILE_OBJ
    assert len(mock.requests) == 3
    assert client.sleeps == [0.5, 1.0]
    assert all(url(r) == "https://api.openai.com/v1/files/f" for r in mock.requests)


def test_default_two_retries_then_error(no_jitter):
    mock = Mock(ok(ERROR, 500))
    client = retrying(mock)
    with pytest.raises(InternalServerError):
        client.files.retrieve("f")
    assert len(mock.requests) == 3
    assert client.sleeps == [0.5, 1.0]


def test_max_retries_zero():
    mock = Mock(ok(ERROR, 500), ok(FILE))
    client = retrying(mock, max_retries=0)
    with pytest.raises(InternalServerError):
        client.files.retrieve("f")
    assert len(mock.requests) == 1 and client.sleeps == []


def test_retry_body_sent_again():
    mock = Mock(ok(ERROR, 429), ok(CHAT))
    client = retrying(mock)
    client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    assert [r.content for r in mock.requests] == [b'{"model":"m","messages":[{"role":"user","content":"x"}]}'] * 2


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_statuses(status):
    mock = Mock(ok(ERROR, status), ok(FILE))
    client = retrying(mock)
    assert client.files.retrieve("f") == FILE_OBJ
    assert len(mock.requests) == 2 and len(client.sleeps) == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_not_retried_statuses(status):
    mock = Mock(ok(ERROR, status), ok(FILE))
    client = retrying(mock)
    with pytest.raises(APIStatusError) as e:
        client.files.retrieve("f")
    assert e.value.status_code == status
    assert len(mock.requests) == 1 and client.sleeps == []


def test_retry_after_ms():
    mock = Mock(ok(ERROR, 429, headers={"retry-after-ms": "1500", "retry-after": "9"}), ok(FILE))
    client = retrying(mock)
    client.files.retrieve("f")
    assert client.sleeps == [1.5]


def test_retry_after_seconds():
    mock = Mock(ok(ERROR, 429, headers={"retry-after": "3"}), ok(FILE))
    client = retrying(mock)
    client.files.retrieve("f")
    assert client.sleeps == [3.0]


def test_retry_after_http_date():
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    mock = Mock(ok(ERROR, 503, headers={"retry-after": when}), ok(FILE))
    client = retrying(mock)
    client.files.retrieve("f")
    (delay,) = client.sleeps
    assert 28.5 < delay <= 30


@pytest.mark.parametrize("value", ["120", "0", "-1", "soon"])
def test_retry_after_out_of_range_uses_backoff(value, no_jitter):
    mock = Mock(ok(ERROR, 429, headers={"retry-after": value}), ok(FILE))
    client = retrying(mock)
    client.files.retrieve("f")
    assert client.sleeps == [0.5]


def test_x_should_retry_false_stops():
    mock = Mock(ok(ERROR, 429, headers={"x-should-retry": "false"}), ok(FILE))
    client = retrying(mock)
    with pytest.raises(RateLimitError):
        client.files.retrieve("f")
    assert len(mock.requests) == 1 and client.sleeps == []


def test_x_should_retry_true_forces_on_400():
    mock = Mock(ok(ERROR, 400, headers={"x-should-retry": "true"}), ok(FILE))
    client = retrying(mock)
    assert client.files.retrieve("f") == FILE_OBJ
    assert len(mock.requests) == 2 and len(client.sleeps) == 1


def test_backoff_exponential_and_capped(no_jitter):
    mock = Mock(ok(ERROR, 500))
    client = retrying(mock, max_retries=7)
    with pytest.raises(InternalServerError):
        client.files.retrieve("f")
    assert len(mock.requests) == 8
    assert client.sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_backoff_jitter_within_a_quarter():
    mock = Mock(ok(ERROR, 500))
    client = retrying(mock, max_retries=5)
    with pytest.raises(InternalServerError):
        client.files.retrieve("f")
    for delay, base in zip(client.sleeps, [0.5, 1.0, 2.0, 4.0, 8.0]):
        assert base * 0.75 <= delay <= base


def test_connection_errors_retried(no_jitter):
    mock = Mock(httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), ok(FILE))
    client = retrying(mock)
    assert client.files.retrieve("f") == FILE_OBJ
    assert len(mock.requests) == 3
    assert client.sleeps == [0.5, 1.0]


def test_timeouts_retried_then_raised():
    mock = Mock(httpx.ReadTimeout("slow"))
    client = retrying(mock, max_retries=1)
    with pytest.raises(APITimeoutError):
        client.files.retrieve("f")
    assert len(mock.requests) == 2 and len(client.sleeps) == 1


def test_with_options_max_retries(no_jitter):
    mock = Mock(ok(ERROR, 500))
    client = retrying(mock, max_retries=0)
    other = client.with_options(max_retries=1)
    other._sleep = client.sleeps.append
    with pytest.raises(InternalServerError):
        other.files.retrieve("f")
    assert len(mock.requests) == 2 and client.sleeps == [0.5]
    assert client.max_retries == 0


def test_async_retries(no_jitter):
    mock = Mock(ok(ERROR, 500), httpx.ConnectError("refused"), ok(FILE))
    sleeps = []

    async def fake_sleep(delay):
        sleeps.append(delay)

    async def run():
        client = mock.async_client()
        client._sleep = fake_sleep
        return await client.files.retrieve("f")

    assert asyncio.run(run()) == FILE_OBJ
    assert len(mock.requests) == 3
    assert sleeps == [0.5, 1.0]


def test_async_retries_exhausted():
    mock = Mock(ok(ERROR, 429, headers={"retry-after": "2"}))
    sleeps = []

    async def fake_sleep(delay):
        sleeps.append(delay)

    async def run():
        client = mock.async_client(max_retries=3)
        client._sleep = fake_sleep
        await client.files.retrieve("f")

    with pytest.raises(RateLimitError):
        asyncio.run(run())
    assert len(mock.requests) == 4 and sleeps == [2.0, 2.0, 2.0]


# -- timeouts -----------------------------------------------------------------------------------


def test_default_timeout():
    mock = Mock(ok(FILE))
    client = mock.client()
    client.files.retrieve("f")
    assert client.timeout == httpx.Timeout(600, connect=5)
    assert mock.request.extensions["timeout"] == {"connect": 5.0, "read": 600.0, "write": 600.0, "pool": 600.0}


def test_client_timeout():
    mock = Mock(ok(FILE))
    mock.client(timeout=20).files.retrieve("f")
    assert mock.request.extensions["timeout"] == {"connect": 20, "read": 20, "write": 20, "pool": 20}


def test_request_timeout_overrides_client():
    mock = Mock(ok(FILE))
    client = mock.client(timeout=20)
    client.files.retrieve("f", timeout=httpx.Timeout(3.0, read=9.0))
    client.files.retrieve("f", timeout=7.5)
    client.files.retrieve("f", timeout=None)
    assert [r.extensions["timeout"] for r in mock.requests] == [
        {"connect": 3.0, "read": 9.0, "write": 3.0, "pool": 3.0},
        {"connect": 7.5, "read": 7.5, "write": 7.5, "pool": 7.5},
        {"connect": None, "read": None, "write": None, "pool": None},
    ]


def test_async_timeout():
    mock = Mock(ok(FILE))

    async def run():
        client = mock.async_client()
        await client.files.retrieve("f")
        await client.files.retrieve("f", timeout=2)

    asyncio.run(run())
    assert mock.requests[0].extensions["timeout"] == {"connect": 5.0, "read": 600.0, "write": 600.0, "pool": 600.0}
    assert mock.requests[1].extensions["timeout"] == {"connect": 2, "read": 2, "write": 2, "pool": 2}


# -- copies, lifecycle, secrets -----------------------------------------------------------------


def test_with_options_leaves_original():
    mock = Mock(ok(FILE))
    client = mock.client(default_headers={"X-A": "1"}, organization="org-1")
    other = client.with_options(timeout=10, max_retries=5, default_headers={"X-B": "2"},
                                base_url="http://other.invalid/v2", api_key="sk-other")
    assert other is not client
    assert other._client is client._client
    assert (other.max_retries, other.timeout, other.organization) == (5, 10, "org-1")
    assert (client.max_retries, client.timeout) == (2, httpx.Timeout(600, connect=5))
    client.files.retrieve("f")
    other.files.retrieve("f")
    a, b = mock.requests
    assert url(a) == "https://api.openai.com/v1/files/f" and url(b) == "http://other.invalid/v2/files/f"
    assert a.headers["authorization"] == f"Bearer {API_KEY}" and b.headers["authorization"] == "Bearer sk-other"
    assert a.headers["x-a"] == "1" and "x-b" not in a.headers
    assert b.headers["x-a"] == "1" and b.headers["x-b"] == "2"
    assert a.extensions["timeout"]["read"] == 600.0 and b.extensions["timeout"]["read"] == 10


def test_copy_set_default_headers_replaces():
    mock = Mock(ok(FILE))
    client = mock.client(default_headers={"X-A": "1"})
    other = client.copy(set_default_headers={"X-C": "3"})
    other.files.retrieve("f")
    assert "x-a" not in mock.request.headers and mock.request.headers["x-c"] == "3"
    with pytest.raises(ValueError):
        client.copy(default_headers={}, set_default_headers={})


def test_context_manager_and_close():
    mock = Mock(ok(FILE))
    with mock.client() as client:
        assert not client.is_closed()
        client.files.retrieve("f")
    assert client.is_closed()
    other = mock.client()
    other.close()
    assert other.is_closed()


def test_async_context_manager_and_close():
    mock = Mock(ok(FILE))

    async def run():
        async with mock.async_client() as client:
            assert not client.is_closed()
            await client.files.retrieve("f")
        return client

    assert asyncio.run(run()).is_closed()
    assert len(mock.requests) == 1


def test_api_key_never_in_repr_or_errors():
    mock = Mock(ok(ERROR, 401), httpx.ConnectError("refused"))
    client = mock.client(max_retries=0)
    assert API_KEY not in repr(client) and API_KEY not in str(client)
    assert repr(client) == "<OpenAI base_url='https://api.openai.com/v1'>"
    with pytest.raises(AuthenticationError) as e1:
        client.files.retrieve("f")
    with pytest.raises(APIConnectionError) as e2:
        client.files.retrieve("f")
    for exc in (e1.value, e2.value):
        assert API_KEY not in str(exc) and API_KEY not in repr(exc)


# -- raw and streaming responses ----------------------------------------------------------------

HEADERS = {"x-request-id": "req_raw", "x-ratelimit-remaining-requests": "99"}


@pytest.mark.parametrize("path", ["resource", "client"])
def test_with_raw_response(path):
    mock = Mock(ok(FILE, headers=HEADERS))
    client = mock.client()
    raw_files = client.files.with_raw_response if path == "resource" else client.with_raw_response.files
    r = raw_files.retrieve("file-abc123")
    assert isinstance(r, LegacyAPIResponse)
    assert r.status_code == 200
    assert r.headers["x-ratelimit-remaining-requests"] == "99"
    assert r.request_id == "req_raw"
    assert r.http_request is mock.request
    assert isinstance(r.http_response, httpx.Response)
    assert r.http_response.json() == FILE
    parsed = r.parse()
    assert parsed == FILE_OBJ and isinstance(parsed, FileObject)
    assert parsed._request_id == "req_raw"
    assert r.parse() is parsed
    assert len(mock.requests) == 1


def test_with_raw_response_on_error_raises():
    mock = Mock(ok(ERROR, 404))
    with pytest.raises(NotFoundError):
        mock.client().files.with_raw_response.retrieve("f")


def test_raw_response_page_and_binary():
    mock = Mock(ok({"object": "list", "data": [FILE], "has_more": False}), httpx.Response(200, content=b"abc"))
    client = mock.client()
    page = client.files.with_raw_response.list().parse()
    assert [f.id for f in page] == ["file-abc123"]
    content = client.files.with_raw_response.content("f")
    assert content.content == b"abc" and content.parse().content == b"abc"


def _body_stream(data=FILE):
    import json

    raw = json.dumps(data, indent=1).encode()
    return Chunks([raw[:10], raw[10:]])


def test_with_streaming_response_parse():
    body = _body_stream()
    mock = Mock(httpx.Response(200, headers=HEADERS, stream=body))
    client = mock.client()
    with client.files.with_streaming_response.retrieve("file-abc123") as r:
        assert isinstance(r, APIResponse)
        assert body.read_count == 0  # not read until asked
        assert r.status_code == 200 and r.headers["x-request-id"] == "req_raw"
        assert r.http_request is mock.request
        assert not r.is_closed
        assert r.parse() == FILE_OBJ
    assert r.is_closed
    assert body.closed
    assert url(mock.request) == "https://api.openai.com/v1/files/file-abc123"


def test_with_streaming_response_read_and_iterators():
    import json

    mock = Mock(handler=lambda req: httpx.Response(200, headers=HEADERS, stream=_body_stream()))
    client = mock.client()
    expected = json.dumps(FILE, indent=1)
    with client.files.with_streaming_response.retrieve("f") as r:
        assert r.read() == expected.encode()
        assert r.json() == FILE
    with client.with_streaming_response.files.retrieve("f") as r:
        assert b"".join(r.iter_bytes()) == expected.encode()
    with client.files.with_streaming_response.retrieve("f") as r:
        assert list(r.iter_lines()) == expected.split("\n")
    with client.files.with_streaming_response.retrieve("f") as r:
        assert "".join(r.iter_text()) == expected
    assert r.is_closed
    assert len(mock.requests) == 4


def test_with_streaming_response_closes_on_exception():
    body = _body_stream()
    mock = Mock(httpx.Response(200, stream=body))
    with pytest.raises(KeyError):
        with mock.client().files.with_streaming_response.retrieve("f") as r:
            raise KeyError("x")
    assert r.is_closed and body.closed


def test_async_raw_and_streaming_responses():
    import json

    mock = Mock(handler=lambda req: httpx.Response(200, headers=HEADERS, stream=_body_stream()))
    expected = json.dumps(FILE, indent=1)

    async def run():
        client = mock.async_client()
        raw = await client.files.with_raw_response.retrieve("f")
        assert isinstance(raw, LegacyAPIResponse)
        assert raw.status_code == 200 and raw.headers["x-request-id"] == "req_raw"
        assert raw.parse() == FILE_OBJ
        raw2 = await client.with_raw_response.files.retrieve("f")
        assert raw2.parse() == FILE_OBJ
        async with client.files.with_streaming_response.retrieve("f") as r:
            assert isinstance(r, AsyncAPIResponse)
            assert not r.is_closed
            assert await r.parse() == FILE_OBJ
        assert r.is_closed
        async with client.with_streaming_response.files.retrieve("f") as r:
            assert await r.read() == expected.encode()
        async with client.files.with_streaming_response.retrieve("f") as r:
            assert [line async for line in r.iter_lines()] == expected.split("\n")
        async with client.files.with_streaming_response.retrieve("f") as r:
            assert b"".join([b async for b in r.iter_bytes()]) == expected.encode()
        async with client.files.with_streaming_response.retrieve("f") as r:
            assert "".join([t async for t in r.iter_text()]) == expected
        assert r.is_closed

    asyncio.run(run())
    assert len(mock.requests) == 7
    assert all(url(r) == "https://api.openai.com/v1/files/f" for r in mock.requests)
