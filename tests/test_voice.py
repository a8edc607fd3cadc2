"""`openai_table.helpers.Microphone` / `LocalAudioPlayer` with the audio device replaced: a fake
`sounddevice` module whose streams call the callback from their own thread, as PortAudio does,
feeding recorded samples in and collecting what is played. numpy is a test dependency; these
tests are skipped only where numpy is absent. No test sleeps or times anything: the recording
timeout runs on an injected clock, and every fake stream stops after a bounded number of blocks."""

import io
import subprocess
import sys
import threading
import types
import wave

import httpx
import pytest

np = pytest.importorskip("numpy")

from openai_table import AsyncOpenAI, OpenAI, OpenAIError  # noqa: E402
from openai_table.helpers import voice  # noqa: E402

from _mock import clean_env  # noqa: F401,E402  (autouse)

BLOCK = 480  # frames per callback (20 ms at 24 kHz)
MAX_BLOCKS = 2000  # a fake stream gives up after this many callbacks


class FakeSoundDevice(types.ModuleType):
    """What the helpers use of sounddevice: InputStream, OutputStream, CallbackStop."""

    class CallbackStop(Exception):
        pass

    def __init__(self, recording=None):
        super().__init__("sounddevice")
        self.recording = recording  # samples the "microphone" hears, (frames, channels)
        self.opened = []  # (kind, kwargs) of every stream opened
        self.played = []  # blocks written by output callbacks
        fake = self

        class _Stream:
            def __init__(self, **kwargs):
                self.kwargs = kwargs
                fake.opened.append((type(self).__name__, kwargs))
                self.blocks = 0

            def __enter__(self):
                self.thread = threading.Thread(target=self._run, daemon=True)
                self.thread.start()
                return self

            def __exit__(self, *exc):
                self.thread.join(10)

            def _run(self):
                for self.blocks in range(MAX_BLOCKS):
                    try:
                        self.step(self.blocks)
                    except fake.CallbackStop:
                        return

        class InputStream(_Stream):
            def step(self, i):
                channels, dtype = self.kwargs["channels"], self.kwargs["dtype"]
                block = fake.recording[i * BLOCK:(i + 1) * BLOCK] if fake.recording is not None else np.zeros((0, channels), dtype)
                indata = np.zeros((BLOCK, channels), dtype=dtype)
                indata[:len(block)] = block
                self.kwargs["callback"](indata, BLOCK, None, None)
                indata[:] = 0  # the device reuses its buffer: a kept reference would now read zeros

        class OutputStream(_Stream):
            def step(self, i):
                outdata = np.full((BLOCK, self.kwargs["channels"]), 9, dtype=self.kwargs["dtype"])  # garbage to overwrite
                try:
                    self.kwargs["callback"](outdata, BLOCK, None, None)
                finally:
                    fake.played.append(outdata.copy())

        self.InputStream, self.OutputStream = InputStream, OutputStream

    @property
    def played_audio(self):
        return np.concatenate(self.played) if self.played else np.zeros((0, 1), np.float32)


@pytest.fixture
def sd(monkeypatch):
    fake = FakeSoundDevice()
    monkeypatch.setitem(sys.modules, "sounddevice", fake)
    return fake


def tone(frames, channels=1, dtype=np.int16):
    values = (np.arange(frames * channels) % 2000 - 1000).astype(dtype)
    return values.reshape(frames, channels)


# -- Microphone -------------------------------------------------------------------------------

async def test_record_until_should_record_says_stop_as_a_wav_file(sd):
    sd.recording = tone(BLOCK * 10)
    calls = []

    def should_record():
        calls.append(1)
        return len(calls) <= 4  # four blocks, then stop

    from openai_table.helpers import Microphone

    name, buffer, mime = await Microphone(should_record=should_record).record()
    assert (name, mime) == ("audio.wav", "audio/wav")
    with wave.open(buffer) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 24000)
        samples = np.frombuffer(wav.readframes(wav.getnframes()), dtype=np.int16)
    assert np.array_equal(samples, sd.recording[:BLOCK * 4, 0])
    assert sd.opened == [("InputStream", {"callback": sd.opened[0][1]["callback"], "dtype": np.int16,
                                          "samplerate": 24000, "channels": 1})]


async def test_record_stereo_as_an_array(sd):
    from openai_table.helpers import Microphone

    sd.recording = tone(BLOCK * 3, channels=2)
    blocks = iter([True, True, True, False])
    samples = await Microphone(channels=2, should_record=lambda: next(blocks)).record(return_ndarray=True)
    assert samples.dtype == np.int16 and samples.shape == (BLOCK * 3, 2)
    assert np.array_equal(samples, sd.recording)


