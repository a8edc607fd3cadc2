"""Mirror of ``openai.types.chat.chat_completion_role``."""

from openai_table.models.chat import ChatCompletionRole as ChatCompletionRole

__all__ = [
    "ChatCompletionRole",
]
