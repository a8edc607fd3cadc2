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

    file_id: Optional[str] = None


@model
class FileCitationAnnotation(BaseModel):
    """Marks a span of the text that quotes a file file search found."""

    end_index: Optional[int] = None
    file_citation: Optional[FileCitationAnnotationFileCitation] = None
    start_index: Optional[int] = None
    text: Optional[str] = None
    type: str = "file_citation"


@model
class FilePathAnnotationFilePath(BaseModel):
    """The file a path annotation points to."""

    file_id: Optional[str] = None


@model
class FilePathAnnotation(BaseModel):
    """Marks a span of the text that names a file the code interpreter wrote."""

    end_index: Optional[int] = None
    file_path: Optional[FilePathAnnotationFilePath] = None
    start_index: Optional[int] = None
    text: Optional[str] = None
    type: str = "file_path"


# A text annotation, told apart by `type`.
Annotation = Union[FileCitationAnnotation, FilePathAnnotation]


# -- message content ---------------------------------------------------------------------------


@model
class ImageFile(BaseModel):
    """An uploaded image file, by id, and how closely to look at it."""

    file_id: Optional[str] = None
    detail: Optional[str] = None


@model
class ImageFileContentBlock(BaseModel):
    """Message content that is an uploaded image file."""

    image_file: Optional[ImageFile] = None
    type: str = "image_file"


@model
class ImageURL(BaseModel):
    """An image on the web, and how closely to look at it."""

    url: Optional[str] = None
    detail: Optional[str] = None


@model
class ImageURLContentBlock(BaseModel):
    """Message content that is an image URL."""

    image_url: Optional[ImageURL] = None
    type: str = "image_url"


@model
class Text(BaseModel):
    """The text of a message with its annotations."""

    annotations: Optional[List[Annotation]] = None
    value: Optional[str] = None


@model
class TextContentBlock(BaseModel):
    """Message content that is text."""

    text: Optional[Text] = None
    type: str = "text"


@model
class RefusalContentBlock(BaseModel):
    """Message content in which the model declines to answer."""

    refusal: Optional[str] = None
    type: str = "refusal"


# A content block of a message, told apart by `type`.
MessageContent = Union[ImageFileContentBlock, ImageURLContentBlock, TextContentBlock, RefusalContentBlock]


# -- messages ----------------------------------------------------------------------------------


@model
class AttachmentToolAssistantToolsFileSearchTypeOnly(BaseModel):
    """The file search tool as an attachment names it (only its type)."""

    type: str = "file_search"


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

    reason: Optional[str] = None


@model
class Message(BaseModel):
    """A message in a thread, from the user or an assistant."""

    id: Optional[str] = None
    assistant_id: Optional[str] = None
    attachments: Optional[List[Attachment]] = None
    completed_at: Optional[int] = None
    content: Optional[List[MessageContent]] = None
    created_at: Optional[int] = None
    incomplete_at: Optional[int] = None
    incomplete_details: Optional[MessageIncompleteDetails] = None
    metadata: Optional[Metadata] = None
    object: Optional[str] = None  # "thread.message"
    role: Optional[str] = None
    run_id: Optional[str] = None
    status: Optional[str] = None
    thread_id: Optional[str] = None


@model
class MessageDeleted(BaseModel):
    """Confirms that a message was deleted."""

    id: Optional[str] = None
    deleted: Optional[bool] = None
    object: Optional[str] = None  # "thread.message.deleted"


# -- streamed message deltas -------------------------------------------------------------------


@model
class FileCitationDeltaAnnotationFileCitation(BaseModel):
    """The file (and the quote) a streamed citation points to."""

    file_id: Optional[str] = None
    quote: Optional[str] = None


@model
class FileCitationDeltaAnnotation(BaseModel):
    """A citation of a file, as it arrives in a stream."""

    index: Optional[int] = None
    type: str = "file_citation"
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

    index: Optional[int] = None
    type: str = "file_path"
    end_index: Optional[int] = None
    file_path: Optional[FilePathDeltaAnnotationFilePath] = None
    start_index: Optional[int] = None
    text: Optional[str] = None


# A streamed text annotation, told apart by `type`.
AnnotationDelta = Union[FileCitationDeltaAnnotation, FilePathDeltaAnnotation]


@model
class ImageFileDelta(BaseModel):
    """The parts of an image file block a stream has sent."""

    detail: Optional[str] = None
    file_id: Optional[str] = None


@model
class ImageFileDeltaBlock(BaseModel):
    """A streamed piece of an image file content block."""

    index: Optional[int] = None
    type: str = "image_file"
    image_file: Optional[ImageFileDelta] = None


