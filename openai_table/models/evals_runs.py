"""Eval runs as each method returns them, and their output items."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ._base import BaseModel, field, model
from .evals import CreateEvalCompletionsRunDataSource, CreateEvalJSONLRunDataSource, EvalAPIError
from .responses import ResponseFormatTextConfig, ResponseInputAudio, ResponseInputText, Tool
from .shared import Metadata

__all__ = [
    'RunCancelResponseDataSourceResponsesSourceFileContentContent',
    'RunCancelResponseDataSourceResponsesSourceFileContent',
    'RunCancelResponseDataSourceResponsesSourceFileID',
    'RunCancelResponseDataSourceResponsesSourceResponses',
    'RunCancelResponseDataSourceResponsesSource',
    'RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateChatMessage',
    'RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText',
    'RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage',
    'RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent',
    'RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItem',
    'RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplate',
    'RunCancelResponseDataSourceResponsesInputMessagesTemplate',
    'RunCancelResponseDataSourceResponsesInputMessagesItemReference',
    'RunCancelResponseDataSourceResponsesInputMessages',
    'RunCancelResponseDataSourceResponsesSamplingParamsText',
    'RunCancelResponseDataSourceResponsesSamplingParams',
    'RunCancelResponseDataSourceResponses',
    'RunCancelResponseDataSource',
    'RunCancelResponsePerModelUsage',
    'RunCancelResponsePerTestingCriteriaResult',
    'RunCancelResponseResultCounts',
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
    'OutputItemListResponseResult',
    'OutputItemListResponseSampleInput',
    'OutputItemListResponseSampleOutput',
    'OutputItemListResponseSampleUsage',
    'OutputItemListResponseSample',
    'OutputItemListResponse',
    'OutputItemRetrieveResponseResult',
    'OutputItemRetrieveResponseSampleInput',
    'OutputItemRetrieveResponseSampleOutput',
    'OutputItemRetrieveResponseSampleUsage',
    'OutputItemRetrieveResponseSample',
    'OutputItemRetrieveResponse',
]


# -- runs.cancel() ------------------------------------------------------------------------------


@model
class RunCancelResponseDataSourceResponsesSourceFileContentContent(BaseModel):
    """One inline row: the item and an optional sample."""

    item: Optional[Dict[str, Any]] = None
    sample: Optional[Dict[str, Any]] = None


@model
class RunCancelResponseDataSourceResponsesSourceFileContent(BaseModel):
    """Items given inline, as rows."""

    content: Optional[List[RunCancelResponseDataSourceResponsesSourceFileContentContent]] = None
    type: str = 'file_content'


@model
class RunCancelResponseDataSourceResponsesSourceFileID(BaseModel):
    """Items read from an uploaded JSONL file, by ID."""

    id: Optional[str] = None
    type: str = 'file_id'


@model
class RunCancelResponseDataSourceResponsesSourceResponses(BaseModel):
    """Items picked from stored responses by filters (model, dates, metadata, ...)."""

    type: str = 'responses'
    created_after: Optional[int] = None
    created_before: Optional[int] = None
    instructions_search: Optional[str] = None
    metadata: Optional[Any] = None
    model: Optional[str] = None
    reasoning_effort: Optional[str] = None
    temperature: Optional[float] = None
    tools: Optional[List[str]] = None
    top_p: Optional[float] = None
    users: Optional[List[str]] = None


@model
class RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateChatMessage(BaseModel):
    """A plain chat message (role and text) in an input template."""

    content: Optional[str] = None
    role: Optional[str] = None


@model
class RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText(BaseModel):
    """Assistant output text inside a message."""

    text: Optional[str] = None
    type: str = 'output_text'


@model
class RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage(BaseModel):
    """An image (by URL) inside a message."""

    image_url: Optional[str] = None
    type: str = 'input_image'
    detail: Optional[str] = None


@model
class RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItem(BaseModel):
    """A message of an input template, whose content may hold text, images or audio."""

    content: Optional[RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent] = None
    role: Optional[str] = None
    type: Optional[str] = None


@model
class RunCancelResponseDataSourceResponsesInputMessagesTemplate(BaseModel):
    """Input messages from a template whose placeholders take each item's fields."""

    template: Optional[List[RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplate]] = None
    type: str = 'template'


