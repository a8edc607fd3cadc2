"""Mirror of ``openai.types.completion``."""

from openai_table.models.completions import Completion as Completion

__all__ = [
    "Completion",
]
