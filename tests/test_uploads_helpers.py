"""Sending big files: `uploads.upload_file_chunked`, `files.create(progress=...)` and the vector
store uploads, sync and async, over a scripted API and over a real server on 127.0.0.1: the
requests sent (streamed multipart bodies with a Content-Length, parts in order), what comes back,
the progress reported, and the Upload cancelled when a part fails."""

import asyncio
import hashlib
import http.server
import json
import re
import threading

import httpx
import pytest

from openai_table import AsyncOpenAI, InternalServerError, BadRequestError, OpenAI
from openai_table.types import FileObject, Upload
from openai_table.types.vector_stores import VectorStoreFile, VectorStoreFileBatch

from _helpers_fake import API_KEY, Fake, answer
from _platform import form

MODES = ["sync", "async"]
PART = 4096
SIZE = 2 * PART + 1808  # three parts, the last one short


def upload(status="pending", **extra):
    return {"id": "upload_1", "object": "upload", "bytes": SIZE, "created_at": 0, "expires_at": 1, "filename": "data.jsonl",
            "purpose": "fine-tune", "status": status, **extra}


def file_obj(file_id="file-1", filename="a.txt"):
    return {"id": file_id, "object": "file", "bytes": 1, "created_at": 0, "filename": filename, "purpose": "assistants",
            "status": "processed"}


@pytest.fixture
def big(tmp_path):
    """A file whose part i is all byte i, so a part says which one it is."""
    path = tmp_path / "data.jsonl"
    path.write_bytes(bytes([0]) * PART + bytes([1]) * PART + bytes([2]) * (SIZE - 2 * PART))
    return path


def part_answer(request):
    """The parts endpoint: the part's id names its first byte."""
    if request.url.path.endswith("/parts"):
        [(name, filename, media, data)] = form(request)
        assert (name, filename, media) == ("data", "upload", "application/octet-stream")
        return httpx.Response(200, json={"id": f"part_{data[0]}", "object": "upload.part", "created_at": 0,
                                         "upload_id": "upload_1"})
    return None


def upload_script():
    return {("POST", "/uploads"): [answer(upload())],
            ("POST", "/uploads/upload_1/complete"): [answer(upload("completed", file=file_obj("file-9", "data.jsonl")))],
            ("POST", "/uploads/upload_1/cancel"): [answer(upload("cancelled"))]}


# -- uploads.upload_file_chunked --------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_upload_file_chunked_sends_the_parts_and_completes_in_order(mode, big):
    fake = Fake(upload_script(), part_answer)
    seen, threads = [], set()

    def progress(sent, total):
        seen.append((sent, total))
        threads.add(threading.get_ident())

    result = fake.run(mode, lambda c: c.uploads.upload_file_chunked(
        file=big, mime_type="text/jsonl", purpose="fine-tune", part_size=PART, md5="d41d8", progress=progress))
    assert threads == {threading.get_ident()}  # the async client reads in threads but reports in the event loop
    assert type(result) is Upload and result.status == "completed" and result.file.id == "file-9"
    assert fake.requests() == [("POST", "/uploads")] + [("POST", "/uploads/upload_1/parts")] * 3 + [
        ("POST", "/uploads/upload_1/complete")]
    assert fake.json(0) == {"bytes": SIZE, "filename": "data.jsonl", "mime_type": "text/jsonl", "purpose": "fine-tune"}
    content = big.read_bytes()
    parts = sorted((form(r)[0][3] for r in fake.sent[1:4]), key=lambda d: d[0])
    assert parts == [content[:PART], content[PART:2 * PART], content[2 * PART:]]
    for request in fake.sent[1:4]:  # streamed, with its length known up front
        assert int(request.headers["content-length"]) == len(request.content)
        assert "transfer-encoding" not in request.headers
    assert fake.json(4) == {"part_ids": ["part_0", "part_1", "part_2"], "md5": "d41d8"}
    assert seen[-1] == (SIZE, SIZE) and all(total == SIZE for _, total in seen)
    assert [s for s, _ in seen] == sorted(s for s, _ in seen)


