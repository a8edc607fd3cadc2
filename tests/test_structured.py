"""Structured outputs: `chat.completions.parse`, `responses.parse`, `pydantic_function_tool`.

- replayed recordings (sync and async) of realistic answers: parsed text, a refusal, tool calls
  with parsed arguments, several choices, a length cut-off, a content-filter stop;
- parity with the official SDK: the same call through both over the same recorded body sends the
  same request (the JSON schema included) and gives the same parsed objects, as plain data;
- attrs classes, dataclasses and TypedDicts as formats and tool schemas, without pydantic.

The schemas themselves (pydantic parity, strict-mode rules) are in tests/test_structured_schema.py.
"""

import dataclasses
import enum
import json
import pathlib
from typing import List, Literal, Optional, Union

import attrs
import httpx
import openai
import pydantic
import pytest
import yaml
from typing_extensions import TypedDict

import openai_table
from openai_table import ContentFilterFinishReasonError, LengthFinishReasonError
from openai_table.types.chat import ParsedChatCompletion, ParsedChatCompletionMessage, ParsedChoice, ParsedFunctionToolCall
from openai_table.types.responses import (
    ParsedResponse,
    ParsedResponseFunctionToolCall,
    ParsedResponseOutputMessage,
    ParsedResponseOutputText,
    ResponseOutputRefusal,
)

MODEL = "gpt-4o-2024-08-06"
CASSETTES = pathlib.Path(__file__).resolve().parent.parent / "cassettes" / "test_structured"


# -- the types the tests ask for -----------------------------------------------------------------


class Step(pydantic.BaseModel):
    explanation: str
    output: str


class MathResponse(pydantic.BaseModel):
    steps: List[Step]
    final_answer: str


class Unit(str, enum.Enum):
    celsius = "celsius"
    fahrenheit = "fahrenheit"


class GetWeather(pydantic.BaseModel):
    """Get the current weather for a city."""

    city: str
    unit: Unit
    days: Optional[int] = None


@attrs.define
class Flight:
    """Look up flights between two airports."""

    origin: str
    destination: str
    cabin: Literal["economy", "business"]
    max_stops: Optional[int] = None


@dataclasses.dataclass
class Ingredient:
    name: str
    grams: float


@dataclasses.dataclass
class Recipe:
    title: str
    ingredients: List[Ingredient]
    vegetarian: bool
    difficulty: Union[int, str]


class Contact(TypedDict):
    name: str
    email: Optional[str]
    tags: List[str]


MESSAGES = [{"role": "system", "content": "You are a helpful math tutor."}, {"role": "user", "content": "solve 8x + 31 = 2"}]
MATH_JSON = json.dumps({"steps": [{"explanation": "Subtract 31 from both sides.", "output": "8x = -29"},
                                  {"explanation": "Divide both sides by 8.", "output": "x = -29/8"}],
                        "final_answer": "x = -29/8"})


# -- realistic answers (what the recordings were made from) ---------------------------------------


def _usage(prompt, completion):
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0, "accepted_prediction_tokens": 0,
                                          "rejected_prediction_tokens": 0}}


def _message(content=None, refusal=None, tool_calls=None):
    message = {"role": "assistant", "content": content, "refusal": refusal, "annotations": []}
    if tool_calls is not None:
        message["tool_calls"] = tool_calls
    return message


def _choice(index, message, finish_reason="stop"):
    return {"index": index, "message": message, "logprobs": None, "finish_reason": finish_reason}


def _completion(*choices, usage=(94, 61)):
    return {"id": "chatcmpl-AzOc1QgxU6Og7P1zV0Xal1b0fHt3s", "object": "chat.completion", "created": 1739271793,
            "model": MODEL, "choices": list(choices), "usage": _usage(*usage), "service_tier": "default",
            "system_fingerprint": "fp_50cad350e4"}


def _call(id, name, arguments):
    return {"id": id, "type": "function", "function": {"name": name, "arguments": arguments}}


