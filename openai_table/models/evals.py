"""Evals: how they are returned, their data source configs, and the run data sources that runs share."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ._base import BaseModel, field, model
from .chat import ChatCompletionFunctionTool
from .graders import LabelModelGrader, PythonGrader, ScoreModelGrader, StringCheckGrader, TextSimilarityGrader
from .responses import EasyInputMessage, ResponseInputAudio, ResponseInputText
from .shared import Metadata, ResponseFormatJSONObject, ResponseFormatJSONSchema, ResponseFormatText

__all__ = [
    'EvalDataSourceConfigLogs',
    'EvalCreateResponseDataSourceConfigLogs',
    'EvalDataSourceConfig',
    'EvalCreateResponseDataSourceConfig',
    'EvalTestingCriterionEvalGraderTextSimilarity',
    'EvalCreateResponseTestingCriterionEvalGraderTextSimilarity',
    'EvalTestingCriterionEvalGraderPython',
    'EvalCreateResponseTestingCriterionEvalGraderPython',
    'EvalTestingCriterionEvalGraderScoreModel',
    'EvalCreateResponseTestingCriterionEvalGraderScoreModel',
    'EvalTestingCriterion',
    'EvalCreateResponseTestingCriterion',
    'Eval',
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
    'EvalRunSourceFileContentContent',
    'CreateEvalCompletionsRunDataSourceSourceFileContentContent',
    'EvalRunSourceFileContent',
    'CreateEvalCompletionsRunDataSourceSourceFileContent',
    'EvalRunSourceFileID',
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


# -- an eval, as every `evals` method returns it ------------------------------------------------


@model
class EvalDataSourceConfigLogs(BaseModel):
    """A data source config drawn from logs, with its schema."""

    schema_: Optional[Dict[str, Any]] = field('schema')
    type: str = 'logs'
    metadata: Optional[Metadata] = None


@model
class EvalTestingCriterionEvalGraderTextSimilarity(TextSimilarityGrader):
    """A text-similarity grader used as a testing criterion, with its pass threshold."""

    pass_threshold: Optional[float] = None


@model
class EvalTestingCriterionEvalGraderPython(PythonGrader):
    """A Python grader used as a testing criterion, with its pass threshold."""

    pass_threshold: Optional[float] = None


@model
class EvalTestingCriterionEvalGraderScoreModel(ScoreModelGrader):
    """A score-model grader used as a testing criterion, with its pass threshold."""

    pass_threshold: Optional[float] = None


@model
class Eval(BaseModel):
    """An eval (its data source config and testing criteria), as every `evals` method returns it."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data_source_config: Optional[EvalDataSourceConfig] = None
    metadata: Optional[Metadata] = None
    name: Optional[str] = None
    object: Optional[str] = None  # 'eval'
    testing_criteria: Optional[List[EvalTestingCriterion]] = None


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
class EvalStoredCompletionsDataSourceConfig(BaseModel):
    """A data source config for stored chat completions, with its schema."""

    schema_: Optional[Dict[str, Any]] = field('schema')
    type: str = 'stored_completions'
    metadata: Optional[Metadata] = None


# -- the completions run data source ------------------------------------------------------------


@model
class EvalRunSourceFileContentContent(BaseModel):
    """One inline row: the item and an optional sample."""

    item: Optional[Dict[str, Any]] = None
    sample: Optional[Dict[str, Any]] = None


@model
class EvalRunSourceFileContent(BaseModel):
    """Items given inline, as rows."""

    content: Optional[List[EvalRunSourceFileContentContent]] = None
    type: str = 'file_content'


@model
class EvalRunSourceFileID(BaseModel):
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


