"""`uploads.upload_file_chunked` next to the official SDK's (2.8.1): over the same scripted
answers, both create the Upload with the same body, send the same parts (as multipart `data`),
complete it with the same part ids in order, and return the same Upload."""

import asyncio
import json

import httpx
import openai
import pytest

from _helpers_fake import API_KEY, BASE_URL, Fake
from _platform import form
from test_uploads_helpers import upload_script

DATA = bytes([0]) * 10 + bytes([1]) * 10 + bytes([2]) * 3


def part_answer(request):
    # no assertion on the part's headers here: they are what the test compares
    if request.url.path.endswith("/parts"):
        [(_, _, _, data)] = form(request)
        return httpx.Response(200, json={"id": f"part_{data[0]}", "object": "upload.part", "created_at": 0,
                                         "upload_id": "upload_1"})
    return None


def call(client):
    return client.uploads.upload_file_chunked(file=DATA, filename="mem.bin", bytes=len(DATA),
                                              mime_type="application/octet-stream", purpose="batch", part_size=10)


def _official(mode, fake):
    transport = httpx.MockTransport(fake._answer)
    options = dict(api_key=API_KEY, base_url=BASE_URL, max_retries=0)
    if mode == "sync":
        return call(openai.OpenAI(http_client=httpx.Client(transport=transport), **options))

    async def main():
        return await call(openai.AsyncOpenAI(http_client=httpx.AsyncClient(transport=transport), **options))
    return asyncio.run(main())


def _summary(fake):
    """The create and complete bodies, and each part (name, content type, bytes), parts in any
    order: the async clients send them concurrently."""
    json_bodies = [(r.url.path, json.loads(r.content)) for r in fake.sent if not r.url.path.endswith("/parts")]
    parts = sorted((name, media, data) for r in fake.sent if r.url.path.endswith("/parts")
                   for name, _, media, data in form(r))
    return json_bodies, parts


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_same_upload_as_the_official_sdk(mode):
    theirs = Fake(upload_script(), part_answer)
    their_result = _official(mode, theirs)
    ours = Fake(upload_script(), part_answer)
    our_result = ours.run(mode, call)
    assert _summary(ours) == _summary(theirs)
    assert _summary(ours)[0][-1] == ("/v1/uploads/upload_1/complete", {"part_ids": ["part_0", "part_1", "part_2"]})
    assert [d for _, _, d in _summary(ours)[1]] == [DATA[:10], DATA[10:20], DATA[20:]]
    assert our_result.to_dict() == their_result.to_dict()
