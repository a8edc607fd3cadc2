"""`Microphone` and `LocalAudioPlayer`: record from the default input device, play through the
default output device, as the official `openai.helpers` do (the `voice` extra:
`pip install 'openai_table[voice]'`, which brings numpy and sounddevice).

Both speak the Realtime and speech APIs' audio: 24 kHz, mono by default, 16-bit PCM on the wire.
numpy and sounddevice are imported when a helper is first used, never at import; the audio
callbacks run on sounddevice's thread and hand back to the event loop with
`call_soon_threadsafe`.

```python
from openai_table import AsyncOpenAI
from openai_table.helpers import LocalAudioPlayer, Microphone

client = AsyncOpenAI()
wav = await Microphone(timeout=5).record()                      # ("audio.wav", BytesIO, "audio/wav")
text = await client.audio.transcriptions.create(model="gpt-4o-transcribe", file=wav)
speech = await client.audio.speech.create(model="gpt-4o-mini-tts", voice="alloy", input=text.text,
                                          response_format="pcm")
await LocalAudioPlayer().play(speech)
```
"""

import asyncio
import io
import queue
import threading
import time
import wave
from typing import Any, AsyncIterator, Callable, Generic, List, Optional, Tuple, TypeVar, Union

from .._exceptions import OpenAIError

__all__ = ["Microphone", "LocalAudioPlayer", "SAMPLE_RATE", "MissingDependencyError"]

SAMPLE_RATE = 24000  # Hz: what the Realtime API and `response_format="pcm"` speech use

DType = TypeVar("DType")

_clock = time.monotonic  # tests replace it: a recording's timeout without waiting for it


class MissingDependencyError(OpenAIError):
    """numpy or sounddevice is not installed."""


def _numpy() -> Any:
    try:
        import numpy
    except ImportError as e:
        raise MissingDependencyError("The voice helpers need numpy: pip install 'openai_table[voice]'") from e
    return numpy


def _sounddevice() -> Any:
    try:
        import sounddevice
    except ImportError as e:
        raise MissingDependencyError("The voice helpers need sounddevice: pip install 'openai_table[voice]'") from e
    except OSError as e:  # sounddevice is there but the PortAudio library is not
        raise MissingDependencyError(f"sounddevice could not load PortAudio: {e}") from e
    return sounddevice


class Microphone(Generic[DType]):
    """Records from the default input device until `should_record()` turns false or `timeout`
    seconds have passed (with neither, until the task is cancelled)."""

    def __init__(
        self,
        channels: int = 1,
        dtype: Any = None,
        should_record: Optional[Callable[[], bool]] = None,
        timeout: Optional[float] = None,
    ) -> None:
        self.channels = channels
        self.dtype = dtype if dtype is not None else _numpy().int16
        self.should_record = should_record
        self.timeout = timeout
        self.buffer_chunks: List[Any] = []

    def _wav(self, samples: Any) -> Tuple[str, io.BytesIO, str]:
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as wav:
            wav.setnchannels(self.channels)
            wav.setsampwidth(_numpy().dtype(self.dtype).itemsize)
            wav.setframerate(SAMPLE_RATE)
            wav.writeframes(samples.tobytes())
        buffer.seek(0)
        return ("audio.wav", buffer, "audio/wav")

    async def record(self, return_ndarray: Optional[bool] = False) -> Any:
        """The recording: a WAV file tuple `("audio.wav", BytesIO, "audio/wav")` ready for
        `audio.transcriptions.create(file=...)`, or with `return_ndarray=True` the samples as a
        numpy array of shape (frames, channels)."""
        np, sd = _numpy(), _sounddevice()
        loop = asyncio.get_running_loop()
        finished = asyncio.Event()
        chunks: List[Any] = []
        self.buffer_chunks = chunks
        started = _clock()

        def on_audio(indata: Any, frames: int, time_info: Any, status: Any) -> None:
            timed_out = self.timeout is not None and _clock() - started > self.timeout
            if timed_out or (self.should_record is not None and not self.should_record()):
                loop.call_soon_threadsafe(finished.set)
                raise sd.CallbackStop
            chunks.append(indata.copy())  # the device reuses its buffer

        with sd.InputStream(callback=on_audio, dtype=self.dtype, samplerate=SAMPLE_RATE, channels=self.channels):
            await finished.wait()
        samples = np.concatenate(chunks, axis=0) if chunks else np.array([], dtype=self.dtype)
        return samples if return_ndarray else self._wav(samples)


