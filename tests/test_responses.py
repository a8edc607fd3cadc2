"""The Responses API: every method, sync and async, replayed from cassettes recorded against the
spec-validating mock; streams (`create(stream=True)`, `retrieve(id, stream=True)`) replayed from
cassettes recorded off an in-process transport serving realistic event sequences (the mock answers
`stream=true` with JSON); the wire compared with the official SDK's; the models' unions and
`output_text` checked on the API reference's example payloads."""

import json

import httpx
import openai
import pytest

import openai_table
from openai_table._converter import structure
from openai_table.models._base import UnknownModel
from openai_table.pagination import AsyncCursorPage, SyncCursorPage
from openai_table.types.responses import (
    EasyInputMessage,
    FunctionTool,
    InputTokenCountResponse,
    Response,
    ResponseCompletedEvent,
    ResponseContentPartAddedEvent,
    ResponseContentPartDoneEvent,
    ResponseCreatedEvent,
    ResponseFailedEvent,
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseFunctionCallArgumentsDoneEvent,
    ResponseFunctionToolCall,
    ResponseInProgressEvent,
    ResponseInputItem,
    ResponseInputMessageItem,
    ResponseInputText,
    ResponseItem,
    ResponseOutputItem,
    ResponseOutputItemAddedEvent,
    ResponseOutputItemDoneEvent,
    ResponseOutputMessage,
    ResponseOutputText,
    ResponseReasoningItem,
    ResponseReasoningSummaryPartAddedEvent,
    ResponseReasoningSummaryPartDoneEvent,
    ResponseReasoningSummaryTextDeltaEvent,
    ResponseReasoningSummaryTextDoneEvent,
    ResponseReasoningTextDeltaEvent,
    ResponseReasoningTextDoneEvent,
    ResponseStreamEvent,
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent,
    Tool,
    ToolChoiceTypes,
    WebSearchPreviewTool,
    WebSearchTool,
)
from openai_table.types.responses.response import ToolChoice
from openai_table.types.responses.response_stream_event import ResponseStreamEvent as ResponseStreamEventByPath

from _wire import summary, wire
from conftest import API_KEY, LIVE

