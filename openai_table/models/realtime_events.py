"""The Realtime API's websocket events, both directions.

*Client events* are what you send (``session.update``, ``input_audio_buffer.append``,
``response.create``, ...); *server events* are what comes back (``session.created``,
``response.output_audio.delta``, ``error``, ...). ``RealtimeClientEvent`` and
``RealtimeServerEvent`` are unions over them told apart by ``type``; an event type this version
does not know yet still arrives, as an ``UnknownModel`` that keeps its data. The sessions, items
and responses the events carry live in ``realtime``.
"""

from __future__ import annotations

from typing import List, Literal, Optional, Union

from ._base import BaseModel, model
from .realtime import (
    ConversationItem,
    LogProbProperties,
    RealtimeError,
    RealtimeResponse,
    RealtimeResponseCreateParams,
    RealtimeSessionCreateRequest,
    RealtimeTranscriptionSessionCreateRequest,
)

__all__ = [
    # client events (sent over the websocket)
    "SessionUpdateEventSession",
    "SessionUpdateEvent",
    "InputAudioBufferAppendEvent",
    "InputAudioBufferCommitEvent",
    "InputAudioBufferClearEvent",
    "OutputAudioBufferClearEvent",
    "ConversationItemCreateEvent",
    "ConversationItemRetrieveEvent",
    "ConversationItemTruncateEvent",
    "ConversationItemDeleteEvent",
    "ResponseCreateEvent",
    "ResponseCancelEvent",
    "RealtimeClientEvent",
    # server events: errors, session, conversation
    "RealtimeErrorEvent",
    "SessionCreatedEventSession",
    "SessionCreatedEvent",
    "SessionUpdatedEventSession",
    "SessionUpdatedEvent",
    "Conversation",
    "ConversationCreatedEvent",
    "ConversationItemCreatedEvent",
    "ConversationItemAdded",
    "ConversationItemDone",
    "ConversationItemRetrieved",
    "ConversationItemTruncatedEvent",
    "ConversationItemDeletedEvent",
    "UsageTranscriptTextUsageTokensInputTokenDetails",
    "UsageTranscriptTextUsageTokens",
    "UsageTranscriptTextUsageDuration",
    "Usage",
    "ConversationItemInputAudioTranscriptionCompletedEvent",
    "ConversationItemInputAudioTranscriptionDeltaEvent",
    "ConversationItemInputAudioTranscriptionFailedEventError",
    "ConversationItemInputAudioTranscriptionFailedEvent",
    "ConversationItemInputAudioTranscriptionSegment",
    # server events: audio buffers
    "InputAudioBufferCommittedEvent",
    "InputAudioBufferClearedEvent",
    "InputAudioBufferSpeechStartedEvent",
    "InputAudioBufferSpeechStoppedEvent",
    "InputAudioBufferTimeoutTriggered",
    "OutputAudioBufferStarted",
    "OutputAudioBufferStopped",
    "OutputAudioBufferCleared",
    # server events: responses, tools, rate limits
    "ResponseCreatedEvent",
    "ResponseDoneEvent",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseContentPartAddedEventPart",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEventPart",
    "ResponseContentPartDoneEvent",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseAudioDeltaEvent",
    "ResponseAudioDoneEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseMcpCallArgumentsDelta",
    "ResponseMcpCallArgumentsDone",
    "ResponseMcpCallInProgress",
    "ResponseMcpCallCompleted",
    "ResponseMcpCallFailed",
    "McpListToolsInProgress",
    "McpListToolsCompleted",
    "McpListToolsFailed",
    "RateLimit",
    "RateLimitsUpdatedEvent",
    "RealtimeServerEvent",
]


# -- client events (sent over the websocket) -------------------------------------------------------


# New session settings: realtime or transcription, by ``type``.
SessionUpdateEventSession = Union[RealtimeSessionCreateRequest, RealtimeTranscriptionSessionCreateRequest]


