"""Request bodies other than JSON: raw bodies (`encoding: {raw: ..., content_type: ...}`), typed
multipart parts, and multipart forms part for part as the official SDK sends them."""

import io
import pathlib
import textwrap

import httpx
import pytest

import openai
import openai_table
from openai_table import TableError
from openai_table._table import load_table

from _mock import clean_env  # noqa: F401  (autouse)
from _wire import awire, summary, wire

# Test-only resources shaped like realtime.calls.create, images.edit, audio.transcriptions.create
# and containers.files.create; the official SDK is called through its real methods.
TABLE = """\
demo.calls:
  create:
    post: /realtime/calls
    body: {sdp: str!, session: dict}
    encoding:
      raw: sdp
      content_type: application/sdp
      multipart: {sdp: application/sdp, session: application/json}
    headers: {Accept: application/sdp}
    returns: binary
demo.images:
  edit:
    post: /images/edits
    encoding: multipart
    body: {image: file|list!, prompt: str!, background: str|null, mask: file, n: int|null, stream: bool|null}
    returns: models.Model
demo.transcriptions:
  create:
    post: /audio/transcriptions
    encoding: multipart
    body:
      file: file!
      model: str!
      chunking_strategy: dict|null
      include: list
      language: str
      prompt: str
      temperature: float
      timestamp_granularities: list
    returns: models.Model
demo.container_files:
  create:
    post: /containers/{container_id}/files
    path: {container_id: str}
    encoding: multipart
    body: {file: file, file_id: str}
    returns: models.Model
demo.blobs:
  put:
    put: /blobs/{name}
    path: {name: str}
    body: {data: file!}
    encoding: {raw: data, content_type: application/octet-stream}
    returns: none
"""

SDP = "v=0\r\no=- 4227147428 1719357865 IN IP4 127.0.0.1\r\ns=-\r\n"


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "demo.yaml"
    path.write_text(textwrap.dedent(TABLE))
    return [path]


def sdp_reply(request: httpx.Request) -> httpx.Response:
    return httpx.Response(201, content=b"v=0\r\nanswer\r\n", headers={"content-type": "application/sdp"})


def canon(s):
    """Parts in a stable order by name: the SDKs order form fields by call vs by declaration."""
    if isinstance(s["body"], list):
        s["body"] = sorted(s["body"], key=lambda part: part[0]["Content-Disposition"])
    return s


def same(ours_call, theirs_call, table, reply=None):
    kw = {"reply": reply} if reply else {}
    ours = [canon(summary(r)) for r in wire(openai_table, ours_call, endpoints=table, **kw)]
    theirs = [canon(summary(r)) for r in wire(openai, theirs_call, **kw)]
    assert ours == theirs
    return ours


# -- raw bodies: realtime.calls.create ------------------------------------------------------------


def test_sdp_alone_is_the_raw_body(table):
    out = []
    (sent,) = same(lambda c: out.append(c.demo.calls.create(sdp=SDP)), lambda c: c.realtime.calls.create(sdp=SDP), table, sdp_reply)
    assert sent["content-type"] == "application/sdp" and sent["accept"] == "application/sdp"
    assert sent["body"] == SDP.encode() and sent["content-length"] == str(len(SDP))
    assert out[0].content == b"v=0\r\nanswer\r\n"


def test_sdp_with_session_is_a_typed_multipart_form(table):
    session = {"type": "realtime", "model": "gpt-realtime", "instructions": "Be brief ✓"}
    (sent,) = same(lambda c: c.demo.calls.create(sdp=SDP, session=session),
                   lambda c: c.realtime.calls.create(sdp=SDP, session=session), table, sdp_reply)
    assert sent["content-type"] == "multipart/form-data"
    assert sent["body"] == [
        ({"Content-Disposition": 'form-data; name="sdp"', "Content-Type": "application/sdp"}, SDP.encode()),
        ({"Content-Disposition": 'form-data; name="session"', "Content-Type": "application/json"},
         b'{"type": "realtime", "model": "gpt-realtime", "instructions": "Be brief \\u2713"}'),
    ]


