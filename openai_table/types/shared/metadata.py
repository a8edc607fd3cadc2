"""Mirror of ``openai.types.shared.metadata``."""

from openai_table.models.shared import Metadata as Metadata

__all__ = [
    "Metadata",
]
