"""Response types used by more than one resource, and the plain aliases they share."""

from typing import Any, Dict, List, Literal, Optional, Union

from ._base import BaseModel, field, model

__all__ = [
    "CompletionUsage",
    "CompletionTokensDetails",
    "PromptTokensDetails",
    "ErrorObject",
    "Metadata",
    "ChatModel",
    "ResponsesModel",
    "AllModels",
    "ReasoningEffort",
    "FunctionParameters",
    "FunctionDefinition",
    "ResponseFormatText",
    "ResponseFormatJSONObject",
    "JSONSchema",
    "ResponseFormatJSONSchema",
    "ResponseFormatTextGrammar",
    "ResponseFormatTextPython",
    "CustomToolInputFormatText",
    "CustomToolInputFormatGrammar",
    "CustomToolInputFormat",
    "Reasoning",
    "ComparisonFilter",
    "CompoundFilter",
    "CompoundFilterFilter",
]

# Up to 16 string pairs the caller attached to an object.
Metadata = Dict[str, str]

# The chat model ids this SDK version knows by name; the API takes other strings too.
ChatModel = Literal[
    "gpt-5.1", "gpt-5.1-2025-11-13", "gpt-5.1-codex", "gpt-5.1-mini", "gpt-5.1-chat-latest",
    "gpt-5", "gpt-5-mini", "gpt-5-nano", "gpt-5-2025-08-07", "gpt-5-mini-2025-08-07",
    "gpt-5-nano-2025-08-07", "gpt-5-chat-latest", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano",
    "gpt-4.1-2025-04-14", "gpt-4.1-mini-2025-04-14", "gpt-4.1-nano-2025-04-14", "o4-mini",
    "o4-mini-2025-04-16", "o3", "o3-2025-04-16", "o3-mini", "o3-mini-2025-01-31", "o1",
    "o1-2024-12-17", "o1-preview", "o1-preview-2024-09-12", "o1-mini", "o1-mini-2024-09-12",
    "gpt-4o", "gpt-4o-2024-11-20", "gpt-4o-2024-08-06", "gpt-4o-2024-05-13",
    "gpt-4o-audio-preview", "gpt-4o-audio-preview-2024-10-01", "gpt-4o-audio-preview-2024-12-17",
    "gpt-4o-audio-preview-2025-06-03", "gpt-4o-mini-audio-preview",
    "gpt-4o-mini-audio-preview-2024-12-17", "gpt-4o-search-preview", "gpt-4o-mini-search-preview",
    "gpt-4o-search-preview-2025-03-11", "gpt-4o-mini-search-preview-2025-03-11",
    "chatgpt-4o-latest", "codex-mini-latest", "gpt-4o-mini", "gpt-4o-mini-2024-07-18",
    "gpt-4-turbo", "gpt-4-turbo-2024-04-09", "gpt-4-0125-preview", "gpt-4-turbo-preview",
    "gpt-4-1106-preview", "gpt-4-vision-preview", "gpt-4", "gpt-4-0314", "gpt-4-0613", "gpt-4-32k",
    "gpt-4-32k-0314", "gpt-4-32k-0613", "gpt-3.5-turbo", "gpt-3.5-turbo-16k", "gpt-3.5-turbo-0301",
    "gpt-3.5-turbo-0613", "gpt-3.5-turbo-1106", "gpt-3.5-turbo-0125", "gpt-3.5-turbo-16k-0613",
]

# A model id for the Responses API: any string, the chat models, or the Responses-only ones.
ResponsesModel = Union[
    str,
    ChatModel,
    Literal[
        "o1-pro", "o1-pro-2025-03-19", "o3-pro", "o3-pro-2025-06-10", "o3-deep-research",
        "o3-deep-research-2025-06-26", "o4-mini-deep-research", "o4-mini-deep-research-2025-06-26",
        "computer-use-preview", "computer-use-preview-2025-03-11", "gpt-5-codex", "gpt-5-pro",
        "gpt-5-pro-2025-10-06",
    ],
]
AllModels = ResponsesModel

# How hard a reasoning model thinks before it answers.
ReasoningEffort = Optional[Literal["none", "minimal", "low", "medium", "high"]]

# A JSON Schema object describing a function's parameters.
FunctionParameters = Dict[str, object]


