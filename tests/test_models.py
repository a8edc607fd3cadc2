"""Response models: structuring API JSON, round-tripping it, and the ``types`` import mirror."""

import base64
import copy
import importlib
import json
import struct

import pytest

from openai_table._converter import structure
from openai_table.helpers.embeddings import decode_base64_embeddings
from openai_table.models._base import UnknownModel
from openai_table.models import batches, chat, completions, embeddings, files, models, moderations, shared

# -- sample responses (adapted from the API reference examples) ------------------------------

CHAT_COMPLETION = {
    "id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG",
    "object": "chat.completion",
    "created": 1741570283,
    "model": "gpt-4o-audio-preview-2024-12-17",
    "choices": [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": "The weather in Paris is sunny [1].",
                "refusal": None,
                "annotations": [
                    {
                        "type": "url_citation",
                        "url_citation": {
                            "end_index": 34,
                            "start_index": 29,
                            "title": "Paris forecast",
                            "url": "https://weather.example.com/paris",
                        },
                    }
                ],
                "audio": {
                    "id": "audio_abc123",
                    "expires_at": 1741573883,
                    "data": "UklGRiQAAABXQVZF",
                    "transcript": "The weather in Paris is sunny.",
                },
                "tool_calls": [
                    {
                        "id": "call_fn_1",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": "{\"city\": \"Paris\"}"},
                    },
                    {
                        "id": "call_custom_2",
                        "type": "custom",
                        "custom": {"name": "sql", "input": "SELECT 1"},
                    },
                    {
                        "id": "call_future_3",
                        "type": "hologram",
                        "hologram": {"shape": "cube", "size": 3},
                    },
                ],
            },
            "logprobs": {
                "content": [
                    {
                        "token": "The",
                        "logprob": -0.0012,
                        "bytes": [84, 104, 101],
                        "top_logprobs": [
                            {"token": "The", "logprob": -0.0012, "bytes": [84, 104, 101]},
                            {"token": "It", "logprob": -6.75, "bytes": None},
                        ],
                    }
                ],
                "refusal": None,
            },
            "finish_reason": "tool_calls",
        }
    ],
    "usage": {
        "prompt_tokens": 1117,
        "completion_tokens": 46,
        "total_tokens": 1163,
        "prompt_tokens_details": {"cached_tokens": 1024, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 12,
            "audio_tokens": 20,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 3,
        },
    },
    "service_tier": "default",
    "system_fingerprint": "fp_fc9f1d7035",
}

CHUNKS = [
    {
        "id": "chatcmpl-123",
        "object": "chat.completion.chunk",
        "created": 1694268190,
        "model": "gpt-4o-mini",
        "system_fingerprint": "fp_44709d6fcb",
        "choices": [
            {
                "index": 0,
                "delta": {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "index": 0,
                            "id": "call_abc",
                            "type": "function",
                            "function": {"name": "get_weather", "arguments": ""},
                        }
                    ],
                },
                "logprobs": None,
                "finish_reason": None,
            }
        ],
        "obfuscation": "r4N7vQ2m",
    },
    {
        "id": "chatcmpl-123",
        "object": "chat.completion.chunk",
        "created": 1694268190,
        "model": "gpt-4o-mini",
        "choices": [],
        "usage": {"prompt_tokens": 9, "completion_tokens": 12, "total_tokens": 21},
    },
]

COMPLETION = {
    "id": "cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7",
    "object": "text_completion",
    "created": 1589478378,
    "model": "gpt-3.5-turbo-instruct",
    "system_fingerprint": "fp_44709d6fcb",
    "choices": [
        {
            "text": "\n\nThis is indeed a test",
            "index": 0,
            "logprobs": {
                "tokens": ["\n\n", "This"],
                "token_logprobs": [-0.25, -1.5],
                "top_logprobs": [{"\n\n": -0.25, "\n": -2.0}, {"This": -1.5}],
                "text_offset": [0, 2],
            },
            "finish_reason": "length",
        }
    ],
    "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12},
}

