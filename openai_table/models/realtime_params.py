"""Request-side shapes of the Realtime API, as plain dicts (``TypedDict``).

Session settings for ``realtime.client_secrets.create`` and ``realtime.calls.create/accept``,
conversation items, tools and the method arguments; the client events are in
``realtime_events_params``. Build them by keyword or write the dict literal; the client sends
the dict unchanged. Nested shapes that several
official modules name alike (``Mcp``, ``ServerVad``, ...) carry their module's prefix here;
``openai_table.types.realtime.*`` re-exports them under the official names.
"""

from __future__ import annotations

from typing import Dict, Iterable, List, Literal, Optional, Required, Sequence, TypedDict, Union

from .responses_params import ResponsePromptParam, ToolChoiceFunctionParam, ToolChoiceMcpParam, ToolChoiceOptions

from .realtime import NoiseReductionType
from .shared import Metadata

__all__ = [
    # audio: formats, transcription, turn detection
    "AudioPCM",
    "AudioPCMU",
    "AudioPCMA",
    "RealtimeAudioFormatsParam",
    "AudioTranscriptionParam",
    "RealtimeAudioInputTurnDetectionParamServerVad",
    "RealtimeAudioInputTurnDetectionParamSemanticVad",
    "RealtimeAudioInputTurnDetectionParam",
    "RealtimeAudioConfigInputParamNoiseReduction",
    "RealtimeAudioConfigInputParam",
    "RealtimeAudioConfigOutputParam",
    "RealtimeAudioConfigParam",
    # conversation items
    "RealtimeConversationItemSystemMessageParamContent",
    "RealtimeConversationItemSystemMessageParam",
    "RealtimeConversationItemUserMessageParamContent",
    "RealtimeConversationItemUserMessageParam",
    "RealtimeConversationItemAssistantMessageParamContent",
    "RealtimeConversationItemAssistantMessageParam",
    "RealtimeConversationItemFunctionCallParam",
    "RealtimeConversationItemFunctionCallOutputParam",
    "RealtimeMcpApprovalRequestParam",
    "RealtimeMcpApprovalResponseParam",
    "RealtimeMcpListToolsParamTool",
    "RealtimeMcpListToolsParam",
    "RealtimeMcpProtocolErrorParam",
    "RealtimeMcpToolExecutionErrorParam",
    "RealtimeMcphttpErrorParam",
    "Error",
    "RealtimeMcpToolCallParam",
    "ConversationItemParam",
    # tools, tool choice, tracing, truncation
    "RealtimeFunctionToolParam",
    "RealtimeToolsConfigUnionParamMcpAllowedToolsMcpToolFilter",
    "RealtimeToolsConfigUnionParamMcpAllowedTools",
    "RealtimeToolsConfigUnionParamMcpRequireApprovalMcpToolApprovalFilterAlways",
    "RealtimeToolsConfigUnionParamMcpRequireApprovalMcpToolApprovalFilterNever",
    "RealtimeToolsConfigUnionParamMcpRequireApprovalMcpToolApprovalFilter",
    "RealtimeToolsConfigUnionParamMcpRequireApproval",
    "RealtimeToolsConfigUnionParamMcp",
    "RealtimeToolsConfigUnionParam",
    "RealtimeToolsConfigParamMcpAllowedToolsMcpToolFilter",
    "RealtimeToolsConfigParamMcpAllowedTools",
    "RealtimeToolsConfigParamMcpRequireApprovalMcpToolApprovalFilterAlways",
    "RealtimeToolsConfigParamMcpRequireApprovalMcpToolApprovalFilterNever",
    "RealtimeToolsConfigParamMcpRequireApprovalMcpToolApprovalFilter",
    "RealtimeToolsConfigParamMcpRequireApproval",
    "RealtimeToolsConfigParamMcp",
    "RealtimeToolsConfigParamRealtimeToolsConfigUnionParam",
    "RealtimeToolsConfigParam",
    "RealtimeToolChoiceConfigParam",
    "TracingConfiguration",
    "RealtimeTracingConfigParam",
    "TokenLimits",
    "RealtimeTruncationRetentionRatioParam",
    "RealtimeTruncationParam",
    # sessions
    "RealtimeSessionCreateRequestParam",
    "RealtimeTranscriptionSessionAudioInputParamNoiseReduction",
    "RealtimeTranscriptionSessionAudioInputTurnDetectionParamServerVad",
    "RealtimeTranscriptionSessionAudioInputTurnDetectionParamSemanticVad",
    "RealtimeTranscriptionSessionAudioInputTurnDetectionParam",
    "RealtimeTranscriptionSessionAudioInputParam",
    "RealtimeTranscriptionSessionAudioParam",
    "RealtimeTranscriptionSessionCreateRequestParam",
    # responses
    "Output",
    "RealtimeResponseCreateAudioOutputParam",
    "AllowedToolsMcpToolFilter",
    "AllowedTools",
    "RequireApprovalMcpToolApprovalFilterAlways",
    "RequireApprovalMcpToolApprovalFilterNever",
    "RequireApprovalMcpToolApprovalFilter",
    "RequireApproval",
    "RealtimeResponseCreateMcpToolParam",
    "RealtimeResponseCreateParamsParamTool",
    "RealtimeResponseCreateParamsParamToolChoice",
    "RealtimeResponseCreateParamsParam",
    # method arguments (client_secrets, calls, connect)
    "ExpiresAfter",
    "ClientSecretCreateParamsSession",
    "ClientSecretCreateParams",
    "CallCreateParams",
    "CallAcceptParams",
    "CallReferParams",
    "CallRejectParams",
    "RealtimeConnectParams",
]


