"""The beta Realtime API: the sessions `beta.realtime.sessions.create` and
`beta.realtime.transcription_sessions.create` return, and the events a beta realtime connection
exchanges (client events sent, server events received; unions by `type`, unknown tags kept)."""

from __future__ import annotations

from typing import Any, List, Literal, Optional, Union

from ._base import BaseModel, model
from .shared import Metadata

__all__ = [
    "SessionCreateResponse",
    "SessionCreateResponseClientSecret",
    "SessionCreateResponseInputAudioTranscription",
    "SessionCreateResponseTool",
    "SessionCreateResponseTracingTracingConfiguration",
    "SessionCreateResponseTracing",
    "SessionCreateResponseTurnDetection",
    "TranscriptionSession",
    "TranscriptionSessionClientSecret",
    "TranscriptionSessionInputAudioTranscription",
    "TranscriptionSessionTurnDetection",
    "Session",
    "InputAudioNoiseReduction",
    "SessionInputAudioTranscription",
    "SessionTool",
    "SessionTracingTracingConfiguration",
    "SessionTracing",
    "SessionTurnDetection",
    "Conversation",
    "ConversationItem",
    "ConversationItemContent",
    "ConversationItemWithReference",
    "Content",
    "RealtimeResponse",
    "RealtimeResponseStatus",
    "RealtimeResponseStatusError",
    "RealtimeResponseUsage",
    "InputTokenDetails",
    "OutputTokenDetails",
    "SessionUpdateEvent",
    "SessionUpdateEventSession",
    "SessionUpdateEventSessionClientSecret",
    "SessionClientSecretExpiresAfter",
    "SessionUpdateEventSessionInputAudioNoiseReduction",
    "SessionUpdateEventSessionInputAudioTranscription",
    "SessionUpdateEventSessionTool",
    "SessionUpdateEventSessionTracingTracingConfiguration",
    "SessionUpdateEventSessionTracing",
    "SessionUpdateEventSessionTurnDetection",
    "TranscriptionSessionUpdate",
    "TranscriptionSessionUpdateSession",
    "TranscriptionSessionUpdateSessionClientSecret",
    "SessionClientSecretExpiresAt",
    "TranscriptionSessionUpdateSessionInputAudioNoiseReduction",
    "TranscriptionSessionUpdateSessionInputAudioTranscription",
    "TranscriptionSessionUpdateSessionTurnDetection",
    "InputAudioBufferAppendEvent",
    "InputAudioBufferCommitEvent",
    "InputAudioBufferClearEvent",
    "OutputAudioBufferClear",
    "ConversationItemCreateEvent",
    "ConversationItemRetrieveEvent",
    "ConversationItemTruncateEvent",
    "ConversationItemDeleteEvent",
    "ResponseCreateEvent",
    "Response",
    "ResponseTool",
    "ResponseCancelEvent",
    "RealtimeClientEvent",
    "ErrorEvent",
    "ErrorEventError",
    "SessionCreatedEvent",
    "SessionUpdatedEvent",
    "TranscriptionSessionUpdatedEvent",
    "ConversationCreatedEvent",
    "ConversationItemCreatedEvent",
    "ConversationItemRetrieved",
    "ConversationItemTruncatedEvent",
    "ConversationItemDeletedEvent",
    "ConversationItemInputAudioTranscriptionDeltaEvent",
    "ConversationItemInputAudioTranscriptionDeltaEventLogprob",
    "ConversationItemInputAudioTranscriptionCompletedEvent",
    "ConversationItemInputAudioTranscriptionCompletedEventLogprob",
    "UsageTranscriptTextUsageTokens",
    "UsageTranscriptTextUsageTokensInputTokenDetails",
    "UsageTranscriptTextUsageDuration",
    "Usage",
    "ConversationItemInputAudioTranscriptionFailedEvent",
    "ConversationItemInputAudioTranscriptionFailedEventError",
    "InputAudioBufferCommittedEvent",
    "InputAudioBufferClearedEvent",
    "InputAudioBufferSpeechStartedEvent",
    "InputAudioBufferSpeechStoppedEvent",
    "OutputAudioBufferStarted",
    "OutputAudioBufferStopped",
    "OutputAudioBufferCleared",
    "ResponseCreatedEvent",
    "ResponseDoneEvent",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartAddedEventPart",
    "ResponseContentPartDoneEvent",
    "ResponseContentPartDoneEventPart",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseAudioDeltaEvent",
    "ResponseAudioDoneEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "RateLimitsUpdatedEvent",
    "RateLimit",
    "RealtimeServerEvent",
]