MODERATION = {
    "id": "modr-0d9740456c391e43c445bf0f010940c7",
    "model": "omni-moderation-latest",
    "results": [
        {
            "flagged": True,
            "categories": {
                "harassment": True,
                "harassment/threatening": True,
                "sexual": False,
                "hate": False,
                "hate/threatening": False,
                "illicit": False,
                "illicit/violent": False,
                "self-harm/intent": False,
                "self-harm/instructions": False,
                "self-harm": False,
                "sexual/minors": False,
                "violence": True,
                "violence/graphic": True,
            },
            "category_scores": {
                "harassment": 0.8189693396524255,
                "harassment/threatening": 0.804985420696006,
                "sexual": 1.573112165348997e-6,
                "hate": 0.007562942636942845,
                "hate/threatening": 0.004208854591835476,
                "illicit": 0.030535955153511665,
                "illicit/violent": 0.008925306722380033,
                "self-harm/intent": 0.00023023930975076432,
                "self-harm/instructions": 0.0002293869201073356,
                "self-harm": 0.012598046106750154,
                "sexual/minors": 2.212566909570261e-8,
                "violence": 0.9999992735124786,
                "violence/graphic": 0.843064871157054,
            },
            "category_applied_input_types": {
                "harassment": ["text"],
                "harassment/threatening": ["text"],
                "sexual": ["text", "image"],
                "hate": ["text"],
                "hate/threatening": ["text"],
                "illicit": ["text"],
                "illicit/violent": ["text"],
                "self-harm/intent": ["text", "image"],
                "self-harm/instructions": ["text", "image"],
                "self-harm": ["text", "image"],
                "sexual/minors": ["text"],
                "violence": ["text", "image"],
                "violence/graphic": ["text", "image"],
            },
        }
    ],
}

FILE = {
    "id": "file-abc123",
    "object": "file",
    "bytes": 120000,
    "created_at": 1677610602,
    "expires_at": 1680202602,
    "filename": "salesOverview.pdf",
    "purpose": "assistants",
    "status": "processed",
}

BATCH = {
    "id": "batch_abc123",
    "object": "batch",
    "endpoint": "/v1/chat/completions",
    "model": "gpt-5-2025-08-07",
    "errors": {
        "object": "list",
        "data": [
            {"code": "invalid_json", "message": "Line is not valid JSON.", "param": None, "line": 7},
            {"code": "missing_model", "message": "Missing model.", "param": "body.model", "line": 12},
        ],
    },
    "input_file_id": "file-abc123",
    "completion_window": "24h",
    "status": "failed",
    "output_file_id": None,
    "error_file_id": "file-HOWS94",
    "created_at": 1711471533,
    "in_progress_at": None,
    "expires_at": 1711557933,
    "finalizing_at": None,
    "completed_at": None,
    "failed_at": 1711471538,
    "expired_at": None,
    "cancelling_at": None,
    "cancelled_at": None,
    "request_counts": {"total": 100, "completed": 95, "failed": 5},
    "usage": {
        "input_tokens": 1500,
        "input_tokens_details": {"cached_tokens": 1024},
        "output_tokens": 500,
        "output_tokens_details": {"reasoning_tokens": 300},
        "total_tokens": 2000,
    },
    "metadata": {"customer_id": "user_123456789", "batch_description": "Nightly eval job"},
}


def _embedding_response(vectors):
    return {
        "object": "list",
        "data": [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)],
        "model": "text-embedding-3-small",
        "usage": {"prompt_tokens": 8, "total_tokens": 8},
    }


# -- chat completions ------------------------------------------------------------------------


def test_chat_completion_structure():
    c = structure(copy.deepcopy(CHAT_COMPLETION), chat.ChatCompletion)
    assert type(c) is chat.ChatCompletion
    assert c.id == "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG"
    assert c.created == 1741570283
    assert c.service_tier == "default"
    choice = c.choices[0]
    assert type(choice) is chat.Choice
    assert choice.finish_reason == "tool_calls" and choice.index == 0
    msg = choice.message
    assert type(msg) is chat.ChatCompletionMessage
    assert msg.role == "assistant" and msg.refusal is None
    assert msg.content == "The weather in Paris is sunny [1]."


