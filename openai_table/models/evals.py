"""Evals: how they are returned, their data source configs, and the run data sources that runs share."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ._base import BaseModel, field, model
from .chat import ChatCompletionFunctionTool
from .graders import LabelModelGrader, PythonGrader, ScoreModelGrader, StringCheckGrader, TextSimilarityGrader
from .responses import EasyInputMessage, ResponseInputAudio, ResponseInputText
from .shared import Metadata, ResponseFormatJSONObject, ResponseFormatJSONSchema, ResponseFormatText

__all__ = [
    'EvalCreateResponseDataSourceConfigLogs',
    'EvalCreateResponseDataSourceConfig',
    'EvalCreateResponseTestingCriterionEvalGraderTextSimilarity',
    'EvalCreateResponseTestingCriterionEvalGraderPython',
    'EvalCreateResponseTestingCriterionEvalGraderScoreModel',
    'EvalCreateResponseTestingCriterion',
    'EvalCreateResponse',
    'EvalCustomDataSourceConfig',
    'EvalDeleteResponse',
    'EvalListResponseDataSourceConfigLogs',
    'EvalListResponseDataSourceConfig',
    'EvalListResponseTestingCriterionEvalGraderTextSimilarity',
    'EvalListResponseTestingCriterionEvalGraderPython',
    'EvalListResponseTestingCriterionEvalGraderScoreModel',
    'EvalListResponseTestingCriterion',
    'EvalListResponse',
    'EvalRetrieveResponseDataSourceConfigLogs',
    'EvalRetrieveResponseDataSourceConfig',
    'EvalRetrieveResponseTestingCriterionEvalGraderTextSimilarity',
    'EvalRetrieveResponseTestingCriterionEvalGraderPython',
    'EvalRetrieveResponseTestingCriterionEvalGraderScoreModel',
    'EvalRetrieveResponseTestingCriterion',
    'EvalRetrieveResponse',
    'EvalStoredCompletionsDataSourceConfig',
    'EvalUpdateResponseDataSourceConfigLogs',
    'EvalUpdateResponseDataSourceConfig',
    'EvalUpdateResponseTestingCriterionEvalGraderTextSimilarity',
    'EvalUpdateResponseTestingCriterionEvalGraderPython',
    'EvalUpdateResponseTestingCriterionEvalGraderScoreModel',
    'EvalUpdateResponseTestingCriterion',
    'EvalUpdateResponse',
    'CreateEvalCompletionsRunDataSourceSourceFileContentContent',
    'CreateEvalCompletionsRunDataSourceSourceFileContent',
    'CreateEvalCompletionsRunDataSourceSourceFileID',
    'SourceStoredCompletions',
    'CreateEvalCompletionsRunDataSourceSource',
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
    'CreateEvalCompletionsRunDataSource',
    'CreateEvalJsonlRunDataSourceSourceFileContentContent',
    'CreateEvalJsonlRunDataSourceSourceFileContent',
    'CreateEvalJsonlRunDataSourceSourceFileID',
    'CreateEvalJsonlRunDataSourceSource',
    'CreateEvalJSONLRunDataSource',
    'EvalAPIError',
]


# -- evals as returned by each method -----------------------------------------------------------


@model
class EvalCreateResponseDataSourceConfigLogs(BaseModel):
    """A data source config drawn from logs, with its schema."""

    schema_: Optional[Dict[str, Any]] = field('schema')
    type: str = 'logs'
    metadata: Optional[Metadata] = None


@model
class EvalCreateResponseTestingCriterionEvalGraderTextSimilarity(TextSimilarityGrader):
    """A text-similarity grader used as a testing criterion, with its pass threshold."""

    pass_threshold: Optional[float] = None


@model
class EvalCreateResponseTestingCriterionEvalGraderPython(PythonGrader):
    """A Python grader used as a testing criterion, with its pass threshold."""

    pass_threshold: Optional[float] = None


@model
class EvalCreateResponseTestingCriterionEvalGraderScoreModel(ScoreModelGrader):
    """A score-model grader used as a testing criterion, with its pass threshold."""

    pass_threshold: Optional[float] = None


@model
class EvalCreateResponse(BaseModel):
    """An eval (its data source config and testing criteria) as `evals.create()` returns it."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data_source_config: Optional[EvalCreateResponseDataSourceConfig] = None
    metadata: Optional[Metadata] = None
    name: Optional[str] = None
    object: Optional[str] = None  # 'eval'
    testing_criteria: Optional[List[EvalCreateResponseTestingCriterion]] = None


