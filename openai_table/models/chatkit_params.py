"""ChatKit (beta): the request-side dicts of `beta.chatkit.sessions.create` and the thread list calls."""

from __future__ import annotations

from typing import Dict, Literal, Required, TypedDict, Union

__all__ = [
    "SessionCreateParams",
    "ChatSessionWorkflowParam",
    "Tracing",
    "ChatSessionChatKitConfigurationParam",
    "AutomaticThreadTitling",
    "FileUpload",
    "History",
    "ChatSessionExpiresAfterParam",
    "ChatSessionRateLimitsParam",
    "ThreadListParams",
    "ThreadListItemsParams",
]


# -- sessions.create -------------------------------------------------------------------------


class SessionCreateParams(TypedDict, total=False):
    """The body of `beta.chatkit.sessions.create`."""

    user: Required[str]
    workflow: Required[ChatSessionWorkflowParam]
    chatkit_configuration: ChatSessionChatKitConfigurationParam
    expires_after: ChatSessionExpiresAfterParam
    rate_limits: ChatSessionRateLimitsParam


class ChatSessionWorkflowParam(TypedDict, total=False):
    """The workflow a new session runs: its id, and optionally version, state and tracing."""

    id: Required[str]
    state_variables: Dict[str, Union[str, bool, float]]
    tracing: Tracing
    version: str


class Tracing(TypedDict, total=False):
    """Turns tracing of the workflow's runs on or off."""

    enabled: bool


class ChatSessionChatKitConfigurationParam(TypedDict, total=False):
    """ChatKit features to turn on or off for a new session."""

    automatic_thread_titling: AutomaticThreadTitling
    file_upload: FileUpload
    history: History


class AutomaticThreadTitling(TypedDict, total=False):
    """Turns generated thread titles on or off."""

    enabled: bool


class FileUpload(TypedDict, total=False):
    """Turns attachments on or off, with their count and size limits."""

    enabled: bool
    max_file_size: int
    max_files: int


class History(TypedDict, total=False):
    """Turns the thread history on or off, and how many recent threads it lists."""

    enabled: bool
    recent_threads: int


class ChatSessionExpiresAfterParam(TypedDict, total=False):
    """When a new session expires, in seconds after it is created."""

    anchor: Required[Literal["created_at"]]
    seconds: Required[int]


class ChatSessionRateLimitsParam(TypedDict, total=False):
    """The per-minute request limit of a new session."""

    max_requests_per_1_minute: int


# -- threads.list, threads.list_items --------------------------------------------------------


class ThreadListParams(TypedDict, total=False):
    """The query of `beta.chatkit.threads.list`."""

    after: str
    before: str
    limit: int
    order: Literal["asc", "desc"]
    user: str


class ThreadListItemsParams(TypedDict, total=False):
    """The query of `beta.chatkit.threads.list_items`."""

    after: str
    before: str
    limit: int
    order: Literal["asc", "desc"]
