"""Every endpoint of the first slice, sync and async, replayed from cassettes recorded against
the spec-validating mock: each test checks the request sent and the object returned."""

import io
import pathlib

import pytest

from openai_table.pagination import AsyncCursorPage, AsyncPage, SyncCursorPage, SyncPage
from openai_table.types import (
    Batch,
    Completion,
    CreateEmbeddingResponse,
    FileDeleted,
    FileObject,
    Model,
    ModelDeleted,
    ModerationCreateResponse,
)
from openai_table.types.chat import ChatCompletion, ChatCompletionDeleted, ChatCompletionStoreMessage

from conftest import API_KEY

MESSAGES = [{"role": "developer", "content": "Be brief."}, {"role": "user", "content": "Say hi"}]


def assert_sent(api, method, path, *, query=None, body=None):
    request = api.last
    assert request.method == method
    assert request.url.path == path
    assert dict(request.url.params) == (query or {})
    if body is None:
        assert request.content == b""
    else:
        assert api.body() == body
        assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["openai-organization"] == "org-test"
    assert request.headers["openai-project"] == "proj-test"
    assert request.headers["user-agent"].startswith("openai_table/")


def is_page(page, sync_cls, async_cls):
    return isinstance(page, (sync_cls, async_cls))


# -- models -------------------------------------------------------------------------------------


def test_models_list(api):
    page = api.call(lambda c: c.models.list())
    assert_sent(api, "GET", "/models")
    assert is_page(page, SyncPage, AsyncPage)
    assert [m.id for m in page.data] == ["string"]
    model = page.data[0]
    assert isinstance(model, Model)
    assert (model.object, model.owned_by, model.created) == ("model", "string", 0)
    assert page.has_next_page() is False


def test_models_retrieve(api):
    model = api.call(lambda c: c.models.retrieve("gpt-4o-mini"))
    assert_sent(api, "GET", "/models/gpt-4o-mini")
    assert isinstance(model, Model)
    assert model.to_dict() == {"id": "string", "created": 0, "object": "model", "owned_by": "string",
                               "shutdown_date": "2019-08-24"}


def test_models_delete(api):
    deleted = api.call(lambda c: c.models.delete("ft:gpt-4o-mini:acme:suffix:abc123"))
    assert_sent(api, "DELETE", "/models/ft:gpt-4o-mini:acme:suffix:abc123")
    assert isinstance(deleted, ModelDeleted)
    assert deleted.deleted is True


# -- completions --------------------------------------------------------------------------------


def test_completions_create(api):
    completion = api.call(lambda c: c.completions.create(
        model="gpt-3.5-turbo-instruct", prompt="Say this is a test", max_tokens=7, temperature=0, echo=None))
    assert_sent(api, "POST", "/completions", body={
        "model": "gpt-3.5-turbo-instruct", "prompt": "Say this is a test", "max_tokens": 7, "temperature": 0,
        "echo": None})
    assert isinstance(completion, Completion)
    choice = completion.choices[0]
    assert (choice.text, choice.index, choice.finish_reason) == ("string", 0, "stop")
    assert choice.logprobs.tokens == ["string"]
    assert completion.usage.total_tokens == 0


# -- chat completions ---------------------------------------------------------------------------


def test_chat_completions_create(api):
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {}}}}]
    completion = api.call(lambda c: c.chat.completions.create(
        model="gpt-4o", messages=MESSAGES, tools=tools, temperature=0.2, max_completion_tokens=50,
        metadata={"suite": "slice"}, store=True))
    assert_sent(api, "POST", "/chat/completions", body={
        "model": "gpt-4o", "messages": MESSAGES, "tools": tools, "temperature": 0.2,
        "max_completion_tokens": 50, "metadata": {"suite": "slice"}, "store": True})
    assert isinstance(completion, ChatCompletion)
    message = completion.choices[0].message
    assert (message.role, message.content) == ("assistant", "string")
    call = message.tool_calls[0]
    assert (call.type, call.id, call.function.name, call.function.arguments) == ("function", "string", "string", "string")
    assert message.annotations[0].url_citation.url == "http://example.com"
    assert completion.usage.prompt_tokens == 0


