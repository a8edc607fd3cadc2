"""Vector stores, their files and file batches, search results and chunking strategies."""

from __future__ import annotations

from typing import Dict, List, Optional, Union

from ._base import BaseModel, model
from .shared import Metadata

__all__ = [
    'FileChunkingStrategy',
    'OtherFileChunkingStrategyObject',
    'StaticFileChunkingStrategy',
    'StaticFileChunkingStrategyObject',
    'VectorStoreFileCounts',
    'VectorStoreExpiresAfter',
    'VectorStore',
    'VectorStoreDeleted',
    'VectorStoreSearchResponseContent',
    'VectorStoreSearchResponse',
    'FileContentResponse',
    'VectorStoreFileLastError',
    'VectorStoreFile',
    'VectorStoreFileBatchFileCounts',
    'VectorStoreFileBatch',
    'VectorStoreFileDeleted',
]


# -- chunking strategies ------------------------------------------------------------------------


@model
class OtherFileChunkingStrategyObject(BaseModel):
    """How a file was chunked when the strategy is unknown (files indexed before strategies existed)."""

    type: str = 'other'


@model
class StaticFileChunkingStrategy(BaseModel):
    """Fixed-size chunking: the chunk size and the overlap, in tokens."""

    chunk_overlap_tokens: Optional[int] = None
    max_chunk_size_tokens: Optional[int] = None


@model
class StaticFileChunkingStrategyObject(BaseModel):
    """Fixed-size chunking as applied to a file."""

    static: Optional[StaticFileChunkingStrategy] = None
    type: str = 'static'


# -- vector stores ------------------------------------------------------------------------------


@model
class VectorStoreFileCounts(BaseModel):
    """How many files of a vector store are in each processing state."""

    cancelled: Optional[int] = None
    completed: Optional[int] = None
    failed: Optional[int] = None
    in_progress: Optional[int] = None
    total: Optional[int] = None


@model
class VectorStoreExpiresAfter(BaseModel):
    """When a vector store expires: a number of days after an anchor time."""

    anchor: Optional[str] = None  # 'last_active_at'
    days: Optional[int] = None


@model
class VectorStore(BaseModel):
    """A vector store: a searchable collection of processed files."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    file_counts: Optional[VectorStoreFileCounts] = None
    last_active_at: Optional[int] = None
    metadata: Optional[Metadata] = None
    name: Optional[str] = None
    object: Optional[str] = None  # 'vector_store'
    status: Optional[str] = None
    usage_bytes: Optional[int] = None
    expires_after: Optional[VectorStoreExpiresAfter] = None
    expires_at: Optional[int] = None


@model
class VectorStoreDeleted(BaseModel):
    """Confirmation that a vector store was deleted."""

    id: Optional[str] = None
    deleted: Optional[bool] = None
    object: Optional[str] = None  # 'vector_store.deleted'


# -- search -------------------------------------------------------------------------------------


@model
class VectorStoreSearchResponseContent(BaseModel):
    """A chunk of text that matched a vector store search."""

    text: Optional[str] = None
    type: str = 'text'


@model
class VectorStoreSearchResponse(BaseModel):
    """One file that matched a vector store search, with its score and matching chunks."""

    attributes: Optional[Dict[str, Union[str, float, bool]]] = None
    content: Optional[List[VectorStoreSearchResponseContent]] = None
    file_id: Optional[str] = None
    filename: Optional[str] = None
    score: Optional[float] = None


# -- files --------------------------------------------------------------------------------------


@model
class FileContentResponse(BaseModel):
    """One part of a vector store file's parsed content."""

    text: Optional[str] = None
    type: Optional[str] = None


@model
class VectorStoreFileLastError(BaseModel):
    """The last error met while processing a vector store file."""

    code: Optional[str] = None
    message: Optional[str] = None


@model
class VectorStoreFile(BaseModel):
    """A file attached to a vector store, with its processing status."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    last_error: Optional[VectorStoreFileLastError] = None
    object: Optional[str] = None  # 'vector_store.file'
    status: Optional[str] = None
    usage_bytes: Optional[int] = None
    vector_store_id: Optional[str] = None
    attributes: Optional[Dict[str, Union[str, float, bool]]] = None
    chunking_strategy: Optional[FileChunkingStrategy] = None


# -- file batches -------------------------------------------------------------------------------


@model
class VectorStoreFileBatchFileCounts(BaseModel):
    """How many files of a batch are in each processing state."""

    cancelled: Optional[int] = None
    completed: Optional[int] = None
    failed: Optional[int] = None
    in_progress: Optional[int] = None
    total: Optional[int] = None


@model
class VectorStoreFileBatch(BaseModel):
    """A batch of files being added to a vector store together."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    file_counts: Optional[VectorStoreFileBatchFileCounts] = None
    object: Optional[str] = None  # 'vector_store.files_batch'
    status: Optional[str] = None
    vector_store_id: Optional[str] = None


@model
class VectorStoreFileDeleted(BaseModel):
    """Confirmation that a file was removed from a vector store."""

    id: Optional[str] = None
    deleted: Optional[bool] = None
    object: Optional[str] = None  # 'vector_store.file.deleted'


# -- unions -------------------------------------------------------------------------------------


FileChunkingStrategy = Union[StaticFileChunkingStrategyObject, OtherFileChunkingStrategyObject]
