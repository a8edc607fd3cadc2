"""Response types of the /moderations endpoint."""

from typing import List, Literal, Optional

from ._base import BaseModel, field, model

__all__ = [
    "ModerationCreateResponse",
    "Moderation",
    "Categories",
    "CategoryScores",
    "CategoryAppliedInputTypes",
    "ModerationModel",
]

# The moderation model ids this SDK version knows by name.
ModerationModel = Literal[
    "omni-moderation-latest", "omni-moderation-2024-09-26", "text-moderation-latest", "text-moderation-stable"
]


@model
class Categories(BaseModel):
    """Whether the input was flagged, per category."""

    harassment: Optional[bool] = None
    harassment_threatening: Optional[bool] = field("harassment/threatening")
    hate: Optional[bool] = None
    hate_threatening: Optional[bool] = field("hate/threatening")
    illicit: Optional[bool] = None
    illicit_violent: Optional[bool] = field("illicit/violent")
    self_harm: Optional[bool] = field("self-harm")
    self_harm_instructions: Optional[bool] = field("self-harm/instructions")
    self_harm_intent: Optional[bool] = field("self-harm/intent")
    sexual: Optional[bool] = None
    sexual_minors: Optional[bool] = field("sexual/minors")
    violence: Optional[bool] = None
    violence_graphic: Optional[bool] = field("violence/graphic")


@model
class CategoryAppliedInputTypes(BaseModel):
    """Which input types ("text", "image") each category's score considered."""

    harassment: Optional[List[str]] = None
    harassment_threatening: Optional[List[str]] = field("harassment/threatening")
    hate: Optional[List[str]] = None
    hate_threatening: Optional[List[str]] = field("hate/threatening")
    illicit: Optional[List[str]] = None
    illicit_violent: Optional[List[str]] = field("illicit/violent")
    self_harm: Optional[List[str]] = field("self-harm")
    self_harm_instructions: Optional[List[str]] = field("self-harm/instructions")
    self_harm_intent: Optional[List[str]] = field("self-harm/intent")
    sexual: Optional[List[str]] = None
    sexual_minors: Optional[List[str]] = field("sexual/minors")
    violence: Optional[List[str]] = None
    violence_graphic: Optional[List[str]] = field("violence/graphic")


@model
class CategoryScores(BaseModel):
    """The model's confidence per category, from 0 to 1."""

    harassment: Optional[float] = None
    harassment_threatening: Optional[float] = field("harassment/threatening")
    hate: Optional[float] = None
    hate_threatening: Optional[float] = field("hate/threatening")
    illicit: Optional[float] = None
    illicit_violent: Optional[float] = field("illicit/violent")
    self_harm: Optional[float] = field("self-harm")
    self_harm_instructions: Optional[float] = field("self-harm/instructions")
    self_harm_intent: Optional[float] = field("self-harm/intent")
    sexual: Optional[float] = None
    sexual_minors: Optional[float] = field("sexual/minors")
    violence: Optional[float] = None
    violence_graphic: Optional[float] = field("violence/graphic")


@model
class Moderation(BaseModel):
    """The classification of one input."""

    categories: Optional[Categories] = None
    category_applied_input_types: Optional[CategoryAppliedInputTypes] = None
    category_scores: Optional[CategoryScores] = None
    flagged: Optional[bool] = None


@model
class ModerationCreateResponse(BaseModel):
    """The classification of every input."""

    id: Optional[str] = None
    model: Optional[str] = None
    results: Optional[List[Moderation]] = None
