"""Request-side types (TypedDicts) of threads' messages and runs. Plain dicts at runtime,
sent as they are.
"""

from __future__ import annotations

from typing import Iterable, List, Literal, Optional, Required, TypedDict, Union

from .beta_params import AssistantResponseFormatOptionParam, AssistantToolChoiceOptionParam, AssistantToolParam, CodeInterpreterToolParam
from .beta_runs import RunStepInclude
from .shared import ChatModel, ReasoningEffort
from .shared_params import Metadata

__all__ = [
    # message content
    "ImageFileParam",
    "ImageFileContentBlockParam",
    "ImageURLParam",
    "ImageURLContentBlockParam",
    "TextContentBlockParam",
    "MessageContentPartParam",
    # messages
    "AttachmentToolFileSearch",
    "AttachmentTool",
    "Attachment",
    "MessageCreateParams",
    "MessageUpdateParams",
    "MessageListParams",
    # runs
    "AdditionalMessageAttachmentToolFileSearch",
    "AdditionalMessageAttachmentTool",
    "AdditionalMessageAttachment",
    "AdditionalMessage",
    "TruncationStrategy",
    "RunCreateParamsBase",
    "RunCreateParamsNonStreaming",
    "RunCreateParamsStreaming",
    "RunCreateParams",
    "RunUpdateParams",
    "RunListParams",
    "ToolOutput",
    "RunSubmitToolOutputsParamsBase",
    "RunSubmitToolOutputsParamsNonStreaming",
    "RunSubmitToolOutputsParamsStreaming",
    "RunSubmitToolOutputsParams",
]


# -- message content ---------------------------------------------------------------------------


class ImageFileParam(TypedDict, total=False):
    """An uploaded image file (by id) and how closely the model should look at it."""

    file_id: Required[str]
    detail: Literal["auto", "low", "high"]


class ImageFileContentBlockParam(TypedDict, total=False):
    """Message content that is an uploaded image file."""

    image_file: Required[ImageFileParam]
    type: Required[Literal["image_file"]]


class ImageURLParam(TypedDict, total=False):
    """An image on the web and how closely the model should look at it."""

    url: Required[str]
    detail: Literal["auto", "low", "high"]


class ImageURLContentBlockParam(TypedDict, total=False):
    """Message content that is an image URL."""

    image_url: Required[ImageURLParam]
    type: Required[Literal["image_url"]]


class TextContentBlockParam(TypedDict, total=False):
    """Message content that is text."""

    text: Required[str]
    type: Required[Literal["text"]]


# A content part of a message you write: image file, image URL or text.
MessageContentPartParam = Union[ImageFileContentBlockParam, ImageURLContentBlockParam, TextContentBlockParam]


# -- messages ----------------------------------------------------------------------------------


class AttachmentToolFileSearch(TypedDict, total=False):
    """Add the attached file to file search."""

    type: Required[Literal["file_search"]]


# A tool to add an attached file to.
AttachmentTool = Union[CodeInterpreterToolParam, AttachmentToolFileSearch]


class Attachment(TypedDict, total=False):
    """A file to attach to the message, and the tools to add it to."""

    file_id: str
    tools: Iterable[AttachmentTool]


class MessageCreateParams(TypedDict, total=False):
    """The arguments of `beta.threads.messages.create`."""

    content: Required[Union[str, Iterable[MessageContentPartParam]]]
    role: Required[Literal["user", "assistant"]]
    attachments: Optional[Iterable[Attachment]]
    metadata: Optional[Metadata]


class MessageUpdateParams(TypedDict, total=False):
    """The arguments of `beta.threads.messages.update`."""

    thread_id: Required[str]
    metadata: Optional[Metadata]


class MessageListParams(TypedDict, total=False):
    """The arguments of `beta.threads.messages.list`."""

    after: str
    before: str
    limit: int
    order: Literal["asc", "desc"]
    run_id: str


# -- runs --------------------------------------------------------------------------------------


# A tool to add an attached file to.


class AdditionalMessage(TypedDict, total=False):
    """A message to add to the thread before the run starts."""

    content: Required[Union[str, Iterable[MessageContentPartParam]]]
    role: Required[Literal["user", "assistant"]]
    attachments: Optional[Iterable[Attachment]]
    metadata: Optional[Metadata]


class TruncationStrategy(TypedDict, total=False):
    """How much of the thread to give the model: all of it (`auto`) or the last messages."""

    type: Required[Literal["auto", "last_messages"]]
    last_messages: Optional[int]


class RunCreateParamsBase(TypedDict, total=False):
    """The arguments of `beta.threads.runs.create`, but `stream`."""

    assistant_id: Required[str]
    include: List[RunStepInclude]
    additional_instructions: Optional[str]
    additional_messages: Optional[Iterable[AdditionalMessage]]
    instructions: Optional[str]
    max_completion_tokens: Optional[int]
    max_prompt_tokens: Optional[int]
    metadata: Optional[Metadata]
    model: Union[str, ChatModel, None]
    parallel_tool_calls: bool
    reasoning_effort: Optional[ReasoningEffort]
    response_format: Optional[AssistantResponseFormatOptionParam]
    temperature: Optional[float]
    tool_choice: Optional[AssistantToolChoiceOptionParam]
    tools: Optional[Iterable[AssistantToolParam]]
    top_p: Optional[float]
    truncation_strategy: Optional[TruncationStrategy]


class RunCreateParamsNonStreaming(RunCreateParamsBase, total=False):
    """`beta.threads.runs.create` returning the run."""

    stream: Optional[Literal[False]]


class RunCreateParamsStreaming(RunCreateParamsBase, total=False):
    """`beta.threads.runs.create` with `stream=True`."""

    stream: Required[Literal[True]]


# The arguments of `beta.threads.runs.create`, streaming or not.
RunCreateParams = Union[RunCreateParamsNonStreaming, RunCreateParamsStreaming]


class RunUpdateParams(TypedDict, total=False):
    """The arguments of `beta.threads.runs.update`."""

    thread_id: Required[str]
    metadata: Optional[Metadata]


class RunListParams(TypedDict, total=False):
    """The arguments of `beta.threads.runs.list`."""

    after: str
    before: str
    limit: int
    order: Literal["asc", "desc"]


class ToolOutput(TypedDict, total=False):
    """The output of one tool call, matched to the call by `tool_call_id`."""

    output: str
    tool_call_id: str


class RunSubmitToolOutputsParamsBase(TypedDict, total=False):
    """The arguments of `beta.threads.runs.submit_tool_outputs`, but `stream`."""

    thread_id: Required[str]
    tool_outputs: Required[Iterable[ToolOutput]]


class RunSubmitToolOutputsParamsNonStreaming(RunSubmitToolOutputsParamsBase, total=False):
    """`beta.threads.runs.submit_tool_outputs` returning the run."""

    stream: Optional[Literal[False]]


class RunSubmitToolOutputsParamsStreaming(RunSubmitToolOutputsParamsBase, total=False):
    """`beta.threads.runs.submit_tool_outputs` with `stream=True`."""

    stream: Required[Literal[True]]


# The arguments of `beta.threads.runs.submit_tool_outputs`, streaming or not.
RunSubmitToolOutputsParams = Union[RunSubmitToolOutputsParamsNonStreaming, RunSubmitToolOutputsParamsStreaming]


# -- the official names, one per method or container, for the shapes above ---------------------


AdditionalMessageAttachmentToolFileSearch = AttachmentToolFileSearch
AdditionalMessageAttachmentTool = AttachmentTool
AdditionalMessageAttachment = Attachment
