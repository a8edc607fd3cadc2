"""Response types of endpoints the API has retired but old code still calls (`edits.create`)."""

from typing import List, Optional

from ._base import BaseModel, model
from .shared import CompletionUsage

__all__ = ["Edit", "EditChoice"]


@model
class EditChoice(BaseModel):
    """One edited text."""

    finish_reason: Optional[str] = None  # stop | length
    index: Optional[int] = None
    text: Optional[str] = None


@model
class Edit(BaseModel):
    """What the retired /edits endpoint answered."""

    choices: Optional[List[EditChoice]] = None
    created: Optional[int] = None
    object: Optional[str] = None  # "edit"
    usage: Optional[CompletionUsage] = None
