"""The Realtime API's objects: sessions, client secrets, conversation items and every event.

Two directions share the websocket: *client events* (what you send: ``session.update``,
``input_audio_buffer.append``, ``response.create``, ...) and *server events* (what comes back:
``session.created``, ``response.output_audio.delta``, ``error``, ...). ``RealtimeClientEvent``
and ``RealtimeServerEvent`` are unions over them told apart by ``type``; an event type this
version does not know yet still arrives, as an ``UnknownModel`` that keeps its data. The REST
side (``realtime.client_secrets.create``, ``realtime.calls``) returns the session shapes here.
Request-side dicts live in ``realtime_params``.
"""

from __future__ import annotations

import typing
from typing import Any, Dict, List, Literal, Optional, Union

from ._base import BaseModel, model
from .shared import Metadata

__all__ = [
    # audio: formats, transcription, turn detection
    "AudioPCM",
    "AudioPCMU",
    "AudioPCMA",
    "RealtimeAudioFormats",
    "NoiseReductionType",
    "AudioTranscription",
    "LogProbProperties",
    "RealtimeAudioInputTurnDetectionServerVad",
    "RealtimeAudioInputTurnDetectionSemanticVad",
    "RealtimeAudioInputTurnDetection",
    "RealtimeAudioConfigInputNoiseReduction",
    "RealtimeAudioConfigInput",
    "RealtimeAudioConfigOutput",
    "RealtimeAudioConfig",
    # conversation items
    "RealtimeConversationItemSystemMessageContent",
    "RealtimeConversationItemSystemMessage",
    "RealtimeConversationItemUserMessageContent",
    "RealtimeConversationItemUserMessage",
    "RealtimeConversationItemAssistantMessageContent",
    "RealtimeConversationItemAssistantMessage",
    "RealtimeConversationItemFunctionCall",
    "RealtimeConversationItemFunctionCallOutput",
    "RealtimeMcpApprovalRequest",
    "RealtimeMcpApprovalResponse",
    "RealtimeMcpListToolsTool",
    "RealtimeMcpListTools",
    "RealtimeMcpProtocolError",
    "RealtimeMcpToolExecutionError",
    "RealtimeMcphttpError",
    "RealtimeMcpToolCallError",
    "RealtimeMcpToolCall",
    "ConversationItem",
    # tools, tool choice, tracing, truncation
    "RealtimeFunctionTool",
    "McpAllowedToolsMcpToolFilter",
    "McpAllowedTools",
    "McpRequireApprovalMcpToolApprovalFilterAlways",
    "McpRequireApprovalMcpToolApprovalFilterNever",
    "McpRequireApprovalMcpToolApprovalFilter",
    "McpRequireApproval",
    "Mcp",
    "RealtimeToolsConfigUnion",
    "RealtimeToolsConfig",
    "RealtimeToolChoiceConfig",
    "TracingConfiguration",
    "RealtimeTracingConfig",
    "TokenLimits",
    "RealtimeTruncationRetentionRatio",
    "RealtimeTruncation",
    # realtime sessions
    "RealtimeSessionCreateRequest",
    "RealtimeSessionClientSecret",
    "RealtimeSessionCreateResponseAudioInputNoiseReduction",
    "AudioInputTurnDetectionServerVad",
    "AudioInputTurnDetectionSemanticVad",
    "AudioInputTurnDetection",
    "RealtimeSessionCreateResponseAudioInput",
    "RealtimeSessionCreateResponseAudioOutput",
    "RealtimeSessionCreateResponseAudio",
    "ToolChoice",
    "ToolMcpToolAllowedToolsMcpToolFilter",
    "ToolMcpToolAllowedTools",
    "ToolMcpToolRequireApprovalMcpToolApprovalFilterAlways",
    "ToolMcpToolRequireApprovalMcpToolApprovalFilterNever",
    "ToolMcpToolRequireApprovalMcpToolApprovalFilter",
    "ToolMcpToolRequireApproval",
    "ToolMcpTool",
    "RealtimeSessionCreateResponseTool",
    "TracingTracingConfiguration",
    "Tracing",
    "RealtimeSessionCreateResponse",
    # transcription sessions
    "RealtimeTranscriptionSessionAudioInputNoiseReduction",
    "RealtimeTranscriptionSessionAudioInputTurnDetectionServerVad",
    "RealtimeTranscriptionSessionAudioInputTurnDetectionSemanticVad",
    "RealtimeTranscriptionSessionAudioInputTurnDetection",
    "RealtimeTranscriptionSessionAudioInput",
    "RealtimeTranscriptionSessionAudio",
    "RealtimeTranscriptionSessionCreateRequest",
    "RealtimeTranscriptionSessionTurnDetection",
    "RealtimeTranscriptionSessionCreateResponseAudioInputNoiseReduction",
    "RealtimeTranscriptionSessionCreateResponseAudioInput",
    "RealtimeTranscriptionSessionCreateResponseAudio",
    "RealtimeTranscriptionSessionCreateResponse",
    # client secrets (realtime.client_secrets.create)
    "ClientSecretCreateResponseSession",
    "ClientSecretCreateResponse",
    # responses
    "RealtimeResponseAudioOutput",
    "RealtimeResponseAudio",
    "RealtimeResponseStatusError",
    "RealtimeResponseStatus",
    "CachedTokensDetails",
    "RealtimeResponseUsageInputTokenDetails",
    "RealtimeResponseUsageOutputTokenDetails",
    "RealtimeResponseUsage",
    "RealtimeResponse",
    "Output",
    "RealtimeResponseCreateAudioOutput",
    "AllowedToolsMcpToolFilter",
    "AllowedTools",
    "RequireApprovalMcpToolApprovalFilterAlways",
    "RequireApprovalMcpToolApprovalFilterNever",
    "RequireApprovalMcpToolApprovalFilter",
    "RequireApproval",
    "RealtimeResponseCreateMcpTool",
    "RealtimeResponseCreateParamsTool",
    "RealtimeResponseCreateParamsToolChoice",
    "RealtimeResponseCreateParams",
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
    "RealtimeError",
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


# -- shapes of the Responses API that realtime sessions reuse ----------------------------------------

# The Responses family defines these under openai_table.types.responses; realtime keeps its own
# copies until that family's models module is on this branch (then import them from there).

# How the model may pick tools: not at all, as it sees fit, or at least one.
ToolChoiceOptions = Literal["none", "auto", "required"]


@model
class ToolChoiceFunction(BaseModel):
    """Make the model call one named function."""

    name: Optional[str] = None
    type: str = "function"


@model
class ToolChoiceMcp(BaseModel):
    """Make the model use a tool of one MCP server (or that server's named tool)."""

    server_label: Optional[str] = None
    name: Optional[str] = None
    type: str = "mcp"


@model
class ResponsePrompt(BaseModel):
    """A stored prompt template by id, with its variables and version."""

    id: Optional[str] = None
    variables: Optional[Dict[str, Any]] = None
    version: Optional[str] = None


# -- audio: formats, transcription, turn detection ---------------------------------------------------


@model
class AudioPCM(BaseModel):
    """Raw 16-bit PCM audio (24 kHz, mono, little-endian)."""

    rate: Optional[int] = None
    type: str = "audio/pcm"


@model
class AudioPCMU(BaseModel):
    """G.711 mu-law audio."""

    type: str = "audio/pcmu"


@model
class AudioPCMA(BaseModel):
    """G.711 A-law audio."""

    type: str = "audio/pcma"


# An audio format, told apart by its ``type`` (audio/pcm, audio/pcmu, audio/pcma).
RealtimeAudioFormats = Union[AudioPCM, AudioPCMU, AudioPCMA]


# near_field for close microphones (headsets), far_field for laptop or room mics.
NoiseReductionType = Literal["near_field", "far_field"]


@model
class AudioTranscription(BaseModel):
    """How input audio gets transcribed: model, language hint and prompt."""

    language: Optional[str] = None
    model: Optional[str] = None
    prompt: Optional[str] = None


@model
class LogProbProperties(BaseModel):
    """One transcribed token with its log probability."""

    token: Optional[str] = None
    bytes: Optional[List[int]] = None
    logprob: Optional[float] = None


@model
class RealtimeAudioInputTurnDetectionServerVad(BaseModel):
    """Turn detection by silence: the server decides a turn ended after a pause."""

    type: str = "server_vad"
    create_response: Optional[bool] = None
    idle_timeout_ms: Optional[int] = None
    interrupt_response: Optional[bool] = None
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None


@model
class RealtimeAudioInputTurnDetectionSemanticVad(BaseModel):
    """Turn detection by meaning: a model decides whether the user has finished."""

    type: str = "semantic_vad"
    create_response: Optional[bool] = None
    eagerness: Optional[str] = None
    interrupt_response: Optional[bool] = None


# Turn detection by silence or by meaning; None turns it off.
RealtimeAudioInputTurnDetection = Union[
    RealtimeAudioInputTurnDetectionServerVad,
    RealtimeAudioInputTurnDetectionSemanticVad,
    None,
]


@model
class RealtimeAudioConfigInputNoiseReduction(BaseModel):
    """Which noise reduction to apply to input audio (near or far field)."""

    type: Optional[str] = None


@model
class RealtimeAudioConfigInput(BaseModel):
    """Input audio settings: format, noise reduction, transcription, turn detection."""

    format: Optional[RealtimeAudioFormats] = None
    noise_reduction: Optional[RealtimeAudioConfigInputNoiseReduction] = None
    transcription: Optional[AudioTranscription] = None
    turn_detection: Optional[RealtimeAudioInputTurnDetection] = None


@model
class RealtimeAudioConfigOutput(BaseModel):
    """Output audio settings: format, voice and speed."""

    format: Optional[RealtimeAudioFormats] = None
    speed: Optional[float] = None
    voice: Optional[str] = None


@model
class RealtimeAudioConfig(BaseModel):
    """The audio settings of a session, for input and output."""

    input: Optional[RealtimeAudioConfigInput] = None
    output: Optional[RealtimeAudioConfigOutput] = None


# -- conversation items ------------------------------------------------------------------------------


@model
class RealtimeConversationItemSystemMessageContent(BaseModel):
    """A text part of a system message."""

    text: Optional[str] = None
    type: Optional[str] = None


@model
class RealtimeConversationItemSystemMessage(BaseModel):
    """A system message in the conversation."""

    content: Optional[List[RealtimeConversationItemSystemMessageContent]] = None
    role: Optional[str] = None  # "system"
    type: str = "message"
    id: Optional[str] = None
    object: Optional[str] = None
    status: Optional[str] = None


@model
class RealtimeConversationItemUserMessageContent(BaseModel):
    """A part of a user message: text, audio or an image."""

    audio: Optional[str] = None
    detail: Optional[str] = None
    image_url: Optional[str] = None
    text: Optional[str] = None
    transcript: Optional[str] = None
    type: Optional[str] = None


@model
class RealtimeConversationItemUserMessage(BaseModel):
    """A message from the user: text, audio or images."""

    content: Optional[List[RealtimeConversationItemUserMessageContent]] = None
    role: Optional[str] = None  # "user"
    type: str = "message"
    id: Optional[str] = None
    object: Optional[str] = None
    status: Optional[str] = None


@model
class RealtimeConversationItemAssistantMessageContent(BaseModel):
    """A part of an assistant message: text or audio (with its transcript)."""

    audio: Optional[str] = None
    text: Optional[str] = None
    transcript: Optional[str] = None
    type: Optional[str] = None


@model
class RealtimeConversationItemAssistantMessage(BaseModel):
    """A message the model produced."""

    content: Optional[List[RealtimeConversationItemAssistantMessageContent]] = None
    role: Optional[str] = None  # "assistant"
    type: str = "message"
    id: Optional[str] = None
    object: Optional[str] = None
    status: Optional[str] = None


@model
class RealtimeConversationItemFunctionCall(BaseModel):
    """A function call the model made, with its JSON arguments."""

    arguments: Optional[str] = None
    name: Optional[str] = None
    type: str = "function_call"
    id: Optional[str] = None
    call_id: Optional[str] = None
    object: Optional[str] = None
    status: Optional[str] = None


@model
class RealtimeConversationItemFunctionCallOutput(BaseModel):
    """The result you send back for a function call."""

    call_id: Optional[str] = None
    output: Optional[str] = None
    type: str = "function_call_output"
    id: Optional[str] = None
    object: Optional[str] = None
    status: Optional[str] = None


@model
class RealtimeMcpApprovalRequest(BaseModel):
    """The model asks for approval before it calls an MCP tool."""

    id: Optional[str] = None
    arguments: Optional[str] = None
    name: Optional[str] = None
    server_label: Optional[str] = None
    type: str = "mcp_approval_request"


@model
class RealtimeMcpApprovalResponse(BaseModel):
    """Your answer to an MCP approval request."""

    id: Optional[str] = None
    approval_request_id: Optional[str] = None
    approve: Optional[bool] = None
    type: str = "mcp_approval_response"
    reason: Optional[str] = None


@model
class RealtimeMcpListToolsTool(BaseModel):
    """One tool an MCP server offers."""

    input_schema: Any = None
    name: Optional[str] = None
    annotations: Optional[Any] = None
    description: Optional[str] = None


@model
class RealtimeMcpListTools(BaseModel):
    """The tools an MCP server listed."""

    server_label: Optional[str] = None
    tools: Optional[List[RealtimeMcpListToolsTool]] = None
    type: str = "mcp_list_tools"
    id: Optional[str] = None


@model
class RealtimeMcpProtocolError(BaseModel):
    """An MCP call failed at the protocol level."""

    code: Optional[int] = None
    message: Optional[str] = None
    type: str = "protocol_error"


@model
class RealtimeMcpToolExecutionError(BaseModel):
    """An MCP tool ran and failed."""

    message: Optional[str] = None
    type: str = "tool_execution_error"


@model
class RealtimeMcphttpError(BaseModel):
    """An MCP call failed with an HTTP error."""

    code: Optional[int] = None
    message: Optional[str] = None
    type: str = "http_error"


# How an MCP call failed.
RealtimeMcpToolCallError = Union[
    RealtimeMcpProtocolError,
    RealtimeMcpToolExecutionError,
    RealtimeMcphttpError,
    None,
]


@model
class RealtimeMcpToolCall(BaseModel):
    """A call of an MCP tool, with its output or error."""

    id: Optional[str] = None
    arguments: Optional[str] = None
    name: Optional[str] = None
    server_label: Optional[str] = None
    type: str = "mcp_call"
    approval_request_id: Optional[str] = None
    error: Optional[RealtimeMcpToolCallError] = None
    output: Optional[str] = None


# Any conversation item; the messages are told apart by ``role`` (see the hook at the end).
ConversationItem = Union[
    RealtimeConversationItemSystemMessage,
    RealtimeConversationItemUserMessage,
    RealtimeConversationItemAssistantMessage,
    RealtimeConversationItemFunctionCall,
    RealtimeConversationItemFunctionCallOutput,
    RealtimeMcpApprovalResponse,
    RealtimeMcpListTools,
    RealtimeMcpToolCall,
    RealtimeMcpApprovalRequest,
]


# -- tools, tool choice, tracing, truncation ---------------------------------------------------------


@model
class RealtimeFunctionTool(BaseModel):
    """A function the model may call in a realtime session."""

    description: Optional[str] = None
    name: Optional[str] = None
    parameters: Optional[Any] = None
    type: Optional[str] = None


@model
class McpAllowedToolsMcpToolFilter(BaseModel):
    """Which of an MCP server's tools the model may use."""

    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


# Tool names, or a filter.
McpAllowedTools = Union[List[str], McpAllowedToolsMcpToolFilter, None]


@model
class McpRequireApprovalMcpToolApprovalFilterAlways(BaseModel):
    """MCP tools that always need approval."""

    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


@model
class McpRequireApprovalMcpToolApprovalFilterNever(BaseModel):
    """MCP tools that never need approval."""

    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


@model
class McpRequireApprovalMcpToolApprovalFilter(BaseModel):
    """Per-tool approval rules for an MCP server."""

    always: Optional[McpRequireApprovalMcpToolApprovalFilterAlways] = None
    never: Optional[McpRequireApprovalMcpToolApprovalFilterNever] = None


# A per-tool filter, or always/never for every tool.
McpRequireApproval = Union[McpRequireApprovalMcpToolApprovalFilter, Literal["always", "never"], None]


@model
class Mcp(BaseModel):
    """An MCP server (or connector) whose tools the model may use."""

    server_label: Optional[str] = None
    type: str = "mcp"
    allowed_tools: Optional[McpAllowedTools] = None
    authorization: Optional[str] = None
    connector_id: Optional[str] = None
    headers: Optional[Dict[str, str]] = None
    require_approval: Optional[McpRequireApproval] = None
    server_description: Optional[str] = None
    server_url: Optional[str] = None


# A tool of a session: a function or an MCP server.
RealtimeToolsConfigUnion = Union[RealtimeFunctionTool, Mcp]


# The tools of a session.
RealtimeToolsConfig = List[RealtimeToolsConfigUnion]


# A tool choice: an option, or one function / MCP tool.
RealtimeToolChoiceConfig = Union[ToolChoiceOptions, ToolChoiceFunction, ToolChoiceMcp]


@model
class TracingConfiguration(BaseModel):
    """Tracing settings: workflow name, group id and metadata for the traces dashboard."""

    group_id: Optional[str] = None
    metadata: Optional[Any] = None
    workflow_name: Optional[str] = None


# 'auto' (default names) or explicit tracing settings; None disables tracing.
RealtimeTracingConfig = Union[Literal["auto"], TracingConfiguration, None]


@model
class TokenLimits(BaseModel):
    """Token limits that truncation aims for."""

    post_instructions: Optional[int] = None


@model
class RealtimeTruncationRetentionRatio(BaseModel):
    """Truncate old conversation by keeping a fraction of the context."""

    retention_ratio: Optional[float] = None
    type: str = "retention_ratio"
    token_limits: Optional[TokenLimits] = None


# auto, disabled, or a retention ratio.
RealtimeTruncation = Union[Literal["auto", "disabled"], RealtimeTruncationRetentionRatio]


# -- realtime sessions -------------------------------------------------------------------------------


@model
class RealtimeSessionCreateRequest(BaseModel):
    """A realtime (speech-to-speech) session configuration."""

    type: str = "realtime"
    audio: Optional[RealtimeAudioConfig] = None
    include: Optional[List[str]] = None
    instructions: Optional[str] = None
    max_output_tokens: Optional[Union[int, str]] = None
    model: Optional[str] = None
    output_modalities: Optional[List[str]] = None
    prompt: Optional[ResponsePrompt] = None
    tool_choice: Optional[RealtimeToolChoiceConfig] = None
    tools: Optional[RealtimeToolsConfig] = None
    tracing: Optional[RealtimeTracingConfig] = None
    truncation: Optional[RealtimeTruncation] = None


@model
class RealtimeSessionClientSecret(BaseModel):
    """An ephemeral key for a browser or phone client, with its expiry."""

    expires_at: Optional[int] = None
    value: Optional[str] = None


@model
class RealtimeSessionCreateResponseAudioInputNoiseReduction(BaseModel):
    """Which noise reduction the session applies to input audio."""

    type: Optional[str] = None


@model
class AudioInputTurnDetectionServerVad(BaseModel):
    """Turn detection by silence, as the session reports it."""

    type: str = "server_vad"
    create_response: Optional[bool] = None
    idle_timeout_ms: Optional[int] = None
    interrupt_response: Optional[bool] = None
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None


@model
class AudioInputTurnDetectionSemanticVad(BaseModel):
    """Turn detection by meaning, as the session reports it."""

    type: str = "semantic_vad"
    create_response: Optional[bool] = None
    eagerness: Optional[str] = None
    interrupt_response: Optional[bool] = None


# Turn detection by silence or by meaning, as the session reports it.
AudioInputTurnDetection = Union[AudioInputTurnDetectionServerVad, AudioInputTurnDetectionSemanticVad, None]


@model
class RealtimeSessionCreateResponseAudioInput(BaseModel):
    """The session's input audio settings."""

    format: Optional[RealtimeAudioFormats] = None
    noise_reduction: Optional[RealtimeSessionCreateResponseAudioInputNoiseReduction] = None
    transcription: Optional[AudioTranscription] = None
    turn_detection: Optional[AudioInputTurnDetection] = None


@model
class RealtimeSessionCreateResponseAudioOutput(BaseModel):
    """The session's output audio settings."""

    format: Optional[RealtimeAudioFormats] = None
    speed: Optional[float] = None
    voice: Optional[str] = None


@model
class RealtimeSessionCreateResponseAudio(BaseModel):
    """The session's audio settings, input and output."""

    input: Optional[RealtimeSessionCreateResponseAudioInput] = None
    output: Optional[RealtimeSessionCreateResponseAudioOutput] = None


# A session's tool choice.
ToolChoice = Union[ToolChoiceOptions, ToolChoiceFunction, ToolChoiceMcp]


@model
class ToolMcpToolAllowedToolsMcpToolFilter(BaseModel):
    """Which of an MCP server's tools the session allows."""

    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


# Tool names, or a filter.
ToolMcpToolAllowedTools = Union[List[str], ToolMcpToolAllowedToolsMcpToolFilter, None]


@model
class ToolMcpToolRequireApprovalMcpToolApprovalFilterAlways(BaseModel):
    """MCP tools that always need approval."""

    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


@model
class ToolMcpToolRequireApprovalMcpToolApprovalFilterNever(BaseModel):
    """MCP tools that never need approval."""

    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


@model
class ToolMcpToolRequireApprovalMcpToolApprovalFilter(BaseModel):
    """Per-tool approval rules for an MCP server."""

    always: Optional[ToolMcpToolRequireApprovalMcpToolApprovalFilterAlways] = None
    never: Optional[ToolMcpToolRequireApprovalMcpToolApprovalFilterNever] = None


# A per-tool filter, or always/never for every tool.
ToolMcpToolRequireApproval = Union[
    ToolMcpToolRequireApprovalMcpToolApprovalFilter,
    Literal["always", "never"],
    None,
]


@model
class ToolMcpTool(BaseModel):
    """An MCP server configured on the session."""

    server_label: Optional[str] = None
    type: str = "mcp"
    allowed_tools: Optional[ToolMcpToolAllowedTools] = None
    authorization: Optional[str] = None
    connector_id: Optional[str] = None
    headers: Optional[Dict[str, str]] = None
    require_approval: Optional[ToolMcpToolRequireApproval] = None
    server_description: Optional[str] = None
    server_url: Optional[str] = None


# A tool of a created session: a function or an MCP server.
RealtimeSessionCreateResponseTool = Union[RealtimeFunctionTool, ToolMcpTool]


@model
class TracingTracingConfiguration(BaseModel):
    """The session's tracing settings."""

    group_id: Optional[str] = None
    metadata: Optional[Any] = None
    workflow_name: Optional[str] = None


# 'auto' or explicit tracing settings, as the session reports them.
Tracing = Union[Literal["auto"], TracingTracingConfiguration, None]


@model
class RealtimeSessionCreateResponse(BaseModel):
    """A realtime session as created: its settings and a client secret."""

    client_secret: Optional[RealtimeSessionClientSecret] = None
    type: str = "realtime"
    audio: Optional[RealtimeSessionCreateResponseAudio] = None
    include: Optional[List[str]] = None
    instructions: Optional[str] = None
    max_output_tokens: Optional[Union[int, str]] = None
    model: Optional[str] = None
    output_modalities: Optional[List[str]] = None
    prompt: Optional[ResponsePrompt] = None
    tool_choice: Optional[ToolChoice] = None
    tools: Optional[List[RealtimeSessionCreateResponseTool]] = None
    tracing: Optional[Tracing] = None
    truncation: Optional[RealtimeTruncation] = None


# -- transcription sessions --------------------------------------------------------------------------


@model
class RealtimeTranscriptionSessionAudioInputNoiseReduction(BaseModel):
    """Which noise reduction to apply before transcribing."""

    type: Optional[str] = None


@model
class RealtimeTranscriptionSessionAudioInputTurnDetectionServerVad(BaseModel):
    """Turn detection by silence for a transcription session."""

    type: str = "server_vad"
    create_response: Optional[bool] = None
    idle_timeout_ms: Optional[int] = None
    interrupt_response: Optional[bool] = None
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None


@model
class RealtimeTranscriptionSessionAudioInputTurnDetectionSemanticVad(BaseModel):
    """Turn detection by meaning for a transcription session."""

    type: str = "semantic_vad"
    create_response: Optional[bool] = None
    eagerness: Optional[str] = None
    interrupt_response: Optional[bool] = None


# Turn detection by silence or by meaning; None turns it off.
RealtimeTranscriptionSessionAudioInputTurnDetection = Union[
    RealtimeTranscriptionSessionAudioInputTurnDetectionServerVad,
    RealtimeTranscriptionSessionAudioInputTurnDetectionSemanticVad,
    None,
]


@model
class RealtimeTranscriptionSessionAudioInput(BaseModel):
    """Input audio settings of a transcription session."""

    format: Optional[RealtimeAudioFormats] = None
    noise_reduction: Optional[RealtimeTranscriptionSessionAudioInputNoiseReduction] = None
    transcription: Optional[AudioTranscription] = None
    turn_detection: Optional[RealtimeTranscriptionSessionAudioInputTurnDetection] = None


@model
class RealtimeTranscriptionSessionAudio(BaseModel):
    """The audio settings of a transcription session."""

    input: Optional[RealtimeTranscriptionSessionAudioInput] = None


@model
class RealtimeTranscriptionSessionCreateRequest(BaseModel):
    """A transcription-only session configuration (no model responses)."""

    type: str = "transcription"
    audio: Optional[RealtimeTranscriptionSessionAudio] = None
    include: Optional[List[str]] = None


@model
class RealtimeTranscriptionSessionTurnDetection(BaseModel):
    """Turn detection of a transcription session, as reported back."""

    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None
    type: Optional[str] = None


@model
class RealtimeTranscriptionSessionCreateResponseAudioInputNoiseReduction(BaseModel):
    """The noise reduction a transcription session applies."""

    type: Optional[str] = None


@model
class RealtimeTranscriptionSessionCreateResponseAudioInput(BaseModel):
    """A transcription session's input audio settings, as reported back."""

    format: Optional[RealtimeAudioFormats] = None
    noise_reduction: Optional[RealtimeTranscriptionSessionCreateResponseAudioInputNoiseReduction] = None
    transcription: Optional[AudioTranscription] = None
    turn_detection: Optional[RealtimeTranscriptionSessionTurnDetection] = None


@model
class RealtimeTranscriptionSessionCreateResponseAudio(BaseModel):
    """A transcription session's audio settings, as reported back."""

    input: Optional[RealtimeTranscriptionSessionCreateResponseAudioInput] = None


@model
class RealtimeTranscriptionSessionCreateResponse(BaseModel):
    """A transcription session as created."""

    id: Optional[str] = None
    object: Optional[str] = None
    type: str = "transcription"
    audio: Optional[RealtimeTranscriptionSessionCreateResponseAudio] = None
    expires_at: Optional[int] = None
    include: Optional[List[str]] = None


# -- client secrets (realtime.client_secrets.create) -------------------------------------------------


# The session a client secret is for: realtime or transcription, by ``type``.
ClientSecretCreateResponseSession = Union[
    RealtimeSessionCreateResponse,
    RealtimeTranscriptionSessionCreateResponse,
]


@model
class ClientSecretCreateResponse(BaseModel):
    """An ephemeral client secret and the session it is bound to."""

    expires_at: Optional[int] = None
    session: Optional[ClientSecretCreateResponseSession] = None
    value: Optional[str] = None


# -- responses ---------------------------------------------------------------------------------------


@model
class RealtimeResponseAudioOutput(BaseModel):
    """The format and voice of a response's audio."""

    format: Optional[RealtimeAudioFormats] = None
    voice: Optional[str] = None


@model
class RealtimeResponseAudio(BaseModel):
    """A response's audio settings."""

    output: Optional[RealtimeResponseAudioOutput] = None


@model
class RealtimeResponseStatusError(BaseModel):
    """Why a response failed."""

    code: Optional[str] = None
    type: Optional[str] = None


@model
class RealtimeResponseStatus(BaseModel):
    """Why a response ended as it did (cancelled, incomplete, failed)."""

    error: Optional[RealtimeResponseStatusError] = None
    reason: Optional[str] = None
    type: Optional[str] = None


@model
class CachedTokensDetails(BaseModel):
    """Cached input tokens by kind."""

    audio_tokens: Optional[int] = None
    image_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


@model
class RealtimeResponseUsageInputTokenDetails(BaseModel):
    """Input tokens by kind, cached ones included."""

    audio_tokens: Optional[int] = None
    cached_tokens: Optional[int] = None
    cached_tokens_details: Optional[CachedTokensDetails] = None
    image_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


@model
class RealtimeResponseUsageOutputTokenDetails(BaseModel):
    """Output tokens by kind."""

    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


@model
class RealtimeResponseUsage(BaseModel):
    """Token counts of a response."""

    input_token_details: Optional[RealtimeResponseUsageInputTokenDetails] = None
    input_tokens: Optional[int] = None
    output_token_details: Optional[RealtimeResponseUsageOutputTokenDetails] = None
    output_tokens: Optional[int] = None
    total_tokens: Optional[int] = None


@model
class RealtimeResponse(BaseModel):
    """A model response in a realtime session: its output items, status and usage."""

    id: Optional[str] = None
    audio: Optional[RealtimeResponseAudio] = None
    conversation_id: Optional[str] = None
    max_output_tokens: Optional[Union[int, str]] = None
    metadata: Optional[Metadata] = None
    object: Optional[str] = None
    output: Optional[List[ConversationItem]] = None
    output_modalities: Optional[List[str]] = None
    status: Optional[str] = None
    status_details: Optional[RealtimeResponseStatus] = None
    usage: Optional[RealtimeResponseUsage] = None


@model
class Output(BaseModel):
    """The format and voice of a requested response's audio."""

    format: Optional[RealtimeAudioFormats] = None
    voice: Optional[str] = None


@model
class RealtimeResponseCreateAudioOutput(BaseModel):
    """Audio settings for one requested response."""

    output: Optional[Output] = None


@model
class AllowedToolsMcpToolFilter(BaseModel):
    """Which of an MCP server's tools a response may use."""

    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


# Tool names, or a filter.
AllowedTools = Union[List[str], AllowedToolsMcpToolFilter, None]


@model
class RequireApprovalMcpToolApprovalFilterAlways(BaseModel):
    """MCP tools that always need approval."""

    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


@model
class RequireApprovalMcpToolApprovalFilterNever(BaseModel):
    """MCP tools that never need approval."""

    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


@model
class RequireApprovalMcpToolApprovalFilter(BaseModel):
    """Per-tool approval rules for an MCP server."""

    always: Optional[RequireApprovalMcpToolApprovalFilterAlways] = None
    never: Optional[RequireApprovalMcpToolApprovalFilterNever] = None


# A per-tool filter, or always/never for every tool.
RequireApproval = Union[RequireApprovalMcpToolApprovalFilter, Literal["always", "never"], None]


@model
class RealtimeResponseCreateMcpTool(BaseModel):
    """An MCP server a requested response may use."""

    server_label: Optional[str] = None
    type: str = "mcp"
    allowed_tools: Optional[AllowedTools] = None
    authorization: Optional[str] = None
    connector_id: Optional[str] = None
    headers: Optional[Dict[str, str]] = None
    require_approval: Optional[RequireApproval] = None
    server_description: Optional[str] = None
    server_url: Optional[str] = None


# A tool of one response: a function or an MCP server.
RealtimeResponseCreateParamsTool = Union[RealtimeFunctionTool, RealtimeResponseCreateMcpTool]


# The tool choice of one response.
RealtimeResponseCreateParamsToolChoice = Union[ToolChoiceOptions, ToolChoiceFunction, ToolChoiceMcp]


@model
class RealtimeResponseCreateParams(BaseModel):
    """Settings of one response you ask for, overriding the session's."""

    audio: Optional[RealtimeResponseCreateAudioOutput] = None
    conversation: Optional[str] = None
    input: Optional[List[ConversationItem]] = None
    instructions: Optional[str] = None
    max_output_tokens: Optional[Union[int, str]] = None
    metadata: Optional[Metadata] = None
    output_modalities: Optional[List[str]] = None
    prompt: Optional[ResponsePrompt] = None
    tool_choice: Optional[RealtimeResponseCreateParamsToolChoice] = None
    tools: Optional[List[RealtimeResponseCreateParamsTool]] = None


# -- client events (sent over the websocket) ---------------------------------------------------------


# New session settings: realtime or transcription, by ``type``.
SessionUpdateEventSession = Union[RealtimeSessionCreateRequest, RealtimeTranscriptionSessionCreateRequest]


@model
class SessionUpdateEvent(BaseModel):
    """Client event: change the session's settings."""

    session: Optional[SessionUpdateEventSession] = None
    type: str = "session.update"
    event_id: Optional[str] = None


@model
class InputAudioBufferAppendEvent(BaseModel):
    """Client event: append base64 audio to the input buffer."""

    audio: Optional[str] = None
    type: str = "input_audio_buffer.append"
    event_id: Optional[str] = None


@model
class InputAudioBufferCommitEvent(BaseModel):
    """Client event: turn the buffered audio into a user message."""

    type: str = "input_audio_buffer.commit"
    event_id: Optional[str] = None


@model
class InputAudioBufferClearEvent(BaseModel):
    """Client event: drop the buffered input audio."""

    type: str = "input_audio_buffer.clear"
    event_id: Optional[str] = None


@model
class OutputAudioBufferClearEvent(BaseModel):
    """Client event: stop and drop the audio being played (WebRTC/SIP)."""

    type: str = "output_audio_buffer.clear"
    event_id: Optional[str] = None


@model
class ConversationItemCreateEvent(BaseModel):
    """Client event: add an item to the conversation."""

    item: Optional[ConversationItem] = None
    type: str = "conversation.item.create"
    event_id: Optional[str] = None
    previous_item_id: Optional[str] = None


@model
class ConversationItemRetrieveEvent(BaseModel):
    """Client event: ask the server for one item."""

    item_id: Optional[str] = None
    type: str = "conversation.item.retrieve"
    event_id: Optional[str] = None


@model
class ConversationItemTruncateEvent(BaseModel):
    """Client event: cut an assistant audio message at the point played."""

    audio_end_ms: Optional[int] = None
    content_index: Optional[int] = None
    item_id: Optional[str] = None
    type: str = "conversation.item.truncate"
    event_id: Optional[str] = None


@model
class ConversationItemDeleteEvent(BaseModel):
    """Client event: remove an item from the conversation."""

    item_id: Optional[str] = None
    type: str = "conversation.item.delete"
    event_id: Optional[str] = None


@model
class ResponseCreateEvent(BaseModel):
    """Client event: ask the model for a response."""

    type: str = "response.create"
    event_id: Optional[str] = None
    response: Optional[RealtimeResponseCreateParams] = None


@model
class ResponseCancelEvent(BaseModel):
    """Client event: cancel a response in progress."""

    type: str = "response.cancel"
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


# -- server events: errors, session, conversation ----------------------------------------------------


@model
class RealtimeError(BaseModel):
    """What went wrong, and which client event caused it."""

    message: Optional[str] = None
    type: Optional[str] = None
    code: Optional[str] = None
    event_id: Optional[str] = None
    param: Optional[str] = None


@model
class RealtimeErrorEvent(BaseModel):
    """Server event: an error occurred; the session stays open."""

    error: Optional[RealtimeError] = None
    event_id: Optional[str] = None
    type: str = "error"


# The session: realtime or transcription, by ``type``.
SessionCreatedEventSession = Union[RealtimeSessionCreateRequest, RealtimeTranscriptionSessionCreateRequest]


@model
class SessionCreatedEvent(BaseModel):
    """Server event: the session exists (the first event of a connection)."""

    event_id: Optional[str] = None
    session: Optional[SessionCreatedEventSession] = None
    type: str = "session.created"


# The session: realtime or transcription, by ``type``.
SessionUpdatedEventSession = Union[RealtimeSessionCreateRequest, RealtimeTranscriptionSessionCreateRequest]


@model
class SessionUpdatedEvent(BaseModel):
    """Server event: the session's settings changed."""

    event_id: Optional[str] = None
    session: Optional[SessionUpdatedEventSession] = None
    type: str = "session.updated"


@model
class Conversation(BaseModel):
    """The conversation a session holds."""

    id: Optional[str] = None
    object: Optional[str] = None


@model
class ConversationCreatedEvent(BaseModel):
    """Server event: the conversation was created."""

    conversation: Optional[Conversation] = None
    event_id: Optional[str] = None
    type: str = "conversation.created"


@model
class ConversationItemCreatedEvent(BaseModel):
    """Server event: an item was added to the conversation."""

    event_id: Optional[str] = None
    item: Optional[ConversationItem] = None
    type: str = "conversation.item.created"
    previous_item_id: Optional[str] = None


@model
class ConversationItemAdded(BaseModel):
    """Server event: an item was added to the conversation (it may still be filling)."""

    event_id: Optional[str] = None
    item: Optional[ConversationItem] = None
    type: str = "conversation.item.added"
    previous_item_id: Optional[str] = None


@model
class ConversationItemDone(BaseModel):
    """Server event: an item is complete."""

    event_id: Optional[str] = None
    item: Optional[ConversationItem] = None
    type: str = "conversation.item.done"
    previous_item_id: Optional[str] = None


@model
class ConversationItemRetrieved(BaseModel):
    """Server event: the item you asked for."""

    event_id: Optional[str] = None
    item: Optional[ConversationItem] = None
    type: str = "conversation.item.retrieved"


@model
class ConversationItemTruncatedEvent(BaseModel):
    """Server event: an assistant audio message was truncated."""

    audio_end_ms: Optional[int] = None
    content_index: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    type: str = "conversation.item.truncated"


@model
class ConversationItemDeletedEvent(BaseModel):
    """Server event: an item was deleted."""

    event_id: Optional[str] = None
    item_id: Optional[str] = None
    type: str = "conversation.item.deleted"


@model
class UsageTranscriptTextUsageTokensInputTokenDetails(BaseModel):
    """Transcription input tokens by kind."""

    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


@model
class UsageTranscriptTextUsageTokens(BaseModel):
    """Transcription usage billed by tokens."""

    input_tokens: Optional[int] = None
    output_tokens: Optional[int] = None
    total_tokens: Optional[int] = None
    type: str = "tokens"
    input_token_details: Optional[UsageTranscriptTextUsageTokensInputTokenDetails] = None


@model
class UsageTranscriptTextUsageDuration(BaseModel):
    """Transcription usage billed by audio duration."""

    seconds: Optional[float] = None
    type: str = "duration"


# Transcription usage, billed by tokens or by duration.
Usage = Union[UsageTranscriptTextUsageTokens, UsageTranscriptTextUsageDuration]


@model
class ConversationItemInputAudioTranscriptionCompletedEvent(BaseModel):
    """Server event: the transcript of a user's audio is ready."""

    content_index: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    transcript: Optional[str] = None
    type: str = "conversation.item.input_audio_transcription.completed"
    usage: Optional[Usage] = None
    logprobs: Optional[List[LogProbProperties]] = None


@model
class ConversationItemInputAudioTranscriptionDeltaEvent(BaseModel):
    """Server event: more of the transcript of a user's audio."""

    event_id: Optional[str] = None
    item_id: Optional[str] = None
    type: str = "conversation.item.input_audio_transcription.delta"
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

    content_index: Optional[int] = None
    error: Optional[ConversationItemInputAudioTranscriptionFailedEventError] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    type: str = "conversation.item.input_audio_transcription.failed"


@model
class ConversationItemInputAudioTranscriptionSegment(BaseModel):
    """Server event: one transcribed segment (with its speaker, when diarizing)."""

    id: Optional[str] = None
    content_index: Optional[int] = None
    end: Optional[float] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    speaker: Optional[str] = None
    start: Optional[float] = None
    text: Optional[str] = None
    type: str = "conversation.item.input_audio_transcription.segment"


# -- server events: audio buffers --------------------------------------------------------------------


@model
class InputAudioBufferCommittedEvent(BaseModel):
    """Server event: the input buffer became a user message."""

    event_id: Optional[str] = None
    item_id: Optional[str] = None
    type: str = "input_audio_buffer.committed"
    previous_item_id: Optional[str] = None


@model
class InputAudioBufferClearedEvent(BaseModel):
    """Server event: the input buffer was emptied."""

    event_id: Optional[str] = None
    type: str = "input_audio_buffer.cleared"


@model
class InputAudioBufferSpeechStartedEvent(BaseModel):
    """Server event: turn detection heard speech start."""

    audio_start_ms: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    type: str = "input_audio_buffer.speech_started"


@model
class InputAudioBufferSpeechStoppedEvent(BaseModel):
    """Server event: turn detection heard speech stop."""

    audio_end_ms: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    type: str = "input_audio_buffer.speech_stopped"


@model
class InputAudioBufferTimeoutTriggered(BaseModel):
    """Server event: no speech came within the idle timeout."""

    audio_end_ms: Optional[int] = None
    audio_start_ms: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    type: str = "input_audio_buffer.timeout_triggered"


@model
class OutputAudioBufferStarted(BaseModel):
    """Server event: the server began playing response audio (WebRTC/SIP)."""

    event_id: Optional[str] = None
    response_id: Optional[str] = None
    type: str = "output_audio_buffer.started"


@model
class OutputAudioBufferStopped(BaseModel):
    """Server event: all response audio was played (WebRTC/SIP)."""

    event_id: Optional[str] = None
    response_id: Optional[str] = None
    type: str = "output_audio_buffer.stopped"


@model
class OutputAudioBufferCleared(BaseModel):
    """Server event: the output audio buffer was emptied (WebRTC/SIP)."""

    event_id: Optional[str] = None
    response_id: Optional[str] = None
    type: str = "output_audio_buffer.cleared"


# -- server events: responses, tools, rate limits ----------------------------------------------------


@model
class ResponseCreatedEvent(BaseModel):
    """Server event: a response started."""

    event_id: Optional[str] = None
    response: Optional[RealtimeResponse] = None
    type: str = "response.created"


@model
class ResponseDoneEvent(BaseModel):
    """Server event: a response finished, whatever its final status."""

    event_id: Optional[str] = None
    response: Optional[RealtimeResponse] = None
    type: str = "response.done"


@model
class ResponseOutputItemAddedEvent(BaseModel):
    """Server event: a response added an output item."""

    event_id: Optional[str] = None
    item: Optional[ConversationItem] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    type: str = "response.output_item.added"


@model
class ResponseOutputItemDoneEvent(BaseModel):
    """Server event: an output item is complete."""

    event_id: Optional[str] = None
    item: Optional[ConversationItem] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    type: str = "response.output_item.done"


@model
class ResponseContentPartAddedEventPart(BaseModel):
    """The content part that was added."""

    audio: Optional[str] = None
    text: Optional[str] = None
    transcript: Optional[str] = None
    type: Optional[str] = None


@model
class ResponseContentPartAddedEvent(BaseModel):
    """Server event: an output item got a new content part."""

    content_index: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    part: Optional[ResponseContentPartAddedEventPart] = None
    response_id: Optional[str] = None
    type: str = "response.content_part.added"


@model
class ResponseContentPartDoneEventPart(BaseModel):
    """The content part that is complete."""

    audio: Optional[str] = None
    text: Optional[str] = None
    transcript: Optional[str] = None
    type: Optional[str] = None


@model
class ResponseContentPartDoneEvent(BaseModel):
    """Server event: a content part is complete."""

    content_index: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    part: Optional[ResponseContentPartDoneEventPart] = None
    response_id: Optional[str] = None
    type: str = "response.content_part.done"


@model
class ResponseTextDeltaEvent(BaseModel):
    """Server event: more output text."""

    content_index: Optional[int] = None
    delta: Optional[str] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    type: str = "response.output_text.delta"


@model
class ResponseTextDoneEvent(BaseModel):
    """Server event: the output text is complete."""

    content_index: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    text: Optional[str] = None
    type: str = "response.output_text.done"


@model
class ResponseAudioTranscriptDeltaEvent(BaseModel):
    """Server event: more of the transcript of the output audio."""

    content_index: Optional[int] = None
    delta: Optional[str] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    type: str = "response.output_audio_transcript.delta"


@model
class ResponseAudioTranscriptDoneEvent(BaseModel):
    """Server event: the transcript of the output audio is complete."""

    content_index: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    transcript: Optional[str] = None
    type: str = "response.output_audio_transcript.done"


@model
class ResponseAudioDeltaEvent(BaseModel):
    """Server event: more base64 output audio."""

    content_index: Optional[int] = None
    delta: Optional[str] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    type: str = "response.output_audio.delta"


@model
class ResponseAudioDoneEvent(BaseModel):
    """Server event: the output audio is complete."""

    content_index: Optional[int] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    type: str = "response.output_audio.done"


@model
class ResponseFunctionCallArgumentsDeltaEvent(BaseModel):
    """Server event: more of a function call's arguments."""

    call_id: Optional[str] = None
    delta: Optional[str] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    type: str = "response.function_call_arguments.delta"


@model
class ResponseFunctionCallArgumentsDoneEvent(BaseModel):
    """Server event: a function call's arguments are complete."""

    arguments: Optional[str] = None
    call_id: Optional[str] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    type: str = "response.function_call_arguments.done"


@model
class ResponseMcpCallArgumentsDelta(BaseModel):
    """Server event: more of an MCP call's arguments."""

    delta: Optional[str] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    type: str = "response.mcp_call_arguments.delta"
    obfuscation: Optional[str] = None


@model
class ResponseMcpCallArgumentsDone(BaseModel):
    """Server event: an MCP call's arguments are complete."""

    arguments: Optional[str] = None
    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    response_id: Optional[str] = None
    type: str = "response.mcp_call_arguments.done"


@model
class ResponseMcpCallInProgress(BaseModel):
    """Server event: an MCP call started."""

    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    type: str = "response.mcp_call.in_progress"


@model
class ResponseMcpCallCompleted(BaseModel):
    """Server event: an MCP call succeeded."""

    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    type: str = "response.mcp_call.completed"


@model
class ResponseMcpCallFailed(BaseModel):
    """Server event: an MCP call failed."""

    event_id: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    type: str = "response.mcp_call.failed"


@model
class McpListToolsInProgress(BaseModel):
    """Server event: listing an MCP server's tools started."""

    event_id: Optional[str] = None
    item_id: Optional[str] = None
    type: str = "mcp_list_tools.in_progress"


@model
class McpListToolsCompleted(BaseModel):
    """Server event: an MCP server's tools were listed."""

    event_id: Optional[str] = None
    item_id: Optional[str] = None
    type: str = "mcp_list_tools.completed"


@model
class McpListToolsFailed(BaseModel):
    """Server event: listing an MCP server's tools failed."""

    event_id: Optional[str] = None
    item_id: Optional[str] = None
    type: str = "mcp_list_tools.failed"


@model
class RateLimit(BaseModel):
    """One rate limit: its size, what remains and when it resets."""

    limit: Optional[int] = None
    name: Optional[str] = None
    remaining: Optional[int] = None
    reset_seconds: Optional[float] = None


@model
class RateLimitsUpdatedEvent(BaseModel):
    """Server event: the current rate limits, after a response was created."""

    event_id: Optional[str] = None
    rate_limits: Optional[List[RateLimit]] = None
    type: str = "rate_limits.updated"


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


# -- telling the conversation items apart --------------------------------------------------------
#
# The three message classes share the tag "message" and differ by ``role``; every other item is
# told apart by ``type`` as usual. This hook is registered for any union that holds the messages
# (``ConversationItem``, and ``Optional[ConversationItem]``, which typing flattens into one union).

_MESSAGES = {
    "system": RealtimeConversationItemSystemMessage,
    "user": RealtimeConversationItemUserMessage,
    "assistant": RealtimeConversationItemAssistantMessage,
}


def _is_item_union(t: Any) -> bool:
    return typing.get_origin(t) is Union and RealtimeConversationItemUserMessage in typing.get_args(t)


def _item_union_hook(t: Any):
    from .._converter import converter

    by_role = {role: converter.get_structure_hook(cls) for role, cls in _MESSAGES.items()}
    others = tuple(a for a in typing.get_args(t) if a is not type(None) and a not in _MESSAGES.values())
    rest = converter.get_structure_hook(Union[others])  # the other items, by their ``type``

    def structure_item(data: Any, _: Any) -> Any:
        if isinstance(data, dict) and data.get("type") == "message":
            return by_role.get(data.get("role"), by_role["assistant"])(data, None)
        return None if data is None else rest(data, None)

    return structure_item


def _register() -> None:
    from .._converter import converter

    converter.register_structure_hook_factory(_is_item_union, _item_union_hook)


_register()
