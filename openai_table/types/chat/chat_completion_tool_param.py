"""Mirror of ``openai.types.chat.chat_completion_tool_param``."""

from openai_table.models.chat_params import (
    ChatCompletionFunctionToolParam as ChatCompletionFunctionToolParam,
    ChatCompletionToolParam as ChatCompletionToolParam,
)
from openai_table.models.shared_params import FunctionDefinition as FunctionDefinition

__all__ = [
    "ChatCompletionFunctionToolParam",
    "ChatCompletionToolParam",
    "FunctionDefinition",
]
