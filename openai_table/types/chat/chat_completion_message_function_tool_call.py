"""Mirror of ``openai.types.chat.chat_completion_message_function_tool_call``."""

from openai_table.models.chat import (
    ChatCompletionMessageFunctionToolCall as ChatCompletionMessageFunctionToolCall,
    Function as Function,
)

__all__ = [
    "ChatCompletionMessageFunctionToolCall",
    "Function",
]