@model
class RunCancelResponseDataSourceResponsesInputMessagesItemReference(BaseModel):
    """Input messages read from a field of each item."""

    item_reference: Optional[str] = None
    type: str = 'item_reference'


@model
class RunCancelResponseDataSourceResponsesSamplingParamsText(BaseModel):
    """Text output settings for sampling, such as a structured output format."""

    format: Optional[ResponseFormatTextConfig] = None


@model
class RunCancelResponseDataSourceResponsesSamplingParams(BaseModel):
    """How the model under test is sampled: temperature, token limit, seed, tools, ..."""

    max_completion_tokens: Optional[int] = None
    reasoning_effort: Optional[str] = None
    seed: Optional[int] = None
    temperature: Optional[float] = None
    text: Optional[RunCancelResponseDataSourceResponsesSamplingParamsText] = None
    tools: Optional[List[Tool]] = None
    top_p: Optional[float] = None


@model
class RunCancelResponseDataSourceResponses(BaseModel):
    """Items picked from stored responses by filters (model, dates, metadata, ...)."""

    source: Optional[RunCancelResponseDataSourceResponsesSource] = None
    type: str = 'responses'
    input_messages: Optional[RunCancelResponseDataSourceResponsesInputMessages] = None
    model: Optional[str] = None
    sampling_params: Optional[RunCancelResponseDataSourceResponsesSamplingParams] = None


@model
class RunCancelResponsePerModelUsage(BaseModel):
    """Token usage of one model during the run."""

    cached_tokens: Optional[int] = None
    completion_tokens: Optional[int] = None
    invocation_count: Optional[int] = None
    run_model_name: Optional[str] = field('model_name')
    prompt_tokens: Optional[int] = None
    total_tokens: Optional[int] = None


@model
class RunCancelResponsePerTestingCriteriaResult(BaseModel):
    """How many items passed and failed one testing criterion."""

    failed: Optional[int] = None
    passed: Optional[int] = None
    testing_criteria: Optional[str] = None


@model
class RunCancelResponseResultCounts(BaseModel):
    """How many of the run's items passed, failed or errored."""

    errored: Optional[int] = None
    failed: Optional[int] = None
    passed: Optional[int] = None
    total: Optional[int] = None


