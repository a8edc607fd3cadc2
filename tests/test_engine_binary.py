"""`returns: binary` under `with_streaming_response`: the body is read as it arrives
(`iter_bytes`, `stream_to_file`), never whole; the parsed form keeps the official
`HttpxBinaryResponseContent` API."""

import warnings

import httpx
import openai
import pytest

from openai_table._response import AsyncStreamedBinaryAPIResponse, HttpxBinaryResponseContent, StreamedBinaryAPIResponse

from _mock import Chunks, Mock, clean_env  # noqa: F401  (clean_env: autouse)

CHUNKS = [b"abc", b"def", b"ghi", b"jk"]
BODY = b"".join(CHUNKS)


def chunked():
    stream = Chunks(CHUNKS)
    return stream, httpx.Response(200, stream=stream, headers={"content-type": "application/octet-stream"})


def public(cls):
    return {n for n in dir(cls) if not n.startswith("_")}


def test_same_api_as_official():
    assert public(openai._response.StreamedBinaryAPIResponse) <= public(StreamedBinaryAPIResponse)
    assert public(openai._response.AsyncStreamedBinaryAPIResponse) <= public(AsyncStreamedBinaryAPIResponse)
    assert public(openai._legacy_response.HttpxBinaryResponseContent) <= public(HttpxBinaryResponseContent)


def test_iter_bytes_reads_chunk_by_chunk():
    stream, response = chunked()
    client = Mock(response).client()
    with client.files.with_streaming_response.content("file-1") as r:
        assert isinstance(r, StreamedBinaryAPIResponse)
        assert stream.read_count == 0  # nothing read on entering
        it = r.iter_bytes()
        assert next(it) == b"abc" and stream.read_count == 1
        assert b"".join(it) == b"defghijk"
        with pytest.raises(httpx.ResponseNotRead):
            r.http_response.content  # never held whole
    assert stream.closed


def test_stream_to_file(tmp_path):
    stream, response = chunked()
    target = tmp_path / "out.bin"
    with Mock(response).client().files.with_streaming_response.content("file-1") as r:
        r.stream_to_file(target, chunk_size=4)
        with pytest.raises(httpx.ResponseNotRead):
            r.http_response.content
    assert target.read_bytes() == BODY and stream.read_count == len(CHUNKS)
    _, response = chunked()
    with Mock(response).client().files.with_streaming_response.content("file-1") as r:
        r.write_to_file(str(tmp_path / "w.bin"))
    assert (tmp_path / "w.bin").read_bytes() == BODY


def test_parse_reads_to_bytes_as_official():
    _, response = chunked()
    with Mock(response).client().files.with_streaming_response.content("file-1") as r:
        assert r.parse() == BODY
        assert r.read() == BODY


def test_chunk_size():
    _, response = chunked()
    with Mock(response).client().files.with_streaming_response.content("file-1") as r:
        assert list(r.iter_bytes(4)) == [b"abcd", b"efgh", b"ijk"]


async def test_async_stream_to_file_and_iter_bytes(tmp_path):
    stream, response = chunked()
    client = Mock(response).async_client()
    target = tmp_path / "out.bin"
    async with client.files.with_streaming_response.content("file-1") as r:
        assert isinstance(r, AsyncStreamedBinaryAPIResponse)
        await r.stream_to_file(target)
        with pytest.raises(httpx.ResponseNotRead):
            r.http_response.content
    assert target.read_bytes() == BODY and stream.closed
    stream, response = chunked()
    async with Mock(response).async_client().files.with_streaming_response.content("file-1") as r:
        got = []
        async for chunk in r.iter_bytes():
            got.append((chunk, stream.read_count))
    assert got == [(b"abc", 1), (b"def", 2), (b"ghi", 3), (b"jk", 4)]
    _, response = chunked()
    async with Mock(response).async_client().files.with_streaming_response.content("file-1") as r:
        assert await r.parse() == BODY


def test_parsed_content_writes_and_warns_like_official(tmp_path):
    content = Mock(httpx.Response(200, content=BODY)).client().files.content("file-1")
    assert isinstance(content, HttpxBinaryResponseContent) and content.content == BODY
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        content.write_to_file(tmp_path / "a.bin")  # no warning
    with pytest.warns(DeprecationWarning, match="with_streaming_response"):
        content.stream_to_file(tmp_path / "b.bin")
    assert (tmp_path / "a.bin").read_bytes() == (tmp_path / "b.bin").read_bytes() == BODY


async def test_parsed_content_async_iterators_both_spellings(tmp_path):
    content = await Mock(httpx.Response(200, content=BODY)).async_client().files.content("file-1")
    assert [b async for b in content.aiter_bytes()] == [BODY]
    assert [b async for b in await content.aiter_bytes()] == [BODY]  # the official spelling
    with pytest.warns(DeprecationWarning):
        await content.astream_to_file(tmp_path / "c.bin")
    assert (tmp_path / "c.bin").read_bytes() == BODY
