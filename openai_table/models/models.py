"""Response types of the /models endpoints."""

from typing import Literal, Optional

from ._base import BaseModel, model

__all__ = ["Model", "ModelDeleted"]


@model
class Model(BaseModel):
    """A model the API offers."""

    id: str = None
    created: int = None
    object: Literal["model"] = None  # "model"
    owned_by: str = None
    shutdown_date: Optional[str] = None  # ISO date, or null when none is announced


@model
class ModelDeleted(BaseModel):
    """The answer to deleting a fine-tuned model."""

    id: str = None
    deleted: bool = None
    object: str = None