# -- audio: formats, transcription, turn detection -------------------------------------------------


class AudioPCM(TypedDict, total=False):
    """Raw 16-bit PCM audio at 24 kHz."""

    rate: Literal[24000]
    type: Literal["audio/pcm"]


class AudioPCMU(TypedDict, total=False):
    """G.711 mu-law audio."""

    type: Literal["audio/pcmu"]


class AudioPCMA(TypedDict, total=False):
    """G.711 A-law audio."""

    type: Literal["audio/pcma"]


# An audio format, by ``type``.
RealtimeAudioFormatsParam = Union[AudioPCM, AudioPCMU, AudioPCMA]


class AudioTranscriptionParam(TypedDict, total=False):
    """How to transcribe input audio: model, language hint and prompt."""

    language: str
    model: Literal["whisper-1", "gpt-4o-mini-transcribe", "gpt-4o-transcribe", "gpt-4o-transcribe-diarize"]
    prompt: str


class RealtimeAudioInputTurnDetectionParamServerVad(TypedDict, total=False):
    """Detect turns by silence."""

    type: Required[Literal["server_vad"]]
    create_response: bool
    idle_timeout_ms: Optional[int]
    interrupt_response: bool
    prefix_padding_ms: int
    silence_duration_ms: int
    threshold: float


class RealtimeAudioInputTurnDetectionParamSemanticVad(TypedDict, total=False):
    """Detect turns by what the user said."""

    type: Required[Literal["semantic_vad"]]
    create_response: bool
    eagerness: Literal["low", "medium", "high", "auto"]
    interrupt_response: bool


# Turn detection by silence or by meaning.
RealtimeAudioInputTurnDetectionParam = Union[
    RealtimeAudioInputTurnDetectionParamServerVad,
    RealtimeAudioInputTurnDetectionParamSemanticVad,
]


class RealtimeAudioConfigInputParamNoiseReduction(TypedDict, total=False):
    """Noise reduction for input audio."""

    type: NoiseReductionType


class RealtimeAudioConfigInputParam(TypedDict, total=False):
    """Input audio settings: format, noise reduction, transcription, turn detection."""

    format: RealtimeAudioFormatsParam
    noise_reduction: RealtimeAudioConfigInputParamNoiseReduction
    transcription: AudioTranscriptionParam
    turn_detection: Optional[RealtimeAudioInputTurnDetectionParam]


class RealtimeAudioConfigOutputParam(TypedDict, total=False):
    """Output audio settings: format, voice and speed."""

    format: RealtimeAudioFormatsParam
    speed: float
    voice: Union[
        str,
        Literal[
            "alloy",
            "ash",
            "ballad",
            "coral",
            "echo",
            "sage",
            "shimmer",
            "verse",
            "marin",
            "cedar",
        ],
    ]


class RealtimeAudioConfigParam(TypedDict, total=False):
    """A session's audio settings."""

    input: RealtimeAudioConfigInputParam
    output: RealtimeAudioConfigOutputParam


# -- conversation items ----------------------------------------------------------------------------


class RealtimeConversationItemSystemMessageParamContent(TypedDict, total=False):
    """A text part of a system message."""

    text: str
    type: Literal["input_text"]


