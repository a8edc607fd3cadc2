"""Eval runs as each method returns them, and their output items."""

from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Union

from ._base import BaseModel, field, model
from .evals import CreateEvalCompletionsRunDataSource, CreateEvalJSONLRunDataSource, EvalAPIError
from .responses import ResponseFormatTextConfig, ResponseInputAudio, ResponseInputText, Tool
from .shared import Metadata

__all__ = [
    'EvalRunDataSourceResponsesSourceFileContentContent',
    'RunCancelResponseDataSourceResponsesSourceFileContentContent',
    'EvalRunDataSourceResponsesSourceFileContent',
    'RunCancelResponseDataSourceResponsesSourceFileContent',
    'EvalRunDataSourceResponsesSourceFileID',
    'RunCancelResponseDataSourceResponsesSourceFileID',
    'EvalRunDataSourceResponsesSourceResponses',
    'RunCancelResponseDataSourceResponsesSourceResponses',
    'EvalRunDataSourceResponsesSource',
    'RunCancelResponseDataSourceResponsesSource',
    'EvalRunMessage',
    'RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateChatMessage',
    'EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText',
    'RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText',
    'EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage',
    'RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage',
    'EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent',
    'RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent',
    'EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItem',
    'RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItem',
    'EvalRunDataSourceResponsesInputMessagesTemplateTemplate',
    'RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplate',
    'EvalRunDataSourceResponsesInputMessagesTemplate',
    'RunCancelResponseDataSourceResponsesInputMessagesTemplate',
    'EvalRunDataSourceResponsesInputMessagesItemReference',
    'RunCancelResponseDataSourceResponsesInputMessagesItemReference',
    'EvalRunDataSourceResponsesInputMessages',
    'RunCancelResponseDataSourceResponsesInputMessages',
    'EvalRunDataSourceResponsesSamplingParamsText',
    'RunCancelResponseDataSourceResponsesSamplingParamsText',
    'EvalRunDataSourceResponsesSamplingParams',
    'RunCancelResponseDataSourceResponsesSamplingParams',
    'EvalRunDataSourceResponses',
    'RunCancelResponseDataSourceResponses',
    'EvalRunDataSource',
    'RunCancelResponseDataSource',
    'EvalRunPerModelUsage',
    'RunCancelResponsePerModelUsage',
    'EvalRunPerTestingCriteriaResult',
    'RunCancelResponsePerTestingCriteriaResult',
    'EvalRunResultCounts',
    'RunCancelResponseResultCounts',
    'EvalRun',
    'RunCancelResponse',
    'RunCreateResponseDataSourceResponsesSourceFileContentContent',
    'RunCreateResponseDataSourceResponsesSourceFileContent',
    'RunCreateResponseDataSourceResponsesSourceFileID',
    'RunCreateResponseDataSourceResponsesSourceResponses',
    'RunCreateResponseDataSourceResponsesSource',
    'RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateChatMessage',
    'RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText',
    'RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage',
    'RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent',
    'RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItem',
    'RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplate',
    'RunCreateResponseDataSourceResponsesInputMessagesTemplate',
    'RunCreateResponseDataSourceResponsesInputMessagesItemReference',
    'RunCreateResponseDataSourceResponsesInputMessages',
    'RunCreateResponseDataSourceResponsesSamplingParamsText',
    'RunCreateResponseDataSourceResponsesSamplingParams',
    'RunCreateResponseDataSourceResponses',
    'RunCreateResponseDataSource',
    'RunCreateResponsePerModelUsage',
    'RunCreateResponsePerTestingCriteriaResult',
    'RunCreateResponseResultCounts',
    'RunCreateResponse',
    'RunDeleteResponse',
    'RunListResponseDataSourceResponsesSourceFileContentContent',
    'RunListResponseDataSourceResponsesSourceFileContent',
    'RunListResponseDataSourceResponsesSourceFileID',
    'RunListResponseDataSourceResponsesSourceResponses',
    'RunListResponseDataSourceResponsesSource',
    'RunListResponseDataSourceResponsesInputMessagesTemplateTemplateChatMessage',
    'RunListResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText',
    'RunListResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage',
    'RunListResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent',
    'RunListResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItem',
    'RunListResponseDataSourceResponsesInputMessagesTemplateTemplate',
    'RunListResponseDataSourceResponsesInputMessagesTemplate',
    'RunListResponseDataSourceResponsesInputMessagesItemReference',
    'RunListResponseDataSourceResponsesInputMessages',
    'RunListResponseDataSourceResponsesSamplingParamsText',
    'RunListResponseDataSourceResponsesSamplingParams',
    'RunListResponseDataSourceResponses',
    'RunListResponseDataSource',
    'RunListResponsePerModelUsage',
    'RunListResponsePerTestingCriteriaResult',
    'RunListResponseResultCounts',
    'RunListResponse',
    'RunRetrieveResponseDataSourceResponsesSourceFileContentContent',
    'RunRetrieveResponseDataSourceResponsesSourceFileContent',
    'RunRetrieveResponseDataSourceResponsesSourceFileID',
    'RunRetrieveResponseDataSourceResponsesSourceResponses',
    'RunRetrieveResponseDataSourceResponsesSource',
    'RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateChatMessage',
    'RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText',
    'RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage',
    'RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent',
    'RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItem',
    'RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplate',
    'RunRetrieveResponseDataSourceResponsesInputMessagesTemplate',
    'RunRetrieveResponseDataSourceResponsesInputMessagesItemReference',
    'RunRetrieveResponseDataSourceResponsesInputMessages',
    'RunRetrieveResponseDataSourceResponsesSamplingParamsText',
    'RunRetrieveResponseDataSourceResponsesSamplingParams',
    'RunRetrieveResponseDataSourceResponses',
    'RunRetrieveResponseDataSource',
    'RunRetrieveResponsePerModelUsage',
    'RunRetrieveResponsePerTestingCriteriaResult',
    'RunRetrieveResponseResultCounts',
    'RunRetrieveResponse',
    'EvalRunOutputItemResult',
    'OutputItemListResponseResult',
    'OutputItemListResponseSampleInput',
    'OutputItemListResponseSampleOutput',
    'EvalRunOutputItemSampleUsage',
    'OutputItemListResponseSampleUsage',
    'EvalRunOutputItemSample',
    'OutputItemListResponseSample',
    'EvalRunOutputItem',
    'OutputItemListResponse',
    'OutputItemRetrieveResponseResult',
    'OutputItemRetrieveResponseSampleInput',
    'OutputItemRetrieveResponseSampleOutput',
    'OutputItemRetrieveResponseSampleUsage',
    'OutputItemRetrieveResponseSample',
    'OutputItemRetrieveResponse',
]


