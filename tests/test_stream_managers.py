"""`chat.completions.stream()` and `responses.stream()`, replayed from recorded streams (sync and
async through the `api` fixture): the request sent, the event sequence, the snapshots and the
final objects.

The mock answers `stream=true` with JSON, so the cassettes were recorded from an in-process
transport serving realistic streams (`tests/_stream_bodies.py`, used only with
OPENAI_TABLE_RECORD=1)."""

import dataclasses
from typing import List

import pytest

import openai_table
from openai_table.lib.streaming.chat import ChatCompletionStreamState, ChunkEvent, ContentDeltaEvent
from openai_table.types.chat import ParsedChatCompletion

import _stream_bodies as bodies

pytestmark = pytest.mark.replay_only("the mock answers stream=true with JSON, not server-sent events")

MESSAGES = [{"role": "user", "content": "Say hello in French"}]
WEATHER = {"type": "function", "function": {
    "name": "get_weather", "strict": True, "description": "Current weather in a city.",
    "parameters": {"type": "object", "additionalProperties": False, "required": ["city", "unit"],
                   "properties": {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["c", "f"]}}}}}


@dataclasses.dataclass
class Person:
    name: str
    born: int
    fields: List[str]


def _chat_transport(name):
    return bodies.sse_transport(lambda request: bodies.chat_sse(bodies.CHAT_BODIES[name]))


def _responses_transport(name):
    return bodies.sse_transport(lambda request: bodies.named_sse(bodies.RESPONSES_BODIES[name]))


RECORD_TRANSPORTS = {
    "test_chat_text": _chat_transport("text"),
    "test_beta_chat_completions_stream_forwards": _chat_transport("text"),
    "test_chat_refusal": _chat_transport("refusal"),
    "test_chat_tool_calls": _chat_transport("tool_calls"),
    "test_chat_multiple_choices": _chat_transport("choices"),
    "test_chat_logprobs": _chat_transport("logprobs"),
    "test_chat_length_cut_off": _chat_transport("length"),
    "test_chat_structured": _chat_transport("structured"),
    "test_responses_text": _responses_transport("text"),
    "test_responses_function_call": _responses_transport("function_call"),
    "test_responses_existing_response_from_starting_after": _responses_transport("text"),
    "test_responses_structured": _responses_transport("structured"),
}


class Run:
    """What one stream gave: events (and each one's data as it was yielded), the final object
    (or the exception getting it raised), the last snapshot."""

    def __init__(self, events, final, snapshot):
        self.events, self.final, self.snapshot = events, final, snapshot
        self.types = [e.type for e, _ in events]
        self.data = [d for _, d in events]

    def of(self, kind):
        return [e for e, _ in self.events if e.type == kind]


def _final(get):
    try:
        return get()
    except Exception as e:  # the test asserts what it should be
        return e


def chat(api, **kwargs) -> Run:
    kwargs = {"model": "gpt-4o-mini", "messages": MESSAGES, **kwargs}
    if api.mode == "sync":
        def run(client):
            with client.chat.completions.stream(**kwargs) as stream:
                events = [(e, e.to_dict()) for e in stream]
            return Run(events, _final(stream.get_final_completion), stream.current_completion_snapshot)
        return api.call(run)

    async def arun(client):
        async with client.chat.completions.stream(**kwargs) as stream:
            events = [(e, e.to_dict()) async for e in stream]
        try:
            final = await stream.get_final_completion()
        except Exception as e:
            final = e
        return Run(events, final, stream.current_completion_snapshot)
    return api.call(arun)


def responses(api, **kwargs) -> Run:
    if api.mode == "sync":
        def run(client):
            with client.responses.stream(**kwargs) as stream:
                events = [(e, e.to_dict()) for e in stream]
            return Run(events, _final(stream.get_final_response), stream.current_snapshot)
        return api.call(run)

    async def arun(client):
        async with client.responses.stream(**kwargs) as stream:
            events = [(e, e.to_dict()) async for e in stream]
        return Run(events, await stream.get_final_response(), stream.current_snapshot)
    return api.call(arun)


# -- chat.completions.stream -------------------------------------------------------------------