@pytest.mark.parametrize("mode", MODES)
def test_upload_file_chunked_from_bytes(mode):
    fake = Fake(upload_script(), part_answer)
    data = bytes([0]) * 10 + bytes([1]) * 5
    fake.run(mode, lambda c: c.uploads.upload_file_chunked(file=data, filename="mem.bin", bytes=len(data),
                                                           mime_type="application/octet-stream", purpose="batch", part_size=10))
    assert fake.json(0) == {"bytes": 15, "filename": "mem.bin", "mime_type": "application/octet-stream", "purpose": "batch"}
    assert sorted(form(r)[0][3] for r in fake.sent[1:3]) == [data[:10], data[10:]]
    assert fake.json(3) == {"part_ids": ["part_0", "part_1"]}  # no md5 given: none sent
    with pytest.raises(TypeError, match="`filename` argument must be given"):
        OpenAI(api_key=API_KEY).uploads.upload_file_chunked(file=data, bytes=15, mime_type="x", purpose="batch")


@pytest.mark.parametrize("mode", MODES)
def test_a_failed_part_cancels_the_upload(mode, big):
    def failing(request):
        if request.url.path.endswith("/parts") and form(request)[0][3][0] == 1:
            return httpx.Response(500, json={"error": {"message": "disk full", "type": "server_error"}})
        return part_answer(request)

    fake = Fake(upload_script(), failing)
    with pytest.raises(InternalServerError, match="disk full"):
        fake.run(mode, lambda c: c.uploads.upload_file_chunked(file=big, mime_type="text/jsonl", purpose="fine-tune",
                                                               part_size=PART))
    assert fake.requests()[-1] == ("POST", "/uploads/upload_1/cancel")
    assert ("POST", "/uploads/upload_1/complete") not in fake.requests()
    if mode == "sync":  # one after another: the third part is never sent
        assert fake.requests().count(("POST", "/uploads/upload_1/parts")) == 2


def test_async_parts_are_sent_in_parallel(big):
    """Each part waits until three are in flight at once: sequential sending would never get there."""
    arrived, all_in = [], None

    class Barrier(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request):
            await request.aread()
            if request.url.path.endswith("/parts"):
                arrived.append(request)
                if len(arrived) == 3:
                    all_in.set()
                await asyncio.wait_for(all_in.wait(), 10)
                return part_answer(request)
            if request.url.path.endswith("/complete"):
                return httpx.Response(200, json=upload("completed", part_ids=json.loads(request.content)["part_ids"]))
            return httpx.Response(200, json=upload())

    async def main():
        nonlocal all_in
        all_in = asyncio.Event()
        client = AsyncOpenAI(api_key=API_KEY, base_url="http://api.test/v1", http_client=httpx.AsyncClient(transport=Barrier()))
        return await client.uploads.upload_file_chunked(file=big, mime_type="text/jsonl", purpose="fine-tune",
                                                        part_size=PART, max_concurrency=3)

    result = asyncio.run(main())
    assert len(arrived) == 3 and result.part_ids == ["part_0", "part_1", "part_2"]


# -- files.create(progress=...): the body streamed --------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_files_create_with_progress_streams_the_same_form(mode, big):
    plain, streamed = Fake({("POST", "/files"): [answer(file_obj())]}), Fake({("POST", "/files"): [answer(file_obj())]})
    plain.run(mode, lambda c: c.files.create(file=big, purpose="fine-tune", expires_after={"anchor": "created_at", "seconds": 3600}))
    seen, threads = [], set()

    def progress(sent, total):
        seen.append((sent, total))
        threads.add(threading.get_ident())

    result = streamed.run(mode, lambda c: c.files.create(file=big, purpose="fine-tune", expires_after={
        "anchor": "created_at", "seconds": 3600}, progress=progress))
    assert threads == {threading.get_ident()}
    assert type(result) is FileObject
    request = streamed.sent[0]
    assert form(request) == form(plain.sent[0]) == [
        ("purpose", None, None, b"fine-tune"), ("expires_after[anchor]", None, None, b"created_at"),
        ("expires_after[seconds]", None, None, b"3600"), ("file", "data.jsonl", "application/octet-stream", big.read_bytes())]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    length = int(request.headers["content-length"])
    assert length == len(request.content) and seen[-1] == (length, length)
    assert len(seen) == len(set(seen))  # each step once