async def test_record_stops_at_the_timeout_on_the_clock(sd, monkeypatch):
    from openai_table.helpers import Microphone

    sd.recording = tone(BLOCK * 100)
    now = [1000.0]

    def clock():
        now[0] += 0.02  # each look at the clock: one 20 ms block later
        return now[0]

    monkeypatch.setattr(voice, "_clock", clock)
    samples = await Microphone(timeout=0.1).record(return_ndarray=True)
    # started at 1000.02; blocks seen at .04 .06 .08 .10 .12 are within 0.1 s, .14 is past it
    assert len(samples) == BLOCK * 5


async def test_nothing_recorded_is_an_empty_array_or_wav(sd):
    from openai_table.helpers import Microphone

    samples = await Microphone(should_record=lambda: False).record(return_ndarray=True)
    assert samples.dtype == np.int16 and samples.size == 0
    _, buffer, _ = await Microphone(should_record=lambda: False).record()
    with wave.open(buffer) as wav:
        assert wav.getnframes() == 0


async def test_record_float32(sd):
    from openai_table.helpers import Microphone

    sd.recording = (tone(BLOCK) / 1000).astype(np.float32)
    blocks = iter([True, False])
    samples = await Microphone(dtype=np.float32, should_record=lambda: next(blocks)).record(return_ndarray=True)
    assert samples.dtype == np.float32 and np.array_equal(samples, sd.recording)
    assert sd.opened[-1][1]["dtype"] is np.float32


# -- LocalAudioPlayer.play -------------------------------------------------------------------

async def test_play_int16_samples_converted_to_float(sd):
    from openai_table.helpers import LocalAudioPlayer

    samples = tone(BLOCK * 2 + 100)[:, 0]
    await LocalAudioPlayer().play(samples)
    played = sd.played_audio
    expected = samples.astype(np.float32) / 32767.0
    assert np.allclose(played[:len(samples), 0], expected)
    assert not played[len(samples):].any()  # the tail of the last block is silence
    kind, kwargs = sd.opened[0]
    assert kind == "OutputStream" and kwargs["samplerate"] == 24000 and kwargs["channels"] == 1
    assert kwargs["dtype"] == np.float32


async def test_play_float32_as_is_and_refuse_other_dtypes(sd):
    from openai_table.helpers import LocalAudioPlayer

    samples = np.linspace(-1, 1, BLOCK, dtype=np.float32).reshape(-1, 1)
    await LocalAudioPlayer().play(samples)
    assert np.array_equal(sd.played_audio[:BLOCK], samples)
    with pytest.raises(ValueError, match="float64"):
        await LocalAudioPlayer().play(np.zeros(10, dtype=np.float64))


async def test_should_stop_ends_playback_early(sd):
    from openai_table.helpers import LocalAudioPlayer

    checks = []
    await LocalAudioPlayer(should_stop=lambda: len(checks) > 2 or checks.append(1)).play(tone(BLOCK * 50)[:, 0])
    assert len(sd.played) == 4  # three blocks played, the fourth callback stopped


PCM = tone(BLOCK * 3 + 7)[:, 0].astype("<i2").tobytes()


def _speech_transport(seen):
    def handler(request):
        seen.append(request)
        return httpx.Response(200, content=PCM, headers={"content-type": "audio/pcm"})
    return handler


class _AsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self, handler):
        self.handler = handler

    async def handle_async_request(self, request):
        await request.aread()
        response = self.handler(request)
        return httpx.Response(response.status_code, headers=response.headers, stream=httpx.ByteStream(response.content))


def _expected_from_pcm():
    return np.frombuffer(PCM, dtype="<i2").astype(np.float32) / 32767.0