@model
class RunCancelResponse(BaseModel):
    """An eval run (status, data source, results) as `evals.runs.cancel()` returns it."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data_source: Optional[RunCancelResponseDataSource] = None
    error: Optional[EvalAPIError] = None
    eval_id: Optional[str] = None
    metadata: Optional[Metadata] = None
    model: Optional[str] = None
    name: Optional[str] = None
    object: Optional[str] = None  # 'eval.run'
    per_model_usage: Optional[List[RunCancelResponsePerModelUsage]] = None
    per_testing_criteria_results: Optional[List[RunCancelResponsePerTestingCriteriaResult]] = None
    report_url: Optional[str] = None
    result_counts: Optional[RunCancelResponseResultCounts] = None
    status: Optional[str] = None


# -- runs.create() ------------------------------------------------------------------------------


@model
class RunCreateResponseDataSourceResponsesSourceFileContentContent(BaseModel):
    """One inline row: the item and an optional sample."""

    item: Optional[Dict[str, Any]] = None
    sample: Optional[Dict[str, Any]] = None


@model
class RunCreateResponseDataSourceResponsesSourceFileContent(BaseModel):
    """Items given inline, as rows."""

    content: Optional[List[RunCreateResponseDataSourceResponsesSourceFileContentContent]] = None
    type: str = 'file_content'


@model
class RunCreateResponseDataSourceResponsesSourceFileID(BaseModel):
    """Items read from an uploaded JSONL file, by ID."""

    id: Optional[str] = None
    type: str = 'file_id'


@model
class RunCreateResponseDataSourceResponsesSourceResponses(BaseModel):
    """Items picked from stored responses by filters (model, dates, metadata, ...)."""

    type: str = 'responses'
    created_after: Optional[int] = None
    created_before: Optional[int] = None
    instructions_search: Optional[str] = None
    metadata: Optional[Any] = None
    model: Optional[str] = None
    reasoning_effort: Optional[str] = None
    temperature: Optional[float] = None
    tools: Optional[List[str]] = None
    top_p: Optional[float] = None
    users: Optional[List[str]] = None


@model
class RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateChatMessage(BaseModel):
    """A plain chat message (role and text) in an input template."""

    content: Optional[str] = None
    role: Optional[str] = None


@model
class RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText(BaseModel):
    """Assistant output text inside a message."""

    text: Optional[str] = None
    type: str = 'output_text'


@model
class RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage(BaseModel):
    """An image (by URL) inside a message."""

    image_url: Optional[str] = None
    type: str = 'input_image'
    detail: Optional[str] = None


@model
class RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItem(BaseModel):
    """A message of an input template, whose content may hold text, images or audio."""

    content: Optional[RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent] = None
    role: Optional[str] = None
    type: Optional[str] = None


@model
class RunCreateResponseDataSourceResponsesInputMessagesTemplate(BaseModel):
    """Input messages from a template whose placeholders take each item's fields."""

    template: Optional[List[RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplate]] = None
    type: str = 'template'


@model
class RunCreateResponseDataSourceResponsesInputMessagesItemReference(BaseModel):
    """Input messages read from a field of each item."""

    item_reference: Optional[str] = None
    type: str = 'item_reference'


@model
class RunCreateResponseDataSourceResponsesSamplingParamsText(BaseModel):
    """Text output settings for sampling, such as a structured output format."""

    format: Optional[ResponseFormatTextConfig] = None


@model
class RunCreateResponseDataSourceResponsesSamplingParams(BaseModel):
    """How the model under test is sampled: temperature, token limit, seed, tools, ..."""

    max_completion_tokens: Optional[int] = None
    reasoning_effort: Optional[str] = None
    seed: Optional[int] = None
    temperature: Optional[float] = None
    text: Optional[RunCreateResponseDataSourceResponsesSamplingParamsText] = None
    tools: Optional[List[Tool]] = None
    top_p: Optional[float] = None


@model
class RunCreateResponseDataSourceResponses(BaseModel):
    """Items picked from stored responses by filters (model, dates, metadata, ...)."""

    source: Optional[RunCreateResponseDataSourceResponsesSource] = None
    type: str = 'responses'
    input_messages: Optional[RunCreateResponseDataSourceResponsesInputMessages] = None
    model: Optional[str] = None
    sampling_params: Optional[RunCreateResponseDataSourceResponsesSamplingParams] = None


@model
class RunCreateResponsePerModelUsage(BaseModel):
    """Token usage of one model during the run."""

    cached_tokens: Optional[int] = None
    completion_tokens: Optional[int] = None
    invocation_count: Optional[int] = None
    run_model_name: Optional[str] = field('model_name')
    prompt_tokens: Optional[int] = None
    total_tokens: Optional[int] = None


@model
class RunCreateResponsePerTestingCriteriaResult(BaseModel):
    """How many items passed and failed one testing criterion."""

    failed: Optional[int] = None
    passed: Optional[int] = None
    testing_criteria: Optional[str] = None


@model
class RunCreateResponseResultCounts(BaseModel):
    """How many of the run's items passed, failed or errored."""

    errored: Optional[int] = None
    failed: Optional[int] = None
    passed: Optional[int] = None
    total: Optional[int] = None