EvalDataSourceConfig = Union[EvalCustomDataSourceConfig, EvalDataSourceConfigLogs, EvalStoredCompletionsDataSourceConfig]
EvalTestingCriterion = Union[LabelModelGrader, StringCheckGrader, EvalTestingCriterionEvalGraderTextSimilarity, EvalTestingCriterionEvalGraderPython, EvalTestingCriterionEvalGraderScoreModel]
CreateEvalCompletionsRunDataSourceSource = Union[EvalRunSourceFileContent, EvalRunSourceFileID, SourceStoredCompletions]
InputMessagesTemplateTemplateEvalItemContent = Union[str, ResponseInputText, InputMessagesTemplateTemplateEvalItemContentOutputText, InputMessagesTemplateTemplateEvalItemContentInputImage, ResponseInputAudio, List[Any]]
InputMessagesTemplateTemplate = Union[EasyInputMessage, InputMessagesTemplateTemplateEvalItem]
InputMessages = Union[InputMessagesTemplate, InputMessagesItemReference]
SamplingParamsResponseFormat = Union[ResponseFormatText, ResponseFormatJSONSchema, ResponseFormatJSONObject]
CreateEvalJsonlRunDataSourceSource = Union[EvalRunSourceFileContent, EvalRunSourceFileID]


# -- the official names, one per method or container, for the shapes above ----------------------


EvalCreateResponseDataSourceConfigLogs = EvalDataSourceConfigLogs
EvalCreateResponseTestingCriterionEvalGraderTextSimilarity = EvalTestingCriterionEvalGraderTextSimilarity
EvalCreateResponseTestingCriterionEvalGraderPython = EvalTestingCriterionEvalGraderPython
EvalCreateResponseTestingCriterionEvalGraderScoreModel = EvalTestingCriterionEvalGraderScoreModel
EvalCreateResponse = Eval
EvalListResponseDataSourceConfigLogs = EvalDataSourceConfigLogs
EvalListResponseTestingCriterionEvalGraderTextSimilarity = EvalTestingCriterionEvalGraderTextSimilarity
EvalListResponseTestingCriterionEvalGraderPython = EvalTestingCriterionEvalGraderPython
EvalListResponseTestingCriterionEvalGraderScoreModel = EvalTestingCriterionEvalGraderScoreModel
EvalListResponse = Eval
EvalRetrieveResponseDataSourceConfigLogs = EvalDataSourceConfigLogs
EvalRetrieveResponseTestingCriterionEvalGraderTextSimilarity = EvalTestingCriterionEvalGraderTextSimilarity
EvalRetrieveResponseTestingCriterionEvalGraderPython = EvalTestingCriterionEvalGraderPython
EvalRetrieveResponseTestingCriterionEvalGraderScoreModel = EvalTestingCriterionEvalGraderScoreModel
EvalRetrieveResponse = Eval
EvalUpdateResponseDataSourceConfigLogs = EvalDataSourceConfigLogs
EvalUpdateResponseTestingCriterionEvalGraderTextSimilarity = EvalTestingCriterionEvalGraderTextSimilarity
EvalUpdateResponseTestingCriterionEvalGraderPython = EvalTestingCriterionEvalGraderPython
EvalUpdateResponseTestingCriterionEvalGraderScoreModel = EvalTestingCriterionEvalGraderScoreModel
EvalUpdateResponse = Eval
CreateEvalCompletionsRunDataSourceSourceFileContentContent = EvalRunSourceFileContentContent
CreateEvalCompletionsRunDataSourceSourceFileContent = EvalRunSourceFileContent
CreateEvalCompletionsRunDataSourceSourceFileID = EvalRunSourceFileID
CreateEvalJsonlRunDataSourceSourceFileContentContent = EvalRunSourceFileContentContent
CreateEvalJsonlRunDataSourceSourceFileContent = EvalRunSourceFileContent
CreateEvalJsonlRunDataSourceSourceFileID = EvalRunSourceFileID
EvalCreateResponseDataSourceConfig = EvalDataSourceConfig
EvalCreateResponseTestingCriterion = EvalTestingCriterion
EvalListResponseDataSourceConfig = EvalDataSourceConfig
EvalListResponseTestingCriterion = EvalTestingCriterion
EvalRetrieveResponseDataSourceConfig = EvalDataSourceConfig
EvalRetrieveResponseTestingCriterion = EvalTestingCriterion
EvalUpdateResponseDataSourceConfig = EvalDataSourceConfig
EvalUpdateResponseTestingCriterion = EvalTestingCriterion
