"""Mirror of ``openai.types.chat.chat_completion_message``."""

from openai_table.models.chat import (
    ChatCompletionMessage as ChatCompletionMessage,
    Annotation as Annotation,
    AnnotationURLCitation as AnnotationURLCitation,
    FunctionCall as FunctionCall,
)

__all__ = [
    "ChatCompletionMessage",
    "Annotation",
    "AnnotationURLCitation",
    "FunctionCall",
]
