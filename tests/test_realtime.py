"""The Realtime API's REST side (`realtime.client_secrets`, `realtime.calls`), sync and async,
replayed from cassettes recorded against the spec-validating mock; the same calls put on the wire
by the official SDK; and the realtime types (events, sessions) structured from the spec's own
example payloads, class for class as the official SDK builds them."""

import importlib
import inspect
import json
import pathlib

import pytest

import openai
import openai.types.realtime
import openai_table
import openai_table.types.realtime
from openai_table import HttpxBinaryResponseContent
from openai_table._converter import structure
from openai_table.models._base import UnknownModel
from openai_table.types.realtime import (
    ClientSecretCreateResponse,
    RealtimeClientEvent,
    RealtimeConversationItemAssistantMessage,
    RealtimeConversationItemFunctionCall,
    RealtimeConversationItemSystemMessage,
    RealtimeConversationItemUserMessage,
    RealtimeFunctionTool,
    RealtimeServerEvent,
    RealtimeSessionCreateResponse,
    RealtimeTranscriptionSessionCreateRequest,
    RealtimeTranscriptionSessionCreateResponse,
)
from openai_table.types.realtime import realtime_session_create_response as session_module
from openai_table.types.realtime.realtime_audio_formats import AudioPCM
from openai_table.types.realtime.realtime_audio_input_turn_detection import ServerVad

from _mock import clean_env  # noqa: F401  (autouse)
from _wire import awire, summary, wire
from conftest import API_KEY, CASSETTES

SDP = "v=0\r\no=- 4227147428 1719357865 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n"
SESSION = {"type": "realtime", "model": "gpt-realtime", "instructions": "You are a friendly concierge."}
EXAMPLES = json.loads((CASSETTES / "test_realtime" / "spec_examples.json").read_text())


def assert_sent(api, path, *, content_type="application/json", accept="*/*"):
    request = api.last
    assert request.method == "POST"
    assert request.url.path == path
    assert dict(request.url.params) == {}
    assert request.headers.get("content-type") == content_type
    assert request.headers["accept"] == accept
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["openai-organization"] == "org-test"
    assert request.headers["openai-project"] == "proj-test"
    return request


# -- client secrets -----------------------------------------------------------------------------


def test_client_secrets_create(api):
    secret = api.call(lambda c: c.realtime.client_secrets.create(
        expires_after={"anchor": "created_at", "seconds": 600},
        session={"type": "realtime", "model": "gpt-realtime", "output_modalities": ["audio"],
                 "audio": {"output": {"voice": "marin"}}},
    ))
    assert_sent(api, "/realtime/client_secrets", accept="application/json")
    assert api.body() == {
        "expires_after": {"anchor": "created_at", "seconds": 600},
        "session": {"type": "realtime", "model": "gpt-realtime", "output_modalities": ["audio"],
                    "audio": {"output": {"voice": "marin"}}},
    }
    assert isinstance(secret, ClientSecretCreateResponse)
    assert (secret.value, secret.expires_at) == ("string", 0)
    session = secret.session
    assert isinstance(session, RealtimeSessionCreateResponse)
    assert (session.type, session.object, session.tracing, session.truncation) == ("realtime", "realtime.session", "auto", "auto")
    assert isinstance(session.audio.input.format, AudioPCM) and session.audio.input.format.rate == 24000
    assert isinstance(session.audio.input.turn_detection, session_module.AudioInputTurnDetectionServerVad)
    assert isinstance(session.tools[0], RealtimeFunctionTool) and session.tools[0].type == "function"
    assert session.reasoning == {"effort": "low"}  # newer than 2.8.1: kept, reachable as an attribute


def test_client_secrets_create_sends_nothing_left_out(api):
    secret = api.call(lambda c: c.realtime.client_secrets.create())
    assert_sent(api, "/realtime/client_secrets", accept="application/json")
    assert api.body() == {}
    assert isinstance(secret, ClientSecretCreateResponse)


# -- calls --------------------------------------------------------------------------------------


