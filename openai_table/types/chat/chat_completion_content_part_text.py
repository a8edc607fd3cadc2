"""Mirror of ``openai.types.chat.chat_completion_content_part_text``."""

from openai_table.models.chat import ChatCompletionContentPartText as ChatCompletionContentPartText

__all__ = [
    "ChatCompletionContentPartText",
]