@model
class CompletionTokensDetails(BaseModel):
    """How the completion tokens break down."""

    accepted_prediction_tokens: Optional[int] = None
    audio_tokens: Optional[int] = None
    reasoning_tokens: Optional[int] = None
    rejected_prediction_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


@model
class PromptTokensDetails(BaseModel):
    """How the prompt tokens break down."""

    audio_tokens: Optional[int] = None
    cached_tokens: Optional[int] = None
    text_tokens: Optional[int] = None
    image_tokens: Optional[int] = None
    cache_write_tokens: Optional[int] = None


@model
class CompletionUsage(BaseModel):
    """Token counts of a (chat) completion request."""

    completion_tokens: int = None
    prompt_tokens: int = None
    total_tokens: int = None
    completion_tokens_details: Optional[CompletionTokensDetails] = None
    prompt_tokens_details: Optional[PromptTokensDetails] = None


@model
class ErrorObject(BaseModel):
    """An error as the API describes it in a response body."""

    code: Optional[str] = None
    message: str = None
    param: Optional[str] = None
    type: str = None


# -- function tools and response formats ---------------------------------------------------


@model
class FunctionDefinition(BaseModel):
    """A function the model may call: its name, description and JSON Schema parameters."""

    name: str = None
    description: Optional[str] = None
    parameters: Optional[Dict[str, Any]] = None
    strict: Optional[bool] = None


@model
class ResponseFormatText(BaseModel):
    """Plain-text output."""

    type: Literal["text"] = "text"


@model
class ResponseFormatJSONObject(BaseModel):
    """Output that is any valid JSON object."""

    type: Literal["json_object"] = "json_object"


@model
class JSONSchema(BaseModel):
    """A named JSON Schema the output must follow (``schema_`` is the API's ``schema``)."""

    name: str = None
    description: Optional[str] = None
    schema_: Optional[Dict[str, Any]] = field("schema")
    strict: Optional[bool] = None


@model
class ResponseFormatJSONSchema(BaseModel):
    """Output that follows a given JSON Schema (Structured Outputs)."""

    json_schema: JSONSchema = None
    type: Literal["json_schema"] = "json_schema"


@model
class ResponseFormatTextGrammar(BaseModel):
    """Output constrained by a custom grammar."""

    grammar: str = None
    type: Literal["grammar"] = "grammar"


@model
class ResponseFormatTextPython(BaseModel):
    """Output that is Python code."""

    type: Literal["python"] = "python"


@model
class CustomToolInputFormatText(BaseModel):
    """A custom tool that takes unconstrained text."""

    type: Literal["text"] = "text"


@model
class CustomToolInputFormatGrammar(BaseModel):
    """A custom tool whose input follows a Lark or regex grammar."""

    definition: str = None
    syntax: Literal["lark", "regex"] = None  # lark | regex
    type: Literal["grammar"] = "grammar"


CustomToolInputFormat = Union[CustomToolInputFormatText, CustomToolInputFormatGrammar]


@model
class Reasoning(BaseModel):
    """Settings for reasoning models: effort and summaries."""

    effort: Optional[Literal["none", "minimal", "low", "medium", "high"]] = None  # none | minimal | low | medium | high
    generate_summary: Optional[Literal["auto", "concise", "detailed"]] = None  # deprecated: auto | concise | detailed
    summary: Optional[Literal["auto", "concise", "detailed"]] = None  # auto | concise | detailed


# -- attribute filters ---------------------------------------------------------------------


@model
class ComparisonFilter(BaseModel):
    """Compares one attribute to a value; ``type`` is the operator, not a union tag."""

    key: str = None
    type: Literal["eq", "ne", "gt", "gte", "lt", "lte"] = None  # eq | ne | gt | gte | lt | lte
    value: Union[str, float, bool, List[Union[str, float]]] = None

    # where a union holds both kinds of filter, the operator tells them apart
    __tags__ = ("eq", "ne", "gt", "gte", "lt", "lte", "in", "nin")


@model
class CompoundFilter(BaseModel):
    """Combines filters with ``and`` / ``or``. Each member is read as a ComparisonFilter; a
    nested compound one keeps its ``filters`` reachable as an attribute all the same."""

    filters: List[ComparisonFilter] = None
    type: Literal["and", "or"] = None  # and | or

    __tags__ = ("and", "or")


# A member of a compound filter: a comparison, or another compound filter (kept as it came).
CompoundFilterFilter = Union[ComparisonFilter, object]
