"""Request-side shapes shared by several endpoints, as plain dicts (``TypedDict``).

A TypedDict is only a type hint: at runtime ``FunctionDefinition(name="f")`` is the dict
``{"name": "f"}``, and the client sends it as it is.
"""

from typing import Dict, Iterable, Literal, Optional, Required, Sequence, TypedDict, Union

from .shared import (
    AllModels,
    ChatModel,
    FunctionParameters,
    Metadata,
    ReasoningEffort,
    ResponsesModel,
)

__all__ = [
    "AllModels",
    "ChatModel",
    "ResponsesModel",
    "ReasoningEffort",
    "Metadata",
    "FunctionParameters",
    "FunctionDefinition",
    "ResponseFormatText",
    "ResponseFormatJSONObject",
    "JSONSchema",
    "ResponseFormatJSONSchema",
    "CustomToolInputFormatText",
    "CustomToolInputFormatGrammar",
    "CustomToolInputFormat",
    "Reasoning",
    "ComparisonFilter",
    "CompoundFilter",
    "CompoundFilterFilter",
]


class FunctionDefinition(TypedDict, total=False):
    """A function the model may call."""

    name: Required[str]
    description: str
    parameters: FunctionParameters
    strict: Optional[bool]


class ResponseFormatText(TypedDict, total=False):
    """Ask for plain-text output."""

    type: Required[Literal["text"]]


class ResponseFormatJSONObject(TypedDict, total=False):
    """Ask for any valid JSON object."""

    type: Required[Literal["json_object"]]


class JSONSchema(TypedDict, total=False):
    """A named JSON Schema for Structured Outputs."""

    name: Required[str]
    description: str
    schema: Dict[str, object]
    strict: Optional[bool]


class ResponseFormatJSONSchema(TypedDict, total=False):
    """Ask for output that follows a JSON Schema."""

    json_schema: Required[JSONSchema]
    type: Required[Literal["json_schema"]]


class CustomToolInputFormatText(TypedDict, total=False):
    """Unconstrained text input for a custom tool."""

    type: Required[Literal["text"]]


class CustomToolInputFormatGrammar(TypedDict, total=False):
    """Grammar-constrained input for a custom tool."""

    definition: Required[str]
    syntax: Required[Literal["lark", "regex"]]
    type: Required[Literal["grammar"]]


CustomToolInputFormat = Union[CustomToolInputFormatText, CustomToolInputFormatGrammar]


class Reasoning(TypedDict, total=False):
    """Reasoning settings for reasoning models."""

    effort: ReasoningEffort
    generate_summary: Optional[Literal["auto", "concise", "detailed"]]
    summary: Optional[Literal["auto", "concise", "detailed"]]


class ComparisonFilter(TypedDict, total=False):
    """Compare one attribute with a value."""

    key: Required[str]
    type: Required[Literal["eq", "ne", "gt", "gte", "lt", "lte"]]
    value: Required[Union[str, float, bool, Sequence[Union[str, float]]]]


# A member of a compound filter: a comparison, or another compound filter.
CompoundFilterFilter = Union[ComparisonFilter, object]


class CompoundFilter(TypedDict, total=False):
    """Combine filters with ``and`` / ``or``."""

    filters: Required[Iterable[Union[ComparisonFilter, object]]]
    type: Required[Literal["and", "or"]]