# -- sessions (REST) -------------------------------------------------------------------------


@model
class SessionCreateResponse(BaseModel):
    """A new realtime session, with the short-lived client secret a browser connects with."""

    client_secret: SessionCreateResponseClientSecret = None
    input_audio_format: Optional[str] = None
    input_audio_transcription: Optional[SessionCreateResponseInputAudioTranscription] = None
    instructions: Optional[str] = None
    max_response_output_tokens: Optional[Union[int, str]] = None
    modalities: Optional[List[str]] = None
    output_audio_format: Optional[str] = None
    speed: Optional[float] = None
    temperature: Optional[float] = None
    tool_choice: Optional[str] = None
    tools: Optional[List[SessionCreateResponseTool]] = None
    tracing: Optional[SessionCreateResponseTracing] = None
    turn_detection: Optional[SessionCreateResponseTurnDetection] = None
    voice: Optional[str] = None


@model
class SessionCreateResponseClientSecret(BaseModel):
    """The ephemeral key of a new session and when it stops working."""

    expires_at: int = None
    value: str = None


@model
class SessionCreateResponseInputAudioTranscription(BaseModel):
    """The model that transcribes the session's input audio."""

    model: Optional[str] = None


@model
class SessionCreateResponseTool(BaseModel):
    """A function the model may call in the session."""

    description: Optional[str] = None
    name: Optional[str] = None
    parameters: Optional[Any] = None
    type: Optional[Literal["function"]] = None


@model
class SessionCreateResponseTracingTracingConfiguration(BaseModel):
    """Where the session's traces go: workflow name, group and metadata."""

    group_id: Optional[str] = None
    metadata: Optional[Any] = None
    workflow_name: Optional[str] = None


@model
class SessionCreateResponseTurnDetection(BaseModel):
    """How the session detects that the user stopped speaking."""

    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None
    type: Optional[str] = None


@model
class TranscriptionSession(BaseModel):
    """A new transcription-only realtime session, with its client secret."""

    client_secret: SessionCreateResponseClientSecret = None
    input_audio_format: Optional[str] = None
    input_audio_transcription: Optional[TranscriptionSessionInputAudioTranscription] = None
    modalities: Optional[List[str]] = None
    turn_detection: Optional[SessionCreateResponseTurnDetection] = None


@model
class TranscriptionSessionInputAudioTranscription(BaseModel):
    """The model, language and prompt used to transcribe the audio."""

    language: Optional[str] = None
    model: Optional[str] = None
    prompt: Optional[str] = None


SessionCreateResponseTracing = Union[Literal["auto"], SessionCreateResponseTracingTracingConfiguration]


# -- the session a connection runs -----------------------------------------------------------


@model
class Session(BaseModel):
    """The configuration of a realtime session as the server reports it."""

    id: Optional[str] = None
    input_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    input_audio_noise_reduction: Optional[InputAudioNoiseReduction] = None
    input_audio_transcription: Optional[TranscriptionSessionInputAudioTranscription] = None
    instructions: Optional[str] = None
    max_response_output_tokens: Optional[Union[int, str]] = None
    modalities: Optional[List[str]] = None
    model: Optional[Literal["gpt-realtime", "gpt-realtime-2025-08-28", "gpt-4o-realtime-preview", "gpt-4o-realtime-preview-2024-10-01", "gpt-4o-realtime-preview-2024-12-17", "gpt-4o-realtime-preview-2025-06-03", "gpt-4o-mini-realtime-preview", "gpt-4o-mini-realtime-preview-2024-12-17"]] = None
    output_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    speed: Optional[float] = None
    temperature: Optional[float] = None
    tool_choice: Optional[str] = None
    tools: Optional[List[SessionCreateResponseTool]] = None
    tracing: Optional[SessionCreateResponseTracing] = None
    turn_detection: Optional[SessionTurnDetection] = None
    voice: Optional[str] = None


@model
class InputAudioNoiseReduction(BaseModel):
    """Which noise reduction the input audio gets (near or far field)."""

    type: Optional[Literal["near_field", "far_field"]] = None


