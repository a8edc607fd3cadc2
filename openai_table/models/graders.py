"""Graders: the ways evals and reinforcement fine-tuning score a model's output."""

from __future__ import annotations

from typing import Any, List, Literal, Optional, Union

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

    text: str = None
    type: Literal["output_text"] = 'output_text'


@model
class GraderInputContentInputImage(BaseModel):
    """An image (by URL) inside a message."""

    image_url: str = None
    type: Literal["input_image"] = 'input_image'
    detail: Optional[str] = None


@model
class GraderInput(BaseModel):
    """One message of a label-model grader's prompt, with template placeholders."""

    content: GraderInputContent = None
    role: Literal["user", "assistant", "system", "developer"] = None
    type: Optional[Literal["message"]] = None


@model
class LabelModelGrader(BaseModel):
    """A grader that asks a model to pick labels for each item; some labels count as passing."""

    input: List[GraderInput] = None
    labels: List[str] = None
    model: str = None
    name: str = None
    passing_labels: List[str] = None
    type: Literal["label_model"] = 'label_model'


# -- multi and python ---------------------------------------------------------------------------


@model
class MultiGrader(BaseModel):
    """Several graders combined into one score by a formula over their outputs."""

    calculate_output: str = None
    graders: Graders = None
    name: str = None
    type: Literal["multi"] = 'multi'


@model
class PythonGrader(BaseModel):
    """A grader that runs your Python source to score each item."""

    name: str = None
    source: str = None
    type: Literal["python"] = 'python'
    image_tag: Optional[str] = None


# -- score model --------------------------------------------------------------------------------


@model
class SamplingParams(BaseModel):
    """How the grader's own model is sampled: temperature, token limit, seed, reasoning effort."""

    max_completions_tokens: Optional[int] = None
    reasoning_effort: Optional[Literal["none", "minimal", "low", "medium", "high"]] = None
    seed: Optional[int] = None
    temperature: Optional[float] = None
    top_p: Optional[float] = None


@model
class ScoreModelGrader(BaseModel):
    """A grader that asks a model for a numeric score within a range."""

    input: List[GraderInput] = None
    model: str = None
    name: str = None
    type: Literal["score_model"] = 'score_model'
    range: Optional[List[float]] = None
    sampling_params: Optional[SamplingParams] = None


# -- string check and text similarity -----------------------------------------------------------


@model
class StringCheckGrader(BaseModel):
    """A grader comparing two strings (equal, not equal, like, ilike)."""

    input: str = None
    name: str = None
    operation: Literal["eq", "ne", "like", "ilike"] = None
    reference: str = None
    type: Literal["string_check"] = 'string_check'


@model
class TextSimilarityGrader(BaseModel):
    """A grader scoring how close a text is to a reference (BLEU, ROUGE, cosine, ...)."""

    evaluation_metric: Literal["cosine", "fuzzy_match", "bleu", "gleu", "meteor", "rouge_1", "rouge_2", "rouge_3", "rouge_4", "rouge_5", "rouge_l"] = None
    input: str = None
    name: str = None
    reference: str = None
    type: Literal["text_similarity"] = 'text_similarity'


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
