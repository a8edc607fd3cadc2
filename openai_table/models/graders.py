"""Graders: the ways evals and reinforcement fine-tuning score a model's output."""

from __future__ import annotations

from typing import Any, List, Optional, Union

from ._base import BaseModel, model
from .responses import ResponseInputAudio, ResponseInputText

__all__ = [
    'GraderInputContentOutputText',
    'LabelModelGraderInputContentOutputText',
    'GraderInputContentInputImage',
    'LabelModelGraderInputContentInputImage',
    'GraderInputContent',
    'LabelModelGraderInputContent',
    'GraderInput',
    'LabelModelGraderInput',
    'LabelModelGrader',
    'Graders',
    'MultiGrader',
    'PythonGrader',
    'ScoreModelGraderInputContentOutputText',
    'ScoreModelGraderInputContentInputImage',
    'ScoreModelGraderInputContent',
    'ScoreModelGraderInput',
    'SamplingParams',
    'ScoreModelGrader',
    'StringCheckGrader',
    'TextSimilarityGrader',
]


# -- label model --------------------------------------------------------------------------------


@model
class GraderInputContentOutputText(BaseModel):
    """Assistant output text inside a message."""

    text: Optional[str] = None
    type: str = 'output_text'


@model
class GraderInputContentInputImage(BaseModel):
    """An image (by URL) inside a message."""

    image_url: Optional[str] = None
    type: str = 'input_image'
    detail: Optional[str] = None


@model
class GraderInput(BaseModel):
    """One message of a label-model grader's prompt, with template placeholders."""

    content: Optional[GraderInputContent] = None
    role: Optional[str] = None
    type: Optional[str] = None


@model
class LabelModelGrader(BaseModel):
    """A grader that asks a model to pick labels for each item; some labels count as passing."""

    input: Optional[List[GraderInput]] = None
    labels: Optional[List[str]] = None
    model: Optional[str] = None
    name: Optional[str] = None
    passing_labels: Optional[List[str]] = None
    type: str = 'label_model'


# -- multi and python ---------------------------------------------------------------------------


@model
class MultiGrader(BaseModel):
    """Several graders combined into one score by a formula over their outputs."""

    calculate_output: Optional[str] = None
    graders: Optional[Graders] = None
    name: Optional[str] = None
    type: str = 'multi'


@model
class PythonGrader(BaseModel):
    """A grader that runs your Python source to score each item."""

    name: Optional[str] = None
    source: Optional[str] = None
    type: str = 'python'
    image_tag: Optional[str] = None


# -- score model --------------------------------------------------------------------------------


@model
class SamplingParams(BaseModel):
    """How the grader's own model is sampled: temperature, token limit, seed, reasoning effort."""

    max_completions_tokens: Optional[int] = None
    reasoning_effort: Optional[str] = None
    seed: Optional[int] = None
    temperature: Optional[float] = None
    top_p: Optional[float] = None


@model
class ScoreModelGrader(BaseModel):
    """A grader that asks a model for a numeric score within a range."""

    input: Optional[List[GraderInput]] = None
    model: Optional[str] = None
    name: Optional[str] = None
    type: str = 'score_model'
    range: Optional[List[float]] = None
    sampling_params: Optional[SamplingParams] = None


# -- string check and text similarity -----------------------------------------------------------


@model
class StringCheckGrader(BaseModel):
    """A grader comparing two strings (equal, not equal, like, ilike)."""

    input: Optional[str] = None
    name: Optional[str] = None
    operation: Optional[str] = None
    reference: Optional[str] = None
    type: str = 'string_check'


@model
class TextSimilarityGrader(BaseModel):
    """A grader scoring how close a text is to a reference (BLEU, ROUGE, cosine, ...)."""

    evaluation_metric: Optional[str] = None
    input: Optional[str] = None
    name: Optional[str] = None
    reference: Optional[str] = None
    type: str = 'text_similarity'


# -- unions -------------------------------------------------------------------------------------


GraderInputContent = Union[str, ResponseInputText, GraderInputContentOutputText, GraderInputContentInputImage, ResponseInputAudio, List[Any]]
Graders = Union[StringCheckGrader, TextSimilarityGrader, PythonGrader, ScoreModelGrader, LabelModelGrader]


# -- the official names, one per method or container, for the shapes above ----------------------


LabelModelGraderInputContentOutputText = GraderInputContentOutputText
LabelModelGraderInputContentInputImage = GraderInputContentInputImage
LabelModelGraderInput = GraderInput
ScoreModelGraderInputContentOutputText = GraderInputContentOutputText
ScoreModelGraderInputContentInputImage = GraderInputContentInputImage
ScoreModelGraderInput = GraderInput
LabelModelGraderInputContent = GraderInputContent
ScoreModelGraderInputContent = GraderInputContent
