"""Eval runs: the arguments of their methods, and the Responses run data source (request side)."""

from __future__ import annotations

from typing import Any, Dict, Iterable, Literal, Optional, Required, Sequence, TypedDict, Union

from .evals_params import CreateEvalCompletionsRunDataSourceParam, CreateEvalJSONLRunDataSourceParam
from .responses_params import ResponseFormatTextConfigParam, ResponseInputAudioParam, ResponseInputTextParam, ToolParam
from .shared import ReasoningEffort
from .shared_params import Metadata

__all__ = [
    'RunCreateParams',
    'DataSourceCreateEvalResponsesRunDataSourceSourceFileContentContent',
    'DataSourceCreateEvalResponsesRunDataSourceSourceFileContent',
    'DataSourceCreateEvalResponsesRunDataSourceSourceFileID',
    'DataSourceCreateEvalResponsesRunDataSourceSourceResponses',
    'DataSourceCreateEvalResponsesRunDataSourceSource',
    'DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateChatMessage',
    'DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContentOutputText',
    'DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContentInputImage',
    'DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContent',
    'DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItem',
    'DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplate',
    'DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplate',
    'DataSourceCreateEvalResponsesRunDataSourceInputMessagesItemReference',
    'DataSourceCreateEvalResponsesRunDataSourceInputMessages',
    'DataSourceCreateEvalResponsesRunDataSourceSamplingParamsText',
    'DataSourceCreateEvalResponsesRunDataSourceSamplingParams',
    'DataSourceCreateEvalResponsesRunDataSource',
    'DataSource',
    'RunListParams',
    'OutputItemListParams',
]


# -- runs.create() ------------------------------------------------------------------------------


class RunCreateParams(TypedDict, total=False):
    """Arguments of `evals.runs.create()`."""

    data_source: Required[DataSource]
    metadata: Optional[Metadata]
    name: str


class DataSourceCreateEvalResponsesRunDataSourceSourceFileContentContent(TypedDict, total=False):
    """One inline row: the item and an optional sample."""

    item: Required[Dict[str, object]]
    sample: Dict[str, object]


class DataSourceCreateEvalResponsesRunDataSourceSourceFileContent(TypedDict, total=False):
    """Items given inline, as rows."""

    content: Required[Iterable[DataSourceCreateEvalResponsesRunDataSourceSourceFileContentContent]]
    type: Required[Literal['file_content']]


class DataSourceCreateEvalResponsesRunDataSourceSourceFileID(TypedDict, total=False):
    """Items read from an uploaded JSONL file, by ID."""

    id: Required[str]
    type: Required[Literal['file_id']]


class DataSourceCreateEvalResponsesRunDataSourceSourceResponses(TypedDict, total=False):
    """Items picked from stored responses by filters (model, dates, metadata, ...)."""

    type: Required[Literal['responses']]
    created_after: Optional[int]
    created_before: Optional[int]
    instructions_search: Optional[str]
    metadata: Optional[object]
    model: Optional[str]
    reasoning_effort: Optional[ReasoningEffort]
    temperature: Optional[float]
    tools: Optional[Sequence[str]]
    top_p: Optional[float]
    users: Optional[Sequence[str]]


class DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateChatMessage(TypedDict, total=False):
    """A plain chat message (role and text) in an input template."""

    content: Required[str]
    role: Required[str]


class DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContentOutputText(TypedDict, total=False):
    """Assistant output text inside a message."""

    text: Required[str]
    type: Required[Literal['output_text']]


class DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContentInputImage(TypedDict, total=False):
    """An image (by URL) inside a message."""

    image_url: Required[str]
    type: Required[Literal['input_image']]
    detail: str


class DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItem(TypedDict, total=False):
    """A message of an input template, whose content may hold text, images or audio."""

    content: Required[DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContent]
    role: Required[Literal['user', 'assistant', 'system', 'developer']]
    type: Literal['message']


class DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplate(TypedDict, total=False):
    """Input messages from a template whose placeholders take each item's fields."""

    template: Required[Iterable[DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplate]]
    type: Required[Literal['template']]


class DataSourceCreateEvalResponsesRunDataSourceInputMessagesItemReference(TypedDict, total=False):
    """Input messages read from a field of each item."""

    item_reference: Required[str]
    type: Required[Literal['item_reference']]


class DataSourceCreateEvalResponsesRunDataSourceSamplingParamsText(TypedDict, total=False):
    """Text output settings for sampling, such as a structured output format."""

    format: ResponseFormatTextConfigParam


class DataSourceCreateEvalResponsesRunDataSourceSamplingParams(TypedDict, total=False):
    """How the model under test is sampled: temperature, token limit, seed, tools, ..."""

    max_completion_tokens: int
    reasoning_effort: Optional[ReasoningEffort]
    seed: int
    temperature: float
    text: DataSourceCreateEvalResponsesRunDataSourceSamplingParamsText
    tools: Iterable[ToolParam]
    top_p: float


class DataSourceCreateEvalResponsesRunDataSource(TypedDict, total=False):
    """A run data source that samples the model with the Responses API."""

    source: Required[DataSourceCreateEvalResponsesRunDataSourceSource]
    type: Required[Literal['responses']]
    input_messages: DataSourceCreateEvalResponsesRunDataSourceInputMessages
    model: str
    sampling_params: DataSourceCreateEvalResponsesRunDataSourceSamplingParams


# -- runs.list() and output items ---------------------------------------------------------------


class RunListParams(TypedDict, total=False):
    """Arguments of `evals.runs.list()`."""

    after: str
    limit: int
    order: Literal['asc', 'desc']
    status: Literal['queued', 'in_progress', 'completed', 'canceled', 'failed']


class OutputItemListParams(TypedDict, total=False):
    """Arguments of `evals.runs.output_items.list()`."""

    eval_id: Required[str]
    after: str
    limit: int
    order: Literal['asc', 'desc']
    status: Literal['fail', 'pass']


# -- unions -------------------------------------------------------------------------------------


DataSourceCreateEvalResponsesRunDataSourceSource = Union[DataSourceCreateEvalResponsesRunDataSourceSourceFileContent, DataSourceCreateEvalResponsesRunDataSourceSourceFileID, DataSourceCreateEvalResponsesRunDataSourceSourceResponses]
DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContent = Union[str, ResponseInputTextParam, DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContentOutputText, DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItemContentInputImage, ResponseInputAudioParam, Iterable[object]]
DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplate = Union[DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateChatMessage, DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateEvalItem]
DataSourceCreateEvalResponsesRunDataSourceInputMessages = Union[DataSourceCreateEvalResponsesRunDataSourceInputMessagesTemplate, DataSourceCreateEvalResponsesRunDataSourceInputMessagesItemReference]
DataSource = Union[CreateEvalJSONLRunDataSourceParam, CreateEvalCompletionsRunDataSourceParam, DataSourceCreateEvalResponsesRunDataSource]
