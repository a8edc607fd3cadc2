"""Mirror of ``openai.types.chat.chat_completion_message_tool_call``."""

from openai_table.models.chat import (
    ChatCompletionMessageToolCall as ChatCompletionMessageToolCall,
    ChatCompletionMessageToolCallUnion as ChatCompletionMessageToolCallUnion,
    Function as Function,
    ChatCompletionMessageFunctionToolCall as ChatCompletionMessageFunctionToolCall,
    ChatCompletionMessageCustomToolCall as ChatCompletionMessageCustomToolCall,
)

__all__ = [
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallUnion",
    "Function",
    "ChatCompletionMessageFunctionToolCall",
    "ChatCompletionMessageCustomToolCall",
]
