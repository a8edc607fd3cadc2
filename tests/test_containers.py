"""`client.containers` and `client.containers.files` (with `.content`), sync and async.

Recorded against the spec-validating mock; the file content with real bytes was recorded from an
in-process transport (the mock's answer is empty). The wire tests compare with the official SDK.
"""

import pytest

from openai_table._response import HttpxBinaryResponseContent
from openai_table.pagination import AsyncCursorPage, SyncCursorPage
from openai_table.types import ContainerCreateResponse, ContainerListResponse, ContainerRetrieveResponse
from openai_table.types.containers import FileCreateResponse, FileListResponse, FileRetrieveResponse

from _platform import assert_sent, binary_transport, fields, files, same_wire, stream_to_file

CSV = b"city,population\nParis,2102650\nLyon,522250\n"

RECORD_TRANSPORTS = {
    "test_containers_files_content_retrieve_bytes": binary_transport(CSV, "text/csv"),
    "test_containers_files_content_streaming_response": binary_transport(CSV, "text/csv"),
}


def _check_container(container, cls):
    assert type(container) is cls
    assert (container.id, container.object, container.name, container.status, container.created_at) == (
        "string", "string", "string", "string", 0)
    assert (container.expires_after.anchor, container.expires_after.minutes) == ("last_active_at", 0)


def _check_file(file, cls):
    assert type(file) is cls
    assert (file.id, file.object, file.container_id, file.path, file.source, file.bytes) == (
        "string", "string", "string", "string", "string", 0)


# -- containers ---------------------------------------------------------------------------------


def test_containers_create(api):
    container = api.call(lambda c: c.containers.create(
        name="analysis", file_ids=["file-abc123"], expires_after={"anchor": "last_active_at", "minutes": 20}))
    assert_sent(api, "POST", "/containers", json_body={
        "name": "analysis", "file_ids": ["file-abc123"], "expires_after": {"anchor": "last_active_at", "minutes": 20}})
    _check_container(container, ContainerCreateResponse)


def test_containers_create_newer_params(api):
    # params of the current API that openai 2.8.1 does not have yet
    container = api.call(lambda c: c.containers.create(name="big", memory_limit="4g", network_policy={"type": "disabled"}))
    assert_sent(api, "POST", "/containers", json_body={"name": "big", "memory_limit": "4g", "network_policy": {"type": "disabled"}})
    _check_container(container, ContainerCreateResponse)


def test_containers_list_by_name(api):
    page = api.call(lambda c: c.containers.list(name="analysis"))
    assert_sent(api, "GET", "/containers", query={"name": "analysis"})
    assert [type(item) for item in page.data] == [ContainerListResponse]


def test_containers_retrieve(api):
    container = api.call(lambda c: c.containers.retrieve("cntr_123"))
    assert_sent(api, "GET", "/containers/cntr_123")
    _check_container(container, ContainerRetrieveResponse)


def test_containers_list(api):
    page = api.call(lambda c: c.containers.list(limit=10, order="desc", after="cntr_100"))
    assert_sent(api, "GET", "/containers", query={"limit": "10", "order": "desc", "after": "cntr_100"})
    assert isinstance(page, (SyncCursorPage, AsyncCursorPage))
    _check_container(page.data[0], ContainerListResponse)
    assert page.has_more is True and page.has_next_page() is True  # the mock says there is more
    assert page.data[0].memory_limit == "1g" and page.data[0].network_policy["type"] == "allowlist"  # newer than 2.8.1


def test_containers_delete(api):
    result = api.call(lambda c: c.containers.delete("cntr_123"))
    assert_sent(api, "DELETE", "/containers/cntr_123", accept="*/*")
    assert result is None


# -- container files ----------------------------------------------------------------------------


def test_containers_files_create_upload(api, tmp_path):
    path = tmp_path / "data.csv"
    path.write_bytes(CSV)
    file = api.call(lambda c: c.containers.files.create("cntr_123", file=path))
    request = assert_sent(api, "POST", "/containers/cntr_123/files", multipart=True)
    assert files(request) == [("file", "data.csv", "text/csv", CSV)]
    assert fields(request) == []
    _check_file(file, FileCreateResponse)


def test_containers_files_create_by_id(api):
    file = api.call(lambda c: c.containers.files.create("cntr_123", file_id="file-abc123"))
    request = assert_sent(api, "POST", "/containers/cntr_123/files", multipart=True)
    assert files(request) == [] and fields(request) == [("file_id", "file-abc123")]
    _check_file(file, FileCreateResponse)


