"""The Assistants stream helpers, replayed from recorded streams (sync and async): the request
sent, the callbacks made (in order, with their arguments), the accumulated snapshots, and the
final run, steps and messages, which equal what listing them afterwards returns."""

import pytest

import openai_table
from openai_table import AssistantEventHandler, AsyncAssistantEventHandler

import _stream_bodies as b

pytestmark = pytest.mark.replay_only("the mock answers stream=true with JSON, not server-sent events")

CALLBACKS = ["on_event", "on_run_step_created", "on_run_step_delta", "on_run_step_done", "on_tool_call_created",
             "on_tool_call_delta", "on_tool_call_done", "on_message_created", "on_message_delta", "on_message_done",
             "on_text_created", "on_text_delta", "on_text_done", "on_image_file_done", "on_end", "on_exception",
             "on_timeout"]


def _plain(value):
    if isinstance(value, openai_table.BaseModel):
        return value.to_dict()
    return value


def _recording(base):
    """A handler class of `base` that logs every callback (name and arguments as plain data, taken
    when called) and what the `current_*` accessors said at that moment."""
    ns = {}
    for name in CALLBACKS:
        def make(name):
            def record(self, *args):
                self.calls.append((name, [_plain(a) for a in args]))
                self.seen.append((name, self.current_event.event if self.current_event is not None else None,
                                  _plain(self.current_message_snapshot), _plain(self.current_run_step_snapshot),
                                  getattr(self.current_run, "status", None)))
            if base is AsyncAssistantEventHandler:
                async def arecord(self, *args):
                    record(self, *args)
                return arecord
            return record
        ns[name] = make(name)

    def __init__(self):
        base.__init__(self)
        self.calls, self.seen = [], []
    ns["__init__"] = __init__
    return type("Recording" + base.__name__, (base,), ns)


RecordingHandler = _recording(AssistantEventHandler)
AsyncRecordingHandler = _recording(AsyncAssistantEventHandler)


def _transport(*answers):
    def body(request):
        path = request.url.path
        if path.endswith("/steps"):
            return b.page([b.code_step("completed"), b.message_step("completed")][::-1])
        if path.endswith("/messages"):
            return b.page([b.final_message()])
        if path.endswith("/submit_tool_outputs"):
            return b.assistants_sse(b.assistants_after_tool_outputs)
        return b.assistants_sse(answers[0])
    return b.sse_transport(body)


RECORD_TRANSPORTS = {
    "test_create_and_run_stream_with_a_code_interpreter_step": _transport(b.assistants_run),
    "test_runs_stream_tool_call_then_submit_tool_outputs_stream": _transport(b.assistants_requires_action),
    "test_text_deltas_and_iteration": _transport(b.assistants_run),
}

THREAD = {"messages": [{"role": "user", "content": "What is the square root of 2? Use code."}]}


def _run(api, open_stream, *, after=None):
    """Open the stream (with a recording handler), read it to the end, then `after(client)`."""
    if api.mode == "sync":
        def run(client):
            with open_stream(client, RecordingHandler()) as stream:
                stream.until_done()
                result = (stream, stream.get_final_run(), stream.get_final_run_steps(),
                          stream._final_messages() if stream._message_snapshots else None)
            return result + ((after(client) if after else None),)
        return api.call(run)

    async def arun(client):
        async with open_stream(client, AsyncRecordingHandler()) as stream:
            await stream.until_done()
            result = (stream, await stream.get_final_run(), await stream.get_final_run_steps(),
                      await stream.get_final_messages() if stream._message_snapshots else None)
        later = after(client) if after else None
        if later is not None:
            later = await later
        return result + (later,)
    return api.call(arun)