def test_chat_completion_tool_calls_union():
    msg = structure(copy.deepcopy(CHAT_COMPLETION), chat.ChatCompletion).choices[0].message
    fn, custom, future = msg.tool_calls
    assert type(fn) is chat.ChatCompletionMessageFunctionToolCall
    assert type(fn.function) is chat.Function
    assert fn.id == "call_fn_1" and fn.type == "function"
    assert json.loads(fn.function.arguments) == {"city": "Paris"}
    assert fn.function.name == "get_weather"

    assert type(custom) is chat.ChatCompletionMessageCustomToolCall
    assert type(custom.custom) is chat.Custom
    assert (custom.id, custom.custom.name, custom.custom.input) == ("call_custom_2", "sql", "SELECT 1")

    # A tool type this version does not know stays reachable, not an error.
    assert type(future) is UnknownModel
    assert future.type == "hologram"
    assert future.id == "call_future_3"
    assert future.hologram == {"shape": "cube", "size": 3}
    assert future.to_dict() == CHAT_COMPLETION["choices"][0]["message"]["tool_calls"][2]


def test_chat_completion_logprobs_usage_audio_annotations():
    c = structure(copy.deepcopy(CHAT_COMPLETION), chat.ChatCompletion)
    lp = c.choices[0].logprobs
    assert type(lp) is chat.ChoiceLogprobs
    assert lp.refusal is None
    tok = lp.content[0]
    assert type(tok) is chat.ChatCompletionTokenLogprob
    assert (tok.token, tok.logprob, tok.bytes) == ("The", -0.0012, [84, 104, 101])
    assert [type(t) for t in tok.top_logprobs] == [chat.TopLogprob, chat.TopLogprob]
    assert tok.top_logprobs[1].token == "It" and tok.top_logprobs[1].logprob == -6.75
    assert tok.top_logprobs[1].bytes is None

    u = c.usage
    assert type(u) is shared.CompletionUsage
    assert (u.prompt_tokens, u.completion_tokens, u.total_tokens) == (1117, 46, 1163)
    assert type(u.prompt_tokens_details) is shared.PromptTokensDetails
    assert u.prompt_tokens_details.cached_tokens == 1024
    assert type(u.completion_tokens_details) is shared.CompletionTokensDetails
    assert u.completion_tokens_details.reasoning_tokens == 12
    assert u.completion_tokens_details.rejected_prediction_tokens == 3
    assert u.completion_tokens_details.text_tokens is None  # left out by the server

    msg = c.choices[0].message
    assert type(msg.audio) is chat.ChatCompletionAudio
    assert msg.audio.id == "audio_abc123" and msg.audio.expires_at == 1741573883
    assert msg.audio.transcript == "The weather in Paris is sunny."

    ann = msg.annotations[0]
    assert type(ann) is chat.Annotation and ann.type == "url_citation"
    assert type(ann.url_citation) is chat.AnnotationURLCitation
    assert (ann.url_citation.start_index, ann.url_citation.end_index) == (29, 34)
    assert ann.url_citation.url == "https://weather.example.com/paris"


def test_chat_completion_round_trips():
    c = structure(copy.deepcopy(CHAT_COMPLETION), chat.ChatCompletion)
    assert c.to_dict() == CHAT_COMPLETION
    assert json.loads(c.to_json()) == CHAT_COMPLETION


def test_chat_completion_moderation_superset():
    data = copy.deepcopy(CHAT_COMPLETION)
    data["moderation"] = {
        "input": {
            "type": "moderation_results",
            "model": "omni-moderation-latest",
            "results": [
                {
                    "type": "moderation_result",
                    "model": "omni-moderation-latest",
                    "flagged": False,
                    "categories": {"hate/threatening": False},
                    "category_scores": {"hate/threatening": 0.001},
                    "category_applied_input_types": {"hate/threatening": ["text"]},
                }
            ],
        },
        "output": {"type": "error", "code": "timeout", "message": "Moderation timed out."},
    }
    c = structure(data, chat.ChatCompletion)
    assert type(c.moderation.input) is chat.ChatCompletionModerationResults
    assert c.moderation.input.results[0].categories == {"hate/threatening": False}
    assert type(c.moderation.output) is chat.ChatCompletionModerationError
    assert c.moderation.output.code == "timeout"
    assert c.to_dict()["moderation"] == data["moderation"]