@model
class SessionTurnDetection(BaseModel):
    """How the session detects turns: server VAD or semantic VAD, with their settings."""

    create_response: Optional[bool] = None
    eagerness: Optional[Literal["low", "medium", "high", "auto"]] = None
    interrupt_response: Optional[bool] = None
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None
    type: Optional[Literal["server_vad", "semantic_vad"]] = None


# -- conversation items and responses --------------------------------------------------------


@model
class Conversation(BaseModel):
    """The conversation a realtime session works in."""

    id: Optional[str] = None
    object: Optional[Literal["realtime.conversation"]] = None


@model
class ConversationItem(BaseModel):
    """An item of a realtime conversation: a message, a function call or its output."""

    id: Optional[str] = None
    arguments: Optional[str] = None
    call_id: Optional[str] = None
    content: Optional[List[ConversationItemContent]] = None
    name: Optional[str] = None
    object: Optional[Literal["realtime.item"]] = None
    output: Optional[str] = None
    role: Optional[Literal["user", "assistant", "system"]] = None
    status: Optional[Literal["completed", "incomplete", "in_progress"]] = None
    type: Optional[Literal["message", "function_call", "function_call_output"]] = None


@model
class ConversationItemContent(BaseModel):
    """One part of a conversation item's content: text, audio or a reference."""

    id: Optional[str] = None
    audio: Optional[str] = None
    text: Optional[str] = None
    transcript: Optional[str] = None
    type: Optional[str] = None


@model
class ConversationItemWithReference(BaseModel):
    """An item as input to a response: a full item or a reference to an existing one."""

    id: Optional[str] = None
    arguments: Optional[str] = None
    call_id: Optional[str] = None
    content: Optional[List[ConversationItemContent]] = None
    name: Optional[str] = None
    object: Optional[Literal["realtime.item"]] = None
    output: Optional[str] = None
    role: Optional[Literal["user", "assistant", "system"]] = None
    status: Optional[Literal["completed", "incomplete", "in_progress"]] = None
    type: Optional[Literal["message", "function_call", "function_call_output", "item_reference"]] = None


@model
class RealtimeResponse(BaseModel):
    """A response the model produced in a realtime session, with its output and usage."""

    id: Optional[str] = None
    conversation_id: Optional[str] = None
    max_output_tokens: Optional[Union[int, str]] = None
    metadata: Optional[Metadata] = None
    modalities: Optional[List[str]] = None
    object: Optional[Literal["realtime.response"]] = None
    output: Optional[List[ConversationItem]] = None
    output_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    status: Optional[Literal["completed", "cancelled", "failed", "incomplete", "in_progress"]] = None
    status_details: Optional[RealtimeResponseStatus] = None
    temperature: Optional[float] = None
    usage: Optional[RealtimeResponseUsage] = None
    voice: Optional[str] = None


@model
class RealtimeResponseStatus(BaseModel):
    """Why a response ended as it did (cancelled, incomplete or failed)."""

    error: Optional[RealtimeResponseStatusError] = None
    reason: Optional[Literal["turn_detected", "client_cancelled", "max_output_tokens", "content_filter"]] = None
    type: Optional[Literal["completed", "cancelled", "incomplete", "failed"]] = None


@model
class RealtimeResponseStatusError(BaseModel):
    """The error that made a response fail."""

    code: Optional[str] = None
    type: Optional[str] = None


@model
class RealtimeResponseUsage(BaseModel):
    """Tokens a realtime response used, in and out."""

    input_token_details: Optional[InputTokenDetails] = None
    input_tokens: Optional[int] = None
    output_token_details: Optional[OutputTokenDetails] = None
    output_tokens: Optional[int] = None
    total_tokens: Optional[int] = None


@model
class InputTokenDetails(BaseModel):
    """Input tokens by kind: text, audio, cached."""

    audio_tokens: Optional[int] = None
    cached_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


@model
class OutputTokenDetails(BaseModel):
    """Output tokens by kind: text and audio."""

    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


# -- client events ---------------------------------------------------------------------------


@model
class SessionUpdateEvent(BaseModel):
    """Client event `session.update`: change the session's configuration."""

    session: SessionUpdateEventSession = None
    type: Literal["session.update"] = "session.update"
    event_id: Optional[str] = None


