"""The request-side and shared types: every name the official SDK (2.8.1) exports for the covered
resources imports from the matching ``openai_table.types`` path, the TypedDicts are plain dicts
the client sends unchanged, and the new response models structure from API data.

The official names are recorded below (generated once from the installed ``openai==2.8.1``: the
public, non-module names of each module, minus typing helpers and ``openai._types`` plumbing such
as ``SequenceNotStr``; for ``openai.types`` only the covered resources and the shared types).
``test_recorded_names_match_the_official_sdk`` re-derives them when ``openai`` is installed.
"""

import importlib
import inspect
import json
import typing

import attrs
import httpx
import pytest

from openai_table import OpenAI

from _mock import API_KEY, clean_env  # noqa: F401  (clean_env: autouse)

OFFICIAL = {
    "openai.types": [
        "AllModels", "Batch", "BatchCreateParams", "BatchError", "BatchListParams", "BatchRequestCounts",
        "BatchUsage", "ChatModel", "ComparisonFilter", "Completion", "CompletionChoice",
        "CompletionCreateParams", "CompletionUsage", "CompoundFilter", "CreateEmbeddingResponse",
        "CustomToolInputFormat", "Embedding", "EmbeddingCreateParams", "EmbeddingModel", "ErrorObject",
        "FileContent", "FileCreateParams", "FileDeleted", "FileListParams", "FileObject", "FilePurpose",
        "FunctionDefinition", "FunctionParameters", "Metadata", "Model", "ModelDeleted", "Moderation",
        "ModerationCreateParams", "ModerationCreateResponse", "ModerationImageURLInputParam",
        "ModerationModel", "ModerationMultiModalInputParam", "ModerationTextInputParam", "Reasoning",
        "ReasoningEffort", "ResponseFormatJSONObject", "ResponseFormatJSONSchema", "ResponseFormatText",
        "ResponseFormatTextGrammar", "ResponseFormatTextPython", "ResponsesModel",
    ],
    "openai.types.chat": [
        "ChatCompletion", "ChatCompletionAllowedToolChoiceParam", "ChatCompletionAllowedToolsParam",
        "ChatCompletionAssistantMessageParam", "ChatCompletionAudio", "ChatCompletionAudioParam",
        "ChatCompletionChunk", "ChatCompletionContentPartImage", "ChatCompletionContentPartImageParam",
        "ChatCompletionContentPartInputAudioParam", "ChatCompletionContentPartParam",
        "ChatCompletionContentPartRefusalParam", "ChatCompletionContentPartText",
        "ChatCompletionContentPartTextParam", "ChatCompletionCustomToolParam", "ChatCompletionDeleted",
        "ChatCompletionDeveloperMessageParam", "ChatCompletionFunctionCallOptionParam",
        "ChatCompletionFunctionMessageParam", "ChatCompletionFunctionTool", "ChatCompletionFunctionToolParam",
        "ChatCompletionMessage", "ChatCompletionMessageCustomToolCall",
        "ChatCompletionMessageCustomToolCallParam", "ChatCompletionMessageFunctionToolCall",
        "ChatCompletionMessageFunctionToolCallParam", "ChatCompletionMessageParam",
        "ChatCompletionMessageToolCall", "ChatCompletionMessageToolCallParam",
        "ChatCompletionMessageToolCallUnion", "ChatCompletionMessageToolCallUnionParam",
        "ChatCompletionModality", "ChatCompletionNamedToolChoiceCustomParam",
        "ChatCompletionNamedToolChoiceParam", "ChatCompletionPredictionContentParam",
        "ChatCompletionReasoningEffort", "ChatCompletionRole", "ChatCompletionStoreMessage",
        "ChatCompletionStreamOptionsParam", "ChatCompletionSystemMessageParam", "ChatCompletionTokenLogprob",
        "ChatCompletionToolChoiceOptionParam", "ChatCompletionToolMessageParam", "ChatCompletionToolParam",
        "ChatCompletionToolUnionParam", "ChatCompletionUserMessageParam", "CompletionCreateParams",
        "CompletionListParams", "CompletionUpdateParams", "ParsedChatCompletion",
        "ParsedChatCompletionMessage", "ParsedChoice", "ParsedFunction", "ParsedFunctionToolCall",
    ],
    "openai.types.shared": [
        "AllModels", "ChatModel", "ComparisonFilter", "CompoundFilter", "CustomToolInputFormat", "ErrorObject",
        "FunctionDefinition", "FunctionParameters", "Metadata", "Reasoning", "ReasoningEffort",
        "ResponseFormatJSONObject", "ResponseFormatJSONSchema", "ResponseFormatText",
        "ResponseFormatTextGrammar", "ResponseFormatTextPython", "ResponsesModel",
    ],
    "openai.types.shared_params": [
        "ChatModel", "ComparisonFilter", "CompoundFilter", "CustomToolInputFormat", "FunctionDefinition",
        "FunctionParameters", "Metadata", "Reasoning", "ReasoningEffort", "ResponseFormatJSONObject",
        "ResponseFormatJSONSchema", "ResponseFormatText", "ResponsesModel",
    ],
    "openai.types.chat.completion_create_params": [
        "ChatCompletionAudioParam", "ChatCompletionFunctionCallOptionParam", "ChatCompletionMessageParam",
        "ChatCompletionPredictionContentParam", "ChatCompletionStreamOptionsParam",
        "ChatCompletionToolChoiceOptionParam", "ChatCompletionToolUnionParam", "ChatModel",
        "CompletionCreateParams", "CompletionCreateParamsBase", "CompletionCreateParamsNonStreaming",
        "CompletionCreateParamsStreaming", "Function", "FunctionCall", "FunctionParameters", "Metadata",
        "ReasoningEffort", "ResponseFormat", "ResponseFormatJSONObject", "ResponseFormatJSONSchema",
        "ResponseFormatText", "WebSearchOptions", "WebSearchOptionsUserLocation",
        "WebSearchOptionsUserLocationApproximate",
    ],
    "openai.types.chat.chat_completion_message_param": [
        "ChatCompletionAssistantMessageParam", "ChatCompletionDeveloperMessageParam",
        "ChatCompletionFunctionMessageParam", "ChatCompletionMessageParam", "ChatCompletionSystemMessageParam",
        "ChatCompletionToolMessageParam", "ChatCompletionUserMessageParam",
    ],
    "openai.types.chat.chat_completion_tool_param": [
        "ChatCompletionFunctionToolParam", "ChatCompletionToolParam", "FunctionDefinition",
    ],
    "openai.types.chat.chat_completion_content_part_param": [
        "ChatCompletionContentPartImageParam", "ChatCompletionContentPartInputAudioParam",
        "ChatCompletionContentPartParam", "ChatCompletionContentPartTextParam", "File", "FileFile",
    ],
    "openai.types.completion_create_params": [
        "ChatCompletionStreamOptionsParam", "CompletionCreateParams", "CompletionCreateParamsBase",
        "CompletionCreateParamsNonStreaming", "CompletionCreateParamsStreaming",
    ],
    "openai.types.embedding_create_params": [
        "EmbeddingCreateParams", "EmbeddingModel",
    ],
    "openai.types.moderation_create_params": [
        "ModerationCreateParams", "ModerationModel", "ModerationMultiModalInputParam",
    ],
    "openai.types.file_create_params": [
        "ExpiresAfter", "FileCreateParams", "FilePurpose",
    ],
    "openai.types.batch_create_params": [
        "BatchCreateParams", "Metadata", "OutputExpiresAfter",
    ],
    "openai.types.chat.completion_list_params": [
        "CompletionListParams", "Metadata",
    ],
}