MODEL = "gpt-4.1"
RESPONSE_ID = "resp_67ccd3a9da748190baa7f1570fe91ac604becb25c45c1d41"
WEATHER_TOOL = {
    "type": "function", "name": "get_current_weather", "description": "Get the current weather in a given location",
    "parameters": {"type": "object", "properties": {"location": {"type": "string"}, "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
                   "required": ["location", "unit"]},
    "strict": True,
}


def assert_sent(api, method, path, *, query=None, body=None, accept="application/json"):
    request = api.last
    assert request.method == method
    assert request.url.path == path
    assert list(request.url.params.multi_items()) == (query or [])
    if body is None:
        assert request.content == b""
    else:
        assert api.body() == body
    # as the official SDK: JSON on every request but a GET, bodyless ones too
    assert request.headers.get("content-type") == (None if method == "GET" else "application/json")
    assert request.headers["accept"] == accept
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["openai-organization"] == "org-test"
    assert request.headers["openai-project"] == "proj-test"


def assert_mock_response(response):
    assert isinstance(response, Response)
    assert response.id == RESPONSE_ID
    assert (response.object, response.status, response.model) == ("response", "completed", "gpt-4o-2024-08-06")
    (message,) = response.output
    assert isinstance(message, ResponseOutputMessage) and message.role == "assistant"
    assert isinstance(message.content[0], ResponseOutputText)
    assert response.output_text.startswith("The image depicts a scenic landscape")
    assert response.usage.total_tokens == 380 and response.usage.output_tokens_details.reasoning_tokens == 0
    assert response.text.format.type == "text" and response.tool_choice == "auto"


# -- the methods, against the mock ----------------------------------------------------------------


def test_create(api):
    response = api.call(lambda c: c.responses.create(
        model=MODEL, instructions="Be brief.", input=[{"role": "user", "content": "Say hi"}], tools=[WEATHER_TOOL],
        include=["reasoning.encrypted_content"], max_output_tokens=None, store=False, metadata={"case": "create"}))
    assert_sent(api, "POST", "/responses", body={
        "model": MODEL, "instructions": "Be brief.", "input": [{"role": "user", "content": "Say hi"}], "tools": [WEATHER_TOOL],
        "include": ["reasoning.encrypted_content"], "max_output_tokens": None, "store": False, "metadata": {"case": "create"}})
    assert_mock_response(response)


def test_retrieve(api):
    response = api.call(lambda c: c.responses.retrieve(
        "resp_123", include=["message.output_text.logprobs", "file_search_call.results"], include_obfuscation=False))
    assert_sent(api, "GET", "/responses/resp_123", query=[
        ("include[]", "message.output_text.logprobs"), ("include[]", "file_search_call.results"), ("include_obfuscation", "false")])
    assert_mock_response(response)


def test_delete(api):
    result = api.call(lambda c: c.responses.delete("resp_123"))
    assert_sent(api, "DELETE", "/responses/resp_123", accept="*/*")
    assert result is None


def test_cancel(api):
    response = api.call(lambda c: c.responses.cancel("resp_123"))
    assert_sent(api, "POST", "/responses/resp_123/cancel")
    assert_mock_response(response)


def test_input_items_list(api):
    page = api.call(lambda c: c.responses.input_items.list("resp_123", limit=1, order="asc", include=["file_search_call.results"]))
    assert_sent(api, "GET", "/responses/resp_123/input_items",
                query=[("limit", "1"), ("order", "asc"), ("include[]", "file_search_call.results")])
    assert isinstance(page, (SyncCursorPage, AsyncCursorPage))
    (item,) = page.data
    assert isinstance(item, ResponseInputMessageItem)
    assert (item.id, item.role, item.status, item.type) == ("string", "user", "in_progress", "message")
    assert isinstance(item.content[0], ResponseInputText) and item.content[0].text == "string"
    assert page.has_more is True and page.last_id == "string"


def test_input_tokens_count(api):
    count = api.call(lambda c: c.responses.input_tokens.count(
        model=MODEL, input="Tell me a joke.", instructions=None, tools=[WEATHER_TOOL], truncation="auto"))
    assert_sent(api, "POST", "/responses/input_tokens", body={
        "model": MODEL, "input": "Tell me a joke.", "instructions": None, "tools": [WEATHER_TOOL], "truncation": "auto"})
    assert isinstance(count, InputTokenCountResponse)
    assert (count.input_tokens, count.object) == (123, "response.input_tokens")


def test_with_raw_response(api):
    raw = api.call(lambda c: c.responses.with_raw_response.retrieve("resp_123"))
    assert_sent(api, "GET", "/responses/resp_123")
    assert raw.status_code == 200
    parsed = raw.parse()
    assert isinstance(parsed, Response) and parsed.id == RESPONSE_ID


# -- streams --------------------------------------------------------------------------------------

STREAM_ID = "resp_67c9fdcecf488190bdd9a0409de3a1ec07b8b0ad4e5eb654"
MSG_ID = "msg_67c9fdcf37fc8190ba82116e33fb28c507b8b0ad4e5eb654"
FC_ID = "fc_67ca09c6bedc8190a7abfec07b1a1332096610f474011cc0"
RS_ID = "rs_6806bfca0b2481918a5748308061a2600d3ce51bdffd5476"


def _response(status, output=(), **extra):
    return {"id": STREAM_ID, "object": "response", "created_at": 1741290958, "status": status, "error": None,
            "incomplete_details": None, "instructions": "You are a helpful assistant.", "max_output_tokens": None,
            "model": "gpt-4.1-2025-04-14", "output": list(output), "parallel_tool_calls": True, "previous_response_id": None,
            "reasoning": {"effort": None, "summary": None}, "store": True, "temperature": 1.0, "text": {"format": {"type": "text"}},
            "tool_choice": "auto", "tools": [], "top_p": 1.0, "truncation": "disabled", "usage": None, "user": None,
            "metadata": {}, **extra}


def _numbered(events, start=0):
    return [{**e, "sequence_number": start + i} for i, e in enumerate(events)]


TEXT_WORDS = ["Hi", " there", "! Ça", " va", " ✓?"]
TEXT = "".join(TEXT_WORDS)
_TEXT_PART = {"type": "output_text", "text": TEXT, "annotations": [], "logprobs": []}
_TEXT_MESSAGE = {"id": MSG_ID, "type": "message", "status": "completed", "role": "assistant", "content": [_TEXT_PART]}
_USAGE = {"input_tokens": 37, "input_tokens_details": {"cached_tokens": 0}, "output_tokens": 11,
          "output_tokens_details": {"reasoning_tokens": 0}, "total_tokens": 48}
TEXT_EVENTS = _numbered([
    {"type": "response.created", "response": _response("in_progress")},
    {"type": "response.in_progress", "response": _response("in_progress")},
    {"type": "response.output_item.added", "output_index": 0,
     "item": {"id": MSG_ID, "type": "message", "status": "in_progress", "role": "assistant", "content": []}},
    {"type": "response.content_part.added", "item_id": MSG_ID, "output_index": 0, "content_index": 0,
     "part": {"type": "output_text", "text": "", "annotations": [], "logprobs": []}},
    *({"type": "response.output_text.delta", "item_id": MSG_ID, "output_index": 0, "content_index": 0, "delta": w, "logprobs": []}
      for w in TEXT_WORDS),
    {"type": "response.output_text.done", "item_id": MSG_ID, "output_index": 0, "content_index": 0, "text": TEXT, "logprobs": []},
    {"type": "response.content_part.done", "item_id": MSG_ID, "output_index": 0, "content_index": 0, "part": _TEXT_PART},
    {"type": "response.output_item.done", "output_index": 0, "item": _TEXT_MESSAGE},
    {"type": "response.completed", "response": _response("completed", [_TEXT_MESSAGE], usage=_USAGE)},
])

ARGS = ['{"loc', 'ation":"Boston, MA"', ',"unit":"celsius"}']
_CALL = {"type": "function_call", "id": FC_ID, "call_id": "call_unLAR8MvFNptuiZK6K6HCy5k", "name": "get_current_weather",
         "arguments": "".join(ARGS), "status": "completed"}
FUNCTION_EVENTS = _numbered([
    {"type": "response.created", "response": _response("in_progress", tools=[WEATHER_TOOL])},
    {"type": "response.in_progress", "response": _response("in_progress", tools=[WEATHER_TOOL])},
    {"type": "response.output_item.added", "output_index": 0, "item": {**_CALL, "arguments": "", "status": "in_progress"}},
    *({"type": "response.function_call_arguments.delta", "item_id": FC_ID, "output_index": 0, "delta": d} for d in ARGS),
    {"type": "response.function_call_arguments.done", "item_id": FC_ID, "output_index": 0, "name": "get_current_weather",
     "arguments": "".join(ARGS)},
    {"type": "response.output_item.done", "output_index": 0, "item": _CALL},
    {"type": "response.completed", "response": _response("completed", [_CALL], tools=[WEATHER_TOOL], usage=_USAGE)},
])

SUMMARY = ["**Answering a greeting**\n\n", "The user said hello; greet back."]
THOUGHT = ["The user", " greets me."]
_REASONING = {"id": RS_ID, "type": "reasoning", "summary": [{"type": "summary_text", "text": "".join(SUMMARY)}],
              "content": [{"type": "reasoning_text", "text": "".join(THOUGHT)}], "encrypted_content": "gAAAAABo..."}
_REASONED_MESSAGE = {**_TEXT_MESSAGE, "content": [{"type": "output_text", "text": "Hello!", "annotations": []}]}
# what `retrieve(..., stream=True, starting_after=1)` replays: the events after the first two
REASONING_EVENTS = _numbered([
    {"type": "response.output_item.added", "output_index": 0,
     "item": {"id": RS_ID, "type": "reasoning", "summary": [], "content": []}},
    {"type": "response.reasoning_summary_part.added", "item_id": RS_ID, "output_index": 0, "summary_index": 0,
     "part": {"type": "summary_text", "text": ""}},
    *({"type": "response.reasoning_summary_text.delta", "item_id": RS_ID, "output_index": 0, "summary_index": 0, "delta": d,
       "obfuscation": "x1"} for d in SUMMARY),
    {"type": "response.reasoning_summary_text.done", "item_id": RS_ID, "output_index": 0, "summary_index": 0, "text": "".join(SUMMARY)},
    {"type": "response.reasoning_summary_part.done", "item_id": RS_ID, "output_index": 0, "summary_index": 0,
     "part": {"type": "summary_text", "text": "".join(SUMMARY)}},
    *({"type": "response.reasoning_text.delta", "item_id": RS_ID, "output_index": 0, "content_index": 0, "delta": d} for d in THOUGHT),
    {"type": "response.reasoning_text.done", "item_id": RS_ID, "output_index": 0, "content_index": 0, "text": "".join(THOUGHT)},
    {"type": "response.output_item.done", "output_index": 0, "item": _REASONING},
    {"type": "response.output_item.added", "output_index": 1,
     "item": {"id": MSG_ID, "type": "message", "status": "in_progress", "role": "assistant", "content": []}},
    {"type": "response.output_text.delta", "item_id": MSG_ID, "output_index": 1, "content_index": 0, "delta": "Hello!", "logprobs": []},
    {"type": "response.output_item.done", "output_index": 1, "item": _REASONED_MESSAGE},
    {"type": "response.completed", "response": _response("completed", [_REASONING, _REASONED_MESSAGE],
                                                          reasoning={"effort": "high", "summary": "detailed"})},
], start=2)

_ERROR = {"code": "server_error", "message": "The model failed to generate a response."}
FAILED_EVENTS = _numbered([
    {"type": "response.created", "response": _response("in_progress")},
    {"type": "response.in_progress", "response": _response("in_progress")},
    {"type": "response.output_item.added", "output_index": 0,
     "item": {"id": MSG_ID, "type": "message", "status": "in_progress", "role": "assistant", "content": []}},
    {"type": "response.failed", "response": _response("failed", error=_ERROR)},
])


def _sse_transport(events):
    def handler(request: httpx.Request) -> httpx.Response:
        body = b"".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode() for e in events)
        return httpx.Response(200, headers={"content-type": "text/event-stream; charset=utf-8"}, content=body)

    return lambda: httpx.MockTransport(handler)