REPLIES = {
    "text": _completion(_choice(0, _message(MATH_JSON))),
    "refusal": _completion(_choice(0, _message(None, refusal="I'm sorry, I can't help with that request."))),
    "tools": _completion(_choice(0, _message(None, tool_calls=[
        _call("call_Mx1bOtN3vDN3dQp1L0mSdXpV", "GetWeather", '{"city":"Paris","unit":"celsius","days":null}'),
        _call("call_3kQYq6pc7Oe1Lw3jfwWkHn2d", "find_flights", '{"origin":"CDG","destination":"JFK","cabin":"business","max_stops":0}'),
        {"id": "call_custom_1", "type": "custom", "custom": {"name": "shell", "input": "ls"}},
    ]), "tool_calls"), usage=(153, 72)),
    "choices": _completion(
        _choice(0, _message(json.dumps({"title": "Pancakes", "ingredients": [{"name": "flour", "grams": 200},
                                                                            {"name": "milk", "grams": 300.5}],
                                        "vegetarian": True, "difficulty": 1}))),
        _choice(1, _message(json.dumps({"title": "Omelette", "ingredients": [{"name": "eggs", "grams": 120.0}],
                                        "vegetarian": True, "difficulty": "easy"}))), usage=(60, 90)),
    "length": _completion(_choice(0, _message('{"steps":[{"explanation":"Subtract 31 from both'), "length"), usage=(94, 16)),
    "content_filter": _completion(_choice(0, _message(None), "content_filter"), usage=(94, 0)),
    "contact": _completion(_choice(0, _message(json.dumps({"name": "Ada Lovelace", "email": None, "tags": ["math", "poetry"]})))),
}


def _response(output, status="completed", text_format=None, tools=()):
    return {"id": "resp_68a3f1c2d8e48190b1a2c3d4e5f60718", "object": "response", "created_at": 1755574722, "status": status,
            "background": False, "error": None, "incomplete_details": None, "instructions": None, "max_output_tokens": None,
            "model": "gpt-4o-2024-08-06", "output": output, "parallel_tool_calls": True, "previous_response_id": None,
            "reasoning": {"effort": None, "summary": None}, "store": True, "temperature": 1.0,
            "text": {"format": text_format or {"type": "text"}, "verbosity": "medium"}, "tool_choice": "auto",
            "tools": list(tools), "top_p": 1.0, "truncation": "disabled",
            "usage": {"input_tokens": 81, "input_tokens_details": {"cached_tokens": 0}, "output_tokens": 52,
                      "output_tokens_details": {"reasoning_tokens": 0}, "total_tokens": 133},
            "user": None, "metadata": {}}


def _output_message(*content):
    return {"id": "msg_68a3f1c3a1b88190a9b8c7d6e5f40302", "type": "message", "status": "completed", "role": "assistant",
            "content": list(content)}


RESPONSE_REPLIES = {
    "text": _response([
        {"id": "rs_68a3f1c2f0e08190aa11bb22cc33dd44", "type": "reasoning", "summary": []},
        _output_message({"type": "output_text", "text": MATH_JSON, "annotations": [], "logprobs": []})]),
    "refusal": _response([_output_message({"type": "refusal", "refusal": "I'm sorry, I can't assist with that."})]),
    "tools": _response([
        {"id": "fc_68a3f1c4b2c08190", "type": "function_call", "status": "completed", "call_id": "call_wU0Tq9L1iGzUYVx8",
         "name": "GetWeather", "arguments": '{"city":"Oslo","unit":"celsius","days":3}'},
        {"id": "fc_68a3f1c4b2c08191", "type": "function_call", "status": "completed", "call_id": "call_b7Qm2pZr4Kx9Yt1D",
         "name": "find_flights", "arguments": '{"origin":"OSL","destination":"BER","cabin":"economy","max_stops":1}'},
        {"id": "fc_68a3f1c4b2c08192", "type": "function_call", "status": "completed", "call_id": "call_loose",
         "name": "lookup", "arguments": '{"q":"x"}'}]),
}


def _json_transport(body):
    return lambda: httpx.MockTransport(lambda request: httpx.Response(200, json=body, headers={"x-request-id": "req_structured"}))


