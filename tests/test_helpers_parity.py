"""The file and voice helpers next to the official SDK's (2.8.1), side by side: the same scripted
answers are served to both clients (an httpx.MockTransport over `_helpers_fake.Fake`), and both
must send the same requests in the same order (method, path, query, JSON body, multipart parts
without the boundary, the headers that matter) and return equal objects, sync and async. Waits are
recorded, never slept; the clocks are replaced.

- files.wait_for_processing: done at once, after polls, and giving up at the deadline;
- vector_stores.files.upload / upload_and_poll, with a chunking strategy, for each kind of file;
- vector_stores.file_batches.upload_and_poll: uploads compared as a multiset (they run
  concurrently), then the batch, its polls and the batch returned;
- Microphone / LocalAudioPlayer over the fake sound device of tests/test_voice.py.

Differences found (kept out of the assertions, each named where it would be):
- wait_for_processing: when the poll after the deadline finds the file processed, the official
  helper still raises; ours returns the file.
- The error messages are worded differently (same class, both name the file and the seconds).
- file_batches.upload_and_poll: the official batch lists the uploaded ids in the order the
  uploads finished; ours in the order the files were given.
- LocalAudioPlayer: the official player leaves the last (stopping) block unwritten (whatever the
  device's buffer held), ours fills it with silence; a 1-D float32 array makes the official
  `play` fail (IndexError), ours plays it as mono; a speech body with an odd byte count makes the
  official `play` fail (ValueError), ours drops the stray byte; a failing `play_stream` source
  leaves the official player waiting forever, ours stops and raises its error.
- Without numpy the official `openai.helpers` fails at import; ours at first use.
- A failed upload in file_batches.upload_and_poll: both raise the same error and make no batch; the
  official helper lets the other uploads run on, ours cancels those not yet started.
"""

import asyncio
import hashlib
import io
import json
import subprocess
import sys
import types
import wave
import warnings
from collections import Counter

import httpx
import openai
import pytest
from openai._resource import AsyncAPIResource, SyncAPIResource

from openai_table.helpers import polling

from _helpers_fake import API_KEY, BASE_URL, Fake, answer
from _platform import form

MODES = ["sync", "async"]

# -- running the official client over a Fake --------------------------------------------------


def official(mode, fake, call, monkeypatch):
    """call(client) with the official client over `fake`; its waits are recorded in fake.sleeps."""
    transport = httpx.MockTransport(fake._answer)
    options = dict(api_key=API_KEY, base_url=BASE_URL, max_retries=0)
    if mode == "sync":
        monkeypatch.setattr(SyncAPIResource, "_sleep", lambda self, s: fake.sleeps.append(s))
        return call(openai.OpenAI(http_client=httpx.Client(transport=transport), **options))

    async def sleep(self, s):
        fake.sleeps.append(s)
    monkeypatch.setattr(AsyncAPIResource, "_sleep", sleep)

    async def main():
        return await call(openai.AsyncOpenAI(http_client=httpx.AsyncClient(transport=transport), **options))
    return asyncio.run(main())


def both(mode, make_fake, call, monkeypatch):
    """(our fake, our result, their fake, their result): the same call over two fresh fakes."""
    theirs = make_fake()
    their_result = official(mode, theirs, call, monkeypatch)
    ours = make_fake()
    our_result = ours.run(mode, call)
    return ours, our_result, theirs, their_result


HEADERS = ("openai-beta", "x-stainless-poll-helper", "x-stainless-custom-poll-interval")


def summary(request):
    """What a request says: method, path, query, body as data (multipart: (name, filename,
    content type, bytes) per part, in order), the content type without the boundary, and the
    headers that matter."""
    content_type = request.headers.get("content-type")
    if content_type and content_type.startswith("multipart/form-data"):
        body, content_type = form(request), "multipart/form-data"
    else:
        body = json.loads(request.content) if request.content else None
    return (request.method, request.url.path, list(request.url.params.multi_items()), content_type, body,
            {k: request.headers.get(k) for k in HEADERS if k in request.headers})


