"""The Assistants API (`client.beta.assistants`, `beta.threads` with its runs, run steps and
messages), sync and async, replayed from cassettes recorded against the spec-validating mock:
each test checks the request sent (the `OpenAI-Beta: assistants=v2` header included) and the
object returned.

The streams (`stream=True` on `threads.create_and_run`, `runs.create` and
`runs.submit_tool_outputs`) cannot come from the mock, which answers with JSON: they were
recorded from a local transport serving server-sent events shaped like the API reference's
examples (`RECORD_TRANSPORTS`, used only with OPENAI_TABLE_RECORD=1).

At the end, a few calls are sent by both SDKs over a MockTransport and compared on the wire.
"""

import json
import warnings

import httpx
import openai
import pytest

import openai_table
from openai_table.pagination import AsyncCursorPage, SyncCursorPage
from openai_table.types.beta import (
    Assistant,
    AssistantDeleted,
    AssistantStreamEvent,  # noqa: F401  (importable where the official one is)
    CodeInterpreterTool,
    FileSearchTool,
    FunctionTool,
    Thread,
    ThreadDeleted,
)
from openai_table.types.beta.assistant_stream_event import (
    ErrorEvent,
    ThreadCreated,
    ThreadMessageCompleted,
    ThreadMessageCreated,
    ThreadMessageDelta,
    ThreadMessageInProgress,
    ThreadRunCompleted,
    ThreadRunCreated,
    ThreadRunFailed,
    ThreadRunInProgress,
    ThreadRunQueued,
    ThreadRunRequiresAction,
    ThreadRunStepCompleted,
    ThreadRunStepCreated,
    ThreadRunStepDelta,
    ThreadRunStepFailed,
    ThreadRunStepInProgress,
)
from openai_table.types.beta.threads import (
    ImageFileContentBlock,
    Message,
    MessageDeleted,
    MessageDeltaEvent,
    RequiredActionFunctionToolCall,
    Run,
    TextContentBlock,
    TextDeltaBlock,
)
from openai_table.types.beta.threads.runs import (
    FunctionToolCallDelta,
    MessageCreationStepDetails,
    RunStep,
    RunStepDeltaEvent,
    ToolCallDeltaObject,
    ToolCallsStepDetails,
)

from _mock import clean_env  # noqa: F401  (autouse)
from _wire import summary, wire
from conftest import API_KEY

# Threads, runs, steps and messages warn on each call, as the official methods do (assistants don't).
DEPRECATED = "The Assistants API is deprecated; the Responses API replaces it"
pytestmark = pytest.mark.filterwarnings("ignore:The Assistants API is deprecated:DeprecationWarning")
BETA = "assistants=v2"
INCLUDE = "step_details.tool_calls[*].file_search.results[*].content"
WEATHER = {
    "name": "get_weather",
    "description": "The current weather in a city.",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
}


def assert_sent(api, method, path, *, query=None, body=None):
    request = api.last
    assert request.method == method
    assert request.url.path == path
    assert list(request.url.params.multi_items()) == (query or [])
    if body is None:
        assert request.content == b""
    else:
        assert api.body() == body
    assert request.headers.get("content-type") == (None if method == "GET" else "application/json")
    assert request.headers["openai-beta"] == BETA
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["openai-organization"] == "org-test"


def is_cursor_page(page):
    return isinstance(page, (SyncCursorPage, AsyncCursorPage))


# -- assistants ---------------------------------------------------------------------------------


def test_assistants_create(api):
    assistant = api.call(lambda c: c.beta.assistants.create(
        model="gpt-4o",
        name="Weather bot",
        instructions="Answer questions about the weather.",
        tools=[{"type": "code_interpreter"}, {"type": "file_search", "file_search": {"max_num_results": 5}},
               {"type": "function", "function": WEATHER}],
        tool_resources={"code_interpreter": {"file_ids": ["file-abc"]}},
        metadata={"team": "support"},
        temperature=0.2,
        response_format="auto",
    ))
    assert_sent(api, "POST", "/assistants", body={
        "model": "gpt-4o", "name": "Weather bot", "instructions": "Answer questions about the weather.",
        "tools": [{"type": "code_interpreter"}, {"type": "file_search", "file_search": {"max_num_results": 5}},
                  {"type": "function", "function": WEATHER}],
        "tool_resources": {"code_interpreter": {"file_ids": ["file-abc"]}},
        "metadata": {"team": "support"}, "temperature": 0.2, "response_format": "auto",
    })
    assert isinstance(assistant, Assistant)
    assert (assistant.object, assistant.id, assistant.response_format) == ("assistant", "string", "auto")
    assert assistant.tool_resources.file_search.vector_store_ids == ["string"]
    assert assistant.metadata == {"property1": "string", "property2": "string"}


