"""Parity with the official SDK's streaming helpers: the same call through `openai` 2.8.1 and
through openai_table, each served the same recorded body (the cassettes of
test_stream_managers*.py), sends the same request and gives the same events and final objects,
compared as plain data (each event dumped as it is yielded)."""

import asyncio
import json
import pathlib
from typing import List

import httpx
import pytest
import yaml

openai = pytest.importorskip("openai")
pydantic = pytest.importorskip("pydantic")

import openai_table  # noqa: E402

CASSETTES = pathlib.Path(__file__).resolve().parent.parent / "cassettes"
MESSAGES = [{"role": "user", "content": "Say hello in French"}]


class Person(pydantic.BaseModel):
    name: str
    born: int
    fields: List[str]


def recorded(test: str, module: str = "test_stream_managers") -> bytes:
    """The response body of a cassette's first exchange."""
    data = yaml.safe_load((CASSETTES / module / f"{test}.yaml").read_text())
    return data["interactions"][0]["response"]["body"]["string"].encode()


def plain(value):
    """Events and results as plain data: models of either SDK dumped, parsed objects too."""
    if isinstance(value, pydantic.BaseModel):
        return plain(value.model_dump(mode="json") if not hasattr(value, "to_dict") else value.to_dict())
    if isinstance(value, openai_table.BaseModel):
        return plain(value.to_dict())
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


class Served:
    """One body served to both clients, sync and async; the requests each sent."""

    def __init__(self, body: bytes) -> None:
        self.body, self.requests = body, {"openai_table": [], "official": []}

    def handler(self, who):
        def handle(request):
            self.requests[who].append(request)
            return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=self.body)
        return handle

    def client(self, who, is_async=False):
        transport = httpx.MockTransport(self.handler(who))
        pkg = openai_table if who == "openai_table" else openai
        if is_async:
            return pkg.AsyncOpenAI(api_key="sk-test", base_url="http://test/v1", max_retries=0,
                                   http_client=httpx.AsyncClient(transport=transport))
        return pkg.OpenAI(api_key="sk-test", base_url="http://test/v1", max_retries=0,
                          http_client=httpx.Client(transport=transport))

    def request(self, who):
        r = self.requests[who][-1]
        body = r.read()
        return r.method, r.url.path, sorted(r.url.params.multi_items()), json.loads(body) if body else None


def _consume(open_stream, final_name, is_async):
    async def arun():
        async with open_stream() as stream:
            events = [plain(e) async for e in stream]
        try:
            final = plain(await getattr(stream, final_name)())
        except Exception as e:
            final = type(e).__name__
        return events, final

    if is_async:
        return asyncio.run(arun())
    with open_stream() as stream:
        events = [plain(e) for e in stream]
    try:
        final = plain(getattr(stream, final_name)())
    except Exception as e:
        final = type(e).__name__
    return events, final


WEATHER = {"type": "function", "function": {
    "name": "get_weather", "strict": True, "description": "Current weather in a city.",
    "parameters": {"type": "object", "additionalProperties": False, "required": ["city", "unit"],
                   "properties": {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["c", "f"]}}}}}

CHAT_CASES = {
    "test_chat_text": dict(stream_options={"include_usage": True}),
    "test_chat_refusal": {},
    "test_chat_tool_calls": dict(tools=[WEATHER]),
    "test_chat_multiple_choices": dict(n=2),
    "test_chat_logprobs": dict(logprobs=True, top_logprobs=1),
    "test_chat_length_cut_off": dict(max_completion_tokens=3),
    "test_chat_structured": dict(response_format=Person),
}


def _without_nulls(value):
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


def _same_snapshot_view(event):
    # The official SDK rebuilds a choice's message from a full dump on every chunk after the
    # first, so its snapshots then list every message field (null ones too: `annotations`,
    # `audio`, ..., `usage`), and it sets `parsed` only at times; a snapshot is compared here
    # without its null fields. Everything else of every event is compared as it is.
    if event.get("type") == "chunk":
        event = {**event, "snapshot": _without_nulls(event["snapshot"])}
    return event


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("case", sorted(CHAT_CASES))
def test_chat_stream_parity(case, is_async):
    served = Served(recorded(case))
    runs = {}
    for who in ("official", "openai_table"):
        client = served.client(who, is_async)
        kwargs = dict(model="gpt-4o-mini", messages=MESSAGES, **CHAT_CASES[case])
        runs[who] = _consume(lambda: client.chat.completions.stream(**kwargs), "get_final_completion", is_async)
    assert served.request("openai_table") == served.request("official")
    ours, theirs = runs["openai_table"], runs["official"]
    assert [e["type"] for e in ours[0]] == [e["type"] for e in theirs[0]]
    assert [_same_snapshot_view(e) for e in ours[0]] == [_same_snapshot_view(e) for e in theirs[0]]
    assert ours[1] == theirs[1]


