"""Mirror of ``openai.types.chat.chat_completion_reasoning_effort``."""

from openai_table.models.chat import ChatCompletionReasoningEffort as ChatCompletionReasoningEffort

__all__ = [
    "ChatCompletionReasoningEffort",
]