def test_chat_completion_chunk():
    first = structure(copy.deepcopy(CHUNKS[0]), chat.ChatCompletionChunk)
    assert type(first) is chat.ChatCompletionChunk
    assert first.obfuscation == "r4N7vQ2m"
    assert first.usage is None
    choice = first.choices[0]
    assert type(choice) is chat.ChunkChoice
    assert choice.finish_reason is None and choice.logprobs is None
    assert type(choice.delta) is chat.ChoiceDelta
    assert choice.delta.role == "assistant"
    call = choice.delta.tool_calls[0]
    assert type(call) is chat.ChoiceDeltaToolCall
    assert (call.index, call.id, call.type) == (0, "call_abc", "function")
    assert type(call.function) is chat.ChoiceDeltaToolCallFunction
    assert call.function.name == "get_weather" and call.function.arguments == ""
    assert first.to_dict() == CHUNKS[0]

    last = structure(copy.deepcopy(CHUNKS[1]), chat.ChatCompletionChunk)
    assert last.choices == []
    assert type(last.usage) is shared.CompletionUsage and last.usage.total_tokens == 21
    assert "system_fingerprint" not in last.to_dict()


def test_chat_completion_store_message_content_parts():
    data = {
        "id": "chatcmpl-abc-0",
        "role": "assistant",
        "content": "Look at this",
        "refusal": None,
        "content_parts": [
            {"type": "text", "text": "Look at this"},
            {"type": "image_url", "image_url": {"url": "https://example.com/cat.png", "detail": "low"}},
        ],
    }
    m = structure(copy.deepcopy(data), chat.ChatCompletionStoreMessage)
    assert isinstance(m, chat.ChatCompletionMessage)
    assert m.id == "chatcmpl-abc-0" and m.content == "Look at this"
    text, image = m.content_parts
    assert type(text) is chat.ChatCompletionContentPartText and text.text == "Look at this"
    assert type(image) is chat.ChatCompletionContentPartImage
    assert type(image.image_url) is chat.ImageURL
    assert (image.image_url.url, image.image_url.detail) == ("https://example.com/cat.png", "low")
    assert m.to_dict() == data


def test_chat_completion_deleted():
    d = structure({"object": "chat.completion.deleted", "id": "chatcmpl-1", "deleted": True}, chat.ChatCompletionDeleted)
    assert (d.id, d.deleted, d.object) == ("chatcmpl-1", True, "chat.completion.deleted")


# -- leniency and serialization --------------------------------------------------------------


def test_undeclared_field_is_kept():
    data = {"id": "gpt-4o", "object": "model", "created": 1686935002, "owned_by": "openai", "brand_new_field": 1}
    m = structure(dict(data), models.Model)
    assert m.brand_new_field == 1
    assert m.model_extra == {"brand_new_field": 1}
    assert m.to_dict() == data
    with pytest.raises(AttributeError):
        m.not_sent_at_all


def test_missing_optional_field_is_none_and_absent():
    m = structure({"id": "gpt-4o", "object": "model", "created": 1686935002, "owned_by": "openai"}, models.Model)
    assert m.shutdown_date is None
    assert "shutdown_date" not in m.to_dict()
    # An explicit null is what the server sent, so it stays.
    m2 = structure({"id": "x", "shutdown_date": None}, models.Model)
    assert m2.to_dict() == {"id": "x", "shutdown_date": None}
    assert m2.to_dict(exclude_none=True) == {"id": "x"}


def test_model_deleted():
    d = structure({"id": "ft:gpt-4o-mini:acme:suffix:abc123", "object": "model", "deleted": True}, models.ModelDeleted)
    assert type(d) is models.ModelDeleted
    assert d.deleted is True and d.id == "ft:gpt-4o-mini:acme:suffix:abc123"


