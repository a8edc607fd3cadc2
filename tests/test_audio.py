"""`client.audio`: transcriptions, translations and speech, sync and async.

Recorded against the spec-validating mock, except the streamed transcriptions and the speech
bytes, which the mock cannot produce: those were recorded from an in-process transport serving the
API reference's examples (`RECORD_TRANSPORTS`). The wire tests at the end send the same call
through the official SDK and ours and compare the requests, multipart parts included.
"""

import io

import httpx
import openai
import pytest

import openai_table
import openai_table.models.audio
from openai_table._response import HttpxBinaryResponseContent

from openai_table.types.audio import (
    Transcription,
    TranscriptionDiarized,
    TranscriptionTextDeltaEvent,
    TranscriptionTextDoneEvent,
    TranscriptionTextSegmentEvent,
    TranscriptionVerbose,
    Translation,
    TranslationVerbose,
)
from openai_table.types.audio.transcription import UsageDuration

from _platform import assert_sent, binary_transport, fields, files, iter_bytes, same_wire, sse_transport, stream_to_file
from _wire import summary, wire

AUDIO = b"ID3\x04\x00\x00\x00\x00\x00\x00\xff\xfb\x90\x00" + bytes(range(32))
MP3 = ("speech.mp3", AUDIO, "audio/mpeg")
SPEECH = b"\xff\xfb\x90\x64" + bytes(range(256)) * 8  # what the in-process transport answers with

WORDS = ["I", " see", " skies", " of", " blue", "."]


def _transcript_events():
    for word in WORDS:
        yield {"type": "transcript.text.delta", "delta": word,
               "logprobs": [{"token": word, "logprob": -0.0001, "bytes": list(word.encode())}]}
    yield {"type": "transcript.text.done", "text": "".join(WORDS),
           "logprobs": [{"token": w, "logprob": -0.0001, "bytes": list(w.encode())} for w in WORDS],
           "usage": {"type": "tokens", "input_tokens": 14, "input_token_details": {"text_tokens": 0, "audio_tokens": 14},
                     "output_tokens": 6, "total_tokens": 20}}


SEGMENTS = [("seg_001", 0.0, 4.7, "agent", "Thanks for calling."), ("seg_002", 4.7, 9.1, "A", "Hi, I need help.")]


def _diarized_events():
    for id_, start, end, speaker, text in SEGMENTS:
        yield {"type": "transcript.text.segment", "id": id_, "start": start, "end": end, "speaker": speaker, "text": text}
        yield {"type": "transcript.text.delta", "delta": text, "segment_id": id_}
    yield {"type": "transcript.text.done", "text": " ".join(s[4] for s in SEGMENTS),
           "usage": {"type": "tokens", "input_tokens": 30, "output_tokens": 9, "total_tokens": 39}}


RECORD_TRANSPORTS = {
    "test_transcriptions_create_stream": sse_transport(_transcript_events, named=False),
    "test_transcriptions_create_stream_diarized": sse_transport(_diarized_events, named=False),
    "test_speech_create": binary_transport(SPEECH, "audio/mpeg"),
    "test_speech_create_iter_bytes": binary_transport(SPEECH, "audio/mpeg"),
    "test_speech_create_streaming_response": binary_transport(SPEECH, "audio/mpeg"),
}


# -- transcriptions -----------------------------------------------------------------------------


def test_transcriptions_create(api):
    result = api.call(lambda c: c.audio.transcriptions.create(
        file=MP3, model="gpt-4o-transcribe", include=["logprobs"], language="en", prompt="Song lyrics.",
        temperature=0.2, chunking_strategy={"type": "server_vad", "threshold": 0.5, "silence_duration_ms": 300}))
    request = assert_sent(api, "POST", "/audio/transcriptions", multipart=True)
    assert files(request) == [("file", "speech.mp3", "audio/mpeg", AUDIO)]
    assert fields(request) == [
        ("model", "gpt-4o-transcribe"), ("include[]", "logprobs"), ("language", "en"), ("prompt", "Song lyrics."),
        ("temperature", "0.2"), ("chunking_strategy[type]", "server_vad"), ("chunking_strategy[threshold]", "0.5"),
        ("chunking_strategy[silence_duration_ms]", "300")]
    assert type(result) is Transcription
    assert result.text == "string"
    assert result.logprobs[0].token == "string" and result.logprobs[0].logprob == 0


