"""Evals: how they are returned, their data source configs, and the run data sources that runs share."""

from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Union

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

    schema_: Dict[str, Any] = field('schema')
    type: Literal["logs"] = 'logs'
    metadata: Optional[Metadata] = None


@model
class EvalTestingCriterionEvalGraderTextSimilarity(TextSimilarityGrader):
    """A text-similarity grader used as a testing criterion, with its pass threshold."""

    pass_threshold: float = None


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

    id: str = None
    created_at: int = None
    data_source_config: EvalDataSourceConfig = None
    metadata: Optional[Metadata] = None
    name: str = None
    object: Literal["eval"] = None  # 'eval'
    testing_criteria: List[EvalTestingCriterion] = None


@model
class EvalCustomDataSourceConfig(BaseModel):
    """A custom data source config: the JSON schema of your items."""

    schema_: Dict[str, Any] = field('schema')
    type: Literal["custom"] = 'custom'


@model
class EvalDeleteResponse(BaseModel):
    """Confirmation that an eval was deleted."""

    deleted: bool = None
    eval_id: str = None
    object: str = None


@model
class EvalStoredCompletionsDataSourceConfig(BaseModel):
    """A data source config for stored chat completions, with its schema."""

    schema_: Dict[str, Any] = field('schema')
    type: Literal["stored_completions"] = 'stored_completions'
    metadata: Optional[Metadata] = None


# -- the completions run data source ------------------------------------------------------------


@model
class EvalRunSourceFileContentContent(BaseModel):
    """One inline row: the item and an optional sample."""

    item: Dict[str, Any] = None
    sample: Optional[Dict[str, Any]] = None


@model
class EvalRunSourceFileContent(BaseModel):
    """Items given inline, as rows."""

    content: List[EvalRunSourceFileContentContent] = None
    type: Literal["file_content"] = 'file_content'


@model
class EvalRunSourceFileID(BaseModel):
    """Items read from an uploaded JSONL file, by ID."""

    id: str = None
    type: Literal["file_id"] = 'file_id'


@model
class SourceStoredCompletions(BaseModel):
    """Items picked from stored chat completions by filters (model, dates, metadata)."""

    type: Literal["stored_completions"] = 'stored_completions'
    created_after: Optional[int] = None
    created_before: Optional[int] = None
    limit: Optional[int] = None
    metadata: Optional[Metadata] = None
    model: Optional[str] = None


@model
class InputMessagesTemplateTemplateEvalItemContentOutputText(BaseModel):
    """Assistant output text inside a message."""

    text: str = None
    type: Literal["output_text"] = 'output_text'


@model
class InputMessagesTemplateTemplateEvalItemContentInputImage(BaseModel):
    """An image (by URL) inside a message."""

    image_url: str = None
    type: Literal["input_image"] = 'input_image'
    detail: Optional[str] = None


@model
class InputMessagesTemplateTemplateEvalItem(BaseModel):
    """A message of an input template, whose content may hold text, images or audio."""

    content: InputMessagesTemplateTemplateEvalItemContent = None
    role: Literal["user", "assistant", "system", "developer"] = None
    type: Optional[Literal["message"]] = None


@model
class InputMessagesTemplate(BaseModel):
    """Input messages from a template whose placeholders take each item's fields."""

    template: List[InputMessagesTemplateTemplate] = None
    type: Literal["template"] = 'template'


@model
class InputMessagesItemReference(BaseModel):
    """Input messages read from a field of each item."""

    item_reference: str = None
    type: Literal["item_reference"] = 'item_reference'


@model
class SamplingParams(BaseModel):
    """How the model under test is sampled: temperature, token limit, seed, tools, ..."""

    max_completion_tokens: Optional[int] = None
    reasoning_effort: Optional[Literal["none", "minimal", "low", "medium", "high"]] = None
    response_format: Optional[SamplingParamsResponseFormat] = None
    seed: Optional[int] = None
    temperature: Optional[float] = None
    tools: Optional[List[ChatCompletionFunctionTool]] = None
    top_p: Optional[float] = None


@model
class CreateEvalCompletionsRunDataSource(BaseModel):
    """A run data source that samples the model with chat completions."""

    source: CreateEvalCompletionsRunDataSourceSource = None
    type: Literal["completions"] = 'completions'
    input_messages: Optional[InputMessages] = None
    model: Optional[str] = None
    sampling_params: Optional[SamplingParams] = None


# -- the JSONL run data source ------------------------------------------------------------------


@model
class CreateEvalJSONLRunDataSource(BaseModel):
    """A run data source reading items from JSONL, without sampling a model."""

    source: CreateEvalJsonlRunDataSourceSource = None
    type: Literal["jsonl"] = 'jsonl'


@model
class EvalAPIError(BaseModel):
    """An error from the API while running an eval."""

    code: str = None
    message: str = None


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