def test_calls_create_sends_the_sdp_alone(api):
    answer = api.call(lambda c: c.realtime.calls.create(sdp=SDP))
    request = assert_sent(api, "/realtime/calls", content_type="application/sdp", accept="application/sdp")
    assert request.content == SDP.encode()
    assert isinstance(answer, HttpxBinaryResponseContent)
    assert answer.response.status_code == 201
    assert answer.response.headers["content-type"].startswith("application/sdp")
    assert answer.content == b"string" and answer.text == "string"
    assert answer.response.headers["location"] == "string"  # the mock's stand-in for the call's URL


def test_calls_create_with_a_session_is_multipart(api):
    answer = api.call(lambda c: c.realtime.calls.create(sdp=SDP, session=SESSION))
    request = api.last
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert request.headers["accept"] == "application/sdp"
    assert summary(request)["body"] == [
        ({"Content-Disposition": 'form-data; name="sdp"', "Content-Type": "application/sdp"}, SDP.encode()),
        ({"Content-Disposition": 'form-data; name="session"', "Content-Type": "application/json"},
         json.dumps(SESSION).encode()),
    ]
    assert isinstance(answer, HttpxBinaryResponseContent) and answer.content == b"string"


def test_calls_accept(api):
    result = api.call(lambda c: c.realtime.calls.accept(
        "call_8bL3m0", type="realtime", model="gpt-realtime", instructions="You are Alex.",
        audio={"output": {"voice": "marin"}}, tracing=None,
    ))
    assert_sent(api, "/realtime/calls/call_8bL3m0/accept")
    assert api.body() == {"type": "realtime", "model": "gpt-realtime", "instructions": "You are Alex.",
                          "audio": {"output": {"voice": "marin"}}, "tracing": None}
    assert result is None


def test_calls_hangup(api):
    result = api.call(lambda c: c.realtime.calls.hangup("call_8bL3m0"))
    request = assert_sent(api, "/realtime/calls/call_8bL3m0/hangup")
    assert request.content == b""
    assert result is None


def test_calls_refer(api):
    result = api.call(lambda c: c.realtime.calls.refer("call_8bL3m0", target_uri="tel:+14155550123"))
    assert_sent(api, "/realtime/calls/call_8bL3m0/refer")
    assert api.body() == {"target_uri": "tel:+14155550123"}
    assert result is None


@pytest.mark.parametrize("status_code", [None, 486])
def test_calls_reject(api, status_code):
    kwargs = {} if status_code is None else {"status_code": status_code}
    result = api.call(lambda c: c.realtime.calls.reject("call_8bL3m0", **kwargs))
    assert_sent(api, "/realtime/calls/call_8bL3m0/reject")
    assert api.body() == kwargs
    assert result is None


# -- the same calls through the official SDK --------------------------------------------------


def sdp_reply(request):
    import httpx

    return httpx.Response(201, content=b"v=0\r\nanswer\r\n",
                          headers={"content-type": "application/sdp", "location": "/v1/realtime/calls/rtc_1"})


def none_reply(request):
    import httpx

    return httpx.Response(200)


def secret_reply(request):
    import httpx

    return httpx.Response(200, json=EXAMPLES["other"]["RealtimeCreateClientSecretResponse"])


PARITY = {
    "calls.create(sdp)": (lambda c: c.realtime.calls.create(sdp=SDP), sdp_reply),
    "calls.create(sdp, session)": (lambda c: c.realtime.calls.create(sdp=SDP, session=SESSION), sdp_reply),
    "calls.create(sdp, extra_headers)": (lambda c: c.realtime.calls.create(sdp=SDP, extra_headers={"X-Trace": "1"}), sdp_reply),
    "client_secrets.create": (lambda c: c.realtime.client_secrets.create(
        expires_after={"anchor": "created_at", "seconds": 60}, session={"type": "transcription"}), secret_reply),
    "client_secrets.create()": (lambda c: c.realtime.client_secrets.create(), secret_reply),
    "calls.accept": (lambda c: c.realtime.calls.accept("call_1", type="realtime", instructions="Hi", tracing=None), none_reply),
    "calls.hangup": (lambda c: c.realtime.calls.hangup("call_1"), none_reply),
    "calls.refer": (lambda c: c.realtime.calls.refer("call_1", target_uri="sip:agent@example.com"), none_reply),
    "calls.reject": (lambda c: c.realtime.calls.reject("call_1"), none_reply),
    "calls.reject(status_code)": (lambda c: c.realtime.calls.reject("call_1", status_code=486), none_reply),
}


