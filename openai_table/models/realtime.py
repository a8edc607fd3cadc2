"""The Realtime API's objects: sessions, client secrets, conversation items and responses.

``realtime.client_secrets.create`` returns a ``ClientSecretCreateResponse`` whose session is a
``RealtimeSessionCreateResponse`` or a ``RealtimeTranscriptionSessionCreateResponse`` (told apart
by ``type``); the same shapes travel inside the websocket events of ``realtime_events``.
Conversation items are one union, ``ConversationItem``: messages by ``role``, everything else by
``type``, an unknown ``type`` kept as an ``UnknownModel``. Request-side dicts live in
``realtime_params``.
"""

from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Union

from ._base import BaseModel, model
from .responses import ResponsePrompt, ToolChoiceFunction, ToolChoiceMcp, ToolChoiceOptions
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
    # errors
    "RealtimeError",
]


# -- audio: formats, transcription, turn detection -------------------------------------------------


@model
class AudioPCM(BaseModel):
    """Raw 16-bit PCM audio (24 kHz, mono, little-endian)."""

    rate: Optional[int] = None
    type: Literal["audio/pcm"] = "audio/pcm"


@model
class AudioPCMU(BaseModel):
    """G.711 mu-law audio."""

    type: Literal["audio/pcmu"] = "audio/pcmu"


@model
class AudioPCMA(BaseModel):
    """G.711 A-law audio."""

    type: Literal["audio/pcma"] = "audio/pcma"


# An audio format, told apart by its ``type`` (audio/pcm, audio/pcmu, audio/pcma).
RealtimeAudioFormats = Union[AudioPCM, AudioPCMU, AudioPCMA]


# near_field for close microphones (headsets), far_field for laptop or room mics.
NoiseReductionType = Literal["near_field", "far_field"]


@model
class AudioTranscription(BaseModel):
    """How input audio gets transcribed: model, language hint and prompt."""

    language: Optional[str] = None
    model: Optional[Literal["whisper-1", "gpt-4o-mini-transcribe", "gpt-4o-transcribe", "gpt-4o-transcribe-diarize"]] = None
    prompt: Optional[str] = None


@model
class LogProbProperties(BaseModel):
    """One transcribed token with its log probability."""

    token: str = None
    bytes: List[int] = None
    logprob: float = None


@model
class RealtimeAudioInputTurnDetectionServerVad(BaseModel):
    """Turn detection by silence: the server decides a turn ended after a pause."""

    type: Literal["server_vad"] = "server_vad"
    create_response: Optional[bool] = None
    idle_timeout_ms: Optional[int] = None
    interrupt_response: Optional[bool] = None
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None
    threshold: Optional[float] = None


@model
class RealtimeAudioInputTurnDetectionSemanticVad(BaseModel):
    """Turn detection by meaning: a model decides whether the user has finished."""

    type: Literal["semantic_vad"] = "semantic_vad"
    create_response: Optional[bool] = None
    eagerness: Optional[Literal["low", "medium", "high", "auto"]] = None
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

    type: Optional[Literal["near_field", "far_field"]] = None


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


# -- conversation items ----------------------------------------------------------------------------


@model
class RealtimeConversationItemSystemMessageContent(BaseModel):
    """A text part of a system message."""

    text: Optional[str] = None
    type: Optional[Literal["input_text"]] = None


@model
class RealtimeConversationItemSystemMessage(BaseModel):
    """A system message in the conversation."""

    content: List[RealtimeConversationItemSystemMessageContent] = None
    role: Literal["system"] = None  # "system"
    type: Literal["message"] = "message"
    id: Optional[str] = None
    object: Optional[Literal["realtime.item"]] = None
    status: Optional[Literal["completed", "incomplete", "in_progress"]] = None

    @classmethod
    def __accepts__(cls, data: Dict[str, Any]) -> bool:
        # The three messages share the tag "message"; the role tells them apart.
        return data.get("role") == "system"


@model
class RealtimeConversationItemUserMessageContent(BaseModel):
    """A part of a user message: text, audio or an image."""

    audio: Optional[str] = None
    detail: Optional[Literal["auto", "low", "high"]] = None
    image_url: Optional[str] = None
    text: Optional[str] = None
    transcript: Optional[str] = None
    type: Optional[Literal["input_text", "input_audio", "input_image"]] = None


@model
class RealtimeConversationItemUserMessage(BaseModel):
    """A message from the user: text, audio or images."""

    content: List[RealtimeConversationItemUserMessageContent] = None
    role: Literal["user"] = None  # "user"
    type: Literal["message"] = "message"
    id: Optional[str] = None
    object: Optional[Literal["realtime.item"]] = None
    status: Optional[Literal["completed", "incomplete", "in_progress"]] = None

    @classmethod
    def __accepts__(cls, data: Dict[str, Any]) -> bool:
        # The three messages share the tag "message"; the role tells them apart.
        return data.get("role") == "user"


