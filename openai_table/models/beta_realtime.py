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

    client_secret: Optional[SessionCreateResponseClientSecret] = None
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

    expires_at: Optional[int] = None
    value: Optional[str] = None


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
    type: Optional[str] = None


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

    client_secret: Optional[SessionCreateResponseClientSecret] = None
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
    input_audio_format: Optional[str] = None
    input_audio_noise_reduction: Optional[InputAudioNoiseReduction] = None
    input_audio_transcription: Optional[TranscriptionSessionInputAudioTranscription] = None
    instructions: Optional[str] = None
    max_response_output_tokens: Optional[Union[int, str]] = None
    modalities: Optional[List[str]] = None
    model: Optional[str] = None
    output_audio_format: Optional[str] = None
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

    type: Optional[str] = None


@model
class SessionTurnDetection(BaseModel):
    """How the session detects turns: server VAD or semantic VAD, with their settings."""

    create_response: Optional[bool] = None
    eagerness: Optional[str] = None
    interrupt_response: Optional[bool] = None
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None
    type: Optional[str] = None


# -- conversation items and responses --------------------------------------------------------


@model
class Conversation(BaseModel):
    """The conversation a realtime session works in."""

    id: Optional[str] = None
    object: Optional[str] = None


@model
class ConversationItem(BaseModel):
    """An item of a realtime conversation: a message, a function call or its output."""

    id: Optional[str] = None
    arguments: Optional[str] = None
    call_id: Optional[str] = None
    content: Optional[List[ConversationItemContent]] = None
    name: Optional[str] = None
    object: Optional[str] = None
    output: Optional[str] = None
    role: Optional[str] = None
    status: Optional[str] = None
    type: Optional[str] = None


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
    object: Optional[str] = None
    output: Optional[str] = None
    role: Optional[str] = None
    status: Optional[str] = None
    type: Optional[str] = None


@model
class RealtimeResponse(BaseModel):
    """A response the model produced in a realtime session, with its output and usage."""

    id: Optional[str] = None
    conversation_id: Optional[str] = None
    max_output_tokens: Optional[Union[int, str]] = None
    metadata: Optional[Metadata] = None
    modalities: Optional[List[str]] = None
    object: Optional[str] = None
    output: Optional[List[ConversationItem]] = None
    output_audio_format: Optional[str] = None
    status: Optional[str] = None
    status_details: Optional[RealtimeResponseStatus] = None
    temperature: Optional[float] = None
    usage: Optional[RealtimeResponseUsage] = None
    voice: Optional[str] = None


@model
class RealtimeResponseStatus(BaseModel):
    """Why a response ended as it did (cancelled, incomplete or failed)."""

    error: Optional[RealtimeResponseStatusError] = None
    reason: Optional[str] = None
    type: Optional[str] = None


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

    session: Optional[SessionUpdateEventSession] = None
    type: str = "session.update"
    event_id: Optional[str] = None


@model
class SessionUpdateEventSession(BaseModel):
    """The session settings a `session.update` sets."""

    client_secret: Optional[SessionUpdateEventSessionClientSecret] = None
    input_audio_format: Optional[str] = None
    input_audio_noise_reduction: Optional[InputAudioNoiseReduction] = None
    input_audio_transcription: Optional[TranscriptionSessionInputAudioTranscription] = None
    instructions: Optional[str] = None
    max_response_output_tokens: Optional[Union[int, str]] = None
    modalities: Optional[List[str]] = None
    model: Optional[str] = None
    output_audio_format: Optional[str] = None
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

    anchor: Optional[str] = None  # "created_at"
    seconds: Optional[int] = None


@model
class TranscriptionSessionUpdate(BaseModel):
    """Client event `transcription_session.update`: change a transcription session."""

    session: Optional[TranscriptionSessionUpdateSession] = None
    type: str = "transcription_session.update"
    event_id: Optional[str] = None


@model
class TranscriptionSessionUpdateSession(BaseModel):
    """The settings a `transcription_session.update` sets."""

    client_secret: Optional[TranscriptionSessionUpdateSessionClientSecret] = None
    include: Optional[List[str]] = None
    input_audio_format: Optional[str] = None
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

    anchor: Optional[str] = None
    seconds: Optional[int] = None


@model
class InputAudioBufferAppendEvent(BaseModel):
    """Client event `input_audio_buffer.append`: add base64 audio to the input buffer."""

    audio: Optional[str] = None
    type: str = "input_audio_buffer.append"
    event_id: Optional[str] = None