def test_transcriptions_create_verbose_json(api):
    result = api.call(lambda c: c.audio.transcriptions.create(
        file=MP3, model="whisper-1", response_format="verbose_json", timestamp_granularities=["word", "segment"]))
    request = assert_sent(api, "POST", "/audio/transcriptions", multipart=True)
    assert fields(request) == [("model", "whisper-1"), ("response_format", "verbose_json"),
                               ("timestamp_granularities[]", "word"), ("timestamp_granularities[]", "segment")]
    # the mock answers with the first shape the spec allows (plain json); the verbose shape is
    # checked on the API reference's example in test_reference_examples_structure
    assert type(result) is TranscriptionVerbose and result.text == "string"


def test_transcriptions_create_diarized_json(api):
    result = api.call(lambda c: c.audio.transcriptions.create(
        file=MP3, model="gpt-4o-transcribe-diarize", response_format="diarized_json", chunking_strategy="auto",
        known_speaker_names=["agent"], known_speaker_references=["data:audio/wav;base64,AAAA"]))
    request = assert_sent(api, "POST", "/audio/transcriptions", multipart=True)
    assert fields(request) == [
        ("model", "gpt-4o-transcribe-diarize"), ("response_format", "diarized_json"), ("chunking_strategy", "auto"),
        ("known_speaker_names[]", "agent"), ("known_speaker_references[]", "data:audio/wav;base64,AAAA")]
    assert type(result) is TranscriptionDiarized and result.text == "string"  # the mock's plain-json answer
    assert type(result.usage) is openai_table.models.audio.TranscriptionDiarizedUsageTokens  # one class for every usage in tokens


@pytest.mark.parametrize("response_format", ["text", "srt", "vtt"])
def test_transcriptions_create_text(api, response_format):
    result = api.call(lambda c: c.audio.transcriptions.create(file=MP3, model="whisper-1", response_format=response_format))
    request = assert_sent(api, "POST", "/audio/transcriptions", multipart=True)
    assert fields(request) == [("model", "whisper-1"), ("response_format", response_format)]
    # the mock only has the JSON example; a str comes back unparsed, whatever it holds
    assert type(result) is str and result.startswith("{")


@pytest.mark.replay_only("the mock answers stream=true with JSON, not server-sent events")
def test_transcriptions_create_stream(api):
    events = api.collect(lambda c: c.audio.transcriptions.create(
        file=MP3, model="gpt-4o-mini-transcribe", stream=True, include=["logprobs"]))
    request = assert_sent(api, "POST", "/audio/transcriptions", multipart=True)
    assert fields(request) == [("model", "gpt-4o-mini-transcribe"), ("stream", "true"), ("include[]", "logprobs")]
    assert [type(e) for e in events] == [TranscriptionTextDeltaEvent] * len(WORDS) + [TranscriptionTextDoneEvent]
    assert [e.delta for e in events[:-1]] == WORDS
    assert events[0].logprobs[0].bytes == [73]
    done = events[-1]
    assert done.type == "transcript.text.done" and done.text == "I see skies of blue."
    assert [lp.token for lp in done.logprobs] == WORDS
    assert (done.usage.input_tokens, done.usage.output_tokens, done.usage.total_tokens) == (14, 6, 20)
    assert done.usage.input_token_details.audio_tokens == 14


@pytest.mark.replay_only("the mock answers stream=true with JSON, not server-sent events")
def test_transcriptions_create_stream_diarized(api):
    events = api.collect(lambda c: c.audio.transcriptions.create(
        file=MP3, model="gpt-4o-transcribe-diarize", response_format="diarized_json", chunking_strategy="auto", stream=True))
    assert_sent(api, "POST", "/audio/transcriptions", multipart=True)
    assert [type(e) for e in events] == [TranscriptionTextSegmentEvent, TranscriptionTextDeltaEvent] * 2 + [TranscriptionTextDoneEvent]
    assert [(e.id, e.start, e.end, e.speaker, e.text) for e in events[0:4:2]] == SEGMENTS
    assert [e.segment_id for e in events[1:4:2]] == ["seg_001", "seg_002"]
    assert events[-1].text == "Thanks for calling. Hi, I need help." and events[-1].usage.total_tokens == 39


# -- translations -------------------------------------------------------------------------------


def test_translations_create(api, tmp_path):
    path = tmp_path / "german.m4a"
    path.write_bytes(AUDIO)
    result = api.call(lambda c: c.audio.translations.create(file=path, model="whisper-1", prompt="A talk.", temperature=0))
    request = assert_sent(api, "POST", "/audio/translations", multipart=True)
    assert files(request) == [("file", "german.m4a", "audio/mp4", AUDIO)]  # httpx guesses the type from the name
    assert fields(request) == [("model", "whisper-1"), ("prompt", "A talk."), ("temperature", "0")]
    assert type(result) is Translation and result.text == "string"


