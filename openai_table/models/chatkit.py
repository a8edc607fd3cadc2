"""ChatKit (beta): the sessions a ChatKit front end runs with, the threads it keeps and their items."""

from __future__ import annotations

from typing import Dict, List, Literal, Optional, Union

from ._base import BaseModel, model

__all__ = [
    "ChatSession",
    "ChatSessionStatus",
    "ChatSessionChatKitConfiguration",
    "ChatSessionAutomaticThreadTitling",
    "ChatSessionFileUpload",
    "ChatSessionHistory",
    "ChatSessionRateLimits",
    "ChatKitWorkflow",
    "Tracing",
    "ChatKitThread",
    "StatusActive",
    "StatusLocked",
    "StatusClosed",
    "Status",
    "ThreadDeleteResponse",
    "ChatKitThreadUserMessageItem",
    "ContentInputText",
    "ContentQuotedText",
    "Content",
    "InferenceOptions",
    "InferenceOptionsToolChoice",
    "ChatKitAttachment",
    "ChatKitThreadAssistantMessageItem",
    "ChatKitResponseOutputText",
    "AnnotationFile",
    "AnnotationFileSource",
    "AnnotationURL",
    "AnnotationURLSource",
    "Annotation",
    "ChatKitWidgetItem",
    "DataChatKitClientToolCall",
    "DataChatKitTask",
    "DataChatKitTaskGroup",
    "DataChatKitTaskGroupTask",
    "Data",
    "ChatKitThreadItemList",
]


# -- sessions --------------------------------------------------------------------------------


@model
class ChatSession(BaseModel):
    """A ChatKit session: the client secret a front end uses, with the workflow and limits it runs under."""

    id: Optional[str] = None
    chatkit_configuration: Optional[ChatSessionChatKitConfiguration] = None
    client_secret: Optional[str] = None
    expires_at: Optional[int] = None
    max_requests_per_1_minute: Optional[int] = None
    object: Optional[str] = None  # "chatkit.session"
    rate_limits: Optional[ChatSessionRateLimits] = None
    status: Optional[str] = None
    user: Optional[str] = None
    workflow: Optional[ChatKitWorkflow] = None


@model
class ChatSessionChatKitConfiguration(BaseModel):
    """Which ChatKit features a session has switched on."""

    automatic_thread_titling: Optional[ChatSessionAutomaticThreadTitling] = None
    file_upload: Optional[ChatSessionFileUpload] = None
    history: Optional[ChatSessionHistory] = None


@model
class ChatSessionAutomaticThreadTitling(BaseModel):
    """Whether new threads get a generated title."""

    enabled: Optional[bool] = None


@model
class ChatSessionFileUpload(BaseModel):
    """Whether users may attach files, and how many and how large."""

    enabled: Optional[bool] = None
    max_file_size: Optional[int] = None
    max_files: Optional[int] = None


@model
class ChatSessionHistory(BaseModel):
    """Whether the thread history is shown, and how many recent threads."""

    enabled: Optional[bool] = None
    recent_threads: Optional[int] = None


@model
class ChatSessionRateLimits(BaseModel):
    """How many requests per minute a session may make."""

    max_requests_per_1_minute: Optional[int] = None


@model
class ChatKitWorkflow(BaseModel):
    """The Agent Builder workflow behind a session: id, version, state variables, tracing."""

    id: Optional[str] = None
    state_variables: Optional[Dict[str, Union[str, bool, float]]] = None
    tracing: Optional[Tracing] = None
    version: Optional[str] = None


@model
class Tracing(BaseModel):
    """Whether the workflow's runs are traced."""

    enabled: Optional[bool] = None


ChatSessionStatus = Literal["active", "expired", "cancelled"]


# -- threads ---------------------------------------------------------------------------------