RECORD_TRANSPORTS = {
    "test_chat_parse_text": _json_transport(REPLIES["text"]),
    "test_chat_parse_refusal": _json_transport(REPLIES["refusal"]),
    "test_chat_parse_tool_calls": _json_transport(REPLIES["tools"]),
    "test_chat_parse_multiple_choices_dataclass": _json_transport(REPLIES["choices"]),
    "test_chat_parse_length_cut_off": _json_transport(REPLIES["length"]),
    "test_chat_parse_content_filter": _json_transport(REPLIES["content_filter"]),
    "test_chat_parse_typeddict": _json_transport(REPLIES["contact"]),
    "test_beta_chat_parse_forwards": _json_transport(REPLIES["text"]),
    "test_chat_parse_raw_and_streaming_response": _json_transport(REPLIES["text"]),
    "test_responses_parse_text": _json_transport(RESPONSE_REPLIES["text"]),
    "test_responses_parse_refusal": _json_transport(RESPONSE_REPLIES["refusal"]),
    "test_responses_parse_function_calls": _json_transport(RESPONSE_REPLIES["tools"]),
}
REPLAY_ONLY = pytest.mark.replay_only("the mock answers with random data, not content matching the schema")


def _recorded_body(test_name: str) -> dict:
    """The answer stored in a test's cassette: what the parity tests feed the official SDK."""
    cassette = yaml.safe_load((CASSETTES / f"{test_name}.yaml").read_text())
    return json.loads(cassette["interactions"][0]["response"]["body"]["string"])


def _official_schema(fmt):
    from openai.lib._parsing._completions import type_to_response_format_param

    return type_to_response_format_param(fmt)


# -- chat.completions.parse ----------------------------------------------------------------------


@REPLAY_ONLY
def test_chat_parse_text(api):
    completion = api.call(lambda c: c.chat.completions.parse(model=MODEL, messages=MESSAGES, response_format=MathResponse))
    sent = api.body()
    assert sent == {"model": MODEL, "messages": MESSAGES, "response_format": _official_schema(MathResponse), "stream": False}
    assert json.dumps(sent["response_format"]) == json.dumps(_official_schema(MathResponse))  # same key order too
    assert sent["response_format"]["json_schema"]["name"] == "MathResponse" and sent["response_format"]["json_schema"]["strict"] is True
    assert isinstance(completion, ParsedChatCompletion) and isinstance(completion.choices[0], ParsedChoice)
    message = completion.choices[0].message
    assert isinstance(message, ParsedChatCompletionMessage)
    assert message.parsed == MathResponse.model_validate_json(MATH_JSON)
    assert message.parsed.steps[1].output == "x = -29/8" and message.content == MATH_JSON
    assert message.refusal is None and message.tool_calls is None
    assert completion.usage.total_tokens == 155 and completion._request_id == "req_structured"


@REPLAY_ONLY
def test_chat_parse_refusal(api):
    completion = api.call(lambda c: c.chat.completions.parse(model=MODEL, messages=MESSAGES, response_format=MathResponse))
    message = completion.choices[0].message
    assert message.parsed is None and message.content is None
    assert message.refusal == "I'm sorry, I can't help with that request."


@REPLAY_ONLY
def test_chat_parse_tool_calls(api, caplog):
    tools = [openai_table.pydantic_function_tool(GetWeather),
             openai_table.pydantic_function_tool(Flight, name="find_flights")]
    completion = api.call(lambda c: c.chat.completions.parse(model=MODEL, messages=[{"role": "user", "content": "Paris weather, and a flight CDG-JFK"}],
                                                             tools=tools, parallel_tool_calls=True))
    sent = api.body()
    assert sent["tools"] == [openai.pydantic_function_tool(GetWeather), {"type": "function", "function": {
        "name": "find_flights", "strict": True, "description": "Look up flights between two airports.",
        "parameters": {"description": "Look up flights between two airports.",
                       "properties": {"origin": {"title": "Origin", "type": "string"},
                                      "destination": {"title": "Destination", "type": "string"},
                                      "cabin": {"enum": ["economy", "business"], "title": "Cabin", "type": "string"},
                                      "max_stops": {"anyOf": [{"type": "integer"}, {"type": "null"}], "title": "Max Stops"}},
                       "required": ["origin", "destination", "cabin", "max_stops"], "title": "Flight", "type": "object",
                       "additionalProperties": False}}}]
    assert sent["stream"] is False and sent["parallel_tool_calls"] is True and "response_format" not in sent
    message = completion.choices[0].message
    assert completion.choices[0].finish_reason == "tool_calls" and message.parsed is None
    weather, flight = message.tool_calls  # the custom tool call is left out, with a warning
    assert "custom tools" in caplog.text and "call_custom_1" in caplog.text
    assert all(isinstance(call, ParsedFunctionToolCall) for call in message.tool_calls)
    assert weather.function.parsed_arguments == GetWeather(city="Paris", unit=Unit.celsius, days=None)
    assert flight.function.parsed_arguments == Flight(origin="CDG", destination="JFK", cabin="business", max_stops=0)
    assert flight.function.arguments == '{"origin":"CDG","destination":"JFK","cabin":"business","max_stops":0}'