class RealtimeConversationItemSystemMessageParam(TypedDict, total=False):
    """A system message to add to the conversation."""

    content: Required[Iterable[RealtimeConversationItemSystemMessageParamContent]]
    role: Required[Literal["system"]]
    type: Required[Literal["message"]]
    id: str
    object: Literal["realtime.item"]
    status: Literal["completed", "incomplete", "in_progress"]


class RealtimeConversationItemUserMessageParamContent(TypedDict, total=False):
    """A part of a user message: text, audio or an image."""

    audio: str
    detail: Literal["auto", "low", "high"]
    image_url: str
    text: str
    transcript: str
    type: Literal["input_text", "input_audio", "input_image"]


class RealtimeConversationItemUserMessageParam(TypedDict, total=False):
    """A user message to add to the conversation."""

    content: Required[Iterable[RealtimeConversationItemUserMessageParamContent]]
    role: Required[Literal["user"]]
    type: Required[Literal["message"]]
    id: str
    object: Literal["realtime.item"]
    status: Literal["completed", "incomplete", "in_progress"]


class RealtimeConversationItemAssistantMessageParamContent(TypedDict, total=False):
    """A part of an assistant message."""

    audio: str
    text: str
    transcript: str
    type: Literal["output_text", "output_audio"]


class RealtimeConversationItemAssistantMessageParam(TypedDict, total=False):
    """An assistant message to add to the conversation."""

    content: Required[Iterable[RealtimeConversationItemAssistantMessageParamContent]]
    role: Required[Literal["assistant"]]
    type: Required[Literal["message"]]
    id: str
    object: Literal["realtime.item"]
    status: Literal["completed", "incomplete", "in_progress"]


class RealtimeConversationItemFunctionCallParam(TypedDict, total=False):
    """A function call to add to the conversation."""

    arguments: Required[str]
    name: Required[str]
    type: Required[Literal["function_call"]]
    id: str
    call_id: str
    object: Literal["realtime.item"]
    status: Literal["completed", "incomplete", "in_progress"]


class RealtimeConversationItemFunctionCallOutputParam(TypedDict, total=False):
    """The result of a function call, sent back to the model."""

    call_id: Required[str]
    output: Required[str]
    type: Required[Literal["function_call_output"]]
    id: str
    object: Literal["realtime.item"]
    status: Literal["completed", "incomplete", "in_progress"]


class RealtimeMcpApprovalRequestParam(TypedDict, total=False):
    """An MCP approval request item."""

    id: Required[str]
    arguments: Required[str]
    name: Required[str]
    server_label: Required[str]
    type: Required[Literal["mcp_approval_request"]]


class RealtimeMcpApprovalResponseParam(TypedDict, total=False):
    """Approve or deny an MCP tool call."""

    id: Required[str]
    approval_request_id: Required[str]
    approve: Required[bool]
    type: Required[Literal["mcp_approval_response"]]
    reason: Optional[str]


class RealtimeMcpListToolsParamTool(TypedDict, total=False):
    """One tool an MCP server offers."""

    input_schema: Required[object]
    name: Required[str]
    annotations: Optional[object]
    description: Optional[str]


class RealtimeMcpListToolsParam(TypedDict, total=False):
    """The tools an MCP server listed."""

    server_label: Required[str]
    tools: Required[Iterable[RealtimeMcpListToolsParamTool]]
    type: Required[Literal["mcp_list_tools"]]
    id: str


class RealtimeMcpProtocolErrorParam(TypedDict, total=False):
    """An MCP protocol error."""

    code: Required[int]
    message: Required[str]
    type: Required[Literal["protocol_error"]]


class RealtimeMcpToolExecutionErrorParam(TypedDict, total=False):
    """An MCP tool execution error."""

    message: Required[str]
    type: Required[Literal["tool_execution_error"]]


class RealtimeMcphttpErrorParam(TypedDict, total=False):
    """An MCP HTTP error."""

    code: Required[int]
    message: Required[str]
    type: Required[Literal["http_error"]]


# How an MCP call failed.
Error = Union[RealtimeMcpProtocolErrorParam, RealtimeMcpToolExecutionErrorParam, RealtimeMcphttpErrorParam]


class RealtimeMcpToolCallParam(TypedDict, total=False):
    """An MCP tool call item."""

    id: Required[str]
    arguments: Required[str]
    name: Required[str]
    server_label: Required[str]
    type: Required[Literal["mcp_call"]]
    approval_request_id: Optional[str]
    error: Optional[Error]
    output: Optional[str]