@model
class InputAudioBufferCommitEvent(BaseModel):
    """Client event `input_audio_buffer.commit`: turn the buffered audio into a user message."""

    type: str = "input_audio_buffer.commit"
    event_id: Optional[str] = None


@model
class InputAudioBufferClearEvent(BaseModel):
    """Client event `input_audio_buffer.clear`: drop the buffered audio."""

    type: str = "input_audio_buffer.clear"
    event_id: Optional[str] = None


@model
class OutputAudioBufferClear(BaseModel):
    """Client event `output_audio_buffer.clear` (WebRTC): stop and drop the audio being played."""

    type: str = "output_audio_buffer.clear"
    event_id: Optional[str] = None


@model
class ConversationItemCreateEvent(BaseModel):
    """Client event `conversation.item.create`: add an item to the conversation."""

    item: Optional[ConversationItem] = None
    type: str = "conversation.item.create"
    event_id: Optional[str] = None
    previous_item_id: Optional[str] = None


@model
class ConversationItemRetrieveEvent(BaseModel):
    """Client event `conversation.item.retrieve`: ask the server for an item."""

    item_id: Optional[str] = None
    type: str = "conversation.item.retrieve"
    event_id: Optional[str] = None


@model
class ConversationItemTruncateEvent(BaseModel):
    """Client event `conversation.item.truncate`: cut an assistant audio item at a point."""

    audio_end_ms: Optional[int] = None
    content_index: Optional[int] = None
    item_id: Optional[str] = None
    type: str = "conversation.item.truncate"
    event_id: Optional[str] = None


@model
class ConversationItemDeleteEvent(BaseModel):
    """Client event `conversation.item.delete`: remove an item."""

    item_id: Optional[str] = None
    type: str = "conversation.item.delete"
    event_id: Optional[str] = None


@model
class ResponseCreateEvent(BaseModel):
    """Client event `response.create`: ask the model for a response."""

    type: str = "response.create"
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
    output_audio_format: Optional[str] = None
    temperature: Optional[float] = None
    tool_choice: Optional[str] = None
    tools: Optional[List[SessionCreateResponseTool]] = None
    voice: Optional[str] = None


@model
class ResponseCancelEvent(BaseModel):
    """Client event `response.cancel`: stop a response in progress."""

    type: str = "response.cancel"
    event_id: Optional[str] = None
    response_id: Optional[str] = None


RealtimeClientEvent = Union[ConversationItemCreateEvent, ConversationItemDeleteEvent, ConversationItemRetrieveEvent, ConversationItemTruncateEvent, InputAudioBufferAppendEvent, InputAudioBufferClearEvent, OutputAudioBufferClear, InputAudioBufferCommitEvent, ResponseCancelEvent, ResponseCreateEvent, SessionUpdateEvent, TranscriptionSessionUpdate]


# -- server events ---------------------------------------------------------------------------


@model
class ErrorEvent(BaseModel):
    """Server event `error`: something went wrong; the connection stays open."""

    error: Optional[ErrorEventError] = None
    event_id: Optional[str] = None
    type: str = "error"


@model
class ErrorEventError(BaseModel):
    """What went wrong, and which client event caused it."""

    message: Optional[str] = None
    type: Optional[str] = None
    code: Optional[str] = None
    event_id: Optional[str] = None
    param: Optional[str] = None


@model
class SessionCreatedEvent(BaseModel):
    """Server event `session.created`: the first event of a connection, with the session."""

    event_id: Optional[str] = None
    session: Optional[Session] = None
    type: str = "session.created"


@model
class SessionUpdatedEvent(BaseModel):
    """Server event `session.updated`: the session after a `session.update`."""

    event_id: Optional[str] = None
    session: Optional[Session] = None
    type: str = "session.updated"


@model
class TranscriptionSessionUpdatedEvent(BaseModel):
    """Server event `transcription_session.updated`: the transcription session after an update."""

    event_id: Optional[str] = None
    session: Optional[TranscriptionSession] = None
    type: str = "transcription_session.updated"


@model
class ConversationCreatedEvent(BaseModel):
    """Server event `conversation.created`: the session's conversation exists."""

    conversation: Optional[Conversation] = None
    event_id: Optional[str] = None
    type: str = "conversation.created"