@REPLAY_ONLY
def test_chat_parse_multiple_choices_dataclass(api):
    completion = api.call(lambda c: c.chat.completions.parse(model=MODEL, messages=[{"role": "user", "content": "Two breakfast recipes"}],
                                                             response_format=Recipe, n=2))
    sent = api.body()
    assert sent["n"] == 2 and sent["response_format"]["json_schema"]["name"] == "Recipe"
    first, second = (choice.message.parsed for choice in completion.choices)
    assert first == Recipe("Pancakes", [Ingredient("flour", 200), Ingredient("milk", 300.5)], True, 1)
    assert second == Recipe("Omelette", [Ingredient("eggs", 120.0)], True, "easy")
    assert isinstance(second.ingredients[0], Ingredient)
    assert type(first.ingredients[0].grams) is float  # 200 in the JSON, a float field


@REPLAY_ONLY
def test_chat_parse_length_cut_off(api):
    with pytest.raises(LengthFinishReasonError) as info:
        api.call(lambda c: c.chat.completions.parse(model=MODEL, messages=MESSAGES, response_format=MathResponse, max_completion_tokens=16))
    assert isinstance(info.value, openai_table.OpenAIError)
    assert info.value.completion.choices[0].finish_reason == "length" and info.value.completion.usage.completion_tokens == 16
    assert "length limit" in str(info.value)


@REPLAY_ONLY
def test_chat_parse_content_filter(api):
    with pytest.raises(ContentFilterFinishReasonError, match="content filter"):
        api.call(lambda c: c.chat.completions.parse(model=MODEL, messages=MESSAGES, response_format=MathResponse))


@REPLAY_ONLY
def test_chat_parse_typeddict(api):
    completion = api.call(lambda c: c.chat.completions.parse(model=MODEL, messages=[{"role": "user", "content": "Ada's card"}],
                                                             response_format=Contact))
    assert api.body()["response_format"]["json_schema"]["schema"] == {
        "properties": {"name": {"title": "Name", "type": "string"},
                       "email": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Email"},
                       "tags": {"items": {"type": "string"}, "title": "Tags", "type": "array"}},
        "required": ["name", "email", "tags"], "title": "Contact", "type": "object", "additionalProperties": False}
    assert completion.choices[0].message.parsed == {"name": "Ada Lovelace", "email": None, "tags": ["math", "poetry"]}


@REPLAY_ONLY
def test_beta_chat_parse_forwards(api):
    completion = api.call(lambda c: c.beta.chat.completions.parse(model=MODEL, messages=MESSAGES, response_format=MathResponse))
    assert (api.last.method, api.last.url.path) == ("POST", "/chat/completions")
    assert api.body()["response_format"] == _official_schema(MathResponse)
    assert completion.choices[0].message.parsed.final_answer == "x = -29/8"


@REPLAY_ONLY
def test_chat_parse_raw_and_streaming_response(api):
    def call(c):
        raw = c.chat.completions.with_raw_response.parse(model=MODEL, messages=MESSAGES, response_format=MathResponse)
        if api.mode == "sync":
            return raw, raw.parse()

        async def parse():
            raw_response = await raw
            return raw_response, raw_response.parse()

        return parse()

    raw, completion = api.call(call)
    assert raw.headers["x-request-id"] == "req_structured" and raw.status_code == 200
    assert isinstance(completion, ParsedChatCompletion) and completion.choices[0].message.parsed.final_answer == "x = -29/8"


