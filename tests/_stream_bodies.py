"""Realistic server-sent-event bodies for the stream manager tests, shaped as the API streams
them (field order, nulls, the first chunk's empty content, usage in a last chunk of its own).
Used only to record the cassettes (OPENAI_TABLE_RECORD=1); replay reads the cassettes."""

import json

import httpx

CHAT_BASE = {"id": "chatcmpl-CbX1q2w3e4r5t6y7u8i9o0p", "object": "chat.completion.chunk", "created": 1762935000,
             "model": "gpt-4o-mini-2024-07-18", "service_tier": "default", "system_fingerprint": "fp_560af6e559"}


def chunk(choices, **extra):
    return {**CHAT_BASE, "choices": choices, **extra}


def choice(delta, index=0, finish=None, logprobs=None):
    return {"index": index, "delta": delta, "logprobs": logprobs, "finish_reason": finish}


def chat_text():
    yield chunk([choice({"role": "assistant", "content": "", "refusal": None})], obfuscation="Qx")
    for piece in ["Bonjour", "!", " Ça", " va", " bien", " ✓"]:
        yield chunk([choice({"content": piece})], obfuscation="ab")
    yield chunk([choice({}, finish="stop")])
    yield chunk([], usage={"prompt_tokens": 12, "completion_tokens": 7, "total_tokens": 19,
                           "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                           "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                                         "accepted_prediction_tokens": 0,
                                                         "rejected_prediction_tokens": 0}})


def chat_refusal():
    yield chunk([choice({"role": "assistant", "content": None, "refusal": ""})])
    for piece in ["I'm", " sorry", ",", " I", " can't", " help", " with", " that", "."]:
        yield chunk([choice({"refusal": piece})])
    yield chunk([choice({}, finish="stop")])


def chat_tool_calls():
    yield chunk([choice({"role": "assistant", "content": None, "refusal": None})])
    calls = [("call_Paris0a1b2c3", "get_weather", ['{"ci', 'ty": "Pa', 'ris", "un', 'it": "c"}']),
             ("call_Tokyo4d5e6f7", "get_weather", ['{"city"', ': "Tokyo', '", "unit": ', '"f"}'])]
    for i, (call_id, name, pieces) in enumerate(calls):
        yield chunk([choice({"tool_calls": [{"index": i, "id": call_id, "type": "function",
                                             "function": {"name": name, "arguments": ""}}]})])
        for piece in pieces:
            yield chunk([choice({"tool_calls": [{"index": i, "function": {"arguments": piece}}]})])
    yield chunk([choice({}, finish="tool_calls")])


def chat_choices():
    yield chunk([choice({"role": "assistant", "content": "", "refusal": None}, index=0),
                 choice({"role": "assistant", "content": "", "refusal": None}, index=1)])
    for a, b in [("Red", "Blue"), (" and", " or"), (" green", " yellow")]:
        yield chunk([choice({"content": a}, index=0)])
        yield chunk([choice({"content": b}, index=1)])
    yield chunk([choice({}, index=1, finish="stop")])
    yield chunk([choice({}, index=0, finish="stop")])


def _logprob(token, logprob):
    return {"token": token, "logprob": logprob, "bytes": list(token.encode()),
            "top_logprobs": [{"token": token, "logprob": logprob, "bytes": list(token.encode())}]}


def chat_logprobs():
    yield chunk([choice({"role": "assistant", "content": "", "refusal": None}, logprobs={"content": [], "refusal": None})])
    for token, lp in [("Hello", -0.0012), (" there", -0.31), ("!", -0.05)]:
        yield chunk([choice({"content": token}, logprobs={"content": [_logprob(token, lp)], "refusal": None})])
    yield chunk([choice({}, finish="stop")])


def chat_length():
    yield chunk([choice({"role": "assistant", "content": "", "refusal": None})])
    for piece in ["Once", " upon", " a"]:
        yield chunk([choice({"content": piece})])
    yield chunk([choice({}, finish="length")])


