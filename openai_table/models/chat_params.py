"""Request-side shapes of the /chat/completions endpoints, as plain dicts (``TypedDict``).

Build them by keyword (``ChatCompletionUserMessageParam(role="user", content="hi")``) or write
the dict literal; either way the client sends the dict unchanged. Nested shapes the official SDK
names only inside one file (``Function``, ``Custom``) carry a longer, unique name here where two
of them would clash; ``openai_table.types.chat.*`` re-exports them under the official names.
"""

from typing import Dict, Iterable, List, Literal, Optional, Required, Sequence, TypedDict, Union

from .shared import ChatModel, FunctionParameters, Metadata, ReasoningEffort
from .shared_params import (
    FunctionDefinition,
    ResponseFormatJSONObject,
    ResponseFormatJSONSchema,
    ResponseFormatText,
)

__all__ = [
    # content parts
    "ChatCompletionContentPartTextParam",
    "ImageURL",
    "ChatCompletionContentPartImageParam",
    "InputAudio",
    "ChatCompletionContentPartInputAudioParam",
    "FileFile",
    "File",
    "ChatCompletionContentPartParam",
    "ChatCompletionContentPartRefusalParam",
    # tool calls sent back in assistant messages
    "ToolCallFunction",
    "ChatCompletionMessageFunctionToolCallParam",
    "ToolCallCustom",
    "ChatCompletionMessageCustomToolCallParam",
    "ChatCompletionMessageToolCallUnionParam",
    "ChatCompletionMessageToolCallParam",
    # messages
    "ChatCompletionDeveloperMessageParam",
    "ChatCompletionSystemMessageParam",
    "ChatCompletionUserMessageParam",
    "AssistantAudio",
    "AssistantFunctionCall",
    "ContentArrayOfContentPart",
    "ChatCompletionAssistantMessageParam",
    "ChatCompletionToolMessageParam",
    "ChatCompletionFunctionMessageParam",
    "ChatCompletionMessageParam",
    # tools
    "ChatCompletionFunctionToolParam",
    "ChatCompletionToolParam",
    "CustomFormatText",
    "CustomFormatGrammarGrammar",
    "CustomFormatGrammar",
    "CustomFormat",
    "CustomToolDefinition",
    "ChatCompletionCustomToolParam",
    "ChatCompletionToolUnionParam",
    # tool choice
    "ChatCompletionAllowedToolsParam",
    "ChatCompletionAllowedToolChoiceParam",
    "NamedToolChoiceFunction",
    "ChatCompletionNamedToolChoiceParam",
    "NamedToolChoiceCustom",
    "ChatCompletionNamedToolChoiceCustomParam",
    "ChatCompletionToolChoiceOptionParam",
    "ChatCompletionFunctionCallOptionParam",
    # other create options
    "ChatCompletionAudioParam",
    "ChatCompletionPredictionContentParam",
    "ChatCompletionStreamOptionsParam",
    "Function",
    "FunctionCall",
    "ResponseFormat",
    "WebSearchOptionsUserLocationApproximate",
    "WebSearchOptionsUserLocation",
    "WebSearchOptions",
    # whole requests
    "CompletionCreateParamsBase",
    "CompletionCreateParamsNonStreaming",
    "CompletionCreateParamsStreaming",
    "CompletionCreateParams",
    "CompletionListParams",
    "CompletionUpdateParams",
    "MessageListParams",
]


# -- content parts ---------------------------------------------------------------------------


class ChatCompletionContentPartTextParam(TypedDict, total=False):
    """A text part of a message."""

    text: Required[str]
    type: Required[Literal["text"]]


class ImageURL(TypedDict, total=False):
    """An image by URL or data URL, and the detail to look at it with."""

    url: Required[str]
    detail: Literal["auto", "low", "high"]


class ChatCompletionContentPartImageParam(TypedDict, total=False):
    """An image part of a user message."""

    image_url: Required[ImageURL]
    type: Required[Literal["image_url"]]


