"""Mirror of ``openai.types.completion_choice``."""

from openai_table.models.completions import (
    CompletionChoice as CompletionChoice,
    Logprobs as Logprobs,
)

__all__ = [
    "CompletionChoice",
    "Logprobs",
]