@model
class RunCreateResponse(BaseModel):
    """An eval run (status, data source, results) as `evals.runs.create()` returns it."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data_source: Optional[RunCreateResponseDataSource] = None
    error: Optional[EvalAPIError] = None
    eval_id: Optional[str] = None
    metadata: Optional[Metadata] = None
    model: Optional[str] = None
    name: Optional[str] = None
    object: Optional[str] = None  # 'eval.run'
    per_model_usage: Optional[List[RunCreateResponsePerModelUsage]] = None
    per_testing_criteria_results: Optional[List[RunCreateResponsePerTestingCriteriaResult]] = None
    report_url: Optional[str] = None
    result_counts: Optional[RunCreateResponseResultCounts] = None
    status: Optional[str] = None


# -- runs.delete() ------------------------------------------------------------------------------


@model
class RunDeleteResponse(BaseModel):
    """Confirmation that an eval run was deleted."""

    deleted: Optional[bool] = None
    object: Optional[str] = None
    run_id: Optional[str] = None


# -- runs.list() --------------------------------------------------------------------------------


@model
class RunListResponseDataSourceResponsesSourceFileContentContent(BaseModel):
    """One inline row: the item and an optional sample."""

    item: Optional[Dict[str, Any]] = None
    sample: Optional[Dict[str, Any]] = None


@model
class RunListResponseDataSourceResponsesSourceFileContent(BaseModel):
    """Items given inline, as rows."""

    content: Optional[List[RunListResponseDataSourceResponsesSourceFileContentContent]] = None
    type: str = 'file_content'


@model
class RunListResponseDataSourceResponsesSourceFileID(BaseModel):
    """Items read from an uploaded JSONL file, by ID."""

    id: Optional[str] = None
    type: str = 'file_id'


@model
class RunListResponseDataSourceResponsesSourceResponses(BaseModel):
    """Items picked from stored responses by filters (model, dates, metadata, ...)."""

    type: str = 'responses'
    created_after: Optional[int] = None
    created_before: Optional[int] = None
    instructions_search: Optional[str] = None
    metadata: Optional[Any] = None
    model: Optional[str] = None
    reasoning_effort: Optional[str] = None
    temperature: Optional[float] = None
    tools: Optional[List[str]] = None
    top_p: Optional[float] = None
    users: Optional[List[str]] = None


@model
class RunListResponseDataSourceResponsesInputMessagesTemplateTemplateChatMessage(BaseModel):
    """A plain chat message (role and text) in an input template."""

    content: Optional[str] = None
    role: Optional[str] = None


@model
class RunListResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText(BaseModel):
    """Assistant output text inside a message."""

    text: Optional[str] = None
    type: str = 'output_text'


@model
class RunListResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage(BaseModel):
    """An image (by URL) inside a message."""

    image_url: Optional[str] = None
    type: str = 'input_image'
    detail: Optional[str] = None


@model
class RunListResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItem(BaseModel):
    """A message of an input template, whose content may hold text, images or audio."""

    content: Optional[RunListResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent] = None
    role: Optional[str] = None
    type: Optional[str] = None


@model
class RunListResponseDataSourceResponsesInputMessagesTemplate(BaseModel):
    """Input messages from a template whose placeholders take each item's fields."""

    template: Optional[List[RunListResponseDataSourceResponsesInputMessagesTemplateTemplate]] = None
    type: str = 'template'


@model
class RunListResponseDataSourceResponsesInputMessagesItemReference(BaseModel):
    """Input messages read from a field of each item."""

    item_reference: Optional[str] = None
    type: str = 'item_reference'


@model
class RunListResponseDataSourceResponsesSamplingParamsText(BaseModel):
    """Text output settings for sampling, such as a structured output format."""

    format: Optional[ResponseFormatTextConfig] = None


