"""Graders as you pass them to evals and fine-tuning jobs (request side)."""

from __future__ import annotations

from typing import Any, Dict, Iterable, Literal, Optional, Required, Sequence, TypedDict, Union
from .responses_params import ResponseInputAudioParam, ResponseInputTextParam
from .shared import ReasoningEffort

__all__ = [
    'GraderInputContentOutputTextParam',
    'LabelModelGraderParamInputContentOutputText',
    'GraderInputContentInputImageParam',
    'LabelModelGraderParamInputContentInputImage',
    'GraderInputContentParam',
    'LabelModelGraderParamInputContent',
    'GraderInputParam',
    'LabelModelGraderParamInput',
    'LabelModelGraderParam',
    'Graders',
    'MultiGraderParam',
    'PythonGraderParam',
    'ScoreModelGraderParamInputContentOutputText',
    'ScoreModelGraderParamInputContentInputImage',
    'ScoreModelGraderParamInputContent',
    'ScoreModelGraderParamInput',
    'SamplingParams',
    'ScoreModelGraderParam',
    'StringCheckGraderParam',
    'TextSimilarityGraderParam',
]


# -- label model --------------------------------------------------------------------------------


class GraderInputContentOutputTextParam(TypedDict, total=False):
    """Assistant output text inside a message."""

    text: Required[str]
    type: Required[Literal['output_text']]


class GraderInputContentInputImageParam(TypedDict, total=False):
    """An image (by URL) inside a message."""

    image_url: Required[str]
    type: Required[Literal['input_image']]
    detail: str


class GraderInputParam(TypedDict, total=False):
    """One message of a label-model grader's prompt."""

    content: Required[GraderInputContentParam]
    role: Required[Literal['user', 'assistant', 'system', 'developer']]
    type: Literal['message']


class LabelModelGraderParam(TypedDict, total=False):
    """A grader that asks a model to pick labels for each item."""

    input: Required[Iterable[GraderInputParam]]
    labels: Required[Sequence[str]]
    model: Required[str]
    name: Required[str]
    passing_labels: Required[Sequence[str]]
    type: Required[Literal['label_model']]


# -- multi and python ---------------------------------------------------------------------------


class MultiGraderParam(TypedDict, total=False):
    """Several graders combined into one score by a formula."""

    calculate_output: Required[str]
    graders: Required[Graders]
    name: Required[str]
    type: Required[Literal['multi']]


class PythonGraderParam(TypedDict, total=False):
    """A grader that runs Python source to score each item."""

    name: Required[str]
    source: Required[str]
    type: Required[Literal['python']]
    image_tag: str


# -- score model --------------------------------------------------------------------------------


class SamplingParams(TypedDict, total=False):
    """How the grader's own model is sampled: temperature, token limit, seed, reasoning effort."""

    max_completions_tokens: Optional[int]
    reasoning_effort: Optional[ReasoningEffort]
    seed: Optional[int]
    temperature: Optional[float]
    top_p: Optional[float]


class ScoreModelGraderParam(TypedDict, total=False):
    """A grader that asks a model for a numeric score."""

    input: Required[Iterable[GraderInputParam]]
    model: Required[str]
    name: Required[str]
    type: Required[Literal['score_model']]
    range: Iterable[float]
    sampling_params: SamplingParams


# -- string check and text similarity -----------------------------------------------------------


class StringCheckGraderParam(TypedDict, total=False):
    """A grader comparing two strings."""

    input: Required[str]
    name: Required[str]
    operation: Required[Literal['eq', 'ne', 'like', 'ilike']]
    reference: Required[str]
    type: Required[Literal['string_check']]


class TextSimilarityGraderParam(TypedDict, total=False):
    """A grader scoring a text's closeness to a reference."""

    evaluation_metric: Required[Literal['cosine', 'fuzzy_match', 'bleu', 'gleu', 'meteor', 'rouge_1', 'rouge_2', 'rouge_3', 'rouge_4', 'rouge_5', 'rouge_l']]
    input: Required[str]
    name: Required[str]
    reference: Required[str]
    type: Required[Literal['text_similarity']]


# -- unions -------------------------------------------------------------------------------------


GraderInputContentParam = Union[str, ResponseInputTextParam, GraderInputContentOutputTextParam, GraderInputContentInputImageParam, ResponseInputAudioParam, Iterable[object]]
Graders = Union[StringCheckGraderParam, TextSimilarityGraderParam, PythonGraderParam, ScoreModelGraderParam, LabelModelGraderParam]


# -- the official names, one per method or container, for the shapes above ----------------------


LabelModelGraderParamInputContentOutputText = GraderInputContentOutputTextParam
LabelModelGraderParamInputContentInputImage = GraderInputContentInputImageParam
LabelModelGraderParamInput = GraderInputParam
ScoreModelGraderParamInputContentOutputText = GraderInputContentOutputTextParam
ScoreModelGraderParamInputContentInputImage = GraderInputContentInputImageParam
ScoreModelGraderParamInput = GraderInputParam
LabelModelGraderParamInputContent = GraderInputContentParam
ScoreModelGraderParamInputContent = GraderInputContentParam