RECORD_TRANSPORTS = {
    "test_create_stream_text": _sse_transport(TEXT_EVENTS),
    "test_create_stream_function_call": _sse_transport(FUNCTION_EVENTS),
    "test_retrieve_stream_reasoning": _sse_transport(REASONING_EVENTS),
    "test_create_stream_failed": _sse_transport(FAILED_EVENTS),
}
REPLAY_ONLY = pytest.mark.replay_only("the mock answers stream=true with JSON, not server-sent events")


def assert_events(events, sent, classes):
    assert [type(e) for e in events] == classes
    assert [e.to_dict() for e in events] == sent  # every payload kept as the server sent it
    assert [e.sequence_number for e in events] == [e["sequence_number"] for e in sent]


@REPLAY_ONLY
def test_create_stream_text(api):
    events = api.collect(lambda c: c.responses.create(model=MODEL, input="Say hi", stream=True, instructions="You are a helpful assistant."))
    assert_sent(api, "POST", "/responses", body={"model": MODEL, "input": "Say hi", "stream": True,
                                                 "instructions": "You are a helpful assistant."})
    assert_events(events, TEXT_EVENTS, [
        ResponseCreatedEvent, ResponseInProgressEvent, ResponseOutputItemAddedEvent, ResponseContentPartAddedEvent,
        *[ResponseTextDeltaEvent] * len(TEXT_WORDS), ResponseTextDoneEvent, ResponseContentPartDoneEvent,
        ResponseOutputItemDoneEvent, ResponseCompletedEvent])
    created, completed = events[0], events[-1]
    assert isinstance(created.response, Response) and created.response.status == "in_progress" and created.response.output == []
    assert "".join(e.delta for e in events if isinstance(e, ResponseTextDeltaEvent)) == TEXT == events[-4].text
    assert isinstance(events[3].part, ResponseOutputText)
    assert isinstance(events[-2].item, ResponseOutputMessage) and events[-2].item.content[0].text == TEXT
    assert completed.response.status == "completed" and completed.response.output_text == TEXT
    assert completed.response.usage.total_tokens == 48