async def test_play_a_speech_response_from_the_sync_client(sd):
    from openai_table.helpers import LocalAudioPlayer

    seen = []
    client = OpenAI(api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(_speech_transport(seen))))
    speech = client.audio.speech.create(model="gpt-4o-mini-tts", voice="alloy", input="hi", response_format="pcm")
    await LocalAudioPlayer().play(speech)
    assert np.allclose(sd.played_audio[:len(PCM) // 2, 0], _expected_from_pcm())
    with client.audio.speech.with_streaming_response.create(model="gpt-4o-mini-tts", voice="alloy", input="hi",
                                                            response_format="pcm") as streamed:
        sd.played.clear()
        await LocalAudioPlayer().play(streamed)
    assert np.allclose(sd.played_audio[:len(PCM) // 2, 0], _expected_from_pcm())
    assert seen[0].url.path == "/v1/audio/speech"


async def test_play_a_speech_response_from_the_async_client(sd):
    from openai_table.helpers import LocalAudioPlayer

    seen = []
    client = AsyncOpenAI(api_key="sk-test", http_client=httpx.AsyncClient(transport=_AsyncTransport(_speech_transport(seen))))
    speech = await client.audio.speech.create(model="gpt-4o-mini-tts", voice="alloy", input="hi", response_format="pcm")
    await LocalAudioPlayer().play(speech)
    assert np.allclose(sd.played_audio[:len(PCM) // 2, 0], _expected_from_pcm())
    async with client.audio.speech.with_streaming_response.create(model="gpt-4o-mini-tts", voice="alloy", input="hi",
                                                                  response_format="pcm") as streamed:
        sd.played.clear()
        await LocalAudioPlayer().play(streamed)
    assert np.allclose(sd.played_audio[:len(PCM) // 2, 0], _expected_from_pcm())


# -- LocalAudioPlayer.play_stream ------------------------------------------------------------

async def test_play_stream_plays_buffers_in_order_until_none(sd):
    from openai_table.helpers import LocalAudioPlayer

    first = tone(700)[:, 0]
    second = np.linspace(-0.5, 0.5, 300, dtype=np.float32).reshape(-1, 1)

    async def buffers():
        yield first
        yield second
        yield None
        yield tone(BLOCK)[:, 0]  # after None: never played

    await LocalAudioPlayer().play_stream(buffers())
    played = sd.played_audio
    # Silent blocks may come first while nothing has arrived yet; the audio follows in order.
    start = next(i for i, block in enumerate(sd.played) if block.any()) * BLOCK
    expected = np.concatenate([first.astype(np.float32) / 32767.0, second[:, 0]])
    assert np.allclose(played[start:start + 1000, 0], expected)
    assert not played[start + 1000:].any()


async def test_play_stream_ends_with_the_stream_and_passes_its_error_on(sd):
    from openai_table.helpers import LocalAudioPlayer

    async def short():
        yield tone(100)[:, 0]

    await LocalAudioPlayer().play_stream(short())  # no None: the end of the stream ends playback too

    async def broken():
        yield tone(100)[:, 0]
        raise RuntimeError("the socket went away")

    with pytest.raises(RuntimeError, match="socket went away"):
        await LocalAudioPlayer().play_stream(broken())


# -- the extra ---------------------------------------------------------------------------------

async def test_without_sounddevice_the_error_names_the_extra(monkeypatch):
    from openai_table.helpers import LocalAudioPlayer, Microphone

    monkeypatch.setitem(sys.modules, "sounddevice", None)
    with pytest.raises(OpenAIError, match=r"openai_table\[voice\]"):
        await Microphone(should_record=lambda: False).record()
    with pytest.raises(OpenAIError, match=r"openai_table\[voice\]"):
        await LocalAudioPlayer().play(np.zeros(10, dtype=np.int16))


def test_without_numpy_the_error_names_the_extra(monkeypatch):
    from openai_table.helpers import Microphone

    monkeypatch.setitem(sys.modules, "numpy", None)
    with pytest.raises(OpenAIError, match=r"openai_table\[voice\]"):
        Microphone()


def test_numpy_and_sounddevice_load_only_when_used():
    code = ("import sys, openai_table; from openai_table.helpers import Microphone, LocalAudioPlayer; "
            "import openai_table.helpers.voice; print('numpy' in sys.modules, 'sounddevice' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_same_names_and_signatures_as_the_official_helpers():
    import inspect

    import openai.helpers
    from openai_table import helpers

    for name in ("Microphone", "LocalAudioPlayer"):
        ours, theirs = getattr(helpers, name), getattr(openai.helpers, name)
        for method in ("__init__", "record", "play", "play_stream"):
            if hasattr(theirs, method):
                a, b = inspect.signature(getattr(ours, method)), inspect.signature(getattr(theirs, method))
                assert [(p.name, p.kind) for p in a.parameters.values()] == [(p.name, p.kind) for p in b.parameters.values()]
                assert inspect.iscoroutinefunction(getattr(ours, method)) == inspect.iscoroutinefunction(getattr(theirs, method))