OTHER_RESOURCES = [
    "AudioModel", "AudioResponseFormat", "AutoFileChunkingStrategyParam", "ContainerCreateParams",
    "ContainerCreateResponse", "ContainerListParams", "ContainerListResponse", "ContainerRetrieveResponse",
    "EvalCreateParams", "EvalCreateResponse", "EvalCustomDataSourceConfig", "EvalDeleteResponse",
    "EvalListParams", "EvalListResponse", "EvalRetrieveResponse", "EvalStoredCompletionsDataSourceConfig",
    "EvalUpdateParams", "EvalUpdateResponse", "FileChunkingStrategy", "FileChunkingStrategyParam", "Image",
    "ImageCreateVariationParams", "ImageEditCompletedEvent", "ImageEditParams", "ImageEditPartialImageEvent",
    "ImageEditStreamEvent", "ImageGenCompletedEvent", "ImageGenPartialImageEvent", "ImageGenStreamEvent",
    "ImageGenerateParams", "ImageModel", "ImagesResponse", "OtherFileChunkingStrategyObject",
    "StaticFileChunkingStrategy", "StaticFileChunkingStrategyObject", "StaticFileChunkingStrategyObjectParam",
    "StaticFileChunkingStrategyParam", "Upload", "UploadCompleteParams", "UploadCreateParams", "VectorStore",
    "VectorStoreCreateParams", "VectorStoreDeleted", "VectorStoreListParams", "VectorStoreSearchParams",
    "VectorStoreSearchResponse", "VectorStoreUpdateParams", "Video", "VideoCreateError", "VideoCreateParams",
    "VideoDeleteResponse", "VideoDownloadContentParams", "VideoListParams", "VideoModel", "VideoRemixParams",
    "VideoSeconds", "VideoSize", "WebsocketConnectionOptions",
]