# Any conversation item you can add.
ConversationItemParam = Union[
    RealtimeConversationItemSystemMessageParam,
    RealtimeConversationItemUserMessageParam,
    RealtimeConversationItemAssistantMessageParam,
    RealtimeConversationItemFunctionCallParam,
    RealtimeConversationItemFunctionCallOutputParam,
    RealtimeMcpApprovalResponseParam,
    RealtimeMcpListToolsParam,
    RealtimeMcpToolCallParam,
    RealtimeMcpApprovalRequestParam,
]


# -- tools, tool choice, tracing, truncation -------------------------------------------------------


class RealtimeFunctionToolParam(TypedDict, total=False):
    """A function the model may call."""

    description: str
    name: str
    parameters: object
    type: Literal["function"]


class RealtimeToolsConfigUnionParamMcpAllowedToolsMcpToolFilter(TypedDict, total=False):
    """Which of an MCP server's tools to allow."""

    read_only: bool
    tool_names: Sequence[str]


# Tool names, or a filter.
RealtimeToolsConfigUnionParamMcpAllowedTools = Union[
    Sequence[str],
    RealtimeToolsConfigUnionParamMcpAllowedToolsMcpToolFilter,
]


class RealtimeToolsConfigUnionParamMcpRequireApprovalMcpToolApprovalFilter(TypedDict, total=False):
    """Per-tool approval rules."""

    always: RealtimeToolsConfigUnionParamMcpAllowedToolsMcpToolFilter
    never: RealtimeToolsConfigUnionParamMcpAllowedToolsMcpToolFilter


# A per-tool filter, or always/never.
RealtimeToolsConfigUnionParamMcpRequireApproval = Union[
    RealtimeToolsConfigUnionParamMcpRequireApprovalMcpToolApprovalFilter,
    Literal["always", "never"],
]


class RealtimeToolsConfigUnionParamMcp(TypedDict, total=False):
    """An MCP server (or connector) the model may use."""

    server_label: Required[str]
    type: Required[Literal["mcp"]]
    allowed_tools: Optional[RealtimeToolsConfigUnionParamMcpAllowedTools]
    authorization: str
    connector_id: Literal[
        "connector_dropbox",
        "connector_gmail",
        "connector_googlecalendar",
        "connector_googledrive",
        "connector_microsoftteams",
        "connector_outlookcalendar",
        "connector_outlookemail",
        "connector_sharepoint",
    ]
    headers: Optional[Dict[str, str]]
    require_approval: Optional[RealtimeToolsConfigUnionParamMcpRequireApproval]
    server_description: str
    server_url: str


# A session tool: a function or an MCP server.
RealtimeToolsConfigUnionParam = Union[RealtimeFunctionToolParam, RealtimeToolsConfigUnionParamMcp]


# Tool names, or a filter.


# A per-tool filter, or always/never.


# A session tool: a function or an MCP server.


# The tools of a session.
RealtimeToolsConfigParam = List[RealtimeToolsConfigUnionParam]


# A tool choice: an option, or one function / MCP tool.
RealtimeToolChoiceConfigParam = Union[ToolChoiceOptions, ToolChoiceFunctionParam, ToolChoiceMcpParam]


class TracingConfiguration(TypedDict, total=False):
    """Tracing settings: workflow name, group id and metadata."""

    group_id: str
    metadata: object
    workflow_name: str


# 'auto' or explicit tracing settings.
RealtimeTracingConfigParam = Union[Literal["auto"], TracingConfiguration]


class TokenLimits(TypedDict, total=False):
    """Token limits that truncation aims for."""

    post_instructions: int


class RealtimeTruncationRetentionRatioParam(TypedDict, total=False):
    """Truncate by keeping a fraction of the context."""

    retention_ratio: Required[float]
    type: Required[Literal["retention_ratio"]]
    token_limits: TokenLimits


# auto, disabled, or a retention ratio.
RealtimeTruncationParam = Union[Literal["auto", "disabled"], RealtimeTruncationRetentionRatioParam]


# -- sessions --------------------------------------------------------------------------------------