@model
class ConversationItemCreatedEvent(BaseModel):
    """Server event `conversation.item.created`: an item joined the conversation."""

    event_id: Optional[str] = None
    item: Optional[ConversationItem] = None
    type: str = "conversation.item.created"
    previous_item_id: Optional[str] = None


@model
class ConversationItemRetrieved(BaseModel):
    """Server event `conversation.item.retrieved`: the item a client asked for."""

    event_id: Optional[str] = None
    item: Optional[ConversationItem] = None
    type: str = "conversation.item.retrieved"


@model
class ConversationItemTruncatedEvent(BaseModel):
    """Server event `conversation.item.truncated`: an audio item was cut short."""

    audio_end_ms: Optional[int] = None
    content_index: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    type: str = "conversation.item.truncated"


@model
class ConversationItemDeletedEvent(BaseModel):
    """Server event `conversation.item.deleted`: an item was removed."""

    event_id: Optional[str] = None
    item_id: Optional[str] = None
    type: str = "conversation.item.deleted"


@model
class ConversationItemInputAudioTranscriptionDeltaEvent(BaseModel):
    """Server event: a piece of the transcript of the user's audio."""

    event_id: Optional[str] = None
    item_id: Optional[str] = None
    type: str = "conversation.item.input_audio_transcription.delta"
    content_index: Optional[int] = None
    delta: Optional[str] = None
    logprobs: Optional[List[ConversationItemInputAudioTranscriptionDeltaEventLogprob]] = None


@model
class ConversationItemInputAudioTranscriptionDeltaEventLogprob(BaseModel):
    """The log probability of one transcript token."""

    token: Optional[str] = None
    bytes: Optional[List[int]] = None
    logprob: Optional[float] = None


@model
class ConversationItemInputAudioTranscriptionCompletedEvent(BaseModel):
    """Server event: the full transcript of the user's audio, with usage."""

    content_index: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    transcript: Optional[str] = None
    type: str = "conversation.item.input_audio_transcription.completed"
    usage: Optional[Usage] = None
    logprobs: Optional[List[ConversationItemInputAudioTranscriptionDeltaEventLogprob]] = None


@model
class UsageTranscriptTextUsageTokens(BaseModel):
    """Transcription usage counted in tokens."""

    input_tokens: Optional[int] = None
    output_tokens: Optional[int] = None
    total_tokens: Optional[int] = None
    type: str = "tokens"
    input_token_details: Optional[UsageTranscriptTextUsageTokensInputTokenDetails] = None


@model
class UsageTranscriptTextUsageTokensInputTokenDetails(BaseModel):
    """Transcription input tokens by kind."""

    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


@model
class UsageTranscriptTextUsageDuration(BaseModel):
    """Transcription usage counted in seconds of audio."""

    seconds: Optional[float] = None
    type: str = "duration"


@model
class ConversationItemInputAudioTranscriptionFailedEvent(BaseModel):
    """Server event: transcribing the user's audio failed."""

    content_index: Optional[int] = None
    error: Optional[ConversationItemInputAudioTranscriptionFailedEventError] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    type: str = "conversation.item.input_audio_transcription.failed"


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

    event_id: Optional[str] = None
    item_id: Optional[str] = None
    type: str = "input_audio_buffer.committed"
    previous_item_id: Optional[str] = None


@model
class InputAudioBufferClearedEvent(BaseModel):
    """Server event `input_audio_buffer.cleared`: the buffer was emptied."""

    event_id: Optional[str] = None
    type: str = "input_audio_buffer.cleared"


@model
class InputAudioBufferSpeechStartedEvent(BaseModel):
    """Server event `input_audio_buffer.speech_started`: voice activity detected."""

    audio_start_ms: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    type: str = "input_audio_buffer.speech_started"


@model
class InputAudioBufferSpeechStoppedEvent(BaseModel):
    """Server event `input_audio_buffer.speech_stopped`: the user stopped speaking."""

    audio_end_ms: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    type: str = "input_audio_buffer.speech_stopped"


@model
class OutputAudioBufferStarted(BaseModel):
    """Server event `output_audio_buffer.started` (WebRTC): the server began playing audio."""

    event_id: Optional[str] = None
    response_id: Optional[str] = None
    type: str = "output_audio_buffer.started"


@model
class OutputAudioBufferStopped(BaseModel):
    """Server event `output_audio_buffer.stopped` (WebRTC): all audio was played."""

    event_id: Optional[str] = None
    response_id: Optional[str] = None
    type: str = "output_audio_buffer.stopped"


