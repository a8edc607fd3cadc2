"""Mirror of ``openai.types.chat.chat_completion_modality``."""

from openai_table.models.chat import ChatCompletionModality as ChatCompletionModality

__all__ = [
    "ChatCompletionModality",
]
