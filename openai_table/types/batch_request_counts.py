"""Mirror of ``openai.types.batch_request_counts``."""

from openai_table.models.batches import BatchRequestCounts as BatchRequestCounts

__all__ = [
    "BatchRequestCounts",
]
