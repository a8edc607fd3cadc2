"""Mirror of ``openai.types.chat.chat_completion_chunk``."""

from openai_table.models.chat import (
    ChatCompletionChunk as ChatCompletionChunk,
    ChunkChoice as Choice,
    ChoiceDelta as ChoiceDelta,
    ChoiceDeltaFunctionCall as ChoiceDeltaFunctionCall,
    ChoiceDeltaToolCall as ChoiceDeltaToolCall,
    ChoiceDeltaToolCallFunction as ChoiceDeltaToolCallFunction,
    ChunkChoiceLogprobs as ChoiceLogprobs,
)

__all__ = [
    "ChatCompletionChunk",
    "Choice",
    "ChoiceDelta",
    "ChoiceDeltaFunctionCall",
    "ChoiceDeltaToolCall",
    "ChoiceDeltaToolCallFunction",
    "ChoiceLogprobs",
]
