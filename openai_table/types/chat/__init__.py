"""Mirror of ``openai.types.chat``."""

from openai_table.models.chat import (
    ChatCompletion as ChatCompletion,
    ChatCompletionChunk as ChatCompletionChunk,
    ChatCompletionMessage as ChatCompletionMessage,
    ChatCompletionDeleted as ChatCompletionDeleted,
    ChatCompletionStoreMessage as ChatCompletionStoreMessage,
    ChatCompletionMessageToolCall as ChatCompletionMessageToolCall,
    ChatCompletionMessageFunctionToolCall as ChatCompletionMessageFunctionToolCall,
    ChatCompletionMessageCustomToolCall as ChatCompletionMessageCustomToolCall,
    ChatCompletionMessageToolCallUnion as ChatCompletionMessageToolCallUnion,
    ChatCompletionTokenLogprob as ChatCompletionTokenLogprob,
    ChatCompletionAudio as ChatCompletionAudio,
    ChatCompletionContentPartText as ChatCompletionContentPartText,
    ChatCompletionContentPartImage as ChatCompletionContentPartImage,
    ChatCompletionRole as ChatCompletionRole,
    ChatCompletionModality as ChatCompletionModality,
    ChatCompletionReasoningEffort as ChatCompletionReasoningEffort,
)

__all__ = [
    "ChatCompletion",
    "ChatCompletionChunk",
    "ChatCompletionMessage",
    "ChatCompletionDeleted",
    "ChatCompletionStoreMessage",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageFunctionToolCall",
    "ChatCompletionMessageCustomToolCall",
    "ChatCompletionMessageToolCallUnion",
    "ChatCompletionTokenLogprob",
    "ChatCompletionAudio",
    "ChatCompletionContentPartText",
    "ChatCompletionContentPartImage",
    "ChatCompletionRole",
    "ChatCompletionModality",
    "ChatCompletionReasoningEffort",
]