@model
class SessionUpdateEvent(BaseModel):
    """Client event: change the session's settings."""

    session: SessionUpdateEventSession = None
    type: Literal["session.update"] = "session.update"
    event_id: Optional[str] = None


@model
class InputAudioBufferAppendEvent(BaseModel):
    """Client event: append base64 audio to the input buffer."""

    audio: str = None
    type: Literal["input_audio_buffer.append"] = "input_audio_buffer.append"
    event_id: Optional[str] = None


@model
class InputAudioBufferCommitEvent(BaseModel):
    """Client event: turn the buffered audio into a user message."""

    type: Literal["input_audio_buffer.commit"] = "input_audio_buffer.commit"
    event_id: Optional[str] = None


@model
class InputAudioBufferClearEvent(BaseModel):
    """Client event: drop the buffered input audio."""

    type: Literal["input_audio_buffer.clear"] = "input_audio_buffer.clear"
    event_id: Optional[str] = None


@model
class OutputAudioBufferClearEvent(BaseModel):
    """Client event: stop and drop the audio being played (WebRTC/SIP)."""

    type: Literal["output_audio_buffer.clear"] = "output_audio_buffer.clear"
    event_id: Optional[str] = None


@model
class ConversationItemCreateEvent(BaseModel):
    """Client event: add an item to the conversation."""

    item: ConversationItem = None
    type: Literal["conversation.item.create"] = "conversation.item.create"
    event_id: Optional[str] = None
    previous_item_id: Optional[str] = None


@model
class ConversationItemRetrieveEvent(BaseModel):
    """Client event: ask the server for one item."""

    item_id: str = None
    type: Literal["conversation.item.retrieve"] = "conversation.item.retrieve"
    event_id: Optional[str] = None


@model
class ConversationItemTruncateEvent(BaseModel):
    """Client event: cut an assistant audio message at the point played."""

    audio_end_ms: int = None
    content_index: int = None
    item_id: str = None
    type: Literal["conversation.item.truncate"] = "conversation.item.truncate"
    event_id: Optional[str] = None


@model
class ConversationItemDeleteEvent(BaseModel):
    """Client event: remove an item from the conversation."""

    item_id: str = None
    type: Literal["conversation.item.delete"] = "conversation.item.delete"
    event_id: Optional[str] = None


@model
class ResponseCreateEvent(BaseModel):
    """Client event: ask the model for a response."""

    type: Literal["response.create"] = "response.create"
    event_id: Optional[str] = None
    response: Optional[RealtimeResponseCreateParams] = None


@model
class ResponseCancelEvent(BaseModel):
    """Client event: cancel a response in progress."""

    type: Literal["response.cancel"] = "response.cancel"
    event_id: Optional[str] = None
    response_id: Optional[str] = None


# Any event a client sends, told apart by ``type``.
RealtimeClientEvent = Union[
    ConversationItemCreateEvent,
    ConversationItemDeleteEvent,
    ConversationItemRetrieveEvent,
    ConversationItemTruncateEvent,
    InputAudioBufferAppendEvent,
    InputAudioBufferClearEvent,
    OutputAudioBufferClearEvent,
    InputAudioBufferCommitEvent,
    ResponseCancelEvent,
    ResponseCreateEvent,
    SessionUpdateEvent,
]


# -- server events: errors, session, conversation --------------------------------------------------


@model
class RealtimeErrorEvent(BaseModel):
    """Server event: an error occurred; the session stays open."""

    error: RealtimeError = None
    event_id: str = None
    type: Literal["error"] = "error"


# The session: realtime or transcription, by ``type``.


@model
class SessionCreatedEvent(BaseModel):
    """Server event: the session exists (the first event of a connection)."""

    event_id: str = None
    session: SessionUpdateEventSession = None
    type: Literal["session.created"] = "session.created"


# The session: realtime or transcription, by ``type``.


@model
class SessionUpdatedEvent(BaseModel):
    """Server event: the session's settings changed."""

    event_id: str = None
    session: SessionUpdateEventSession = None
    type: Literal["session.updated"] = "session.updated"