def test_assistants_retrieve(api):
    assistant = api.call(lambda c: c.beta.assistants.retrieve("asst_abc123"))
    assert_sent(api, "GET", "/assistants/asst_abc123")
    assert isinstance(assistant, Assistant)
    assert assistant.tools == [] and assistant.temperature == 1


def test_assistants_update(api):
    assistant = api.call(lambda c: c.beta.assistants.update(
        "asst_abc123", instructions="Be brief.", tools=[{"type": "file_search"}],
        tool_resources={"file_search": {"vector_store_ids": ["vs_1"]}}, top_p=None))
    assert_sent(api, "POST", "/assistants/asst_abc123", body={
        "instructions": "Be brief.", "tools": [{"type": "file_search"}],
        "tool_resources": {"file_search": {"vector_store_ids": ["vs_1"]}}, "top_p": None})
    assert isinstance(assistant, Assistant)


def test_assistants_list(api):
    page = api.call(lambda c: c.beta.assistants.list(limit=2, order="desc", after="asst_1"))
    assert_sent(api, "GET", "/assistants", query=[("limit", "2"), ("order", "desc"), ("after", "asst_1")])
    assert is_cursor_page(page)
    assert [type(a) for a in page.data] == [Assistant]
    assert page.has_next_page() is False


def test_assistants_delete(api):
    deleted = api.call(lambda c: c.beta.assistants.delete("asst_abc123"))
    assert_sent(api, "DELETE", "/assistants/asst_abc123")
    assert isinstance(deleted, AssistantDeleted)
    assert (deleted.deleted, deleted.object) == (True, "assistant.deleted")


# -- threads ------------------------------------------------------------------------------------


def test_threads_create(api):
    thread = api.call(lambda c: c.beta.threads.create(
        messages=[{"role": "user", "content": "Hello"},
                  {"role": "user", "content": [{"type": "text", "text": "What is in this image?"},
                                               {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}],
                   "attachments": [{"file_id": "file-abc", "tools": [{"type": "file_search"}]}]}],
        metadata={"user": "u1"},
    ))
    assert_sent(api, "POST", "/threads", body={
        "messages": [{"role": "user", "content": "Hello"},
                     {"role": "user", "content": [{"type": "text", "text": "What is in this image?"},
                                                  {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}],
                      "attachments": [{"file_id": "file-abc", "tools": [{"type": "file_search"}]}]}],
        "metadata": {"user": "u1"}})
    assert isinstance(thread, Thread)
    assert (thread.object, thread.created_at) == ("thread", 0)
    assert thread.tool_resources.code_interpreter.file_ids == []


def test_threads_create_empty(api):
    thread = api.call(lambda c: c.beta.threads.create())
    assert_sent(api, "POST", "/threads", body={})
    assert isinstance(thread, Thread)


def test_threads_retrieve(api):
    thread = api.call(lambda c: c.beta.threads.retrieve("thread_abc123"))
    assert_sent(api, "GET", "/threads/thread_abc123")
    assert isinstance(thread, Thread)


def test_threads_update(api):
    thread = api.call(lambda c: c.beta.threads.update("thread_abc123", metadata={"modified": "true"}))
    assert_sent(api, "POST", "/threads/thread_abc123", body={"metadata": {"modified": "true"}})
    assert isinstance(thread, Thread)


def test_threads_delete(api):
    deleted = api.call(lambda c: c.beta.threads.delete("thread_abc123"))
    assert_sent(api, "DELETE", "/threads/thread_abc123")
    assert isinstance(deleted, ThreadDeleted)
    assert (deleted.deleted, deleted.object) == (True, "thread.deleted")


def test_threads_create_and_run(api):
    run = api.call(lambda c: c.beta.threads.create_and_run(
        assistant_id="asst_abc123",
        thread={"messages": [{"role": "user", "content": "Explain deep learning to a 5 year old."}]},
        tool_choice={"type": "function", "function": {"name": "get_weather"}},
        truncation_strategy={"type": "last_messages", "last_messages": 10},
        max_completion_tokens=256,
    ))
    assert_sent(api, "POST", "/threads/runs", body={
        "assistant_id": "asst_abc123",
        "thread": {"messages": [{"role": "user", "content": "Explain deep learning to a 5 year old."}]},
        "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
        "truncation_strategy": {"type": "last_messages", "last_messages": 10},
        "max_completion_tokens": 256})
    assert_is_mock_run(run)


# -- runs ---------------------------------------------------------------------------------------