@pytest.mark.parametrize("mode", MODES)
def test_streamed_forms_match_for_file_lists_open_files_and_tuples(mode, tmp_path):
    path = tmp_path / "mask.png"
    path.write_bytes(b"\x89PNG mask")
    opened = open(path, "rb")
    opened.read(2)  # an open file is sent from where it stands, and left open
    image = {"created": 0, "data": []}
    calls = lambda **progress: lambda c: c.images.edit(
        image=[("one.png", b"\x89PNG one", "image/png"), b"\x89PNG two"], mask=opened, prompt="a hat", n=2, **progress)
    plain, streamed = Fake({("POST", "/images/edits"): [answer(image)]}), Fake({("POST", "/images/edits"): [answer(image)]})
    plain.run(mode, calls())
    opened.seek(2)
    seen = []
    streamed.run(mode, calls(progress=lambda s, t: seen.append(s)))
    assert form(streamed.sent[0]) == form(plain.sent[0])
    assert [p[:2] for p in form(streamed.sent[0])] == [("prompt", None), ("n", None), ("image[]", "one.png"),
                                                        ("image[]", "upload"), ("mask", "mask.png")]
    assert form(streamed.sent[0])[-1][3] == b"NG mask" and not opened.closed
    opened.close()


@pytest.mark.parametrize("mode", MODES)
def test_a_streamed_body_is_sent_whole_again_on_retry(mode, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"retry me\n" * 1000)
    fake = Fake({("POST", "/files"): [answer({"error": {"message": "busy"}}, 503), answer(file_obj())]})
    fake.run(mode, lambda c: c.files.create(file=path, purpose="assistants", progress=lambda s, t: None), max_retries=1)
    assert len(fake.sent) == 2 and len(fake.sleeps) == 1
    assert form(fake.sent[0])[-1] == form(fake.sent[1])[-1] == ("file", "notes.txt", "text/plain", path.read_bytes())


def test_progress_must_be_callable_and_only_on_methods_that_send_files():
    client = OpenAI(api_key=API_KEY)
    with pytest.raises(TypeError, match="`progress` must be a callable"):
        client.files.create(file=b"x", purpose="batch", progress=5)
    with pytest.raises(TypeError, match="unexpected keyword argument 'progress'"):
        client.files.retrieve("file-1", progress=print)


# -- vector stores --------------------------------------------------------------------------------


def vs_file(status, file_id="file-1"):
    return {"id": file_id, "object": "vector_store.file", "vector_store_id": "vs_1", "status": status}


@pytest.mark.parametrize("mode", MODES)
def test_vector_store_files_upload_and_upload_and_poll(mode, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"some notes\n" * 100)
    script = {("POST", "/files"): [answer(file_obj())],
              ("POST", "/vector_stores/vs_1/files"): [answer(vs_file("in_progress"))],
              ("GET", "/vector_stores/vs_1/files/file-1"): [answer(vs_file("in_progress")), answer(vs_file("completed"))]}
    fake = Fake(script)
    seen = []
    result = fake.run(mode, lambda c: c.vector_stores.files.upload(vector_store_id="vs_1", file=path,
                                                                  progress=lambda s, t: seen.append((s, t))))
    assert type(result) is VectorStoreFile and result.status == "in_progress"
    assert fake.requests() == [("POST", "/files"), ("POST", "/vector_stores/vs_1/files")]
    assert form(fake.sent[0]) == [("purpose", None, None, b"assistants"), ("file", "notes.txt", "text/plain", path.read_bytes())]
    assert fake.json(1) == {"file_id": "file-1"} and seen[-1] == (1100, 1100)

    fake = Fake(script)
    result = fake.run(mode, lambda c: c.vector_stores.files.upload_and_poll(
        vector_store_id="vs_1", file=("renamed.md", b"# hi\n", "text/markdown"), attributes={"k": "v"}, poll_interval_ms=7))
    assert result.status == "completed"
    assert fake.requests() == [("POST", "/files"), ("POST", "/vector_stores/vs_1/files")] + [
        ("GET", "/vector_stores/vs_1/files/file-1")] * 2
    assert form(fake.sent[0])[1] == ("file", "renamed.md", "text/markdown", b"# hi\n")
    assert fake.json(1) == {"file_id": "file-1", "attributes": {"k": "v"}} and fake.sleeps == [0.007]


def batch(in_progress, completed):
    return {"id": "batch_1", "object": "vector_store.files_batch", "vector_store_id": "vs_1", "status": "in_progress",
            "file_counts": {"in_progress": in_progress, "completed": completed, "failed": 0, "cancelled": 0,
                            "total": in_progress + completed}}