class LocalAudioPlayer:
    """Plays audio through the default output device: 24 kHz mono float32 (16-bit PCM is
    converted). `should_stop()` turning true stops playback early."""

    def __init__(self, should_stop: Optional[Callable[[], bool]] = None) -> None:
        self.channels = 1
        self.dtype = _numpy().float32
        self.should_stop = should_stop

    def _as_float(self, samples: Any) -> Any:
        np = _numpy()
        if samples.dtype == np.int16:
            return (samples.astype(np.float32) / 32767.0).reshape(-1, self.channels)
        if samples.dtype == np.float32:
            return samples if samples.ndim == 2 else samples.reshape(-1, self.channels)
        raise ValueError(f"Unsupported dtype: {samples.dtype} (int16 or float32 samples, please)")

    async def _pcm_from_response(self, response: Any) -> Any:
        """16-bit PCM from a speech response (`response_format="pcm"`): a read one
        (`HttpxBinaryResponseContent`), or one streaming, sync or async (`with_streaming_response`)."""
        np = _numpy()
        if isinstance(response, (bytes, bytearray, memoryview)):
            data = bytes(response)
        else:
            chunks = response.iter_bytes(chunk_size=1024)
            if hasattr(chunks, "__aiter__"):
                data = b"".join([chunk async for chunk in chunks])
            else:
                data = b"".join(chunks)
        data = data[: len(data) - len(data) % 2]  # a stray odd byte is not a sample
        return self._as_float(np.frombuffer(data, dtype=np.int16))

    async def play(self, input: Any) -> None:
        """Play samples (a numpy array, int16 or float32), or a speech response in 16-bit PCM,
        to the end (or until `should_stop()`)."""
        np, sd = _numpy(), _sounddevice()
        audio = self._as_float(input) if isinstance(input, np.ndarray) else await self._pcm_from_response(input)
        loop = asyncio.get_running_loop()
        finished = asyncio.Event()
        position = 0

        def fill(outdata: Any, frames: int, time_info: Any, status: Any) -> None:
            nonlocal position
            left = len(audio) - position
            if left <= 0 or (self.should_stop is not None and self.should_stop()):
                outdata[:] = 0  # PortAudio still plays the block of the stopping callback
                loop.call_soon_threadsafe(finished.set)
                raise sd.CallbackStop
            n = min(frames, left)
            outdata[:n] = audio[position:position + n]
            outdata[n:] = 0
            position += n

        with sd.OutputStream(samplerate=SAMPLE_RATE, callback=fill, dtype=audio.dtype, channels=audio.shape[1]):
            await finished.wait()

    async def play_stream(self, buffer_stream: AsyncIterator[Any]) -> None:
        """Play buffers (numpy arrays, int16 or float32) as they arrive, e.g. the audio deltas of
        a realtime response; a `None` from the stream, or its end, ends playback."""
        sd = _sounddevice()
        loop = asyncio.get_running_loop()
        finished = asyncio.Event()
        pending: "queue.Queue[Any]" = queue.Queue(maxsize=50)  # a bounded hand-over to the audio thread
        ended = threading.Event()  # the stream has no more buffers
        current: List[Any] = [None, 0]  # the buffer being played, and how far

        async def produce() -> None:
            try:
                async for buffer in buffer_stream:
                    if buffer is None:
                        break
                    await loop.run_in_executor(None, pending.put, buffer)
            finally:
                ended.set()

        def fill(outdata: Any, frames: int, time_info: Any, status: Any) -> None:
            written = 0
            while written < frames:
                buffer, offset = current
                if buffer is None or offset >= len(buffer):
                    try:
                        buffer = pending.get(block=not ended.is_set(), timeout=0.1)
                    except queue.Empty:
                        outdata[written:] = 0
                        if ended.is_set():  # played to the end
                            loop.call_soon_threadsafe(finished.set)
                            raise sd.CallbackStop
                        return  # nothing yet: silence rather than a stall
                    buffer, offset = self._as_float(buffer), 0
                n = min(frames - written, len(buffer) - offset)
                outdata[written:written + n] = buffer[offset:offset + n]
                written += n
                current[0], current[1] = buffer, offset + n

        producer = asyncio.ensure_future(produce())
        try:
            with sd.OutputStream(samplerate=SAMPLE_RATE, channels=self.channels, dtype=self.dtype, callback=fill):
                await finished.wait()
        except BaseException:
            producer.cancel()
            raise
        await producer  # the stream's own error, if it failed