@model
class SessionUpdateEventSession(BaseModel):
    """The session settings a `session.update` sets."""

    client_secret: Optional[SessionUpdateEventSessionClientSecret] = None
    input_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    input_audio_noise_reduction: Optional[InputAudioNoiseReduction] = None
    input_audio_transcription: Optional[TranscriptionSessionInputAudioTranscription] = None
    instructions: Optional[str] = None
    max_response_output_tokens: Optional[Union[int, str]] = None
    modalities: Optional[List[str]] = None
    model: Optional[Literal["gpt-realtime", "gpt-realtime-2025-08-28", "gpt-4o-realtime-preview", "gpt-4o-realtime-preview-2024-10-01", "gpt-4o-realtime-preview-2024-12-17", "gpt-4o-realtime-preview-2025-06-03", "gpt-4o-mini-realtime-preview", "gpt-4o-mini-realtime-preview-2024-12-17"]] = None
    output_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    speed: Optional[float] = None
    temperature: Optional[float] = None
    tool_choice: Optional[str] = None
    tools: Optional[List[SessionCreateResponseTool]] = None
    tracing: Optional[SessionCreateResponseTracing] = None
    turn_detection: Optional[SessionTurnDetection] = None
    voice: Optional[str] = None


@model
class SessionUpdateEventSessionClientSecret(BaseModel):
    """Settings of the client secret a `session.update` may ask for."""

    expires_after: Optional[SessionClientSecretExpiresAfter] = None


@model
class SessionClientSecretExpiresAfter(BaseModel):
    """How long a client secret stays valid after it is created."""

    anchor: Literal["created_at"] = None  # "created_at"
    seconds: Optional[int] = None


@model
class TranscriptionSessionUpdate(BaseModel):
    """Client event `transcription_session.update`: change a transcription session."""

    session: TranscriptionSessionUpdateSession = None
    type: Literal["transcription_session.update"] = "transcription_session.update"
    event_id: Optional[str] = None


@model
class TranscriptionSessionUpdateSession(BaseModel):
    """The settings a `transcription_session.update` sets."""

    client_secret: Optional[TranscriptionSessionUpdateSessionClientSecret] = None
    include: Optional[List[str]] = None
    input_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    input_audio_noise_reduction: Optional[InputAudioNoiseReduction] = None
    input_audio_transcription: Optional[TranscriptionSessionInputAudioTranscription] = None
    modalities: Optional[List[str]] = None
    turn_detection: Optional[SessionTurnDetection] = None


@model
class TranscriptionSessionUpdateSessionClientSecret(BaseModel):
    """Settings of the client secret a transcription session update asks for."""

    expires_at: Optional[SessionClientSecretExpiresAt] = None


@model
class SessionClientSecretExpiresAt(BaseModel):
    """When a transcription session's client secret expires."""

    anchor: Optional[Literal["created_at"]] = None
    seconds: Optional[int] = None


@model
class InputAudioBufferAppendEvent(BaseModel):
    """Client event `input_audio_buffer.append`: add base64 audio to the input buffer."""

    audio: str = None
    type: Literal["input_audio_buffer.append"] = "input_audio_buffer.append"
    event_id: Optional[str] = None


@model
class InputAudioBufferCommitEvent(BaseModel):
    """Client event `input_audio_buffer.commit`: turn the buffered audio into a user message."""

    type: Literal["input_audio_buffer.commit"] = "input_audio_buffer.commit"
    event_id: Optional[str] = None


@model
class InputAudioBufferClearEvent(BaseModel):
    """Client event `input_audio_buffer.clear`: drop the buffered audio."""

    type: Literal["input_audio_buffer.clear"] = "input_audio_buffer.clear"
    event_id: Optional[str] = None


@model
class OutputAudioBufferClear(BaseModel):
    """Client event `output_audio_buffer.clear` (WebRTC): stop and drop the audio being played."""

    type: Literal["output_audio_buffer.clear"] = "output_audio_buffer.clear"
    event_id: Optional[str] = None


@model
class ConversationItemCreateEvent(BaseModel):
    """Client event `conversation.item.create`: add an item to the conversation."""

    item: ConversationItem = None
    type: Literal["conversation.item.create"] = "conversation.item.create"
    event_id: Optional[str] = None
    previous_item_id: Optional[str] = None