def test_hand_built_model_serializes_set_fields():
    call = chat.ChatCompletionMessageFunctionToolCall(id="call_1", function=chat.Function(name="f", arguments="{}"))
    assert call.to_dict() == {"id": "call_1", "function": {"name": "f", "arguments": "{}"}, "type": "function"}


# -- completions, embeddings, moderations, files, batches ------------------------------------


def test_completion():
    c = structure(copy.deepcopy(COMPLETION), completions.Completion)
    assert type(c) is completions.Completion
    choice = c.choices[0]
    assert type(choice) is completions.CompletionChoice
    assert choice.text == "\n\nThis is indeed a test" and choice.finish_reason == "length"
    assert type(choice.logprobs) is completions.Logprobs
    assert choice.logprobs.top_logprobs[0] == {"\n\n": -0.25, "\n": -2.0}
    assert choice.logprobs.text_offset == [0, 2]
    assert type(c.usage) is shared.CompletionUsage and c.usage.total_tokens == 12
    assert c.usage.prompt_tokens_details is None
    assert json.loads(c.to_json()) == COMPLETION


def test_create_embedding_response():
    data = _embedding_response([[0.0023064255, -0.009327292], [0.5, 0.25]])
    r = structure(copy.deepcopy(data), embeddings.CreateEmbeddingResponse)
    assert type(r) is embeddings.CreateEmbeddingResponse
    assert [type(e) for e in r.data] == [embeddings.Embedding, embeddings.Embedding]
    assert r.data[0].embedding == [0.0023064255, -0.009327292]
    assert r.data[1].index == 1
    assert type(r.usage) is embeddings.Usage and r.usage.prompt_tokens == 8
    assert r.to_dict() == data


def test_moderation_slash_keys():
    r = structure(copy.deepcopy(MODERATION), moderations.ModerationCreateResponse)
    assert type(r) is moderations.ModerationCreateResponse
    res = r.results[0]
    assert type(res) is moderations.Moderation and res.flagged is True
    cats = res.categories
    assert type(cats) is moderations.Categories
    assert cats.harassment_threatening is True
    assert cats.hate_threatening is False
    assert cats.violence_graphic is True
    assert cats.self_harm is False and cats.self_harm_intent is False
    scores = res.category_scores
    assert type(scores) is moderations.CategoryScores
    assert scores.violence == 0.9999992735124786
    assert scores.self_harm_instructions == 0.0002293869201073356
    assert scores.sexual_minors == 2.212566909570261e-8
    assert scores.illicit_violent == 0.008925306722380033
    types_ = res.category_applied_input_types
    assert type(types_) is moderations.CategoryAppliedInputTypes
    assert types_.self_harm == ["text", "image"] and types_.hate_threatening == ["text"]

    out = r.to_dict()
    assert out == MODERATION
    assert set(out["results"][0]["categories"]) == set(MODERATION["results"][0]["categories"])
    assert "hate_threatening" not in out["results"][0]["categories"]
    assert json.loads(r.to_json()) == MODERATION


def test_file_object_and_deleted():
    f = structure(dict(FILE), files.FileObject)
    assert type(f) is files.FileObject
    assert (f.id, f.bytes, f.filename, f.purpose) == ("file-abc123", 120000, "salesOverview.pdf", "assistants")
    assert f.expires_at == 1680202602 and f.status == "processed"
    assert f.status_details is None and "status_details" not in f.to_dict()
    assert f.to_dict() == FILE
    d = structure({"id": "file-abc123", "object": "file", "deleted": True}, files.FileDeleted)
    assert type(d) is files.FileDeleted and d.deleted is True


