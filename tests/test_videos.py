"""`client.videos`: create, retrieve, list, delete, remix and download_content, sync and async.

Recorded against the spec-validating mock. The mock has no `application/binary` answer for the
download, so the download with the official Accept header was recorded from an in-process transport
(`RECORD_TRANSPORTS`); against the mock it asks for `video/mp4`.
"""

import pytest

from openai_table._response import HttpxBinaryResponseContent
from openai_table.pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from openai_table.types import Video, VideoDeleteResponse

from _platform import assert_sent, binary_transport, fields, files, iter_bytes, same_wire, stream_to_file

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(24))
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(range(256)) * 4

RECORD_TRANSPORTS = {
    "test_videos_download_content": binary_transport(MP4, "video/mp4"),
    "test_videos_download_content_streaming_response": binary_transport(MP4, "video/mp4"),
}


def _check_video(video):
    assert type(video) is Video
    assert (video.id, video.object, video.model, video.status, video.progress) == ("string", "video", "string", "queued", 0)
    assert (video.seconds, video.size, video.created_at) == ("string", "720x1280", 0)
    assert video.error.code == "string" and video.error.message == "string"


def test_videos_create(api):
    video = api.call(lambda c: c.videos.create(prompt="A calico cat playing a piano on stage", model="sora-2",
                                               seconds="8", size="1280x720"))
    assert_sent(api, "POST", "/videos", json_body={"prompt": "A calico cat playing a piano on stage", "model": "sora-2",
                                                   "seconds": "8", "size": "1280x720"})
    _check_video(video)


def test_videos_create_with_input_reference(api):
    video = api.call(lambda c: c.videos.create(prompt="The cat starts to play", model="sora-2-pro",
                                               input_reference=("first-frame.png", PNG, "image/png")))
    request = assert_sent(api, "POST", "/videos", multipart=True)
    assert files(request) == [("input_reference", "first-frame.png", "image/png", PNG)]
    assert fields(request) == [("prompt", "The cat starts to play"), ("model", "sora-2-pro")]
    _check_video(video)


def test_videos_retrieve(api):
    video = api.call(lambda c: c.videos.retrieve("video_123"))
    assert_sent(api, "GET", "/videos/video_123")
    _check_video(video)


def test_videos_list(api):
    page = api.call(lambda c: c.videos.list(limit=2, order="asc", after="video_100"))
    assert_sent(api, "GET", "/videos", query={"limit": "2", "order": "asc", "after": "video_100"})
    assert isinstance(page, (SyncConversationCursorPage, AsyncConversationCursorPage))
    assert [type(v) for v in page.data] == [Video]
    _check_video(page.data[0])
    # the mock says there is more after `last_id`
    assert (page.has_more, page.last_id, page.first_id) == (True, "string", "string")
    assert page.has_next_page() is True


def test_videos_delete(api):
    deleted = api.call(lambda c: c.videos.delete("video_123"))
    assert_sent(api, "DELETE", "/videos/video_123")
    assert type(deleted) is VideoDeleteResponse
    assert (deleted.id, deleted.object, deleted.deleted) == ("string", "video.deleted", True)


def test_videos_remix(api):
    video = api.call(lambda c: c.videos.remix("video_123", prompt="Make it snow"))
    assert_sent(api, "POST", "/videos/video_123/remix", json_body={"prompt": "Make it snow"})
    _check_video(video)


def test_videos_download_content_from_mock(api):
    content = api.call(lambda c: c.videos.download_content("video_123", variant="thumbnail",
                                                           extra_headers={"Accept": "video/mp4"}))
    assert_sent(api, "GET", "/videos/video_123/content", query={"variant": "thumbnail"}, accept="video/mp4")
    assert isinstance(content, HttpxBinaryResponseContent) and content.content == b"string"


@pytest.mark.replay_only("the mock has no application/binary answer")
def test_videos_download_content(api):
    content = api.call(lambda c: c.videos.download_content("video_123"))
    assert_sent(api, "GET", "/videos/video_123/content", accept="application/binary")
    assert isinstance(content, HttpxBinaryResponseContent)
    assert content.content == MP4 and content.response.headers["content-type"] == "video/mp4"


@pytest.mark.replay_only("the mock has no application/binary answer")
def test_videos_download_content_streaming_response(api, tmp_path):
    target = tmp_path / "video.mp4"
    response = api.call(stream_to_file(lambda c: c.videos.with_streaming_response.download_content(
        "video_123", variant="video"), target))
    assert_sent(api, "GET", "/videos/video_123/content", query={"variant": "video"}, accept="application/binary")
    assert target.read_bytes() == MP4 and response.status_code == 200


# -- the wire, next to the official SDK ---------------------------------------------------------


@pytest.mark.parametrize("options", [
    {}, {"model": "sora-2", "seconds": "4", "size": "720x1280"},
    {"input_reference": PNG}, {"input_reference": ("ref.jpg", PNG, "image/jpeg"), "seconds": "12"},
])
def test_wire_create(options):
    ours = same_wire(lambda c: c.videos.create(prompt="p", **options))
    assert ours[0]["content-type"] == ("multipart/form-data" if "input_reference" in options else "application/json")


@pytest.mark.parametrize("call", [
    lambda c: c.videos.retrieve("video_1"),
    lambda c: c.videos.list(after="v", limit=5, order="desc"),
    lambda c: c.videos.delete("video_1"),
    lambda c: c.videos.remix("video_1", prompt="again"),
    lambda c: c.videos.download_content("video_1"),
    lambda c: c.videos.download_content("video_1", variant="spritesheet"),
], ids=["retrieve", "list", "delete", "remix", "download", "download_variant"])
def test_wire_other_methods(call):
    same_wire(call)


def test_iter_bytes_of_the_download(api):
    # the mock's placeholder body, read chunk by chunk
    chunks = api.call(iter_bytes(lambda c: c.videos.with_streaming_response.download_content(
        "video_123", extra_headers={"Accept": "video/mp4"})))
    assert_sent(api, "GET", "/videos/video_123/content", accept="video/mp4")
    assert b"".join(chunks) == b"string"
