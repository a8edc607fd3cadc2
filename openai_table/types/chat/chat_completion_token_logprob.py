"""Mirror of ``openai.types.chat.chat_completion_token_logprob``."""

from openai_table.models.chat import (
    ChatCompletionTokenLogprob as ChatCompletionTokenLogprob,
    TopLogprob as TopLogprob,
)

__all__ = [
    "ChatCompletionTokenLogprob",
    "TopLogprob",
]