# The helpers the official modules import that are not types of their own.
_PLUMBING_MODULES = ("typing", "typing_extensions", "collections.abc", "openai._types")


def _official_public_names(module_name: str):
    mod = importlib.import_module(module_name)
    helpers = [importlib.import_module(m) for m in _PLUMBING_MODULES]
    names = []
    for name in dir(mod):
        value = getattr(mod, name)
        if name.startswith("_") or name == "annotations" or inspect.ismodule(value):
            continue
        if any(getattr(h, name, object()) is value for h in helpers):
            continue
        names.append(name)
    return sorted(names)


def test_recorded_names_match_the_official_sdk():
    openai = pytest.importorskip("openai")
    if openai.__version__ != "2.8.1":
        pytest.skip(f"the lists were recorded from openai 2.8.1, not {openai.__version__}")
    for module_name, recorded in OFFICIAL.items():
        official = _official_public_names(module_name)
        if module_name == "openai.types":
            assert sorted(recorded + OTHER_RESOURCES) == official
        else:
            assert recorded == official, module_name


def _mirror(module_name: str):
    return importlib.import_module(module_name.replace("openai.", "openai_table.", 1))


@pytest.mark.parametrize("module_name", sorted(OFFICIAL))
def test_official_names_import_from_the_mirror(module_name):
    mirror = _mirror(module_name)
    missing = [n for n in OFFICIAL[module_name] if not hasattr(mirror, n)]
    assert missing == []
    assert set(OFFICIAL[module_name]) <= set(mirror.__all__)


@pytest.mark.parametrize("module_name", sorted(OFFICIAL))
def test_mirror_modules_define_no_classes(module_name):
    """The ``types`` modules only re-export what ``openai_table.models`` defines."""
    mirror = _mirror(module_name)
    defined_here = [
        n for n in mirror.__all__ if inspect.isclass(getattr(mirror, n)) and getattr(mirror, n).__module__ == mirror.__name__
    ]
    assert defined_here == []


def _is_model(value) -> bool:
    return inspect.isclass(value) and attrs.has(value)


def test_params_are_typeddicts_and_responses_are_models():
    for module_name, names in OFFICIAL.items():
        mirror = _mirror(module_name)
        for name in names:
            value = getattr(mirror, name)
            if not inspect.isclass(value) or value.__module__ == "builtins":  # FileContent = str
                continue
            params_side = name.endswith(("Param", "Params")) or module_name.endswith(("_param", "_params"))
            if params_side:
                assert typing.is_typeddict(value), f"{module_name}.{name}"
            else:
                assert _is_model(value), f"{module_name}.{name}"


def test_same_name_differs_by_side():
    from openai_table.types import FunctionDefinition as ModelFD
    from openai_table.types.chat.chat_completion_tool_param import FunctionDefinition as ParamFD
    from openai_table.types.shared import ResponseFormatJSONSchema as ModelRF
    from openai_table.types.shared_params import FunctionDefinition as SharedParamFD
    from openai_table.types.chat.completion_create_params import ResponseFormatJSONSchema as ParamRF

    assert _is_model(ModelFD) and _is_model(ModelRF)
    assert typing.is_typeddict(ParamFD) and typing.is_typeddict(ParamRF)
    assert ParamFD is SharedParamFD