def assert_is_mock_run(run):
    assert isinstance(run, Run)
    assert (run.object, run.status, run.tool_choice, run.response_format) == ("thread.run", "queued", "none", "auto")
    call = run.required_action.submit_tool_outputs.tool_calls[0]
    assert isinstance(call, RequiredActionFunctionToolCall)
    assert (call.type, call.function.name) == ("function", "string")
    assert (run.last_error.code, run.incomplete_details.reason) == ("server_error", "max_completion_tokens")
    assert run.truncation_strategy.type == "auto" and run.usage.total_tokens == 0


def test_runs_create(api):
    run = api.call(lambda c: c.beta.threads.runs.create(
        "thread_abc123",
        assistant_id="asst_abc123",
        include=[INCLUDE],
        additional_messages=[{"role": "user", "content": "And in Paris?"}],
        tools=[{"type": "function", "function": WEATHER}],
        parallel_tool_calls=False,
        metadata={"attempt": "1"},
    ))
    assert_sent(api, "POST", "/threads/thread_abc123/runs", query=[("include[]", INCLUDE)], body={
        "assistant_id": "asst_abc123", "additional_messages": [{"role": "user", "content": "And in Paris?"}],
        "tools": [{"type": "function", "function": WEATHER}], "parallel_tool_calls": False,
        "metadata": {"attempt": "1"}})
    assert_is_mock_run(run)


def test_runs_retrieve(api):
    run = api.call(lambda c: c.beta.threads.runs.retrieve("run_abc123", thread_id="thread_abc123"))
    assert_sent(api, "GET", "/threads/thread_abc123/runs/run_abc123")
    assert_is_mock_run(run)


def test_runs_update(api):
    run = api.call(lambda c: c.beta.threads.runs.update("run_abc123", thread_id="thread_abc123", metadata={"user_id": "u1"}))
    assert_sent(api, "POST", "/threads/thread_abc123/runs/run_abc123", body={"metadata": {"user_id": "u1"}})
    assert isinstance(run, Run)


def test_runs_list(api):
    page = api.call(lambda c: c.beta.threads.runs.list("thread_abc123", limit=5, before="run_9"))
    assert_sent(api, "GET", "/threads/thread_abc123/runs", query=[("limit", "5"), ("before", "run_9")])
    assert is_cursor_page(page)
    assert [type(r) for r in page.data] == [Run]


def test_runs_cancel(api):
    run = api.call(lambda c: c.beta.threads.runs.cancel("run_abc123", thread_id="thread_abc123"))
    assert_sent(api, "POST", "/threads/thread_abc123/runs/run_abc123/cancel")
    assert isinstance(run, Run)


def test_runs_submit_tool_outputs(api):
    run = api.call(lambda c: c.beta.threads.runs.submit_tool_outputs(
        "run_abc123", thread_id="thread_abc123", tool_outputs=[{"tool_call_id": "call_001", "output": "70 degrees and sunny."}]))
    assert_sent(api, "POST", "/threads/thread_abc123/runs/run_abc123/submit_tool_outputs",
                body={"tool_outputs": [{"tool_call_id": "call_001", "output": "70 degrees and sunny."}]})
    assert isinstance(run, Run)


# -- run steps ----------------------------------------------------------------------------------


def test_steps_retrieve(api):
    step = api.call(lambda c: c.beta.threads.runs.steps.retrieve(
        "step_abc123", thread_id="thread_abc123", run_id="run_abc123", include=[INCLUDE]))
    assert_sent(api, "GET", "/threads/thread_abc123/runs/run_abc123/steps/step_abc123", query=[("include[]", INCLUDE)])
    assert isinstance(step, RunStep)
    assert (step.object, step.type, step.status) == ("thread.run.step", "message_creation", "in_progress")
    assert isinstance(step.step_details, MessageCreationStepDetails)
    assert step.step_details.message_creation.message_id == "string"


def test_steps_list(api):
    page = api.call(lambda c: c.beta.threads.runs.steps.list(
        "run_abc123", thread_id="thread_abc123", include=[INCLUDE], limit=10, order="asc"))
    assert_sent(api, "GET", "/threads/thread_abc123/runs/run_abc123/steps",
                query=[("include[]", INCLUDE), ("limit", "10"), ("order", "asc")])
    assert is_cursor_page(page)
    assert [type(s) for s in page.data] == [RunStep]
    assert isinstance(page.data[0].step_details, MessageCreationStepDetails)


# -- messages -----------------------------------------------------------------------------------


def assert_is_mock_message(message):
    assert isinstance(message, Message)
    assert (message.object, message.role, message.status) == ("thread.message", "user", "in_progress")
    (block,) = message.content
    assert isinstance(block, ImageFileContentBlock)
    assert (block.image_file.file_id, block.image_file.detail) == ("string", "auto")
    assert isinstance(message.attachments[0].tools[0], CodeInterpreterTool)


