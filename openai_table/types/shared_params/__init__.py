"""Mirror of ``openai.types.shared_params``."""

from openai_table.models.shared_params import (
    ChatModel as ChatModel,
    ComparisonFilter as ComparisonFilter,
    CompoundFilter as CompoundFilter,
    CustomToolInputFormat as CustomToolInputFormat,
    FunctionDefinition as FunctionDefinition,
    FunctionParameters as FunctionParameters,
    Metadata as Metadata,
    Reasoning as Reasoning,
    ReasoningEffort as ReasoningEffort,
    ResponseFormatJSONObject as ResponseFormatJSONObject,
    ResponseFormatJSONSchema as ResponseFormatJSONSchema,
    ResponseFormatText as ResponseFormatText,
    ResponsesModel as ResponsesModel,
)

__all__ = [
    "ChatModel",
    "ComparisonFilter",
    "CompoundFilter",
    "CustomToolInputFormat",
    "FunctionDefinition",
    "FunctionParameters",
    "Metadata",
    "Reasoning",
    "ReasoningEffort",
    "ResponseFormatJSONObject",
    "ResponseFormatJSONSchema",
    "ResponseFormatText",
    "ResponsesModel",
]