class InputAudio(TypedDict, total=False):
    """Base64 audio and its format."""

    data: Required[str]
    format: Required[Literal["wav", "mp3"]]


class ChatCompletionContentPartInputAudioParam(TypedDict, total=False):
    """An audio part of a user message."""

    input_audio: Required[InputAudio]
    type: Required[Literal["input_audio"]]


class FileFile(TypedDict, total=False):
    """A file by uploaded id or inline base64 data."""

    file_data: str
    file_id: str
    filename: str


class File(TypedDict, total=False):
    """A file part of a user message."""

    file: Required[FileFile]
    type: Required[Literal["file"]]


ChatCompletionContentPartParam = Union[
    ChatCompletionContentPartTextParam,
    ChatCompletionContentPartImageParam,
    ChatCompletionContentPartInputAudioParam,
    File,
]


class ChatCompletionContentPartRefusalParam(TypedDict, total=False):
    """A refusal part of an assistant message."""

    refusal: Required[str]
    type: Required[Literal["refusal"]]


# -- tool calls sent back in assistant messages ----------------------------------------------


class ToolCallFunction(TypedDict, total=False):
    """The function a tool call named, with its JSON-encoded arguments."""

    arguments: Required[str]
    name: Required[str]


class ChatCompletionMessageFunctionToolCallParam(TypedDict, total=False):
    """A function tool call the model made earlier."""

    id: Required[str]
    function: Required[ToolCallFunction]
    type: Required[Literal["function"]]


class ToolCallCustom(TypedDict, total=False):
    """The custom tool a call named, with its input."""

    input: Required[str]
    name: Required[str]


class ChatCompletionMessageCustomToolCallParam(TypedDict, total=False):
    """A custom tool call the model made earlier."""

    id: Required[str]
    custom: Required[ToolCallCustom]
    type: Required[Literal["custom"]]


ChatCompletionMessageToolCallUnionParam = Union[
    ChatCompletionMessageFunctionToolCallParam, ChatCompletionMessageCustomToolCallParam
]
# Deprecated name kept by the official SDK.
ChatCompletionMessageToolCallParam = ChatCompletionMessageFunctionToolCallParam


# -- messages --------------------------------------------------------------------------------


class ChatCompletionDeveloperMessageParam(TypedDict, total=False):
    """Instructions from the developer (replaces system messages on newer models)."""

    content: Required[Union[str, Iterable[ChatCompletionContentPartTextParam]]]
    role: Required[Literal["developer"]]
    name: str


class ChatCompletionSystemMessageParam(TypedDict, total=False):
    """Instructions from the system."""

    content: Required[Union[str, Iterable[ChatCompletionContentPartTextParam]]]
    role: Required[Literal["system"]]
    name: str


class ChatCompletionUserMessageParam(TypedDict, total=False):
    """A message from the user: text, or a list of content parts."""

    content: Required[Union[str, Iterable[ChatCompletionContentPartParam]]]
    role: Required[Literal["user"]]
    name: str


class AssistantAudio(TypedDict, total=False):
    """A reference to audio the model produced earlier."""

    id: Required[str]


class AssistantFunctionCall(TypedDict, total=False):
    """The deprecated single function call of an assistant message."""

    arguments: Required[str]
    name: Required[str]


# A part of an assistant message's content list.
ContentArrayOfContentPart = Union[ChatCompletionContentPartTextParam, ChatCompletionContentPartRefusalParam]


class ChatCompletionAssistantMessageParam(TypedDict, total=False):
    """A message the model wrote earlier, sent back as history."""

    role: Required[Literal["assistant"]]
    audio: Optional[AssistantAudio]
    content: Union[str, Iterable[ContentArrayOfContentPart], None]
    function_call: Optional[AssistantFunctionCall]
    name: str
    refusal: Optional[str]
    tool_calls: Iterable[ChatCompletionMessageToolCallUnionParam]


class ChatCompletionToolMessageParam(TypedDict, total=False):
    """The result of a tool call."""

    content: Required[Union[str, Iterable[ChatCompletionContentPartTextParam]]]
    role: Required[Literal["tool"]]
    tool_call_id: Required[str]