@model
class RunListResponseDataSourceResponsesSamplingParams(BaseModel):
    """How the model under test is sampled: temperature, token limit, seed, tools, ..."""

    max_completion_tokens: Optional[int] = None
    reasoning_effort: Optional[str] = None
    seed: Optional[int] = None
    temperature: Optional[float] = None
    text: Optional[RunListResponseDataSourceResponsesSamplingParamsText] = None
    tools: Optional[List[Tool]] = None
    top_p: Optional[float] = None


@model
class RunListResponseDataSourceResponses(BaseModel):
    """Items picked from stored responses by filters (model, dates, metadata, ...)."""

    source: Optional[RunListResponseDataSourceResponsesSource] = None
    type: str = 'responses'
    input_messages: Optional[RunListResponseDataSourceResponsesInputMessages] = None
    model: Optional[str] = None
    sampling_params: Optional[RunListResponseDataSourceResponsesSamplingParams] = None


@model
class RunListResponsePerModelUsage(BaseModel):
    """Token usage of one model during the run."""

    cached_tokens: Optional[int] = None
    completion_tokens: Optional[int] = None
    invocation_count: Optional[int] = None
    run_model_name: Optional[str] = field('model_name')
    prompt_tokens: Optional[int] = None
    total_tokens: Optional[int] = None


@model
class RunListResponsePerTestingCriteriaResult(BaseModel):
    """How many items passed and failed one testing criterion."""

    failed: Optional[int] = None
    passed: Optional[int] = None
    testing_criteria: Optional[str] = None


@model
class RunListResponseResultCounts(BaseModel):
    """How many of the run's items passed, failed or errored."""

    errored: Optional[int] = None
    failed: Optional[int] = None
    passed: Optional[int] = None
    total: Optional[int] = None


@model
class RunListResponse(BaseModel):
    """An eval run (status, data source, results) as `evals.runs.list()` returns it."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data_source: Optional[RunListResponseDataSource] = None
    error: Optional[EvalAPIError] = None
    eval_id: Optional[str] = None
    metadata: Optional[Metadata] = None
    model: Optional[str] = None
    name: Optional[str] = None
    object: Optional[str] = None  # 'eval.run'
    per_model_usage: Optional[List[RunListResponsePerModelUsage]] = None
    per_testing_criteria_results: Optional[List[RunListResponsePerTestingCriteriaResult]] = None
    report_url: Optional[str] = None
    result_counts: Optional[RunListResponseResultCounts] = None
    status: Optional[str] = None


# -- runs.retrieve() ----------------------------------------------------------------------------


@model
class RunRetrieveResponseDataSourceResponsesSourceFileContentContent(BaseModel):
    """One inline row: the item and an optional sample."""

    item: Optional[Dict[str, Any]] = None
    sample: Optional[Dict[str, Any]] = None


@model
class RunRetrieveResponseDataSourceResponsesSourceFileContent(BaseModel):
    """Items given inline, as rows."""

    content: Optional[List[RunRetrieveResponseDataSourceResponsesSourceFileContentContent]] = None
    type: str = 'file_content'


@model
class RunRetrieveResponseDataSourceResponsesSourceFileID(BaseModel):
    """Items read from an uploaded JSONL file, by ID."""

    id: Optional[str] = None
    type: str = 'file_id'


@model
class RunRetrieveResponseDataSourceResponsesSourceResponses(BaseModel):
    """Items picked from stored responses by filters (model, dates, metadata, ...)."""

    type: str = 'responses'
    created_after: Optional[int] = None
    created_before: Optional[int] = None
    instructions_search: Optional[str] = None
    metadata: Optional[Any] = None
    model: Optional[str] = None
    reasoning_effort: Optional[str] = None
    temperature: Optional[float] = None
    tools: Optional[List[str]] = None
    top_p: Optional[float] = None
    users: Optional[List[str]] = None


@model
class RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateChatMessage(BaseModel):
    """A plain chat message (role and text) in an input template."""

    content: Optional[str] = None
    role: Optional[str] = None


@model
class RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText(BaseModel):
    """Assistant output text inside a message."""

    text: Optional[str] = None
    type: str = 'output_text'


@model
class RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage(BaseModel):
    """An image (by URL) inside a message."""

    image_url: Optional[str] = None
    type: str = 'input_image'
    detail: Optional[str] = None


@model
class RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItem(BaseModel):
    """A message of an input template, whose content may hold text, images or audio."""

    content: Optional[RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent] = None
    role: Optional[str] = None
    type: Optional[str] = None


@model
class RunRetrieveResponseDataSourceResponsesInputMessagesTemplate(BaseModel):
    """Input messages from a template whose placeholders take each item's fields."""

    template: Optional[List[RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplate]] = None
    type: str = 'template'


