"""Response types of threads' messages and runs: message content blocks and their text
annotations, the deltas a stream sends, and the run object with what it may be waiting for.
"""

from __future__ import annotations

from typing import List, Literal, Optional, Union

from ._base import BaseModel, model
from .beta import AssistantResponseFormatOption, AssistantTool, AssistantToolChoiceOption, CodeInterpreterTool
from .shared import Metadata

__all__ = [
    # text annotations
    "FileCitationAnnotationFileCitation",
    "FileCitationAnnotation",
    "FilePathAnnotationFilePath",
    "FilePathAnnotation",
    "Annotation",
    # message content
    "ImageFile",
    "ImageFileContentBlock",
    "ImageURL",
    "ImageURLContentBlock",
    "Text",
    "TextContentBlock",
    "RefusalContentBlock",
    "MessageContent",
    # messages
    "AttachmentToolAssistantToolsFileSearchTypeOnly",
    "AttachmentTool",
    "Attachment",
    "MessageIncompleteDetails",
    "Message",
    "MessageDeleted",
    # streamed message deltas
    "FileCitationDeltaAnnotationFileCitation",
    "FileCitationDeltaAnnotation",
    "FilePathDeltaAnnotationFilePath",
    "FilePathDeltaAnnotation",
    "AnnotationDelta",
    "ImageFileDelta",
    "ImageFileDeltaBlock",
    "ImageURLDelta",
    "ImageURLDeltaBlock",
    "TextDelta",
    "TextDeltaBlock",
    "RefusalDeltaBlock",
    "MessageContentDelta",
    "MessageDelta",
    "MessageDeltaEvent",
    # runs
    "RunStatus",
    "Function",
    "RequiredActionFunctionToolCall",
    "RequiredActionSubmitToolOutputs",
    "RequiredAction",
    "RunIncompleteDetails",
    "LastError",
    "TruncationStrategy",
    "Usage",
    "Run",
]


# -- text annotations --------------------------------------------------------------------------


@model
class FileCitationAnnotationFileCitation(BaseModel):
    """The file a citation points to."""

    file_id: str = None


@model
class FileCitationAnnotation(BaseModel):
    """Marks a span of the text that quotes a file file search found."""

    end_index: int = None
    file_citation: FileCitationAnnotationFileCitation = None
    start_index: int = None
    text: str = None
    type: Literal["file_citation"] = "file_citation"


@model
class FilePathAnnotationFilePath(BaseModel):
    """The file a path annotation points to."""

    file_id: str = None


@model
class FilePathAnnotation(BaseModel):
    """Marks a span of the text that names a file the code interpreter wrote."""

    end_index: int = None
    file_path: FilePathAnnotationFilePath = None
    start_index: int = None
    text: str = None
    type: Literal["file_path"] = "file_path"


# A text annotation, told apart by `type`.
Annotation = Union[FileCitationAnnotation, FilePathAnnotation]


# -- message content ---------------------------------------------------------------------------


@model
class ImageFile(BaseModel):
    """An uploaded image file, by id, and how closely to look at it."""

    file_id: str = None
    detail: Optional[Literal["auto", "low", "high"]] = None


@model
class ImageFileContentBlock(BaseModel):
    """Message content that is an uploaded image file."""

    image_file: ImageFile = None
    type: Literal["image_file"] = "image_file"


@model
class ImageURL(BaseModel):
    """An image on the web, and how closely to look at it."""

    url: str = None
    detail: Optional[Literal["auto", "low", "high"]] = None


@model
class ImageURLContentBlock(BaseModel):
    """Message content that is an image URL."""

    image_url: ImageURL = None
    type: Literal["image_url"] = "image_url"


@model
class Text(BaseModel):
    """The text of a message with its annotations."""

    annotations: List[Annotation] = None
    value: str = None


@model
class TextContentBlock(BaseModel):
    """Message content that is text."""

    text: Text = None
    type: Literal["text"] = "text"


@model
class RefusalContentBlock(BaseModel):
    """Message content in which the model declines to answer."""

    refusal: str = None
    type: Literal["refusal"] = "refusal"


