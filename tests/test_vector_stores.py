"""Vector stores, their files and file batches, sync and async, replayed from cassettes recorded
against the spec-validating mock (every call sends `OpenAI-Beta: assistants=v2`, as the official
SDK does); example payloads; and the wire compared with the official SDK's."""

import httpx
import openai
import pytest

import openai_table
from openai_table.models._base import UnknownModel
from openai_table.pagination import AsyncCursorPage, AsyncPage, SyncCursorPage, SyncPage
from openai_table.types import (
    OtherFileChunkingStrategyObject,
    StaticFileChunkingStrategyObject,
    VectorStore,
    VectorStoreDeleted,
    VectorStoreSearchResponse,
)
from openai_table.types.vector_stores import (
    FileContentResponse,
    VectorStoreFile,
    VectorStoreFileBatch,
    VectorStoreFileDeleted,
)

from conftest import API_KEY
from _wire import API_KEY as WIRE_KEY, summary

VS = "vs_abc123"
STATIC = {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}}


def assert_sent(api, method, path, *, query=None, body=None):
    request = api.last
    assert (request.method, request.url.path) == (method, path)
    assert dict(request.url.params) == (query or {})
    if body is None:
        assert request.content == b""
    else:
        assert api.body() == body
    assert request.headers.get("content-type") == (None if method == "GET" else "application/json")
    assert request.headers["openai-beta"] == "assistants=v2"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert (request.headers["openai-organization"], request.headers["openai-project"]) == ("org-test", "proj-test")


def is_page(page, sync_cls, async_cls):
    return isinstance(page, (sync_cls, async_cls))


# -- vector stores ------------------------------------------------------------------------------


def test_vector_stores_create(api):
    store = api.call(lambda c: c.vector_stores.create(
        name="Support FAQ", file_ids=["file-1", "file-2"], chunking_strategy=STATIC,
        expires_after={"anchor": "last_active_at", "days": 7}, metadata={"team": "support"}, description="FAQ"))
    assert_sent(api, "POST", "/vector_stores", body={
        "name": "Support FAQ", "file_ids": ["file-1", "file-2"], "chunking_strategy": STATIC,
        "expires_after": {"anchor": "last_active_at", "days": 7}, "metadata": {"team": "support"}, "description": "FAQ"})
    assert isinstance(store, VectorStore)
    assert (store.object, store.status) == ("vector_store", "expired")
    assert store.file_counts.total == 0
    assert store.expires_after.anchor == "last_active_at"


def test_vector_stores_retrieve(api):
    store = api.call(lambda c: c.vector_stores.retrieve(VS))
    assert_sent(api, "GET", f"/vector_stores/{VS}")
    assert isinstance(store, VectorStore)


def test_vector_stores_update(api):
    store = api.call(lambda c: c.vector_stores.update(VS, name="Renamed", expires_after=None, metadata={"v": "2"}))
    assert_sent(api, "POST", f"/vector_stores/{VS}", body={"name": "Renamed", "expires_after": None, "metadata": {"v": "2"}})
    assert isinstance(store, VectorStore)


def test_vector_stores_list(api):
    page = api.call(lambda c: c.vector_stores.list(limit=2, order="asc", before="vs_z"))
    assert_sent(api, "GET", "/vector_stores", query={"limit": "2", "order": "asc", "before": "vs_z"})
    assert is_page(page, SyncCursorPage, AsyncCursorPage)
    assert all(isinstance(s, VectorStore) for s in page.data)
    assert page.has_more is False and page.next_page_info() is None


def test_vector_stores_delete(api):
    deleted = api.call(lambda c: c.vector_stores.delete(VS))
    assert_sent(api, "DELETE", f"/vector_stores/{VS}")
    assert isinstance(deleted, VectorStoreDeleted)
    assert (deleted.object, deleted.deleted) == ("vector_store.deleted", True)


