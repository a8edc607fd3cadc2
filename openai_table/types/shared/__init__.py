"""Mirror of ``openai.types.shared``."""

from openai_table.models.shared import (
    ErrorObject as ErrorObject,
    Metadata as Metadata,
    ChatModel as ChatModel,
)

__all__ = [
    "ErrorObject",
    "Metadata",
    "ChatModel",
]