@model
class Conversation(BaseModel):
    """The conversation a session holds."""

    id: Optional[str] = None
    object: Optional[Literal["realtime.conversation"]] = None


@model
class ConversationCreatedEvent(BaseModel):
    """Server event: the conversation was created."""

    conversation: Conversation = None
    event_id: str = None
    type: Literal["conversation.created"] = "conversation.created"


@model
class ConversationItemCreatedEvent(BaseModel):
    """Server event: an item was added to the conversation."""

    event_id: str = None
    item: ConversationItem = None
    type: Literal["conversation.item.created"] = "conversation.item.created"
    previous_item_id: Optional[str] = None


@model
class ConversationItemAdded(BaseModel):
    """Server event: an item was added to the conversation (it may still be filling)."""

    event_id: str = None
    item: ConversationItem = None
    type: Literal["conversation.item.added"] = "conversation.item.added"
    previous_item_id: Optional[str] = None


@model
class ConversationItemDone(BaseModel):
    """Server event: an item is complete."""

    event_id: str = None
    item: ConversationItem = None
    type: Literal["conversation.item.done"] = "conversation.item.done"
    previous_item_id: Optional[str] = None


@model
class ConversationItemRetrieved(BaseModel):
    """Server event: the item you asked for."""

    event_id: str = None
    item: ConversationItem = None
    type: Literal["conversation.item.retrieved"] = "conversation.item.retrieved"


@model
class ConversationItemTruncatedEvent(BaseModel):
    """Server event: an assistant audio message was truncated."""

    audio_end_ms: int = None
    content_index: int = None
    event_id: str = None
    item_id: str = None
    type: Literal["conversation.item.truncated"] = "conversation.item.truncated"


@model
class ConversationItemDeletedEvent(BaseModel):
    """Server event: an item was deleted."""

    event_id: str = None
    item_id: str = None
    type: Literal["conversation.item.deleted"] = "conversation.item.deleted"


@model
class UsageTranscriptTextUsageTokensInputTokenDetails(BaseModel):
    """Transcription input tokens by kind."""

    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


@model
class UsageTranscriptTextUsageTokens(BaseModel):
    """Transcription usage billed by tokens."""

    input_tokens: int = None
    output_tokens: int = None
    total_tokens: int = None
    type: Literal["tokens"] = "tokens"
    input_token_details: Optional[UsageTranscriptTextUsageTokensInputTokenDetails] = None


@model
class UsageTranscriptTextUsageDuration(BaseModel):
    """Transcription usage billed by audio duration."""

    seconds: float = None
    type: Literal["duration"] = "duration"


# Transcription usage, billed by tokens or by duration.
Usage = Union[UsageTranscriptTextUsageTokens, UsageTranscriptTextUsageDuration]


@model
class ConversationItemInputAudioTranscriptionCompletedEvent(BaseModel):
    """Server event: the transcript of a user's audio is ready."""

    content_index: int = None
    event_id: str = None
    item_id: str = None
    transcript: str = None
    type: Literal["conversation.item.input_audio_transcription.completed"] = "conversation.item.input_audio_transcription.completed"
    usage: Usage = None
    logprobs: Optional[List[LogProbProperties]] = None


@model
class ConversationItemInputAudioTranscriptionDeltaEvent(BaseModel):
    """Server event: more of the transcript of a user's audio."""

    event_id: str = None
    item_id: str = None
    type: Literal["conversation.item.input_audio_transcription.delta"] = "conversation.item.input_audio_transcription.delta"
    content_index: Optional[int] = None
    delta: Optional[str] = None
    logprobs: Optional[List[LogProbProperties]] = None


@model
class ConversationItemInputAudioTranscriptionFailedEventError(BaseModel):
    """Why transcribing input audio failed."""

    code: Optional[str] = None
    message: Optional[str] = None
    param: Optional[str] = None
    type: Optional[str] = None