def chat_structured():
    yield chunk([choice({"role": "assistant", "content": "", "refusal": None})])
    for piece in ['{"', 'name', '":"', 'Ada', ' Lovelace', '","', 'born', '":', '1815', ',"', 'fields', '":["',
                  'math', '","', 'poetry', '"]}']:
        yield chunk([choice({"content": piece})])
    yield chunk([choice({}, finish="stop")])


CHAT_BODIES = {
    "text": chat_text, "refusal": chat_refusal, "tool_calls": chat_tool_calls, "choices": chat_choices,
    "logprobs": chat_logprobs, "length": chat_length, "structured": chat_structured,
}


def chat_sse(events):
    return b"".join(b"data: " + json.dumps(e).encode() + b"\n\n" for e in events()) + b"data: [DONE]\n\n"


# -- Responses --------------------------------------------------------------------------------

RESP_ID = "resp_68f2c1a0b8e08190a5f1c2d3e4f5a6b70c1d2e3f4a5b6c7d"
MSG_ID = "msg_68f2c1a1d5c48190b2c3d4e5f6a7b8c90c1d2e3f4a5b6c7d"
CALL_ID = "fc_68f2c1a2e6d58190c3d4e5f6a7b8c9d00c1d2e3f4a5b6c7d"


def _response(status, output, usage=None, text=None):
    return {"id": RESP_ID, "object": "response", "created_at": 1762935100, "status": status, "background": False,
            "error": None, "incomplete_details": None, "instructions": None, "max_output_tokens": None,
            "max_tool_calls": None, "model": "gpt-4.1-2025-04-14", "output": output, "parallel_tool_calls": True,
            "previous_response_id": None, "prompt_cache_key": None, "reasoning": {"effort": None, "summary": None},
            "safety_identifier": None, "service_tier": "default", "store": True, "temperature": 1.0,
            "text": text or {"format": {"type": "text"}, "verbosity": "medium"}, "tool_choice": "auto", "tools": [],
            "top_logprobs": 0, "top_p": 1.0, "truncation": "disabled", "usage": usage, "user": None, "metadata": {}}


USAGE = {"input_tokens": 14, "input_tokens_details": {"cached_tokens": 0}, "output_tokens": 9,
         "output_tokens_details": {"reasoning_tokens": 0}, "total_tokens": 23}


def _text_events(pieces, text=None):
    full = "".join(pieces)
    seq = iter(range(1000))
    yield {"type": "response.created", "sequence_number": next(seq), "response": _response("in_progress", [], text=text)}
    yield {"type": "response.in_progress", "sequence_number": next(seq), "response": _response("in_progress", [], text=text)}
    item = {"id": MSG_ID, "type": "message", "status": "in_progress", "content": [], "role": "assistant"}
    yield {"type": "response.output_item.added", "sequence_number": next(seq), "output_index": 0, "item": item}
    part = {"type": "output_text", "annotations": [], "logprobs": [], "text": ""}
    yield {"type": "response.content_part.added", "sequence_number": next(seq), "item_id": MSG_ID, "output_index": 0,
           "content_index": 0, "part": part}
    for piece in pieces:
        yield {"type": "response.output_text.delta", "sequence_number": next(seq), "item_id": MSG_ID, "output_index": 0,
               "content_index": 0, "delta": piece, "logprobs": [], "obfuscation": "x1"}
    yield {"type": "response.output_text.done", "sequence_number": next(seq), "item_id": MSG_ID, "output_index": 0,
           "content_index": 0, "text": full, "logprobs": []}
    done_part = {**part, "text": full}
    yield {"type": "response.content_part.done", "sequence_number": next(seq), "item_id": MSG_ID, "output_index": 0,
           "content_index": 0, "part": done_part}
    done_item = {**item, "status": "completed", "content": [done_part]}
    yield {"type": "response.output_item.done", "sequence_number": next(seq), "output_index": 0, "item": done_item}
    yield {"type": "response.completed", "sequence_number": next(seq),
           "response": _response("completed", [done_item], USAGE, text=text)}