@pytest.mark.parametrize("name", list(PARITY))
def test_sends_what_the_official_sdk_sends(name):
    call, reply = PARITY[name]
    results = {}

    def keep(package):
        return lambda c: results.__setitem__(package, call(c))

    ours = [summary(r) for r in wire(openai_table, keep("ours"), reply=reply)]
    theirs = [summary(r) for r in wire(openai, keep("theirs"), reply=reply)]
    assert ours == theirs
    if name.startswith("calls.create"):
        assert results["ours"].content == results["theirs"].content == b"v=0\r\nanswer\r\n"
        assert results["ours"].response.headers["location"] == "/v1/realtime/calls/rtc_1"
    elif name.startswith("client_secrets"):
        assert results["ours"].to_dict() == results["theirs"].to_dict()
    else:
        assert results["ours"] is None and results["theirs"] is None


@pytest.mark.parametrize("session", [None, SESSION], ids=["sdp", "sdp+session"])
async def test_calls_create_async_sends_what_the_official_sdk_sends(session):
    kwargs = {"sdp": SDP, **({"session": session} if session else {})}
    ours = await awire(openai_table, lambda c: c.realtime.calls.create(**kwargs), reply=sdp_reply)
    theirs = await awire(openai, lambda c: c.realtime.calls.create(**kwargs), reply=sdp_reply)
    assert [summary(r) for r in ours] == [summary(r) for r in theirs]


METHODS = ["client_secrets.create", "calls.create", "calls.accept", "calls.hangup", "calls.refer", "calls.reject"]


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("path", METHODS)
def test_signature_is_the_official_one(path, is_async):
    def method(package):
        client = (package.AsyncOpenAI if is_async else package.OpenAI)(api_key="sk-test", base_url="http://localhost")
        obj = client.realtime
        for part in path.split("."):
            obj = getattr(obj, part)
        return obj

    def shape(fn):
        return [(p.name, p.kind, p.default is inspect.Parameter.empty) for p in inspect.signature(fn).parameters.values()]

    official = shape(method(openai))
    ours = shape(method(openai_table))
    # The spec is newer than 2.8.1: accept has two more optional params; everything else is equal.
    extra = [p for p in ours if p not in official]
    assert [p for p in ours if p not in extra] == official
    assert all(kind is inspect.Parameter.KEYWORD_ONLY and not required for _, kind, required in extra)
    assert [name for name, _, _ in extra] == (["parallel_tool_calls", "reasoning"] if path == "calls.accept" else [])


# -- realtime types from the spec's example payloads ----------------------------------------------


def official_twin(cls):
    """Our class for an official one, through the mirror (same module path, same name)."""
    module = importlib.import_module(cls.__module__.replace("openai.", "openai_table.", 1))
    return getattr(module, cls.__name__)


def assert_same_tree(theirs, ours, path):
    """Every model in the official object is our class of the same official name, field for field."""
    import pydantic

    if isinstance(theirs, pydantic.BaseModel):
        assert type(ours) is official_twin(type(theirs)), path
        for name in type(theirs).model_fields:
            value = getattr(theirs, name)
            if name == "type" and value is None:
                continue  # ours carries the tag as its default
            assert_same_tree(value, getattr(ours, name), f"{path}.{name}")
    elif isinstance(theirs, list):
        assert isinstance(ours, list) and len(ours) == len(theirs), path
        for i, (a, b) in enumerate(zip(theirs, ours)):
            assert_same_tree(a, b, f"{path}[{i}]")
    else:
        assert ours == theirs, path


def _known(union):
    import typing

    args = typing.get_args(union)
    members = typing.get_args(args[0]) if args and typing.get_origin(args[0]) is typing.Union else args
    return {typing.get_args(m.model_fields["type"].annotation)[0] for m in members}


SERVER_TYPES = _known(openai.types.realtime.RealtimeServerEvent)
CLIENT_TYPES = _known(openai.types.realtime.RealtimeClientEvent)


def _cases(kind):
    return [pytest.param(payload, id=f"{name}:{payload.get('type')}") for name, payload in EXAMPLES[kind]]