@model
class RunRetrieveResponseDataSourceResponsesInputMessagesItemReference(BaseModel):
    """Input messages read from a field of each item."""

    item_reference: Optional[str] = None
    type: str = 'item_reference'


@model
class RunRetrieveResponseDataSourceResponsesSamplingParamsText(BaseModel):
    """Text output settings for sampling, such as a structured output format."""

    format: Optional[ResponseFormatTextConfig] = None


@model
class RunRetrieveResponseDataSourceResponsesSamplingParams(BaseModel):
    """How the model under test is sampled: temperature, token limit, seed, tools, ..."""

    max_completion_tokens: Optional[int] = None
    reasoning_effort: Optional[str] = None
    seed: Optional[int] = None
    temperature: Optional[float] = None
    text: Optional[RunRetrieveResponseDataSourceResponsesSamplingParamsText] = None
    tools: Optional[List[Tool]] = None
    top_p: Optional[float] = None


@model
class RunRetrieveResponseDataSourceResponses(BaseModel):
    """Items picked from stored responses by filters (model, dates, metadata, ...)."""

    source: Optional[RunRetrieveResponseDataSourceResponsesSource] = None
    type: str = 'responses'
    input_messages: Optional[RunRetrieveResponseDataSourceResponsesInputMessages] = None
    model: Optional[str] = None
    sampling_params: Optional[RunRetrieveResponseDataSourceResponsesSamplingParams] = None


@model
class RunRetrieveResponsePerModelUsage(BaseModel):
    """Token usage of one model during the run."""

    cached_tokens: Optional[int] = None
    completion_tokens: Optional[int] = None
    invocation_count: Optional[int] = None
    run_model_name: Optional[str] = field('model_name')
    prompt_tokens: Optional[int] = None
    total_tokens: Optional[int] = None


@model
class RunRetrieveResponsePerTestingCriteriaResult(BaseModel):
    """How many items passed and failed one testing criterion."""

    failed: Optional[int] = None
    passed: Optional[int] = None
    testing_criteria: Optional[str] = None


@model
class RunRetrieveResponseResultCounts(BaseModel):
    """How many of the run's items passed, failed or errored."""

    errored: Optional[int] = None
    failed: Optional[int] = None
    passed: Optional[int] = None
    total: Optional[int] = None


@model
class RunRetrieveResponse(BaseModel):
    """An eval run (status, data source, results) as `evals.runs.retrieve()` returns it."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data_source: Optional[RunRetrieveResponseDataSource] = None
    error: Optional[EvalAPIError] = None
    eval_id: Optional[str] = None
    metadata: Optional[Metadata] = None
    model: Optional[str] = None
    name: Optional[str] = None
    object: Optional[str] = None  # 'eval.run'
    per_model_usage: Optional[List[RunRetrieveResponsePerModelUsage]] = None
    per_testing_criteria_results: Optional[List[RunRetrieveResponsePerTestingCriteriaResult]] = None
    report_url: Optional[str] = None
    result_counts: Optional[RunRetrieveResponseResultCounts] = None
    status: Optional[str] = None


# -- output items -------------------------------------------------------------------------------


@model
class OutputItemListResponseResult(BaseModel):
    """One grader's result on this output item."""

    name: Optional[str] = None
    passed: Optional[bool] = None
    score: Optional[float] = None
    sample: Optional[Dict[str, Any]] = None
    type: Optional[str] = None