@REPLAY_ONLY
def test_create_stream_function_call(api):
    events = api.collect(lambda c: c.responses.create(model=MODEL, input="Weather in Boston?", tools=[WEATHER_TOOL],
                                                      tool_choice="required", stream=True))
    assert_sent(api, "POST", "/responses", body={"model": MODEL, "input": "Weather in Boston?", "tools": [WEATHER_TOOL],
                                                 "tool_choice": "required", "stream": True})
    assert_events(events, FUNCTION_EVENTS, [
        ResponseCreatedEvent, ResponseInProgressEvent, ResponseOutputItemAddedEvent,
        *[ResponseFunctionCallArgumentsDeltaEvent] * len(ARGS), ResponseFunctionCallArgumentsDoneEvent,
        ResponseOutputItemDoneEvent, ResponseCompletedEvent])
    assert isinstance(events[2].item, ResponseFunctionToolCall) and events[2].item.arguments == ""
    args = "".join(e.delta for e in events if isinstance(e, ResponseFunctionCallArgumentsDeltaEvent))
    assert json.loads(args) == {"location": "Boston, MA", "unit": "celsius"} and events[-3].arguments == args
    call = events[-1].response.output[0]
    assert isinstance(call, ResponseFunctionToolCall)
    assert (call.name, call.call_id, call.arguments) == ("get_current_weather", "call_unLAR8MvFNptuiZK6K6HCy5k", args)
    assert isinstance(events[-1].response.tools[0], FunctionTool) and events[-1].response.tools[0].strict is True
    assert events[-1].response.output_text == ""