@pytest.mark.parametrize("payload", _cases("server"))
def test_server_event_examples(payload):
    from openai._models import construct_type

    event = structure(payload, RealtimeServerEvent)
    if payload["type"] not in SERVER_TYPES:
        # Newer than 2.8.1 (or mistyped in the spec): kept as it came, whatever its tag.
        assert isinstance(event, UnknownModel)
        assert event.to_dict() == payload
        return
    assert type(event).__name__ != "UnknownModel" and event.type == payload["type"]
    assert_same_tree(construct_type(value=payload, type_=openai.types.realtime.RealtimeServerEvent), event, payload["type"])
    assert event.to_dict() == payload


@pytest.mark.parametrize("payload", _cases("client"))
def test_client_event_examples(payload):
    from openai._models import construct_type

    event = structure(payload, RealtimeClientEvent)
    if payload["type"] not in CLIENT_TYPES:
        assert isinstance(event, UnknownModel) and event.to_dict() == payload
        return
    assert_same_tree(construct_type(value=payload, type_=openai.types.realtime.RealtimeClientEvent), event, payload["type"])


@pytest.mark.parametrize("name,ours,theirs", [
    ("RealtimeCreateClientSecretResponse", ClientSecretCreateResponse, "ClientSecretCreateResponse"),
    ("RealtimeSessionCreateResponse", RealtimeSessionCreateResponse, "RealtimeSessionCreateResponse"),
    ("RealtimeSessionCreateRequest", openai_table.types.realtime.RealtimeSessionCreateRequest, "RealtimeSessionCreateRequest"),
    ("RealtimeTranscriptionSessionCreateResponseGA", RealtimeTranscriptionSessionCreateResponse, "RealtimeTranscriptionSessionCreateResponse"),
])
def test_session_examples(name, ours, theirs):
    from openai._models import construct_type

    payload = EXAMPLES["other"][name]
    assert_same_tree(construct_type(value=payload, type_=getattr(openai.types.realtime, theirs)), structure(payload, ours), name)


def test_messages_are_told_apart_by_role():
    def item(role):
        event = structure({"type": "conversation.item.done", "event_id": "e",
                           "item": {"type": "message", "role": role, "content": []}}, RealtimeServerEvent)
        return type(event.item)

    assert item("system") is RealtimeConversationItemSystemMessage
    assert item("user") is RealtimeConversationItemUserMessage
    assert item("assistant") is RealtimeConversationItemAssistantMessage
    done = structure({"type": "response.done", "response": {"output": [
        {"type": "message", "role": "assistant", "content": [{"type": "output_audio", "transcript": "Hi"}]},
        {"type": "function_call", "name": "lookup", "arguments": "{}", "call_id": "c1"},
        {"type": "some_future_item", "x": 1},
    ]}}, RealtimeServerEvent)
    first, second, third = done.response.output
    assert isinstance(first, RealtimeConversationItemAssistantMessage) and first.content[0].transcript == "Hi"
    assert isinstance(second, RealtimeConversationItemFunctionCall) and second.call_id == "c1"
    assert isinstance(third, UnknownModel) and third.x == 1


def test_sessions_are_told_apart_by_type():
    event = structure({"type": "session.updated", "event_id": "e", "session": {
        "type": "transcription", "audio": {"input": {"format": {"type": "audio/pcmu"},
                                                     "turn_detection": {"type": "server_vad", "threshold": 0.5}}}}},
        RealtimeServerEvent)
    assert isinstance(event.session, RealtimeTranscriptionSessionCreateRequest)
    assert type(event.session.audio.input.format).__name__ == "AudioPCMU"
    assert event.session.audio.input.turn_detection.threshold == 0.5
    realtime = structure({"type": "session.created", "session": {
        "type": "realtime", "audio": {"input": {"turn_detection": {"type": "server_vad"}}}}}, RealtimeServerEvent)
    assert isinstance(realtime.session.audio.input.turn_detection, ServerVad)


def test_cassettes_hold_no_secrets():
    for path in pathlib.Path(CASSETTES / "test_realtime").glob("*.yaml"):
        text = path.read_text()
        assert API_KEY not in text and "authorization" not in text.lower(), path