def test_create_and_run_stream_with_a_code_interpreter_step(api):
    def listings(client):
        steps = client.beta.threads.runs.steps.list(b.RUN_ID, thread_id=b.THREAD_ID, order="asc")
        messages = client.beta.threads.messages.list(b.THREAD_ID, run_id=b.RUN_ID)
        if api.mode == "sync":
            return steps, messages

        async def both():
            return await steps, await messages
        return both()

    stream, run, steps, messages, later = _run(
        api, lambda c, h: c.beta.threads.create_and_run_stream(assistant_id=b.ASSISTANT_ID, thread=THREAD, event_handler=h),
        after=listings)
    sent = api.sent[0]
    assert sent.method == "POST" and sent.url.path == "/threads/runs"
    assert sent.headers["OpenAI-Beta"] == "assistants=v2"
    assert api.body(sent) == {"assistant_id": b.ASSISTANT_ID, "thread": THREAD, "stream": True}

    names = [name for name, _ in stream.calls if name != "on_event"]
    assert names == (["on_run_step_created", "on_tool_call_created"] + ["on_run_step_delta"]
                     + ["on_tool_call_delta", "on_run_step_delta"] * 7
                     + ["on_tool_call_done", "on_run_step_done", "on_run_step_created", "on_message_created",
                        "on_text_created", "on_text_delta", "on_message_delta"]
                     + ["on_text_delta", "on_message_delta"] * 8
                     + ["on_text_done", "on_message_done", "on_run_step_done", "on_end"])
    assert sum(1 for name, _ in stream.calls if name == "on_event") == 31
    calls = dict((n, a) for n, a in stream.calls)  # the last call of each name
    # the tool call accumulated from its deltas, without the deltas' `index` labels
    assert calls["on_tool_call_done"] == [b.code_step("completed")["step_details"]["tool_calls"][0]]
    deltas = [a for n, a in stream.calls if n == "on_tool_call_delta"]
    assert deltas[1] == [{"index": 0, "type": "code_interpreter", "code_interpreter": {"input": " math"}},
                         {"id": b.CODE_CALL, "type": "code_interpreter",
                          "code_interpreter": {"input": "import math", "outputs": []}}]
    texts = [a for n, a in stream.calls if n == "on_text_delta"]
    assert texts[0] == [{"value": "The", "annotations": []}, {"value": "The", "annotations": []}]
    assert texts[-1] == [{"value": "."}, {"value": "The square root of 2 is about 1.41421.", "annotations": []}]
    assert calls["on_text_done"] == [{"value": "The square root of 2 is about 1.41421.", "annotations": []}]
    # inside the callbacks: the event being handled and the snapshots so far
    seen = {name: rest for name, *rest in stream.seen}
    assert seen["on_text_done"][0] == "thread.message.completed"
    assert seen["on_run_step_delta"][2]["step_details"]["tool_calls"][0]["code_interpreter"]["outputs"] == [
        {"type": "logs", "logs": b.CODE_LOGS}]
    mid_message = [rest for name, *rest in stream.seen if name == "on_message_delta"][3]
    assert mid_message[1]["content"] == [{"type": "text", "text": {"value": "The square root of", "annotations": []}}]
    assert stream.current_event is None and stream.current_run_step_snapshot is None

    # the final objects, equal to what listing them afterwards gives
    assert run.status == "completed" and run.to_dict() == b._run("completed")
    listed_steps, listed_messages = later
    assert sorted((s.to_dict() for s in steps), key=lambda s: s["id"]) == sorted(
        (s.to_dict() for s in listed_steps.data), key=lambda s: s["id"])
    assert [m.to_dict() for m in messages] == [m.to_dict() for m in listed_messages.data] == [b.final_message()]