class RealtimeSessionCreateRequestParam(TypedDict, total=False):
    """Settings of a realtime (speech-to-speech) session."""

    type: Required[Literal["realtime"]]
    audio: RealtimeAudioConfigParam
    include: List[Literal["item.input_audio_transcription.logprobs"]]
    instructions: str
    max_output_tokens: Union[int, Literal["inf"]]
    model: Union[
        str,
        Literal[
            "gpt-realtime",
            "gpt-realtime-2025-08-28",
            "gpt-4o-realtime-preview",
            "gpt-4o-realtime-preview-2024-10-01",
            "gpt-4o-realtime-preview-2024-12-17",
            "gpt-4o-realtime-preview-2025-06-03",
            "gpt-4o-mini-realtime-preview",
            "gpt-4o-mini-realtime-preview-2024-12-17",
            "gpt-realtime-mini",
            "gpt-realtime-mini-2025-10-06",
            "gpt-audio-mini",
            "gpt-audio-mini-2025-10-06",
        ],
    ]
    output_modalities: List[Literal["text", "audio"]]
    prompt: Optional[ResponsePromptParam]
    tool_choice: RealtimeToolChoiceConfigParam
    tools: RealtimeToolsConfigParam
    tracing: Optional[RealtimeTracingConfigParam]
    truncation: RealtimeTruncationParam


# Turn detection by silence or by meaning.


class RealtimeTranscriptionSessionAudioParam(TypedDict, total=False):
    """Audio settings of a transcription session."""

    input: RealtimeAudioConfigInputParam


class RealtimeTranscriptionSessionCreateRequestParam(TypedDict, total=False):
    """Settings of a transcription-only session."""

    type: Required[Literal["transcription"]]
    audio: RealtimeTranscriptionSessionAudioParam
    include: List[Literal["item.input_audio_transcription.logprobs"]]


# -- responses -------------------------------------------------------------------------------------


class Output(TypedDict, total=False):
    """Format and voice of a response's audio."""

    format: RealtimeAudioFormatsParam
    voice: Union[
        str,
        Literal[
            "alloy",
            "ash",
            "ballad",
            "coral",
            "echo",
            "sage",
            "shimmer",
            "verse",
            "marin",
            "cedar",
        ],
    ]


class RealtimeResponseCreateAudioOutputParam(TypedDict, total=False):
    """Audio settings for one response."""

    output: Output


# Tool names, or a filter.


# A per-tool filter, or always/never.


# A tool of one response.


# The tool choice of one response.


class RealtimeResponseCreateParamsParam(TypedDict, total=False):
    """Settings of one response, overriding the session's."""

    audio: RealtimeResponseCreateAudioOutputParam
    conversation: Union[str, Literal["auto", "none"]]
    input: Iterable[ConversationItemParam]
    instructions: str
    max_output_tokens: Union[int, Literal["inf"]]
    metadata: Optional[Metadata]
    output_modalities: List[Literal["text", "audio"]]
    prompt: Optional[ResponsePromptParam]
    tool_choice: RealtimeToolChoiceConfigParam
    tools: Iterable[RealtimeToolsConfigUnionParam]


# -- method arguments (client_secrets, calls, connect) ---------------------------------------------


class ExpiresAfter(TypedDict, total=False):
    """When a client secret expires, in seconds after its creation."""

    anchor: Literal["created_at"]
    seconds: int


# The session a client secret is for: realtime or transcription.
ClientSecretCreateParamsSession = Union[
    RealtimeSessionCreateRequestParam,
    RealtimeTranscriptionSessionCreateRequestParam,
]


class ClientSecretCreateParams(TypedDict, total=False):
    """The arguments of ``realtime.client_secrets.create``."""

    expires_after: ExpiresAfter
    session: ClientSecretCreateParamsSession


class CallCreateParams(TypedDict, total=False):
    """The arguments of ``realtime.calls.create``: an SDP offer and optional session settings."""

    sdp: Required[str]
    session: RealtimeSessionCreateRequestParam


