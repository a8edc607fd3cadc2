"""Mirror of ``openai.types.batch_usage``."""

from openai_table.models.batches import (
    BatchUsage as BatchUsage,
    InputTokensDetails as InputTokensDetails,
    OutputTokensDetails as OutputTokensDetails,
)

__all__ = [
    "BatchUsage",
    "InputTokensDetails",
    "OutputTokensDetails",
]