def test_required_keys_and_deprecated_aliases():
    from openai_table.types.chat import (
        ChatCompletionMessageToolCallParam, ChatCompletionMessageFunctionToolCallParam, ChatCompletionToolParam,
        ChatCompletionFunctionToolParam, ChatCompletionUserMessageParam, ChatCompletionAssistantMessageParam,
    )
    from openai_table.types.chat.completion_create_params import (
        CompletionCreateParamsNonStreaming, CompletionCreateParamsStreaming,
    )

    assert ChatCompletionToolParam is ChatCompletionFunctionToolParam
    assert ChatCompletionMessageToolCallParam is ChatCompletionMessageFunctionToolCallParam
    assert ChatCompletionUserMessageParam.__required_keys__ == {"role", "content"}
    assert ChatCompletionUserMessageParam.__optional_keys__ == {"name"}
    assert ChatCompletionAssistantMessageParam.__required_keys__ == {"role"}
    assert CompletionCreateParamsStreaming.__required_keys__ == {"messages", "model", "stream"}
    assert CompletionCreateParamsNonStreaming.__required_keys__ == {"messages", "model"}
    assert "stream" in CompletionCreateParamsNonStreaming.__optional_keys__


def test_plain_aliases():
    from openai_table.types import ChatModel, EmbeddingModel, FilePurpose, FunctionParameters, ReasoningEffort, ResponsesModel
    from openai_table.types.chat import ChatCompletionRole

    assert "gpt-4o" in typing.get_args(ChatModel)
    assert str in typing.get_args(ResponsesModel) and ChatModel in typing.get_args(ResponsesModel)
    assert typing.get_args(EmbeddingModel) == ("text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large")
    assert "batch" in typing.get_args(FilePurpose)
    assert FunctionParameters == typing.Dict[str, object]
    assert type(None) in typing.get_args(ReasoningEffort)
    assert set(typing.get_args(ChatCompletionRole)) == {"developer", "system", "user", "assistant", "tool", "function"}


# -- TypedDicts at runtime ---------------------------------------------------------------------

CHAT_REPLY = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o",
    "choices": [
        {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "{\"city\": \"Paris\"}"}}
    ],
}


def _client(sent: list) -> OpenAI:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json=CHAT_REPLY)

    return OpenAI(api_key=API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)))


def test_typeddicts_are_plain_dicts_sent_unchanged():
    from openai_table.types.chat import (
        ChatCompletionAssistantMessageParam, ChatCompletionContentPartImageParam, ChatCompletionContentPartTextParam,
        ChatCompletionMessageParam, ChatCompletionNamedToolChoiceParam, ChatCompletionSystemMessageParam,
        ChatCompletionToolMessageParam, ChatCompletionToolParam, ChatCompletionUserMessageParam,
    )
    from openai_table.types.shared_params import FunctionDefinition, ResponseFormatJSONSchema

    user = ChatCompletionUserMessageParam(role="user", content="hi")
    assert user == {"role": "user", "content": "hi"}
    assert type(user) is dict

    messages: typing.List[ChatCompletionMessageParam] = [
        ChatCompletionSystemMessageParam(role="system", content="Answer in JSON."),
        user,
        ChatCompletionUserMessageParam(
            role="user",
            content=[
                ChatCompletionContentPartTextParam(type="text", text="Where is this?"),
                ChatCompletionContentPartImageParam(type="image_url", image_url={"url": "https://x/e.png", "detail": "low"}),
            ],
        ),
        ChatCompletionAssistantMessageParam(
            role="assistant",
            content=None,
            tool_calls=[{"id": "call_1", "type": "function", "function": {"name": "locate", "arguments": "{}"}}],
        ),
        ChatCompletionToolMessageParam(role="tool", tool_call_id="call_1", content="Paris"),
    ]
    tool = ChatCompletionToolParam(
        type="function",
        function=FunctionDefinition(name="locate", parameters={"type": "object", "properties": {}}, strict=True),
    )
    response_format = ResponseFormatJSONSchema(
        type="json_schema", json_schema={"name": "place", "schema": {"type": "object"}, "strict": True}
    )
    sent: list = []
    completion = _client(sent).chat.completions.create(
        model="gpt-4o",
        messages=messages,
        tools=[tool],
        tool_choice=ChatCompletionNamedToolChoiceParam(type="function", function={"name": "locate"}),
        response_format=response_format,
    )

    assert sent == [
        {
            "model": "gpt-4o",
            "messages": [
                {"role": "system", "content": "Answer in JSON."},
                {"role": "user", "content": "hi"},
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "Where is this?"},
                        {"type": "image_url", "image_url": {"url": "https://x/e.png", "detail": "low"}},
                    ],
                },
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {"id": "call_1", "type": "function", "function": {"name": "locate", "arguments": "{}"}}
                    ],
                },
                {"role": "tool", "tool_call_id": "call_1", "content": "Paris"},
            ],
            "tools": [
                {
                    "type": "function",
                    "function": {"name": "locate", "parameters": {"type": "object", "properties": {}}, "strict": True},
                }
            ],
            "tool_choice": {"type": "function", "function": {"name": "locate"}},
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "place", "schema": {"type": "object"}, "strict": True},
            },
        }
    ]
    assert completion.choices[0].message.content == '{"city": "Paris"}'