def test_chat_completions_retrieve(api):
    completion = api.call(lambda c: c.chat.completions.retrieve("chatcmpl-abc123"))
    assert_sent(api, "GET", "/chat/completions/chatcmpl-abc123")
    assert isinstance(completion, ChatCompletion)
    assert completion.object == "chat.completion"


def test_chat_completions_update(api):
    completion = api.call(lambda c: c.chat.completions.update("chatcmpl-abc123", metadata={"reviewed": "yes"}))
    assert_sent(api, "POST", "/chat/completions/chatcmpl-abc123", body={"metadata": {"reviewed": "yes"}})
    assert isinstance(completion, ChatCompletion)


def test_chat_completions_list(api):
    page = api.call(lambda c: c.chat.completions.list(limit=2, order="desc", metadata={"suite": "slice"}, model="gpt-4o"))
    assert_sent(api, "GET", "/chat/completions",
                query={"limit": "2", "order": "desc", "metadata[suite]": "slice", "model": "gpt-4o"})
    assert is_page(page, SyncCursorPage, AsyncCursorPage)
    assert all(isinstance(c, ChatCompletion) for c in page.data)
    assert page.has_more is True
    assert page.next_page_info() == {"after": "string"}  # the last item's id


def test_chat_completions_delete(api):
    deleted = api.call(lambda c: c.chat.completions.delete("chatcmpl-abc123"))
    assert_sent(api, "DELETE", "/chat/completions/chatcmpl-abc123")
    assert isinstance(deleted, ChatCompletionDeleted)
    assert (deleted.deleted, deleted.object) == (True, "chat.completion.deleted")


def test_chat_completions_messages_list(api):
    page = api.call(lambda c: c.chat.completions.messages.list("chatcmpl-abc123", limit=5, order="asc"))
    assert_sent(api, "GET", "/chat/completions/chatcmpl-abc123/messages", query={"limit": "5", "order": "asc"})
    message = page.data[0]
    assert isinstance(message, ChatCompletionStoreMessage)
    assert (message.id, message.role) == ("string", "assistant")
    assert message.content_parts[0].type == "text"


# -- embeddings, moderations --------------------------------------------------------------------


def test_embeddings_create(api):
    result = api.call(lambda c: c.embeddings.create(input=["hello", "world"], model="text-embedding-3-small",
                                                   encoding_format="float", dimensions=8))
    assert_sent(api, "POST", "/embeddings", body={
        "input": ["hello", "world"], "model": "text-embedding-3-small", "encoding_format": "float", "dimensions": 8})
    assert isinstance(result, CreateEmbeddingResponse)
    assert isinstance(result.data[0].embedding, list) and isinstance(result.data[0].embedding[0], float)
    assert result.usage.total_tokens == 0


def test_embeddings_create_asks_for_base64_by_default(api):
    result = api.call(lambda c: c.embeddings.create(input="hello", model="text-embedding-3-small"))
    assert_sent(api, "POST", "/embeddings", body={
        "input": "hello", "model": "text-embedding-3-small", "encoding_format": "base64"})
    assert isinstance(result.data[0].embedding, list)


def test_moderations_create(api):
    result = api.call(lambda c: c.moderations.create(input="I want to hurt them.", model="omni-moderation-latest"))
    assert_sent(api, "POST", "/moderations", body={"input": "I want to hurt them.", "model": "omni-moderation-latest"})
    assert isinstance(result, ModerationCreateResponse)
    verdict = result.results[0]
    assert verdict.flagged is True
    assert verdict.categories.self_harm_intent is True
    assert verdict.to_dict()["categories"]["self-harm/intent"] is True


# -- files --------------------------------------------------------------------------------------


def _multipart(api):
    request = api.last
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    return request.content