# -- an eval run, as every `runs` method returns it ---------------------------------------------


@model
class EvalRunDataSourceResponsesSourceFileContentContent(BaseModel):
    """One inline row: the item and an optional sample."""

    item: Dict[str, Any] = None
    sample: Optional[Dict[str, Any]] = None


@model
class EvalRunDataSourceResponsesSourceFileContent(BaseModel):
    """Items given inline, as rows."""

    content: List[EvalRunDataSourceResponsesSourceFileContentContent] = None
    type: Literal["file_content"] = 'file_content'


@model
class EvalRunDataSourceResponsesSourceFileID(BaseModel):
    """Items read from an uploaded JSONL file, by ID."""

    id: str = None
    type: Literal["file_id"] = 'file_id'


@model
class EvalRunDataSourceResponsesSourceResponses(BaseModel):
    """Items picked from stored responses by filters (model, dates, metadata, ...)."""

    type: Literal["responses"] = 'responses'
    created_after: Optional[int] = None
    created_before: Optional[int] = None
    instructions_search: Optional[str] = None
    metadata: Optional[Any] = None
    model: Optional[str] = None
    reasoning_effort: Optional[Literal["none", "minimal", "low", "medium", "high"]] = None
    temperature: Optional[float] = None
    tools: Optional[List[str]] = None
    top_p: Optional[float] = None
    users: Optional[List[str]] = None


@model
class EvalRunMessage(BaseModel):
    """A plain chat message, its role and text: in an input template, or a sample's input or output."""

    content: Optional[str] = None
    role: Optional[str] = None


@model
class EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText(BaseModel):
    """Assistant output text inside a message."""

    text: str = None
    type: Literal["output_text"] = 'output_text'


@model
class EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage(BaseModel):
    """An image (by URL) inside a message."""

    image_url: str = None
    type: Literal["input_image"] = 'input_image'
    detail: Optional[str] = None


@model
class EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItem(BaseModel):
    """A message of an input template, whose content may hold text, images or audio."""

    content: EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent = None
    role: Literal["user", "assistant", "system", "developer"] = None
    type: Optional[Literal["message"]] = None


@model
class EvalRunDataSourceResponsesInputMessagesTemplate(BaseModel):
    """Input messages from a template whose placeholders take each item's fields."""

    template: List[EvalRunDataSourceResponsesInputMessagesTemplateTemplate] = None
    type: Literal["template"] = 'template'