def test_messages_create(api):
    message = api.call(lambda c: c.beta.threads.messages.create(
        "thread_abc123", role="user",
        content=[{"type": "text", "text": "Summarise the attached report."},
                 {"type": "image_file", "image_file": {"file_id": "file-img", "detail": "low"}}],
        attachments=[{"file_id": "file-report", "tools": [{"type": "file_search"}, {"type": "code_interpreter"}]}],
        metadata={"source": "upload"}))
    assert_sent(api, "POST", "/threads/thread_abc123/messages", body={
        "role": "user",
        "content": [{"type": "text", "text": "Summarise the attached report."},
                    {"type": "image_file", "image_file": {"file_id": "file-img", "detail": "low"}}],
        "attachments": [{"file_id": "file-report", "tools": [{"type": "file_search"}, {"type": "code_interpreter"}]}],
        "metadata": {"source": "upload"}})
    assert_is_mock_message(message)


def test_messages_retrieve(api):
    message = api.call(lambda c: c.beta.threads.messages.retrieve("msg_abc123", thread_id="thread_abc123"))
    assert_sent(api, "GET", "/threads/thread_abc123/messages/msg_abc123")
    assert_is_mock_message(message)


def test_messages_update(api):
    message = api.call(lambda c: c.beta.threads.messages.update("msg_abc123", thread_id="thread_abc123", metadata={"seen": "yes"}))
    assert_sent(api, "POST", "/threads/thread_abc123/messages/msg_abc123", body={"metadata": {"seen": "yes"}})
    assert_is_mock_message(message)


def test_messages_list(api):
    page = api.call(lambda c: c.beta.threads.messages.list("thread_abc123", run_id="run_abc123", order="asc", limit=20))
    assert_sent(api, "GET", "/threads/thread_abc123/messages", query=[("run_id", "run_abc123"), ("order", "asc"), ("limit", "20")])
    assert is_cursor_page(page)
    assert_is_mock_message(page.data[0])


def test_messages_delete(api):
    deleted = api.call(lambda c: c.beta.threads.messages.delete("msg_abc123", thread_id="thread_abc123"))
    assert_sent(api, "DELETE", "/threads/thread_abc123/messages/msg_abc123")
    assert isinstance(deleted, MessageDeleted)
    assert (deleted.deleted, deleted.object) == (True, "thread.message.deleted")


# -- streams ------------------------------------------------------------------------------------
# Event payloads shaped like the API reference's streaming examples.

T0 = 1710348075
FUNCTION_TOOL = {"type": "function", "function": WEATHER}


def _run(status, **extra):
    run = {"id": "run_123", "object": "thread.run", "created_at": T0, "assistant_id": "asst_123",
           "thread_id": "thread_123", "status": status, "started_at": None, "expires_at": T0 + 600,
           "cancelled_at": None, "failed_at": None, "completed_at": None, "required_action": None,
           "last_error": None, "model": "gpt-4o", "instructions": None, "tools": [FUNCTION_TOOL],
           "tool_resources": {}, "metadata": {}, "temperature": 1.0, "top_p": 1.0,
           "max_completion_tokens": None, "max_prompt_tokens": None,
           "truncation_strategy": {"type": "auto", "last_messages": None}, "incomplete_details": None,
           "usage": None, "response_format": "auto", "tool_choice": "auto", "parallel_tool_calls": True}
    run.update(extra)
    return run


def _step(step_id, status, details, **extra):
    step = {"id": step_id, "object": "thread.run.step", "created_at": T0 + 1, "run_id": "run_123",
            "assistant_id": "asst_123", "thread_id": "thread_123", "type": details["type"], "status": status,
            "cancelled_at": None, "completed_at": None, "expires_at": T0 + 600, "failed_at": None,
            "last_error": None, "step_details": details, "usage": None}
    step.update(extra)
    return step


def _message(msg_id, status, text=None):
    content = [{"type": "text", "text": {"value": text, "annotations": []}}] if text else []
    return {"id": msg_id, "object": "thread.message", "created_at": T0 + 1, "assistant_id": "asst_123",
            "thread_id": "thread_123", "run_id": "run_123", "status": status, "incomplete_details": None,
            "incomplete_at": None, "completed_at": T0 + 2 if status == "completed" else None,
            "role": "assistant", "content": content, "attachments": [], "metadata": {}}