@model
class OutputItemListResponseSampleInput(BaseModel):
    """A message the model was given for this sample."""

    content: Optional[str] = None
    role: Optional[str] = None


@model
class OutputItemListResponseSampleOutput(BaseModel):
    """A message the model produced for this sample."""

    content: Optional[str] = None
    role: Optional[str] = None


@model
class OutputItemListResponseSampleUsage(BaseModel):
    """Token usage of this sample."""

    cached_tokens: Optional[int] = None
    completion_tokens: Optional[int] = None
    prompt_tokens: Optional[int] = None
    total_tokens: Optional[int] = None


@model
class OutputItemListResponseSample(BaseModel):
    """What the model was given and produced for this item, with usage and any error."""

    error: Optional[EvalAPIError] = None
    finish_reason: Optional[str] = None
    input: Optional[List[OutputItemListResponseSampleInput]] = None
    max_completion_tokens: Optional[int] = None
    model: Optional[str] = None
    output: Optional[List[OutputItemListResponseSampleOutput]] = None
    seed: Optional[int] = None
    temperature: Optional[float] = None
    top_p: Optional[float] = None
    usage: Optional[OutputItemListResponseSampleUsage] = None


@model
class OutputItemListResponse(BaseModel):
    """One item of an eval run: its data, the model's sample and the graders' results."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    datasource_item: Optional[Dict[str, Any]] = None
    datasource_item_id: Optional[int] = None
    eval_id: Optional[str] = None
    object: Optional[str] = None  # 'eval.run.output_item'
    results: Optional[List[OutputItemListResponseResult]] = None
    run_id: Optional[str] = None
    sample: Optional[OutputItemListResponseSample] = None
    status: Optional[str] = None


@model
class OutputItemRetrieveResponseResult(BaseModel):
    """One grader's result on this output item."""

    name: Optional[str] = None
    passed: Optional[bool] = None
    score: Optional[float] = None
    sample: Optional[Dict[str, Any]] = None
    type: Optional[str] = None


@model
class OutputItemRetrieveResponseSampleInput(BaseModel):
    """A message the model was given for this sample."""

    content: Optional[str] = None
    role: Optional[str] = None


@model
class OutputItemRetrieveResponseSampleOutput(BaseModel):
    """A message the model produced for this sample."""

    content: Optional[str] = None
    role: Optional[str] = None


@model
class OutputItemRetrieveResponseSampleUsage(BaseModel):
    """Token usage of this sample."""

    cached_tokens: Optional[int] = None
    completion_tokens: Optional[int] = None
    prompt_tokens: Optional[int] = None
    total_tokens: Optional[int] = None


@model
class OutputItemRetrieveResponseSample(BaseModel):
    """What the model was given and produced for this item, with usage and any error."""

    error: Optional[EvalAPIError] = None
    finish_reason: Optional[str] = None
    input: Optional[List[OutputItemRetrieveResponseSampleInput]] = None
    max_completion_tokens: Optional[int] = None
    model: Optional[str] = None
    output: Optional[List[OutputItemRetrieveResponseSampleOutput]] = None
    seed: Optional[int] = None
    temperature: Optional[float] = None
    top_p: Optional[float] = None
    usage: Optional[OutputItemRetrieveResponseSampleUsage] = None


