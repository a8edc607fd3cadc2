"""Mirror of ``openai.types.create_embedding_response``."""

from openai_table.models.embeddings import (
    CreateEmbeddingResponse as CreateEmbeddingResponse,
    Usage as Usage,
)

__all__ = [
    "CreateEmbeddingResponse",
    "Usage",
]