def responses_text():
    yield from _text_events(["Hello", "!", " How", " can", " I", " help", "?"])


STRUCT_FORMAT = {"format": {"type": "json_schema", "name": "Person", "strict": True, "schema": {}}, "verbosity": "medium"}


def responses_structured():
    yield from _text_events(['{"name":"', 'Ada', ' Lovelace","born":', '1815,"fields":["math"]}'], text=STRUCT_FORMAT)


def responses_function_call():
    seq = iter(range(1000))
    yield {"type": "response.created", "sequence_number": next(seq), "response": _response("in_progress", [])}
    item = {"id": CALL_ID, "type": "function_call", "status": "in_progress", "arguments": "", "call_id": "call_w1x2y3",
            "name": "get_weather"}
    yield {"type": "response.output_item.added", "sequence_number": next(seq), "output_index": 0, "item": item}
    pieces = ['{"city":', '"Paris",', '"unit":"c"}']
    for piece in pieces:
        yield {"type": "response.function_call_arguments.delta", "sequence_number": next(seq), "item_id": CALL_ID,
               "output_index": 0, "delta": piece, "obfuscation": "y2"}
    args = "".join(pieces)
    yield {"type": "response.function_call_arguments.done", "sequence_number": next(seq), "item_id": CALL_ID,
           "output_index": 0, "arguments": args}
    done = {**item, "status": "completed", "arguments": args}
    yield {"type": "response.output_item.done", "sequence_number": next(seq), "output_index": 0, "item": done}
    yield {"type": "response.completed", "sequence_number": next(seq), "response": _response("completed", [done], USAGE)}


RESPONSES_BODIES = {"text": responses_text, "function_call": responses_function_call, "structured": responses_structured}


def named_sse(events, key="type"):
    return b"".join(f"event: {e[key]}\ndata: ".encode() + json.dumps(e).encode() + b"\n\n" for e in events())


def sse_transport(body_for):
    """A MockTransport answering each request with body_for(request) -> bytes (SSE) or a dict (JSON)."""
    def handler(request):
        body = body_for(request)
        if isinstance(body, (dict, list)):
            return httpx.Response(200, json=body)
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    return lambda: httpx.MockTransport(handler)


# -- Assistants --------------------------------------------------------------------------------

THREAD_ID = "thread_Qm3vX8kT2pL9sR4w"
RUN_ID = "run_Zt7yB1nH5cD0fG6j"
ASSISTANT_ID = "asst_Lk2mN9pQ4rS7tU1v"
T0 = 1762936000


def _run(status, **extra):
    return {"id": RUN_ID, "object": "thread.run", "created_at": T0, "assistant_id": ASSISTANT_ID, "thread_id": THREAD_ID,
            "status": status, "started_at": None if status == "queued" else T0 + 1, "expires_at": T0 + 600,
            "cancelled_at": None, "failed_at": None, "completed_at": T0 + 9 if status == "completed" else None,
            "required_action": None, "last_error": None, "model": "gpt-4o", "instructions": "You are a math tutor.",
            "tools": [{"type": "code_interpreter"}, {"type": "function", "function": {
                "name": "lookup_constant", "description": "A physical constant by name.", "strict": False,
                "parameters": {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}}}],
            "tool_resources": {}, "metadata": {}, "temperature": 1.0, "top_p": 1.0, "reasoning_effort": None,
            "max_completion_tokens": None, "max_prompt_tokens": None,
            "truncation_strategy": {"type": "auto", "last_messages": None}, "incomplete_details": None,
            "usage": {"prompt_tokens": 120, "completion_tokens": 48, "total_tokens": 168} if status == "completed" else None,
            "response_format": "auto", "tool_choice": "auto", "parallel_tool_calls": True, **extra}