@REPLAY_ONLY
def test_retrieve_stream_reasoning(api):
    events = api.collect(lambda c: c.responses.retrieve(
        STREAM_ID, stream=True, starting_after=1, include=["reasoning.encrypted_content"]))
    # a GET: `stream` goes in the query, like every other param
    assert_sent(api, "GET", f"/responses/{STREAM_ID}",
                query=[("stream", "true"), ("starting_after", "1"), ("include[]", "reasoning.encrypted_content")])
    assert_events(events, REASONING_EVENTS, [
        ResponseOutputItemAddedEvent, ResponseReasoningSummaryPartAddedEvent,
        *[ResponseReasoningSummaryTextDeltaEvent] * len(SUMMARY), ResponseReasoningSummaryTextDoneEvent,
        ResponseReasoningSummaryPartDoneEvent, *[ResponseReasoningTextDeltaEvent] * len(THOUGHT), ResponseReasoningTextDoneEvent,
        ResponseOutputItemDoneEvent, ResponseOutputItemAddedEvent, ResponseTextDeltaEvent, ResponseOutputItemDoneEvent,
        ResponseCompletedEvent])
    assert events[0].sequence_number == 2 and isinstance(events[0].item, ResponseReasoningItem)
    summary = "".join(e.delta for e in events if isinstance(e, ResponseReasoningSummaryTextDeltaEvent))
    assert summary == "".join(SUMMARY) == events[4].text == events[5].part.text
    assert events[2].obfuscation == "x1"  # a field the model does not declare is still there
    assert "".join(e.delta for e in events if isinstance(e, ResponseReasoningTextDeltaEvent)) == events[8].text == "The user greets me."
    reasoning = events[9].item
    assert isinstance(reasoning, ResponseReasoningItem)
    assert reasoning.summary[0].text == summary and reasoning.content[0].text == "The user greets me."
    assert reasoning.encrypted_content == "gAAAAABo..."
    final = events[-1].response
    assert [type(o) for o in final.output] == [ResponseReasoningItem, ResponseOutputMessage]
    assert final.output_text == "Hello!" and final.reasoning.summary == "detailed"


