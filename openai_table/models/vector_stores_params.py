"""Vector stores: the arguments of their methods and chunking strategies (request side)."""

from __future__ import annotations

from typing import Dict, Iterable, Literal, Optional, Required, Sequence, TypedDict, Union

from .shared_params import ComparisonFilter, CompoundFilter, Metadata

__all__ = [
    'AutoFileChunkingStrategyParam',
    'FileChunkingStrategyParam',
    'StaticFileChunkingStrategyObjectParam',
    'StaticFileChunkingStrategyParam',
    'VectorStoreCreateParams',
    'VectorStoreCreateParamsExpiresAfter',
    'VectorStoreListParams',
    'VectorStoreSearchParams',
    'Filters',
    'RankingOptions',
    'VectorStoreUpdateParams',
    'VectorStoreUpdateParamsExpiresAfter',
    'FileBatchCreateParams',
    'File',
    'FileBatchListFilesParams',
    'FileCreateParams',
    'FileListParams',
    'FileUpdateParams',
]


# -- chunking strategies ------------------------------------------------------------------------


class AutoFileChunkingStrategyParam(TypedDict, total=False):
    """Let the API choose how to chunk the files (the default)."""

    type: Required[Literal['auto']]


class StaticFileChunkingStrategyObjectParam(TypedDict, total=False):
    """Chunk the files into fixed-size pieces."""

    static: Required[StaticFileChunkingStrategyParam]
    type: Required[Literal['static']]


class StaticFileChunkingStrategyParam(TypedDict, total=False):
    """Fixed-size chunking: chunk size and overlap, in tokens."""

    chunk_overlap_tokens: Required[int]
    max_chunk_size_tokens: Required[int]


# -- vector stores ------------------------------------------------------------------------------


class VectorStoreCreateParams(TypedDict, total=False):
    """Arguments of `vector_stores.create()`."""

    chunking_strategy: FileChunkingStrategyParam
    description: str
    expires_after: VectorStoreCreateParamsExpiresAfter
    file_ids: Sequence[str]
    metadata: Optional[Metadata]
    name: str


class VectorStoreCreateParamsExpiresAfter(TypedDict, total=False):
    """When the new vector store expires, in days after an anchor."""

    anchor: Required[Literal['last_active_at']]
    days: Required[int]


class VectorStoreListParams(TypedDict, total=False):
    """Arguments of `vector_stores.list()`."""

    after: str
    before: str
    limit: int
    order: Literal['asc', 'desc']


class VectorStoreSearchParams(TypedDict, total=False):
    """Arguments of `vector_stores.search()`."""

    query: Required[Union[str, Sequence[str]]]
    filters: Filters
    max_num_results: int
    ranking_options: RankingOptions
    rewrite_query: bool


class RankingOptions(TypedDict, total=False):
    """How search results are ranked, and the minimum score to keep."""

    ranker: Literal['none', 'auto', 'default-2024-11-15']
    score_threshold: float


class VectorStoreUpdateParams(TypedDict, total=False):
    """Arguments of `vector_stores.update()`."""

    expires_after: Optional[VectorStoreUpdateParamsExpiresAfter]
    metadata: Optional[Metadata]
    name: Optional[str]


class VectorStoreUpdateParamsExpiresAfter(TypedDict, total=False):
    """A new expiry policy for the vector store."""

    anchor: Required[Literal['last_active_at']]
    days: Required[int]


# -- file batches -------------------------------------------------------------------------------


class FileBatchCreateParams(TypedDict, total=False):
    """Arguments of `vector_stores.file_batches.create()`."""

    attributes: Optional[Dict[str, Union[str, float, bool]]]
    chunking_strategy: FileChunkingStrategyParam
    file_ids: Sequence[str]
    files: Iterable[File]


class File(TypedDict, total=False):
    """One file of a batch, with its own attributes and chunking."""

    file_id: Required[str]
    attributes: Optional[Dict[str, Union[str, float, bool]]]
    chunking_strategy: FileChunkingStrategyParam


class FileBatchListFilesParams(TypedDict, total=False):
    """Arguments of `vector_stores.file_batches.list_files()`."""

    vector_store_id: Required[str]
    after: str
    before: str
    filter: Literal['in_progress', 'completed', 'failed', 'cancelled']
    limit: int
    order: Literal['asc', 'desc']


# -- files --------------------------------------------------------------------------------------


class FileCreateParams(TypedDict, total=False):
    """Arguments of `vector_stores.files.create()`."""

    file_id: Required[str]
    attributes: Optional[Dict[str, Union[str, float, bool]]]
    chunking_strategy: FileChunkingStrategyParam


class FileListParams(TypedDict, total=False):
    """Arguments of `vector_stores.files.list()`."""

    after: str
    before: str
    filter: Literal['in_progress', 'completed', 'failed', 'cancelled']
    limit: int
    order: Literal['asc', 'desc']


class FileUpdateParams(TypedDict, total=False):
    """Arguments of `vector_stores.files.update()`."""

    vector_store_id: Required[str]
    attributes: Required[Optional[Dict[str, Union[str, float, bool]]]]


# -- aliases and unions -------------------------------------------------------------------------


FileChunkingStrategyParam = Union[AutoFileChunkingStrategyParam, StaticFileChunkingStrategyObjectParam]
Filters = Union[ComparisonFilter, CompoundFilter]