@model
class ConversationItemRetrieveEvent(BaseModel):
    """Client event `conversation.item.retrieve`: ask the server for an item."""

    item_id: str = None
    type: Literal["conversation.item.retrieve"] = "conversation.item.retrieve"
    event_id: Optional[str] = None


@model
class ConversationItemTruncateEvent(BaseModel):
    """Client event `conversation.item.truncate`: cut an assistant audio item at a point."""

    audio_end_ms: int = None
    content_index: int = None
    item_id: str = None
    type: Literal["conversation.item.truncate"] = "conversation.item.truncate"
    event_id: Optional[str] = None


@model
class ConversationItemDeleteEvent(BaseModel):
    """Client event `conversation.item.delete`: remove an item."""

    item_id: str = None
    type: Literal["conversation.item.delete"] = "conversation.item.delete"
    event_id: Optional[str] = None


@model
class ResponseCreateEvent(BaseModel):
    """Client event `response.create`: ask the model for a response."""

    type: Literal["response.create"] = "response.create"
    event_id: Optional[str] = None
    response: Optional[Response] = None


@model
class Response(BaseModel):
    """Settings for one response, overriding the session's for it."""

    conversation: Optional[str] = None
    input: Optional[List[ConversationItemWithReference]] = None
    instructions: Optional[str] = None
    max_response_output_tokens: Optional[Union[int, str]] = None
    metadata: Optional[Metadata] = None
    modalities: Optional[List[str]] = None
    output_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    temperature: Optional[float] = None
    tool_choice: Optional[str] = None
    tools: Optional[List[SessionCreateResponseTool]] = None
    voice: Optional[str] = None


@model
class ResponseCancelEvent(BaseModel):
    """Client event `response.cancel`: stop a response in progress."""

    type: Literal["response.cancel"] = "response.cancel"
    event_id: Optional[str] = None
    response_id: Optional[str] = None


RealtimeClientEvent = Union[ConversationItemCreateEvent, ConversationItemDeleteEvent, ConversationItemRetrieveEvent, ConversationItemTruncateEvent, InputAudioBufferAppendEvent, InputAudioBufferClearEvent, OutputAudioBufferClear, InputAudioBufferCommitEvent, ResponseCancelEvent, ResponseCreateEvent, SessionUpdateEvent, TranscriptionSessionUpdate]


# -- server events ---------------------------------------------------------------------------


@model
class ErrorEvent(BaseModel):
    """Server event `error`: something went wrong; the connection stays open."""

    error: ErrorEventError = None
    event_id: str = None
    type: Literal["error"] = "error"


@model
class ErrorEventError(BaseModel):
    """What went wrong, and which client event caused it."""

    message: str = None
    type: str = None
    code: Optional[str] = None
    event_id: Optional[str] = None
    param: Optional[str] = None


@model
class SessionCreatedEvent(BaseModel):
    """Server event `session.created`: the first event of a connection, with the session."""

    event_id: str = None
    session: Session = None
    type: Literal["session.created"] = "session.created"


@model
class SessionUpdatedEvent(BaseModel):
    """Server event `session.updated`: the session after a `session.update`."""

    event_id: str = None
    session: Session = None
    type: Literal["session.updated"] = "session.updated"


@model
class TranscriptionSessionUpdatedEvent(BaseModel):
    """Server event `transcription_session.updated`: the transcription session after an update."""

    event_id: str = None
    session: TranscriptionSession = None
    type: Literal["transcription_session.updated"] = "transcription_session.updated"


@model
class ConversationCreatedEvent(BaseModel):
    """Server event `conversation.created`: the session's conversation exists."""

    conversation: Conversation = None
    event_id: str = None
    type: Literal["conversation.created"] = "conversation.created"


@model
class ConversationItemCreatedEvent(BaseModel):
    """Server event `conversation.item.created`: an item joined the conversation."""

    event_id: str = None
    item: ConversationItem = None
    type: Literal["conversation.item.created"] = "conversation.item.created"
    previous_item_id: Optional[str] = None


@model
class ConversationItemRetrieved(BaseModel):
    """Server event `conversation.item.retrieved`: the item a client asked for."""

    event_id: str = None
    item: ConversationItem = None
    type: Literal["conversation.item.retrieved"] = "conversation.item.retrieved"


