"""`client.uploads` (create, complete, cancel) and `client.uploads.parts.create`, sync and async,
recorded against the spec-validating mock; the wire tests compare with the official SDK."""

import io

import pytest

from openai_table.types import FileObject, Upload
from openai_table.types.uploads import UploadPart

from _platform import assert_sent, fields, files, same_wire

CHUNK = b'{"messages": [{"role": "user", "content": "Hi"}]}\n' * 40


def _check_upload(upload):
    assert type(upload) is Upload
    assert (upload.id, upload.object, upload.filename, upload.purpose, upload.bytes) == (
        "string", "upload", "string", "string", 0)
    assert upload.status == "pending"
    assert upload.file is None and "file" in upload.to_dict()  # the mock sends `"file": null`


def test_uploads_create(api):
    upload = api.call(lambda c: c.uploads.create(
        bytes=2147483648, filename="training_examples.jsonl", mime_type="text/jsonl", purpose="fine-tune",
        expires_after={"anchor": "created_at", "seconds": 7200}))
    assert_sent(api, "POST", "/uploads", json_body={
        "bytes": 2147483648, "filename": "training_examples.jsonl", "mime_type": "text/jsonl", "purpose": "fine-tune",
        "expires_after": {"anchor": "created_at", "seconds": 7200}})
    _check_upload(upload)


def test_uploads_complete(api):
    upload = api.call(lambda c: c.uploads.complete("upload_abc123", part_ids=["part_def456", "part_ghi789"],
                                                   md5="d41d8cd98f00b204e9800998ecf8427e"))
    assert_sent(api, "POST", "/uploads/upload_abc123/complete", json_body={
        "part_ids": ["part_def456", "part_ghi789"], "md5": "d41d8cd98f00b204e9800998ecf8427e"})
    _check_upload(upload)


def test_uploads_cancel(api):
    upload = api.call(lambda c: c.uploads.cancel("upload_abc123"))
    assert_sent(api, "POST", "/uploads/upload_abc123/cancel")
    _check_upload(upload)


@pytest.mark.parametrize("source", ["bytes", "bytes_io", "tuple"])
def test_uploads_parts_create(api, source):
    data = {"bytes": CHUNK, "bytes_io": io.BytesIO(CHUNK), "tuple": ("part-1.jsonl", CHUNK, "application/octet-stream")}[source]
    part = api.call(lambda c: c.uploads.parts.create("upload_abc123", data=data))
    request = assert_sent(api, "POST", "/uploads/upload_abc123/parts", multipart=True)
    filename = "part-1.jsonl" if source == "tuple" else "upload"
    assert files(request) == [("data", filename, "application/octet-stream", CHUNK)] and fields(request) == []
    assert type(part) is UploadPart
    assert (part.id, part.object, part.upload_id, part.created_at) == ("string", "upload.part", "string", 0)


# -- the wire, next to the official SDK ---------------------------------------------------------


@pytest.mark.parametrize("call", [
    lambda c: c.uploads.create(bytes=10, filename="f.jsonl", mime_type="text/jsonl", purpose="batch"),
    lambda c: c.uploads.create(bytes=10, filename="f.jsonl", mime_type="text/jsonl", purpose="assistants",
                               expires_after={"anchor": "created_at", "seconds": 3600}),
    lambda c: c.uploads.complete("upload_1", part_ids=["part_1"]),
    lambda c: c.uploads.complete("upload_1", part_ids=[], md5="x"),
    lambda c: c.uploads.cancel("upload_1"),
    lambda c: c.uploads.parts.create("upload_1", data=CHUNK),
    lambda c: c.uploads.parts.create("upload_1", data=("p.bin", CHUNK)),
    lambda c: c.uploads.parts.create("upload_1", data=io.BytesIO(CHUNK), extra_body={"note": "x"}),
], ids=["create", "create_expires", "complete", "complete_md5", "cancel", "part_bytes", "part_tuple", "part_extra_body"])
def test_wire(call):
    same_wire(call)


def test_wire_part_from_a_path(tmp_path):
    path = tmp_path / "chunk.bin"
    path.write_bytes(CHUNK)
    ours = same_wire(lambda c: c.uploads.parts.create("upload_1", data=path))
    assert ours[0]["body"][0][0]["Content-Disposition"] == 'form-data; name="data"; filename="chunk.bin"'


def test_completed_upload_holds_its_file():
    upload = Upload.construct(id="upload_abc123", object="upload", bytes=2147483648, created_at=1719184911,
                              filename="training_examples.jsonl", purpose="fine-tune", status="completed",
                              expires_at=1719127296, file={"id": "file-xyz321", "object": "file", "bytes": 2147483648,
                                                           "created_at": 1719186911, "filename": "training_examples.jsonl",
                                                           "purpose": "fine-tune"})
    assert type(upload.file) is FileObject and upload.file.id == "file-xyz321" and upload.status == "completed"