def summaries(fake):
    return [summary(r) for r in fake.sent]


# -- 1. files.wait_for_processing ----------------------------------------------------------------


def file_obj(status, file_id="file-1"):
    return {"id": file_id, "object": "file", "bytes": 10, "created_at": 0, "filename": "a.jsonl", "purpose": "fine-tune",
            "status": status}


class Clock:
    """A clock that moves only when someone sleeps: `sleeps` is this list, appending advances it."""

    def __init__(self, monkeypatch):
        self.now = 1000.0
        monkeypatch.setattr(polling, "_clock", lambda: self.now)
        monkeypatch.setattr(openai.resources.files, "time", types.SimpleNamespace(time=lambda: self.now))

    def fake(self, script):
        clock = self

        class Advancing(list):
            def append(self, seconds):
                super().append(seconds)
                clock.now += seconds

        fake = Fake(script)
        fake.sleeps = Advancing()
        return fake


WAITS = {
    "processed at once": ([answer(file_obj("processed"))], dict(poll_interval=0.5, max_wait_seconds=60)),
    "after two uploaded polls": ([answer(file_obj("uploaded")), answer(file_obj("uploaded")), answer(file_obj("processed"))],
                                 dict(poll_interval=2, max_wait_seconds=60)),
    "error": ([answer(file_obj("uploaded")), answer(file_obj("error"))], dict(poll_interval=1.5, max_wait_seconds=60)),
    "deleted, default interval": ([answer(file_obj("uploaded")), answer(file_obj("deleted"))], {}),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", sorted(WAITS))
def test_wait_for_processing(name, mode, monkeypatch):
    answers, kwargs = WAITS[name]
    clock = Clock(monkeypatch)
    ours, our_result, theirs, their_result = both(
        mode, lambda: clock.fake({("GET", "/files/file-1"): answers}),
        lambda c: c.files.wait_for_processing("file-1", **kwargs), monkeypatch)
    assert summaries(ours) == summaries(theirs)
    assert summaries(ours) == [("GET", "/v1/files/file-1", [], None, None, {})] * len(answers)  # plain retrieves
    assert list(ours.sleeps) == list(theirs.sleeps) == [kwargs.get("poll_interval", 5.0)] * (len(answers) - 1)
    assert our_result.to_dict() == their_result.model_dump(exclude_unset=True)


def _outcome(mode, fake, call, monkeypatch, run_official):
    try:
        return "returned", (official(mode, fake, call, monkeypatch) if run_official else fake.run(mode, call))
    except Exception as e:  # the error is what is compared
        return "raised", e


@pytest.mark.parametrize("mode", MODES)
def test_wait_for_processing_gives_up_at_the_deadline(mode, monkeypatch):
    clock = Clock(monkeypatch)
    script = {("GET", "/files/file-1"): [answer(file_obj("uploaded"))]}
    call = lambda c: c.files.wait_for_processing("file-1", poll_interval=5, max_wait_seconds=12)  # noqa: E731
    theirs, ours = clock.fake(script), None
    their_kind, their_error = _outcome(mode, theirs, call, monkeypatch, True)
    clock.now = 1000.0
    ours = clock.fake(script)
    our_kind, our_error = _outcome(mode, ours, call, monkeypatch, False)
    assert our_kind == their_kind == "raised"
    assert type(our_error) is type(their_error) is RuntimeError
    for error in (our_error, their_error):  # worded differently; both name the file and the deadline
        assert "file-1" in str(error) and "12 seconds" in str(error)
    assert summaries(ours) == summaries(theirs) and len(ours.sent) == 4
    assert list(ours.sleeps) == list(theirs.sleeps) == [5, 5, 5]


@pytest.mark.parametrize("mode", MODES)
def test_wait_for_processing_done_on_the_poll_after_the_deadline(mode, monkeypatch):
    clock = Clock(monkeypatch)
    script = {("GET", "/files/file-1"): [answer(file_obj("uploaded"))] * 3 + [answer(file_obj("processed"))]}
    call = lambda c: c.files.wait_for_processing("file-1", poll_interval=5, max_wait_seconds=12)  # noqa: E731
    theirs = clock.fake(script)
    their_kind, _ = _outcome(mode, theirs, call, monkeypatch, True)
    clock.now = 1000.0
    ours = clock.fake(script)
    our_kind, _ = _outcome(mode, ours, call, monkeypatch, False)
    assert summaries(ours) == summaries(theirs) and len(ours.sent) == 4
    assert list(ours.sleeps) == list(theirs.sleeps) == [5, 5, 5]
    # outcome differs: official raises RuntimeError though the 4th poll says processed; ours returns the file
    assert (their_kind, our_kind) == ("raised", "returned")


# -- 2. vector_stores.files.upload / upload_and_poll -------------------------------------------------


def vs_file(status, file_id="file-up"):
    return {"id": file_id, "object": "vector_store.file", "vector_store_id": "vs_1", "status": status, "created_at": 0,
            "usage_bytes": 0, "last_error": None,
            "chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}}}


STATIC = {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}}


def uploaded_file(request):
    """POST /files answers with a file whose id and name come from the part sent."""
    if request.method == "POST" and request.url.path.endswith("/files") and "file_batches" not in request.url.path \
            and "vector_stores" not in request.url.path:
        [part] = [p for p in form(request) if p[0] == "file"]
        body = {"id": fid(part[3]), "object": "file", "bytes": len(part[3]), "created_at": 0,
                "filename": part[1], "purpose": "assistants", "status": "processed"}
        return httpx.Response(200, json=body)
    return None


def fid(content):
    return "file-" + hashlib.md5(content).hexdigest()[:8]


CONTENT = {"path": b"notes and more notes\n", "tuple": b'{"x": 1}', "pair": b"a,b\n1,2\n", "bytes": b"raw bytes",
           "open file": b"# report\n"}


def file_kinds(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(CONTENT["path"])
    opened = tmp_path / "report.md"
    opened.write_bytes(CONTENT["open file"])
    return {
        "path": lambda: path,
        "tuple": lambda: ("renamed.json", CONTENT["tuple"], "application/json"),
        "pair": lambda: ("pair.csv", CONTENT["pair"]),
        "bytes": lambda: CONTENT["bytes"],
        "open file": lambda: _OPENED.append(open(opened, "rb")) or _OPENED[-1],
    }


_OPENED = []  # the open files handed to the helpers, closed after each test


@pytest.fixture(autouse=True)
def _close_opened():
    yield
    while _OPENED:
        _OPENED.pop().close()


KINDS = ["path", "tuple", "pair", "bytes", "open file"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", KINDS)
def test_vector_store_files_upload(kind, mode, tmp_path, monkeypatch):
    make_file = file_kinds(tmp_path)[kind]
    script = {("POST", "/vector_stores/vs_1/files"): [answer(vs_file("in_progress"))]}
    ours, our_result, theirs, their_result = both(
        mode, lambda: Fake(script, uploaded_file),
        lambda c: c.vector_stores.files.upload(vector_store_id="vs_1", file=make_file(), chunking_strategy=STATIC),
        monkeypatch)
    assert summaries(ours) == summaries(theirs)
    assert [(r.method, r.url.path) for r in ours.sent] == [("POST", "/v1/files"), ("POST", "/v1/vector_stores/vs_1/files")]
    assert our_result.to_dict() == their_result.model_dump(exclude_unset=True)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", KINDS)
def test_vector_store_files_upload_and_poll(kind, mode, tmp_path, monkeypatch):
    make_file = file_kinds(tmp_path)[kind]

    def script():
        file_id = fid(CONTENT[kind])
        return {("POST", "/vector_stores/vs_1/files"): [answer(vs_file("in_progress", file_id))],
                (("GET", f"/vector_stores/vs_1/files/{file_id}")): [answer(vs_file("in_progress", file_id)),
                                                                     answer(vs_file("in_progress", file_id)),
                                                                     answer(vs_file("completed", file_id))]}

    ours, our_result, theirs, their_result = both(
        mode, lambda: Fake(script(), uploaded_file),
        lambda c: c.vector_stores.files.upload_and_poll(vector_store_id="vs_1", file=make_file(), attributes={"k": "v"},
                                                        poll_interval_ms=250, chunking_strategy=STATIC),
        monkeypatch)
    assert summaries(ours) == summaries(theirs)
    assert len(ours.sent) == 5 and ours.sleeps == theirs.sleeps == [0.25, 0.25]
    assert our_result.to_dict() == their_result.model_dump(exclude_unset=True)
    assert our_result.status == "completed"


FID_RAW = fid(b"raw bytes")


@pytest.mark.parametrize("mode", MODES)
def test_vector_store_files_upload_and_poll_at_the_servers_pace(mode, tmp_path, monkeypatch):
    """No poll_interval_ms: both wait what openai-poll-after-ms says (the table's default before)."""
    script = {("POST", "/vector_stores/vs_1/files"): [answer(vs_file("in_progress", FID_RAW))],
              ("GET", f"/vector_stores/vs_1/files/{FID_RAW}"): [
                  answer(vs_file("in_progress", FID_RAW), openai_poll_after_ms="120"),
                  answer(vs_file("failed", FID_RAW))]}
    ours, our_result, theirs, their_result = both(
        mode, lambda: Fake(script, uploaded_file),
        lambda c: c.vector_stores.files.upload_and_poll(vector_store_id="vs_1", file=b"raw bytes"), monkeypatch)
    assert summaries(ours) == summaries(theirs)
    assert ours.sleeps == theirs.sleeps == [0.12]
    assert our_result.to_dict() == their_result.model_dump(exclude_unset=True)


# -- 3. vector_stores.file_batches.upload_and_poll ---------------------------------------------------


def batch(in_progress, completed, failed=0):
    return {"id": "vsfb_1", "object": "vector_store.files_batch", "vector_store_id": "vs_1", "created_at": 0,
            "status": "in_progress" if in_progress else "completed",
            "file_counts": {"in_progress": in_progress, "completed": completed, "failed": failed, "cancelled": 0,
                            "total": in_progress + completed + failed}}


def batch_script():
    return {("POST", "/vector_stores/vs_1/file_batches"): [answer(batch(7, 0))],
            ("GET", "/vector_stores/vs_1/file_batches/vsfb_1"): [answer(batch(5, 2)), answer(batch(1, 5, 1)),
                                                                  answer(batch(0, 6, 1))]}


def _batch_files(tmp_path):
    kinds = file_kinds(tmp_path)
    return [kinds[k]() for k in KINDS]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("max_concurrency", [1, 3])
def test_file_batches_upload_and_poll(max_concurrency, mode, tmp_path, monkeypatch):
    ours, our_result, theirs, their_result = both(
        mode, lambda: Fake(batch_script(), uploaded_file),
        lambda c: c.vector_stores.file_batches.upload_and_poll(
            "vs_1", files=_batch_files(tmp_path), file_ids=["file-old1", "file-old2"], max_concurrency=max_concurrency,
            poll_interval_ms=300, chunking_strategy=STATIC),
        monkeypatch)
    n = len(KINDS)
    # the uploads, in whatever order they ran: the same multiset
    assert all(r.url.path == "/v1/files" for r in ours.sent[:n] + theirs.sent[:n])
    assert Counter(repr(s) for s in summaries(ours)[:n]) == Counter(repr(s) for s in summaries(theirs)[:n])
    # then the batch and its polls, in order; the batch lists the given ids first, then the uploaded ones
    (method, path, query, media, our_body, headers), *our_polls = summaries(ours)[n:]
    (*their_head, their_body, their_headers), *their_polls = summaries(theirs)[n:]
    assert [method, path, query, media, headers] == [*their_head, their_headers]
    assert (method, path) == ("POST", "/v1/vector_stores/vs_1/file_batches")
    assert {k: v for k, v in our_body.items() if k != "file_ids"} == {k: v for k, v in their_body.items() if k != "file_ids"}
    assert our_body["file_ids"][:2] == their_body["file_ids"][:2] == ["file-old1", "file-old2"]
    # the uploaded ids: official in the order the uploads finished, ours in the order given: compared as a multiset
    assert sorted(our_body["file_ids"][2:]) == sorted(their_body["file_ids"][2:])
    assert len(our_body["file_ids"]) == 2 + n
    assert our_polls == their_polls and len(our_polls) == 3
    assert ours.sleeps == theirs.sleeps == [0.3, 0.3]
    assert our_result.to_dict() == their_result.model_dump(exclude_unset=True)


@pytest.mark.parametrize("mode", MODES)
def test_file_batches_upload_and_poll_with_no_new_files(mode, monkeypatch):
    ours, our_result, theirs, their_result = both(
        mode, lambda: Fake(batch_script(), uploaded_file),
        lambda c: c.vector_stores.file_batches.upload_and_poll("vs_1", files=[], file_ids=["file-a", "file-b"]),
        monkeypatch)
    assert summaries(ours) == summaries(theirs)
    assert json.loads(ours.sent[0].content) == {"file_ids": ["file-a", "file-b"]}
    assert ours.sleeps == theirs.sleeps
    assert our_result.to_dict() == their_result.model_dump(exclude_unset=True)


# -- 4. Microphone / LocalAudioPlayer over a fake sound device -----------------------------------------


@pytest.fixture
def sd(monkeypatch):
    """The fake sounddevice of tests/test_voice.py (numpy needed: skipped without it)."""
    pytest.importorskip("numpy")
    from test_voice import FakeSoundDevice

    fake = FakeSoundDevice()
    monkeypatch.setitem(sys.modules, "sounddevice", fake)
    return fake


def voice_classes():
    import openai.helpers

    from openai_table import helpers

    return helpers, openai.helpers


def signal(frames, channels=1, dtype="int16"):
    """Samples with no zero in them (so silence is told apart), as the device would give them."""
    import numpy as np

    values = (np.arange(frames * channels) % 2000 + 1).astype(np.int16)
    if dtype == "float32":
        values = (values / 4000).astype(np.float32)
    return values.reshape(frames, channels)


def _streams(sd):
    return [(kind, {k: v for k, v in kwargs.items() if k != "callback"}) for kind, kwargs in sd.opened]


def _stops_after(blocks, then=False):
    """A `should_record` (or with then=True a `should_stop`): says go on for `blocks` calls, then stop."""
    calls = []
    return lambda: (calls.append(1), (len(calls) > blocks) == then)[1]


async def _record_both(sd, make, **record):
    """(ours, theirs): each a (recording, streams opened, buffer_chunks) from the same device."""
    out = []
    for module in voice_classes():
        sd.opened.clear()
        mic = make(module.Microphone)
        out.append((await mic.record(**record), _streams(sd), mic.buffer_chunks))
    return out


def _wav(recording):
    name, buffer, mime = recording
    buffer.seek(0)
    with wave.open(buffer) as wav:
        return name, mime, wav.getparams(), wav.readframes(wav.getnframes())


async def test_record_a_wav_file(sd):
    import numpy as np

    sd.recording = signal(480 * 10)
    (ours, our_streams, our_chunks), (theirs, their_streams, their_chunks) = await _record_both(
        sd, lambda Microphone: Microphone(should_record=_stops_after(4)))
    assert _wav(ours) == _wav(theirs)
    assert _wav(ours)[:2] == ("audio.wav", "audio/wav") and len(_wav(ours)[3]) == 480 * 4 * 2
    assert our_streams == their_streams == [("InputStream", {"dtype": np.int16, "samplerate": 24000, "channels": 1})]
    assert len(our_chunks) == len(their_chunks) == 4
    assert all(np.array_equal(a, b) for a, b in zip(our_chunks, their_chunks))


@pytest.mark.parametrize("channels, dtype", [(2, "int16"), (1, "float32"), (2, "float32")])
async def test_record_an_array(sd, channels, dtype):
    import numpy as np

    sd.recording = signal(480 * 3, channels, dtype)
    (ours, our_streams, _), (theirs, their_streams, _) = await _record_both(
        sd, lambda Microphone: Microphone(channels=channels, dtype=getattr(np, dtype), should_record=_stops_after(3)),
        return_ndarray=True)
    assert (ours.dtype, ours.shape) == (theirs.dtype, theirs.shape) == (np.dtype(dtype), (480 * 3, channels))
    assert np.array_equal(ours, theirs)
    assert our_streams == their_streams


async def test_record_nothing(sd):
    import numpy as np

    (ours, _, _), (theirs, _, _) = await _record_both(sd, lambda Microphone: Microphone(should_record=lambda: False),
                                                      return_ndarray=True)
    assert (ours.dtype, ours.shape) == (theirs.dtype, theirs.shape) == (np.int16, (0,))
    (ours, _, _), (theirs, _, _) = await _record_both(sd, lambda Microphone: Microphone(should_record=lambda: False))
    assert _wav(ours) == _wav(theirs)


async def test_record_until_the_timeout(sd, monkeypatch):
    import openai.helpers.microphone

    from openai_table.helpers import voice

    now = [0.0]

    def clock():
        now[0] += 0.02  # each look at the clock: one 20 ms block later
        return now[0]

    monkeypatch.setattr(voice, "_clock", clock)
    monkeypatch.setattr(openai.helpers.microphone, "time", types.SimpleNamespace(perf_counter=clock))
    sd.recording = signal(480 * 100)
    out = []
    for module in voice_classes():
        now[0] = 0.0
        out.append(await module.Microphone(timeout=0.1).record(return_ndarray=True))
    ours, theirs = out
    assert ours.shape == theirs.shape and len(ours) == 480 * 5
    assert (ours == theirs).all()


async def _play_both(sd, make, samples):
    """(ours, theirs): each (the blocks played, streams opened)."""
    out = []
    for module in voice_classes():
        sd.opened.clear()
        sd.played.clear()
        await make(module.LocalAudioPlayer).play(samples() if callable(samples) else samples)
        out.append((list(sd.played), _streams(sd)))
    return out


def _same_blocks(ours, theirs):
    import numpy as np

    # the stopping block is left out: official leaves it unwritten (the device's old buffer), ours writes silence
    assert len(ours) == len(theirs)
    assert all(np.array_equal(a, b) for a, b in zip(ours[:-1], theirs[:-1]))
    assert not ours[-1].any()


@pytest.mark.parametrize("shape", ["1-D int16", "2-D int16", "2-D float32"])
async def test_play_samples(sd, shape):
    import numpy as np

    samples = signal(480 * 2 + 100, dtype="float32" if "float32" in shape else "int16")
    if shape.startswith("1-D"):
        samples = samples[:, 0]
    (ours, our_streams), (theirs, their_streams) = await _play_both(sd, lambda Player: Player(), samples)
    _same_blocks(ours, theirs)
    assert len(ours) == 4  # three blocks of audio (the last padded with silence), then the stop
    assert our_streams == their_streams == [("OutputStream", {"samplerate": 24000, "dtype": np.float32, "channels": 1})]


async def test_should_stop_ends_playback_at_the_same_block(sd):
    (ours, _), (theirs, _) = await _play_both(sd, lambda Player: Player(should_stop=_stops_after(3, then=True)), signal(480 * 50)[:, 0])
    _same_blocks(ours, theirs)
    assert len(ours) == 4


async def test_play_refuses_other_dtypes_alike(sd):
    import numpy as np

    errors = []
    for module in voice_classes():
        with pytest.raises(ValueError) as caught:
            await module.LocalAudioPlayer().play(np.zeros(10, dtype=np.float64))
        errors.append(str(caught.value))
    assert all(e.startswith("Unsupported dtype: float64") for e in errors), errors
    assert sd.opened == []


async def test_players_and_microphones_start_alike(sd):
    import numpy as np

    ours, theirs = voice_classes()
    a, b = ours.LocalAudioPlayer(), theirs.LocalAudioPlayer()
    assert (a.channels, a.dtype, a.should_stop) == (b.channels, b.dtype, b.should_stop) == (1, np.float32, None)
    a, b = ours.Microphone(), theirs.Microphone()
    assert (a.channels, a.dtype, a.should_record, a.timeout, a.buffer_chunks) == \
        (b.channels, b.dtype, b.should_record, b.timeout, b.buffer_chunks) == (1, np.int16, None, None, [])


PCM_FRAMES = 480 * 3 + 7


def _speech(request):
    return httpx.Response(200, content=signal(PCM_FRAMES)[:, 0].astype("<i2").tobytes(), headers={"content-type": "audio/pcm"})


class _AsyncTransport(httpx.AsyncBaseTransport):
    """Answers with a streamed body (MockTransport's async body is already read)."""

    def __init__(self, fake):
        self.fake = fake

    async def handle_async_request(self, request):
        await request.aread()
        response = self.fake._answer(request)
        return httpx.Response(response.status_code, headers=response.headers, stream=httpx.ByteStream(response.content))


SPEECH = dict(model="gpt-4o-mini-tts", voice="alloy", input="hello", response_format="pcm")


@pytest.mark.parametrize("streamed", [False, True], ids=["read", "streaming"])
@pytest.mark.parametrize("mode", MODES)
async def test_play_a_speech_response(sd, mode, streamed):
    import openai_table

    out = []
    for module, sdk in zip(voice_classes(), (openai_table, openai)):
        fake = Fake({}, _speech)
        options = dict(api_key=API_KEY, base_url=BASE_URL, max_retries=0)
        sd.played.clear()
        if mode == "sync":
            client = sdk.OpenAI(http_client=httpx.Client(transport=httpx.MockTransport(fake._answer)), **options)
            if streamed:
                with client.audio.speech.with_streaming_response.create(**SPEECH) as speech:
                    await module.LocalAudioPlayer().play(speech)
            else:
                await module.LocalAudioPlayer().play(client.audio.speech.create(**SPEECH))
        else:
            client = sdk.AsyncOpenAI(http_client=httpx.AsyncClient(transport=_AsyncTransport(fake)), **options)
            if streamed:
                async with client.audio.speech.with_streaming_response.create(**SPEECH) as speech:
                    await module.LocalAudioPlayer().play(speech)
            else:
                await module.LocalAudioPlayer().play(await client.audio.speech.create(**SPEECH))
        out.append((summaries(fake), list(sd.played)))
    (our_requests, ours), (their_requests, theirs) = out
    assert our_requests == their_requests
    _same_blocks(ours, theirs)
    assert len(ours) == 5  # ceil(PCM_FRAMES / 480) blocks, then the stop
    # (an odd byte count: official raises ValueError from numpy, ours drops the stray byte; not compared)


async def test_play_stream_plays_the_same_samples(sd):
    import numpy as np

    first, second = signal(700)[:, 0], signal(300, dtype="float32")

    async def buffers():
        yield first
        yield second
        yield None
        yield signal(480)[:, 0]  # after None: never played

    out = []
    for module in voice_classes():
        sd.opened.clear()
        sd.played.clear()
        await module.LocalAudioPlayer().play_stream(buffers())
        played = np.concatenate(sd.played)[:, 0]
        # silence while waiting for a buffer comes and goes with the threads' timing, and official leaves the
        # rest of the stopping block unwritten (9s from the fake device) where ours writes silence: keep the samples
        out.append((played[(played != 0) & (played != 9)], _streams(sd)))
    (ours, our_streams), (theirs, their_streams) = out
    assert np.array_equal(ours, theirs)
    assert np.allclose(ours, np.concatenate([first / 32767.0, second[:, 0]]))
    assert our_streams == their_streams == [("OutputStream", {"samplerate": 24000, "channels": 1, "dtype": np.float32})]
    # (a source that raises: official waits forever for its end, ours stops and raises its error; not compared)


async def test_without_sounddevice_both_raise_a_missing_dependency_error(monkeypatch):
    np = pytest.importorskip("numpy")
    import openai_table

    monkeypatch.setitem(sys.modules, "sounddevice", None)
    for module, sdk in zip(voice_classes(), (openai_table, openai)):
        for use in (lambda: module.Microphone(should_record=lambda: False).record(),
                    lambda: module.LocalAudioPlayer().play(np.zeros(10, dtype=np.int16))):
            with pytest.raises(sdk.OpenAIError) as caught:
                await use()
            assert type(caught.value).__name__ == "MissingDependencyError"
            assert "sounddevice" in str(caught.value)


def test_without_numpy_both_raise_a_missing_dependency_error():
    pytest.importorskip("numpy")
    code = """if True:
        import sys
        sys.modules["numpy"] = None
        import openai, openai_table
        from openai_table.helpers import Microphone, LocalAudioPlayer
        for sdk, make in ((openai_table, Microphone), (openai_table, LocalAudioPlayer),
                          # the official helpers need numpy to be imported at all; ours to be made
                          (openai, lambda: __import__("openai.helpers"))):
            try:
                make()
            except sdk.OpenAIError as e:
                print(type(e).__name__, "numpy" in str(e))
        """
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[:3] == ["MissingDependencyError True"] * 3


@pytest.mark.parametrize("mode", MODES)
def test_file_batches_upload_and_poll_a_failed_upload(mode, monkeypatch):
    def refuse_bad(request):
        if request.url.path == "/v1/files" and b"\r\n\r\nbad\r\n" in request.content:
            return httpx.Response(400, json={"error": {"message": "bad file", "type": "invalid_request_error"}})
        return uploaded_file(request)

    outcomes = []
    for run in (lambda fake, call: official(mode, fake, call, monkeypatch), lambda fake, call: fake.run(mode, call)):
        fake = Fake(batch_script(), refuse_bad)
        with pytest.raises(Exception) as caught:
            run(fake, lambda c: c.vector_stores.file_batches.upload_and_poll("vs_1", files=[b"good", b"bad", b"fine"],
                                                                           max_concurrency=1))
        outcomes.append((caught.value, fake))
    (theirs, their_fake), (ours, our_fake) = outcomes
    assert type(ours).__name__ == type(theirs).__name__ == "BadRequestError"
    assert (ours.status_code, ours.body) == (theirs.status_code, theirs.body)
    # no batch, only uploads; which of the rest still go out differs: official lets every upload run, ours cancels
    # those not started (async ours never sends the third file here), so ours are a sub-multiset of theirs
    assert {r.url.path for r in our_fake.sent} == {r.url.path for r in their_fake.sent} == {"/v1/files"}
    assert Counter(map(repr, summaries(our_fake))) <= Counter(map(repr, summaries(their_fake)))
