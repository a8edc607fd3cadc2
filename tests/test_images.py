"""`client.images`: generate, edit and create_variation, sync and async.

Recorded against the spec-validating mock; the streamed calls (partial images) were recorded from
an in-process transport serving the API reference's event sequence (`RECORD_TRANSPORTS`). The wire
tests at the end compare our requests with the official SDK's, multipart parts included.
"""

import base64
import io

import pytest

from openai_table.types import (
    ImageEditCompletedEvent,
    ImageEditPartialImageEvent,
    ImageGenCompletedEvent,
    ImageGenPartialImageEvent,
    ImagesResponse,
)
from openai_table.types.images_response import Usage

from _platform import assert_sent, fields, files, same_wire, sse_transport

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(24))
MASK = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(24, 48))
B64 = [base64.b64encode(bytes([i]) * 12).decode() for i in range(3)]
USAGE = {"total_tokens": 100, "input_tokens": 50, "output_tokens": 50, "input_tokens_details": {"text_tokens": 10, "image_tokens": 40}}
SETTINGS = {"background": "opaque", "output_format": "png", "quality": "low", "size": "1024x1024"}


def _events(kind):
    def events():
        for i in range(2):
            yield {"type": f"{kind}.partial_image", "b64_json": B64[i], "partial_image_index": i,
                   "created_at": 1700000000 + i, **SETTINGS}
        yield {"type": f"{kind}.completed", "b64_json": B64[2], "created_at": 1700000009, "usage": USAGE, **SETTINGS}

    return events


RECORD_TRANSPORTS = {
    "test_images_generate_stream": sse_transport(_events("image_generation")),
    "test_images_edit_stream": sse_transport(_events("image_edit")),
}


def _check_response(result):
    assert type(result) is ImagesResponse
    assert result.created == 0 and result.data[0].b64_json == "string"
    assert (result.background, result.output_format, result.quality, result.size) == ("transparent", "png", "low", "1024x1024")
    assert isinstance(result.usage, Usage) and result.usage.input_tokens_details.image_tokens == 0


# -- generate -----------------------------------------------------------------------------------


def test_images_generate(api):
    result = api.call(lambda c: c.images.generate(
        prompt="A cute baby sea otter", model="gpt-image-1", n=1, size="1024x1024", quality="low",
        background="transparent", output_format="png", moderation="low", user="user-1234"))
    assert_sent(api, "POST", "/images/generations", json_body={
        "prompt": "A cute baby sea otter", "model": "gpt-image-1", "n": 1, "size": "1024x1024", "quality": "low",
        "background": "transparent", "output_format": "png", "moderation": "low", "user": "user-1234"})
    _check_response(result)


def test_images_generate_dall_e_3(api):
    result = api.call(lambda c: c.images.generate(prompt="A lighthouse", model="dall-e-3", style="vivid",
                                                  response_format="url", size="1792x1024", quality="hd"))
    assert_sent(api, "POST", "/images/generations", json_body={
        "prompt": "A lighthouse", "model": "dall-e-3", "style": "vivid", "response_format": "url", "size": "1792x1024",
        "quality": "hd"})
    assert type(result) is ImagesResponse


@pytest.mark.replay_only("the mock answers stream=true with JSON, not server-sent events")
def test_images_generate_stream(api):
    events = api.collect(lambda c: c.images.generate(prompt="A cute baby sea otter", model="gpt-image-1",
                                                     stream=True, partial_images=2))
    assert_sent(api, "POST", "/images/generations", json_body={
        "prompt": "A cute baby sea otter", "model": "gpt-image-1", "stream": True, "partial_images": 2})
    assert [type(e) for e in events] == [ImageGenPartialImageEvent, ImageGenPartialImageEvent, ImageGenCompletedEvent]
    assert [e.partial_image_index for e in events[:2]] == [0, 1]
    assert [e.b64_json for e in events] == B64
    assert [e.created_at for e in events] == [1700000000, 1700000001, 1700000009]
    done = events[-1]
    assert (done.type, done.size, done.quality, done.background, done.output_format) == (
        "image_generation.completed", "1024x1024", "low", "opaque", "png")
    assert done.usage.total_tokens == 100 and done.usage.input_tokens_details.image_tokens == 40


# -- edit ---------------------------------------------------------------------------------------


def test_images_edit(api):
    result = api.call(lambda c: c.images.edit(
        image=("otter.png", PNG, "image/png"), mask=("mask.png", MASK, "image/png"), prompt="Add a hat",
        model="gpt-image-1", n=1, size="1024x1024", quality="low", input_fidelity="high", output_compression=80,
        background="transparent", output_format="png"))
    request = assert_sent(api, "POST", "/images/edits", multipart=True)
    assert files(request) == [("image", "otter.png", "image/png", PNG), ("mask", "mask.png", "image/png", MASK)]
    assert fields(request) == [
        ("prompt", "Add a hat"), ("model", "gpt-image-1"), ("n", "1"), ("size", "1024x1024"), ("quality", "low"),
        ("input_fidelity", "high"), ("output_compression", "80"), ("background", "transparent"), ("output_format", "png")]
    _check_response(result)


