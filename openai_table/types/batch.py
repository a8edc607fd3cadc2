"""Mirror of ``openai.types.batch``."""

from openai_table.models.batches import (
    Batch as Batch,
    Errors as Errors,
)

__all__ = [
    "Batch",
    "Errors",
]
