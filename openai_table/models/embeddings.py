"""Response types of the /embeddings endpoint."""

from typing import List, Literal, Optional, Union

from ._base import BaseModel, model

__all__ = ["CreateEmbeddingResponse", "Embedding", "Usage", "EmbeddingModel"]

# The embedding model ids this SDK version knows by name; the API takes other strings too.
EmbeddingModel = Literal["text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large"]


@model
class Embedding(BaseModel):
    """One embedding vector."""

    # A list of floats; a base64 string of little-endian float32 when base64 was asked for.
    embedding: Union[List[float], str] = None
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
