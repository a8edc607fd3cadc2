"""Mirror of ``openai.types.chat.chat_completion_audio``."""

from openai_table.models.chat import ChatCompletionAudio as ChatCompletionAudio

__all__ = [
    "ChatCompletionAudio",
]