@model
class ConversationItemTruncatedEvent(BaseModel):
    """Server event `conversation.item.truncated`: an audio item was cut short."""

    audio_end_ms: int = None
    content_index: int = None
    event_id: str = None
    item_id: str = None
    type: Literal["conversation.item.truncated"] = "conversation.item.truncated"


@model
class ConversationItemDeletedEvent(BaseModel):
    """Server event `conversation.item.deleted`: an item was removed."""

    event_id: str = None
    item_id: str = None
    type: Literal["conversation.item.deleted"] = "conversation.item.deleted"


@model
class ConversationItemInputAudioTranscriptionDeltaEvent(BaseModel):
    """Server event: a piece of the transcript of the user's audio."""

    event_id: str = None
    item_id: str = None
    type: Literal["conversation.item.input_audio_transcription.delta"] = "conversation.item.input_audio_transcription.delta"
    content_index: Optional[int] = None
    delta: Optional[str] = None
    logprobs: Optional[List[ConversationItemInputAudioTranscriptionDeltaEventLogprob]] = None


@model
class ConversationItemInputAudioTranscriptionDeltaEventLogprob(BaseModel):
    """The log probability of one transcript token."""

    token: str = None
    bytes: List[int] = None
    logprob: float = None


@model
class ConversationItemInputAudioTranscriptionCompletedEvent(BaseModel):
    """Server event: the full transcript of the user's audio, with usage."""

    content_index: int = None
    event_id: str = None
    item_id: str = None
    transcript: str = None
    type: Literal["conversation.item.input_audio_transcription.completed"] = "conversation.item.input_audio_transcription.completed"
    usage: Usage = None
    logprobs: Optional[List[ConversationItemInputAudioTranscriptionDeltaEventLogprob]] = None


@model
class UsageTranscriptTextUsageTokens(BaseModel):
    """Transcription usage counted in tokens."""

    input_tokens: int = None
    output_tokens: int = None
    total_tokens: int = None
    type: Literal["tokens"] = "tokens"
    input_token_details: Optional[UsageTranscriptTextUsageTokensInputTokenDetails] = None


@model
class UsageTranscriptTextUsageTokensInputTokenDetails(BaseModel):
    """Transcription input tokens by kind."""

    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


@model
class UsageTranscriptTextUsageDuration(BaseModel):
    """Transcription usage counted in seconds of audio."""

    seconds: float = None
    type: Literal["duration"] = "duration"


@model
class ConversationItemInputAudioTranscriptionFailedEvent(BaseModel):
    """Server event: transcribing the user's audio failed."""

    content_index: int = None
    error: ConversationItemInputAudioTranscriptionFailedEventError = None
    event_id: str = None
    item_id: str = None
    type: Literal["conversation.item.input_audio_transcription.failed"] = "conversation.item.input_audio_transcription.failed"


@model
class ConversationItemInputAudioTranscriptionFailedEventError(BaseModel):
    """Why the transcription failed."""

    code: Optional[str] = None
    message: Optional[str] = None
    param: Optional[str] = None
    type: Optional[str] = None


@model
class InputAudioBufferCommittedEvent(BaseModel):
    """Server event `input_audio_buffer.committed`: the buffer became a user item."""

    event_id: str = None
    item_id: str = None
    type: Literal["input_audio_buffer.committed"] = "input_audio_buffer.committed"
    previous_item_id: Optional[str] = None


@model
class InputAudioBufferClearedEvent(BaseModel):
    """Server event `input_audio_buffer.cleared`: the buffer was emptied."""

    event_id: str = None
    type: Literal["input_audio_buffer.cleared"] = "input_audio_buffer.cleared"


@model
class InputAudioBufferSpeechStartedEvent(BaseModel):
    """Server event `input_audio_buffer.speech_started`: voice activity detected."""

    audio_start_ms: int = None
    event_id: str = None
    item_id: str = None
    type: Literal["input_audio_buffer.speech_started"] = "input_audio_buffer.speech_started"


@model
class InputAudioBufferSpeechStoppedEvent(BaseModel):
    """Server event `input_audio_buffer.speech_stopped`: the user stopped speaking."""

    audio_end_ms: int = None
    event_id: str = None
    item_id: str = None
    type: Literal["input_audio_buffer.speech_stopped"] = "input_audio_buffer.speech_stopped"


