"""Mirror of ``openai.types.completion_usage``."""

from openai_table.models.shared import (
    CompletionUsage as CompletionUsage,
    CompletionTokensDetails as CompletionTokensDetails,
    PromptTokensDetails as PromptTokensDetails,
)

__all__ = [
    "CompletionUsage",
    "CompletionTokensDetails",
    "PromptTokensDetails",
]