@model
class EvalCustomDataSourceConfig(BaseModel):
    """A custom data source config: the JSON schema of your items."""

    schema_: Optional[Dict[str, Any]] = field('schema')
    type: str = 'custom'


@model
class EvalDeleteResponse(BaseModel):
    """Confirmation that an eval was deleted."""

    deleted: Optional[bool] = None
    eval_id: Optional[str] = None
    object: Optional[str] = None


@model
class EvalListResponseDataSourceConfigLogs(BaseModel):
    """A data source config drawn from logs, with its schema."""

    schema_: Optional[Dict[str, Any]] = field('schema')
    type: str = 'logs'
    metadata: Optional[Metadata] = None


@model
class EvalListResponseTestingCriterionEvalGraderTextSimilarity(TextSimilarityGrader):
    """A text-similarity grader used as a testing criterion, with its pass threshold."""

    pass_threshold: Optional[float] = None


@model
class EvalListResponseTestingCriterionEvalGraderPython(PythonGrader):
    """A Python grader used as a testing criterion, with its pass threshold."""

    pass_threshold: Optional[float] = None


@model
class EvalListResponseTestingCriterionEvalGraderScoreModel(ScoreModelGrader):
    """A score-model grader used as a testing criterion, with its pass threshold."""

    pass_threshold: Optional[float] = None


@model
class EvalListResponse(BaseModel):
    """An eval (its data source config and testing criteria) as `evals.list()` returns it."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data_source_config: Optional[EvalListResponseDataSourceConfig] = None
    metadata: Optional[Metadata] = None
    name: Optional[str] = None
    object: Optional[str] = None  # 'eval'
    testing_criteria: Optional[List[EvalListResponseTestingCriterion]] = None


@model
class EvalRetrieveResponseDataSourceConfigLogs(BaseModel):
    """A data source config drawn from logs, with its schema."""

    schema_: Optional[Dict[str, Any]] = field('schema')
    type: str = 'logs'
    metadata: Optional[Metadata] = None


@model
class EvalRetrieveResponseTestingCriterionEvalGraderTextSimilarity(TextSimilarityGrader):
    """A text-similarity grader used as a testing criterion, with its pass threshold."""

    pass_threshold: Optional[float] = None


@model
class EvalRetrieveResponseTestingCriterionEvalGraderPython(PythonGrader):
    """A Python grader used as a testing criterion, with its pass threshold."""

    pass_threshold: Optional[float] = None


@model
class EvalRetrieveResponseTestingCriterionEvalGraderScoreModel(ScoreModelGrader):
    """A score-model grader used as a testing criterion, with its pass threshold."""

    pass_threshold: Optional[float] = None


@model
class EvalRetrieveResponse(BaseModel):
    """An eval (its data source config and testing criteria) as `evals.retrieve()` returns it."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data_source_config: Optional[EvalRetrieveResponseDataSourceConfig] = None
    metadata: Optional[Metadata] = None
    name: Optional[str] = None
    object: Optional[str] = None  # 'eval'
    testing_criteria: Optional[List[EvalRetrieveResponseTestingCriterion]] = None


@model
class EvalStoredCompletionsDataSourceConfig(BaseModel):
    """A data source config for stored chat completions, with its schema."""

    schema_: Optional[Dict[str, Any]] = field('schema')
    type: str = 'stored_completions'
    metadata: Optional[Metadata] = None


@model
class EvalUpdateResponseDataSourceConfigLogs(BaseModel):
    """A data source config drawn from logs, with its schema."""

    schema_: Optional[Dict[str, Any]] = field('schema')
    type: str = 'logs'
    metadata: Optional[Metadata] = None