def test_translations_create_verbose_json(api):
    result = api.call(lambda c: c.audio.translations.create(file=MP3, model="whisper-1", response_format="verbose_json"))
    request = assert_sent(api, "POST", "/audio/translations", multipart=True)
    assert fields(request) == [("model", "whisper-1"), ("response_format", "verbose_json")]
    assert type(result) is TranslationVerbose and result.text == "string"  # the mock's plain-json answer


def test_translations_create_text(api):
    result = api.call(lambda c: c.audio.translations.create(file=MP3, model="whisper-1", response_format="srt"))
    assert_sent(api, "POST", "/audio/translations", multipart=True)
    assert type(result) is str


# -- speech -------------------------------------------------------------------------------------

SPEECH_BODY = {"input": "The quick brown fox.", "model": "gpt-4o-mini-tts", "voice": "coral",
               "instructions": "Cheerful.", "response_format": "mp3", "speed": 1.25}


def _speech(c):
    return c.audio.speech.create(input="The quick brown fox.", model="gpt-4o-mini-tts", voice="coral",
                                 instructions="Cheerful.", response_format="mp3", speed=1.25)


SPEECH_MOCK = "the mock's binary answers carry `Transfer-Encoding: string`, which httpx refuses"


@pytest.mark.replay_only(SPEECH_MOCK)
def test_speech_create(api, tmp_path):
    content = api.call(_speech)
    assert_sent(api, "POST", "/audio/speech", json_body=SPEECH_BODY, accept="application/octet-stream")
    assert isinstance(content, HttpxBinaryResponseContent)
    assert content.response.headers["content-type"] == "audio/mpeg"
    assert content.content == SPEECH and content.read() == SPEECH
    with pytest.warns(DeprecationWarning):
        content.stream_to_file(tmp_path / "speech.mp3")
    assert (tmp_path / "speech.mp3").read_bytes() == SPEECH
    content.write_to_file(tmp_path / "again.mp3")
    assert (tmp_path / "again.mp3").read_bytes() == SPEECH


@pytest.mark.replay_only(SPEECH_MOCK)
def test_speech_create_streaming_response(api, tmp_path):
    target = tmp_path / "speech.mp3"
    response = api.call(stream_to_file(lambda c: c.audio.speech.with_streaming_response.create(
        input="The quick brown fox.", model="gpt-4o-mini-tts", voice="coral", stream_format="audio"), target))
    assert_sent(api, "POST", "/audio/speech", accept="application/octet-stream", json_body={
        "input": "The quick brown fox.", "model": "gpt-4o-mini-tts", "voice": "coral", "stream_format": "audio"})
    assert target.read_bytes() == SPEECH
    assert response.status_code == 200 and response.headers["content-type"] == "audio/mpeg"


@pytest.mark.replay_only(SPEECH_MOCK)
def test_speech_create_iter_bytes(api):
    chunks = api.call(iter_bytes(lambda c: c.audio.speech.with_streaming_response.create(
        input="Hi", model="tts-1", voice="alloy")))
    assert_sent(api, "POST", "/audio/speech", accept="application/octet-stream",
                json_body={"input": "Hi", "model": "tts-1", "voice": "alloy"})
    assert b"".join(chunks) == SPEECH


# -- the wire, next to the official SDK ---------------------------------------------------------


def _file_forms(tmp_path):
    path = tmp_path / "speech.mp3"
    path.write_bytes(AUDIO)
    return {"bytes": lambda: AUDIO, "path": lambda: path, "open_file": lambda: open(path, "rb"),
            "bytes_io": lambda: io.BytesIO(AUDIO), "tuple": lambda: MP3, "tuple_no_type": lambda: ("clip.wav", AUDIO),
            "tuple_no_name": lambda: (None, AUDIO, "audio/wav")}


@pytest.mark.parametrize("kind", ["bytes", "path", "open_file", "bytes_io", "tuple", "tuple_no_type", "tuple_no_name"])
def test_wire_transcription_file_forms(tmp_path, kind):
    make = _file_forms(tmp_path)[kind]
    ours = same_wire(lambda c: c.audio.transcriptions.create(file=make(), model="whisper-1"))
    assert ours[0]["content-type"] == "multipart/form-data"


def test_wire_transcription_every_param():
    def call(c):
        return c.audio.transcriptions.create(
            file=MP3, model="gpt-4o-transcribe", include=["logprobs"], language="en", prompt="p", temperature=0,
            response_format="verbose_json", timestamp_granularities=["word", "segment"],
            chunking_strategy={"type": "server_vad", "prefix_padding_ms": 100, "silence_duration_ms": 200, "threshold": 0.25},
            known_speaker_names=["a", "b"], known_speaker_references=["data:a", "data:b"],
            extra_headers={"X-Trace": "1"}, extra_query={"q": "1"}, extra_body={"custom": True})

    ours = same_wire(call)
    assert (({"Content-Disposition": 'form-data; name="timestamp_granularities[]"'}, b"segment")) in ours[0]["body"]


