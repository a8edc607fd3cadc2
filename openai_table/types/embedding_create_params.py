"""Mirror of ``openai.types.embedding_create_params``."""

from openai_table.models.params import EmbeddingCreateParams as EmbeddingCreateParams
from openai_table.models.embeddings import EmbeddingModel as EmbeddingModel

__all__ = [
    "EmbeddingCreateParams",
    "EmbeddingModel",
]
