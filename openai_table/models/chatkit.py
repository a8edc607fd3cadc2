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

    id: str = None
    chatkit_configuration: ChatSessionChatKitConfiguration = None
    client_secret: str = None
    expires_at: int = None
    max_requests_per_1_minute: int = None
    object: Literal["chatkit.session"] = None  # "chatkit.session"
    rate_limits: ChatSessionRateLimits = None
    status: Literal["active", "expired", "cancelled"] = None
    user: str = None
    workflow: ChatKitWorkflow = None


@model
class ChatSessionChatKitConfiguration(BaseModel):
    """Which ChatKit features a session has switched on."""

    automatic_thread_titling: ChatSessionAutomaticThreadTitling = None
    file_upload: ChatSessionFileUpload = None
    history: ChatSessionHistory = None


@model
class ChatSessionAutomaticThreadTitling(BaseModel):
    """Whether new threads get a generated title."""

    enabled: bool = None


@model
class ChatSessionFileUpload(BaseModel):
    """Whether users may attach files, and how many and how large."""

    enabled: bool = None
    max_file_size: Optional[int] = None
    max_files: Optional[int] = None


@model
class ChatSessionHistory(BaseModel):
    """Whether the thread history is shown, and how many recent threads."""

    enabled: bool = None
    recent_threads: Optional[int] = None


@model
class ChatSessionRateLimits(BaseModel):
    """How many requests per minute a session may make."""

    max_requests_per_1_minute: int = None


@model
class ChatKitWorkflow(BaseModel):
    """The Agent Builder workflow behind a session: id, version, state variables, tracing."""

    id: str = None
    state_variables: Optional[Dict[str, Union[str, bool, float]]] = None
    tracing: Tracing = None
    version: Optional[str] = None


@model
class Tracing(BaseModel):
    """Whether the workflow's runs are traced."""

    enabled: bool = None


ChatSessionStatus = Literal["active", "expired", "cancelled"]


# -- threads ---------------------------------------------------------------------------------


@model
class ChatKitThread(BaseModel):
    """A ChatKit conversation thread with its owner, title and status."""

    id: str = None
    created_at: int = None
    object: Literal["chatkit.thread"] = None  # "chatkit.thread"
    status: Status = None
    title: Optional[str] = None
    user: str = None


@model
class StatusActive(BaseModel):
    """The thread accepts new messages."""

    type: Literal["active"] = "active"


@model
class StatusLocked(BaseModel):
    """The thread is read-only for now, with the reason."""

    reason: Optional[str] = None
    type: Literal["locked"] = "locked"


@model
class StatusClosed(BaseModel):
    """The thread is closed for good, with the reason."""

    reason: Optional[str] = None
    type: Literal["closed"] = "closed"


@model
class ThreadDeleteResponse(BaseModel):
    """What deleting a ChatKit thread answers."""

    id: str = None
    deleted: bool = None
    object: Literal["chatkit.thread.deleted"] = None  # "chatkit.thread.deleted"


Status = Union[StatusActive, StatusLocked, StatusClosed]


# -- thread items ----------------------------------------------------------------------------


@model
class ChatKitThreadUserMessageItem(BaseModel):
    """A message the user sent in a thread, with its attachments."""

    id: str = None
    attachments: List[ChatKitAttachment] = None
    content: List[Content] = None
    created_at: int = None
    inference_options: Optional[InferenceOptions] = None
    object: Literal["chatkit.thread_item"] = None  # "chatkit.thread_item"
    thread_id: str = None
    type: Literal["chatkit.user_message"] = "chatkit.user_message"


@model
class ContentInputText(BaseModel):
    """Text the user typed."""

    text: str = None
    type: Literal["input_text"] = "input_text"


@model
class ContentQuotedText(BaseModel):
    """Text the user quoted from earlier in the thread."""

    text: str = None
    type: Literal["quoted_text"] = "quoted_text"


@model
class InferenceOptions(BaseModel):
    """The model and tool choice the user picked for one message."""

    model: Optional[str] = None
    tool_choice: Optional[InferenceOptionsToolChoice] = None


