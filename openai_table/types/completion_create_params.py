"""Mirror of ``openai.types.completion_create_params``."""

from openai_table.models.params import (
    CompletionCreateParams as CompletionCreateParams,
    CompletionCreateParamsBase as CompletionCreateParamsBase,
    CompletionCreateParamsNonStreaming as CompletionCreateParamsNonStreaming,
    CompletionCreateParamsStreaming as CompletionCreateParamsStreaming,
)
from openai_table.models.chat_params import ChatCompletionStreamOptionsParam as ChatCompletionStreamOptionsParam

__all__ = [
    "CompletionCreateParams",
    "CompletionCreateParamsBase",
    "CompletionCreateParamsNonStreaming",
    "CompletionCreateParamsStreaming",
    "ChatCompletionStreamOptionsParam",
]