def _step(step_id, kind, status, details, **extra):
    return {"id": step_id, "object": "thread.run.step", "created_at": T0 + 2, "run_id": RUN_ID,
            "assistant_id": ASSISTANT_ID, "thread_id": THREAD_ID, "type": kind, "status": status,
            "cancelled_at": None, "completed_at": T0 + 5 if status == "completed" else None, "expires_at": T0 + 600,
            "failed_at": None, "last_error": None, "step_details": details,
            "usage": {"prompt_tokens": 60, "completion_tokens": 24, "total_tokens": 84} if status == "completed" else None,
            **extra}


def _message(msg_id, status, content):
    return {"id": msg_id, "object": "thread.message", "created_at": T0 + 6, "assistant_id": ASSISTANT_ID,
            "thread_id": THREAD_ID, "run_id": RUN_ID, "status": status, "incomplete_details": None,
            "incomplete_at": None, "completed_at": T0 + 8 if status == "completed" else None, "role": "assistant",
            "content": content, "attachments": [], "metadata": {}}


CODE_STEP = "step_Cd1eF2gH3iJ4kL5m"
CODE_CALL = "call_Nn6oP7qR8sT9uV0w"
MSG_STEP = "step_Xx1yY2zZ3aA4bB5c"
A_MSG_ID = "msg_Dd6eE7fF8gG9hH0i"
CODE_PIECES = ["import", " math", "\n", "print(math", ".sqrt(", "2))"]
CODE_LOGS = "1.4142135623730951\n"
TEXT_PIECES = ["The", " square", " root", " of", " 2", " is", " about", " 1.41421", "."]


def code_step(status):
    call = {"id": CODE_CALL, "type": "code_interpreter",
            "code_interpreter": {"input": "".join(CODE_PIECES), "outputs": [{"type": "logs", "logs": CODE_LOGS}]}}
    return _step(CODE_STEP, "tool_calls", status, {"type": "tool_calls", "tool_calls": [call] if status == "completed" else []})


def message_step(status):
    return _step(MSG_STEP, "message_creation", status, {"type": "message_creation", "message_creation": {"message_id": A_MSG_ID}})


def final_message():
    return _message(A_MSG_ID, "completed", [{"type": "text", "text": {"value": "".join(TEXT_PIECES), "annotations": []}}])


def _ev(event, data):
    return {"event": event, "data": data}


def assistants_run():
    """A run that uses code interpreter (a tool-call step, streamed input and logs) then writes
    a message (a message-creation step, streamed text)."""
    thread = {"id": THREAD_ID, "object": "thread", "created_at": T0, "metadata": {}, "tool_resources": {}}
    yield _ev("thread.created", thread)
    yield _ev("thread.run.created", _run("queued"))
    yield _ev("thread.run.queued", _run("queued"))
    yield _ev("thread.run.in_progress", _run("in_progress"))
    yield _ev("thread.run.step.created", code_step("in_progress"))
    yield _ev("thread.run.step.in_progress", code_step("in_progress"))

    def step_delta(call):
        return _ev("thread.run.step.delta", {"id": CODE_STEP, "object": "thread.run.step.delta",
                                             "delta": {"step_details": {"type": "tool_calls", "tool_calls": [call]}}})

    yield step_delta({"index": 0, "id": CODE_CALL, "type": "code_interpreter",
                      "code_interpreter": {"input": "", "outputs": []}})
    for piece in CODE_PIECES:
        yield step_delta({"index": 0, "type": "code_interpreter", "code_interpreter": {"input": piece}})
    yield step_delta({"index": 0, "type": "code_interpreter",
                      "code_interpreter": {"outputs": [{"index": 0, "type": "logs", "logs": CODE_LOGS}]}})
    yield _ev("thread.run.step.completed", code_step("completed"))
    yield _ev("thread.run.step.created", message_step("in_progress"))
    yield _ev("thread.run.step.in_progress", message_step("in_progress"))
    yield _ev("thread.message.created", _message(A_MSG_ID, "in_progress", []))
    yield _ev("thread.message.in_progress", _message(A_MSG_ID, "in_progress", []))
    for i, piece in enumerate(TEXT_PIECES):
        block = {"index": 0, "type": "text", "text": {"value": piece}}
        if i == 0:
            block["text"]["annotations"] = []
        yield _ev("thread.message.delta", {"id": A_MSG_ID, "object": "thread.message.delta", "delta": {"content": [block]}})
    yield _ev("thread.message.completed", final_message())
    yield _ev("thread.run.step.completed", message_step("completed"))
    yield _ev("thread.run.completed", _run("completed"))


