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