@pytest.mark.parametrize("case", ["session_none", "extra_query", "extra_headers", "extra_body_with_session"])
def test_sdp_options_as_official(table, case):
    kwargs = {
        "session_none": dict(session=None),
        "extra_query": dict(extra_query={"q": "1"}),
        "extra_headers": dict(extra_headers={"Content-Type": "application/sdp; charset=utf-8", "X-A": "b"}),
        "extra_body_with_session": dict(session={"type": "realtime"}, extra_body={"tag": "x", "flags": [True]}),
    }[case]
    same(lambda c: c.demo.calls.create(sdp=SDP, **kwargs), lambda c: c.realtime.calls.create(sdp=SDP, **kwargs), table, sdp_reply)


def test_sdp_extra_body_alone_goes_multipart(table):
    """Deliberate difference: the official SDK drops extra_body when it sends the raw SDP; here
    the extra fields switch the call to the multipart form, which can carry them."""
    (sent,) = wire(openai_table, lambda c: c.demo.calls.create(sdp=SDP, extra_body={"tag": "x"}), sdp_reply, endpoints=table)
    assert [p[0]["Content-Disposition"] for p in summary(sent)["body"]] == ['form-data; name="tag"', 'form-data; name="sdp"']


async def test_sdp_async(table):
    sent = await awire(openai_table, lambda c: c.demo.calls.create(sdp=SDP), sdp_reply, endpoints=table)
    theirs = await awire(openai, lambda c: c.realtime.calls.create(sdp=SDP), sdp_reply)
    assert [summary(r) for r in sent] == [summary(r) for r in theirs]


def test_raw_only_entry(table, tmp_path):
    blob = tmp_path / "blob.bin"
    blob.write_bytes(b"\x00\x01")
    sent = wire(openai_table, lambda c: (c.demo.blobs.put("a", data=b"\xff"), c.demo.blobs.put("b", data=blob),
                                         c.demo.blobs.put("c", data=io.BytesIO(b"io"))), endpoints=table)
    assert [(r.method, r.headers["content-type"], r.content) for r in sent] == [
        ("PUT", "application/octet-stream", b"\xff"), ("PUT", "application/octet-stream", b"\x00\x01"),
        ("PUT", "application/octet-stream", b"io")]
    with pytest.raises(TypeError, match=r"demo.blobs.put\(\) sends `data` as the whole body; there is no room for 'x'"):
        wire(openai_table, lambda c: c.demo.blobs.put("a", data=b"", extra_body={"x": 1}), endpoints=table)


# -- multipart forms against the official SDK -----------------------------------------------------


def test_lists_of_files_and_file_kinds(table, tmp_path):
    mask = tmp_path / "mask.png"
    mask.write_bytes(b"MASK")

    def call(images):
        return lambda c: images(c).edit(
            image=[("a.png", b"PNG1", "image/png"), b"PNG2", io.BytesIO(b"PNG3"), ("b.png", b"PNG4", "image/png", {"X-Part": "1"})],
            mask=mask, prompt="p", n=2, background=None, stream=False)

    (sent,) = same(call(lambda c: c.demo.images), call(lambda c: c.images), table)
    names = [p[0]["Content-Disposition"] for p in sent["body"]]
    assert names.count('form-data; name="image[]"; filename="upload"') == 2
    assert 'form-data; name="stream"' in names and not any("background" in n for n in names)


def test_nested_dicts_plain_lists_none_empty_and_booleans(table):
    def call(transcriptions):
        return lambda c: transcriptions(c).create(
            file=("a.mp3", b"ID3"), model="whisper-1", timestamp_granularities=["word", "segment"], include=["logprobs"],
            chunking_strategy={"type": "server_vad", "prefix_padding_ms": 300, "nested": {"x": True, "y": None, "z": [1, False]}},
            temperature=0.0, language="", prompt=None)

    (sent,) = same(call(lambda c: c.demo.transcriptions), call(lambda c: c.audio.transcriptions), table)
    fields = {p[0]["Content-Disposition"].split('name="')[1].split('"')[0]: p[1] for p in sent["body"]}
    assert fields["chunking_strategy[nested][x]"] == b"true" and fields["temperature"] == b"0.0"
    assert "language" not in fields and "prompt" not in fields and "chunking_strategy[nested][y]" not in fields