@model
class EvalRunDataSourceResponsesInputMessagesItemReference(BaseModel):
    """Input messages read from a field of each item."""

    item_reference: str = None
    type: Literal["item_reference"] = 'item_reference'


@model
class EvalRunDataSourceResponsesSamplingParamsText(BaseModel):
    """Text output settings for sampling, such as a structured output format."""

    format: Optional[ResponseFormatTextConfig] = None


@model
class EvalRunDataSourceResponsesSamplingParams(BaseModel):
    """How the model under test is sampled: temperature, token limit, seed, tools, ..."""

    max_completion_tokens: Optional[int] = None
    reasoning_effort: Optional[Literal["none", "minimal", "low", "medium", "high"]] = None
    seed: Optional[int] = None
    temperature: Optional[float] = None
    text: Optional[EvalRunDataSourceResponsesSamplingParamsText] = None
    tools: Optional[List[Tool]] = None
    top_p: Optional[float] = None


@model
class EvalRunDataSourceResponses(BaseModel):
    """Items picked from stored responses by filters (model, dates, metadata, ...)."""

    source: EvalRunDataSourceResponsesSource = None
    type: Literal["responses"] = 'responses'
    input_messages: Optional[EvalRunDataSourceResponsesInputMessages] = None
    model: Optional[str] = None
    sampling_params: Optional[EvalRunDataSourceResponsesSamplingParams] = None


@model
class EvalRunPerModelUsage(BaseModel):
    """Token usage of one model during the run."""

    cached_tokens: int = None
    completion_tokens: int = None
    invocation_count: int = None
    run_model_name: str = field('model_name')
    prompt_tokens: int = None
    total_tokens: int = None


@model
class EvalRunPerTestingCriteriaResult(BaseModel):
    """How many items passed and failed one testing criterion."""

    failed: int = None
    passed: int = None
    testing_criteria: str = None


@model
class EvalRunResultCounts(BaseModel):
    """How many of the run's items passed, failed or errored."""

    errored: int = None
    failed: int = None
    passed: int = None
    total: int = None


@model
class EvalRun(BaseModel):
    """An eval run (status, data source, results), as every `evals.runs` method returns it."""

    id: str = None
    created_at: int = None
    data_source: EvalRunDataSource = None
    error: EvalAPIError = None
    eval_id: str = None
    metadata: Optional[Metadata] = None
    model: str = None
    name: str = None
    object: Literal["eval.run"] = None  # 'eval.run'
    per_model_usage: List[EvalRunPerModelUsage] = None
    per_testing_criteria_results: List[EvalRunPerTestingCriteriaResult] = None
    report_url: str = None
    result_counts: EvalRunResultCounts = None
    status: str = None


# -- runs.delete() ------------------------------------------------------------------------------


@model
class RunDeleteResponse(BaseModel):
    """Confirmation that an eval run was deleted."""

    deleted: Optional[bool] = None
    object: Optional[str] = None
    run_id: Optional[str] = None


# -- output items -------------------------------------------------------------------------------


@model
class EvalRunOutputItemResult(BaseModel):
    """One grader's result on this output item."""

    name: str = None
    passed: bool = None
    score: float = None
    sample: Optional[Dict[str, Any]] = None
    type: Optional[str] = None


@model
class EvalRunOutputItemSampleUsage(BaseModel):
    """Token usage of this sample."""

    cached_tokens: int = None
    completion_tokens: int = None
    prompt_tokens: int = None
    total_tokens: int = None


@model
class EvalRunOutputItemSample(BaseModel):
    """What the model was given and produced for this item, with usage and any error."""

    error: EvalAPIError = None
    finish_reason: str = None
    input: List[EvalRunMessage] = None
    max_completion_tokens: int = None
    model: str = None
    output: List[EvalRunMessage] = None
    seed: int = None
    temperature: float = None
    top_p: float = None
    usage: EvalRunOutputItemSampleUsage = None


@model
class EvalRunOutputItem(BaseModel):
    """One item of an eval run: its data, the model's sample and the graders' results."""

    id: str = None
    created_at: int = None
    datasource_item: Dict[str, Any] = None
    datasource_item_id: int = None
    eval_id: str = None
    object: Literal["eval.run.output_item"] = None  # 'eval.run.output_item'
    results: List[EvalRunOutputItemResult] = None
    run_id: str = None
    sample: EvalRunOutputItemSample = None
    status: str = None


# -- unions -------------------------------------------------------------------------------------


