"""The beta Realtime API, request side: the bodies of `beta.realtime.sessions.create` and
`beta.realtime.transcription_sessions.create`, and the client events a beta realtime connection sends."""

from __future__ import annotations

from typing import Iterable, List, Literal, Optional, Required, TypedDict, Union
from .shared_params import Metadata

__all__ = [
    "SessionCreateParams",
    "SessionCreateParamsClientSecret",
    "ClientSecretExpiresAfter",
    "SessionCreateParamsInputAudioNoiseReduction",
    "SessionCreateParamsInputAudioTranscription",
    "Tool",
    "TracingTracingConfiguration",
    "Tracing",
    "SessionCreateParamsTurnDetection",
    "TranscriptionSessionCreateParams",
    "TranscriptionSessionCreateParamsClientSecret",
    "ClientSecretExpiresAt",
    "TranscriptionSessionCreateParamsInputAudioNoiseReduction",
    "TranscriptionSessionCreateParamsInputAudioTranscription",
    "TranscriptionSessionCreateParamsTurnDetection",
    "RealtimeConnectParams",
    "ConversationItemParam",
    "ConversationItemContentParam",
    "ConversationItemWithReferenceParam",
    "Content",
    "SessionUpdateEventParam",
    "SessionUpdateEventParamSession",
    "SessionUpdateEventParamSessionClientSecret",
    "SessionClientSecretExpiresAfter",
    "SessionUpdateEventParamSessionInputAudioNoiseReduction",
    "SessionUpdateEventParamSessionInputAudioTranscription",
    "SessionTool",
    "SessionTracingTracingConfiguration",
    "SessionTracing",
    "SessionUpdateEventParamSessionTurnDetection",
    "TranscriptionSessionUpdateParam",
    "TranscriptionSessionUpdateParamSession",
    "TranscriptionSessionUpdateParamSessionClientSecret",
    "SessionClientSecretExpiresAt",
    "TranscriptionSessionUpdateParamSessionInputAudioNoiseReduction",
    "TranscriptionSessionUpdateParamSessionInputAudioTranscription",
    "TranscriptionSessionUpdateParamSessionTurnDetection",
    "InputAudioBufferAppendEventParam",
    "InputAudioBufferCommitEventParam",
    "InputAudioBufferClearEventParam",
    "OutputAudioBufferClear",
    "ConversationItemCreateEventParam",
    "ConversationItemRetrieveEventParam",
    "ConversationItemTruncateEventParam",
    "ConversationItemDeleteEventParam",
    "ResponseCreateEventParam",
    "Response",
    "ResponseTool",
    "ResponseCancelEventParam",
    "RealtimeClientEventParam",
]


# -- sessions.create -------------------------------------------------------------------------


