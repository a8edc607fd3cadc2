"""Evals: the arguments of their methods and the run data sources (request side)."""

from __future__ import annotations

from typing import Any, Dict, Iterable, Literal, Optional, Required, Sequence, TypedDict, Union

from .chat_params import ChatCompletionFunctionToolParam
from .graders_params import PythonGraderParam, ScoreModelGraderParam, StringCheckGraderParam, TextSimilarityGraderParam
from .responses_params import EasyInputMessageParam, ResponseInputAudioParam, ResponseInputTextParam
from .shared import ReasoningEffort
from .shared_params import Metadata, ResponseFormatJSONObject, ResponseFormatJSONSchema, ResponseFormatText

__all__ = [
    'EvalCreateParams',
    'DataSourceConfigCustom',
    'DataSourceConfigLogs',
    'DataSourceConfigStoredCompletions',
    'DataSourceConfig',
    'TestingCriterionLabelModelInputSimpleInputMessage',
    'EvalItemContentOutputTextParam',
    'TestingCriterionLabelModelInputEvalItemContentOutputText',
    'EvalItemContentInputImageParam',
    'TestingCriterionLabelModelInputEvalItemContentInputImage',
    'EvalItemContentParam',
    'TestingCriterionLabelModelInputEvalItemContent',
    'EvalItemParam',
    'TestingCriterionLabelModelInputEvalItem',
    'TestingCriterionLabelModelInput',
    'TestingCriterionLabelModel',
    'TestingCriterionTextSimilarity',
    'TestingCriterionPython',
    'TestingCriterionScoreModel',
    'TestingCriterion',
    'EvalListParams',
    'EvalUpdateParams',
    'EvalRunSourceFileContentContentParam',
    'CreateEvalCompletionsRunDataSourceParamSourceFileContentContent',
    'EvalRunSourceFileContentParam',
    'CreateEvalCompletionsRunDataSourceParamSourceFileContent',
    'EvalRunSourceFileIDParam',
    'CreateEvalCompletionsRunDataSourceParamSourceFileID',
    'SourceStoredCompletions',
    'CreateEvalCompletionsRunDataSourceParamSource',
    'InputMessagesTemplateTemplateEvalItemContentOutputText',
    'InputMessagesTemplateTemplateEvalItemContentInputImage',
    'InputMessagesTemplateTemplateEvalItemContent',
    'InputMessagesTemplateTemplateEvalItem',
    'InputMessagesTemplateTemplate',
    'InputMessagesTemplate',
    'InputMessagesItemReference',
    'InputMessages',
    'SamplingParamsResponseFormat',
    'SamplingParams',
    'CreateEvalCompletionsRunDataSourceParam',
    'CreateEvalJsonlRunDataSourceParamSourceFileContentContent',
    'CreateEvalJsonlRunDataSourceParamSourceFileContent',
    'CreateEvalJsonlRunDataSourceParamSourceFileID',
    'CreateEvalJsonlRunDataSourceParamSource',
    'CreateEvalJSONLRunDataSourceParam',
]


# -- evals --------------------------------------------------------------------------------------


class EvalCreateParams(TypedDict, total=False):
    """Arguments of `evals.create()`."""

    data_source_config: Required[DataSourceConfig]
    testing_criteria: Required[Iterable[TestingCriterion]]
    metadata: Optional[Metadata]
    name: str


class DataSourceConfigCustom(TypedDict, total=False):
    """A custom data source config: the JSON schema your items follow."""

    item_schema: Required[Dict[str, object]]
    type: Required[Literal['custom']]
    include_sample_schema: bool


class DataSourceConfigLogs(TypedDict, total=False):
    """A data source config taking its items from logs, filtered by metadata."""

    type: Required[Literal['logs']]
    metadata: Dict[str, object]


class DataSourceConfigStoredCompletions(TypedDict, total=False):
    """A data source config taking stored chat completions, filtered by metadata."""

    type: Required[Literal['stored_completions']]
    metadata: Dict[str, object]


class TestingCriterionLabelModelInputSimpleInputMessage(TypedDict, total=False):
    """A plain (role, text) message of a label-model grader's prompt."""

    content: Required[str]
    role: Required[str]


class EvalItemContentOutputTextParam(TypedDict, total=False):
    """Assistant output text inside a message."""

    text: Required[str]
    type: Required[Literal['output_text']]


class EvalItemContentInputImageParam(TypedDict, total=False):
    """An image (by URL) inside a message."""

    image_url: Required[str]
    type: Required[Literal['input_image']]
    detail: str


class EvalItemParam(TypedDict, total=False):
    """A message of a label-model grader's prompt with richer content."""

    content: Required[EvalItemContentParam]
    role: Required[Literal['user', 'assistant', 'system', 'developer']]
    type: Literal['message']


class TestingCriterionLabelModel(TypedDict, total=False):
    """A label-model grader as a testing criterion."""

    input: Required[Iterable[TestingCriterionLabelModelInput]]
    labels: Required[Sequence[str]]
    model: Required[str]
    name: Required[str]
    passing_labels: Required[Sequence[str]]
    type: Required[Literal['label_model']]


class TestingCriterionTextSimilarity(TextSimilarityGraderParam, total=False):
    """A text-similarity grader as a testing criterion, with its pass threshold."""

    pass_threshold: Required[float]


class TestingCriterionPython(PythonGraderParam, total=False):
    """A Python grader as a testing criterion, with an optional pass threshold."""

    pass_threshold: float


class TestingCriterionScoreModel(ScoreModelGraderParam, total=False):
    """A score-model grader as a testing criterion, with an optional pass threshold."""

    pass_threshold: float