@model
class EvalUpdateResponseTestingCriterionEvalGraderTextSimilarity(TextSimilarityGrader):
    """A text-similarity grader used as a testing criterion, with its pass threshold."""

    pass_threshold: Optional[float] = None


@model
class EvalUpdateResponseTestingCriterionEvalGraderPython(PythonGrader):
    """A Python grader used as a testing criterion, with its pass threshold."""

    pass_threshold: Optional[float] = None


@model
class EvalUpdateResponseTestingCriterionEvalGraderScoreModel(ScoreModelGrader):
    """A score-model grader used as a testing criterion, with its pass threshold."""

    pass_threshold: Optional[float] = None


@model
class EvalUpdateResponse(BaseModel):
    """An eval (its data source config and testing criteria) as `evals.update()` returns it."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data_source_config: Optional[EvalUpdateResponseDataSourceConfig] = None
    metadata: Optional[Metadata] = None
    name: Optional[str] = None
    object: Optional[str] = None  # 'eval'
    testing_criteria: Optional[List[EvalUpdateResponseTestingCriterion]] = None


# -- the completions run data source ------------------------------------------------------------


@model
class CreateEvalCompletionsRunDataSourceSourceFileContentContent(BaseModel):
    """One inline row: the item and an optional sample."""

    item: Optional[Dict[str, Any]] = None
    sample: Optional[Dict[str, Any]] = None


@model
class CreateEvalCompletionsRunDataSourceSourceFileContent(BaseModel):
    """Items given inline, as rows."""

    content: Optional[List[CreateEvalCompletionsRunDataSourceSourceFileContentContent]] = None
    type: str = 'file_content'


@model
class CreateEvalCompletionsRunDataSourceSourceFileID(BaseModel):
    """Items read from an uploaded JSONL file, by ID."""

    id: Optional[str] = None
    type: str = 'file_id'


@model
class SourceStoredCompletions(BaseModel):
    """Items picked from stored chat completions by filters (model, dates, metadata)."""

    type: str = 'stored_completions'
    created_after: Optional[int] = None
    created_before: Optional[int] = None
    limit: Optional[int] = None
    metadata: Optional[Metadata] = None
    model: Optional[str] = None


@model
class InputMessagesTemplateTemplateEvalItemContentOutputText(BaseModel):
    """Assistant output text inside a message."""

    text: Optional[str] = None
    type: str = 'output_text'


@model
class InputMessagesTemplateTemplateEvalItemContentInputImage(BaseModel):
    """An image (by URL) inside a message."""

    image_url: Optional[str] = None
    type: str = 'input_image'
    detail: Optional[str] = None


@model
class InputMessagesTemplateTemplateEvalItem(BaseModel):
    """A message of an input template, whose content may hold text, images or audio."""

    content: Optional[InputMessagesTemplateTemplateEvalItemContent] = None
    role: Optional[str] = None
    type: Optional[str] = None


@model
class InputMessagesTemplate(BaseModel):
    """Input messages from a template whose placeholders take each item's fields."""

    template: Optional[List[InputMessagesTemplateTemplate]] = None
    type: str = 'template'


@model
class InputMessagesItemReference(BaseModel):
    """Input messages read from a field of each item."""

    item_reference: Optional[str] = None
    type: str = 'item_reference'


@model
class SamplingParams(BaseModel):
    """How the model under test is sampled: temperature, token limit, seed, tools, ..."""

    max_completion_tokens: Optional[int] = None
    reasoning_effort: Optional[str] = None
    response_format: Optional[SamplingParamsResponseFormat] = None
    seed: Optional[int] = None
    temperature: Optional[float] = None
    tools: Optional[List[ChatCompletionFunctionTool]] = None
    top_p: Optional[float] = None


@model
class CreateEvalCompletionsRunDataSource(BaseModel):
    """A run data source that samples the model with chat completions."""

    source: Optional[CreateEvalCompletionsRunDataSourceSource] = None
    type: str = 'completions'
    input_messages: Optional[InputMessages] = None
    model: Optional[str] = None
    sampling_params: Optional[SamplingParams] = None


# -- the JSONL run data source ------------------------------------------------------------------