def _text_delta(msg_id, i, value):
    text = {"value": value, "annotations": []} if i == 0 else {"value": value}
    return {"id": msg_id, "object": "thread.message.delta", "delta": {"content": [{"index": 0, "type": "text", "text": text}]}}


def _message_events(step_id, msg_id, words):
    creation = {"type": "message_creation", "message_creation": {"message_id": msg_id}}
    yield "thread.run.step.created", _step(step_id, "in_progress", creation)
    yield "thread.run.step.in_progress", _step(step_id, "in_progress", creation)
    yield "thread.message.created", _message(msg_id, "in_progress")
    yield "thread.message.in_progress", _message(msg_id, "in_progress")
    for i, word in enumerate(words):
        yield "thread.message.delta", _text_delta(msg_id, i, word)
    yield "thread.message.completed", _message(msg_id, "completed", "".join(words))
    usage = {"prompt_tokens": 20, "completion_tokens": 11, "total_tokens": 31}
    yield "thread.run.step.completed", _step(step_id, "completed", creation, completed_at=T0 + 2, usage=usage)


GREETING = ["Hello", "!", " How", " can", " I", " help", " you", " today", "?"]
ANSWER = ["The", " weather", " in", " Paris", " is", " 18", "°C", " and", " sunny", "."]
CALL_ID = "call_XXNp8YGaFrjrSjgqxtC8JJ1B"
ARGUMENTS = ['{"', "city", '":"', "Paris", '"}']


def _text_run_events():
    yield "thread.created", {"id": "thread_123", "object": "thread", "created_at": T0, "metadata": {}, "tool_resources": {}}
    yield "thread.run.created", _run("queued")
    yield "thread.run.queued", _run("queued")
    yield "thread.run.in_progress", _run("in_progress", started_at=T0)
    yield from _message_events("step_001", "msg_001", GREETING)
    yield "thread.run.completed", _run("completed", started_at=T0, completed_at=T0 + 2,
                                       usage={"prompt_tokens": 20, "completion_tokens": 11, "total_tokens": 31})


def _tool_call_run_events():
    yield "thread.run.created", _run("queued")
    yield "thread.run.queued", _run("queued")
    yield "thread.run.in_progress", _run("in_progress", started_at=T0)
    details = {"type": "tool_calls", "tool_calls": []}
    yield "thread.run.step.created", _step("step_001", "in_progress", details)
    yield "thread.run.step.in_progress", _step("step_001", "in_progress", details)
    first = {"index": 0, "id": CALL_ID, "type": "function", "function": {"name": "get_weather", "arguments": "", "output": None}}
    yield "thread.run.step.delta", {"id": "step_001", "object": "thread.run.step.delta",
                                    "delta": {"step_details": {"type": "tool_calls", "tool_calls": [first]}}}
    for piece in ARGUMENTS:
        call = {"index": 0, "type": "function", "function": {"arguments": piece}}
        yield "thread.run.step.delta", {"id": "step_001", "object": "thread.run.step.delta",
                                        "delta": {"step_details": {"type": "tool_calls", "tool_calls": [call]}}}
    required = {"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": [
        {"id": CALL_ID, "type": "function", "function": {"name": "get_weather", "arguments": "".join(ARGUMENTS)}}]}}
    yield "thread.run.requires_action", _run("requires_action", started_at=T0, required_action=required)


def _after_tool_outputs_events():
    done_call = {"id": CALL_ID, "type": "function",
                 "function": {"name": "get_weather", "arguments": "".join(ARGUMENTS), "output": "18C, sunny"}}
    yield "thread.run.step.completed", _step("step_001", "completed", {"type": "tool_calls", "tool_calls": [done_call]},
                                             completed_at=T0 + 30)
    yield "thread.run.queued", _run("queued", started_at=T0)
    yield "thread.run.in_progress", _run("in_progress", started_at=T0 + 30)
    yield from _message_events("step_002", "msg_002", ANSWER)
    yield "thread.run.completed", _run("completed", started_at=T0 + 30, completed_at=T0 + 32)


def _failed_run_events():
    yield "thread.run.created", _run("queued")
    yield "thread.run.queued", _run("queued")
    yield "thread.run.in_progress", _run("in_progress", started_at=T0)
    creation = {"type": "message_creation", "message_creation": {"message_id": "msg_003"}}
    yield "thread.run.step.created", _step("step_003", "in_progress", creation)
    error = {"code": "rate_limit_exceeded", "message": "You exceeded your current quota."}
    yield "thread.run.step.failed", _step("step_003", "failed", creation, failed_at=T0 + 1, last_error=error)
    yield "thread.run.failed", _run("failed", started_at=T0, failed_at=T0 + 1, last_error=error)


