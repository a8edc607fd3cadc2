"""Mirror of ``openai.types.chat.completion_list_params``."""

from openai_table.models.chat_params import CompletionListParams as CompletionListParams
from openai_table.models.shared import Metadata as Metadata

__all__ = [
    "CompletionListParams",
    "Metadata",
]