@model
class InferenceOptionsToolChoice(BaseModel):
    """The tool the user asked the assistant to use."""

    id: str = None


@model
class ChatKitAttachment(BaseModel):
    """A file or image attached to a user message."""

    id: str = None
    mime_type: str = None
    name: str = None
    preview_url: Optional[str] = None
    type: Literal["image", "file"] = None


@model
class ChatKitThreadAssistantMessageItem(BaseModel):
    """A reply the assistant wrote in a thread."""

    id: str = None
    content: List[ChatKitResponseOutputText] = None
    created_at: int = None
    object: Literal["chatkit.thread_item"] = None  # "chatkit.thread_item"
    thread_id: str = None
    type: Literal["chatkit.assistant_message"] = "chatkit.assistant_message"


@model
class ChatKitResponseOutputText(BaseModel):
    """One block of assistant text with its source annotations."""

    annotations: List[Annotation] = None
    text: str = None
    type: Literal["output_text"] = "output_text"


@model
class AnnotationFile(BaseModel):
    """An annotation pointing at a file the text cites."""

    source: AnnotationFileSource = None
    type: Literal["file"] = "file"


@model
class AnnotationFileSource(BaseModel):
    """The file an annotation cites."""

    filename: str = None
    type: Literal["file"] = "file"


@model
class AnnotationURL(BaseModel):
    """An annotation pointing at a web page the text cites."""

    source: AnnotationURLSource = None
    type: Literal["url"] = "url"


@model
class AnnotationURLSource(BaseModel):
    """The web page an annotation cites."""

    type: Literal["url"] = "url"
    url: str = None


@model
class ChatKitWidgetItem(BaseModel):
    """A widget the assistant rendered in a thread (its JSON definition as a string)."""

    id: str = None
    created_at: int = None
    object: Literal["chatkit.thread_item"] = None  # "chatkit.thread_item"
    thread_id: str = None
    type: Literal["chatkit.widget"] = "chatkit.widget"
    widget: str = None


@model
class DataChatKitClientToolCall(BaseModel):
    """A tool call the ChatKit client ran in the browser, with its output."""

    id: str = None
    arguments: str = None
    call_id: str = None
    created_at: int = None
    name: str = None
    object: Literal["chatkit.thread_item"] = None  # "chatkit.thread_item"
    output: Optional[str] = None
    status: Literal["in_progress", "completed"] = None
    thread_id: str = None
    type: Literal["chatkit.client_tool_call"] = "chatkit.client_tool_call"


@model
class DataChatKitTask(BaseModel):
    """A single task the workflow reported while it worked."""

    id: str = None
    created_at: int = None
    heading: Optional[str] = None
    object: Literal["chatkit.thread_item"] = None  # "chatkit.thread_item"
    summary: Optional[str] = None
    task_type: Literal["custom", "thought"] = None
    thread_id: str = None
    type: Literal["chatkit.task"] = "chatkit.task"


@model
class DataChatKitTaskGroup(BaseModel):
    """Several tasks the workflow reported together."""

    id: str = None
    created_at: int = None
    object: Literal["chatkit.thread_item"] = None  # "chatkit.thread_item"
    tasks: List[DataChatKitTaskGroupTask] = None
    thread_id: str = None
    type: Literal["chatkit.task_group"] = "chatkit.task_group"


@model
class DataChatKitTaskGroupTask(BaseModel):
    """One task of a task group."""

    heading: Optional[str] = None
    summary: Optional[str] = None
    type: Literal["custom", "thought"] = None


@model
class ChatKitThreadItemList(BaseModel):
    """A page of thread items."""

    data: List[Data] = None
    first_id: Optional[str] = None
    has_more: bool = None
    last_id: Optional[str] = None
    object: Literal["list"] = None  # "list"


Content = Union[ContentInputText, ContentQuotedText]
Annotation = Union[AnnotationFile, AnnotationURL]
Data = Union[ChatKitThreadUserMessageItem, ChatKitThreadAssistantMessageItem, ChatKitWidgetItem, DataChatKitClientToolCall, DataChatKitTask, DataChatKitTaskGroup]