EvalRunDataSourceResponsesSource = Union[EvalRunDataSourceResponsesSourceFileContent, EvalRunDataSourceResponsesSourceFileID, EvalRunDataSourceResponsesSourceResponses]
EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent = Union[str, ResponseInputText, EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText, EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage, ResponseInputAudio, List[Any]]
EvalRunDataSourceResponsesInputMessagesTemplateTemplate = Union[EvalRunMessage, EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItem]
EvalRunDataSourceResponsesInputMessages = Union[EvalRunDataSourceResponsesInputMessagesTemplate, EvalRunDataSourceResponsesInputMessagesItemReference]
EvalRunDataSource = Union[CreateEvalJSONLRunDataSource, CreateEvalCompletionsRunDataSource, EvalRunDataSourceResponses]


# -- the official names, one per method or container, for the shapes above ----------------------


RunCancelResponseDataSourceResponsesSourceFileContentContent = EvalRunDataSourceResponsesSourceFileContentContent
RunCancelResponseDataSourceResponsesSourceFileContent = EvalRunDataSourceResponsesSourceFileContent
RunCancelResponseDataSourceResponsesSourceFileID = EvalRunDataSourceResponsesSourceFileID
RunCancelResponseDataSourceResponsesSourceResponses = EvalRunDataSourceResponsesSourceResponses
RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateChatMessage = EvalRunMessage
RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText = EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText
RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage = EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage
RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItem = EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItem
RunCancelResponseDataSourceResponsesInputMessagesTemplate = EvalRunDataSourceResponsesInputMessagesTemplate
RunCancelResponseDataSourceResponsesInputMessagesItemReference = EvalRunDataSourceResponsesInputMessagesItemReference
RunCancelResponseDataSourceResponsesSamplingParamsText = EvalRunDataSourceResponsesSamplingParamsText
RunCancelResponseDataSourceResponsesSamplingParams = EvalRunDataSourceResponsesSamplingParams
RunCancelResponseDataSourceResponses = EvalRunDataSourceResponses
RunCancelResponsePerModelUsage = EvalRunPerModelUsage
RunCancelResponsePerTestingCriteriaResult = EvalRunPerTestingCriteriaResult
RunCancelResponseResultCounts = EvalRunResultCounts
RunCancelResponse = EvalRun
RunCreateResponseDataSourceResponsesSourceFileContentContent = EvalRunDataSourceResponsesSourceFileContentContent
RunCreateResponseDataSourceResponsesSourceFileContent = EvalRunDataSourceResponsesSourceFileContent
RunCreateResponseDataSourceResponsesSourceFileID = EvalRunDataSourceResponsesSourceFileID
RunCreateResponseDataSourceResponsesSourceResponses = EvalRunDataSourceResponsesSourceResponses
RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateChatMessage = EvalRunMessage
RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText = EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText
RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage = EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage
RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItem = EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItem
RunCreateResponseDataSourceResponsesInputMessagesTemplate = EvalRunDataSourceResponsesInputMessagesTemplate
RunCreateResponseDataSourceResponsesInputMessagesItemReference = EvalRunDataSourceResponsesInputMessagesItemReference
RunCreateResponseDataSourceResponsesSamplingParamsText = EvalRunDataSourceResponsesSamplingParamsText
RunCreateResponseDataSourceResponsesSamplingParams = EvalRunDataSourceResponsesSamplingParams
RunCreateResponseDataSourceResponses = EvalRunDataSourceResponses
RunCreateResponsePerModelUsage = EvalRunPerModelUsage
RunCreateResponsePerTestingCriteriaResult = EvalRunPerTestingCriteriaResult
RunCreateResponseResultCounts = EvalRunResultCounts
RunCreateResponse = EvalRun
RunListResponseDataSourceResponsesSourceFileContentContent = EvalRunDataSourceResponsesSourceFileContentContent
RunListResponseDataSourceResponsesSourceFileContent = EvalRunDataSourceResponsesSourceFileContent
RunListResponseDataSourceResponsesSourceFileID = EvalRunDataSourceResponsesSourceFileID
RunListResponseDataSourceResponsesSourceResponses = EvalRunDataSourceResponsesSourceResponses
RunListResponseDataSourceResponsesInputMessagesTemplateTemplateChatMessage = EvalRunMessage
RunListResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText = EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText
RunListResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage = EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage
RunListResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItem = EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItem
RunListResponseDataSourceResponsesInputMessagesTemplate = EvalRunDataSourceResponsesInputMessagesTemplate
RunListResponseDataSourceResponsesInputMessagesItemReference = EvalRunDataSourceResponsesInputMessagesItemReference
RunListResponseDataSourceResponsesSamplingParamsText = EvalRunDataSourceResponsesSamplingParamsText
RunListResponseDataSourceResponsesSamplingParams = EvalRunDataSourceResponsesSamplingParams
RunListResponseDataSourceResponses = EvalRunDataSourceResponses
RunListResponsePerModelUsage = EvalRunPerModelUsage
RunListResponsePerTestingCriteriaResult = EvalRunPerTestingCriteriaResult
RunListResponseResultCounts = EvalRunResultCounts
RunListResponse = EvalRun
RunRetrieveResponseDataSourceResponsesSourceFileContentContent = EvalRunDataSourceResponsesSourceFileContentContent
RunRetrieveResponseDataSourceResponsesSourceFileContent = EvalRunDataSourceResponsesSourceFileContent
RunRetrieveResponseDataSourceResponsesSourceFileID = EvalRunDataSourceResponsesSourceFileID
RunRetrieveResponseDataSourceResponsesSourceResponses = EvalRunDataSourceResponsesSourceResponses
RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateChatMessage = EvalRunMessage
RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText = EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText
RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage = EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage
RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItem = EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItem
RunRetrieveResponseDataSourceResponsesInputMessagesTemplate = EvalRunDataSourceResponsesInputMessagesTemplate
RunRetrieveResponseDataSourceResponsesInputMessagesItemReference = EvalRunDataSourceResponsesInputMessagesItemReference
RunRetrieveResponseDataSourceResponsesSamplingParamsText = EvalRunDataSourceResponsesSamplingParamsText
RunRetrieveResponseDataSourceResponsesSamplingParams = EvalRunDataSourceResponsesSamplingParams
RunRetrieveResponseDataSourceResponses = EvalRunDataSourceResponses
RunRetrieveResponsePerModelUsage = EvalRunPerModelUsage
RunRetrieveResponsePerTestingCriteriaResult = EvalRunPerTestingCriteriaResult
RunRetrieveResponseResultCounts = EvalRunResultCounts
RunRetrieveResponse = EvalRun
OutputItemListResponseResult = EvalRunOutputItemResult
OutputItemListResponseSampleInput = EvalRunMessage
OutputItemListResponseSampleOutput = EvalRunMessage
OutputItemListResponseSampleUsage = EvalRunOutputItemSampleUsage
OutputItemListResponseSample = EvalRunOutputItemSample
OutputItemListResponse = EvalRunOutputItem
OutputItemRetrieveResponseResult = EvalRunOutputItemResult
OutputItemRetrieveResponseSampleInput = EvalRunMessage
OutputItemRetrieveResponseSampleOutput = EvalRunMessage
OutputItemRetrieveResponseSampleUsage = EvalRunOutputItemSampleUsage
OutputItemRetrieveResponseSample = EvalRunOutputItemSample
OutputItemRetrieveResponse = EvalRunOutputItem
RunCancelResponseDataSourceResponsesSource = EvalRunDataSourceResponsesSource
RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent = EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent
RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplate = EvalRunDataSourceResponsesInputMessagesTemplateTemplate
RunCancelResponseDataSourceResponsesInputMessages = EvalRunDataSourceResponsesInputMessages
RunCancelResponseDataSource = EvalRunDataSource
RunCreateResponseDataSourceResponsesSource = EvalRunDataSourceResponsesSource
RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent = EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent
RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplate = EvalRunDataSourceResponsesInputMessagesTemplateTemplate
RunCreateResponseDataSourceResponsesInputMessages = EvalRunDataSourceResponsesInputMessages
RunCreateResponseDataSource = EvalRunDataSource
RunListResponseDataSourceResponsesSource = EvalRunDataSourceResponsesSource
RunListResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent = EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent
RunListResponseDataSourceResponsesInputMessagesTemplateTemplate = EvalRunDataSourceResponsesInputMessagesTemplateTemplate
RunListResponseDataSourceResponsesInputMessages = EvalRunDataSourceResponsesInputMessages
RunListResponseDataSource = EvalRunDataSource
RunRetrieveResponseDataSourceResponsesSource = EvalRunDataSourceResponsesSource
RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent = EvalRunDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent
RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplate = EvalRunDataSourceResponsesInputMessagesTemplateTemplate
RunRetrieveResponseDataSourceResponsesInputMessages = EvalRunDataSourceResponsesInputMessages
RunRetrieveResponseDataSource = EvalRunDataSource