@model
class RealtimeConversationItemAssistantMessageContent(BaseModel):
    """A part of an assistant message: text or audio (with its transcript)."""

    audio: Optional[str] = None
    text: Optional[str] = None
    transcript: Optional[str] = None
    type: Optional[Literal["output_text", "output_audio"]] = None


@model
class RealtimeConversationItemAssistantMessage(BaseModel):
    """A message the model produced."""

    content: List[RealtimeConversationItemAssistantMessageContent] = None
    role: Literal["assistant"] = None  # "assistant"
    type: Literal["message"] = "message"
    id: Optional[str] = None
    object: Optional[Literal["realtime.item"]] = None
    status: Optional[Literal["completed", "incomplete", "in_progress"]] = None

    @classmethod
    def __accepts__(cls, data: Dict[str, Any]) -> bool:
        # The three messages share the tag "message"; the role tells them apart.
        return data.get("role") == "assistant"


@model
class RealtimeConversationItemFunctionCall(BaseModel):
    """A function call the model made, with its JSON arguments."""

    arguments: str = None
    name: str = None
    type: Literal["function_call"] = "function_call"
    id: Optional[str] = None
    call_id: Optional[str] = None
    object: Optional[Literal["realtime.item"]] = None
    status: Optional[Literal["completed", "incomplete", "in_progress"]] = None


@model
class RealtimeConversationItemFunctionCallOutput(BaseModel):
    """The result you send back for a function call."""

    call_id: str = None
    output: str = None
    type: Literal["function_call_output"] = "function_call_output"
    id: Optional[str] = None
    object: Optional[Literal["realtime.item"]] = None
    status: Optional[Literal["completed", "incomplete", "in_progress"]] = None


@model
class RealtimeMcpApprovalRequest(BaseModel):
    """The model asks for approval before it calls an MCP tool."""

    id: str = None
    arguments: str = None
    name: str = None
    server_label: str = None
    type: Literal["mcp_approval_request"] = "mcp_approval_request"


@model
class RealtimeMcpApprovalResponse(BaseModel):
    """Your answer to an MCP approval request."""

    id: str = None
    approval_request_id: str = None
    approve: bool = None
    type: Literal["mcp_approval_response"] = "mcp_approval_response"
    reason: Optional[str] = None


@model
class RealtimeMcpListToolsTool(BaseModel):
    """One tool an MCP server offers."""

    input_schema: Any = None
    name: str = None
    annotations: Optional[Any] = None
    description: Optional[str] = None


@model
class RealtimeMcpListTools(BaseModel):
    """The tools an MCP server listed."""

    server_label: str = None
    tools: List[RealtimeMcpListToolsTool] = None
    type: Literal["mcp_list_tools"] = "mcp_list_tools"
    id: Optional[str] = None


@model
class RealtimeMcpProtocolError(BaseModel):
    """An MCP call failed at the protocol level."""

    code: int = None
    message: str = None
    type: Literal["protocol_error"] = "protocol_error"


@model
class RealtimeMcpToolExecutionError(BaseModel):
    """An MCP tool ran and failed."""

    message: str = None
    type: Literal["tool_execution_error"] = "tool_execution_error"


@model
class RealtimeMcphttpError(BaseModel):
    """An MCP call failed with an HTTP error."""

    code: int = None
    message: str = None
    type: Literal["http_error"] = "http_error"


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

    id: str = None
    arguments: str = None
    name: str = None
    server_label: str = None
    type: Literal["mcp_call"] = "mcp_call"
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


# -- tools, tool choice, tracing, truncation -------------------------------------------------------


@model
class RealtimeFunctionTool(BaseModel):
    """A function the model may call in a realtime session."""

    description: Optional[str] = None
    name: Optional[str] = None
    parameters: Optional[Any] = None
    type: Optional[Literal["function"]] = None


@model
class McpAllowedToolsMcpToolFilter(BaseModel):
    """Which of an MCP server's tools the model may use."""

    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


# Tool names, or a filter.
McpAllowedTools = Union[List[str], McpAllowedToolsMcpToolFilter, None]


@model
class McpRequireApprovalMcpToolApprovalFilter(BaseModel):
    """Per-tool approval rules for an MCP server."""

    always: Optional[McpAllowedToolsMcpToolFilter] = None
    never: Optional[McpAllowedToolsMcpToolFilter] = None


