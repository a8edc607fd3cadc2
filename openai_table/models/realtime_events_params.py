"""The client events of the Realtime API as plain dicts (``TypedDict``): what you send
over the websocket. Build them by keyword or write the dict literal.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict, Union

from .realtime_params import (
    ConversationItemParam,
    RealtimeResponseCreateParamsParam,
    RealtimeSessionCreateRequestParam,
    RealtimeTranscriptionSessionCreateRequestParam,
)

__all__ = [
    # client events
    "SessionUpdateEventParamSession",
    "SessionUpdateEventParam",
    "InputAudioBufferAppendEventParam",
    "InputAudioBufferCommitEventParam",
    "InputAudioBufferClearEventParam",
    "OutputAudioBufferClearEventParam",
    "ConversationItemCreateEventParam",
    "ConversationItemRetrieveEventParam",
    "ConversationItemTruncateEventParam",
    "ConversationItemDeleteEventParam",
    "ResponseCreateEventParam",
    "ResponseCancelEventParam",
    "RealtimeClientEventParam",
]


# -- client events ---------------------------------------------------------------------------------


# New session settings: realtime or transcription.
SessionUpdateEventParamSession = Union[
    RealtimeSessionCreateRequestParam,
    RealtimeTranscriptionSessionCreateRequestParam,
]


class SessionUpdateEventParam(TypedDict, total=False):
    """Change the session's settings."""

    session: Required[SessionUpdateEventParamSession]
    type: Required[Literal["session.update"]]
    event_id: str


class InputAudioBufferAppendEventParam(TypedDict, total=False):
    """Append base64 audio to the input buffer."""

    audio: Required[str]
    type: Required[Literal["input_audio_buffer.append"]]
    event_id: str


class InputAudioBufferCommitEventParam(TypedDict, total=False):
    """Turn the buffered audio into a user message."""

    type: Required[Literal["input_audio_buffer.commit"]]
    event_id: str


class InputAudioBufferClearEventParam(TypedDict, total=False):
    """Drop the buffered input audio."""

    type: Required[Literal["input_audio_buffer.clear"]]
    event_id: str


class OutputAudioBufferClearEventParam(TypedDict, total=False):
    """Stop and drop the audio being played (WebRTC/SIP)."""

    type: Required[Literal["output_audio_buffer.clear"]]
    event_id: str


class ConversationItemCreateEventParam(TypedDict, total=False):
    """Add an item to the conversation."""

    item: Required[ConversationItemParam]
    type: Required[Literal["conversation.item.create"]]
    event_id: str
    previous_item_id: str


class ConversationItemRetrieveEventParam(TypedDict, total=False):
    """Ask for one item of the conversation."""

    item_id: Required[str]
    type: Required[Literal["conversation.item.retrieve"]]
    event_id: str


class ConversationItemTruncateEventParam(TypedDict, total=False):
    """Cut an assistant audio message at the point played."""

    audio_end_ms: Required[int]
    content_index: Required[int]
    item_id: Required[str]
    type: Required[Literal["conversation.item.truncate"]]
    event_id: str


class ConversationItemDeleteEventParam(TypedDict, total=False):
    """Remove an item from the conversation."""

    item_id: Required[str]
    type: Required[Literal["conversation.item.delete"]]
    event_id: str


class ResponseCreateEventParam(TypedDict, total=False):
    """Ask the model for a response."""

    type: Required[Literal["response.create"]]
    event_id: str
    response: RealtimeResponseCreateParamsParam


class ResponseCancelEventParam(TypedDict, total=False):
    """Cancel a response in progress."""

    type: Required[Literal["response.cancel"]]
    event_id: str
    response_id: str


# Any client event.
RealtimeClientEventParam = Union[
    ConversationItemCreateEventParam,
    ConversationItemDeleteEventParam,
    ConversationItemRetrieveEventParam,
    ConversationItemTruncateEventParam,
    InputAudioBufferAppendEventParam,
    InputAudioBufferClearEventParam,
    OutputAudioBufferClearEventParam,
    InputAudioBufferCommitEventParam,
    ResponseCancelEventParam,
    ResponseCreateEventParam,
    SessionUpdateEventParam,
]
