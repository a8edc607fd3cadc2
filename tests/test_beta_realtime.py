"""`beta.realtime`: sessions.create and transcription_sessions.create, sync and async, replayed from
cassettes; the same calls compared on the wire with the official SDK; the beta realtime events
told apart by their `type` (unknown ones kept).

The spec (newer than 2.8.1) describes `/realtime/sessions` in its GA shape: it wants
`client_secret: {value, expires_at}` in the request, where 2.8.1 sends `{expires_after}`, and
answers with a GA session. So the 2.8.1-shaped exchange was recorded from a local transport
serving the API reference's example session (`RECORD_TRANSPORTS`, used only with
OPENAI_TABLE_RECORD=1); `test_sessions_create_accepted_by_mock` still runs the path, method and
headers past the mock with a body it accepts.
"""

import json

import httpx
import pytest

import openai
import openai_table
from openai_table._converter import structure
from openai_table.models._base import UnknownModel
from openai_table.types.beta.realtime import (
    ConversationItem,
    ConversationItemCreatedEvent,
    ConversationItemCreateEvent,
    ConversationItemInputAudioTranscriptionCompletedEvent,
    ErrorEvent,
    InputAudioBufferAppendEvent,
    RateLimitsUpdatedEvent,
    RealtimeResponse,
    ResponseAudioTranscriptDeltaEvent,
    ResponseCreateEvent,
    ResponseDoneEvent,
    Session,
    SessionCreatedEvent,
    SessionCreateParams,
    SessionCreateResponse,
    SessionUpdateEvent,
    TranscriptionSession,
    TranscriptionSessionCreateParams,
    TranscriptionSessionUpdate,
)
from openai_table.types.beta.realtime.conversation_item_input_audio_transcription_completed_event import (
    UsageTranscriptTextUsageDuration,
    UsageTranscriptTextUsageTokens,
)
from openai_table.types.beta.realtime.realtime_client_event import OutputAudioBufferClear, RealtimeClientEvent
from openai_table.types.beta.realtime.realtime_server_event import (
    ConversationItemRetrieved,
    OutputAudioBufferStarted,
    RealtimeServerEvent,
)
from openai_table.types.beta.realtime.session import TracingTracingConfiguration
from openai_table.types.beta.realtime.session_create_response import ClientSecret, Tool

from _mock import clean_env  # noqa: F401  (autouse)
from _wire import awire, both, summary, wire
from conftest import API_KEY

# The official SDK sends the assistants beta header with these two calls.
BETA = "assistants=v2"


def assert_sent(api, method, path, *, body):
    request = api.last
    assert request.method == method
    assert request.url.path == path
    assert dict(request.url.params) == {}
    assert api.body() == body
    assert request.headers["content-type"] == "application/json"
    assert request.headers["openai-beta"] == BETA
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["openai-organization"] == "org-test"
    assert request.headers["openai-project"] == "proj-test"


# -- sessions.create -----------------------------------------------------------------------------