# A per-tool filter, or always/never for every tool.
McpRequireApproval = Union[McpRequireApprovalMcpToolApprovalFilter, Literal["always", "never"], None]


@model
class Mcp(BaseModel):
    """An MCP server (or connector) whose tools the model may use."""

    server_label: str = None
    type: Literal["mcp"] = "mcp"
    allowed_tools: Optional[McpAllowedTools] = None
    authorization: Optional[str] = None
    connector_id: Optional[Literal["connector_dropbox", "connector_gmail", "connector_googlecalendar", "connector_googledrive", "connector_microsoftteams", "connector_outlookcalendar", "connector_outlookemail", "connector_sharepoint"]] = None
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

    retention_ratio: float = None
    type: Literal["retention_ratio"] = "retention_ratio"
    token_limits: Optional[TokenLimits] = None


# auto, disabled, or a retention ratio.
RealtimeTruncation = Union[Literal["auto", "disabled"], RealtimeTruncationRetentionRatio]


# -- realtime sessions -----------------------------------------------------------------------------


@model
class RealtimeSessionCreateRequest(BaseModel):
    """A realtime (speech-to-speech) session configuration."""

    type: Literal["realtime"] = "realtime"
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

    expires_at: int = None
    value: str = None


# Turn detection by silence or by meaning, as the session reports it.


# A session's tool choice.


# Tool names, or a filter.


# A per-tool filter, or always/never for every tool.


# A tool of a created session: a function or an MCP server.


# 'auto' or explicit tracing settings, as the session reports them.


@model
class RealtimeSessionCreateResponse(BaseModel):
    """A realtime session as created: its settings and a client secret."""

    client_secret: RealtimeSessionClientSecret = None
    type: Literal["realtime"] = "realtime"
    audio: Optional[RealtimeAudioConfig] = None
    include: Optional[List[str]] = None
    instructions: Optional[str] = None
    max_output_tokens: Optional[Union[int, str]] = None
    model: Optional[str] = None
    output_modalities: Optional[List[str]] = None
    prompt: Optional[ResponsePrompt] = None
    tool_choice: Optional[RealtimeToolChoiceConfig] = None
    tools: Optional[List[RealtimeToolsConfigUnion]] = None
    tracing: Optional[RealtimeTracingConfig] = None
    truncation: Optional[RealtimeTruncation] = None


# -- transcription sessions ------------------------------------------------------------------------


# Turn detection by silence or by meaning; None turns it off.


@model
class RealtimeTranscriptionSessionAudio(BaseModel):
    """The audio settings of a transcription session."""

    input: Optional[RealtimeAudioConfigInput] = None


@model
class RealtimeTranscriptionSessionCreateRequest(BaseModel):
    """A transcription-only session configuration (no model responses)."""

    type: Literal["transcription"] = "transcription"
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
class RealtimeTranscriptionSessionCreateResponseAudioInput(BaseModel):
    """A transcription session's input audio settings, as reported back."""

    format: Optional[RealtimeAudioFormats] = None
    noise_reduction: Optional[RealtimeAudioConfigInputNoiseReduction] = None
    transcription: Optional[AudioTranscription] = None
    turn_detection: Optional[RealtimeTranscriptionSessionTurnDetection] = None


@model
class RealtimeTranscriptionSessionCreateResponseAudio(BaseModel):
    """A transcription session's audio settings, as reported back."""

    input: Optional[RealtimeTranscriptionSessionCreateResponseAudioInput] = None


@model
class RealtimeTranscriptionSessionCreateResponse(BaseModel):
    """A transcription session as created."""

    id: str = None
    object: str = None
    type: Literal["transcription"] = "transcription"
    audio: Optional[RealtimeTranscriptionSessionCreateResponseAudio] = None
    expires_at: Optional[int] = None
    include: Optional[List[str]] = None


# -- client secrets (realtime.client_secrets.create) -----------------------------------------------


# The session a client secret is for: realtime or transcription, by ``type``.
ClientSecretCreateResponseSession = Union[
    RealtimeSessionCreateResponse,
    RealtimeTranscriptionSessionCreateResponse,
]


@model
class ClientSecretCreateResponse(BaseModel):
    """An ephemeral client secret and the session it is bound to."""

    expires_at: int = None
    session: ClientSecretCreateResponseSession = None
    value: str = None


# -- responses -------------------------------------------------------------------------------------


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
    reason: Optional[Literal["turn_detected", "client_cancelled", "max_output_tokens", "content_filter"]] = None
    type: Optional[Literal["completed", "cancelled", "incomplete", "failed"]] = None


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
    object: Optional[Literal["realtime.response"]] = None
    output: Optional[List[ConversationItem]] = None
    output_modalities: Optional[List[str]] = None
    status: Optional[Literal["completed", "cancelled", "failed", "incomplete", "in_progress"]] = None
    status_details: Optional[RealtimeResponseStatus] = None
    usage: Optional[RealtimeResponseUsage] = None