def test_batch():
    b = structure(copy.deepcopy(BATCH), batches.Batch)
    assert type(b) is batches.Batch
    assert b.status == "failed" and b.endpoint == "/v1/chat/completions"
    assert type(b.errors) is batches.Errors and b.errors.object == "list"
    e1, e2 = b.errors.data
    assert type(e1) is batches.BatchError
    assert (e1.code, e1.line, e1.param) == ("invalid_json", 7, None)
    assert (e2.code, e2.param, e2.line) == ("missing_model", "body.model", 12)
    rc = b.request_counts
    assert type(rc) is batches.BatchRequestCounts
    assert (rc.total, rc.completed, rc.failed) == (100, 95, 5)
    assert type(b.usage) is batches.BatchUsage
    assert b.usage.input_tokens_details.cached_tokens == 1024
    assert b.usage.output_tokens_details.reasoning_tokens == 300
    assert b.metadata == {"customer_id": "user_123456789", "batch_description": "Nightly eval job"}
    assert b.output_file_id is None and b.failed_at == 1711471538
    assert json.loads(b.to_json()) == BATCH


def test_error_object():
    e = structure(
        {"code": "invalid_api_key", "message": "Incorrect API key provided.", "param": None, "type": "invalid_request_error"},
        shared.ErrorObject,
    )
    assert type(e) is shared.ErrorObject
    assert e.code == "invalid_api_key" and e.type == "invalid_request_error" and e.param is None


# -- base64 embeddings -----------------------------------------------------------------------


def test_decode_base64_embeddings_when_defaulted():
    vecs = [(0.5, -1.25, 3.0), (1e-3, 2.0, -0.0078125)]
    encoded = [base64.b64encode(struct.pack("<3f", *v)).decode() for v in vecs]
    r = structure(_embedding_response(encoded), embeddings.CreateEmbeddingResponse)
    assert r.data[0].embedding == encoded[0]  # structured as sent: a string, not a list of chars
    out = decode_base64_embeddings(r, {"input": "hi", "model": "text-embedding-3-small"}, {"encoding_format"})
    assert out is r
    expected = [list(struct.unpack("<3f", struct.pack("<3f", *v))) for v in vecs]
    assert r.data[0].embedding == [0.5, -1.25, 3.0]
    assert r.data[1].embedding == expected[1]
    assert all(type(x) is float for x in r.data[1].embedding)
    assert r.to_dict()["data"][0]["embedding"] == [0.5, -1.25, 3.0]


def test_decode_base64_embeddings_leaves_callers_choice():
    encoded = base64.b64encode(struct.pack("<3f", 1.0, 2.0, 3.0)).decode()
    r = structure(_embedding_response([encoded]), embeddings.CreateEmbeddingResponse)
    out = decode_base64_embeddings(r, {"encoding_format": "base64"}, set())
    assert out is r and r.data[0].embedding == encoded
    out = decode_base64_embeddings(r, {"encoding_format": "base64"}, {"dimensions"})
    assert r.data[0].embedding == encoded


