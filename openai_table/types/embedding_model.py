"""Mirror of ``openai.types.embedding_model``."""

from openai_table.models.embeddings import EmbeddingModel as EmbeddingModel

__all__ = [
    "EmbeddingModel",
]
