"""Response types of the /files endpoints."""

from typing import Literal, Optional

from ._base import BaseModel, model

__all__ = ["FileObject", "FileDeleted", "FileContent", "FilePurpose"]

FileContent = str
# What an uploaded file is for.
FilePurpose = Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"]


@model
class FileObject(BaseModel):
    """A file uploaded to the API."""

    id: Optional[str] = None
    bytes: Optional[int] = None
    created_at: Optional[int] = None
    filename: Optional[str] = None
    object: Optional[str] = None  # "file"
    # assistants | assistants_output | batch | batch_output | fine-tune | fine-tune-results | vision | user_data
    purpose: Optional[str] = None
    status: Optional[str] = None  # deprecated: uploaded | processed | error
    expires_at: Optional[int] = None
    status_details: Optional[str] = None  # deprecated


@model
class FileDeleted(BaseModel):
    """The answer to deleting a file."""

    id: Optional[str] = None
    deleted: Optional[bool] = None
    object: Optional[str] = None