@model
class OutputAudioBufferCleared(BaseModel):
    """Server event `output_audio_buffer.cleared` (WebRTC): the audio buffer was dropped."""

    event_id: Optional[str] = None
    response_id: Optional[str] = None
    type: str = "output_audio_buffer.cleared"


@model
class ResponseCreatedEvent(BaseModel):
    """Server event `response.created`: a response started."""

    event_id: Optional[str] = None
    response: Optional[RealtimeResponse] = None
    type: str = "response.created"


@model
class ResponseDoneEvent(BaseModel):
    """Server event `response.done`: a response finished, with its final state and usage."""

    event_id: Optional[str] = None
    response: Optional[RealtimeResponse] = None
    type: str = "response.done"


@model
class ResponseOutputItemAddedEvent(BaseModel):
    """Server event `response.output_item.added`: a response began a new item."""

    event_id: Optional[str] = None
    item: Optional[ConversationItem] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    type: str = "response.output_item.added"


@model
class ResponseOutputItemDoneEvent(BaseModel):
    """Server event `response.output_item.done`: an output item is complete."""

    event_id: Optional[str] = None
    item: Optional[ConversationItem] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    type: str = "response.output_item.done"


@model
class ResponseContentPartAddedEvent(BaseModel):
    """Server event `response.content_part.added`: an item began a new content part."""

    content_index: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    part: Optional[ResponseContentPartAddedEventPart] = None
    response_id: Optional[str] = None
    type: str = "response.content_part.added"


@model
class ResponseContentPartAddedEventPart(BaseModel):
    """The content part that was added, or that is done."""

    audio: Optional[str] = None
    text: Optional[str] = None
    transcript: Optional[str] = None
    type: Optional[str] = None


@model
class ResponseContentPartDoneEvent(BaseModel):
    """Server event `response.content_part.done`: a content part is complete."""

    content_index: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    part: Optional[ResponseContentPartAddedEventPart] = None
    response_id: Optional[str] = None
    type: str = "response.content_part.done"


@model
class ResponseTextDeltaEvent(BaseModel):
    """Server event `response.text.delta`: more text of a response."""

    content_index: Optional[int] = None
    delta: Optional[str] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    type: str = "response.text.delta"


@model
class ResponseTextDoneEvent(BaseModel):
    """Server event `response.text.done`: the full text of a content part."""

    content_index: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    text: Optional[str] = None
    type: str = "response.text.done"


@model
class ResponseAudioTranscriptDeltaEvent(BaseModel):
    """Server event `response.audio_transcript.delta`: more of the spoken reply's transcript."""

    content_index: Optional[int] = None
    delta: Optional[str] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    type: str = "response.audio_transcript.delta"


@model
class ResponseAudioTranscriptDoneEvent(BaseModel):
    """Server event `response.audio_transcript.done`: the spoken reply's full transcript."""

    content_index: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    transcript: Optional[str] = None
    type: str = "response.audio_transcript.done"


@model
class ResponseAudioDeltaEvent(BaseModel):
    """Server event `response.audio.delta`: a chunk of base64 reply audio."""

    content_index: Optional[int] = None
    delta: Optional[str] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    type: str = "response.audio.delta"


@model
class ResponseAudioDoneEvent(BaseModel):
    """Server event `response.audio.done`: the reply audio of a part is complete."""

    content_index: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    type: str = "response.audio.done"


@model
class ResponseFunctionCallArgumentsDeltaEvent(BaseModel):
    """Server event `response.function_call_arguments.delta`: more of a call's JSON arguments."""

    call_id: Optional[str] = None
    delta: Optional[str] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    type: str = "response.function_call_arguments.delta"


@model
class ResponseFunctionCallArgumentsDoneEvent(BaseModel):
    """Server event `response.function_call_arguments.done`: a call's full arguments."""

    arguments: Optional[str] = None
    call_id: Optional[str] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    type: str = "response.function_call_arguments.done"


@model
class RateLimitsUpdatedEvent(BaseModel):
    """Server event `rate_limits.updated`: the limits left after a response."""

    event_id: Optional[str] = None
    rate_limits: Optional[List[RateLimit]] = None
    type: str = "rate_limits.updated"


@model
class RateLimit(BaseModel):
    """One rate limit: what it counts, the limit, what is left and when it resets."""

    limit: Optional[int] = None
    name: Optional[str] = None
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
