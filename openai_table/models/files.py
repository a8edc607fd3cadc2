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

    id: str = None
    bytes: int = None
    created_at: int = None
    filename: str = None
    object: Literal["file"] = None  # "file"
    # assistants | assistants_output | batch | batch_output | fine-tune | fine-tune-results | vision | user_data
    purpose: Literal["assistants", "assistants_output", "batch", "batch_output", "fine-tune", "fine-tune-results", "vision", "user_data"] = None
    status: Literal["uploaded", "processed", "error"] = None  # deprecated: uploaded | processed | error
    expires_at: Optional[int] = None
    status_details: Optional[str] = None  # deprecated


@model
class FileDeleted(BaseModel):
    """The answer to deleting a file."""

    id: str = None
    deleted: bool = None
    object: Literal["file"] = None