class ChatCompletionFunctionMessageParam(TypedDict, total=False):
    """The result of a deprecated function call."""

    content: Required[Optional[str]]
    name: Required[str]
    role: Required[Literal["function"]]


ChatCompletionMessageParam = Union[
    ChatCompletionDeveloperMessageParam,
    ChatCompletionSystemMessageParam,
    ChatCompletionUserMessageParam,
    ChatCompletionAssistantMessageParam,
    ChatCompletionToolMessageParam,
    ChatCompletionFunctionMessageParam,
]


# -- tools -----------------------------------------------------------------------------------


class ChatCompletionFunctionToolParam(TypedDict, total=False):
    """A function tool the model may call."""

    function: Required[FunctionDefinition]
    type: Required[Literal["function"]]


# Deprecated name kept by the official SDK.
ChatCompletionToolParam = ChatCompletionFunctionToolParam


class CustomFormatText(TypedDict, total=False):
    """Unconstrained text input for a custom tool."""

    type: Required[Literal["text"]]


class CustomFormatGrammarGrammar(TypedDict, total=False):
    """A Lark or regex grammar."""

    definition: Required[str]
    syntax: Required[Literal["lark", "regex"]]


class CustomFormatGrammar(TypedDict, total=False):
    """Grammar-constrained input for a custom tool."""

    grammar: Required[CustomFormatGrammarGrammar]
    type: Required[Literal["grammar"]]


# The input format of a custom tool.
CustomFormat = Union[CustomFormatText, CustomFormatGrammar]


class CustomToolDefinition(TypedDict, total=False):
    """A custom tool: its name, description and input format."""

    name: Required[str]
    description: str
    format: CustomFormat


class ChatCompletionCustomToolParam(TypedDict, total=False):
    """A custom tool the model may call with free-form input."""

    custom: Required[CustomToolDefinition]
    type: Required[Literal["custom"]]


ChatCompletionToolUnionParam = Union[ChatCompletionFunctionToolParam, ChatCompletionCustomToolParam]


# -- tool choice -----------------------------------------------------------------------------


class ChatCompletionAllowedToolsParam(TypedDict, total=False):
    """A subset of the tools the model may use."""

    mode: Required[Literal["auto", "required"]]
    tools: Required[Iterable[Dict[str, object]]]


class ChatCompletionAllowedToolChoiceParam(TypedDict, total=False):
    """Limit the model to some of the tools."""

    allowed_tools: Required[ChatCompletionAllowedToolsParam]
    type: Required[Literal["allowed_tools"]]


class NamedToolChoiceFunction(TypedDict, total=False):
    """The function the model must call."""

    name: Required[str]


class ChatCompletionNamedToolChoiceParam(TypedDict, total=False):
    """Force a call of one function tool."""

    function: Required[NamedToolChoiceFunction]
    type: Required[Literal["function"]]


class NamedToolChoiceCustom(TypedDict, total=False):
    """The custom tool the model must call."""

    name: Required[str]


class ChatCompletionNamedToolChoiceCustomParam(TypedDict, total=False):
    """Force a call of one custom tool."""

    custom: Required[NamedToolChoiceCustom]
    type: Required[Literal["custom"]]


ChatCompletionToolChoiceOptionParam = Union[
    Literal["none", "auto", "required"],
    ChatCompletionAllowedToolChoiceParam,
    ChatCompletionNamedToolChoiceParam,
    ChatCompletionNamedToolChoiceCustomParam,
]


class ChatCompletionFunctionCallOptionParam(TypedDict, total=False):
    """Force a call of one (deprecated) function."""

    name: Required[str]


# -- other create options --------------------------------------------------------------------