@model
class ConversationItemInputAudioTranscriptionFailedEvent(BaseModel):
    """Server event: transcribing a user's audio failed."""

    content_index: int = None
    error: ConversationItemInputAudioTranscriptionFailedEventError = None
    event_id: str = None
    item_id: str = None
    type: Literal["conversation.item.input_audio_transcription.failed"] = "conversation.item.input_audio_transcription.failed"


@model
class ConversationItemInputAudioTranscriptionSegment(BaseModel):
    """Server event: one transcribed segment (with its speaker, when diarizing)."""

    id: str = None
    content_index: int = None
    end: float = None
    event_id: str = None
    item_id: str = None
    speaker: str = None
    start: float = None
    text: str = None
    type: Literal["conversation.item.input_audio_transcription.segment"] = "conversation.item.input_audio_transcription.segment"


# -- server events: audio buffers ------------------------------------------------------------------


@model
class InputAudioBufferCommittedEvent(BaseModel):
    """Server event: the input buffer became a user message."""

    event_id: str = None
    item_id: str = None
    type: Literal["input_audio_buffer.committed"] = "input_audio_buffer.committed"
    previous_item_id: Optional[str] = None


@model
class InputAudioBufferClearedEvent(BaseModel):
    """Server event: the input buffer was emptied."""

    event_id: str = None
    type: Literal["input_audio_buffer.cleared"] = "input_audio_buffer.cleared"


@model
class InputAudioBufferSpeechStartedEvent(BaseModel):
    """Server event: turn detection heard speech start."""

    audio_start_ms: int = None
    event_id: str = None
    item_id: str = None
    type: Literal["input_audio_buffer.speech_started"] = "input_audio_buffer.speech_started"


@model
class InputAudioBufferSpeechStoppedEvent(BaseModel):
    """Server event: turn detection heard speech stop."""

    audio_end_ms: int = None
    event_id: str = None
    item_id: str = None
    type: Literal["input_audio_buffer.speech_stopped"] = "input_audio_buffer.speech_stopped"


@model
class InputAudioBufferTimeoutTriggered(BaseModel):
    """Server event: no speech came within the idle timeout."""

    audio_end_ms: int = None
    audio_start_ms: int = None
    event_id: str = None
    item_id: str = None
    type: Literal["input_audio_buffer.timeout_triggered"] = "input_audio_buffer.timeout_triggered"


@model
class OutputAudioBufferStarted(BaseModel):
    """Server event: the server began playing response audio (WebRTC/SIP)."""

    event_id: str = None
    response_id: str = None
    type: Literal["output_audio_buffer.started"] = "output_audio_buffer.started"


@model
class OutputAudioBufferStopped(BaseModel):
    """Server event: all response audio was played (WebRTC/SIP)."""

    event_id: str = None
    response_id: str = None
    type: Literal["output_audio_buffer.stopped"] = "output_audio_buffer.stopped"


@model
class OutputAudioBufferCleared(BaseModel):
    """Server event: the output audio buffer was emptied (WebRTC/SIP)."""

    event_id: str = None
    response_id: str = None
    type: Literal["output_audio_buffer.cleared"] = "output_audio_buffer.cleared"


# -- server events: responses, tools, rate limits --------------------------------------------------


@model
class ResponseCreatedEvent(BaseModel):
    """Server event: a response started."""

    event_id: str = None
    response: RealtimeResponse = None
    type: Literal["response.created"] = "response.created"


@model
class ResponseDoneEvent(BaseModel):
    """Server event: a response finished, whatever its final status."""

    event_id: str = None
    response: RealtimeResponse = None
    type: Literal["response.done"] = "response.done"


@model
class ResponseOutputItemAddedEvent(BaseModel):
    """Server event: a response added an output item."""

    event_id: str = None
    item: ConversationItem = None
    output_index: int = None
    response_id: str = None
    type: Literal["response.output_item.added"] = "response.output_item.added"


