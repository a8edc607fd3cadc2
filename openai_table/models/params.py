"""Request-side shapes of the completions, embeddings, moderations, files and batches endpoints,
as plain dicts (``TypedDict``)."""

import os
from typing import IO, Dict, Iterable, Literal, Mapping, Optional, Required, Sequence, Tuple, TypedDict, Union

from .chat_params import ChatCompletionStreamOptionsParam
from .embeddings import EmbeddingModel
from .files import FilePurpose
from .moderations import ModerationModel
from .shared import Metadata

__all__ = [
    # completions (legacy)
    "CompletionCreateParamsBase",
    "CompletionCreateParamsNonStreaming",
    "CompletionCreateParamsStreaming",
    "CompletionCreateParams",
    # embeddings
    "EmbeddingCreateParams",
    # moderations
    "ImageURL",
    "ModerationImageURLInputParam",
    "ModerationTextInputParam",
    "ModerationMultiModalInputParam",
    "ModerationCreateParams",
    # files
    "FileTypes",
    "ExpiresAfter",
    "FileCreateParams",
    "FileListParams",
    # batches
    "OutputExpiresAfter",
    "BatchCreateParams",
    "BatchListParams",
]


# -- completions (legacy) --------------------------------------------------------------------


class CompletionCreateParamsBase(TypedDict, total=False):
    """The arguments of ``completions.create`` other than ``stream``."""

    model: Required[Union[str, Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]]]
    prompt: Required[Union[str, Sequence[str], Iterable[int], Iterable[Iterable[int]], None]]
    best_of: Optional[int]
    echo: Optional[bool]
    frequency_penalty: Optional[float]
    logit_bias: Optional[Dict[str, int]]
    logprobs: Optional[int]
    max_tokens: Optional[int]
    n: Optional[int]
    presence_penalty: Optional[float]
    seed: Optional[int]
    stop: Union[Optional[str], Sequence[str], None]
    stream_options: Optional[ChatCompletionStreamOptionsParam]
    suffix: Optional[str]
    temperature: Optional[float]
    top_p: Optional[float]
    user: str


class CompletionCreateParamsNonStreaming(CompletionCreateParamsBase, total=False):
    """The arguments of a non-streamed ``completions.create``."""

    stream: Optional[Literal[False]]


class CompletionCreateParamsStreaming(CompletionCreateParamsBase, total=False):
    """The arguments of a streamed ``completions.create``."""

    stream: Required[Literal[True]]


CompletionCreateParams = Union[CompletionCreateParamsNonStreaming, CompletionCreateParamsStreaming]


# -- embeddings ------------------------------------------------------------------------------


class EmbeddingCreateParams(TypedDict, total=False):
    """The arguments of ``embeddings.create``."""

    input: Required[Union[str, Sequence[str], Iterable[int], Iterable[Iterable[int]]]]
    model: Required[Union[str, EmbeddingModel]]
    dimensions: int
    encoding_format: Literal["float", "base64"]
    user: str


# -- moderations -----------------------------------------------------------------------------


class ImageURL(TypedDict, total=False):
    """An image to moderate, by URL or data URL."""

    url: Required[str]


class ModerationImageURLInputParam(TypedDict, total=False):
    """An image input to moderate."""

    image_url: Required[ImageURL]
    type: Required[Literal["image_url"]]


class ModerationTextInputParam(TypedDict, total=False):
    """A text input to moderate."""

    text: Required[str]
    type: Required[Literal["text"]]


ModerationMultiModalInputParam = Union[ModerationImageURLInputParam, ModerationTextInputParam]


class ModerationCreateParams(TypedDict, total=False):
    """The arguments of ``moderations.create``."""

    input: Required[Union[str, Sequence[str], Iterable[ModerationMultiModalInputParam]]]
    model: Union[str, ModerationModel]


# -- files -----------------------------------------------------------------------------------

_FileData = Union[IO[bytes], bytes, os.PathLike[str]]
# A file to upload: its content, or (filename, content[, mime type[, headers]]).
FileTypes = Union[
    _FileData,
    Tuple[Optional[str], _FileData],
    Tuple[Optional[str], _FileData, Optional[str]],
    Tuple[Optional[str], _FileData, Optional[str], Mapping[str, str]],
]


class ExpiresAfter(TypedDict, total=False):
    """When an uploaded file expires, counted from its creation."""

    anchor: Required[Literal["created_at"]]
    seconds: Required[int]


class FileCreateParams(TypedDict, total=False):
    """The arguments of ``files.create``."""

    file: Required[FileTypes]
    purpose: Required[FilePurpose]
    expires_after: ExpiresAfter


class FileListParams(TypedDict, total=False):
    """The arguments of ``files.list``."""

    after: str
    limit: int
    order: Literal["asc", "desc"]
    purpose: str


# -- batches ---------------------------------------------------------------------------------


class OutputExpiresAfter(TypedDict, total=False):
    """When a batch's output and error files expire, counted from their creation."""

    anchor: Required[Literal["created_at"]]
    seconds: Required[int]


class BatchCreateParams(TypedDict, total=False):
    """The arguments of ``batches.create``."""

    completion_window: Required[Literal["24h"]]
    endpoint: Required[
        Literal["/v1/responses", "/v1/chat/completions", "/v1/embeddings", "/v1/completions", "/v1/moderations"]
    ]
    input_file_id: Required[str]
    metadata: Optional[Metadata]
    output_expires_after: OutputExpiresAfter


class BatchListParams(TypedDict, total=False):
    """The arguments of ``batches.list``."""

    after: str
    limit: int