class ChatCompletionAudioParam(TypedDict, total=False):
    """Audio output settings: format and voice."""

    format: Required[Literal["wav", "aac", "mp3", "flac", "opus", "pcm16"]]
    voice: Required[
        Union[str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"]]
    ]


class ChatCompletionPredictionContentParam(TypedDict, total=False):
    """Predicted output that lets the model answer faster."""

    content: Required[Union[str, Iterable[ChatCompletionContentPartTextParam]]]
    type: Required[Literal["content"]]


class ChatCompletionStreamOptionsParam(TypedDict, total=False):
    """Streaming settings."""

    include_obfuscation: bool
    include_usage: bool


class Function(TypedDict, total=False):
    """A (deprecated) function the model may call."""

    name: Required[str]
    description: str
    parameters: FunctionParameters


FunctionCall = Union[Literal["none", "auto"], ChatCompletionFunctionCallOptionParam]

ResponseFormat = Union[ResponseFormatText, ResponseFormatJSONSchema, ResponseFormatJSONObject]


class WebSearchOptionsUserLocationApproximate(TypedDict, total=False):
    """Where the user roughly is."""

    city: str
    country: str
    region: str
    timezone: str


class WebSearchOptionsUserLocation(TypedDict, total=False):
    """The user's location for web search."""

    approximate: Required[WebSearchOptionsUserLocationApproximate]
    type: Required[Literal["approximate"]]


class WebSearchOptions(TypedDict, total=False):
    """Web search settings."""

    search_context_size: Literal["low", "medium", "high"]
    user_location: Optional[WebSearchOptionsUserLocation]


# -- whole requests --------------------------------------------------------------------------


class CompletionCreateParamsBase(TypedDict, total=False):
    """The arguments of ``chat.completions.create`` other than ``stream``."""

    messages: Required[Iterable[ChatCompletionMessageParam]]
    model: Required[Union[str, ChatModel]]
    audio: Optional[ChatCompletionAudioParam]
    frequency_penalty: Optional[float]
    function_call: FunctionCall
    functions: Iterable[Function]
    logit_bias: Optional[Dict[str, int]]
    logprobs: Optional[bool]
    max_completion_tokens: Optional[int]
    max_tokens: Optional[int]
    metadata: Optional[Metadata]
    modalities: Optional[List[Literal["text", "audio"]]]
    n: Optional[int]
    parallel_tool_calls: bool
    prediction: Optional[ChatCompletionPredictionContentParam]
    presence_penalty: Optional[float]
    prompt_cache_key: str
    prompt_cache_retention: Optional[Literal["in-memory", "24h"]]
    reasoning_effort: ReasoningEffort
    response_format: ResponseFormat
    safety_identifier: str
    seed: Optional[int]
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority"]]
    stop: Union[Optional[str], Sequence[str], None]
    store: Optional[bool]
    stream_options: Optional[ChatCompletionStreamOptionsParam]
    temperature: Optional[float]
    tool_choice: ChatCompletionToolChoiceOptionParam
    tools: Iterable[ChatCompletionToolUnionParam]
    top_logprobs: Optional[int]
    top_p: Optional[float]
    user: str
    verbosity: Optional[Literal["low", "medium", "high"]]
    web_search_options: WebSearchOptions


class CompletionCreateParamsNonStreaming(CompletionCreateParamsBase, total=False):
    """The arguments of a non-streamed ``chat.completions.create``."""

    stream: Optional[Literal[False]]


class CompletionCreateParamsStreaming(CompletionCreateParamsBase, total=False):
    """The arguments of a streamed ``chat.completions.create``."""

    stream: Required[Literal[True]]


CompletionCreateParams = Union[CompletionCreateParamsNonStreaming, CompletionCreateParamsStreaming]


class CompletionListParams(TypedDict, total=False):
    """The arguments of ``chat.completions.list``."""

    after: str
    limit: int
    metadata: Optional[Metadata]
    model: str
    order: Literal["asc", "desc"]


class CompletionUpdateParams(TypedDict, total=False):
    """The arguments of ``chat.completions.update``."""

    metadata: Required[Optional[Metadata]]


class MessageListParams(TypedDict, total=False):
    """The arguments of ``chat.completions.messages.list``."""

    after: str
    limit: int
    order: Literal["asc", "desc"]