@model
class ResponseOutputItemDoneEvent(BaseModel):
    """Server event: an output item is complete."""

    event_id: str = None
    item: ConversationItem = None
    output_index: int = None
    response_id: str = None
    type: Literal["response.output_item.done"] = "response.output_item.done"


@model
class ResponseContentPartAddedEventPart(BaseModel):
    """The content part that was added, or that is done."""

    audio: Optional[str] = None
    text: Optional[str] = None
    transcript: Optional[str] = None
    type: Optional[Literal["text", "audio"]] = None


@model
class ResponseContentPartAddedEvent(BaseModel):
    """Server event: an output item got a new content part."""

    content_index: int = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    part: ResponseContentPartAddedEventPart = None
    response_id: str = None
    type: Literal["response.content_part.added"] = "response.content_part.added"


@model
class ResponseContentPartDoneEvent(BaseModel):
    """Server event: a content part is complete."""

    content_index: int = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    part: ResponseContentPartAddedEventPart = None
    response_id: str = None
    type: Literal["response.content_part.done"] = "response.content_part.done"


@model
class ResponseTextDeltaEvent(BaseModel):
    """Server event: more output text."""

    content_index: int = None
    delta: str = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    response_id: str = None
    type: Literal["response.output_text.delta"] = "response.output_text.delta"


@model
class ResponseTextDoneEvent(BaseModel):
    """Server event: the output text is complete."""

    content_index: int = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    response_id: str = None
    text: str = None
    type: Literal["response.output_text.done"] = "response.output_text.done"


@model
class ResponseAudioTranscriptDeltaEvent(BaseModel):
    """Server event: more of the transcript of the output audio."""

    content_index: int = None
    delta: str = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    response_id: str = None
    type: Literal["response.output_audio_transcript.delta"] = "response.output_audio_transcript.delta"


@model
class ResponseAudioTranscriptDoneEvent(BaseModel):
    """Server event: the transcript of the output audio is complete."""

    content_index: int = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    response_id: str = None
    transcript: str = None
    type: Literal["response.output_audio_transcript.done"] = "response.output_audio_transcript.done"


@model
class ResponseAudioDeltaEvent(BaseModel):
    """Server event: more base64 output audio."""

    content_index: int = None
    delta: str = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    response_id: str = None
    type: Literal["response.output_audio.delta"] = "response.output_audio.delta"


@model
class ResponseAudioDoneEvent(BaseModel):
    """Server event: the output audio is complete."""

    content_index: int = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    response_id: str = None
    type: Literal["response.output_audio.done"] = "response.output_audio.done"


@model
class ResponseFunctionCallArgumentsDeltaEvent(BaseModel):
    """Server event: more of a function call's arguments."""

    call_id: str = None
    delta: str = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    response_id: str = None
    type: Literal["response.function_call_arguments.delta"] = "response.function_call_arguments.delta"


@model
class ResponseFunctionCallArgumentsDoneEvent(BaseModel):
    """Server event: a function call's arguments are complete."""

    arguments: str = None
    call_id: str = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    response_id: str = None
    type: Literal["response.function_call_arguments.done"] = "response.function_call_arguments.done"


@model
class ResponseMcpCallArgumentsDelta(BaseModel):
    """Server event: more of an MCP call's arguments."""

    delta: str = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    response_id: str = None
    type: Literal["response.mcp_call_arguments.delta"] = "response.mcp_call_arguments.delta"
    obfuscation: Optional[str] = None


@model
class ResponseMcpCallArgumentsDone(BaseModel):
    """Server event: an MCP call's arguments are complete."""

    arguments: str = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    response_id: str = None
    type: Literal["response.mcp_call_arguments.done"] = "response.mcp_call_arguments.done"


@model
class ResponseMcpCallInProgress(BaseModel):
    """Server event: an MCP call started."""

    event_id: str = None
    item_id: str = None
    output_index: int = None
    type: Literal["response.mcp_call.in_progress"] = "response.mcp_call.in_progress"


