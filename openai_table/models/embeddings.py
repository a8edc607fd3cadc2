"""Response types of the /embeddings endpoint."""

from typing import List, Literal, Optional, Union

from ._base import BaseModel, model

__all__ = ["CreateEmbeddingResponse", "Embedding", "Usage", "EmbeddingModel"]

# The embedding model ids this SDK version knows by name; the API takes other strings too.
EmbeddingModel = Literal["text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large"]


@model
class Embedding(BaseModel):
    """One embedding vector."""

    # A list of floats. Typed as such (as officially) though it is the base64 string itself
    # when the caller asked for encoding_format="base64".
    embedding: List[float] = None
    index: int = None
    object: Literal["embedding"] = None  # "embedding"


@model
class Usage(BaseModel):
    """Token counts of an embeddings request."""

    prompt_tokens: int = None
    total_tokens: int = None


@model
class CreateEmbeddingResponse(BaseModel):
    """The embeddings of every input, in input order."""

    data: List[Embedding] = None
    model: str = None
    object: Literal["list"] = None  # "list"
    usage: Usage = None