def _modules_added_by(statement):
    """Modules that ``statement`` imports beyond what ``import openai_table`` already did
    (the package root belongs to the engine and may pull in the client)."""
    import subprocess
    import sys

    code = (
        "import sys, openai_table; before = set(sys.modules); "
        + statement
        + "; print(' '.join(sorted(set(sys.modules) - before)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_decode_does_not_import_numpy():
    added = _modules_added_by("import openai_table.helpers.embeddings")
    assert "openai_table.helpers.embeddings" in added
    assert not {m for m in added if m.split(".")[0] == "numpy"}


# -- the types mirror ------------------------------------------------------------------------

MIRROR = {
    "openai_table.types": [
        "Model", "ModelDeleted", "Completion", "CompletionChoice", "CompletionUsage", "CreateEmbeddingResponse",
        "Embedding", "ModerationCreateResponse", "Moderation", "FileObject", "FileDeleted", "FileContent",
        "Batch", "BatchError", "BatchRequestCounts", "BatchUsage", "ErrorObject", "Metadata",
    ],
    "openai_table.types.chat": [
        "ChatCompletion", "ChatCompletionChunk", "ChatCompletionMessage", "ChatCompletionDeleted",
        "ChatCompletionStoreMessage", "ChatCompletionMessageToolCall", "ChatCompletionMessageFunctionToolCall",
        "ChatCompletionMessageCustomToolCall", "ChatCompletionMessageToolCallUnion", "ChatCompletionTokenLogprob",
        "ChatCompletionAudio", "ChatCompletionContentPartText", "ChatCompletionContentPartImage", "ChatCompletionRole",
    ],
    "openai_table.types.chat.chat_completion": ["ChatCompletion", "Choice", "ChoiceLogprobs"],
    "openai_table.types.chat.chat_completion_chunk": [
        "ChatCompletionChunk", "Choice", "ChoiceDelta", "ChoiceDeltaToolCall", "ChoiceDeltaFunctionCall",
        "ChoiceDeltaToolCallFunction", "ChoiceLogprobs",
    ],
    "openai_table.types.chat.chat_completion_message": [
        "ChatCompletionMessage", "Annotation", "AnnotationURLCitation", "FunctionCall",
    ],
    "openai_table.types.chat.chat_completion_message_tool_call": [
        "ChatCompletionMessageToolCall", "ChatCompletionMessageToolCallUnion", "Function",
    ],
    "openai_table.types.chat.chat_completion_store_message": ["ChatCompletionStoreMessage"],
    "openai_table.types.chat.chat_completion_token_logprob": ["ChatCompletionTokenLogprob", "TopLogprob"],
    "openai_table.types.completion": ["Completion"],
    "openai_table.types.completion_choice": ["CompletionChoice", "Logprobs"],
    "openai_table.types.completion_usage": ["CompletionUsage", "CompletionTokensDetails", "PromptTokensDetails"],
    "openai_table.types.create_embedding_response": ["CreateEmbeddingResponse", "Usage"],
    "openai_table.types.embedding": ["Embedding"],
    "openai_table.types.moderation": ["Moderation", "Categories", "CategoryScores", "CategoryAppliedInputTypes"],
    "openai_table.types.moderation_create_response": ["ModerationCreateResponse"],
    "openai_table.types.file_object": ["FileObject"],
    "openai_table.types.file_deleted": ["FileDeleted"],
    "openai_table.types.batch": ["Batch", "Errors"],
    "openai_table.types.batch_usage": ["BatchUsage", "InputTokensDetails", "OutputTokensDetails"],
    "openai_table.types.model": ["Model"],
    "openai_table.types.model_deleted": ["ModelDeleted"],
    "openai_table.types.shared": ["ErrorObject", "Metadata"],
}


@pytest.mark.parametrize("module", sorted(MIRROR))
def test_types_mirror_imports(module):
    mod = importlib.import_module(module)
    missing = [n for n in MIRROR[module] if not hasattr(mod, n)]
    assert missing == []
    assert set(MIRROR[module]) <= set(mod.__all__)


def test_types_mirror_points_at_the_models():
    from openai_table.types import FileContent, Moderation
    from openai_table.types.chat import ChatCompletionMessageToolCall, ChatCompletionMessageToolCallUnion
    from openai_table.types.chat.chat_completion import Choice
    from openai_table.types.chat.chat_completion_chunk import Choice as ChunkChoice
    from openai_table.types.chat.chat_completion_chunk import ChoiceLogprobs as ChunkChoiceLogprobs

    assert Moderation is moderations.Moderation
    assert FileContent is str
    assert Choice is chat.Choice
    assert ChunkChoice is chat.ChunkChoice and ChunkChoice is not Choice
    assert ChunkChoiceLogprobs is chat.ChunkChoiceLogprobs
    assert ChatCompletionMessageToolCall is chat.ChatCompletionMessageFunctionToolCall
    assert set(ChatCompletionMessageToolCallUnion.__args__) == {
        chat.ChatCompletionMessageFunctionToolCall,
        chat.ChatCompletionMessageCustomToolCall,
    }


def test_types_package_is_import_light():
    added = _modules_added_by("import openai_table.types, openai_table.types.chat")
    assert "openai_table.models.chat" in added
    assert not {m for m in added if m.split(".")[0] in ("httpx", "numpy", "pydantic")}
    assert not {m for m in added if m.startswith("openai_table._client")}