SESSION: SessionCreateParams = {
    "client_secret": {"expires_after": {"anchor": "created_at", "seconds": 600}},
    "input_audio_format": "pcm16",
    "input_audio_noise_reduction": {"type": "near_field"},
    "input_audio_transcription": {"model": "whisper-1", "language": "en"},
    "instructions": "You are a friendly assistant.",
    "max_response_output_tokens": 200,
    "modalities": ["audio", "text"],
    "model": "gpt-realtime",
    "output_audio_format": "pcm16",
    "speed": 1.1,
    "temperature": 0.7,
    "tool_choice": "auto",
    "tools": [{"type": "function", "name": "get_weather", "description": "Weather for a city",
               "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}],
    "tracing": "auto",
    "turn_detection": {"type": "server_vad", "threshold": 0.5, "prefix_padding_ms": 300, "silence_duration_ms": 500},
    "voice": "alloy",
}

# The API reference's example answer (beta shape), as a local server would send it.
EXAMPLE_SESSION = {
    "id": "sess_001", "object": "realtime.session", "model": "gpt-realtime-2025-08-25",
    "modalities": ["audio", "text"], "instructions": "You are a friendly assistant.", "voice": "alloy",
    "input_audio_format": "pcm16", "output_audio_format": "pcm16",
    "input_audio_transcription": {"model": "whisper-1"}, "turn_detection": None, "tools": [],
    "tool_choice": "none", "temperature": 0.7, "max_response_output_tokens": 200, "speed": 1.1,
    "tracing": "auto", "client_secret": {"value": "ek_abc123", "expires_at": 1234567890},
}


def _json_transport(payload):
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=payload)

    return lambda: httpx.MockTransport(handler)


RECORD_TRANSPORTS = {"test_sessions_create": _json_transport(EXAMPLE_SESSION)}


@pytest.mark.replay_only("the spec's /realtime/sessions is the GA shape; 2.8.1 sends the beta one")
def test_sessions_create(api):
    session = api.call(lambda c: c.beta.realtime.sessions.create(**SESSION))
    assert_sent(api, "POST", "/realtime/sessions", body=SESSION)
    assert isinstance(session, SessionCreateResponse)
    assert isinstance(session.client_secret, ClientSecret)
    assert (session.client_secret.value, session.client_secret.expires_at) == ("ek_abc123", 1234567890)
    assert (session.modalities, session.voice, session.tracing, session.turn_detection) == (["audio", "text"], "alloy", "auto", None)
    assert session.input_audio_transcription.model == "whisper-1"
    assert (session.max_response_output_tokens, session.speed) == (200, 1.1)
    assert (session.id, session.model) == ("sess_001", "gpt-realtime-2025-08-25")  # kept, though not declared


def test_sessions_create_accepted_by_mock(api):
    secret = {"value": "ek_abc123", "expires_at": 1234567890}  # the spec's (GA) client_secret
    session = api.call(lambda c: c.beta.realtime.sessions.create(client_secret=secret, instructions="Be brief.", modalities=["text"]))
    assert_sent(api, "POST", "/realtime/sessions", body={"client_secret": secret, "instructions": "Be brief.", "modalities": ["text"]})
    assert isinstance(session, SessionCreateResponse)
    assert (session.tracing, session.tool_choice) == ("auto", "string")
    assert isinstance(session.tools[0], Tool) and session.tools[0].type == "function"
    assert session.output_modalities == ["text"]  # a GA field 2.8.1 does not declare, kept


# -- transcription_sessions.create ---------------------------------------------------------------

TRANSCRIPTION: TranscriptionSessionCreateParams = {
    "include": ["item.input_audio_transcription.logprobs"],
    "input_audio_format": "pcm16",
    "input_audio_noise_reduction": {"type": "far_field"},
    "input_audio_transcription": {"model": "gpt-4o-transcribe", "language": "en", "prompt": "Names: Ada, Linus"},
    "turn_detection": {"type": "server_vad", "threshold": 0.5, "prefix_padding_ms": 300, "silence_duration_ms": 200},
}


def test_transcription_sessions_create(api):
    session = api.call(lambda c: c.beta.realtime.transcription_sessions.create(**TRANSCRIPTION))
    assert_sent(api, "POST", "/realtime/transcription_sessions", body=TRANSCRIPTION)
    assert isinstance(session, TranscriptionSession)
    assert session.client_secret.value == "string"
    assert session.input_audio_transcription.model == "string"
    assert session.turn_detection.prefix_padding_ms == 0
    assert session.modalities == ["text"]


def test_transcription_sessions_create_bare(api):
    session = api.call(lambda c: c.beta.realtime.transcription_sessions.create())
    assert_sent(api, "POST", "/realtime/transcription_sessions", body={})
    assert isinstance(session, TranscriptionSession)


# -- parity with the official SDK ----------------------------------------------------------------

CALLS = {
    "sessions.create": lambda c: c.beta.realtime.sessions.create(**SESSION),
    "sessions.create_bare": lambda c: c.beta.realtime.sessions.create(),
    "sessions.create_inf_tokens": lambda c: c.beta.realtime.sessions.create(max_response_output_tokens="inf",
                                                                            tracing={"workflow_name": "support"}),
    "transcription_sessions.create": lambda c: c.beta.realtime.transcription_sessions.create(**TRANSCRIPTION),
    "transcription_sessions.create_bare": lambda c: c.beta.realtime.transcription_sessions.create(),
    "extra_header_wins": lambda c: c.beta.realtime.sessions.create(extra_headers={"OpenAI-Beta": "realtime=v1"}),
}


def _beta(requests):
    return [r.headers.get("openai-beta") for r in requests]


@pytest.mark.parametrize("name", sorted(CALLS))
def test_same_as_official(name):
    ours, theirs = both(CALLS[name])
    assert ours == theirs
    assert _beta(wire(openai_table, CALLS[name])) == _beta(wire(openai, CALLS[name]))


@pytest.mark.parametrize("name", sorted(CALLS))
async def test_async_same_as_official(name):
    async def call(c):
        return await CALLS[name](c)

    ours = await awire(openai_table, call)
    theirs = await awire(openai, call)
    assert [summary(r) for r in ours] == [summary(r) for r in theirs]
    assert _beta(ours) == _beta(theirs) == ["realtime=v1" if name == "extra_header_wins" else BETA]


# -- events: unions by `type` --------------------------------------------------------------------

SERVER_EVENTS = [
    {"event_id": "event_1", "type": "session.created", "session": {
        "id": "sess_001", "object": "realtime.session", "model": "gpt-realtime", "modalities": ["text", "audio"],
        "voice": "alloy", "tools": [{"type": "function", "name": "get_weather", "parameters": {"type": "object"}}],
        "tracing": {"workflow_name": "support", "group_id": "g1"}, "turn_detection": {"type": "semantic_vad", "eagerness": "auto"}}},
    {"event_id": "event_2", "type": "conversation.item.created", "previous_item_id": None, "item": {
        "id": "msg_1", "object": "realtime.item", "type": "message", "status": "completed", "role": "user",
        "content": [{"type": "input_audio", "transcript": None}]}},
    {"event_id": "event_3", "type": "conversation.item.input_audio_transcription.completed", "item_id": "msg_1",
     "content_index": 0, "transcript": "Hello, how are you?", "usage": {"type": "tokens", "total_tokens": 22,
     "input_tokens": 13, "output_tokens": 9, "input_token_details": {"audio_tokens": 13, "text_tokens": 0}}},
    {"event_id": "event_4", "type": "response.audio_transcript.delta", "response_id": "resp_1", "item_id": "msg_2",
     "output_index": 0, "content_index": 0, "delta": "Hi there"},
    {"event_id": "event_5", "type": "response.done", "response": {
        "id": "resp_1", "object": "realtime.response", "status": "completed", "status_details": None,
        "output": [{"id": "msg_2", "object": "realtime.item", "type": "message", "role": "assistant",
                    "content": [{"type": "audio", "transcript": "Hi there"}]}],
        "usage": {"total_tokens": 275, "input_tokens": 127, "output_tokens": 148,
                  "input_token_details": {"cached_tokens": 0, "text_tokens": 119, "audio_tokens": 8},
                  "output_token_details": {"text_tokens": 36, "audio_tokens": 112}}}},
    {"event_id": "event_6", "type": "rate_limits.updated", "rate_limits": [
        {"name": "requests", "limit": 1000, "remaining": 999, "reset_seconds": 60}]},
    {"event_id": "event_7", "type": "conversation.item.retrieved", "item": {"id": "msg_1", "type": "message"}},
    {"event_id": "event_8", "type": "output_audio_buffer.started", "response_id": "resp_1"},
    {"event_id": "event_9", "type": "error", "error": {"type": "invalid_request_error", "code": "invalid_value",
                                                        "message": "Bad voice", "param": "session.voice", "event_id": "c_1"}},
    {"event_id": "event_10", "type": "response.hologram.delta", "depth": 3},
]


def test_server_events_by_type():
    events = [structure(e, RealtimeServerEvent) for e in SERVER_EVENTS]
    assert [type(e) for e in events] == [
        SessionCreatedEvent, ConversationItemCreatedEvent, ConversationItemInputAudioTranscriptionCompletedEvent,
        ResponseAudioTranscriptDeltaEvent, ResponseDoneEvent, RateLimitsUpdatedEvent, ConversationItemRetrieved,
        OutputAudioBufferStarted, ErrorEvent, UnknownModel]
    created, item, transcribed, delta, done, limits, _, _, error, unknown = events
    assert isinstance(created.session, Session)
    assert isinstance(created.session.tracing, TracingTracingConfiguration)
    assert created.session.tracing.workflow_name == "support"
    assert created.session.turn_detection.eagerness == "auto"
    assert isinstance(item.item, ConversationItem) and item.item.content[0].type == "input_audio"
    assert isinstance(transcribed.usage, UsageTranscriptTextUsageTokens)
    assert transcribed.usage.input_token_details.audio_tokens == 13
    assert delta.delta == "Hi there"
    assert isinstance(done.response, RealtimeResponse)
    assert done.response.usage.output_token_details.audio_tokens == 112
    assert done.response.output[0].content[0].transcript == "Hi there"
    assert limits.rate_limits[0].remaining == 999
    assert (error.error.code, error.error.param) == ("invalid_value", "session.voice")
    assert (unknown.type, unknown.depth) == ("response.hologram.delta", 3)
    assert [e.to_dict() for e in events] == SERVER_EVENTS


def test_transcription_usage_in_seconds():
    event = structure({"type": "conversation.item.input_audio_transcription.completed", "item_id": "m", "content_index": 0,
                       "transcript": "hi", "usage": {"type": "duration", "seconds": 2.5}}, RealtimeServerEvent)
    assert isinstance(event.usage, UsageTranscriptTextUsageDuration)
    assert event.usage.seconds == 2.5


def test_session_tracing_auto_stays_a_string():
    session = structure({"tracing": "auto", "max_response_output_tokens": "inf"}, Session)
    assert (session.tracing, session.max_response_output_tokens) == ("auto", "inf")


CLIENT_EVENTS = [
    {"type": "session.update", "session": {"instructions": "Be brief.", "tracing": "auto",
                                           "client_secret": {"expires_after": {"anchor": "created_at", "seconds": 600}}}},
    {"type": "transcription_session.update", "session": {"include": ["item.input_audio_transcription.logprobs"]}},
    {"type": "input_audio_buffer.append", "audio": "UklGRg=="},
    {"type": "output_audio_buffer.clear", "event_id": "c_2"},
    {"type": "conversation.item.create", "item": {"type": "message", "role": "user",
                                                  "content": [{"type": "input_text", "text": "Hi"}]}},
    {"type": "response.create", "response": {"modalities": ["text"], "conversation": "none", "metadata": {"topic": "x"},
                                             "input": [{"type": "item_reference", "id": "msg_1"}]}},
]


def test_client_events_by_type():
    events = [structure(e, RealtimeClientEvent) for e in CLIENT_EVENTS]
    assert [type(e) for e in events] == [SessionUpdateEvent, TranscriptionSessionUpdate, InputAudioBufferAppendEvent,
                                         OutputAudioBufferClear, ConversationItemCreateEvent, ResponseCreateEvent]
    assert events[0].session.client_secret.expires_after.seconds == 600
    assert events[5].response.input[0].id == "msg_1"
    assert [e.to_dict() for e in events] == CLIENT_EVENTS
    json.dumps(CLIENT_EVENTS)  # the request-side TypedDicts are plain JSON data