@pytest.mark.parametrize("source", ["bytes", "path", "open_file", "tuple"])
def test_files_create(api, source, tmp_path):
    data = b'{"custom_id": "r1", "method": "POST", "url": "/v1/chat/completions", "body": {}}\n'
    path = tmp_path / "requests.jsonl"
    path.write_bytes(data)
    file = {"bytes": data, "path": path, "open_file": io.BytesIO(data),
            "tuple": ("requests.jsonl", data, "application/jsonl")}[source]
    if source == "open_file":
        file.name = str(path)
    created = api.call(lambda c: c.files.create(file=file, purpose="batch",
                                                expires_after={"anchor": "created_at", "seconds": 3600}))
    assert api.last.method == "POST" and api.last.url.path == "/files"
    body = _multipart(api)
    filename = b"upload" if source == "bytes" else b"requests.jsonl"
    assert b'name="file"; filename="' + filename + b'"' in body
    assert data in body
    assert b'name="purpose"\r\n\r\nbatch\r\n' in body
    assert b'name="expires_after[anchor]"\r\n\r\ncreated_at\r\n' in body
    assert b'name="expires_after[seconds]"\r\n\r\n3600\r\n' in body
    if source == "tuple":
        assert b"Content-Type: application/jsonl" in body
    assert isinstance(created, FileObject)
    assert (created.object, created.status) == ("file", "uploaded")


def test_files_retrieve(api):
    file = api.call(lambda c: c.files.retrieve("file-abc123"))
    assert_sent(api, "GET", "/files/file-abc123")
    assert isinstance(file, FileObject)
    assert (file.bytes, file.purpose) == (0, "assistants")


def test_files_list(api):
    page = api.call(lambda c: c.files.list(purpose="batch", limit=2, order="asc", after="file-abc"))
    assert_sent(api, "GET", "/files", query={"purpose": "batch", "limit": "2", "order": "asc", "after": "file-abc"})
    assert is_page(page, SyncCursorPage, AsyncCursorPage)
    assert [type(f) for f in page.data] == [FileObject]


def test_files_delete(api):
    deleted = api.call(lambda c: c.files.delete("file-abc123"))
    assert_sent(api, "DELETE", "/files/file-abc123")
    assert isinstance(deleted, FileDeleted)
    assert deleted.deleted is True


def test_files_content(api):
    # The mock serves this path only as JSON, so the test asks for that; by default the client
    # sends `Accept: application/binary` like the official SDK (tests/test_client.py checks it).
    content = api.call(lambda c: c.files.content("file-abc123", extra_headers={"Accept": "application/json"}))
    assert_sent(api, "GET", "/files/file-abc123/content")
    assert content.content == b'"string"'
    assert content.text == '"string"'


def test_files_retrieve_content(api):
    with pytest.warns(DeprecationWarning, match=r"\.content\(\)"):
        text = api.call(lambda c: c.files.retrieve_content("file-abc123"))
    assert_sent(api, "GET", "/files/file-abc123/content")
    assert api.last.headers["accept"] == "application/json"
    assert text == '"string"'


# -- batches ------------------------------------------------------------------------------------


def test_batches_create(api):
    batch = api.call(lambda c: c.batches.create(
        input_file_id="file-abc123", endpoint="/v1/chat/completions", completion_window="24h",
        metadata={"job": "nightly"}))
    assert_sent(api, "POST", "/batches", body={
        "input_file_id": "file-abc123", "endpoint": "/v1/chat/completions", "completion_window": "24h",
        "metadata": {"job": "nightly"}})
    assert isinstance(batch, Batch)
    assert batch.request_counts.total == 0
    assert batch.errors.data[0].code == "string"


def test_batches_retrieve(api):
    batch = api.call(lambda c: c.batches.retrieve("batch_abc123"))
    assert_sent(api, "GET", "/batches/batch_abc123")
    assert isinstance(batch, Batch)
    assert batch.status == "validating"


def test_batches_list(api):
    page = api.call(lambda c: c.batches.list(limit=3))
    assert_sent(api, "GET", "/batches", query={"limit": "3"})
    assert all(isinstance(b, Batch) for b in page.data)


def test_batches_cancel(api):
    batch = api.call(lambda c: c.batches.cancel("batch_abc123"))
    assert_sent(api, "POST", "/batches/batch_abc123/cancel")
    assert isinstance(batch, Batch)


# -- raw responses through a recorded exchange --------------------------------------------------


def test_with_raw_response_models_retrieve(api):
    raw = api.call(lambda c: c.with_raw_response.models.retrieve("gpt-4o-mini"))
    assert_sent(api, "GET", "/models/gpt-4o-mini")
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert isinstance(raw.parse(), Model)
    assert raw.parse() is raw.parse()