@pytest.mark.parametrize("file", [(None, b"x"), ("f.jsonl", b"x", "text/plain", {"X-Extra": "1"}), b"x"], ids=["no_filename", "headers", "bytes"])
def test_file_tuples_as_official(table, file):
    same(lambda c: c.files.create(file=file, purpose="batch", expires_after={"anchor": "created_at", "seconds": 3600},
                                  extra_body={"k": [True, False], "e": ""}),
         lambda c: c.files.create(file=file, purpose="batch", expires_after={"anchor": "created_at", "seconds": 3600},
                                  extra_body={"k": [True, False], "e": ""}), table)


def test_form_without_files_is_still_multipart(table):
    sent = same(lambda c: (c.demo.container_files.create("cnt", file_id="f1"), c.demo.container_files.create("cnt")),
                lambda c: (c.containers.files.create("cnt", file_id="f1"), c.containers.files.create("cnt")), table)
    assert [s["content-type"] for s in sent] == ["multipart/form-data", "multipart/form-data"]


def test_empty_query_values_left_out_as_official(table):
    same(lambda c: c.files.list(after="", purpose=None, limit=0), lambda c: c.files.list(after="", purpose=None, limit=0), table)


# -- the table key ---------------------------------------------------------------------------------

BAD = {
    "not_a_mapping": ("encoding: [raw]", "`encoding` must be json, multipart or a mapping of raw, content_type, multipart; got ['raw']"),
    "unknown_key": ("encoding: {raw: sdp, content_type: application/sdp, typ: x}", "`encoding`: unknown key 'typ' (one of raw, content_type, multipart)"),
    "raw_not_body": ("encoding: {raw: offer, content_type: application/sdp}", "`encoding`: raw 'offer' is not a body param"),
    "raw_without_type": ("encoding: {raw: sdp}", "`encoding`: a raw body needs `content_type` (like application/sdp), got None"),
    "bad_type": ("encoding: {raw: sdp, content_type: sdp}", "a raw body needs `content_type` (like application/sdp), got 'sdp'"),
    "type_without_raw": ("encoding: {content_type: application/sdp, multipart: {}}", "`content_type` is the type of a `raw` body"),
    "raw_with_others": ("encoding: {raw: sdp, content_type: application/sdp}", "a raw body is 'sdp' alone; session need `multipart` too"),
    "part_not_body": ("encoding: {multipart: {offer: application/sdp}}", "multipart part 'offer' is not a body param"),
    "part_bad_type": ("encoding: {multipart: {sdp: 3}}", "multipart part 'sdp' needs a content type like application/json, got 3"),
    "parts_not_mapping": ("encoding: {multipart: [sdp]}", "`multipart` must map body params to a content type"),
    "string": ("encoding: xml", "`encoding` must be json or multipart, got 'xml'"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_encoding_fails_at_load(tmp_path, name):
    line, problem = BAD[name]
    path = tmp_path / "bad.yaml"
    path.write_text(f"calls:\n  create:\n    post: /calls\n    body: {{sdp: str!, session: dict}}\n    {line}\n    returns: binary\n")
    with pytest.raises(TableError) as e:
        load_table([path])
    assert str(e.value).startswith(f"{path}:5: calls.create: "), str(e.value)
    assert problem in str(e.value)


def test_file_param_outside_raw_needs_multipart(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("up:\n  put:\n    put: /up\n    body: {data: file!}\n    encoding: {raw: data, content_type: text/plain}\n    returns: none\n"
                    "  post:\n    post: /up\n    body: {a: file!, b: str}\n    encoding: {raw: b, content_type: text/plain, multipart: {}}\n    returns: none\n")
    load_table([path])  # the raw param may be a file; the others need the form, which `multipart` gives
    path.write_text("up:\n  put:\n    put: /up\n    body: {data: str!, f: file}\n    encoding: {raw: data, content_type: text/plain}\n    returns: none\n")
    with pytest.raises(TableError, match="need `multipart` too"):
        load_table([path])
