"""Response types of the /chat/completions endpoints.

The streamed chunk has classes whose official names (``Choice``, ``ChoiceLogprobs``) clash with
the full completion's; here they are ``ChunkChoice`` and ``ChunkChoiceLogprobs``, and
``openai_table.types.chat.chat_completion_chunk`` exposes them under the official names.
"""

from typing import Any, Dict, Generic, List, Literal, Optional, TypeVar, Union

from ._base import BaseModel, model
from .shared import CompletionUsage, FunctionDefinition, ReasoningEffort

__all__ = [
    # roles and other plain-string enums
    "ChatCompletionRole",
    "ChatCompletionModality",
    "ChatCompletionReasoningEffort",
    # tool calls
    "Function",
    "ChatCompletionMessageFunctionToolCall",
    "Custom",
    "ChatCompletionMessageCustomToolCall",
    "ChatCompletionMessageToolCallUnion",
    "ChatCompletionMessageToolCall",
    # messages
    "AnnotationURLCitation",
    "Annotation",
    "FunctionCall",
    "ChatCompletionAudio",
    "ChatCompletionMessage",
    "ImageURL",
    "ChatCompletionContentPartText",
    "ChatCompletionContentPartImage",
    "ChatCompletionStoreMessageContentPart",
    "ChatCompletionStoreMessage",
    # log probabilities
    "TopLogprob",
    "ChatCompletionTokenLogprob",
    # moderated completions
    "ChatCompletionModerationResult",
    "ChatCompletionModerationResults",
    "ChatCompletionModerationError",
    "ChatCompletionModeration",
    # completion
    "ChoiceLogprobs",
    "Choice",
    "ChatCompletion",
    # streamed chunk
    "ChoiceDeltaFunctionCall",
    "ChoiceDeltaToolCallFunction",
    "ChoiceDeltaToolCall",
    "ChoiceDelta",
    "ChunkChoiceLogprobs",
    "ChunkChoice",
    "ChatCompletionChunk",
    # delete
    "ChatCompletionDeleted",
    # tools as the API echoes them
    "ChatCompletionFunctionTool",
    # results of structured-output parsing
    "ContentType",
    "ParsedFunction",
    "ParsedFunctionToolCall",
    "ParsedChatCompletionMessage",
    "ParsedChoice",
    "ParsedChatCompletion",
]

# Who wrote a message.
ChatCompletionRole = Literal["developer", "system", "user", "assistant", "tool", "function"]
# What kinds of output a model may produce.
ChatCompletionModality = Literal["text", "audio"]
ChatCompletionReasoningEffort = ReasoningEffort


# -- tool calls ------------------------------------------------------------------------------


@model
class Function(BaseModel):
    """The function a model called, with its JSON-encoded arguments."""

    arguments: str = None
    name: str = None


@model
class ChatCompletionMessageFunctionToolCall(BaseModel):
    """A call of a function tool."""

    id: str = None
    function: Function = None
    type: Literal["function"] = "function"


@model
class Custom(BaseModel):
    """The custom tool a model called, with its free-form input."""

    input: str = None
    name: str = None


@model
class ChatCompletionMessageCustomToolCall(BaseModel):
    """A call of a custom tool."""

    id: str = None
    custom: Custom = None
    type: Literal["custom"] = "custom"


ChatCompletionMessageToolCallUnion = Union[ChatCompletionMessageFunctionToolCall, ChatCompletionMessageCustomToolCall]
ChatCompletionMessageToolCall = ChatCompletionMessageFunctionToolCall


# -- messages --------------------------------------------------------------------------------


@model
class AnnotationURLCitation(BaseModel):
    """Where in the message a web source is cited, and which."""

    end_index: int = None
    start_index: int = None
    title: str = None
    url: str = None


@model
class Annotation(BaseModel):
    """An annotation of the message text (a URL citation)."""

    type: Literal["url_citation"] = None  # "url_citation"
    url_citation: AnnotationURLCitation = None


@model
class FunctionCall(BaseModel):
    """The deprecated single function call of a message."""

    arguments: str = None
    name: str = None