# A content block of a message, told apart by `type`.
MessageContent = Union[ImageFileContentBlock, ImageURLContentBlock, TextContentBlock, RefusalContentBlock]


# -- messages ----------------------------------------------------------------------------------


@model
class AttachmentToolAssistantToolsFileSearchTypeOnly(BaseModel):
    """The file search tool as an attachment names it (only its type)."""

    type: Literal["file_search"] = "file_search"


# A tool an attached file is added to.
AttachmentTool = Union[CodeInterpreterTool, AttachmentToolAssistantToolsFileSearchTypeOnly]


@model
class Attachment(BaseModel):
    """A file attached to a message and the tools it was added to."""

    file_id: Optional[str] = None
    tools: Optional[List[AttachmentTool]] = None


@model
class MessageIncompleteDetails(BaseModel):
    """Why a message ended unfinished."""

    reason: Literal["content_filter", "max_tokens", "run_cancelled", "run_expired", "run_failed"] = None


@model
class Message(BaseModel):
    """A message in a thread, from the user or an assistant."""

    id: str = None
    assistant_id: Optional[str] = None
    attachments: Optional[List[Attachment]] = None
    completed_at: Optional[int] = None
    content: List[MessageContent] = None
    created_at: int = None
    incomplete_at: Optional[int] = None
    incomplete_details: Optional[MessageIncompleteDetails] = None
    metadata: Optional[Metadata] = None
    object: Literal["thread.message"] = None  # "thread.message"
    role: Literal["user", "assistant"] = None
    run_id: Optional[str] = None
    status: Literal["in_progress", "incomplete", "completed"] = None
    thread_id: str = None


@model
class MessageDeleted(BaseModel):
    """Confirms that a message was deleted."""

    id: str = None
    deleted: bool = None
    object: Literal["thread.message.deleted"] = None  # "thread.message.deleted"


# -- streamed message deltas -------------------------------------------------------------------


@model
class FileCitationDeltaAnnotationFileCitation(BaseModel):
    """The file (and the quote) a streamed citation points to."""

    file_id: Optional[str] = None
    quote: Optional[str] = None


@model
class FileCitationDeltaAnnotation(BaseModel):
    """A citation of a file, as it arrives in a stream."""

    index: int = None
    type: Literal["file_citation"] = "file_citation"
    end_index: Optional[int] = None
    file_citation: Optional[FileCitationDeltaAnnotationFileCitation] = None
    start_index: Optional[int] = None
    text: Optional[str] = None


@model
class FilePathDeltaAnnotationFilePath(BaseModel):
    """The file a streamed path annotation points to."""

    file_id: Optional[str] = None


@model
class FilePathDeltaAnnotation(BaseModel):
    """A file path annotation, as it arrives in a stream."""

    index: int = None
    type: Literal["file_path"] = "file_path"
    end_index: Optional[int] = None
    file_path: Optional[FilePathDeltaAnnotationFilePath] = None
    start_index: Optional[int] = None
    text: Optional[str] = None


# A streamed text annotation, told apart by `type`.
AnnotationDelta = Union[FileCitationDeltaAnnotation, FilePathDeltaAnnotation]


@model
class ImageFileDelta(BaseModel):
    """The parts of an image file block a stream has sent."""

    detail: Optional[Literal["auto", "low", "high"]] = None
    file_id: Optional[str] = None


@model
class ImageFileDeltaBlock(BaseModel):
    """A streamed piece of an image file content block."""

    index: int = None
    type: Literal["image_file"] = "image_file"
    image_file: Optional[ImageFileDelta] = None


@model
class ImageURLDelta(BaseModel):
    """The parts of an image URL block a stream has sent."""

    detail: Optional[Literal["auto", "low", "high"]] = None
    url: Optional[str] = None


@model
class ImageURLDeltaBlock(BaseModel):
    """A streamed piece of an image URL content block."""

    index: int = None
    type: Literal["image_url"] = "image_url"
    image_url: Optional[ImageURLDelta] = None


@model
class TextDelta(BaseModel):
    """A streamed piece of text and any annotations that came with it."""

    annotations: Optional[List[AnnotationDelta]] = None
    value: Optional[str] = None


