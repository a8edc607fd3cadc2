"""Mirror of ``openai.types.chat.chat_completion_store_message``."""

from openai_table.models.chat import (
    ChatCompletionStoreMessage as ChatCompletionStoreMessage,
    ChatCompletionStoreMessageContentPart as ChatCompletionStoreMessageContentPart,
)

__all__ = [
    "ChatCompletionStoreMessage",
    "ChatCompletionStoreMessageContentPart",
]
