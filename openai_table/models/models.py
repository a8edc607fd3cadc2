"""Response types of the /models endpoints."""

from typing import Optional

from ._base import BaseModel, model

__all__ = ["Model", "ModelDeleted"]


@model
class Model(BaseModel):
    """A model the API offers."""

    id: Optional[str] = None
    created: Optional[int] = None
    object: Optional[str] = None  # "model"
    owned_by: Optional[str] = None
    shutdown_date: Optional[str] = None  # ISO date, or null when none is announced


@model
class ModelDeleted(BaseModel):
    """The answer to deleting a fine-tuned model."""

    id: Optional[str] = None
    deleted: Optional[bool] = None
    object: Optional[str] = None