class EvalListParams(TypedDict, total=False):
    """Arguments of `evals.list()`."""

    after: str
    limit: int
    order: Literal['asc', 'desc']
    order_by: Literal['created_at', 'updated_at']


class EvalUpdateParams(TypedDict, total=False):
    """Arguments of `evals.update()`."""

    metadata: Optional[Metadata]
    name: str


# -- the completions run data source ------------------------------------------------------------


class EvalRunSourceFileContentContentParam(TypedDict, total=False):
    """One inline row: the item and an optional sample."""

    item: Required[Dict[str, object]]
    sample: Dict[str, object]


class EvalRunSourceFileContentParam(TypedDict, total=False):
    """Items given inline, as rows."""

    content: Required[Iterable[EvalRunSourceFileContentContentParam]]
    type: Required[Literal['file_content']]


class EvalRunSourceFileIDParam(TypedDict, total=False):
    """Items read from an uploaded JSONL file, by ID."""

    id: Required[str]
    type: Required[Literal['file_id']]


class SourceStoredCompletions(TypedDict, total=False):
    """Items picked from stored chat completions by filters (model, dates, metadata)."""

    type: Required[Literal['stored_completions']]
    created_after: Optional[int]
    created_before: Optional[int]
    limit: Optional[int]
    metadata: Optional[Metadata]
    model: Optional[str]


class InputMessagesTemplate(TypedDict, total=False):
    """Input messages from a template whose placeholders take each item's fields."""

    template: Required[Iterable[InputMessagesTemplateTemplate]]
    type: Required[Literal['template']]


class InputMessagesItemReference(TypedDict, total=False):
    """Input messages read from a field of each item."""

    item_reference: Required[str]
    type: Required[Literal['item_reference']]


class SamplingParams(TypedDict, total=False):
    """How the model under test is sampled: temperature, token limit, seed, tools, ..."""

    max_completion_tokens: int
    reasoning_effort: Optional[ReasoningEffort]
    response_format: SamplingParamsResponseFormat
    seed: int
    temperature: float
    tools: Iterable[ChatCompletionFunctionToolParam]
    top_p: float


class CreateEvalCompletionsRunDataSourceParam(TypedDict, total=False):
    """A run data source that samples the model with chat completions."""

    source: Required[CreateEvalCompletionsRunDataSourceParamSource]
    type: Required[Literal['completions']]
    input_messages: InputMessages
    model: str
    sampling_params: SamplingParams


# -- the JSONL run data source ------------------------------------------------------------------


class CreateEvalJSONLRunDataSourceParam(TypedDict, total=False):
    """A run data source reading items from JSONL, without sampling a model."""

    source: Required[CreateEvalJsonlRunDataSourceParamSource]
    type: Required[Literal['jsonl']]


# -- unions -------------------------------------------------------------------------------------


DataSourceConfig = Union[DataSourceConfigCustom, DataSourceConfigLogs, DataSourceConfigStoredCompletions]
EvalItemContentParam = Union[str, ResponseInputTextParam, EvalItemContentOutputTextParam, EvalItemContentInputImageParam, ResponseInputAudioParam, Iterable[object]]
TestingCriterionLabelModelInput = Union[TestingCriterionLabelModelInputSimpleInputMessage, EvalItemParam]
TestingCriterion = Union[TestingCriterionLabelModel, StringCheckGraderParam, TestingCriterionTextSimilarity, TestingCriterionPython, TestingCriterionScoreModel]
CreateEvalCompletionsRunDataSourceParamSource = Union[EvalRunSourceFileContentParam, EvalRunSourceFileIDParam, SourceStoredCompletions]
InputMessagesTemplateTemplate = Union[EasyInputMessageParam, EvalItemParam]
InputMessages = Union[InputMessagesTemplate, InputMessagesItemReference]
SamplingParamsResponseFormat = Union[ResponseFormatText, ResponseFormatJSONSchema, ResponseFormatJSONObject]
CreateEvalJsonlRunDataSourceParamSource = Union[EvalRunSourceFileContentParam, EvalRunSourceFileIDParam]


# -- the official names, one per method or container, for the shapes above ----------------------


TestingCriterionLabelModelInputEvalItemContentOutputText = EvalItemContentOutputTextParam
TestingCriterionLabelModelInputEvalItemContentInputImage = EvalItemContentInputImageParam
TestingCriterionLabelModelInputEvalItem = EvalItemParam
CreateEvalCompletionsRunDataSourceParamSourceFileContentContent = EvalRunSourceFileContentContentParam
CreateEvalCompletionsRunDataSourceParamSourceFileContent = EvalRunSourceFileContentParam
CreateEvalCompletionsRunDataSourceParamSourceFileID = EvalRunSourceFileIDParam
InputMessagesTemplateTemplateEvalItemContentOutputText = EvalItemContentOutputTextParam
InputMessagesTemplateTemplateEvalItemContentInputImage = EvalItemContentInputImageParam
InputMessagesTemplateTemplateEvalItem = EvalItemParam
CreateEvalJsonlRunDataSourceParamSourceFileContentContent = EvalRunSourceFileContentContentParam
CreateEvalJsonlRunDataSourceParamSourceFileContent = EvalRunSourceFileContentParam
CreateEvalJsonlRunDataSourceParamSourceFileID = EvalRunSourceFileIDParam
TestingCriterionLabelModelInputEvalItemContent = EvalItemContentParam
InputMessagesTemplateTemplateEvalItemContent = EvalItemContentParam