def files_by_content(request):
    """POST /files answers with an id named after the file's content."""
    if request.url.path.endswith("/files") and request.method == "POST":
        part = [p for p in form(request) if p[0] == "file"][0]
        return httpx.Response(200, json=file_obj(f"file-{part[3].decode()}", part[1]))
    return None


@pytest.mark.parametrize("mode", MODES)
def test_file_batches_upload_and_poll(mode, tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"a")
    fake = Fake({("POST", "/vector_stores/vs_1/file_batches"): [answer(batch(4, 0))],
                 ("GET", "/vector_stores/vs_1/file_batches/batch_1"): [answer(batch(1, 3)), answer(batch(0, 4))]},
                files_by_content)
    seen = []
    result = fake.run(mode, lambda c: c.vector_stores.file_batches.upload_and_poll(
        "vs_1", files=[path, b"b", ("c.md", b"c")], file_ids=["file-0"], max_concurrency=2,
        progress=lambda s, t: seen.append((s, t))))
    assert type(result) is VectorStoreFileBatch and result.file_counts.completed == 4
    assert sorted(fake.requests()[:3]) == [("POST", "/files")] * 3
    assert sorted((p[1], p[3]) for r in fake.sent[:3] for p in form(r) if p[0] == "file") == [
        ("a.txt", b"a"), ("c.md", b"c"), ("upload", b"b")]
    assert fake.requests()[3:] == [("POST", "/vector_stores/vs_1/file_batches")] + [
        ("GET", "/vector_stores/vs_1/file_batches/batch_1")] * 2
    assert fake.json(3) == {"file_ids": ["file-0", "file-a", "file-b", "file-c"]}  # the order given
    assert seen[-1] == (3, 3) and fake.sleeps == [1.0]


@pytest.mark.parametrize("mode", MODES)
def test_a_failed_batch_upload_raises_and_makes_no_batch(mode):
    def refuse_b(request):
        if request.url.path.endswith("/files") and b"\r\n\r\nb\r\n" in request.content:
            return httpx.Response(400, json={"error": {"message": "bad file"}})
        return files_by_content(request)

    fake = Fake({}, refuse_b)
    with pytest.raises(BadRequestError, match="bad file"):
        fake.run(mode, lambda c: c.vector_stores.file_batches.upload_and_poll("vs_1", files=[b"a", b"b", b"c"], max_concurrency=1))
    assert all(path == "/files" for _, path in fake.requests())


# -- over a real socket -------------------------------------------------------------------------------


class _UploadServer(http.server.ThreadingHTTPServer):
    """An Uploads API on 127.0.0.1: parts are read off the socket and kept in memory for the test."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.parts, self.lengths, self.complete = {}, [], None


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        body = self.rfile.read(length)
        server = self.server
        if self.path.endswith("/parts"):
            boundary = self.headers["Content-Type"].split("boundary=")[1].encode()
            data = body.split(b"\r\n\r\n", 1)[1].rsplit(b"\r\n--" + boundary + b"--", 1)[0]
            part_id = f"part_{len(server.parts)}_{hashlib.md5(data).hexdigest()[:6]}"
            server.parts[part_id] = data
            server.lengths.append(length)
            reply = {"id": part_id, "object": "upload.part", "created_at": 0, "upload_id": "upload_1"}
        elif self.path.endswith("/complete"):
            server.complete = json.loads(body)
            reply = upload("completed", part_ids=server.complete["part_ids"])
        else:
            reply = upload()
        out = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)


@pytest.fixture
def server():
    srv = _UploadServer()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.mark.parametrize("mode", MODES)
def test_upload_file_chunked_over_a_real_socket(mode, server, big):
    base = f"http://127.0.0.1:{server.server_address[1]}/v1"
    kwargs = dict(file=big, mime_type="text/jsonl", purpose="fine-tune", part_size=PART)
    if mode == "sync":
        with OpenAI(api_key=API_KEY, base_url=base) as client:
            result = client.uploads.upload_file_chunked(**kwargs)
    else:
        async def main():
            async with AsyncOpenAI(api_key=API_KEY, base_url=base) as client:
                return await client.uploads.upload_file_chunked(**kwargs)
        result = asyncio.run(main())
    assert result.status == "completed"
    assert b"".join(server.parts[i] for i in server.complete["part_ids"]) == big.read_bytes()
    assert len(server.lengths) == 3