FN_STEP = "step_Fn1aB2cD3eF4gH5i"
FN_CALL = "call_Lc9kJ8hG7fE6dC5b"
FN_ARGS = ['{"na', 'me": "spee', 'd of light"}']


def fn_step(status):
    call = {"id": FN_CALL, "type": "function",
            "function": {"name": "lookup_constant", "arguments": "".join(FN_ARGS), "output": None}}
    return _step(FN_STEP, "tool_calls", status, {"type": "tool_calls", "tool_calls": [call] if status != "in_progress" else []})


def assistants_requires_action():
    """A run that calls a function tool and waits for its output."""
    yield _ev("thread.run.created", _run("queued"))
    yield _ev("thread.run.in_progress", _run("in_progress"))
    yield _ev("thread.run.step.created", fn_step("in_progress"))
    yield _ev("thread.run.step.in_progress", fn_step("in_progress"))

    def step_delta(call):
        return _ev("thread.run.step.delta", {"id": FN_STEP, "object": "thread.run.step.delta",
                                             "delta": {"step_details": {"type": "tool_calls", "tool_calls": [call]}}})

    yield step_delta({"index": 0, "id": FN_CALL, "type": "function",
                      "function": {"name": "lookup_constant", "arguments": "", "output": None}})
    for piece in FN_ARGS:
        yield step_delta({"index": 0, "type": "function", "function": {"arguments": piece}})
    action = {"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": [
        {"id": FN_CALL, "type": "function", "function": {"name": "lookup_constant", "arguments": "".join(FN_ARGS)}}]}}
    yield _ev("thread.run.requires_action", _run("requires_action", required_action=action))


def assistants_after_tool_outputs():
    """The same run once the tool output is in: the function step completes, a message is written."""
    done = fn_step("completed")
    done["step_details"]["tool_calls"][0]["function"]["output"] = "299792458 m/s"
    yield _ev("thread.run.queued", _run("queued"))
    yield _ev("thread.run.in_progress", _run("in_progress"))
    yield _ev("thread.run.step.completed", done)
    yield _ev("thread.run.step.created", message_step("in_progress"))
    yield _ev("thread.message.created", _message(A_MSG_ID, "in_progress", []))
    for piece in ["Light", " travels", " at", " 299,792,458", " m/s", "."]:
        yield _ev("thread.message.delta", {"id": A_MSG_ID, "object": "thread.message.delta",
                                           "delta": {"content": [{"index": 0, "type": "text", "text": {"value": piece}}]}})
    msg = _message(A_MSG_ID, "completed", [{"type": "text", "text": {
        "value": "Light travels at 299,792,458 m/s.", "annotations": []}}])
    yield _ev("thread.message.completed", msg)
    yield _ev("thread.run.step.completed", message_step("completed"))
    yield _ev("thread.run.completed", _run("completed"))


def assistants_sse(events):
    return b"".join(f"event: {e['event']}\ndata: ".encode() + json.dumps(e["data"]).encode() + b"\n\n"
                    for e in events()) + b"event: done\ndata: [DONE]\n\n"


def page(items):
    return {"object": "list", "data": items, "first_id": items[0]["id"] if items else None,
            "last_id": items[-1]["id"] if items else None, "has_more": False}
