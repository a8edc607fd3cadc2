"""Mirror of ``openai.types.batch_error``."""

from openai_table.models.batches import BatchError as BatchError

__all__ = [
    "BatchError",
]