def test_chat_parse_with_streaming_response():
    seen = []
    transport = httpx.MockTransport(lambda request: seen.append(request) or httpx.Response(200, json=REPLIES["text"]))
    client = openai_table.OpenAI(api_key="sk-test", base_url="http://localhost/v1", http_client=httpx.Client(transport=transport))
    with client.chat.completions.with_streaming_response.parse(model=MODEL, messages=MESSAGES, response_format=MathResponse) as response:
        completion = response.parse()
    assert completion.choices[0].message.parsed == MathResponse.model_validate_json(MATH_JSON)
    assert json.loads(seen[0].content)["response_format"] == _official_schema(MathResponse)


async def test_chat_parse_with_streaming_response_async():
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=REPLIES["text"]))
    client = openai_table.AsyncOpenAI(api_key="sk-test", base_url="http://localhost/v1", http_client=httpx.AsyncClient(transport=transport))
    async with client.chat.completions.with_streaming_response.parse(model=MODEL, messages=MESSAGES, response_format=MathResponse) as response:
        completion = await response.parse()
    assert completion.choices[0].message.parsed.steps[0].output == "8x = -29"


def _no_requests():
    def refuse(request):
        raise AssertionError(f"nothing should be sent, got {request.method} {request.url}")

    return httpx.MockTransport(refuse)


@pytest.mark.parametrize("is_async", [False, True])
def test_create_with_a_class_points_to_parse(is_async):
    """As in the official SDK: a class given to create() is a TypeError naming parse(), and nothing is sent."""
    import asyncio

    if is_async:
        client = openai_table.AsyncOpenAI(api_key="sk-test", http_client=httpx.AsyncClient(transport=_no_requests()))
        with pytest.raises(TypeError, match=r"chat\.completions\.parse\(\)"):
            asyncio.run(client.chat.completions.create(model=MODEL, messages=MESSAGES, response_format=MathResponse))
    else:
        client = openai_table.OpenAI(api_key="sk-test", http_client=httpx.Client(transport=_no_requests()))
        with pytest.raises(TypeError, match=r"chat\.completions\.parse\(\)"):
            client.chat.completions.create(model=MODEL, messages=MESSAGES, response_format=MathResponse)
    official = openai.OpenAI(api_key="sk-test", http_client=httpx.Client(transport=_no_requests()))
    with pytest.raises(TypeError, match=r"chat\.completions\.parse\(\)"):
        official.chat.completions.create(model=MODEL, messages=MESSAGES, response_format=MathResponse)


def test_parse_takes_only_strict_function_tools():
    client = openai_table.OpenAI(api_key="sk-test", http_client=httpx.Client(transport=_no_requests()))
    loose = {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object", "properties": {}}}}
    with pytest.raises(ValueError, match="`lookup` is not strict"):
        client.chat.completions.parse(model=MODEL, messages=MESSAGES, tools=[loose])
    with pytest.raises(ValueError, match="`custom`"):
        client.chat.completions.parse(model=MODEL, messages=MESSAGES, tools=[{"type": "custom", "custom": {"name": "x"}}])
    official = openai.OpenAI(api_key="sk-test", http_client=httpx.Client(transport=_no_requests()))
    with pytest.raises(ValueError):
        official.chat.completions.parse(model=MODEL, messages=MESSAGES, tools=[loose])


def test_strict_dict_tool_arguments_come_back_as_json():
    """A strict function tool written as a dict: its arguments parsed as JSON (no type to build)."""
    strict = {"type": "function", "function": {"name": "GetWeather", "strict": True, "parameters": openai.pydantic_function_tool(GetWeather)["function"]["parameters"]}}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=REPLIES["tools"]))
    client = openai_table.OpenAI(api_key="sk-test", http_client=httpx.Client(transport=transport))
    completion = client.chat.completions.parse(model=MODEL, messages=MESSAGES, tools=[strict])
    weather, flight = completion.choices[0].message.tool_calls
    assert weather.function.parsed_arguments == {"city": "Paris", "unit": "celsius", "days": None}
    assert flight.function.parsed_arguments is None  # not among the tools given


