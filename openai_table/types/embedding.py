"""Mirror of ``openai.types.embedding``."""

from openai_table.models.embeddings import Embedding as Embedding

__all__ = [
    "Embedding",
]