@model
class CreateEvalJsonlRunDataSourceSourceFileContentContent(BaseModel):
    """One inline row: the item and an optional sample."""

    item: Optional[Dict[str, Any]] = None
    sample: Optional[Dict[str, Any]] = None


@model
class CreateEvalJsonlRunDataSourceSourceFileContent(BaseModel):
    """Items given inline, as rows."""

    content: Optional[List[CreateEvalJsonlRunDataSourceSourceFileContentContent]] = None
    type: str = 'file_content'


@model
class CreateEvalJsonlRunDataSourceSourceFileID(BaseModel):
    """Items read from an uploaded JSONL file, by ID."""

    id: Optional[str] = None
    type: str = 'file_id'


@model
class CreateEvalJSONLRunDataSource(BaseModel):
    """A run data source reading items from JSONL, without sampling a model."""

    source: Optional[CreateEvalJsonlRunDataSourceSource] = None
    type: str = 'jsonl'


@model
class EvalAPIError(BaseModel):
    """An error from the API while running an eval."""

    code: Optional[str] = None
    message: Optional[str] = None


# -- unions -------------------------------------------------------------------------------------


EvalCreateResponseDataSourceConfig = Union[EvalCustomDataSourceConfig, EvalCreateResponseDataSourceConfigLogs, EvalStoredCompletionsDataSourceConfig]
EvalCreateResponseTestingCriterion = Union[LabelModelGrader, StringCheckGrader, EvalCreateResponseTestingCriterionEvalGraderTextSimilarity, EvalCreateResponseTestingCriterionEvalGraderPython, EvalCreateResponseTestingCriterionEvalGraderScoreModel]
EvalListResponseDataSourceConfig = Union[EvalCustomDataSourceConfig, EvalListResponseDataSourceConfigLogs, EvalStoredCompletionsDataSourceConfig]
EvalListResponseTestingCriterion = Union[LabelModelGrader, StringCheckGrader, EvalListResponseTestingCriterionEvalGraderTextSimilarity, EvalListResponseTestingCriterionEvalGraderPython, EvalListResponseTestingCriterionEvalGraderScoreModel]
EvalRetrieveResponseDataSourceConfig = Union[EvalCustomDataSourceConfig, EvalRetrieveResponseDataSourceConfigLogs, EvalStoredCompletionsDataSourceConfig]
EvalRetrieveResponseTestingCriterion = Union[LabelModelGrader, StringCheckGrader, EvalRetrieveResponseTestingCriterionEvalGraderTextSimilarity, EvalRetrieveResponseTestingCriterionEvalGraderPython, EvalRetrieveResponseTestingCriterionEvalGraderScoreModel]
EvalUpdateResponseDataSourceConfig = Union[EvalCustomDataSourceConfig, EvalUpdateResponseDataSourceConfigLogs, EvalStoredCompletionsDataSourceConfig]
EvalUpdateResponseTestingCriterion = Union[LabelModelGrader, StringCheckGrader, EvalUpdateResponseTestingCriterionEvalGraderTextSimilarity, EvalUpdateResponseTestingCriterionEvalGraderPython, EvalUpdateResponseTestingCriterionEvalGraderScoreModel]
CreateEvalCompletionsRunDataSourceSource = Union[CreateEvalCompletionsRunDataSourceSourceFileContent, CreateEvalCompletionsRunDataSourceSourceFileID, SourceStoredCompletions]
InputMessagesTemplateTemplateEvalItemContent = Union[str, ResponseInputText, InputMessagesTemplateTemplateEvalItemContentOutputText, InputMessagesTemplateTemplateEvalItemContentInputImage, ResponseInputAudio, List[Any]]
InputMessagesTemplateTemplate = Union[EasyInputMessage, InputMessagesTemplateTemplateEvalItem]
InputMessages = Union[InputMessagesTemplate, InputMessagesItemReference]
SamplingParamsResponseFormat = Union[ResponseFormatText, ResponseFormatJSONSchema, ResponseFormatJSONObject]
CreateEvalJsonlRunDataSourceSource = Union[CreateEvalJsonlRunDataSourceSourceFileContent, CreateEvalJsonlRunDataSourceSourceFileID]