def test_official_pydantic_function_tool_works_here():
    """A tool made by `openai.pydantic_function_tool` (say, in shared code) parses the same way."""
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=REPLIES["tools"]))
    client = openai_table.OpenAI(api_key="sk-test", http_client=httpx.Client(transport=transport))
    completion = client.chat.completions.parse(model=MODEL, messages=MESSAGES, tools=[openai.pydantic_function_tool(GetWeather)])
    assert completion.choices[0].message.tool_calls[0].function.parsed_arguments == GetWeather(city="Paris", unit="celsius")


def test_parsed_message_sent_back_as_history():
    """The parsed message goes back into `messages` as JSON data (its parsed object dumped)."""
    seen = []
    transport = httpx.MockTransport(lambda request: seen.append(request) or httpx.Response(200, json=REPLIES["text"]))
    client = openai_table.OpenAI(api_key="sk-test", http_client=httpx.Client(transport=transport))
    first = client.chat.completions.parse(model=MODEL, messages=MESSAGES, response_format=MathResponse)
    client.chat.completions.parse(model=MODEL, messages=[*MESSAGES, first.choices[0].message], response_format=MathResponse)
    history = json.loads(seen[1].content)["messages"][-1]
    assert history["content"] == MATH_JSON and history["parsed"] == json.loads(MATH_JSON)


# -- responses.parse -----------------------------------------------------------------------------


def _official_text_format(fmt):
    from openai.lib._parsing._responses import type_to_text_format_param

    return type_to_text_format_param(fmt)


@REPLAY_ONLY
def test_responses_parse_text(api):
    response = api.call(lambda c: c.responses.parse(model=MODEL, input="solve 8x + 31 = 2", text_format=MathResponse,
                                                    text={"verbosity": "medium"}))
    sent = api.body()
    assert sent == {"model": MODEL, "input": "solve 8x + 31 = 2", "text": {"verbosity": "medium", "format": _official_text_format(MathResponse)}}
    assert isinstance(response, ParsedResponse)
    reasoning, message = response.output
    assert isinstance(message, ParsedResponseOutputMessage) and isinstance(message.content[0], ParsedResponseOutputText)
    assert response.output_parsed == MathResponse.model_validate_json(MATH_JSON) == message.content[0].parsed
    assert response.output_text == MATH_JSON and reasoning.type == "reasoning"
    assert response._request_id == "req_structured"


@REPLAY_ONLY
def test_responses_parse_refusal(api):
    response = api.call(lambda c: c.responses.parse(model=MODEL, input="...", text_format=MathResponse))
    assert response.output_parsed is None
    assert isinstance(response.output[0].content[0], ResponseOutputRefusal)
    assert response.output[0].content[0].refusal == "I'm sorry, I can't assist with that."


LOOSE_RESPONSES_TOOL = {"type": "function", "name": "lookup", "parameters": {"type": "object", "properties": {"q": {"type": "string"}}}, "strict": False}


@REPLAY_ONLY
def test_responses_parse_function_calls(api):
    tools = [openai_table.pydantic_function_tool(GetWeather), openai_table.pydantic_function_tool(Flight, name="find_flights"),
             LOOSE_RESPONSES_TOOL]
    response = api.call(lambda c: c.responses.parse(model=MODEL, input="Oslo weather and a flight to Berlin", tools=tools))
    sent = api.body()
    weather_tool = openai.pydantic_function_tool(GetWeather)["function"]
    assert sent["tools"][0] == {"type": "function", "name": "GetWeather", "description": weather_tool["description"],
                                "parameters": weather_tool["parameters"], "strict": True}
    assert sent["tools"][1]["name"] == "find_flights" and sent["tools"][2] == LOOSE_RESPONSES_TOOL
    weather, flight, loose = response.output
    assert all(isinstance(item, ParsedResponseFunctionToolCall) for item in response.output)
    assert weather.parsed_arguments == GetWeather(city="Oslo", unit=Unit.celsius, days=3)
    assert flight.parsed_arguments == Flight(origin="OSL", destination="BER", cabin="economy", max_stops=1)
    assert loose.parsed_arguments is None  # not strict: left as the arguments string only
    assert response.output_parsed is None


