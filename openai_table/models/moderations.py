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

    harassment: bool = None
    harassment_threatening: bool = field("harassment/threatening")
    hate: bool = None
    hate_threatening: bool = field("hate/threatening")
    illicit: Optional[bool] = None
    illicit_violent: Optional[bool] = field("illicit/violent")
    self_harm: bool = field("self-harm")
    self_harm_instructions: bool = field("self-harm/instructions")
    self_harm_intent: bool = field("self-harm/intent")
    sexual: bool = None
    sexual_minors: bool = field("sexual/minors")
    violence: bool = None
    violence_graphic: bool = field("violence/graphic")


@model
class CategoryAppliedInputTypes(BaseModel):
    """Which input types ("text", "image") each category's score considered."""

    harassment: List[str] = None
    harassment_threatening: List[str] = field("harassment/threatening")
    hate: List[str] = None
    hate_threatening: List[str] = field("hate/threatening")
    illicit: List[str] = None
    illicit_violent: List[str] = field("illicit/violent")
    self_harm: List[str] = field("self-harm")
    self_harm_instructions: List[str] = field("self-harm/instructions")
    self_harm_intent: List[str] = field("self-harm/intent")
    sexual: List[str] = None
    sexual_minors: List[str] = field("sexual/minors")
    violence: List[str] = None
    violence_graphic: List[str] = field("violence/graphic")


@model
class CategoryScores(BaseModel):
    """The model's confidence per category, from 0 to 1."""

    harassment: float = None
    harassment_threatening: float = field("harassment/threatening")
    hate: float = None
    hate_threatening: float = field("hate/threatening")
    illicit: float = None
    illicit_violent: float = field("illicit/violent")
    self_harm: float = field("self-harm")
    self_harm_instructions: float = field("self-harm/instructions")
    self_harm_intent: float = field("self-harm/intent")
    sexual: float = None
    sexual_minors: float = field("sexual/minors")
    violence: float = None
    violence_graphic: float = field("violence/graphic")


@model
class Moderation(BaseModel):
    """The classification of one input."""

    categories: Categories = None
    category_applied_input_types: CategoryAppliedInputTypes = None
    category_scores: CategoryScores = None
    flagged: bool = None


@model
class ModerationCreateResponse(BaseModel):
    """The classification of every input."""

    id: str = None
    model: str = None
    results: List[Moderation] = None