@model
class OutputItemRetrieveResponse(BaseModel):
    """One item of an eval run: its data, the model's sample and the graders' results."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    datasource_item: Optional[Dict[str, Any]] = None
    datasource_item_id: Optional[int] = None
    eval_id: Optional[str] = None
    object: Optional[str] = None  # 'eval.run.output_item'
    results: Optional[List[OutputItemRetrieveResponseResult]] = None
    run_id: Optional[str] = None
    sample: Optional[OutputItemRetrieveResponseSample] = None
    status: Optional[str] = None


# -- unions -------------------------------------------------------------------------------------


RunCancelResponseDataSourceResponsesSource = Union[RunCancelResponseDataSourceResponsesSourceFileContent, RunCancelResponseDataSourceResponsesSourceFileID, RunCancelResponseDataSourceResponsesSourceResponses]
RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent = Union[str, ResponseInputText, RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText, RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage, ResponseInputAudio, List[Any]]
RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplate = Union[RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateChatMessage, RunCancelResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItem]
RunCancelResponseDataSourceResponsesInputMessages = Union[RunCancelResponseDataSourceResponsesInputMessagesTemplate, RunCancelResponseDataSourceResponsesInputMessagesItemReference]
RunCancelResponseDataSource = Union[CreateEvalJSONLRunDataSource, CreateEvalCompletionsRunDataSource, RunCancelResponseDataSourceResponses]
RunCreateResponseDataSourceResponsesSource = Union[RunCreateResponseDataSourceResponsesSourceFileContent, RunCreateResponseDataSourceResponsesSourceFileID, RunCreateResponseDataSourceResponsesSourceResponses]
RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent = Union[str, ResponseInputText, RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText, RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage, ResponseInputAudio, List[Any]]
RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplate = Union[RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateChatMessage, RunCreateResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItem]
RunCreateResponseDataSourceResponsesInputMessages = Union[RunCreateResponseDataSourceResponsesInputMessagesTemplate, RunCreateResponseDataSourceResponsesInputMessagesItemReference]
RunCreateResponseDataSource = Union[CreateEvalJSONLRunDataSource, CreateEvalCompletionsRunDataSource, RunCreateResponseDataSourceResponses]
RunListResponseDataSourceResponsesSource = Union[RunListResponseDataSourceResponsesSourceFileContent, RunListResponseDataSourceResponsesSourceFileID, RunListResponseDataSourceResponsesSourceResponses]
RunListResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent = Union[str, ResponseInputText, RunListResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText, RunListResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage, ResponseInputAudio, List[Any]]
RunListResponseDataSourceResponsesInputMessagesTemplateTemplate = Union[RunListResponseDataSourceResponsesInputMessagesTemplateTemplateChatMessage, RunListResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItem]
RunListResponseDataSourceResponsesInputMessages = Union[RunListResponseDataSourceResponsesInputMessagesTemplate, RunListResponseDataSourceResponsesInputMessagesItemReference]
RunListResponseDataSource = Union[CreateEvalJSONLRunDataSource, CreateEvalCompletionsRunDataSource, RunListResponseDataSourceResponses]
RunRetrieveResponseDataSourceResponsesSource = Union[RunRetrieveResponseDataSourceResponsesSourceFileContent, RunRetrieveResponseDataSourceResponsesSourceFileID, RunRetrieveResponseDataSourceResponsesSourceResponses]
RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContent = Union[str, ResponseInputText, RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentOutputText, RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItemContentInputImage, ResponseInputAudio, List[Any]]
RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplate = Union[RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateChatMessage, RunRetrieveResponseDataSourceResponsesInputMessagesTemplateTemplateEvalItem]
RunRetrieveResponseDataSourceResponsesInputMessages = Union[RunRetrieveResponseDataSourceResponsesInputMessagesTemplate, RunRetrieveResponseDataSourceResponsesInputMessagesItemReference]
RunRetrieveResponseDataSource = Union[CreateEvalJSONLRunDataSource, CreateEvalCompletionsRunDataSource, RunRetrieveResponseDataSourceResponses]