RESPONSES_CASES = {
    "test_responses_text": dict(model="gpt-4.1", input="Say hello"),
    "test_responses_function_call": dict(model="gpt-4.1", input="Weather in Paris?", tools=[
        {"type": "function", "name": "get_weather", "strict": True, "description": "Current weather in a city.",
         "parameters": WEATHER["function"]["parameters"]}]),
    "test_responses_existing_response_from_starting_after": dict(response_id="resp_68f2c1a0b8e08190a5f1c2d3e4f5a6b70c1d2e3f4a5b6c7d",
                                                                 starting_after=9),
    "test_responses_structured": dict(model="gpt-4.1", input="Who was Ada Lovelace?", text_format=Person),
}


@pytest.mark.filterwarnings("ignore::UserWarning")  # pydantic's serializer warnings, dumping the official objects
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("case", sorted(RESPONSES_CASES))
def test_responses_stream_parity(case, is_async):
    served = Served(recorded(case))
    runs = {}
    for who in ("official", "openai_table"):
        client = served.client(who, is_async)
        runs[who] = _consume(lambda: client.responses.stream(**RESPONSES_CASES[case]), "get_final_response", is_async)
    assert served.request("openai_table") == served.request("official")
    ours, theirs = runs["openai_table"], runs["official"]
    assert [e["type"] for e in ours[0]] == [e["type"] for e in theirs[0]]
    assert [_without_extras(e) for e in ours[0]] == theirs[0]
    assert ours[1] == theirs[1]


_REBUILT = {"response.output_text.delta": "ResponseTextDeltaEvent",
            "response.function_call_arguments.delta": "ResponseFunctionCallArgumentsDeltaEvent"}


def _without_extras(event):
    # The official SDK rebuilds these two events from their declared fields, dropping any other
    # key the server sent (today `obfuscation`); openai_table keeps what the server sent.
    if event["type"] in _REBUILT:
        declared = set(getattr(openai.types.responses, _REBUILT[event["type"]]).model_fields) | {"snapshot"}
        return {k: v for k, v in event.items() if k in declared}
    return event


# -- Assistants --------------------------------------------------------------------------------

ASSISTANT_CALLBACKS = ["on_event", "on_run_step_created", "on_run_step_delta", "on_run_step_done",
                       "on_tool_call_created", "on_tool_call_delta", "on_tool_call_done", "on_message_created",
                       "on_message_delta", "on_message_done", "on_text_created", "on_text_delta", "on_text_done",
                       "on_image_file_done", "on_end", "on_exception", "on_timeout"]


def _recorder(base):
    ns = {}
    for name in ASSISTANT_CALLBACKS:
        def make(name):
            if name.startswith("on_") and asyncio.iscoroutinefunction(getattr(base, name)):
                async def record(self, *args):
                    self.calls.append((name, plain(list(args))))
            else:
                def record(self, *args):
                    self.calls.append((name, plain(list(args))))
            return record
        ns[name] = make(name)

    def __init__(self):
        base.__init__(self)
        self.calls = []
    ns["__init__"] = __init__
    return type("Recorder", (base,), ns)


def _strip_index(value):
    if isinstance(value, dict):
        return {k: _strip_index(v) for k, v in value.items() if k != "index"}
    if isinstance(value, list):
        return [_strip_index(v) for v in value]
    return value


def _comparable(calls):
    """Deliberate differences, taken out: openai_table's snapshots (the second argument of the
    *_delta callbacks, the tool call of on_tool_call_*) carry no `index` labels, as a retrieved
    object does not; and on_tool_call_done comes once per tool call, where the official handler
    repeats it for the last call at every later step end and at the run's end."""
    out, done = [], set()
    for name, args in calls:
        if name in ("on_message_delta", "on_run_step_delta", "on_tool_call_delta"):
            args = [args[0], _strip_index(args[1])]
        elif name in ("on_tool_call_created", "on_tool_call_done"):
            args = _strip_index(args)
        if name == "on_tool_call_done":
            if args[0]["id"] in done:
                continue
            done.add(args[0]["id"])
        out.append((name, args))
    return out


