"""Vector stores, their files and file batches, search results and chunking strategies."""

from __future__ import annotations

from typing import Dict, List, Literal, Optional, Union

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

    type: Literal["other"] = 'other'


@model
class StaticFileChunkingStrategy(BaseModel):
    """Fixed-size chunking: the chunk size and the overlap, in tokens."""

    chunk_overlap_tokens: int = None
    max_chunk_size_tokens: int = None


@model
class StaticFileChunkingStrategyObject(BaseModel):
    """Fixed-size chunking as applied to a file."""

    static: StaticFileChunkingStrategy = None
    type: Literal["static"] = 'static'


# -- vector stores ------------------------------------------------------------------------------


@model
class VectorStoreFileCounts(BaseModel):
    """How many files of a vector store are in each processing state."""

    cancelled: int = None
    completed: int = None
    failed: int = None
    in_progress: int = None
    total: int = None


@model
class VectorStoreExpiresAfter(BaseModel):
    """When a vector store expires: a number of days after an anchor time."""

    anchor: Literal["last_active_at"] = None  # 'last_active_at'
    days: int = None


@model
class VectorStore(BaseModel):
    """A vector store: a searchable collection of processed files."""

    id: str = None
    created_at: int = None
    file_counts: VectorStoreFileCounts = None
    last_active_at: Optional[int] = None
    metadata: Optional[Metadata] = None
    name: str = None
    object: Literal["vector_store"] = None  # 'vector_store'
    status: Literal["expired", "in_progress", "completed"] = None
    usage_bytes: int = None
    expires_after: Optional[VectorStoreExpiresAfter] = None
    expires_at: Optional[int] = None


@model
class VectorStoreDeleted(BaseModel):
    """Confirmation that a vector store was deleted."""

    id: str = None
    deleted: bool = None
    object: Literal["vector_store.deleted"] = None  # 'vector_store.deleted'


# -- search -------------------------------------------------------------------------------------


@model
class VectorStoreSearchResponseContent(BaseModel):
    """A chunk of text that matched a vector store search."""

    text: str = None
    type: Literal["text"] = 'text'


@model
class VectorStoreSearchResponse(BaseModel):
    """One file that matched a vector store search, with its score and matching chunks."""

    attributes: Optional[Dict[str, Union[str, float, bool]]] = None
    content: List[VectorStoreSearchResponseContent] = None
    file_id: str = None
    filename: str = None
    score: float = None


# -- files --------------------------------------------------------------------------------------


@model
class FileContentResponse(BaseModel):
    """One part of a vector store file's parsed content."""

    text: Optional[str] = None
    type: Optional[str] = None


@model
class VectorStoreFileLastError(BaseModel):
    """The last error met while processing a vector store file."""

    code: Literal["server_error", "unsupported_file", "invalid_file"] = None
    message: str = None


@model
class VectorStoreFile(BaseModel):
    """A file attached to a vector store, with its processing status."""

    id: str = None
    created_at: int = None
    last_error: Optional[VectorStoreFileLastError] = None
    object: Literal["vector_store.file"] = None  # 'vector_store.file'
    status: Literal["in_progress", "completed", "cancelled", "failed"] = None
    usage_bytes: int = None
    vector_store_id: str = None
    attributes: Optional[Dict[str, Union[str, float, bool]]] = None
    chunking_strategy: Optional[FileChunkingStrategy] = None


# -- file batches -------------------------------------------------------------------------------


@model
class VectorStoreFileBatchFileCounts(BaseModel):
    """How many files of a batch are in each processing state."""

    cancelled: int = None
    completed: int = None
    failed: int = None
    in_progress: int = None
    total: int = None


@model
class VectorStoreFileBatch(BaseModel):
    """A batch of files being added to a vector store together."""

    id: str = None
    created_at: int = None
    file_counts: VectorStoreFileBatchFileCounts = None
    object: Literal["vector_store.files_batch"] = None  # 'vector_store.files_batch'
    status: Literal["in_progress", "completed", "cancelled", "failed"] = None
    vector_store_id: str = None


@model
class VectorStoreFileDeleted(BaseModel):
    """Confirmation that a file was removed from a vector store."""

    id: str = None
    deleted: bool = None
    object: Literal["vector_store.file.deleted"] = None  # 'vector_store.file.deleted'


# -- unions -------------------------------------------------------------------------------------


FileChunkingStrategy = Union[StaticFileChunkingStrategyObject, OtherFileChunkingStrategyObject]