@pytest.mark.parametrize("options", [
    {"stream": True}, {"stream": False}, {"chunking_strategy": "auto"}, {"chunking_strategy": None},
    {"language": None}, {"prompt": ""}, {"include": []}, {"temperature": 1.0}, {"response_format": "text"},
])
def test_wire_transcription_none_booleans_and_empties(options):
    same_wire(lambda c: c.audio.transcriptions.create(file=MP3, model="whisper-1", **options))


@pytest.mark.parametrize("options", [{}, {"response_format": "vtt", "prompt": "p", "temperature": 0.5}])
def test_wire_translation(options):
    same_wire(lambda c: c.audio.translations.create(file=MP3, model="whisper-1", **options))


@pytest.mark.parametrize("options", [{}, {"instructions": "Calm.", "response_format": "wav", "speed": 0.5, "stream_format": "sse"},
                                     {"extra_headers": {"Accept": "audio/wav"}}])
def test_wire_speech(options):
    ours = same_wire(lambda c: c.audio.speech.create(input="Hi", model="tts-1", voice="alloy", **options))
    assert ours[0]["accept"] == options.get("extra_headers", {}).get("Accept", "application/octet-stream")


def test_wire_speech_streaming_response():
    def call(c):
        with c.audio.speech.with_streaming_response.create(input="Hi", model="tts-1", voice="alloy") as r:
            return b"".join(r.iter_bytes())

    reply = lambda request: httpx.Response(200, content=SPEECH)  # noqa: E731
    ours = [summary(r) for r in wire(openai_table, call, reply)]
    theirs = [summary(r) for r in wire(openai, call, reply)]
    assert ours == theirs and ours[0]["accept"] == "application/octet-stream"


def test_text_formats_come_back_as_str_like_official():
    reply = lambda request: httpx.Response(200, text="1\n00:00:00,000 --> 00:00:01,000\nHi\n")  # noqa: E731
    results = []
    for package in (openai_table, openai):
        wire(package, lambda c: results.append(c.audio.transcriptions.create(file=MP3, model="whisper-1", response_format="srt")), reply)
    assert results[0] == results[1] == "1\n00:00:00,000 --> 00:00:01,000\nHi\n"


def test_usage_union_by_type():
    t = Transcription.construct(text="x", usage={"type": "duration", "seconds": 3.5})
    assert type(t.usage).__name__ == "TranscriptionUsageDuration" and isinstance(t.usage, UsageDuration)
    t = Transcription.construct(text="x", usage={"type": "tokens", "input_tokens": 1, "output_tokens": 2, "total_tokens": 3})
    assert type(t.usage).__name__ == "TranscriptionUsageTokens"


def test_reference_examples_structure():
    verbose = TranscriptionVerbose.construct(**{
        "task": "transcribe", "language": "english", "duration": 8.47, "text": "The beach was a popular spot.",
        "words": [{"word": "The", "start": 0.0, "end": 0.24}, {"word": "beach", "start": 0.24, "end": 0.75}],
        "segments": [{"id": 0, "seek": 0, "start": 0.0, "end": 3.32, "text": " The beach", "tokens": [50364, 440],
                      "temperature": 0.0, "avg_logprob": -0.28, "compression_ratio": 1.25, "no_speech_prob": 0.01}],
        "usage": {"type": "duration", "seconds": 9}})
    assert [w.word for w in verbose.words] == ["The", "beach"] and verbose.segments[0].tokens == [50364, 440]
    assert verbose.usage.seconds == 9 and verbose.task == "transcribe"  # a key the model does not declare stays
    diarized = TranscriptionDiarized.construct(**{
        "task": "transcribe", "duration": 27.4, "text": "Agent: Thanks.",
        "segments": [{"type": "transcript.text.segment", "id": "seg_001", "start": 0.0, "end": 4.7,
                      "text": "Thanks for calling OpenAI support.", "speaker": "agent"}],
        "usage": {"type": "duration", "seconds": 27}})
    assert diarized.segments[0].speaker == "agent" and type(diarized.usage) is openai_table.models.audio.TranscriptionDiarizedUsageDuration
    assert diarized.to_dict()["segments"][0]["id"] == "seg_001"
    translation = TranslationVerbose.construct(language="german", duration=3.0, text="Hello", segments=[{"id": 0, "text": "Hello"}])
    assert translation.segments[0].text == "Hello"