@REPLAY_ONLY
def test_create_stream_failed(api):
    events = api.collect(lambda c: c.responses.create(model=MODEL, input="Say hi", stream=True))
    assert_events(events, FAILED_EVENTS, [
        ResponseCreatedEvent, ResponseInProgressEvent, ResponseOutputItemAddedEvent, ResponseFailedEvent])
    failed = events[-1].response
    assert failed.status == "failed" and failed.output == [] and failed.output_text == ""
    assert (failed.error.code, failed.error.message) == ("server_error", "The model failed to generate a response.")


@pytest.mark.skipif(not LIVE, reason="only meaningful against the live mock")
def test_stream_requests_accepted_by_mock(api):
    # The mock cannot stream back, but it still validates streaming requests.
    raw = api.call(lambda c: c.responses.with_raw_response.create(model=MODEL, input="Say hi", stream=True))
    assert raw.status_code == 200
    raw = api.call(lambda c: c.responses.with_raw_response.retrieve("resp_123", stream=True, starting_after=3))
    assert raw.status_code == 200


# -- the wire, against the official SDK -----------------------------------------------------------


def _query_by_key(summary):
    """The query as {key: [values in order]}: the SDKs order different keys differently (by
    signature or by call), which the API does not care about; values of one key keep their order."""
    out = {}
    for key, value in summary.pop("query"):
        out.setdefault(key, []).append(value)
    summary["query"] = out
    return summary


def _sse_or_json(request):
    if request.url.params.get("stream") == "true" or b'"stream":true' in request.content.replace(b" ", b""):
        return httpx.Response(200, headers={"content-type": "text/event-stream"},
                              content=b"".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode() for e in FAILED_EVENTS))
    if request.method == "DELETE" and request.url.path.startswith("/v1/responses"):
        return httpx.Response(200)
    return httpx.Response(200, json={"id": "x", "object": "list", "data": [], "has_more": False})


WIRE_CALLS = {
    "responses.create": lambda c: c.responses.create(
        model=MODEL, input=[{"role": "user", "content": [{"type": "input_text", "text": "hi"}]}], instructions=None,
        tools=[WEATHER_TOOL], tool_choice={"type": "function", "name": "get_current_weather"}, include=["reasoning.encrypted_content"],
        reasoning={"effort": "low", "summary": "auto"}, text={"format": {"type": "text"}}, metadata={"a": "b"}),
    "responses.create(stream)": lambda c: list(c.responses.create(model=MODEL, input="hi", stream=True, stream_options={"include_obfuscation": False})),
    "responses.retrieve(include)": lambda c: c.responses.retrieve("resp_1", include=["message.output_text.logprobs", "file_search_call.results"]),
    "responses.retrieve(stream, include)": lambda c: list(c.responses.retrieve(
        "resp_1", stream=True, include=["code_interpreter_call.outputs", "reasoning.encrypted_content"], starting_after=3)),
    "responses.delete": lambda c: c.responses.delete("resp_1"),
    "responses.cancel": lambda c: c.responses.cancel("resp_1"),
    "responses.input_items.list": lambda c: c.responses.input_items.list(
        "resp_1", limit=2, order="asc", after="msg_0", include=["file_search_call.results", "message.input_image.image_url"]),
    "responses.input_tokens.count": lambda c: c.responses.input_tokens.count(model=MODEL, input="hi", conversation=None),
    "conversations.create": lambda c: c.conversations.create(items=[{"type": "message", "role": "user", "content": "hi"}], metadata=None),
    "conversations.retrieve": lambda c: c.conversations.retrieve("conv_1"),
    "conversations.update": lambda c: c.conversations.update("conv_1", metadata={"topic": "x"}),
    "conversations.delete": lambda c: c.conversations.delete("conv_1"),
    "conversations.items.create(include)": lambda c: c.conversations.items.create(
        "conv_1", items=[{"type": "message", "role": "user", "content": "hi"}],
        include=["web_search_call.action.sources", "file_search_call.results"]),
    "conversations.items.retrieve": lambda c: c.conversations.items.retrieve("msg_1", conversation_id="conv_1", include=["file_search_call.results"]),
    "conversations.items.list": lambda c: c.conversations.items.list("conv_1", limit=2, order="desc", include=["file_search_call.results"]),
    "conversations.items.delete": lambda c: c.conversations.items.delete("msg_1", conversation_id="conv_1"),
}