def _error_events():
    yield "thread.run.created", _run("queued")
    yield "error", {"code": "server_error", "message": "The server had an error while processing your request."}


def _sse_transport(events):
    def handler(request: httpx.Request) -> httpx.Response:
        body = b"".join(f"event: {name}\ndata: {json.dumps(data)}\n\n".encode() for name, data in events())
        body += b"event: done\ndata: [DONE]\n\n"
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    return lambda: httpx.MockTransport(handler)


RECORD_TRANSPORTS = {
    "test_threads_create_and_run_stream_text": _sse_transport(_text_run_events),
    "test_runs_create_stream_requires_action": _sse_transport(_tool_call_run_events),
    "test_runs_submit_tool_outputs_stream": _sse_transport(_after_tool_outputs_events),
    "test_runs_create_stream_failed": _sse_transport(_failed_run_events),
    "test_runs_create_stream_error_event": _sse_transport(_error_events),
}
REPLAY_ONLY = pytest.mark.replay_only("the mock answers stream=true with JSON, not server-sent events")


def _names(events):
    return [e.event for e in events]


def _message_event_names(words):
    return (["thread.run.step.created", "thread.run.step.in_progress", "thread.message.created", "thread.message.in_progress"]
            + ["thread.message.delta"] * len(words) + ["thread.message.completed", "thread.run.step.completed"])


def _assert_message_events(events, step_id, msg_id, words):
    """The events of one step that writes a message, token by token."""
    step_created, step_in_progress, created, in_progress, *deltas, completed, step_completed = events
    assert isinstance(step_created, ThreadRunStepCreated) and isinstance(step_created.data, RunStep)
    assert isinstance(step_in_progress, ThreadRunStepInProgress)
    assert isinstance(step_created.data.step_details, MessageCreationStepDetails)
    assert step_created.data.step_details.message_creation.message_id == msg_id
    assert isinstance(created, ThreadMessageCreated) and isinstance(created.data, Message)
    assert isinstance(in_progress, ThreadMessageInProgress)
    assert (created.data.id, created.data.role, created.data.content) == (msg_id, "assistant", [])
    assert all(isinstance(d, ThreadMessageDelta) and isinstance(d.data, MessageDeltaEvent) for d in deltas)
    assert all(isinstance(d.data.delta.content[0], TextDeltaBlock) for d in deltas)
    assert [d.data.delta.content[0].text.value for d in deltas] == words
    assert isinstance(completed, ThreadMessageCompleted) and completed.data.status == "completed"
    (block,) = completed.data.content
    assert isinstance(block, TextContentBlock) and block.text.value == "".join(words)
    assert isinstance(step_completed, ThreadRunStepCompleted)
    assert (step_completed.data.id, step_completed.data.status) == (step_id, "completed")


@REPLAY_ONLY
def test_threads_create_and_run_stream_text(api):
    events = api.collect(lambda c: c.beta.threads.create_and_run(
        assistant_id="asst_123", thread={"messages": [{"role": "user", "content": "Hello"}]}, stream=True))
    assert_sent(api, "POST", "/threads/runs", body={
        "assistant_id": "asst_123", "thread": {"messages": [{"role": "user", "content": "Hello"}]}, "stream": True})
    assert _names(events) == (["thread.created", "thread.run.created", "thread.run.queued", "thread.run.in_progress"]
                              + _message_event_names(GREETING) + ["thread.run.completed"])
    thread_created, run_created, queued, in_progress, *message_events, completed = events
    assert isinstance(thread_created, ThreadCreated) and isinstance(thread_created.data, Thread)
    assert thread_created.data.id == "thread_123"
    assert isinstance(run_created, ThreadRunCreated) and isinstance(run_created.data, Run)
    assert (run_created.data.id, run_created.data.status) == ("run_123", "queued")
    assert isinstance(run_created.data.tools[0], FunctionTool)
    assert isinstance(queued, ThreadRunQueued) and isinstance(in_progress, ThreadRunInProgress)
    _assert_message_events(message_events, "step_001", "msg_001", GREETING)
    assert isinstance(completed, ThreadRunCompleted)
    assert (completed.data.status, completed.data.usage.total_tokens) == ("completed", 31)


