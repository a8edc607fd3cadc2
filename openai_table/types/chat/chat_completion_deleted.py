"""Mirror of ``openai.types.chat.chat_completion_deleted``."""

from openai_table.models.chat import ChatCompletionDeleted as ChatCompletionDeleted

__all__ = [
    "ChatCompletionDeleted",
]