def test_chat_text(api):
    run = chat(api, stream_options={"include_usage": True})
    assert api.last.method == "POST" and api.last.url.path == "/chat/completions"
    assert api.body() == {"model": "gpt-4o-mini", "messages": MESSAGES, "stream": True,
                          "stream_options": {"include_usage": True}}
    assert run.types == ["chunk", "content.delta"] + ["chunk", "content.delta"] * 6 + ["chunk", "content.done", "chunk"]
    deltas = run.of("content.delta")
    assert [e.delta for e in deltas] == ["", "Bonjour", "!", " Ça", " va", " bien", " ✓"]
    assert [e.snapshot for e in deltas][-2:] == ["Bonjour! Ça va bien", "Bonjour! Ça va bien ✓"]
    assert run.data[3] == {"type": "content.delta", "delta": "Bonjour", "snapshot": "Bonjour", "parsed": None}
    assert run.of("content.done")[0].to_dict() == {"type": "content.done", "content": "Bonjour! Ça va bien ✓", "parsed": None}
    first = run.data[0]
    assert first["chunk"]["choices"][0]["delta"] == {"role": "assistant", "content": "", "refusal": None}
    assert first["snapshot"]["object"] == "chat.completion"
    assert first["snapshot"]["choices"] == [{"index": 0, "logprobs": None, "finish_reason": None,
                                             "message": {"role": "assistant", "content": "", "refusal": None}}]

    final = run.final
    assert isinstance(final, ParsedChatCompletion)
    assert final.to_dict() == {
        "id": "chatcmpl-CbX1q2w3e4r5t6y7u8i9o0p", "object": "chat.completion", "created": 1762935000,
        "model": "gpt-4o-mini-2024-07-18", "service_tier": "default", "system_fingerprint": "fp_560af6e559",
        "obfuscation": "Qx",
        "choices": [{"index": 0, "logprobs": None, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": "Bonjour! Ça va bien ✓", "refusal": None,
                                 "annotations": None, "audio": None, "function_call": None, "parsed": None,
                                 "tool_calls": None}}],
        "usage": {"prompt_tokens": 12, "completion_tokens": 7, "total_tokens": 19,
                  "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                  "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                                "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}}}
    assert final.usage.total_tokens == 19 and final.choices[0].message.parsed is None
    assert run.snapshot.choices[0].message.content == "Bonjour! Ça va bien ✓"


def test_chat_refusal(api):
    run = chat(api)
    assert run.types == ["chunk", "refusal.delta"] * 10 + ["chunk", "refusal.done"]
    assert run.of("refusal.delta")[-1].snapshot == "I'm sorry, I can't help with that."
    assert run.of("refusal.done")[0].refusal == "I'm sorry, I can't help with that."
    message = run.final.choices[0].message
    assert message.refusal == "I'm sorry, I can't help with that." and message.content is None and message.parsed is None


def test_chat_tool_calls(api):
    run = chat(api, tools=[WEATHER])
    assert api.body()["tools"] == [WEATHER]
    assert run.types == (["chunk"] + ["chunk", "tool_calls.function.arguments.delta"] * 5
                         + ["chunk", "tool_calls.function.arguments.delta", "tool_calls.function.arguments.done"]
                         + ["chunk", "tool_calls.function.arguments.delta"] * 4
                         + ["chunk", "tool_calls.function.arguments.done"])
    deltas = run.of("tool_calls.function.arguments.delta")
    assert [(e.index, e.arguments_delta) for e in deltas[:3]] == [(0, ""), (0, '{"ci'), (0, 'ty": "Pa')]
    # a strict tool's arguments are parsed as they arrive, then fully
    assert (run.data[6]["arguments"], run.data[6]["parsed_arguments"]) == ('{"city": "Pa', {})
    assert (run.data[8]["arguments"], run.data[8]["parsed_arguments"]) == ('{"city": "Paris", "un', {"city": "Paris"})
    done = run.of("tool_calls.function.arguments.done")
    assert [d.to_dict() for d in done] == [
        {"type": "tool_calls.function.arguments.done", "name": "get_weather", "index": 0,
         "arguments": '{"city": "Paris", "unit": "c"}', "parsed_arguments": {"city": "Paris", "unit": "c"}},
        {"type": "tool_calls.function.arguments.done", "name": "get_weather", "index": 1,
         "arguments": '{"city": "Tokyo", "unit": "f"}', "parsed_arguments": {"city": "Tokyo", "unit": "f"}}]
    final = run.final
    assert final.choices[0].finish_reason == "tool_calls"
    calls = final.choices[0].message.tool_calls
    assert [(c.id, c.function.name, c.function.parsed_arguments) for c in calls] == [
        ("call_Paris0a1b2c3", "get_weather", {"city": "Paris", "unit": "c"}),
        ("call_Tokyo4d5e6f7", "get_weather", {"city": "Tokyo", "unit": "f"})]
    assert final.choices[0].message.to_dict()["tool_calls"][1] == {
        "index": 1, "id": "call_Tokyo4d5e6f7", "type": "function",
        "function": {"name": "get_weather", "arguments": '{"city": "Tokyo", "unit": "f"}',
                     "parsed_arguments": {"city": "Tokyo", "unit": "f"}}}


def test_chat_multiple_choices(api):
    run = chat(api, n=2)
    assert api.body()["n"] == 2
    assert run.types == (["chunk", "content.delta", "content.delta"] + ["chunk", "content.delta"] * 6
                         + ["chunk", "content.done", "chunk", "content.done"])
    assert [e.content for e in run.of("content.done")] == ["Blue or yellow", "Red and green"]
    assert [c.message.content for c in run.final.choices] == ["Red and green", "Blue or yellow"]
    assert [c.finish_reason for c in run.final.choices] == ["stop", "stop"]


def test_chat_logprobs(api):
    run = chat(api, logprobs=True, top_logprobs=1)
    assert run.types == (["chunk", "content.delta"] + ["chunk", "content.delta", "logprobs.content.delta"] * 3
                         + ["chunk", "content.done", "logprobs.content.done"])
    last = run.of("logprobs.content.delta")[-1]
    assert [t.token for t in last.content] == ["!"]
    assert [t.token for t in last.snapshot] == ["Hello", " there", "!"]
    done = run.of("logprobs.content.done")[0]
    assert [(t.token, t.logprob) for t in done.content] == [("Hello", -0.0012), (" there", -0.31), ("!", -0.05)]
    assert run.data[-1]["content"][1] == {"token": " there", "logprob": -0.31, "bytes": [32, 116, 104, 101, 114, 101],
                                          "top_logprobs": [{"token": " there", "logprob": -0.31,
                                                            "bytes": [32, 116, 104, 101, 114, 101]}]}
    assert [t.token for t in run.final.choices[0].logprobs.content] == ["Hello", " there", "!"]
    assert run.final.choices[0].logprobs.refusal is None


def test_chat_length_cut_off(api):
    run = chat(api, max_completion_tokens=3)
    # without a type to parse into, the stream itself ends normally ...
    assert run.types[-3:] == ["content.delta", "chunk", "content.done"]
    assert run.of("content.done")[0].content == "Once upon a"
    assert run.snapshot.choices[0].finish_reason == "length"
    # ... and the final completion, parsed, says it was cut off (as the official SDK does)
    assert isinstance(run.final, openai_table.LengthFinishReasonError)


def test_chat_structured(api):
    run = chat(api, response_format=Person)
    sent = api.body()["response_format"]
    assert sent["type"] == "json_schema" and sent["json_schema"]["name"] == "Person" and sent["json_schema"]["strict"]
    assert set(sent["json_schema"]["schema"]["properties"]) == {"name", "born", "fields"}
    partial = [e.parsed for e in run.of("content.delta")]
    assert partial[:4] == [None, {}, {}, {}]
    assert partial[5] == {} and partial[6] == {"name": "Ada Lovelace"}
    assert partial[-2] == {"name": "Ada Lovelace", "born": 1815, "fields": ["math"]}  # "poetry" not closed yet
    assert partial[-1] == {"name": "Ada Lovelace", "born": 1815, "fields": ["math", "poetry"]}
    done = run.of("content.done")[0]
    assert done.parsed == Person(name="Ada Lovelace", born=1815, fields=["math", "poetry"])
    assert run.final.choices[0].message.parsed == Person(name="Ada Lovelace", born=1815, fields=["math", "poetry"])


def test_stream_state_on_its_own():
    # ChatCompletionStreamState accumulates chunks from create(stream=True) by hand.
    import json
    from openai_table._converter import hook_for
    from openai_table.types.chat import ChatCompletionChunk

    state = ChatCompletionStreamState()
    for data in bodies.chat_text():
        events = state.handle_chunk(hook_for(ChatCompletionChunk)(json.loads(json.dumps(data)), None))
        assert isinstance(events[0], ChunkEvent)
    assert state.get_final_completion().choices[0].message.content == "Bonjour! Ça va bien ✓"
    assert isinstance(ContentDeltaEvent(delta="a", snapshot="a"), ContentDeltaEvent)


# -- responses.stream --------------------------------------------------------------------------


def test_responses_text(api):
    run = responses(api, model="gpt-4.1", input="Say hello")
    assert api.last.url.path == "/responses"
    assert api.body() == {"model": "gpt-4.1", "input": "Say hello", "stream": True}
    assert run.types == (["response.created", "response.in_progress", "response.output_item.added",
                          "response.content_part.added"] + ["response.output_text.delta"] * 7
                         + ["response.output_text.done", "response.content_part.done", "response.output_item.done",
                            "response.completed"])
    deltas = run.of("response.output_text.delta")
    assert [d.snapshot for d in deltas][:3] == ["Hello", "Hello!", "Hello! How"]
    assert run.data[5] == {"type": "response.output_text.delta", "sequence_number": 5, "item_id": bodies.MSG_ID,
                           "output_index": 0, "content_index": 0, "delta": "!", "logprobs": [],
                           "obfuscation": "x1", "snapshot": "Hello!"}
    assert run.of("response.output_text.done")[0].parsed is None
    final = run.final
    assert final.output[0].content[0].text == "Hello! How can I help?" and final.usage.total_tokens == 23
    assert run.of("response.completed")[0].response is final
    expected = bodies._response("completed", [], bodies.USAGE)
    assert final.to_dict()["usage"] == expected["usage"] and final.status == "completed"
    # the snapshot ends as the final response (as a later retrieve returns it)
    assert run.snapshot.to_dict() == {**final.to_dict(), "output": [
        {k: v for k, v in final.output[0].to_dict().items()} | {"content": [
            {k: v for k, v in final.output[0].content[0].to_dict().items() if k != "parsed"}]}]}


def test_responses_function_call(api):
    tool = {"type": "function", "name": "get_weather", "strict": True, "description": "Current weather in a city.",
            "parameters": WEATHER["function"]["parameters"]}
    run = responses(api, model="gpt-4.1", input="Weather in Paris?", tools=[tool])
    assert api.body()["tools"] == [tool]
    assert run.types == (["response.created", "response.output_item.added"] + ["response.function_call_arguments.delta"] * 3
                         + ["response.function_call_arguments.done", "response.output_item.done", "response.completed"])
    assert [e.snapshot for e in run.of("response.function_call_arguments.delta")] == [
        '{"city":', '{"city":"Paris",', '{"city":"Paris","unit":"c"}']
    call = run.final.output[0]
    assert call.type == "function_call" and call.parsed_arguments == {"city": "Paris", "unit": "c"}
    assert call.to_dict()["parsed_arguments"] == {"city": "Paris", "unit": "c"}


def test_responses_existing_response_from_starting_after(api):
    run = responses(api, response_id=bodies.RESP_ID, starting_after=9)
    assert api.last.method == "GET" and api.last.url.path == f"/responses/{bodies.RESP_ID}"
    assert dict(api.last.url.params) == {"stream": "true"}
    # the whole stream is read (the snapshot needs it); events up to #9 are not handed out
    assert [e.sequence_number for e, _ in run.events] == [10, 11, 12, 13, 14]
    assert run.types[0] == "response.output_text.delta"
    assert run.of("response.output_text.delta")[0].snapshot == "Hello! How can I help?"
    assert run.final.output[0].content[0].text == "Hello! How can I help?"


def test_responses_structured(api):
    run = responses(api, model="gpt-4.1", input="Who was Ada Lovelace?", text_format=Person)
    fmt = api.body()["text"]["format"]
    assert fmt["type"] == "json_schema" and fmt["name"] == "Person" and fmt["strict"] is True
    assert run.of("response.output_text.done")[0].parsed == Person(name="Ada Lovelace", born=1815, fields=["math"])
    assert run.final.output[0].content[0].parsed == Person(name="Ada Lovelace", born=1815, fields=["math"])


def test_responses_stream_argument_errors():
    from openai_table import OpenAI

    client = OpenAI(api_key="sk-test")
    with pytest.raises(ValueError, match="cannot go with input, model"):
        client.responses.stream(response_id="resp_1", input="x", model="m")
    with pytest.raises(ValueError, match="`model` is required"):
        client.responses.stream(input="x")
    with pytest.raises(TypeError, match="not both"):
        client.responses.stream(input="x", model="m", text_format=Person, text={"format": {"type": "text"}})


def test_beta_chat_completions_stream_forwards(api):
    # `client.beta.chat.completions.stream` is the same helper (the recording of test_chat_text)
    if api.mode == "sync":
        def run(client):
            with client.beta.chat.completions.stream(model="gpt-4o-mini", messages=MESSAGES,
                                                     stream_options={"include_usage": True}) as stream:
                return stream.get_final_completion()
    else:
        async def run(client):
            async with client.beta.chat.completions.stream(model="gpt-4o-mini", messages=MESSAGES,
                                                           stream_options={"include_usage": True}) as stream:
                return await stream.get_final_completion()
    final = api.call(run)
    assert api.last.url.path == "/chat/completions"
    assert final.choices[0].message.content == "Bonjour! Ça va bien ✓"


# -- the shared pieces -------------------------------------------------------------------------


def test_merge_rule():
    from openai_table.helpers._accumulate import merge

    acc = {"role": "assistant", "content": "Hel", "tool_calls": [{"index": 0, "id": "c1", "type": "function",
                                                                 "function": {"name": "f", "arguments": "{"}}]}
    delta = {"content": "lo", "refusal": None, "tool_calls": [{"index": 0, "function": {"arguments": '"a"'}},
                                                               {"index": 1, "id": "c2", "function": {"arguments": ""}}]}
    merge(acc, delta)
    assert acc == {"role": "assistant", "content": "Hello", "refusal": None, "tool_calls": [
        {"index": 0, "id": "c1", "type": "function", "function": {"name": "f", "arguments": '{"a"'}},
        {"index": 1, "id": "c2", "function": {"arguments": ""}}]}
    delta["tool_calls"][1]["function"]["arguments"] = "changed"
    assert acc["tool_calls"][1]["function"]["arguments"] == ""  # never shares the delta's containers
    step = {"step_details": {"type": "tool_calls", "tool_calls": []}}
    merge(step, {"step_details": {"type": "tool_calls", "tool_calls": [
        {"index": 0, "type": "code_interpreter", "code_interpreter": {"input": "x", "outputs": [
            {"index": 0, "type": "logs", "logs": "1"}]}}]}}, keep_index=False)
    assert step == {"step_details": {"type": "tool_calls", "tool_calls": [
        {"type": "code_interpreter", "code_interpreter": {"input": "x", "outputs": [{"type": "logs", "logs": "1"}]}}]}}
    merge(acc, {"content": None, "n": 1})
    merge(acc, {"n": 2, "tags": ["a"]})
    merge(acc, {"tags": ["b"]})
    assert acc["content"] == "Hello" and acc["n"] == 3 and acc["tags"] == ["a", "b"]


def test_partial_json_matches_the_official_partial_parser():
    jiter = pytest.importorskip("jiter")
    import json
    from openai_table.helpers._accumulate import partial_json

    doc = json.dumps({"name": "Ada Lovelace", "age": 36, "tags": ["math", {"x": -1.5e3, "y": None, "z": True}],
                      "nested": {"a": [1, 2, 3], "b": 'q\\"uote ✓', "c": 0.25}, "empty": {}, "e2": [], "f": False})
    for end in range(1, len(doc) + 1):
        text = doc[:end]
        try:
            expected = jiter.from_json(text.encode(), partial_mode=True)
        except ValueError:
            with pytest.raises(ValueError):
                partial_json(text)
            continue
        assert partial_json(text) == expected, text