# Tool names, or a filter.


# A per-tool filter, or always/never for every tool.


# A tool of one response: a function or an MCP server.


# The tool choice of one response.


@model
class RealtimeResponseCreateParams(BaseModel):
    """Settings of one response you ask for, overriding the session's."""

    audio: Optional[RealtimeResponseAudio] = None
    conversation: Optional[str] = None
    input: Optional[List[ConversationItem]] = None
    instructions: Optional[str] = None
    max_output_tokens: Optional[Union[int, str]] = None
    metadata: Optional[Metadata] = None
    output_modalities: Optional[List[str]] = None
    prompt: Optional[ResponsePrompt] = None
    tool_choice: Optional[RealtimeToolChoiceConfig] = None
    tools: Optional[List[RealtimeToolsConfigUnion]] = None


# -- errors ----------------------------------------------------------------------------------------


@model
class RealtimeError(BaseModel):
    """What went wrong, and which client event caused it."""

    message: str = None
    type: str = None
    code: Optional[str] = None
    event_id: Optional[str] = None
    param: Optional[str] = None


# -- the official names, one per method or container, for the shapes above -------------------------


McpRequireApprovalMcpToolApprovalFilterAlways = McpAllowedToolsMcpToolFilter
McpRequireApprovalMcpToolApprovalFilterNever = McpAllowedToolsMcpToolFilter
RealtimeSessionCreateResponseAudioInputNoiseReduction = RealtimeAudioConfigInputNoiseReduction
AudioInputTurnDetectionServerVad = RealtimeAudioInputTurnDetectionServerVad
AudioInputTurnDetectionSemanticVad = RealtimeAudioInputTurnDetectionSemanticVad
AudioInputTurnDetection = RealtimeAudioInputTurnDetection
RealtimeSessionCreateResponseAudioInput = RealtimeAudioConfigInput
RealtimeSessionCreateResponseAudioOutput = RealtimeAudioConfigOutput
RealtimeSessionCreateResponseAudio = RealtimeAudioConfig
ToolChoice = RealtimeToolChoiceConfig
ToolMcpToolAllowedToolsMcpToolFilter = McpAllowedToolsMcpToolFilter
ToolMcpToolAllowedTools = McpAllowedTools
ToolMcpToolRequireApprovalMcpToolApprovalFilterAlways = McpAllowedToolsMcpToolFilter
ToolMcpToolRequireApprovalMcpToolApprovalFilterNever = McpAllowedToolsMcpToolFilter
ToolMcpToolRequireApprovalMcpToolApprovalFilter = McpRequireApprovalMcpToolApprovalFilter
ToolMcpToolRequireApproval = McpRequireApproval
ToolMcpTool = Mcp
RealtimeSessionCreateResponseTool = RealtimeToolsConfigUnion
TracingTracingConfiguration = TracingConfiguration
Tracing = RealtimeTracingConfig
RealtimeTranscriptionSessionAudioInputNoiseReduction = RealtimeAudioConfigInputNoiseReduction
RealtimeTranscriptionSessionAudioInputTurnDetectionServerVad = RealtimeAudioInputTurnDetectionServerVad
RealtimeTranscriptionSessionAudioInputTurnDetectionSemanticVad = RealtimeAudioInputTurnDetectionSemanticVad
RealtimeTranscriptionSessionAudioInputTurnDetection = RealtimeAudioInputTurnDetection
RealtimeTranscriptionSessionAudioInput = RealtimeAudioConfigInput
RealtimeTranscriptionSessionCreateResponseAudioInputNoiseReduction = RealtimeAudioConfigInputNoiseReduction
Output = RealtimeResponseAudioOutput
RealtimeResponseCreateAudioOutput = RealtimeResponseAudio
AllowedToolsMcpToolFilter = McpAllowedToolsMcpToolFilter
AllowedTools = McpAllowedTools
RequireApprovalMcpToolApprovalFilterAlways = McpAllowedToolsMcpToolFilter
RequireApprovalMcpToolApprovalFilterNever = McpAllowedToolsMcpToolFilter
RequireApprovalMcpToolApprovalFilter = McpRequireApprovalMcpToolApprovalFilter
RequireApproval = McpRequireApproval
RealtimeResponseCreateMcpTool = Mcp
RealtimeResponseCreateParamsTool = RealtimeToolsConfigUnion
RealtimeResponseCreateParamsToolChoice = RealtimeToolChoiceConfig