@model
class ChatCompletionAudio(BaseModel):
    """Audio the model spoke, when audio output was asked for."""

    id: str = None
    data: str = None  # base64 audio bytes
    expires_at: int = None
    transcript: str = None


@model
class ChatCompletionMessage(BaseModel):
    """A message the model generated."""

    content: Optional[str] = None
    refusal: Optional[str] = None
    role: Literal["assistant"] = None  # "assistant"
    annotations: Optional[List[Annotation]] = None
    audio: Optional[ChatCompletionAudio] = None
    function_call: Optional[FunctionCall] = None
    tool_calls: Optional[List[ChatCompletionMessageToolCallUnion]] = None


@model
class ChatCompletionContentPartText(BaseModel):
    """A text part of a message's content."""

    text: str = None
    type: Literal["text"] = "text"
    prompt_cache_breakpoint: Optional[Dict[str, Any]] = None


@model
class ImageURL(BaseModel):
    """An image, by URL or data URL, and how closely to look at it."""

    url: str = None
    detail: Optional[Literal["low", "high", "auto"]] = None  # auto | low | high


@model
class ChatCompletionContentPartImage(BaseModel):
    """An image part of a message's content."""

    image_url: ImageURL = None
    type: Literal["image_url"] = "image_url"
    prompt_cache_breakpoint: Optional[Dict[str, Any]] = None


ChatCompletionStoreMessageContentPart = Union[ChatCompletionContentPartText, ChatCompletionContentPartImage]


@model
class ChatCompletionStoreMessage(ChatCompletionMessage):
    """A message of a stored chat completion."""

    id: str = None
    content_parts: Optional[List[ChatCompletionStoreMessageContentPart]] = None


# -- log probabilities -----------------------------------------------------------------------


@model
class TopLogprob(BaseModel):
    """One of the most likely tokens at a position."""

    token: str = None
    bytes: Optional[List[int]] = None
    logprob: float = None


@model
class ChatCompletionTokenLogprob(BaseModel):
    """A generated token, its log probability and the likeliest alternatives."""

    token: str = None
    bytes: Optional[List[int]] = None
    logprob: float = None
    top_logprobs: List[TopLogprob] = None


# -- moderated completions (in the spec, not in the official SDK) ----------------------------


@model
class ChatCompletionModerationResult(BaseModel):
    """The classification of one moderated text; categories keyed as the API names them."""

    type: Optional[str] = None  # "moderation_result"
    model: Optional[str] = None
    flagged: Optional[bool] = None
    categories: Optional[Dict[str, bool]] = None
    category_scores: Optional[Dict[str, float]] = None
    category_applied_input_types: Optional[Dict[str, List[str]]] = None


@model
class ChatCompletionModerationResults(BaseModel):
    """Moderation results for the input or the output."""

    type: str = "moderation_results"
    model: Optional[str] = None
    results: Optional[List[ChatCompletionModerationResult]] = None


@model
class ChatCompletionModerationError(BaseModel):
    """Why the input or the output could not be moderated."""

    type: str = "error"
    code: Optional[str] = None
    message: Optional[str] = None


@model
class ChatCompletionModeration(BaseModel):
    """Moderation of the request input and the generated output."""

    input: Optional[Union[ChatCompletionModerationResults, ChatCompletionModerationError]] = None
    output: Optional[Union[ChatCompletionModerationResults, ChatCompletionModerationError]] = None


# -- completion ------------------------------------------------------------------------------


@model
class ChoiceLogprobs(BaseModel):
    """Log probabilities of a choice's content and refusal tokens."""

    content: Optional[List[ChatCompletionTokenLogprob]] = None
    refusal: Optional[List[ChatCompletionTokenLogprob]] = None


@model
class Choice(BaseModel):
    """One generated message."""

    finish_reason: Literal["stop", "length", "tool_calls", "content_filter", "function_call"] = None  # stop | length | tool_calls | content_filter | function_call
    index: int = None
    logprobs: Optional[ChoiceLogprobs] = None
    message: ChatCompletionMessage = None