@pytest.mark.parametrize("name", list(WIRE_CALLS))
def test_wire_matches_official_sdk(name):
    ours = [_query_by_key(summary(r)) for r in wire(openai_table, WIRE_CALLS[name], reply=_sse_or_json)]
    theirs = [_query_by_key(summary(r)) for r in wire(openai, WIRE_CALLS[name], reply=_sse_or_json)]
    assert len(ours) == 1 and ours == theirs


def test_wire_include_and_none():
    (sent,) = [summary(r) for r in wire(openai_table, WIRE_CALLS["responses.retrieve(stream, include)"], reply=_sse_or_json)]
    assert sent["query"] == [("stream", "true"), ("include[]", "code_interpreter_call.outputs"),
                             ("include[]", "reasoning.encrypted_content"), ("starting_after", "3")]
    assert (sent["method"], sent["content-type"], sent["accept"]) == ("GET", None, "application/json")
    (sent,) = [summary(r) for r in wire(openai_table, WIRE_CALLS["responses.create"], reply=_sse_or_json)]
    assert sent["body"]["instructions"] is None and "stream" not in sent["body"] and "store" not in sent["body"]


# -- models ---------------------------------------------------------------------------------------

# The API reference's example for a function call (`x-oaiMeta`, "Functions"), trimmed.
FUNCTIONS_EXAMPLE = {
    "id": "resp_67ca09c5efe0819096d0511c92b8c890096610f474011cc0", "object": "response", "created_at": 1741294021,
    "status": "completed", "completed_at": 1741294022, "error": None, "incomplete_details": None, "model": "gpt-5.4",
    "output": [{"type": "function_call", "id": FC_ID, "call_id": "call_unLAR8MvFNptuiZK6K6HCy5k", "name": "get_current_weather",
                "arguments": "{\"location\":\"Boston, MA\",\"unit\":\"celsius\"}", "status": "completed"}],
    "reasoning": {"effort": None, "summary": None}, "text": {"format": {"type": "text"}}, "tool_choice": "auto",
    "tools": [WEATHER_TOOL], "usage": {"input_tokens": 291, "output_tokens": 23, "output_tokens_details": {"reasoning_tokens": 0},
                                       "total_tokens": 314},
}


def test_example_payloads_structure():
    response = structure(FUNCTIONS_EXAMPLE, Response)
    assert isinstance(response.output[0], ResponseFunctionToolCall) and isinstance(response.tools[0], FunctionTool)
    assert response.output_text == "" and response.completed_at == 1741294022  # a newer field, kept
    assert response.to_dict() == FUNCTIONS_EXAMPLE
    message = structure({"type": "message", "id": "m", "status": "completed", "role": "assistant", "content": [
        {"type": "output_text", "text": "a", "annotations": [{"type": "url_citation", "url": "https://x", "title": "X",
                                                             "start_index": 0, "end_index": 1}]},
        {"type": "refusal", "refusal": "no"}, {"type": "output_text", "text": "b", "annotations": []}]}, ResponseOutputItem)
    response = Response(output=[message, structure({"type": "reasoning", "id": "rs", "summary": []}, ResponseOutputItem)])
    assert response.output_text == "ab"
    assert message.content[0].annotations[0].url == "https://x"