@REPLAY_ONLY
def test_runs_create_stream_requires_action(api):
    events = api.collect(lambda c: c.beta.threads.runs.create(
        "thread_123", assistant_id="asst_123", include=[INCLUDE], tools=[FUNCTION_TOOL], stream=True))
    assert_sent(api, "POST", "/threads/thread_123/runs", query=[("include[]", INCLUDE)],
                body={"assistant_id": "asst_123", "tools": [FUNCTION_TOOL], "stream": True})
    assert _names(events) == (["thread.run.created", "thread.run.queued", "thread.run.in_progress",
                               "thread.run.step.created", "thread.run.step.in_progress"]
                              + ["thread.run.step.delta"] * (1 + len(ARGUMENTS)) + ["thread.run.requires_action"])
    step_created = events[3]
    assert isinstance(step_created.data.step_details, ToolCallsStepDetails)
    deltas = [e for e in events if isinstance(e, ThreadRunStepDelta)]
    assert all(isinstance(d.data, RunStepDeltaEvent) and isinstance(d.data.delta.step_details, ToolCallDeltaObject) for d in deltas)
    calls = [d.data.delta.step_details.tool_calls[0] for d in deltas]
    assert all(isinstance(call, FunctionToolCallDelta) for call in calls)
    assert (calls[0].id, calls[0].function.name) == (CALL_ID, "get_weather")
    assert "".join(call.function.arguments for call in calls) == '{"city":"Paris"}'
    requires_action = events[-1]
    assert isinstance(requires_action, ThreadRunRequiresAction)
    assert requires_action.data.status == "requires_action"
    (call,) = requires_action.data.required_action.submit_tool_outputs.tool_calls
    assert isinstance(call, RequiredActionFunctionToolCall)
    assert (call.id, call.function.name, json.loads(call.function.arguments)) == (CALL_ID, "get_weather", {"city": "Paris"})


@REPLAY_ONLY
def test_runs_submit_tool_outputs_stream(api):
    events = api.collect(lambda c: c.beta.threads.runs.submit_tool_outputs(
        "run_123", thread_id="thread_123", tool_outputs=[{"tool_call_id": CALL_ID, "output": "18C, sunny"}], stream=True))
    assert_sent(api, "POST", "/threads/thread_123/runs/run_123/submit_tool_outputs",
                body={"tool_outputs": [{"tool_call_id": CALL_ID, "output": "18C, sunny"}], "stream": True})
    assert _names(events) == (["thread.run.step.completed", "thread.run.queued", "thread.run.in_progress"]
                              + _message_event_names(ANSWER) + ["thread.run.completed"])
    tool_step = events[0]
    assert isinstance(tool_step, ThreadRunStepCompleted)
    assert isinstance(tool_step.data.step_details, ToolCallsStepDetails)
    assert tool_step.data.step_details.tool_calls[0].function.output == "18C, sunny"
    _assert_message_events(events[3:-1], "step_002", "msg_002", ANSWER)
    assert isinstance(events[-1], ThreadRunCompleted) and events[-1].data.completed_at == T0 + 32


@REPLAY_ONLY
def test_runs_create_stream_failed(api):
    events = api.collect(lambda c: c.beta.threads.runs.create("thread_123", assistant_id="asst_123", stream=True))
    assert_sent(api, "POST", "/threads/thread_123/runs", body={"assistant_id": "asst_123", "stream": True})
    assert [type(e) for e in events] == [ThreadRunCreated, ThreadRunQueued, ThreadRunInProgress,
                                         ThreadRunStepCreated, ThreadRunStepFailed, ThreadRunFailed]
    step_failed, failed = events[-2:]
    assert (step_failed.data.status, step_failed.data.last_error.code) == ("failed", "rate_limit_exceeded")
    assert (failed.data.status, failed.data.failed_at) == ("failed", T0 + 1)
    assert failed.data.last_error.to_dict() == {"code": "rate_limit_exceeded", "message": "You exceeded your current quota."}


@REPLAY_ONLY
def test_runs_create_stream_error_event(api):
    # An `error` event is an event of the Assistants stream (ErrorEvent), not an exception.
    events = api.collect(lambda c: c.beta.threads.runs.create("thread_123", assistant_id="asst_123", stream=True))
    assert [type(e) for e in events] == [ThreadRunCreated, ErrorEvent]
    assert events[-1].event == "error"
    assert (events[-1].data.code, events[-1].data.message) == ("server_error", "The server had an error while processing your request.")


def test_unknown_stream_event_is_kept():
    from openai_table._converter import structure
    from openai_table.models.beta_events import AssistantStreamEvent as Union_

    event = structure({"event": "thread.run.paused", "data": {"id": "run_1"}}, Union_)
    assert type(event).__name__ == "UnknownModel"
    assert (event.event, event.data) == ("thread.run.paused", {"id": "run_1"})