@model
class ChatCompletion(BaseModel):
    """A chat completion."""

    id: str = None
    choices: List[Choice] = None
    created: int = None
    model: str = None
    object: Literal["chat.completion"] = None  # "chat.completion"
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority"]] = None  # auto | default | flex | scale | priority
    system_fingerprint: Optional[str] = None
    usage: Optional[CompletionUsage] = None
    metadata: Optional[Dict[str, str]] = None
    moderation: Optional[ChatCompletionModeration] = None


# -- streamed chunk --------------------------------------------------------------------------


@model
class ChoiceDeltaFunctionCall(BaseModel):
    """A piece of the deprecated function call."""

    arguments: Optional[str] = None
    name: Optional[str] = None


@model
class ChoiceDeltaToolCallFunction(BaseModel):
    """A piece of a function tool call's name and arguments."""

    arguments: Optional[str] = None
    name: Optional[str] = None


@model
class ChoiceDeltaToolCall(BaseModel):
    """A piece of a tool call; pieces with the same ``index`` belong together."""

    index: int = None
    id: Optional[str] = None
    function: Optional[ChoiceDeltaToolCallFunction] = None
    type: Optional[Literal["function"]] = None  # "function"


@model
class ChoiceDelta(BaseModel):
    """What a chunk adds to the message."""

    content: Optional[str] = None
    function_call: Optional[ChoiceDeltaFunctionCall] = None
    refusal: Optional[str] = None
    role: Optional[Literal["developer", "system", "user", "assistant", "tool"]] = None  # developer | system | user | assistant | tool
    tool_calls: Optional[List[ChoiceDeltaToolCall]] = None


@model
class ChunkChoiceLogprobs(BaseModel):
    """Log probabilities of the tokens of a chunk."""

    content: Optional[List[ChatCompletionTokenLogprob]] = None
    refusal: Optional[List[ChatCompletionTokenLogprob]] = None


@model
class ChunkChoice(BaseModel):
    """One choice's piece of a streamed chat completion."""

    delta: ChoiceDelta = None
    finish_reason: Optional[Literal["stop", "length", "tool_calls", "content_filter", "function_call"]] = None  # stop | length | tool_calls | content_filter | function_call
    index: int = None
    logprobs: Optional[ChunkChoiceLogprobs] = None


@model
class ChatCompletionChunk(BaseModel):
    """One event of a streamed chat completion."""

    id: str = None
    choices: List[ChunkChoice] = None
    created: int = None
    model: str = None
    object: Literal["chat.completion.chunk"] = None  # "chat.completion.chunk"
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority"]] = None
    system_fingerprint: Optional[str] = None
    usage: Optional[CompletionUsage] = None
    obfuscation: Optional[str] = None
    moderation: Optional[ChatCompletionModeration] = None


# -- delete ----------------------------------------------------------------------------------


@model
class ChatCompletionDeleted(BaseModel):
    """The answer to deleting a stored chat completion."""

    id: str = None
    deleted: bool = None
    object: Literal["chat.completion.deleted"] = None  # "chat.completion.deleted"


# -- tools as the API echoes them ------------------------------------------------------------


@model
class ChatCompletionFunctionTool(BaseModel):
    """A function tool offered to the model."""

    function: FunctionDefinition = None
    type: Literal["function"] = "function"


# -- results of structured-output parsing ----------------------------------------------------

ContentType = TypeVar("ContentType")


@model
class ParsedFunction(Function):
    """A called function whose arguments were also parsed into an object."""

    parsed_arguments: Any = None


@model
class ParsedFunctionToolCall(ChatCompletionMessageFunctionToolCall):
    """A function tool call with parsed arguments."""

    function: ParsedFunction = None


@model
class ParsedChatCompletionMessage(ChatCompletionMessage, Generic[ContentType]):
    """A message whose content was parsed into the requested type (``parsed``)."""

    tool_calls: Optional[List[ParsedFunctionToolCall]] = None
    parsed: Optional[ContentType] = None


@model
class ParsedChoice(Choice, Generic[ContentType]):
    """A choice holding a parsed message."""

    message: ParsedChatCompletionMessage[ContentType] = None


@model
class ParsedChatCompletion(ChatCompletion, Generic[ContentType]):
    """A chat completion whose choices hold parsed messages."""

    choices: List[ParsedChoice[ContentType]] = None