def test_create_params_typeddict_as_keyword_arguments():
    from openai_table.types.chat.completion_create_params import CompletionCreateParamsNonStreaming, WebSearchOptions

    params = CompletionCreateParamsNonStreaming(
        model="gpt-4o-search-preview",
        messages=[{"role": "user", "content": "news?"}],
        web_search_options=WebSearchOptions(search_context_size="low"),
        max_completion_tokens=5,
    )
    sent: list = []
    _client(sent).chat.completions.create(**params)
    assert sent == [
        {
            "model": "gpt-4o-search-preview",
            "messages": [{"role": "user", "content": "news?"}],
            "web_search_options": {"search_context_size": "low"},
            "max_completion_tokens": 5,
        }
    ]


# -- the new response models -------------------------------------------------------------------


def test_response_format_json_schema_structures():
    from openai_table.models.shared import JSONSchema
    from openai_table.types import ResponseFormatJSONSchema

    data = {
        "type": "json_schema",
        "json_schema": {"name": "place", "description": "A place", "schema": {"type": "object"}, "strict": True},
    }
    rf = ResponseFormatJSONSchema.construct(**data)
    assert type(rf) is ResponseFormatJSONSchema
    assert type(rf.json_schema) is JSONSchema
    assert rf.json_schema.name == "place"
    assert rf.json_schema.schema_ == {"type": "object"}
    assert rf.json_schema.strict is True
    assert rf.to_dict() == data


def test_function_tool_structures():
    from openai_table.types import FunctionDefinition
    from openai_table.types.chat import ChatCompletionFunctionTool

    data = {"type": "function", "function": {"name": "locate", "parameters": {"type": "object"}, "strict": False}}
    tool = ChatCompletionFunctionTool.construct(**data)
    assert type(tool.function) is FunctionDefinition
    assert (tool.type, tool.function.name, tool.function.parameters, tool.function.strict) == (
        "function", "locate", {"type": "object"}, False,
    )
    assert tool.function.description is None
    assert tool.to_dict() == data
    assert ChatCompletionFunctionTool().type == "function"


def test_custom_tool_input_format_union_goes_by_type_tag():
    from openai_table._converter import structure
    from openai_table.models.shared import CustomToolInputFormatGrammar, CustomToolInputFormatText
    from openai_table.types import CustomToolInputFormat

    grammar = structure({"type": "grammar", "definition": "start: WORD", "syntax": "lark"}, CustomToolInputFormat)
    assert type(grammar) is CustomToolInputFormatGrammar and grammar.syntax == "lark"
    assert type(structure({"type": "text"}, CustomToolInputFormat)) is CustomToolInputFormatText


def test_parsed_chat_completion_structures():
    from openai_table.types.chat import ParsedChatCompletion, ParsedChatCompletionMessage, ParsedFunctionToolCall

    data = dict(CHAT_REPLY)
    data["choices"] = [
        {
            "index": 0,
            "finish_reason": "tool_calls",
            "message": {
                "role": "assistant",
                "content": None,
                "parsed": {"city": "Paris"},
                "tool_calls": [
                    {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}", "parsed_arguments": {}}}
                ],
            },
        }
    ]
    completion = ParsedChatCompletion[dict].construct(**data)
    message = completion.choices[0].message
    assert type(message) is ParsedChatCompletionMessage
    assert message.parsed == {"city": "Paris"}
    assert type(message.tool_calls[0]) is ParsedFunctionToolCall
    assert message.tool_calls[0].function.parsed_arguments == {}