@model
class ImageURLDelta(BaseModel):
    """The parts of an image URL block a stream has sent."""

    detail: Optional[str] = None
    url: Optional[str] = None


@model
class ImageURLDeltaBlock(BaseModel):
    """A streamed piece of an image URL content block."""

    index: Optional[int] = None
    type: str = "image_url"
    image_url: Optional[ImageURLDelta] = None


@model
class TextDelta(BaseModel):
    """A streamed piece of text and any annotations that came with it."""

    annotations: Optional[List[AnnotationDelta]] = None
    value: Optional[str] = None


@model
class TextDeltaBlock(BaseModel):
    """A streamed piece of a text content block."""

    index: Optional[int] = None
    type: str = "text"
    text: Optional[TextDelta] = None


@model
class RefusalDeltaBlock(BaseModel):
    """A streamed piece of a refusal."""

    index: Optional[int] = None
    type: str = "refusal"
    refusal: Optional[str] = None


# A streamed content piece of a message, told apart by `type`.
MessageContentDelta = Union[ImageFileDeltaBlock, TextDeltaBlock, RefusalDeltaBlock, ImageURLDeltaBlock]


@model
class MessageDelta(BaseModel):
    """What changed in a message: its role and new content pieces."""

    content: Optional[List[MessageContentDelta]] = None
    role: Optional[str] = None


@model
class MessageDeltaEvent(BaseModel):
    """The `data` of a `thread.message.delta` event: a message id and what changed."""

    id: Optional[str] = None
    delta: Optional[MessageDelta] = None
    object: Optional[str] = None  # "thread.message.delta"


# -- runs --------------------------------------------------------------------------------------


# The states a run goes through.
RunStatus = Literal["queued", "in_progress", "requires_action", "cancelling", "cancelled", "failed", "completed", "incomplete", "expired"]


@model
class Function(BaseModel):
    """The name and JSON arguments of a function the run wants called."""

    arguments: Optional[str] = None
    name: Optional[str] = None


@model
class RequiredActionFunctionToolCall(BaseModel):
    """A function call the run waits on; answer it by its `id`."""

    id: Optional[str] = None
    function: Optional[Function] = None
    type: str = "function"


@model
class RequiredActionSubmitToolOutputs(BaseModel):
    """The tool calls whose outputs the run needs."""

    tool_calls: Optional[List[RequiredActionFunctionToolCall]] = None


@model
class RequiredAction(BaseModel):
    """What a run in `requires_action` waits for."""

    submit_tool_outputs: Optional[RequiredActionSubmitToolOutputs] = None
    type: str = "submit_tool_outputs"


@model
class RunIncompleteDetails(BaseModel):
    """Why a run ended unfinished (a token limit it hit)."""

    reason: Optional[str] = None


@model
class LastError(BaseModel):
    """The error that made a run fail."""

    code: Optional[str] = None
    message: Optional[str] = None


@model
class TruncationStrategy(BaseModel):
    """How much of the thread is given to the model for the run."""

    type: Optional[str] = None
    last_messages: Optional[int] = None


@model
class Usage(BaseModel):
    """The tokens a finished run used."""

    completion_tokens: Optional[int] = None
    prompt_tokens: Optional[int] = None
    total_tokens: Optional[int] = None


@model
class Run(BaseModel):
    """One execution of an assistant on a thread, with its status and settings."""

    id: Optional[str] = None
    assistant_id: Optional[str] = None
    cancelled_at: Optional[int] = None
    completed_at: Optional[int] = None
    created_at: Optional[int] = None
    expires_at: Optional[int] = None
    failed_at: Optional[int] = None
    incomplete_details: Optional[RunIncompleteDetails] = None
    instructions: Optional[str] = None
    last_error: Optional[LastError] = None
    max_completion_tokens: Optional[int] = None
    max_prompt_tokens: Optional[int] = None
    metadata: Optional[Metadata] = None
    model: Optional[str] = None
    object: Optional[str] = None  # "thread.run"
    parallel_tool_calls: Optional[bool] = None
    required_action: Optional[RequiredAction] = None
    response_format: Optional[AssistantResponseFormatOption] = None
    started_at: Optional[int] = None
    status: Optional[str] = None
    thread_id: Optional[str] = None
    tool_choice: Optional[AssistantToolChoiceOption] = None
    tools: Optional[List[AssistantTool]] = None
    truncation_strategy: Optional[TruncationStrategy] = None
    usage: Optional[Usage] = None
    temperature: Optional[float] = None
    top_p: Optional[float] = None