def test_function_calls_go_back_as_input_without_parsed_arguments():
    seen = []
    transport = httpx.MockTransport(lambda request: seen.append(request) or httpx.Response(200, json=RESPONSE_REPLIES["tools"]))
    client = openai_table.OpenAI(api_key="sk-test", http_client=httpx.Client(transport=transport))
    first = client.responses.parse(model=MODEL, input="hi", tools=[openai_table.pydantic_function_tool(GetWeather)])
    client.responses.create(model=MODEL, input=[*first.output[:1], {"type": "function_call_output", "call_id": first.output[0].call_id, "output": "12C"}])
    sent = json.loads(seen[1].content)["input"][0]
    assert sent == RESPONSE_REPLIES["tools"]["output"][0]  # as the API gave it: no parsed_arguments


def test_responses_parse_rejects_text_format_and_text_format_both():
    client = openai_table.OpenAI(api_key="sk-test", http_client=httpx.Client(transport=_no_requests()))
    with pytest.raises(TypeError, match="text_format"):
        client.responses.parse(model=MODEL, input="x", text_format=MathResponse, text={"format": {"type": "text"}})


def test_responses_parse_rejects_a_non_pydantic_chat_tool():
    client = openai_table.OpenAI(api_key="sk-test", http_client=httpx.Client(transport=_no_requests()))
    tool = {"type": "function", "function": {"name": "f", "parameters": {}}}
    with pytest.raises(Exception, match="pydantic_function_tool"):
        client.responses.parse(model=MODEL, input="x", tools=[tool])


# -- parity with the official SDK over the recorded bodies --------------------------------------


def _run_both(call, body, is_async):
    """(ours, theirs): (request summary, result) of `call(client)` through each SDK, answered with `body`."""
    import asyncio

    from _wire import summary

    out = []
    for package in (openai_table, openai):
        seen = []

        def handle(request, seen=seen):
            request.read()
            seen.append(request)
            return httpx.Response(200, json=body)

        transport = httpx.MockTransport(handle)
        if is_async:
            client = package.AsyncOpenAI(api_key="sk-test", max_retries=0, http_client=httpx.AsyncClient(transport=transport))
            result = asyncio.run(call(client))
        else:
            client = package.OpenAI(api_key="sk-test", max_retries=0, http_client=httpx.Client(transport=transport))
            result = call(client)
        out.append((summary(seen[0]), result))
    return out


def _plain(value):
    """A parsed object as JSON data, whichever SDK built it."""
    return json.loads(json.dumps(value, default=lambda v: v.model_dump(mode="json") if hasattr(v, "model_dump") else
                                 dataclasses.asdict(v) if dataclasses.is_dataclass(v) else attrs.asdict(v)))


def _same_result(ours, theirs):
    assert _plain(ours.to_dict()) == _plain(theirs.to_dict())


CHAT_PARITY = [
    ("test_chat_parse_text", dict(messages=MESSAGES, response_format=MathResponse)),
    ("test_chat_parse_refusal", dict(messages=MESSAGES, response_format=MathResponse)),
    ("test_chat_parse_tool_calls", dict(messages=MESSAGES, tools=[{"type": "function", "function": {
        "name": "find_flights", "strict": True, "parameters": {"type": "object", "properties": {}, "additionalProperties": False,
                                                                "required": []}}}], parallel_tool_calls=True)),
]


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("recording,params", CHAT_PARITY, ids=[r for r, _ in CHAT_PARITY])
def test_chat_parse_matches_the_official_sdk(recording, params, is_async):
    body = _recorded_body(recording)
    if recording == "test_chat_parse_tool_calls":
        body["choices"][0]["message"]["tool_calls"] = body["choices"][0]["message"]["tool_calls"][:2]  # function calls only
        params = {**params, "tools": [openai.pydantic_function_tool(GetWeather), *params["tools"]]}

    def call(c):
        return c.chat.completions.parse(model=MODEL, **params)

    (our_request, ours), (their_request, theirs) = _run_both(call, body, is_async)
    assert our_request == their_request
    _same_result(ours, theirs)
    for mine, official in zip(ours.choices, theirs.choices):
        assert mine.message.parsed == official.message.parsed
        for a, b in zip(mine.message.tool_calls or (), official.message.tool_calls or ()):
            assert a.function.parsed_arguments == b.function.parsed_arguments


