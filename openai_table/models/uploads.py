"""Multi-part uploads of large files and their parts."""

from __future__ import annotations

from typing import Literal, Optional

from ._base import BaseModel, model
from .files import FileObject

__all__ = [
    "Upload",
    "UploadPart",
]


@model
class Upload(BaseModel):
    """A multi-part upload: created, filled with parts, then completed into a File."""

    id: str = None
    bytes: int = None
    created_at: int = None
    expires_at: int = None
    filename: str = None
    object: Literal["upload"] = None  # "upload"
    purpose: str = None
    status: Literal["pending", "completed", "cancelled", "expired"] = None
    file: Optional[FileObject] = None


@model
class UploadPart(BaseModel):
    """One chunk of bytes added to an upload."""

    id: str = None
    created_at: int = None
    object: Literal["upload.part"] = None  # "upload.part"
    upload_id: str = None