ASSISTANT_CASES = {
    "test_create_and_run_stream_with_a_code_interpreter_step": (
        "create_and_run_stream", dict(assistant_id="asst_Lk2mN9pQ4rS7tU1v", thread={"messages": [
            {"role": "user", "content": "What is the square root of 2? Use code."}]})),
    "test_runs_stream_tool_call_then_submit_tool_outputs_stream": (
        "runs.stream", dict(thread_id="thread_Qm3vX8kT2pL9sR4w", assistant_id="asst_Lk2mN9pQ4rS7tU1v",
                            include=["step_details.tool_calls[*].file_search.results[*].content"])),
}


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("case", sorted(ASSISTANT_CASES))
def test_assistants_stream_parity(case, is_async):
    served = Served(recorded(case, "test_stream_managers_assistants"))
    method, kwargs = ASSISTANT_CASES[case]
    runs = {}
    for who in ("official", "openai_table"):
        client = served.client(who, is_async)
        pkg = openai_table if who == "openai_table" else openai
        handler = _recorder(pkg.AsyncAssistantEventHandler if is_async else pkg.AssistantEventHandler)()
        resource = client.beta.threads.runs if method.startswith("runs.") else client.beta.threads
        fn = getattr(resource, method.split(".")[-1])

        async def arun():
            async with fn(**kwargs, event_handler=handler) as stream:
                await stream.until_done()
                return plain(await stream.get_final_run()), plain(await stream.get_final_run_steps())

        if is_async:
            final = asyncio.run(arun())
        else:
            with fn(**kwargs, event_handler=handler) as stream:
                stream.until_done()
                final = plain(stream.get_final_run()), plain(stream.get_final_run_steps())
        runs[who] = handler.calls, final
    assert served.request("openai_table") == served.request("official")
    ours, theirs = runs["openai_table"], runs["official"]
    assert [n for n, _ in ours[0]] == [n for n, _ in _comparable(theirs[0])]
    assert _comparable(ours[0]) == _comparable(theirs[0])
    assert ours[1][0] == theirs[1][0]  # the final run
    # The final run steps: the official handler keeps each step as created plus its deltas
    # (status in_progress, no usage); openai_table replaces it with the finished step, as
    # listing the steps afterwards returns it (see test_stream_managers_assistants.py).
    assert [s["id"] for s in ours[1][1]] == [s["id"] for s in theirs[1][1]]
    done = [a[0] for n, a in ours[0] if n == "on_run_step_done"]
    assert all(step in done for step in ours[1][1] if step["status"] == "completed")


def test_chat_stream_parity_with_model_made_tools():
    # pydantic_function_tool() of each SDK over the recorded tool-call stream: the same request
    # (the same strict schema), events, and arguments parsed into the model.
    class get_weather(pydantic.BaseModel):
        """Current weather in a city."""
        city: str
        unit: str

    served = Served(recorded("test_chat_tool_calls"))
    runs = {}
    for who, pkg in (("official", openai), ("openai_table", openai_table)):
        client = served.client(who)
        tools = [pkg.pydantic_function_tool(get_weather)]
        runs[who] = _consume(lambda: client.chat.completions.stream(model="gpt-4o-mini", messages=MESSAGES, tools=tools),
                             "get_final_completion", False)
    assert served.request("openai_table") == served.request("official")
    ours, theirs = runs["openai_table"], runs["official"]
    assert [_same_snapshot_view(e) for e in ours[0]] == [_same_snapshot_view(e) for e in theirs[0]]
    assert ours[1] == theirs[1]
    done = [e for e in ours[0] if e["type"] == "tool_calls.function.arguments.done"]
    assert [d["parsed_arguments"] for d in done] == [{"city": "Paris", "unit": "c"}, {"city": "Tokyo", "unit": "f"}]
    client = Served(recorded("test_chat_tool_calls")).client("openai_table")
    with client.chat.completions.stream(model="gpt-4o-mini", messages=MESSAGES,
                                        tools=[openai_table.pydantic_function_tool(get_weather)]) as stream:
        done = [e for e in stream if e.type == "tool_calls.function.arguments.done"]
    assert done[0].parsed_arguments == get_weather(city="Paris", unit="c")
    assert stream.get_final_completion().choices[0].message.tool_calls[1].function.parsed_arguments == get_weather(
        city="Tokyo", unit="f")
