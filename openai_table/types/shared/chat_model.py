"""Mirror of ``openai.types.shared.chat_model``."""

from openai_table.models.shared import ChatModel as ChatModel

__all__ = [
    "ChatModel",
]