class SessionCreateParams(TypedDict, total=False):
    """The body of `beta.realtime.sessions.create`."""

    client_secret: SessionCreateParamsClientSecret
    input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"]
    input_audio_noise_reduction: SessionCreateParamsInputAudioNoiseReduction
    input_audio_transcription: SessionCreateParamsInputAudioTranscription
    instructions: str
    max_response_output_tokens: Union[int, Literal["inf"]]
    modalities: List[Literal["text", "audio"]]
    model: Literal["gpt-realtime", "gpt-realtime-2025-08-28", "gpt-4o-realtime-preview", "gpt-4o-realtime-preview-2024-10-01", "gpt-4o-realtime-preview-2024-12-17", "gpt-4o-realtime-preview-2025-06-03", "gpt-4o-mini-realtime-preview", "gpt-4o-mini-realtime-preview-2024-12-17"]
    output_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"]
    speed: float
    temperature: float
    tool_choice: str
    tools: Iterable[Tool]
    tracing: Tracing
    turn_detection: SessionCreateParamsTurnDetection
    voice: Union[str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"]]


class SessionCreateParamsClientSecret(TypedDict, total=False):
    """Settings of the ephemeral key the new session gets."""

    expires_after: ClientSecretExpiresAfter


class ClientSecretExpiresAfter(TypedDict, total=False):
    """How long the ephemeral key stays valid."""

    anchor: Required[Literal["created_at"]]
    seconds: int


class SessionCreateParamsInputAudioNoiseReduction(TypedDict, total=False):
    """Noise reduction for the input audio (near or far field)."""

    type: Literal["near_field", "far_field"]


class SessionCreateParamsInputAudioTranscription(TypedDict, total=False):
    """How to transcribe the user's audio: model, language, prompt."""

    language: str
    model: str
    prompt: str


class Tool(TypedDict, total=False):
    """A function the model may call in the new session."""

    description: str
    name: str
    parameters: object
    type: Literal["function"]


class TracingTracingConfiguration(TypedDict, total=False):
    """Where the session's traces go: workflow name, group and metadata."""

    group_id: str
    metadata: object
    workflow_name: str


class SessionCreateParamsTurnDetection(TypedDict, total=False):
    """How the new session detects turns (server VAD or semantic VAD)."""

    create_response: bool
    eagerness: Literal["low", "medium", "high", "auto"]
    interrupt_response: bool
    prefix_padding_ms: int
    silence_duration_ms: int
    threshold: float
    type: Literal["server_vad", "semantic_vad"]


Tracing = Union[Literal["auto"], TracingTracingConfiguration]


# -- transcription_sessions.create -----------------------------------------------------------


class TranscriptionSessionCreateParams(TypedDict, total=False):
    """The body of `beta.realtime.transcription_sessions.create`."""

    client_secret: TranscriptionSessionCreateParamsClientSecret
    include: List[str]
    input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"]
    input_audio_noise_reduction: SessionCreateParamsInputAudioNoiseReduction
    input_audio_transcription: TranscriptionSessionCreateParamsInputAudioTranscription
    modalities: List[Literal["text", "audio"]]
    turn_detection: SessionCreateParamsTurnDetection


class TranscriptionSessionCreateParamsClientSecret(TypedDict, total=False):
    """Settings of the ephemeral key the transcription session gets."""

    expires_at: ClientSecretExpiresAt


class ClientSecretExpiresAt(TypedDict, total=False):
    """When the ephemeral key expires."""

    anchor: Literal["created_at"]
    seconds: int


class TranscriptionSessionCreateParamsInputAudioTranscription(TypedDict, total=False):
    """The transcription model, language and prompt."""

    language: str
    model: Literal["gpt-4o-transcribe", "gpt-4o-mini-transcribe", "whisper-1"]
    prompt: str


# -- connecting ------------------------------------------------------------------------------


class RealtimeConnectParams(TypedDict, total=False):
    """The query a beta realtime connection opens with (the model)."""

    model: Required[str]


# -- conversation items ----------------------------------------------------------------------


class ConversationItemParam(TypedDict, total=False):
    """A conversation item to add: a message, a function call or its output."""

    id: str
    arguments: str
    call_id: str
    content: Iterable[ConversationItemContentParam]
    name: str
    object: Literal["realtime.item"]
    output: str
    role: Literal["user", "assistant", "system"]
    status: Literal["completed", "incomplete", "in_progress"]
    type: Literal["message", "function_call", "function_call_output"]


class ConversationItemContentParam(TypedDict, total=False):
    """One part of an item's content: text, audio or a reference."""

    id: str
    audio: str
    text: str
    transcript: str
    type: Literal["input_text", "input_audio", "item_reference", "text", "audio"]


class ConversationItemWithReferenceParam(TypedDict, total=False):
    """An input item for a response: a full item or a reference to one."""

    id: str
    arguments: str
    call_id: str
    content: Iterable[Content]
    name: str
    object: Literal["realtime.item"]
    output: str
    role: Literal["user", "assistant", "system"]
    status: Literal["completed", "incomplete", "in_progress"]
    type: Literal["message", "function_call", "function_call_output", "item_reference"]


class Content(TypedDict, total=False):
    """One part of a referenced item's content."""

    id: str
    audio: str
    text: str
    transcript: str
    type: Literal["input_text", "input_audio", "item_reference", "text"]


# -- client events ---------------------------------------------------------------------------


class SessionUpdateEventParam(TypedDict, total=False):
    """Client event `session.update`, as sent."""

    session: Required[SessionUpdateEventParamSession]
    type: Required[Literal["session.update"]]
    event_id: str


class SessionUpdateEventParamSession(TypedDict, total=False):
    """The session settings to change."""

    client_secret: SessionCreateParamsClientSecret
    input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"]
    input_audio_noise_reduction: SessionCreateParamsInputAudioNoiseReduction
    input_audio_transcription: SessionCreateParamsInputAudioTranscription
    instructions: str
    max_response_output_tokens: Union[int, Literal["inf"]]
    modalities: List[Literal["text", "audio"]]
    model: Literal["gpt-realtime", "gpt-realtime-2025-08-28", "gpt-4o-realtime-preview", "gpt-4o-realtime-preview-2024-10-01", "gpt-4o-realtime-preview-2024-12-17", "gpt-4o-realtime-preview-2025-06-03", "gpt-4o-mini-realtime-preview", "gpt-4o-mini-realtime-preview-2024-12-17"]
    output_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"]
    speed: float
    temperature: float
    tool_choice: str
    tools: Iterable[Tool]
    tracing: Tracing
    turn_detection: SessionCreateParamsTurnDetection
    voice: Union[str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"]]


class TranscriptionSessionUpdateParam(TypedDict, total=False):
    """Client event `transcription_session.update`, as sent."""

    session: Required[TranscriptionSessionUpdateParamSession]
    type: Required[Literal["transcription_session.update"]]
    event_id: str


class TranscriptionSessionUpdateParamSession(TypedDict, total=False):
    """The transcription session settings to change."""

    client_secret: TranscriptionSessionCreateParamsClientSecret
    include: List[str]
    input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"]
    input_audio_noise_reduction: SessionCreateParamsInputAudioNoiseReduction
    input_audio_transcription: TranscriptionSessionCreateParamsInputAudioTranscription
    modalities: List[Literal["text", "audio"]]
    turn_detection: SessionCreateParamsTurnDetection


class InputAudioBufferAppendEventParam(TypedDict, total=False):
    """Client event `input_audio_buffer.append`, as sent."""

    audio: Required[str]
    type: Required[Literal["input_audio_buffer.append"]]
    event_id: str


class InputAudioBufferCommitEventParam(TypedDict, total=False):
    """Client event `input_audio_buffer.commit`, as sent."""

    type: Required[Literal["input_audio_buffer.commit"]]
    event_id: str


class InputAudioBufferClearEventParam(TypedDict, total=False):
    """Client event `input_audio_buffer.clear`, as sent."""

    type: Required[Literal["input_audio_buffer.clear"]]
    event_id: str


class OutputAudioBufferClear(TypedDict, total=False):
    """Client event `output_audio_buffer.clear` (WebRTC), as sent."""

    type: Required[Literal["output_audio_buffer.clear"]]
    event_id: str


class ConversationItemCreateEventParam(TypedDict, total=False):
    """Client event `conversation.item.create`, as sent."""

    item: Required[ConversationItemParam]
    type: Required[Literal["conversation.item.create"]]
    event_id: str
    previous_item_id: str


class ConversationItemRetrieveEventParam(TypedDict, total=False):
    """Client event `conversation.item.retrieve`, as sent."""

    item_id: Required[str]
    type: Required[Literal["conversation.item.retrieve"]]
    event_id: str


class ConversationItemTruncateEventParam(TypedDict, total=False):
    """Client event `conversation.item.truncate`, as sent."""

    audio_end_ms: Required[int]
    content_index: Required[int]
    item_id: Required[str]
    type: Required[Literal["conversation.item.truncate"]]
    event_id: str


class ConversationItemDeleteEventParam(TypedDict, total=False):
    """Client event `conversation.item.delete`, as sent."""

    item_id: Required[str]
    type: Required[Literal["conversation.item.delete"]]
    event_id: str


class ResponseCreateEventParam(TypedDict, total=False):
    """Client event `response.create`, as sent."""

    type: Required[Literal["response.create"]]
    event_id: str
    response: Response


class Response(TypedDict, total=False):
    """Settings for one response, overriding the session's."""

    conversation: Union[str, Literal["auto", "none"]]
    input: Iterable[ConversationItemWithReferenceParam]
    instructions: str
    max_response_output_tokens: Union[int, Literal["inf"]]
    metadata: Optional[Metadata]
    modalities: List[Literal["text", "audio"]]
    output_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"]
    temperature: float
    tool_choice: str
    tools: Iterable[Tool]
    voice: Union[str, Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"]]


class ResponseCancelEventParam(TypedDict, total=False):
    """Client event `response.cancel`, as sent."""

    type: Required[Literal["response.cancel"]]
    event_id: str
    response_id: str


RealtimeClientEventParam = Union[ConversationItemCreateEventParam, ConversationItemDeleteEventParam, ConversationItemRetrieveEventParam, ConversationItemTruncateEventParam, InputAudioBufferAppendEventParam, InputAudioBufferClearEventParam, OutputAudioBufferClear, InputAudioBufferCommitEventParam, ResponseCancelEventParam, ResponseCreateEventParam, SessionUpdateEventParam, TranscriptionSessionUpdateParam]


# -- the official names, one per method or container, for the shapes above -------------------


TranscriptionSessionCreateParamsInputAudioNoiseReduction = SessionCreateParamsInputAudioNoiseReduction
TranscriptionSessionCreateParamsTurnDetection = SessionCreateParamsTurnDetection
SessionUpdateEventParamSessionClientSecret = SessionCreateParamsClientSecret
SessionClientSecretExpiresAfter = ClientSecretExpiresAfter
SessionUpdateEventParamSessionInputAudioNoiseReduction = SessionCreateParamsInputAudioNoiseReduction
SessionUpdateEventParamSessionInputAudioTranscription = SessionCreateParamsInputAudioTranscription
SessionTool = Tool
SessionTracingTracingConfiguration = TracingTracingConfiguration
SessionUpdateEventParamSessionTurnDetection = SessionCreateParamsTurnDetection
TranscriptionSessionUpdateParamSessionClientSecret = TranscriptionSessionCreateParamsClientSecret
SessionClientSecretExpiresAt = ClientSecretExpiresAt
TranscriptionSessionUpdateParamSessionInputAudioNoiseReduction = SessionCreateParamsInputAudioNoiseReduction
TranscriptionSessionUpdateParamSessionInputAudioTranscription = TranscriptionSessionCreateParamsInputAudioTranscription
TranscriptionSessionUpdateParamSessionTurnDetection = SessionCreateParamsTurnDetection
ResponseTool = Tool
SessionTracing = Tracing