def test_images_edit_several_images(api, tmp_path):
    path = tmp_path / "lotion.png"
    path.write_bytes(MASK)
    result = api.call(lambda c: c.images.edit(image=[("bath-bomb.png", PNG, "image/png"), path, io.BytesIO(PNG)],
                                              prompt="A gift basket", model="gpt-image-1"))
    request = assert_sent(api, "POST", "/images/edits", multipart=True)
    assert files(request) == [("image[]", "bath-bomb.png", "image/png", PNG), ("image[]", "lotion.png", "image/png", MASK),
                              ("image[]", "upload", "application/octet-stream", PNG)]
    assert fields(request) == [("prompt", "A gift basket"), ("model", "gpt-image-1")]
    assert type(result) is ImagesResponse


@pytest.mark.replay_only("the mock answers stream=true with JSON, not server-sent events")
def test_images_edit_stream(api):
    events = api.collect(lambda c: c.images.edit(image=("otter.png", PNG, "image/png"), prompt="Add a hat",
                                                 model="gpt-image-1", stream=True, partial_images=2))
    request = assert_sent(api, "POST", "/images/edits", multipart=True)
    assert fields(request) == [("prompt", "Add a hat"), ("model", "gpt-image-1"), ("stream", "true"), ("partial_images", "2")]
    assert [type(e) for e in events] == [ImageEditPartialImageEvent, ImageEditPartialImageEvent, ImageEditCompletedEvent]
    assert [e.type for e in events] == ["image_edit.partial_image"] * 2 + ["image_edit.completed"]
    assert [e.b64_json for e in events] == B64 and events[1].partial_image_index == 1
    assert events[-1].usage.input_tokens_details.text_tokens == 10


# -- variations ---------------------------------------------------------------------------------


def test_images_create_variation(api, tmp_path):
    path = tmp_path / "corgi.png"
    path.write_bytes(PNG)
    result = api.call(lambda c: c.images.create_variation(image=path, model="dall-e-2", n=2, size="512x512",
                                                          response_format="b64_json", user="user-1"))
    request = assert_sent(api, "POST", "/images/variations", multipart=True)
    assert files(request) == [("image", "corgi.png", "image/png", PNG)]
    assert fields(request) == [("model", "dall-e-2"), ("n", "2"), ("size", "512x512"), ("response_format", "b64_json"),
                               ("user", "user-1")]
    assert type(result) is ImagesResponse and result.data[0].b64_json == "string"


# -- the wire, next to the official SDK ---------------------------------------------------------


@pytest.mark.parametrize("image", ["bytes", "path", "open_file", "tuple", "list", "list_of_one", "mixed_list"])
def test_wire_edit_images(tmp_path, image):
    path = tmp_path / "otter.png"
    path.write_bytes(PNG)
    make = {"bytes": lambda: PNG, "path": lambda: path, "open_file": lambda: open(path, "rb"),
            "tuple": lambda: ("a.png", PNG, "image/png"), "list": lambda: [("a.png", PNG), ("b.png", MASK)],
            "list_of_one": lambda: [PNG], "mixed_list": lambda: [PNG, path, open(path, "rb"), ("d.webp", MASK, "image/webp")]}[image]
    ours = same_wire(lambda c: c.images.edit(image=make(), prompt="Add a hat", mask=("m.png", MASK)))
    names = [h["Content-Disposition"] for h, _ in ours[0]["body"]]
    assert any(("image[]" if image.endswith("list") or image == "list_of_one" else 'name="image"') in n for n in names)


@pytest.mark.parametrize("options", [
    {}, {"stream": True, "partial_images": 3}, {"stream": False}, {"n": None, "model": None, "size": "auto"},
    {"background": "auto", "input_fidelity": "low", "output_compression": 0, "output_format": "webp", "quality": "auto",
     "response_format": "b64_json", "user": "u", "extra_body": {"moderation": "low"}},
])
def test_wire_edit_options(options):
    same_wire(lambda c: c.images.edit(image=PNG, prompt="p", **options))


@pytest.mark.parametrize("options", [
    {}, {"stream": True, "partial_images": 1}, {"n": None, "style": None}, {"model": "dall-e-3", "style": "natural", "quality": "hd"},
])
def test_wire_generate(options):
    ours = same_wire(lambda c: c.images.generate(prompt="p", **options))
    assert ours[0]["content-type"] == "application/json"


@pytest.mark.parametrize("options", [{}, {"n": 2, "size": "256x256", "model": None, "response_format": "url", "user": "u"}])
def test_wire_create_variation(options):
    same_wire(lambda c: c.images.create_variation(image=("v.png", PNG), **options))


def test_reference_example_structures():
    result = ImagesResponse.construct(created=1713833628, data=[{"b64_json": "..."}],
                                      usage={"total_tokens": 100, "input_tokens": 50, "output_tokens": 50,
                                             "input_tokens_details": {"text_tokens": 10, "image_tokens": 40}})
    assert result.data[0].b64_json == "..." and result.usage.input_tokens_details.text_tokens == 10
