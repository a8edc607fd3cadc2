"""Mirror of ``openai.types.chat.chat_completion_content_part_image``."""

from openai_table.models.chat import (
    ChatCompletionContentPartImage as ChatCompletionContentPartImage,
    ImageURL as ImageURL,
)

__all__ = [
    "ChatCompletionContentPartImage",
    "ImageURL",
]
