"""Mirror of ``openai.types.chat.chat_completion_message_param``."""

from openai_table.models.chat_params import (
    ChatCompletionAssistantMessageParam as ChatCompletionAssistantMessageParam,
    ChatCompletionDeveloperMessageParam as ChatCompletionDeveloperMessageParam,
    ChatCompletionFunctionMessageParam as ChatCompletionFunctionMessageParam,
    ChatCompletionMessageParam as ChatCompletionMessageParam,
    ChatCompletionSystemMessageParam as ChatCompletionSystemMessageParam,
    ChatCompletionToolMessageParam as ChatCompletionToolMessageParam,
    ChatCompletionUserMessageParam as ChatCompletionUserMessageParam,
)

__all__ = [
    "ChatCompletionAssistantMessageParam",
    "ChatCompletionDeveloperMessageParam",
    "ChatCompletionFunctionMessageParam",
    "ChatCompletionMessageParam",
    "ChatCompletionSystemMessageParam",
    "ChatCompletionToolMessageParam",
    "ChatCompletionUserMessageParam",
]
