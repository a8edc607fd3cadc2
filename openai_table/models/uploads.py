"""Multi-part uploads of large files and their parts."""

from __future__ import annotations

from typing import Optional

from ._base import BaseModel, model
from .files import FileObject

__all__ = [
    "Upload",
    "UploadPart",
]


@model
class Upload(BaseModel):
    """A multi-part upload: created, filled with parts, then completed into a File."""

    id: Optional[str] = None
    bytes: Optional[int] = None
    created_at: Optional[int] = None
    expires_at: Optional[int] = None
    filename: Optional[str] = None
    object: Optional[str] = None  # "upload"
    purpose: Optional[str] = None
    status: Optional[str] = None
    file: Optional[FileObject] = None


@model
class UploadPart(BaseModel):
    """One chunk of bytes added to an upload."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    object: Optional[str] = None  # "upload.part"
    upload_id: Optional[str] = None