class CallAcceptParams(TypedDict, total=False):
    """The arguments of ``realtime.calls.accept``: the session to answer with."""

    type: Required[Literal["realtime"]]
    audio: RealtimeAudioConfigParam
    include: List[Literal["item.input_audio_transcription.logprobs"]]
    instructions: str
    max_output_tokens: Union[int, Literal["inf"]]
    model: Union[
        str,
        Literal[
            "gpt-realtime",
            "gpt-realtime-2025-08-28",
            "gpt-4o-realtime-preview",
            "gpt-4o-realtime-preview-2024-10-01",
            "gpt-4o-realtime-preview-2024-12-17",
            "gpt-4o-realtime-preview-2025-06-03",
            "gpt-4o-mini-realtime-preview",
            "gpt-4o-mini-realtime-preview-2024-12-17",
            "gpt-realtime-mini",
            "gpt-realtime-mini-2025-10-06",
            "gpt-audio-mini",
            "gpt-audio-mini-2025-10-06",
        ],
    ]
    output_modalities: List[Literal["text", "audio"]]
    prompt: Optional[ResponsePromptParam]
    tool_choice: RealtimeToolChoiceConfigParam
    tools: RealtimeToolsConfigParam
    tracing: Optional[RealtimeTracingConfigParam]
    truncation: RealtimeTruncationParam


class CallReferParams(TypedDict, total=False):
    """The arguments of ``realtime.calls.refer``."""

    target_uri: Required[str]


class CallRejectParams(TypedDict, total=False):
    """The arguments of ``realtime.calls.reject``."""

    status_code: int


class RealtimeConnectParams(TypedDict, total=False):
    """Query parameters of a realtime websocket connection."""

    call_id: str
    model: str


# -- the official names, one per method or container, for the shapes above -------------------------


RealtimeToolsConfigUnionParamMcpRequireApprovalMcpToolApprovalFilterAlways = RealtimeToolsConfigUnionParamMcpAllowedToolsMcpToolFilter
RealtimeToolsConfigUnionParamMcpRequireApprovalMcpToolApprovalFilterNever = RealtimeToolsConfigUnionParamMcpAllowedToolsMcpToolFilter
RealtimeToolsConfigParamMcpAllowedToolsMcpToolFilter = RealtimeToolsConfigUnionParamMcpAllowedToolsMcpToolFilter
RealtimeToolsConfigParamMcpAllowedTools = RealtimeToolsConfigUnionParamMcpAllowedTools
RealtimeToolsConfigParamMcpRequireApprovalMcpToolApprovalFilterAlways = RealtimeToolsConfigUnionParamMcpAllowedToolsMcpToolFilter
RealtimeToolsConfigParamMcpRequireApprovalMcpToolApprovalFilterNever = RealtimeToolsConfigUnionParamMcpAllowedToolsMcpToolFilter
RealtimeToolsConfigParamMcpRequireApprovalMcpToolApprovalFilter = RealtimeToolsConfigUnionParamMcpRequireApprovalMcpToolApprovalFilter
RealtimeToolsConfigParamMcpRequireApproval = RealtimeToolsConfigUnionParamMcpRequireApproval
RealtimeToolsConfigParamMcp = RealtimeToolsConfigUnionParamMcp
RealtimeToolsConfigParamRealtimeToolsConfigUnionParam = RealtimeToolsConfigUnionParam
RealtimeTranscriptionSessionAudioInputParamNoiseReduction = RealtimeAudioConfigInputParamNoiseReduction
RealtimeTranscriptionSessionAudioInputTurnDetectionParamServerVad = RealtimeAudioInputTurnDetectionParamServerVad
RealtimeTranscriptionSessionAudioInputTurnDetectionParamSemanticVad = RealtimeAudioInputTurnDetectionParamSemanticVad
RealtimeTranscriptionSessionAudioInputTurnDetectionParam = RealtimeAudioInputTurnDetectionParam
RealtimeTranscriptionSessionAudioInputParam = RealtimeAudioConfigInputParam
AllowedToolsMcpToolFilter = RealtimeToolsConfigUnionParamMcpAllowedToolsMcpToolFilter
AllowedTools = RealtimeToolsConfigUnionParamMcpAllowedTools
RequireApprovalMcpToolApprovalFilterAlways = RealtimeToolsConfigUnionParamMcpAllowedToolsMcpToolFilter
RequireApprovalMcpToolApprovalFilterNever = RealtimeToolsConfigUnionParamMcpAllowedToolsMcpToolFilter
RequireApprovalMcpToolApprovalFilter = RealtimeToolsConfigUnionParamMcpRequireApprovalMcpToolApprovalFilter
RequireApproval = RealtimeToolsConfigUnionParamMcpRequireApproval
RealtimeResponseCreateMcpToolParam = RealtimeToolsConfigUnionParamMcp
RealtimeResponseCreateParamsParamTool = RealtimeToolsConfigUnionParam
RealtimeResponseCreateParamsParamToolChoice = RealtimeToolChoiceConfigParam
