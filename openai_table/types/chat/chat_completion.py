"""Mirror of ``openai.types.chat.chat_completion``."""

from openai_table.models.chat import (
    ChatCompletion as ChatCompletion,
    Choice as Choice,
    ChoiceLogprobs as ChoiceLogprobs,
)

__all__ = [
    "ChatCompletion",
    "Choice",
    "ChoiceLogprobs",
]