def test_vector_stores_search_is_a_page(api):
    filters = {"type": "gte", "key": "year", "value": 2023}  # (the mock rejects compound filters: see the wire test)
    page = api.call(lambda c: c.vector_stores.search(
        VS, query=["return policy", "refunds"], filters=filters, max_num_results=5,
        ranking_options={"ranker": "auto", "score_threshold": 0.5}, rewrite_query=True))
    assert_sent(api, "POST", f"/vector_stores/{VS}/search", body={
        "query": ["return policy", "refunds"], "filters": filters, "max_num_results": 5,
        "ranking_options": {"ranker": "auto", "score_threshold": 0.5}, "rewrite_query": True})
    assert is_page(page, SyncPage, AsyncPage)
    hit = page.data[0]
    assert isinstance(hit, VectorStoreSearchResponse)
    assert (hit.file_id, hit.filename, hit.score) == ("string", "string", 0)
    assert hit.content[0].type == "text"
    assert page.has_next_page() is False


# -- files --------------------------------------------------------------------------------------


def test_files_create(api):
    vs_file = api.call(lambda c: c.vector_stores.files.create(
        VS, file_id="file-1", attributes={"lang": "en", "year": 2024, "public": True}, chunking_strategy={"type": "auto"}))
    assert_sent(api, "POST", f"/vector_stores/{VS}/files", body={
        "file_id": "file-1", "attributes": {"lang": "en", "year": 2024, "public": True}, "chunking_strategy": {"type": "auto"}})
    assert isinstance(vs_file, VectorStoreFile)
    assert (vs_file.object, vs_file.status) == ("vector_store.file", "in_progress")
    assert vs_file.last_error.code == "server_error"
    assert isinstance(vs_file.chunking_strategy, StaticFileChunkingStrategyObject)
    assert vs_file.chunking_strategy.static.max_chunk_size_tokens == 100


def test_files_retrieve(api):
    vs_file = api.call(lambda c: c.vector_stores.files.retrieve("file-1", vector_store_id=VS))
    assert_sent(api, "GET", f"/vector_stores/{VS}/files/file-1")
    assert isinstance(vs_file, VectorStoreFile)


def test_files_update(api):
    vs_file = api.call(lambda c: c.vector_stores.files.update("file-1", vector_store_id=VS, attributes=None))
    assert_sent(api, "POST", f"/vector_stores/{VS}/files/file-1", body={"attributes": None})
    assert isinstance(vs_file, VectorStoreFile)


def test_files_list(api):
    page = api.call(lambda c: c.vector_stores.files.list(VS, filter="completed", limit=10, order="desc", after="file-0"))
    assert_sent(api, "GET", f"/vector_stores/{VS}/files",
                query={"filter": "completed", "limit": "10", "order": "desc", "after": "file-0"})
    assert is_page(page, SyncCursorPage, AsyncCursorPage)
    assert all(isinstance(f, VectorStoreFile) for f in page.data)


def test_files_delete(api):
    deleted = api.call(lambda c: c.vector_stores.files.delete("file-1", vector_store_id=VS))
    assert_sent(api, "DELETE", f"/vector_stores/{VS}/files/file-1")
    assert isinstance(deleted, VectorStoreFileDeleted)
    assert deleted.object == "vector_store.file.deleted"


def test_files_content_is_a_page_of_parts(api):
    page = api.call(lambda c: c.vector_stores.files.content("file-1", vector_store_id=VS))
    assert_sent(api, "GET", f"/vector_stores/{VS}/files/file-1/content")
    assert is_page(page, SyncPage, AsyncPage)
    part = page.data[0]
    assert isinstance(part, FileContentResponse)
    assert (part.type, part.text) == ("string", "string")


# -- file batches -------------------------------------------------------------------------------


def test_file_batches_create(api):
    files = [{"file_id": "file-1", "attributes": {"lang": "en"}}, {"file_id": "file-2", "chunking_strategy": STATIC}]
    batch = api.call(lambda c: c.vector_stores.file_batches.create(VS, files=files, attributes={"src": "upload"}))
    assert_sent(api, "POST", f"/vector_stores/{VS}/file_batches", body={"files": files, "attributes": {"src": "upload"}})
    assert isinstance(batch, VectorStoreFileBatch)
    assert (batch.object, batch.status) == ("vector_store.files_batch", "in_progress")
    assert batch.file_counts.completed == 0


def test_file_batches_retrieve(api):
    batch = api.call(lambda c: c.vector_stores.file_batches.retrieve("vsfb_1", vector_store_id=VS))
    assert_sent(api, "GET", f"/vector_stores/{VS}/file_batches/vsfb_1")
    assert isinstance(batch, VectorStoreFileBatch)