def test_unknown_type_tags_are_kept():
    from openai_table._converter import structure

    message = structure({"id": "msg_1", "object": "thread.message", "content": [
        {"type": "text", "text": {"value": "See [1] and out.csv", "annotations": [
            {"type": "file_citation", "text": "[1]", "start_index": 4, "end_index": 7, "file_citation": {"file_id": "file-a"}},
            {"type": "file_path", "text": "out.csv", "start_index": 12, "end_index": 19, "file_path": {"file_id": "file-b"}},
            {"type": "url_citation", "text": "?", "url": "https://example.com"}]}},
        {"type": "audio", "audio": {"id": "a1"}}]}, Message)
    text, audio = message.content
    cite, path, unknown = text.text.annotations
    assert [type(a).__name__ for a in (cite, path, unknown)] == ["FileCitationAnnotation", "FilePathAnnotation", "UnknownModel"]
    assert (cite.file_citation.file_id, path.file_path.file_id, unknown.url) == ("file-a", "file-b", "https://example.com")
    assert type(audio).__name__ == "UnknownModel" and audio.to_dict() == {"type": "audio", "audio": {"id": "a1"}}
    step = structure({"id": "s", "step_details": {"type": "tool_calls", "tool_calls": [
        {"id": "c1", "type": "code_interpreter", "code_interpreter": {"input": "1+1", "outputs": [
            {"type": "logs", "logs": "2"}, {"type": "image", "image": {"file_id": "file-img"}}]}},
        {"id": "c2", "type": "file_search", "file_search": {"results": [{"file_id": "f", "score": 0.9, "content": [{"type": "text", "text": "hit"}]}]}},
        {"id": "c3", "type": "web_browse"}]}}, RunStep)
    calls = step.step_details.tool_calls
    assert [type(c).__name__ for c in calls] == ["CodeInterpreterToolCall", "FileSearchToolCall", "UnknownModel"]
    assert [type(o).__name__ for o in calls[0].code_interpreter.outputs] == ["CodeInterpreterOutputLogs", "CodeInterpreterToolCallCodeInterpreterOutputImage"]
    assert calls[1].file_search.results[0].content[0].text == "hit"


# -- the same wire as the official SDK ----------------------------------------------------------

PARITY = {
    "runs_create_with_include": lambda c: c.beta.threads.runs.create(
        "thread_1", assistant_id="asst_1", include=[INCLUDE], instructions="Be brief.", temperature=0.5),
    "runs_create_stream": lambda c: c.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True),
    "steps_list_with_include": lambda c: c.beta.threads.runs.steps.list(
        "run_1", thread_id="thread_1", include=[INCLUDE], limit=3, order="asc"),
    "steps_retrieve": lambda c: c.beta.threads.runs.steps.retrieve("step_1", thread_id="thread_1", run_id="run_1", include=[INCLUDE]),
    "messages_create": lambda c: c.beta.threads.messages.create(
        "thread_1", role="user", content=[{"type": "text", "text": "Hi"}],
        attachments=[{"file_id": "file-1", "tools": [{"type": "file_search"}]}], metadata=None),
    "messages_delete": lambda c: c.beta.threads.messages.delete("msg_1", thread_id="thread_1"),
    "runs_cancel": lambda c: c.beta.threads.runs.cancel("run_1", thread_id="thread_1"),
    "assistants_list": lambda c: c.beta.assistants.list(limit=1),
}


def _reply(request: httpx.Request) -> httpx.Response:
    if json.loads(request.content or b"{}").get("stream"):
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=b"event: done\ndata: [DONE]\n\n")
    return httpx.Response(200, json={"id": "x", "object": "list", "data": [], "has_more": False})


def _consume(call):
    def run(client):
        result = call(client)
        if hasattr(result, "__iter__") and not isinstance(result, (dict, list)):
            list(result)

    return run


def _wire_and_warnings(package, call):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sent = wire(package, _consume(call), reply=_reply)
    return sent, [(w.category, str(w.message)) for w in caught if w.category is DeprecationWarning]


@pytest.mark.parametrize("name", sorted(PARITY))
def test_same_wire_as_official(name):
    ours, our_warnings = _wire_and_warnings(openai_table, PARITY[name])
    theirs, their_warnings = _wire_and_warnings(openai, PARITY[name])
    assert [summary(r) for r in ours] == [summary(r) for r in theirs]
    assert [r.headers["openai-beta"] for r in ours] == [r.headers["openai-beta"] for r in theirs] == [BETA]
    # The same methods warn; the wording is ours, but a filter on the official message's start
    # ("The Assistants API is deprecated") catches both.
    expected = [] if name.startswith("assistants") else [DeprecationWarning]
    assert [c for c, _ in our_warnings] == [c for c, _ in their_warnings] == expected
    assert all(m == DEPRECATED for _, m in our_warnings)
    assert all(m.startswith("The Assistants API is deprecated") for _, m in our_warnings + their_warnings)