def test_containers_files_retrieve(api):
    file = api.call(lambda c: c.containers.files.retrieve("cfile_456", container_id="cntr_123"))
    assert_sent(api, "GET", "/containers/cntr_123/files/cfile_456")
    _check_file(file, FileRetrieveResponse)


def test_containers_files_list(api):
    page = api.call(lambda c: c.containers.files.list("cntr_123", limit=5, order="asc"))
    assert_sent(api, "GET", "/containers/cntr_123/files", query={"limit": "5", "order": "asc"})
    assert isinstance(page, (SyncCursorPage, AsyncCursorPage))
    _check_file(page.data[0], FileListResponse)
    assert (page.first_id, page.last_id, page.has_more) == ("string", "string", True)


def test_containers_files_delete(api):
    result = api.call(lambda c: c.containers.files.delete("cfile_456", container_id="cntr_123"))
    assert_sent(api, "DELETE", "/containers/cntr_123/files/cfile_456", accept="*/*")
    assert result is None


def test_containers_files_content_retrieve(api):
    content = api.call(lambda c: c.containers.files.content.retrieve("cfile_456", container_id="cntr_123"))
    assert_sent(api, "GET", "/containers/cntr_123/files/cfile_456/content", accept="application/binary")
    assert isinstance(content, HttpxBinaryResponseContent) and content.content == b""  # the mock's empty body


@pytest.mark.replay_only("the mock answers with an empty body")
def test_containers_files_content_retrieve_bytes(api):
    content = api.call(lambda c: c.containers.files.content.retrieve("cfile_456", container_id="cntr_123"))
    assert_sent(api, "GET", "/containers/cntr_123/files/cfile_456/content", accept="application/binary")
    assert content.content == CSV and content.text.splitlines()[1] == "Paris,2102650"


@pytest.mark.replay_only("the mock answers with an empty body")
def test_containers_files_content_streaming_response(api, tmp_path):
    target = tmp_path / "out.csv"
    api.call(stream_to_file(lambda c: c.containers.files.content.with_streaming_response.retrieve(
        "cfile_456", container_id="cntr_123"), target))
    assert_sent(api, "GET", "/containers/cntr_123/files/cfile_456/content", accept="application/binary")
    assert target.read_bytes() == CSV


def test_signatures_as_official():
    import inspect

    from openai_table import OpenAI

    files_ = OpenAI(api_key="sk-x").containers.files
    sig = inspect.signature(files_.retrieve)
    assert list(sig.parameters)[:2] == ["file_id", "container_id"]
    assert sig.parameters["file_id"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert sig.parameters["container_id"].kind is inspect.Parameter.KEYWORD_ONLY
    with pytest.raises(TypeError):
        files_.retrieve("cfile_456", "cntr_123")


# -- the wire, next to the official SDK ---------------------------------------------------------


@pytest.mark.parametrize("call", [
    lambda c: c.containers.create(name="n"),
    lambda c: c.containers.create(name="n", file_ids=[], expires_after={"anchor": "last_active_at", "minutes": 5}),
    lambda c: c.containers.retrieve("cntr_1"),
    lambda c: c.containers.list(),
    lambda c: c.containers.list(after="a", limit=1, order="asc"),
    lambda c: c.containers.delete("cntr_1"),
    lambda c: c.containers.files.create("cntr_1", file_id="file-1"),
    lambda c: c.containers.files.create("cntr_1", file=b"x,y\n"),
    lambda c: c.containers.files.create("cntr_1", file=("a.py", b"print(1)\n", "text/x-python")),
    lambda c: c.containers.files.create("cntr_1"),
    lambda c: c.containers.files.retrieve("cfile_1", container_id="cntr_1"),
    lambda c: c.containers.files.list("cntr_1", order="desc"),
    lambda c: c.containers.files.delete("cfile_1", container_id="cntr_1"),
    lambda c: c.containers.files.content.retrieve("cfile_1", container_id="cntr_1"),
], ids=["create", "create_all", "retrieve", "list", "list_params", "delete", "file_by_id", "file_bytes", "file_tuple",
        "file_nothing", "file_retrieve", "file_list", "file_delete", "content"])
def test_wire(call):
    same_wire(call)