@model
class TextDeltaBlock(BaseModel):
    """A streamed piece of a text content block."""

    index: int = None
    type: Literal["text"] = "text"
    text: Optional[TextDelta] = None


@model
class RefusalDeltaBlock(BaseModel):
    """A streamed piece of a refusal."""

    index: int = None
    type: Literal["refusal"] = "refusal"
    refusal: Optional[str] = None


# A streamed content piece of a message, told apart by `type`.
MessageContentDelta = Union[ImageFileDeltaBlock, TextDeltaBlock, RefusalDeltaBlock, ImageURLDeltaBlock]


@model
class MessageDelta(BaseModel):
    """What changed in a message: its role and new content pieces."""

    content: Optional[List[MessageContentDelta]] = None
    role: Optional[Literal["user", "assistant"]] = None


@model
class MessageDeltaEvent(BaseModel):
    """The `data` of a `thread.message.delta` event: a message id and what changed."""

    id: str = None
    delta: MessageDelta = None
    object: Literal["thread.message.delta"] = None  # "thread.message.delta"


# -- runs --------------------------------------------------------------------------------------


# The states a run goes through.
RunStatus = Literal["queued", "in_progress", "requires_action", "cancelling", "cancelled", "failed", "completed", "incomplete", "expired"]


@model
class Function(BaseModel):
    """The name and JSON arguments of a function the run wants called."""

    arguments: str = None
    name: str = None


@model
class RequiredActionFunctionToolCall(BaseModel):
    """A function call the run waits on; answer it by its `id`."""

    id: str = None
    function: Function = None
    type: Literal["function"] = "function"


@model
class RequiredActionSubmitToolOutputs(BaseModel):
    """The tool calls whose outputs the run needs."""

    tool_calls: List[RequiredActionFunctionToolCall] = None


@model
class RequiredAction(BaseModel):
    """What a run in `requires_action` waits for."""

    submit_tool_outputs: RequiredActionSubmitToolOutputs = None
    type: Literal["submit_tool_outputs"] = "submit_tool_outputs"


@model
class RunIncompleteDetails(BaseModel):
    """Why a run ended unfinished (a token limit it hit)."""

    reason: Optional[Literal["max_completion_tokens", "max_prompt_tokens"]] = None


@model
class LastError(BaseModel):
    """The error that made a run fail."""

    code: Literal["server_error", "rate_limit_exceeded", "invalid_prompt"] = None
    message: str = None


@model
class TruncationStrategy(BaseModel):
    """How much of the thread is given to the model for the run."""

    type: Literal["auto", "last_messages"] = None
    last_messages: Optional[int] = None


@model
class Usage(BaseModel):
    """The tokens a finished run used."""

    completion_tokens: int = None
    prompt_tokens: int = None
    total_tokens: int = None


@model
class Run(BaseModel):
    """One execution of an assistant on a thread, with its status and settings."""

    id: str = None
    assistant_id: str = None
    cancelled_at: Optional[int] = None
    completed_at: Optional[int] = None
    created_at: int = None
    expires_at: Optional[int] = None
    failed_at: Optional[int] = None
    incomplete_details: Optional[RunIncompleteDetails] = None
    instructions: str = None
    last_error: Optional[LastError] = None
    max_completion_tokens: Optional[int] = None
    max_prompt_tokens: Optional[int] = None
    metadata: Optional[Metadata] = None
    model: str = None
    object: Literal["thread.run"] = None  # "thread.run"
    parallel_tool_calls: bool = None
    required_action: Optional[RequiredAction] = None
    response_format: Optional[AssistantResponseFormatOption] = None
    started_at: Optional[int] = None
    status: Literal["queued", "in_progress", "requires_action", "cancelling", "cancelled", "failed", "completed", "incomplete", "expired"] = None
    thread_id: str = None
    tool_choice: Optional[AssistantToolChoiceOption] = None
    tools: List[AssistantTool] = None
    truncation_strategy: Optional[TruncationStrategy] = None
    usage: Optional[Usage] = None
    temperature: Optional[float] = None
    top_p: Optional[float] = None