@model
class ChatKitThread(BaseModel):
    """A ChatKit conversation thread with its owner, title and status."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    object: Optional[str] = None  # "chatkit.thread"
    status: Optional[Status] = None
    title: Optional[str] = None
    user: Optional[str] = None


@model
class StatusActive(BaseModel):
    """The thread accepts new messages."""

    type: str = "active"


@model
class StatusLocked(BaseModel):
    """The thread is read-only for now, with the reason."""

    reason: Optional[str] = None
    type: str = "locked"


@model
class StatusClosed(BaseModel):
    """The thread is closed for good, with the reason."""

    reason: Optional[str] = None
    type: str = "closed"


@model
class ThreadDeleteResponse(BaseModel):
    """What deleting a ChatKit thread answers."""

    id: Optional[str] = None
    deleted: Optional[bool] = None
    object: Optional[str] = None  # "chatkit.thread.deleted"


Status = Union[StatusActive, StatusLocked, StatusClosed]


# -- thread items ----------------------------------------------------------------------------


@model
class ChatKitThreadUserMessageItem(BaseModel):
    """A message the user sent in a thread, with its attachments."""

    id: Optional[str] = None
    attachments: Optional[List[ChatKitAttachment]] = None
    content: Optional[List[Content]] = None
    created_at: Optional[int] = None
    inference_options: Optional[InferenceOptions] = None
    object: Optional[str] = None  # "chatkit.thread_item"
    thread_id: Optional[str] = None
    type: str = "chatkit.user_message"


@model
class ContentInputText(BaseModel):
    """Text the user typed."""

    text: Optional[str] = None
    type: str = "input_text"


@model
class ContentQuotedText(BaseModel):
    """Text the user quoted from earlier in the thread."""

    text: Optional[str] = None
    type: str = "quoted_text"


@model
class InferenceOptions(BaseModel):
    """The model and tool choice the user picked for one message."""

    model: Optional[str] = None
    tool_choice: Optional[InferenceOptionsToolChoice] = None


@model
class InferenceOptionsToolChoice(BaseModel):
    """The tool the user asked the assistant to use."""

    id: Optional[str] = None


@model
class ChatKitAttachment(BaseModel):
    """A file or image attached to a user message."""

    id: Optional[str] = None
    mime_type: Optional[str] = None
    name: Optional[str] = None
    preview_url: Optional[str] = None
    type: Optional[str] = None


@model
class ChatKitThreadAssistantMessageItem(BaseModel):
    """A reply the assistant wrote in a thread."""

    id: Optional[str] = None
    content: Optional[List[ChatKitResponseOutputText]] = None
    created_at: Optional[int] = None
    object: Optional[str] = None  # "chatkit.thread_item"
    thread_id: Optional[str] = None
    type: str = "chatkit.assistant_message"


@model
class ChatKitResponseOutputText(BaseModel):
    """One block of assistant text with its source annotations."""

    annotations: Optional[List[Annotation]] = None
    text: Optional[str] = None
    type: str = "output_text"


@model
class AnnotationFile(BaseModel):
    """An annotation pointing at a file the text cites."""

    source: Optional[AnnotationFileSource] = None
    type: str = "file"


@model
class AnnotationFileSource(BaseModel):
    """The file an annotation cites."""

    filename: Optional[str] = None
    type: str = "file"


@model
class AnnotationURL(BaseModel):
    """An annotation pointing at a web page the text cites."""

    source: Optional[AnnotationURLSource] = None
    type: str = "url"


@model
class AnnotationURLSource(BaseModel):
    """The web page an annotation cites."""

    type: str = "url"
    url: Optional[str] = None


@model
class ChatKitWidgetItem(BaseModel):
    """A widget the assistant rendered in a thread (its JSON definition as a string)."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    object: Optional[str] = None  # "chatkit.thread_item"
    thread_id: Optional[str] = None
    type: str = "chatkit.widget"
    widget: Optional[str] = None


@model
class DataChatKitClientToolCall(BaseModel):
    """A tool call the ChatKit client ran in the browser, with its output."""

    id: Optional[str] = None
    arguments: Optional[str] = None
    call_id: Optional[str] = None
    created_at: Optional[int] = None
    name: Optional[str] = None
    object: Optional[str] = None  # "chatkit.thread_item"
    output: Optional[str] = None
    status: Optional[str] = None
    thread_id: Optional[str] = None
    type: str = "chatkit.client_tool_call"


@model
class DataChatKitTask(BaseModel):
    """A single task the workflow reported while it worked."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    heading: Optional[str] = None
    object: Optional[str] = None  # "chatkit.thread_item"
    summary: Optional[str] = None
    task_type: Optional[str] = None
    thread_id: Optional[str] = None
    type: str = "chatkit.task"


@model
class DataChatKitTaskGroup(BaseModel):
    """Several tasks the workflow reported together."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    object: Optional[str] = None  # "chatkit.thread_item"
    tasks: Optional[List[DataChatKitTaskGroupTask]] = None
    thread_id: Optional[str] = None
    type: str = "chatkit.task_group"


@model
class DataChatKitTaskGroupTask(BaseModel):
    """One task of a task group."""

    heading: Optional[str] = None
    summary: Optional[str] = None
    type: Optional[str] = None


@model
class ChatKitThreadItemList(BaseModel):
    """A page of thread items."""

    data: Optional[List[Data]] = None
    first_id: Optional[str] = None
    has_more: Optional[bool] = None
    last_id: Optional[str] = None
    object: Optional[str] = None  # "list"


Content = Union[ContentInputText, ContentQuotedText]
Annotation = Union[AnnotationFile, AnnotationURL]
Data = Union[ChatKitThreadUserMessageItem, ChatKitThreadAssistantMessageItem, ChatKitWidgetItem, DataChatKitClientToolCall, DataChatKitTask, DataChatKitTaskGroup]