@pytest.mark.parametrize("data, union, cls", [
    # the same "message" tag: the role and the parts decide, as the official SDK's validation does
    ({"type": "message", "id": "m", "role": "user", "content": [{"type": "input_text", "text": "hi"}]}, ResponseItem, ResponseInputMessageItem),
    ({"type": "message", "id": "m", "role": "assistant", "status": "completed", "content": [{"type": "output_text", "text": "hi"}]},
     ResponseItem, ResponseOutputMessage),
    ({"type": "message", "role": "user", "content": "hi"}, ResponseInputItem, EasyInputMessage),
    ({"role": "user", "content": "hi"}, ResponseInputItem, EasyInputMessage),  # `type` may be left out
    ({"type": "message", "id": "m", "role": "assistant", "status": "completed", "content": [{"type": "output_text", "text": "hi"}]},
     ResponseInputItem, ResponseOutputMessage),
    # members whose `type` is one of several values
    ({"type": "web_search_preview_2025_03_11"}, Tool, WebSearchPreviewTool),
    ({"type": "web_search_2025_08_26"}, Tool, WebSearchTool),
    ({"type": "code_interpreter"}, ToolChoice, ToolChoiceTypes),
    # unknown tags keep their data
    ({"type": "brand_new_tool", "x": 1}, Tool, UnknownModel),
    ({"type": "brand_new_item", "x": 1}, ResponseOutputItem, UnknownModel),
    ({"type": "response.brand_new.delta", "delta": "x", "sequence_number": 7}, ResponseStreamEvent, UnknownModel),
])
def test_unions(data, union, cls):
    obj = structure(data, union)
    assert type(obj) is cls
    assert obj.to_dict() == data
    if cls is UnknownModel:
        assert obj.x == 1 if "x" in data else obj.delta == "x"


def test_stream_event_union_is_complete():
    import typing

    import openai.types.responses as official

    assert ResponseStreamEvent is ResponseStreamEventByPath
    ours = {m.__name__ for m in typing.get_args(ResponseStreamEvent)}
    theirs = {m.__name__ for m in typing.get_args(typing.get_args(official.ResponseStreamEvent)[0])}
    assert ours == theirs and len(ours) >= 50
    tags = [m.__attrs_attrs__.type.default for m in typing.get_args(ResponseStreamEvent)]
    assert len(set(tags)) == len(tags)  # one class per event type


def test_webhook_events():
    from openai_table.types.webhooks import ResponseCompletedWebhookEvent, UnwrapWebhookEvent, BatchFailedWebhookEvent

    event = structure({"id": "evt_1", "type": "response.completed", "created_at": 1719168000, "data": {"id": "resp_1"},
                       "object": "event"}, UnwrapWebhookEvent)
    assert isinstance(event, ResponseCompletedWebhookEvent) and event.data.id == "resp_1"
    assert isinstance(structure({"type": "batch.failed", "data": {"id": "b"}}, UnwrapWebhookEvent), BatchFailedWebhookEvent)
    assert isinstance(structure({"type": "something.new", "data": {}}, UnwrapWebhookEvent), UnknownModel)


def test_stream_error_event_is_yielded():
    # `event: error` mid-stream is one of the union's members (ResponseErrorEvent), not an exception
    from openai_table.types.responses import ResponseErrorEvent

    sent = TEXT_EVENTS[:3] + [{"type": "error", "code": "ERR_SOMETHING", "message": "Something went wrong", "param": None,
                               "sequence_number": 3}]

    def reply(request):
        return httpx.Response(200, headers={"content-type": "text/event-stream"},
                              content=b"".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode() for e in sent))

    got = []
    wire(openai_table, lambda c: got.extend(c.responses.create(model=MODEL, input="hi", stream=True)), reply=reply)
    assert [type(e) for e in got] == [ResponseCreatedEvent, ResponseInProgressEvent, ResponseOutputItemAddedEvent, ResponseErrorEvent]
    assert (got[-1].code, got[-1].message, got[-1].param) == ("ERR_SOMETHING", "Something went wrong", None)


def test_file_search_filters_told_apart_by_operator():
    response = structure({"tools": [
        {"type": "file_search", "vector_store_ids": ["vs_1"],
         "filters": {"type": "and", "filters": [{"type": "eq", "key": "region", "value": "us"}]}},
        {"type": "file_search", "vector_store_ids": ["vs_1"], "filters": {"type": "in", "key": "tag", "value": ["a", "b"]}},
    ]}, Response)
    from openai_table.types.shared import ComparisonFilter, CompoundFilter

    first, second = response.tools
    assert isinstance(first.filters, CompoundFilter) and isinstance(first.filters.filters[0], ComparisonFilter)
    assert isinstance(second.filters, ComparisonFilter) and second.filters.value == ["a", "b"]
