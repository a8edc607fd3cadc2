"""Request-side types of `client.uploads` and `client.uploads.parts`."""

from __future__ import annotations

from typing import Literal, Required, Sequence, TypedDict

from .files import FilePurpose
from .params import FileTypes

__all__ = [
    # uploads
    "ExpiresAfter",
    "UploadCreateParams",
    "UploadCompleteParams",
    # parts
    "PartCreateParams",
]


# -- uploads -------------------------------------------------------------------------------------

class ExpiresAfter(TypedDict, total=False):
    """When the finished file expires: seconds after its creation."""

    anchor: Required[Literal["created_at"]]
    seconds: Required[int]


class UploadCreateParams(TypedDict, total=False):
    """Arguments of `uploads.create`."""

    bytes: Required[int]
    filename: Required[str]
    mime_type: Required[str]
    purpose: Required[FilePurpose]
    expires_after: ExpiresAfter


class UploadCompleteParams(TypedDict, total=False):
    """Arguments of `uploads.complete`: the parts, in order."""

    part_ids: Required[Sequence[str]]
    md5: str


# -- parts ---------------------------------------------------------------------------------------

class PartCreateParams(TypedDict, total=False):
    """Arguments of `uploads.parts.create`."""

    data: Required[FileTypes]
