"""Mirror of ``openai.types.chat.chat_completion_message_custom_tool_call``."""

from openai_table.models.chat import (
    ChatCompletionMessageCustomToolCall as ChatCompletionMessageCustomToolCall,
    Custom as Custom,
)

__all__ = [
    "ChatCompletionMessageCustomToolCall",
    "Custom",
]