def test_runs_stream_tool_call_then_submit_tool_outputs_stream(api):
    def submit(client, handler):
        return client.beta.threads.runs.submit_tool_outputs_stream(
            tool_outputs=[{"tool_call_id": b.FN_CALL, "output": "299792458 m/s"}], run_id=b.RUN_ID,
            thread_id=b.THREAD_ID, event_handler=handler)

    def then_submit(client):
        if api.mode == "sync":
            with submit(client, RecordingHandler()) as stream:
                return stream, stream.get_final_messages(), stream.get_final_run()

        async def go():
            async with submit(client, AsyncRecordingHandler()) as stream:
                return stream, await stream.get_final_messages(), await stream.get_final_run()
        return go()

    with pytest.warns(DeprecationWarning, match="Assistants API is deprecated"):
        first, run, steps, messages, (second, messages2, run2) = _run(
            api, lambda c, h: c.beta.threads.runs.stream(thread_id=b.THREAD_ID, assistant_id=b.ASSISTANT_ID,
                                                         include=["step_details.tool_calls[*].file_search.results[*].content"],
                                                         event_handler=h),
            after=then_submit)
    created, submitted = api.sent
    assert created.url.path == f"/threads/{b.THREAD_ID}/runs"
    assert dict(created.url.params) == {"include[]": "step_details.tool_calls[*].file_search.results[*].content"}
    assert api.body(created) == {"assistant_id": b.ASSISTANT_ID, "stream": True}
    assert submitted.url.path == f"/threads/{b.THREAD_ID}/runs/{b.RUN_ID}/submit_tool_outputs"
    assert api.body(submitted) == {"tool_outputs": [{"tool_call_id": b.FN_CALL, "output": "299792458 m/s"}],
                                   "stream": True}

    names = [n for n, _ in first.calls if n != "on_event"]
    assert names == ["on_run_step_created", "on_tool_call_created", "on_run_step_delta",
                     "on_tool_call_delta", "on_run_step_delta", "on_tool_call_delta", "on_run_step_delta",
                     "on_tool_call_delta", "on_run_step_delta", "on_tool_call_done", "on_end"]
    assert run.status == "requires_action"
    assert run.required_action.submit_tool_outputs.tool_calls[0].function.arguments == '{"name": "speed of light"}'
    (step,) = steps
    assert step.step_details.tool_calls[0].to_dict() == {
        "id": b.FN_CALL, "type": "function", "function": {"name": "lookup_constant",
                                                          "arguments": '{"name": "speed of light"}', "output": None}}
    assert messages is None
    with pytest.raises(RuntimeError, match="no messages"):
        first._final_messages()

    assert [m.content[0].text.value for m in messages2] == ["Light travels at 299,792,458 m/s."]
    assert run2.status == "completed"
    assert [n for n, _ in second.calls if n in ("on_run_step_done", "on_message_done", "on_text_done")] == [
        "on_run_step_done", "on_text_done", "on_message_done", "on_run_step_done"]


def test_text_deltas_and_iteration(api):
    if api.mode == "sync":
        def run(client):
            with client.beta.threads.create_and_run_stream(assistant_id=b.ASSISTANT_ID, thread=THREAD) as stream:
                assert type(stream) is AssistantEventHandler
                first = next(stream)
                texts = list(stream.text_deltas)
            return first, texts
        first, texts = api.call(run)
    else:
        async def arun(client):
            async with client.beta.threads.create_and_run_stream(assistant_id=b.ASSISTANT_ID, thread=THREAD) as stream:
                assert type(stream) is AsyncAssistantEventHandler
                first = await stream.__anext__()
                texts = [t async for t in stream.text_deltas]
            return first, texts
        first, texts = api.call(arun)
    assert first.event == "thread.created" and first.data.id == b.THREAD_ID
    assert texts == b.TEXT_PIECES


def test_a_handler_reads_one_stream_only():
    handler = AssistantEventHandler()
    handler._init(iter(()))
    with pytest.raises(RuntimeError, match="make a new handler"):
        handler._init(iter(()))


def test_stream_methods_check_their_path_params():
    client = openai_table.OpenAI(api_key="sk-test")
    with pytest.raises(ValueError, match="thread_id"), pytest.warns(DeprecationWarning):
        client.beta.threads.runs.stream(thread_id="", assistant_id="a")
    with pytest.warns(DeprecationWarning, match="use stream"):
        client.beta.threads.runs.create_and_stream(thread_id="t", assistant_id="a")