def test_chat_parse_length_matches_the_official_sdk():
    body = _recorded_body("test_chat_parse_length_cut_off")
    errors = []
    for package in (openai_table, openai):
        client = package.OpenAI(api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=body))))
        with pytest.raises(Exception) as info:
            client.chat.completions.parse(model=MODEL, messages=MESSAGES, response_format=MathResponse)
        errors.append(info.value)
    ours, theirs = errors
    assert type(ours).__name__ == type(theirs).__name__ == "LengthFinishReasonError"
    assert _plain(ours.completion.to_dict()) == _plain(theirs.completion.to_dict())


RESPONSES_PARITY = [
    ("test_responses_parse_text", dict(input="solve 8x + 31 = 2", text_format=MathResponse, text={"verbosity": "medium"})),
    ("test_responses_parse_refusal", dict(input="...", text_format=MathResponse)),
    ("test_responses_parse_function_calls", dict(input="Oslo weather and a flight to Berlin",
                                                 tools=[LOOSE_RESPONSES_TOOL])),
]


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("recording,params", RESPONSES_PARITY, ids=[r for r, _ in RESPONSES_PARITY])
def test_responses_parse_matches_the_official_sdk(recording, params, is_async):
    body = _recorded_body(recording)
    params = {**params, "text": dict(params["text"])} if "text" in params else params  # the official SDK writes into `text`

    def call(c):
        tools = params.get("tools")
        if tools is not None:  # each SDK's own tool helper; the same schema goes out (checked below)
            helper = openai_table.pydantic_function_tool if c.__class__.__module__.startswith("openai_table") else openai.pydantic_function_tool
            return c.responses.parse(model=MODEL, **{**params, "tools": [helper(GetWeather), *tools]})
        return c.responses.parse(model=MODEL, **params)

    (our_request, ours), (their_request, theirs) = _run_both(call, body, is_async)
    assert our_request == their_request
    _same_result(ours, theirs)
    assert ours.output_parsed == theirs.output_parsed
    for mine, official in zip(ours.output, theirs.output):
        assert getattr(mine, "parsed_arguments", None) == getattr(official, "parsed_arguments", None)


# -- the generic `validate:` table key that create() uses ------------------------------------------

VALIDATED_TABLE = """
things:
  create:
    doc: Make a thing.
    post: /things
    body: {model: str!, response_format: dict}
    returns: chat.ChatCompletion
    validate: structured.reject_type_in_create
"""


def test_validate_key_runs_before_sending(tmp_path):
    path = tmp_path / "things.yaml"
    path.write_text(VALIDATED_TABLE)
    seen = []
    transport = httpx.MockTransport(lambda request: seen.append(request) or httpx.Response(200, json=REPLIES["text"]))
    client = openai_table.OpenAI(api_key="sk-test", endpoints=[path], http_client=httpx.Client(transport=transport))
    with pytest.raises(TypeError, match="parse"):
        client.things.create(model=MODEL, response_format=MathResponse)
    assert seen == []
    client.things.create(model=MODEL, response_format={"type": "json_object"})
    assert json.loads(seen[0].content) == {"model": MODEL, "response_format": {"type": "json_object"}}


def test_validate_key_must_name_a_helper(tmp_path):
    path = tmp_path / "things.yaml"
    path.write_text(VALIDATED_TABLE.replace("structured.reject_type_in_create", "structured.no_such_check"))
    with pytest.raises(openai_table.TableError, match="validate 'structured.no_such_check' names no helper"):
        openai_table.OpenAI(api_key="sk-test", endpoints=[path])
    path.write_text(VALIDATED_TABLE.replace("structured.reject_type_in_create", "not a ref"))
    with pytest.raises(openai_table.TableError, match="`validate` must be module.function"):
        openai_table.OpenAI(api_key="sk-test", endpoints=[path])
