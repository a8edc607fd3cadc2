"""Mirror of ``openai.types.chat.chat_completion_content_part_param``."""

from openai_table.models.chat_params import (
    ChatCompletionContentPartImageParam as ChatCompletionContentPartImageParam,
    ChatCompletionContentPartInputAudioParam as ChatCompletionContentPartInputAudioParam,
    ChatCompletionContentPartParam as ChatCompletionContentPartParam,
    ChatCompletionContentPartTextParam as ChatCompletionContentPartTextParam,
    File as File,
    FileFile as FileFile,
)

__all__ = [
    "ChatCompletionContentPartImageParam",
    "ChatCompletionContentPartInputAudioParam",
    "ChatCompletionContentPartParam",
    "ChatCompletionContentPartTextParam",
    "File",
    "FileFile",
]