@model
class ResponseMcpCallCompleted(BaseModel):
    """Server event: an MCP call succeeded."""

    event_id: str = None
    item_id: str = None
    output_index: int = None
    type: Literal["response.mcp_call.completed"] = "response.mcp_call.completed"


@model
class ResponseMcpCallFailed(BaseModel):
    """Server event: an MCP call failed."""

    event_id: str = None
    item_id: str = None
    output_index: int = None
    type: Literal["response.mcp_call.failed"] = "response.mcp_call.failed"


@model
class McpListToolsInProgress(BaseModel):
    """Server event: listing an MCP server's tools started."""

    event_id: str = None
    item_id: str = None
    type: Literal["mcp_list_tools.in_progress"] = "mcp_list_tools.in_progress"


@model
class McpListToolsCompleted(BaseModel):
    """Server event: an MCP server's tools were listed."""

    event_id: str = None
    item_id: str = None
    type: Literal["mcp_list_tools.completed"] = "mcp_list_tools.completed"


@model
class McpListToolsFailed(BaseModel):
    """Server event: listing an MCP server's tools failed."""

    event_id: str = None
    item_id: str = None
    type: Literal["mcp_list_tools.failed"] = "mcp_list_tools.failed"


@model
class RateLimit(BaseModel):
    """One rate limit: its size, what remains and when it resets."""

    limit: Optional[int] = None
    name: Optional[Literal["requests", "tokens"]] = None
    remaining: Optional[int] = None
    reset_seconds: Optional[float] = None


@model
class RateLimitsUpdatedEvent(BaseModel):
    """Server event: the current rate limits, after a response was created."""

    event_id: str = None
    rate_limits: List[RateLimit] = None
    type: Literal["rate_limits.updated"] = "rate_limits.updated"


# Any event the server sends, told apart by ``type``; unknown types become UnknownModel.
RealtimeServerEvent = Union[
    ConversationCreatedEvent,
    ConversationItemCreatedEvent,
    ConversationItemDeletedEvent,
    ConversationItemInputAudioTranscriptionCompletedEvent,
    ConversationItemInputAudioTranscriptionDeltaEvent,
    ConversationItemInputAudioTranscriptionFailedEvent,
    ConversationItemRetrieved,
    ConversationItemTruncatedEvent,
    RealtimeErrorEvent,
    InputAudioBufferClearedEvent,
    InputAudioBufferCommittedEvent,
    InputAudioBufferSpeechStartedEvent,
    InputAudioBufferSpeechStoppedEvent,
    RateLimitsUpdatedEvent,
    ResponseAudioDeltaEvent,
    ResponseAudioDoneEvent,
    ResponseAudioTranscriptDeltaEvent,
    ResponseAudioTranscriptDoneEvent,
    ResponseContentPartAddedEvent,
    ResponseContentPartDoneEvent,
    ResponseCreatedEvent,
    ResponseDoneEvent,
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseFunctionCallArgumentsDoneEvent,
    ResponseOutputItemAddedEvent,
    ResponseOutputItemDoneEvent,
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent,
    SessionCreatedEvent,
    SessionUpdatedEvent,
    OutputAudioBufferStarted,
    OutputAudioBufferStopped,
    OutputAudioBufferCleared,
    ConversationItemAdded,
    ConversationItemDone,
    InputAudioBufferTimeoutTriggered,
    ConversationItemInputAudioTranscriptionSegment,
    McpListToolsInProgress,
    McpListToolsCompleted,
    McpListToolsFailed,
    ResponseMcpCallArgumentsDelta,
    ResponseMcpCallArgumentsDone,
    ResponseMcpCallInProgress,
    ResponseMcpCallCompleted,
    ResponseMcpCallFailed,
]


# -- the official names, one per method or container, for the shapes above -------------------------


SessionCreatedEventSession = SessionUpdateEventSession
SessionUpdatedEventSession = SessionUpdateEventSession
ResponseContentPartDoneEventPart = ResponseContentPartAddedEventPart