@model
class OutputAudioBufferStarted(BaseModel):
    """Server event `output_audio_buffer.started` (WebRTC): the server began playing audio."""

    event_id: str = None
    response_id: str = None
    type: Literal["output_audio_buffer.started"] = "output_audio_buffer.started"


@model
class OutputAudioBufferStopped(BaseModel):
    """Server event `output_audio_buffer.stopped` (WebRTC): all audio was played."""

    event_id: str = None
    response_id: str = None
    type: Literal["output_audio_buffer.stopped"] = "output_audio_buffer.stopped"


@model
class OutputAudioBufferCleared(BaseModel):
    """Server event `output_audio_buffer.cleared` (WebRTC): the audio buffer was dropped."""

    event_id: str = None
    response_id: str = None
    type: Literal["output_audio_buffer.cleared"] = "output_audio_buffer.cleared"


@model
class ResponseCreatedEvent(BaseModel):
    """Server event `response.created`: a response started."""

    event_id: str = None
    response: RealtimeResponse = None
    type: Literal["response.created"] = "response.created"


@model
class ResponseDoneEvent(BaseModel):
    """Server event `response.done`: a response finished, with its final state and usage."""

    event_id: str = None
    response: RealtimeResponse = None
    type: Literal["response.done"] = "response.done"


@model
class ResponseOutputItemAddedEvent(BaseModel):
    """Server event `response.output_item.added`: a response began a new item."""

    event_id: str = None
    item: ConversationItem = None
    output_index: int = None
    response_id: str = None
    type: Literal["response.output_item.added"] = "response.output_item.added"


@model
class ResponseOutputItemDoneEvent(BaseModel):
    """Server event `response.output_item.done`: an output item is complete."""

    event_id: str = None
    item: ConversationItem = None
    output_index: int = None
    response_id: str = None
    type: Literal["response.output_item.done"] = "response.output_item.done"


@model
class ResponseContentPartAddedEvent(BaseModel):
    """Server event `response.content_part.added`: an item began a new content part."""

    content_index: int = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    part: ResponseContentPartAddedEventPart = None
    response_id: str = None
    type: Literal["response.content_part.added"] = "response.content_part.added"


@model
class ResponseContentPartAddedEventPart(BaseModel):
    """The content part that was added, or that is done."""

    audio: Optional[str] = None
    text: Optional[str] = None
    transcript: Optional[str] = None
    type: Optional[Literal["text", "audio"]] = None


@model
class ResponseContentPartDoneEvent(BaseModel):
    """Server event `response.content_part.done`: a content part is complete."""

    content_index: int = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    part: ResponseContentPartAddedEventPart = None
    response_id: str = None
    type: Literal["response.content_part.done"] = "response.content_part.done"


@model
class ResponseTextDeltaEvent(BaseModel):
    """Server event `response.text.delta`: more text of a response."""

    content_index: int = None
    delta: str = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    response_id: str = None
    type: Literal["response.text.delta"] = "response.text.delta"


@model
class ResponseTextDoneEvent(BaseModel):
    """Server event `response.text.done`: the full text of a content part."""

    content_index: int = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    response_id: str = None
    text: str = None
    type: Literal["response.text.done"] = "response.text.done"


@model
class ResponseAudioTranscriptDeltaEvent(BaseModel):
    """Server event `response.audio_transcript.delta`: more of the spoken reply's transcript."""

    content_index: int = None
    delta: str = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    response_id: str = None
    type: Literal["response.audio_transcript.delta"] = "response.audio_transcript.delta"


@model
class ResponseAudioTranscriptDoneEvent(BaseModel):
    """Server event `response.audio_transcript.done`: the spoken reply's full transcript."""

    content_index: int = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    response_id: str = None
    transcript: str = None
    type: Literal["response.audio_transcript.done"] = "response.audio_transcript.done"


@model
class ResponseAudioDeltaEvent(BaseModel):
    """Server event `response.audio.delta`: a chunk of base64 reply audio."""

    content_index: int = None
    delta: str = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    response_id: str = None
    type: Literal["response.audio.delta"] = "response.audio.delta"


@model
class ResponseAudioDoneEvent(BaseModel):
    """Server event `response.audio.done`: the reply audio of a part is complete."""

    content_index: int = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    response_id: str = None
    type: Literal["response.audio.done"] = "response.audio.done"