def test_file_batches_cancel(api):
    batch = api.call(lambda c: c.vector_stores.file_batches.cancel("vsfb_1", vector_store_id=VS))
    assert_sent(api, "POST", f"/vector_stores/{VS}/file_batches/vsfb_1/cancel")
    assert isinstance(batch, VectorStoreFileBatch)


def test_file_batches_list_files(api):
    page = api.call(lambda c: c.vector_stores.file_batches.list_files("vsfb_1", vector_store_id=VS, filter="failed", limit=3))
    assert_sent(api, "GET", f"/vector_stores/{VS}/file_batches/vsfb_1/files", query={"filter": "failed", "limit": "3"})
    assert is_page(page, SyncCursorPage, AsyncCursorPage)
    assert all(isinstance(f, VectorStoreFile) for f in page.data)


def test_file_batches_list_files_stops_on_the_last_page(api):
    files = api.collect(lambda c: c.vector_stores.file_batches.list_files("vsfb_1", vector_store_id=VS, limit=1))
    assert len(api.sent) == 1  # the mock says has_more: false
    assert_sent(api, "GET", f"/vector_stores/{VS}/file_batches/vsfb_1/files", query={"limit": "1"})
    assert len(files) == 1 and isinstance(files[0], VectorStoreFile)


# -- example payloads ---------------------------------------------------------------------------


def test_chunking_strategy_union():
    other = VectorStoreFile.construct(chunking_strategy={"type": "other"}).chunking_strategy
    assert isinstance(other, OtherFileChunkingStrategyObject)
    static = VectorStoreFile.construct(chunking_strategy=STATIC).chunking_strategy
    assert isinstance(static, StaticFileChunkingStrategyObject) and static.static.chunk_overlap_tokens == 400
    future = VectorStoreFile.construct(chunking_strategy={"type": "semantic", "threshold": 0.4}).chunking_strategy
    assert isinstance(future, UnknownModel) and future.threshold == 0.4


def test_search_example_payload():
    hit = VectorStoreSearchResponse.construct(**{
        "file_id": "file_123", "filename": "document.pdf", "score": 0.95,
        "attributes": {"author": "John Doe", "date": "2023-01-01", "pages": 12, "draft": False},
        "content": [{"type": "text", "text": "Relevant chunk"}]})
    assert hit.attributes["pages"] == 12 and hit.content[0].text == "Relevant chunk"


# -- the wire, against the official SDK ---------------------------------------------------------


def _sent(package, call, reply):
    seen = []

    def handle(request):
        request.read()
        seen.append(request)
        return httpx.Response(200, json=reply)

    client = package.OpenAI(api_key=WIRE_KEY, max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(handle)))
    return seen, call(client)


PAGE = {"object": "vector_store.search_results.page", "search_query": ["q"], "has_more": False, "next_page": None,
        "data": [{"file_id": "file-1", "filename": "a.md", "score": 0.9, "attributes": {"k": 1},
                  "content": [{"type": "text", "text": "hit"}]}]}


@pytest.mark.parametrize("name,call,reply", [
    ("search", lambda c: c.vector_stores.search(VS, query="q", max_num_results=3, filters={
        "type": "and", "filters": [{"type": "eq", "key": "k", "value": 1}, {"type": "in", "key": "t", "value": ["a", "b"]}]}),
     PAGE),
    ("files.retrieve", lambda c: c.vector_stores.files.retrieve("file-1", vector_store_id=VS), {"id": "file-1"}),
    ("files.list", lambda c: c.vector_stores.files.list(VS, filter="completed", limit=2), {"data": [], "has_more": False}),
    ("file_batches.cancel", lambda c: c.vector_stores.file_batches.cancel("b1", vector_store_id=VS), {"id": "b1"}),
    ("update", lambda c: c.vector_stores.update(VS, name=None, expires_after=None), {"id": VS}),
])
def test_same_wire_as_official(name, call, reply):
    ours, our_result = _sent(openai_table, call, reply)
    theirs, their_result = _sent(openai, call, reply)
    assert [summary(r) for r in ours] == [summary(r) for r in theirs]
    assert [r.headers.get("openai-beta") for r in ours] == [r.headers.get("openai-beta") for r in theirs] == ["assistants=v2"]
    if name == "search":
        assert [d.to_dict() for d in our_result.data] == [d.to_dict() for d in their_result.data]
        assert our_result.search_query == ["q"]