@model
class ResponseFunctionCallArgumentsDeltaEvent(BaseModel):
    """Server event `response.function_call_arguments.delta`: more of a call's JSON arguments."""

    call_id: str = None
    delta: str = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    response_id: str = None
    type: Literal["response.function_call_arguments.delta"] = "response.function_call_arguments.delta"


@model
class ResponseFunctionCallArgumentsDoneEvent(BaseModel):
    """Server event `response.function_call_arguments.done`: a call's full arguments."""

    arguments: str = None
    call_id: str = None
    event_id: str = None
    item_id: str = None
    output_index: int = None
    response_id: str = None
    type: Literal["response.function_call_arguments.done"] = "response.function_call_arguments.done"


@model
class RateLimitsUpdatedEvent(BaseModel):
    """Server event `rate_limits.updated`: the limits left after a response."""

    event_id: str = None
    rate_limits: List[RateLimit] = None
    type: Literal["rate_limits.updated"] = "rate_limits.updated"


@model
class RateLimit(BaseModel):
    """One rate limit: what it counts, the limit, what is left and when it resets."""

    limit: Optional[int] = None
    name: Optional[Literal["requests", "tokens"]] = None
    remaining: Optional[int] = None
    reset_seconds: Optional[float] = None


Usage = Union[UsageTranscriptTextUsageTokens, UsageTranscriptTextUsageDuration]
RealtimeServerEvent = Union[ConversationCreatedEvent, ConversationItemCreatedEvent, ConversationItemDeletedEvent, ConversationItemInputAudioTranscriptionCompletedEvent, ConversationItemInputAudioTranscriptionDeltaEvent, ConversationItemInputAudioTranscriptionFailedEvent, ConversationItemRetrieved, ConversationItemTruncatedEvent, ErrorEvent, InputAudioBufferClearedEvent, InputAudioBufferCommittedEvent, InputAudioBufferSpeechStartedEvent, InputAudioBufferSpeechStoppedEvent, RateLimitsUpdatedEvent, ResponseAudioDeltaEvent, ResponseAudioDoneEvent, ResponseAudioTranscriptDeltaEvent, ResponseAudioTranscriptDoneEvent, ResponseContentPartAddedEvent, ResponseContentPartDoneEvent, ResponseCreatedEvent, ResponseDoneEvent, ResponseFunctionCallArgumentsDeltaEvent, ResponseFunctionCallArgumentsDoneEvent, ResponseOutputItemAddedEvent, ResponseOutputItemDoneEvent, ResponseTextDeltaEvent, ResponseTextDoneEvent, SessionCreatedEvent, SessionUpdatedEvent, TranscriptionSessionUpdatedEvent, OutputAudioBufferStarted, OutputAudioBufferStopped, OutputAudioBufferCleared]


# -- the official names, one per method or container, for the shapes above -------------------


TranscriptionSessionClientSecret = SessionCreateResponseClientSecret
TranscriptionSessionTurnDetection = SessionCreateResponseTurnDetection
SessionInputAudioTranscription = TranscriptionSessionInputAudioTranscription
SessionTool = SessionCreateResponseTool
SessionTracingTracingConfiguration = SessionCreateResponseTracingTracingConfiguration
SessionTracing = SessionCreateResponseTracing
Content = ConversationItemContent
SessionUpdateEventSessionInputAudioNoiseReduction = InputAudioNoiseReduction
SessionUpdateEventSessionInputAudioTranscription = TranscriptionSessionInputAudioTranscription
SessionUpdateEventSessionTool = SessionCreateResponseTool
SessionUpdateEventSessionTracingTracingConfiguration = SessionCreateResponseTracingTracingConfiguration
SessionUpdateEventSessionTurnDetection = SessionTurnDetection
TranscriptionSessionUpdateSessionInputAudioNoiseReduction = InputAudioNoiseReduction
TranscriptionSessionUpdateSessionInputAudioTranscription = TranscriptionSessionInputAudioTranscription
TranscriptionSessionUpdateSessionTurnDetection = SessionTurnDetection
ResponseTool = SessionCreateResponseTool
SessionUpdateEventSessionTracing = SessionCreateResponseTracing
ConversationItemInputAudioTranscriptionCompletedEventLogprob = ConversationItemInputAudioTranscriptionDeltaEventLogprob
ResponseContentPartDoneEventPart = ResponseContentPartAddedEventPart
