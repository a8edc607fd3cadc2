"""Request-side types of the Responses API: the params of each method and the dicts that go in
them (input items, content parts, tools, tool choices). They are `TypedDict`s: plain dicts at runtime,
sent as they are."""

from __future__ import annotations

from typing import Dict, Iterable, List, Literal, Optional, Required, Sequence, TypedDict, Union

from .chat_params import ChatCompletionFunctionToolParam
from .responses import ResponseIncludable, ToolChoiceOptions
from .shared_params import (
    ComparisonFilter,
    CompoundFilter,
    CustomToolInputFormat,
    Metadata,
    Reasoning,
    ResponseFormatJSONObject,
    ResponseFormatText,
    ResponsesModel,
)

__all__ = [
    "InputItemListParams",
    "InputTokenCountParams",
    "Text",
    "ResponseConversationParam",
    "ResponseCreateParamsBase",
    "StreamOptions",
    "ResponseCreateParamsNonStreaming",
    "ResponseCreateParamsStreaming",
    "ResponseRetrieveParamsBase",
    "ResponseRetrieveParamsNonStreaming",
    "ResponseRetrieveParamsStreaming",
    "ResponseFormatTextJSONSchemaConfigParam",
    "InputAudio",
    "ResponseInputAudioParam",
    "ResponseInputFileContentParam",
    "ResponseInputFileParam",
    "ResponseInputImageContentParam",
    "ResponseInputImageParam",
    "ResponseInputTextContentParam",
    "ResponseInputTextParam",
    "ResponseOutputMessageParam",
    "ResponseOutputRefusalParam",
    "AnnotationFileCitation",
    "AnnotationURLCitation",
    "AnnotationContainerFileCitation",
    "AnnotationFilePath",
    "LogprobTopLogprob",
    "Logprob",
    "ResponseOutputTextParam",
    "ResponsePromptParam",
    "ResponseTextConfigParam",
    "EasyInputMessageParam",
    "ResponseInputItemParamMessage",
    "ResponseInputItemParamComputerCallOutputAcknowledgedSafetyCheck",
    "ResponseInputItemParamComputerCallOutput",
    "ResponseInputItemParamFunctionCallOutput",
    "ResponseInputItemParamImageGenerationCall",
    "ResponseInputItemParamLocalShellCallAction",
    "ResponseInputItemParamLocalShellCall",
    "ResponseInputItemParamLocalShellCallOutput",
    "ResponseInputItemParamShellCallAction",
    "ResponseInputItemParamShellCall",
    "ResponseInputItemParamShellCallOutput",
    "ResponseInputItemParamApplyPatchCallOperationCreateFile",
    "ResponseInputItemParamApplyPatchCallOperationDeleteFile",
    "ResponseInputItemParamApplyPatchCallOperationUpdateFile",
    "ResponseInputItemParamApplyPatchCall",
    "ResponseInputItemParamApplyPatchCallOutput",
    "ResponseInputItemParamMcpListToolsTool",
    "ResponseInputItemParamMcpListTools",
    "ResponseInputItemParamMcpApprovalRequest",
    "ResponseInputItemParamMcpApprovalResponse",
    "ResponseInputItemParamMcpCall",
    "ResponseInputItemParamItemReference",
    "ResponseInputParamMessage",
    "ResponseInputParamComputerCallOutputAcknowledgedSafetyCheck",
    "ResponseInputParamComputerCallOutput",
    "ResponseInputParamFunctionCallOutput",
    "ResponseInputParamImageGenerationCall",
    "ResponseInputParamLocalShellCallAction",
    "ResponseInputParamLocalShellCall",
    "ResponseInputParamLocalShellCallOutput",
    "ResponseInputParamShellCallAction",
    "ResponseInputParamShellCall",
    "ResponseInputParamShellCallOutput",
    "ResponseInputParamApplyPatchCallOperationCreateFile",
    "ResponseInputParamApplyPatchCallOperationDeleteFile",
    "ResponseInputParamApplyPatchCallOperationUpdateFile",
    "ResponseInputParamApplyPatchCall",
    "ResponseInputParamApplyPatchCallOutput",
    "ResponseInputParamMcpListToolsTool",
    "ResponseInputParamMcpListTools",
    "ResponseInputParamMcpApprovalRequest",
    "ResponseInputParamMcpApprovalResponse",
    "ResponseInputParamMcpCall",
    "ResponseInputParamItemReference",
    "OutputLogs",
    "OutputImage",
    "ResponseCodeInterpreterToolCallParam",
    "ResponseComputerToolCallOutputScreenshotParam",
    "ActionClick",
    "ActionDoubleClick",
    "ActionDragPath",
    "ActionDrag",
    "ActionKeypress",
    "ActionMove",
    "ActionScreenshot",
    "ActionScroll",
    "ActionType",
    "ActionWait",
    "PendingSafetyCheck",
    "ResponseComputerToolCallParam",
    "ResponseCustomToolCallOutputParam",
    "ResponseCustomToolCallParam",
    "Result",
    "ResponseFileSearchToolCallParam",
    "OutcomeTimeout",
    "OutcomeExit",
    "ResponseFunctionShellCallOutputContentParam",
    "ResponseFunctionToolCallParam",
    "ActionSearchSource",
    "ActionSearch",
    "ActionOpenPage",
    "ActionFind",
    "ResponseFunctionWebSearchParam",
    "Summary",
    "ResponseReasoningItemParamContent",
    "ResponseReasoningItemParam",
    "ApplyPatchToolParam",
    "ComputerToolParam",
    "CustomToolParam",
    "RankingOptionsHybridSearch",
    "RankingOptions",
    "FileSearchToolParam",
    "FunctionShellToolParam",
    "FunctionToolParam",
    "McpAllowedToolsMcpToolFilter",
    "McpRequireApprovalMcpToolApprovalFilterAlways",
    "McpRequireApprovalMcpToolApprovalFilterNever",
    "McpRequireApprovalMcpToolApprovalFilter",
    "Mcp",
    "CodeInterpreterContainerCodeInterpreterToolAuto",
    "CodeInterpreter",
    "ImageGenerationInputImageMask",
    "ImageGeneration",
    "LocalShell",
    "WebSearchPreviewToolParamUserLocation",
    "WebSearchPreviewToolParam",
    "WebSearchToolParamFilters",
    "WebSearchToolParamUserLocation",
    "WebSearchToolParam",
    "ToolChoiceAllowedParam",
    "ToolChoiceApplyPatchParam",
    "ToolChoiceCustomParam",
    "ToolChoiceFunctionParam",
    "ToolChoiceMcpParam",
    "ToolChoiceShellParam",
    "ToolChoiceTypesParam",
    "FileSearchToolParamFilters",
    "InputTokenCountParamsConversation",
    "InputTokenCountParamsToolChoice",
    "Output",
    "ResponseComputerToolCallParamAction",
    "ResponseCreateParamsConversation",
    "ResponseCreateParamsToolChoice",
    "ResponseCreateParams",
    "OutputOutputContentList",
    "ResponseFormatTextConfigParam",
    "ResponseFunctionCallOutputItemListParamResponseFunctionCallOutputItemParam",
    "ResponseFunctionCallOutputItemListParam",
    "ResponseFunctionCallOutputItemParam",
    "Outcome",
    "ResponseFunctionWebSearchParamAction",
    "ResponseInputContentParam",
    "ResponseInputItemParamApplyPatchCallOperation",
    "ResponseInputItemParam",
    "ResponseInputMessageContentListParamResponseInputContentParam",
    "ResponseInputMessageContentListParam",
    "ResponseInputParamApplyPatchCallOperation",
    "ResponseInputParamResponseInputItemParam",
    "ResponseInputParam",
    "ResponseOutputMessageParamContent",
    "Annotation",
    "Variables",
    "ResponseRetrieveParams",
    "WebSearchTool",
    "WebSearchToolFilters",
    "WebSearchToolUserLocation",
    "McpAllowedTools",
    "McpRequireApproval",
    "CodeInterpreterContainer",
    "ToolParam",
    "ParseableToolParam",
]


# -- method params ---------------------------------------------------------------------------------

class InputItemListParams(TypedDict, total=False):
    """Query params of `responses.input_items.list`."""

    after: str
    include: List[ResponseIncludable]
    limit: int
    order: Literal["asc", "desc"]


class InputTokenCountParams(TypedDict, total=False):
    """Params of `responses.input_tokens.count`."""

    conversation: Optional[InputTokenCountParamsConversation]
    input: Union[str, Iterable[ResponseInputItemParam], None]
    instructions: Optional[str]
    model: Optional[str]
    parallel_tool_calls: Optional[bool]
    previous_response_id: Optional[str]
    reasoning: Optional[Reasoning]
    text: Optional[Text]
    tool_choice: Optional[InputTokenCountParamsToolChoice]
    tools: Optional[Iterable[ToolParam]]
    truncation: Literal["auto", "disabled"]


class Text(TypedDict, total=False):
    """Text output settings for a token count: format and verbosity."""

    format: ResponseFormatTextConfigParam
    verbosity: Optional[Literal["low", "medium", "high"]]


class ResponseConversationParam(TypedDict, total=False):
    """A conversation given by ID."""

    id: Required[str]


class ResponseCreateParamsBase(TypedDict, total=False):
    """Params of `responses.create`, apart from `stream`."""

    background: Optional[bool]
    conversation: Optional[InputTokenCountParamsConversation]
    include: Optional[List[ResponseIncludable]]
    input: Union[str, ResponseInputParam]
    instructions: Optional[str]
    max_output_tokens: Optional[int]
    max_tool_calls: Optional[int]
    metadata: Optional[Metadata]
    model: ResponsesModel
    parallel_tool_calls: Optional[bool]
    previous_response_id: Optional[str]
    prompt: Optional[ResponsePromptParam]
    prompt_cache_key: str
    prompt_cache_retention: Optional[Literal["in-memory", "24h"]]
    reasoning: Optional[Reasoning]
    safety_identifier: str
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority"]]
    store: Optional[bool]
    stream_options: Optional[StreamOptions]
    temperature: Optional[float]
    text: ResponseTextConfigParam
    tool_choice: InputTokenCountParamsToolChoice
    tools: Iterable[ToolParam]
    top_logprobs: Optional[int]
    top_p: Optional[float]
    truncation: Optional[Literal["auto", "disabled"]]
    user: str


class StreamOptions(TypedDict, total=False):
    """Options of a streamed response (obfuscation padding on or off)."""

    include_obfuscation: bool


class ResponseCreateParamsNonStreaming(ResponseCreateParamsBase, total=False):
    """Params of `responses.create` without streaming."""

    stream: Optional[Literal[False]]


class ResponseCreateParamsStreaming(ResponseCreateParamsBase, total=False):
    """Params of `responses.create` with `stream=True`."""

    stream: Required[Literal[True]]


class ResponseRetrieveParamsBase(TypedDict, total=False):
    """Query params of `responses.retrieve`, apart from `stream`."""

    include: List[ResponseIncludable]
    include_obfuscation: bool
    starting_after: int


class ResponseRetrieveParamsNonStreaming(ResponseRetrieveParamsBase, total=False):
    """Query params of `responses.retrieve` without streaming."""

    stream: Literal[False]


class ResponseRetrieveParamsStreaming(ResponseRetrieveParamsBase, total=False):
    """Query params of `responses.retrieve` with `stream=True`."""

    stream: Required[Literal[True]]


# -- content parts, messages and settings ----------------------------------------------------------

class ResponseFormatTextJSONSchemaConfigParam(TypedDict, total=False):
    """As sent: a text format that asks for JSON matching a given schema."""

    name: Required[str]
    schema: Required[Dict[str, object]]
    type: Required[Literal["json_schema"]]
    description: str
    strict: Optional[bool]


class InputAudio(TypedDict, total=False):
    """As sent: base64 audio data and its format, inside an audio input part."""

    data: Required[str]
    format: Required[Literal["mp3", "wav"]]


class ResponseInputAudioParam(TypedDict, total=False):
    """As sent: an audio input part."""

    input_audio: Required[InputAudio]
    type: Required[Literal["input_audio"]]


class ResponseInputFileContentParam(TypedDict, total=False):
    """As sent: a file part given as a function call's output."""

    type: Required[Literal["input_file"]]
    file_data: Optional[str]
    file_id: Optional[str]
    file_url: Optional[str]
    filename: Optional[str]


class ResponseInputFileParam(TypedDict, total=False):
    """As sent: a file input part, by file ID, URL or inline data."""

    type: Required[Literal["input_file"]]
    file_data: str
    file_id: Optional[str]
    file_url: str
    filename: str


class ResponseInputImageContentParam(TypedDict, total=False):
    """As sent: an image part given as a function call's output."""

    type: Required[Literal["input_image"]]
    detail: Optional[Literal["low", "high", "auto"]]
    file_id: Optional[str]
    image_url: Optional[str]


class ResponseInputImageParam(TypedDict, total=False):
    """As sent: an image input part, by URL or file ID, with a detail level."""

    detail: Required[Literal["low", "high", "auto"]]
    type: Required[Literal["input_image"]]
    file_id: Optional[str]
    image_url: Optional[str]


class ResponseInputTextContentParam(TypedDict, total=False):
    """As sent: a text part given as a function call's output."""

    text: Required[str]
    type: Required[Literal["input_text"]]


class ResponseInputTextParam(TypedDict, total=False):
    """As sent: a text input part."""

    text: Required[str]
    type: Required[Literal["input_text"]]


class ResponseOutputMessageParam(TypedDict, total=False):
    """As sent: a message the model wrote, made of text and refusal parts."""

    id: Required[str]
    content: Required[Iterable[ResponseOutputMessageParamContent]]
    role: Required[Literal["assistant"]]
    status: Required[Literal["in_progress", "completed", "incomplete"]]
    type: Required[Literal["message"]]


class ResponseOutputRefusalParam(TypedDict, total=False):
    """As sent: a refusal part of an output message: the model declined to answer."""

    refusal: Required[str]
    type: Required[Literal["refusal"]]


class AnnotationFileCitation(TypedDict, total=False):
    """As sent: an annotation citing a file the model drew on."""

    file_id: Required[str]
    filename: Required[str]
    index: Required[int]
    type: Required[Literal["file_citation"]]


class AnnotationURLCitation(TypedDict, total=False):
    """As sent: an annotation citing a web page, with the span of text it covers."""

    end_index: Required[int]
    start_index: Required[int]
    title: Required[str]
    type: Required[Literal["url_citation"]]
    url: Required[str]


class AnnotationContainerFileCitation(TypedDict, total=False):
    """As sent: an annotation citing a file in a code interpreter container."""

    container_id: Required[str]
    end_index: Required[int]
    file_id: Required[str]
    filename: Required[str]
    start_index: Required[int]
    type: Required[Literal["container_file_citation"]]


class AnnotationFilePath(TypedDict, total=False):
    """As sent: an annotation pointing at a file path produced by a tool."""

    file_id: Required[str]
    index: Required[int]
    type: Required[Literal["file_path"]]


class LogprobTopLogprob(TypedDict, total=False):
    """As sent: one alternative token and its log probability."""

    token: Required[str]
    bytes: Required[Iterable[int]]
    logprob: Required[float]


class Logprob(TypedDict, total=False):
    """As sent: log probability of one output token, with its most likely alternatives."""

    token: Required[str]
    bytes: Required[Iterable[int]]
    logprob: Required[float]
    top_logprobs: Required[Iterable[LogprobTopLogprob]]


class ResponseOutputTextParam(TypedDict, total=False):
    """As sent: a text part of an output message, with its annotations and optional logprobs."""

    annotations: Required[Iterable[Annotation]]
    text: Required[str]
    type: Required[Literal["output_text"]]
    logprobs: Iterable[Logprob]


class ResponsePromptParam(TypedDict, total=False):
    """As sent: a reusable prompt template referenced by ID, with its version and variables."""

    id: Required[str]
    variables: Optional[Dict[str, Variables]]
    version: Optional[str]


class ResponseTextConfigParam(TypedDict, total=False):
    """As sent: text output settings of a response: its format and verbosity."""

    format: ResponseFormatTextConfigParam
    verbosity: Optional[Literal["low", "medium", "high"]]


# -- input items -----------------------------------------------------------------------------------

class EasyInputMessageParam(TypedDict, total=False):
    """As sent: a message given as input: a role and either a string or content parts."""

    content: Required[Union[str, ResponseInputMessageContentListParam]]
    role: Required[Literal["user", "assistant", "system", "developer"]]
    type: Literal["message"]


class ResponseInputItemParamMessage(TypedDict, total=False):
    """As sent: an input message whose content is a list of input parts."""

    content: Required[ResponseInputMessageContentListParam]
    role: Required[Literal["user", "system", "developer"]]
    status: Literal["in_progress", "completed", "incomplete"]
    type: Literal["message"]


class ResponseInputItemParamComputerCallOutputAcknowledgedSafetyCheck(TypedDict, total=False):
    """As sent: a safety check the caller acknowledged when answering a computer call."""

    id: Required[str]
    code: Optional[str]
    message: Optional[str]


class ResponseInputItemParamComputerCallOutput(TypedDict, total=False):
    """As sent: the screenshot answering a computer use call, sent back as input."""

    call_id: Required[str]
    output: Required[ResponseComputerToolCallOutputScreenshotParam]
    type: Required[Literal["computer_call_output"]]
    id: Optional[str]
    acknowledged_safety_checks: Optional[Iterable[ResponseInputItemParamComputerCallOutputAcknowledgedSafetyCheck]]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class ResponseInputItemParamFunctionCallOutput(TypedDict, total=False):
    """As sent: the result of a function call, sent back as input."""

    call_id: Required[str]
    output: Required[Union[str, ResponseFunctionCallOutputItemListParam]]
    type: Required[Literal["function_call_output"]]
    id: Optional[str]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class ResponseInputItemParamImageGenerationCall(TypedDict, total=False):
    """As sent: an image generation call given back as input."""

    id: Required[str]
    result: Required[Optional[str]]
    status: Required[Literal["in_progress", "completed", "generating", "failed"]]
    type: Required[Literal["image_generation_call"]]


class ResponseInputItemParamLocalShellCallAction(TypedDict, total=False):
    """As sent: the command a local shell call runs."""

    command: Required[Sequence[str]]
    env: Required[Dict[str, str]]
    type: Required[Literal["exec"]]
    timeout_ms: Optional[int]
    user: Optional[str]
    working_directory: Optional[str]


class ResponseInputItemParamLocalShellCall(TypedDict, total=False):
    """As sent: a local shell call given back as input."""

    id: Required[str]
    action: Required[ResponseInputItemParamLocalShellCallAction]
    call_id: Required[str]
    status: Required[Literal["in_progress", "completed", "incomplete"]]
    type: Required[Literal["local_shell_call"]]


class ResponseInputItemParamLocalShellCallOutput(TypedDict, total=False):
    """As sent: what a local shell command printed, sent back as input."""

    id: Required[str]
    output: Required[str]
    type: Required[Literal["local_shell_call_output"]]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class ResponseInputItemParamShellCallAction(TypedDict, total=False):
    """As sent: the commands and limits of a shell tool call."""

    commands: Required[Sequence[str]]
    max_output_length: Optional[int]
    timeout_ms: Optional[int]


class ResponseInputItemParamShellCall(TypedDict, total=False):
    """As sent: a shell tool call given back as input."""

    action: Required[ResponseInputItemParamShellCallAction]
    call_id: Required[str]
    type: Required[Literal["shell_call"]]
    id: Optional[str]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class ResponseInputItemParamShellCallOutput(TypedDict, total=False):
    """As sent: the output of shell commands, sent back as input."""

    call_id: Required[str]
    output: Required[Iterable[ResponseFunctionShellCallOutputContentParam]]
    type: Required[Literal["shell_call_output"]]
    id: Optional[str]
    max_output_length: Optional[int]


class ResponseInputItemParamApplyPatchCallOperationCreateFile(TypedDict, total=False):
    """As sent: create a file with the given diff."""

    diff: Required[str]
    path: Required[str]
    type: Required[Literal["create_file"]]


class ResponseInputItemParamApplyPatchCallOperationDeleteFile(TypedDict, total=False):
    """As sent: delete a file."""

    path: Required[str]
    type: Required[Literal["delete_file"]]


class ResponseInputItemParamApplyPatchCallOperationUpdateFile(TypedDict, total=False):
    """As sent: change a file with the given diff."""

    diff: Required[str]
    path: Required[str]
    type: Required[Literal["update_file"]]


class ResponseInputItemParamApplyPatchCall(TypedDict, total=False):
    """As sent: an apply_patch tool call given back as input."""

    call_id: Required[str]
    operation: Required[ResponseInputItemParamApplyPatchCallOperation]
    status: Required[Literal["in_progress", "completed"]]
    type: Required[Literal["apply_patch_call"]]
    id: Optional[str]


class ResponseInputItemParamApplyPatchCallOutput(TypedDict, total=False):
    """As sent: the result of applying a patch, sent back as input."""

    call_id: Required[str]
    status: Required[Literal["completed", "failed"]]
    type: Required[Literal["apply_patch_call_output"]]
    id: Optional[str]
    output: Optional[str]


class ResponseInputItemParamMcpListToolsTool(TypedDict, total=False):
    """As sent: one tool an MCP server offers."""

    input_schema: Required[object]
    name: Required[str]
    annotations: Optional[object]
    description: Optional[str]


class ResponseInputItemParamMcpListTools(TypedDict, total=False):
    """As sent: the tools an MCP server listed, given back as input."""

    id: Required[str]
    server_label: Required[str]
    tools: Required[Iterable[ResponseInputItemParamMcpListToolsTool]]
    type: Required[Literal["mcp_list_tools"]]
    error: Optional[str]


class ResponseInputItemParamMcpApprovalRequest(TypedDict, total=False):
    """As sent: a request to approve an MCP tool call, given back as input."""

    id: Required[str]
    arguments: Required[str]
    name: Required[str]
    server_label: Required[str]
    type: Required[Literal["mcp_approval_request"]]


class ResponseInputItemParamMcpApprovalResponse(TypedDict, total=False):
    """As sent: the caller's answer to an MCP approval request."""

    approval_request_id: Required[str]
    approve: Required[bool]
    type: Required[Literal["mcp_approval_response"]]
    id: Optional[str]
    reason: Optional[str]


class ResponseInputItemParamMcpCall(TypedDict, total=False):
    """As sent: an MCP tool call given back as input."""

    id: Required[str]
    arguments: Required[str]
    name: Required[str]
    server_label: Required[str]
    type: Required[Literal["mcp_call"]]
    approval_request_id: Optional[str]
    error: Optional[str]
    output: Optional[str]
    status: Literal["in_progress", "completed", "incomplete", "calling", "failed"]


class ResponseInputItemParamItemReference(TypedDict, total=False):
    """As sent: a reference to an earlier item by ID, used as input."""

    id: Required[str]
    type: Optional[Literal["item_reference"]]


# -- tool calls and reasoning, sent back as input --------------------------------------------------

class OutputLogs(TypedDict, total=False):
    """As sent: code interpreter output: logs printed by the code."""

    logs: Required[str]
    type: Required[Literal["logs"]]


class OutputImage(TypedDict, total=False):
    """As sent: code interpreter output: an image the code produced."""

    type: Required[Literal["image"]]
    url: Required[str]


class ResponseCodeInterpreterToolCallParam(TypedDict, total=False):
    """As sent: code the model ran in a code interpreter container, with its outputs."""

    id: Required[str]
    code: Required[Optional[str]]
    container_id: Required[str]
    outputs: Required[Optional[Iterable[Output]]]
    status: Required[Literal["in_progress", "completed", "incomplete", "interpreting", "failed"]]
    type: Required[Literal["code_interpreter_call"]]


class ResponseComputerToolCallOutputScreenshotParam(TypedDict, total=False):
    """As sent: a screenshot answering a computer call, by URL or file ID."""

    type: Required[Literal["computer_screenshot"]]
    file_id: str
    image_url: str


class ActionClick(TypedDict, total=False):
    """As sent: computer action: click a mouse button at a point."""

    button: Required[Literal["left", "right", "wheel", "back", "forward"]]
    type: Required[Literal["click"]]
    x: Required[int]
    y: Required[int]


class ActionDoubleClick(TypedDict, total=False):
    """As sent: computer action: double-click at a point."""

    type: Required[Literal["double_click"]]
    x: Required[int]
    y: Required[int]


class ActionDragPath(TypedDict, total=False):
    """As sent: one point of a drag path."""

    x: Required[int]
    y: Required[int]


class ActionDrag(TypedDict, total=False):
    """As sent: computer action: drag along a path."""

    path: Required[Iterable[ActionDragPath]]
    type: Required[Literal["drag"]]


class ActionKeypress(TypedDict, total=False):
    """As sent: computer action: press a key combination."""

    keys: Required[Sequence[str]]
    type: Required[Literal["keypress"]]


class ActionMove(TypedDict, total=False):
    """As sent: computer action: move the mouse to a point."""

    type: Required[Literal["move"]]
    x: Required[int]
    y: Required[int]


class ActionScreenshot(TypedDict, total=False):
    """As sent: computer action: take a screenshot."""

    type: Required[Literal["screenshot"]]


class ActionScroll(TypedDict, total=False):
    """As sent: computer action: scroll at a point."""

    scroll_x: Required[int]
    scroll_y: Required[int]
    type: Required[Literal["scroll"]]
    x: Required[int]
    y: Required[int]


class ActionType(TypedDict, total=False):
    """As sent: computer action: type text."""

    text: Required[str]
    type: Required[Literal["type"]]


class ActionWait(TypedDict, total=False):
    """As sent: computer action: wait a moment."""

    type: Required[Literal["wait"]]


class ResponseComputerToolCallParam(TypedDict, total=False):
    """As sent: a computer use action the model asks you to perform."""

    id: Required[str]
    action: Required[ResponseComputerToolCallParamAction]
    call_id: Required[str]
    pending_safety_checks: Required[Iterable[ResponseInputItemParamComputerCallOutputAcknowledgedSafetyCheck]]
    status: Required[Literal["in_progress", "completed", "incomplete"]]
    type: Required[Literal["computer_call"]]


class ResponseCustomToolCallOutputParam(TypedDict, total=False):
    """As sent: the result of a custom tool call."""

    call_id: Required[str]
    output: Required[Union[str, Iterable[OutputOutputContentList]]]
    type: Required[Literal["custom_tool_call_output"]]
    id: str


class ResponseCustomToolCallParam(TypedDict, total=False):
    """As sent: a call to a custom tool, with free-form input."""

    call_id: Required[str]
    input: Required[str]
    name: Required[str]
    type: Required[Literal["custom_tool_call"]]
    id: str


class Result(TypedDict, total=False):
    """As sent: one file search hit: the file, the matching text and its score."""

    attributes: Optional[Dict[str, Union[str, float, bool]]]
    file_id: str
    filename: str
    score: float
    text: str


class ResponseFileSearchToolCallParam(TypedDict, total=False):
    """As sent: a file search the model ran, with its queries and (when included) results."""

    id: Required[str]
    queries: Required[Sequence[str]]
    status: Required[Literal["in_progress", "searching", "completed", "incomplete", "failed"]]
    type: Required[Literal["file_search_call"]]
    results: Optional[Iterable[Result]]


class OutcomeTimeout(TypedDict, total=False):
    """As sent: the shell command timed out."""

    type: Required[Literal["timeout"]]


class OutcomeExit(TypedDict, total=False):
    """As sent: the shell command exited, with its exit code."""

    exit_code: Required[int]
    type: Required[Literal["exit"]]


class ResponseFunctionShellCallOutputContentParam(TypedDict, total=False):
    """As sent: output of one shell command, as sent back to the model."""

    outcome: Required[Outcome]
    stderr: Required[str]
    stdout: Required[str]


class ResponseFunctionToolCallParam(TypedDict, total=False):
    """As sent: a call the model wants made to one of your functions, with JSON arguments."""

    arguments: Required[str]
    call_id: Required[str]
    name: Required[str]
    type: Required[Literal["function_call"]]
    id: str
    status: Literal["in_progress", "completed", "incomplete"]


class ActionSearchSource(TypedDict, total=False):
    """As sent: a source a web search consulted."""

    type: Required[Literal["url"]]
    url: Required[str]


class ActionSearch(TypedDict, total=False):
    """As sent: web search action: a search query."""

    query: Required[str]
    type: Required[Literal["search"]]
    sources: Iterable[ActionSearchSource]


class ActionOpenPage(TypedDict, total=False):
    """As sent: web search action: open a page."""

    type: Required[Literal["open_page"]]
    url: Required[str]


class ActionFind(TypedDict, total=False):
    """As sent: web search action: find a pattern in an opened page."""

    pattern: Required[str]
    type: Required[Literal["find"]]
    url: Required[str]


class ResponseFunctionWebSearchParam(TypedDict, total=False):
    """As sent: a web search the model ran, with the action it took."""

    id: Required[str]
    action: Required[ResponseFunctionWebSearchParamAction]
    status: Required[Literal["in_progress", "searching", "completed", "failed"]]
    type: Required[Literal["web_search_call"]]


class Summary(TypedDict, total=False):
    """As sent: one summary part of a reasoning item."""

    text: Required[str]
    type: Required[Literal["summary_text"]]


class ResponseReasoningItemParamContent(TypedDict, total=False):
    """As sent: reasoning text of a reasoning item."""

    text: Required[str]
    type: Required[Literal["reasoning_text"]]


class ResponseReasoningItemParam(TypedDict, total=False):
    """As sent: the model's reasoning for a response: summary parts and, when asked, encrypted content."""

    id: Required[str]
    summary: Required[Iterable[Summary]]
    type: Required[Literal["reasoning"]]
    content: Iterable[ResponseReasoningItemParamContent]
    encrypted_content: Optional[str]
    status: Literal["in_progress", "completed", "incomplete"]


# -- tools -----------------------------------------------------------------------------------------

class ApplyPatchToolParam(TypedDict, total=False):
    """As sent: the apply_patch tool: file edits applied on your side."""

    type: Required[Literal["apply_patch"]]


class ComputerToolParam(TypedDict, total=False):
    """As sent: the computer use tool: a virtual display the model controls."""

    display_height: Required[int]
    display_width: Required[int]
    environment: Required[Literal["windows", "mac", "linux", "ubuntu", "browser"]]
    type: Required[Literal["computer_use_preview"]]


class CustomToolParam(TypedDict, total=False):
    """As sent: a custom tool taking free-form input, optionally constrained by a grammar."""

    name: Required[str]
    type: Required[Literal["custom"]]
    description: str
    format: CustomToolInputFormat


class RankingOptionsHybridSearch(TypedDict, total=False):
    """As sent: weights of semantic and keyword matching in hybrid file search."""

    embedding_weight: Required[float]
    text_weight: Required[float]


class RankingOptions(TypedDict, total=False):
    """As sent: how file search ranks its hits."""

    hybrid_search: RankingOptionsHybridSearch
    ranker: Literal["auto", "default-2024-11-15"]
    score_threshold: float


class FileSearchToolParam(TypedDict, total=False):
    """As sent: the built-in file search tool over vector stores."""

    type: Required[Literal["file_search"]]
    vector_store_ids: Required[Sequence[str]]
    filters: Optional[FileSearchToolParamFilters]
    max_num_results: int
    ranking_options: RankingOptions


class FunctionShellToolParam(TypedDict, total=False):
    """As sent: the shell tool: commands run on your side, several at a time."""

    type: Required[Literal["shell"]]


class FunctionToolParam(TypedDict, total=False):
    """As sent: a function of yours the model may call, with a JSON schema for its arguments."""

    name: Required[str]
    parameters: Required[Optional[Dict[str, object]]]
    strict: Required[Optional[bool]]
    type: Required[Literal["function"]]
    description: Optional[str]


class McpAllowedToolsMcpToolFilter(TypedDict, total=False):
    """As sent: which of an MCP server's tools may be used."""

    read_only: bool
    tool_names: Sequence[str]


class McpRequireApprovalMcpToolApprovalFilter(TypedDict, total=False):
    """As sent: which MCP tools need approval and which do not."""

    always: McpAllowedToolsMcpToolFilter
    never: McpAllowedToolsMcpToolFilter


class Mcp(TypedDict, total=False):
    """As sent: a remote MCP server whose tools the model may call."""

    server_label: Required[str]
    type: Required[Literal["mcp"]]
    allowed_tools: Optional[McpAllowedTools]
    authorization: str
    connector_id: Literal["connector_dropbox", "connector_gmail", "connector_googlecalendar", "connector_googledrive", "connector_microsoftteams", "connector_outlookcalendar", "connector_outlookemail", "connector_sharepoint"]
    headers: Optional[Dict[str, str]]
    require_approval: Optional[McpRequireApproval]
    server_description: str
    server_url: str


class CodeInterpreterContainerCodeInterpreterToolAuto(TypedDict, total=False):
    """As sent: a container created for the code interpreter, with optional files."""

    type: Required[Literal["auto"]]
    file_ids: Sequence[str]
    memory_limit: Optional[Literal["1g", "4g", "16g", "64g"]]


class CodeInterpreter(TypedDict, total=False):
    """As sent: the code interpreter tool, running Python in a container."""

    container: Required[CodeInterpreterContainer]
    type: Required[Literal["code_interpreter"]]


class ImageGenerationInputImageMask(TypedDict, total=False):
    """As sent: a mask for inpainting with the image generation tool."""

    file_id: str
    image_url: str


class ImageGeneration(TypedDict, total=False):
    """As sent: the image generation tool and its output settings."""

    type: Required[Literal["image_generation"]]
    background: Literal["transparent", "opaque", "auto"]
    input_fidelity: Optional[Literal["high", "low"]]
    input_image_mask: ImageGenerationInputImageMask
    model: Literal["gpt-image-1", "gpt-image-1-mini"]
    moderation: Literal["auto", "low"]
    output_compression: int
    output_format: Literal["png", "webp", "jpeg"]
    partial_images: int
    quality: Literal["low", "medium", "high", "auto"]
    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"]


class LocalShell(TypedDict, total=False):
    """As sent: the local shell tool: commands run on your side."""

    type: Required[Literal["local_shell"]]


class WebSearchPreviewToolParamUserLocation(TypedDict, total=False):
    """As sent: the user's approximate location, for the web search preview tool."""

    type: Required[Literal["approximate"]]
    city: Optional[str]
    country: Optional[str]
    region: Optional[str]
    timezone: Optional[str]


class WebSearchPreviewToolParam(TypedDict, total=False):
    """As sent: the preview version of the web search tool."""

    type: Required[Literal["web_search_preview", "web_search_preview_2025_03_11"]]
    search_context_size: Literal["low", "medium", "high"]
    user_location: Optional[WebSearchPreviewToolParamUserLocation]


class WebSearchToolParamFilters(TypedDict, total=False):
    """As sent: domains web search may draw on."""

    allowed_domains: Optional[Sequence[str]]


class WebSearchToolParamUserLocation(TypedDict, total=False):
    """As sent: the user's approximate location, to localise web search."""

    city: Optional[str]
    country: Optional[str]
    region: Optional[str]
    timezone: Optional[str]
    type: Literal["approximate"]


class WebSearchToolParam(TypedDict, total=False):
    """As sent: the built-in web search tool."""

    type: Required[Literal["web_search", "web_search_2025_08_26"]]
    filters: Optional[WebSearchToolParamFilters]
    search_context_size: Literal["low", "medium", "high"]
    user_location: Optional[WebSearchToolParamUserLocation]


# -- tool choice -----------------------------------------------------------------------------------

class ToolChoiceAllowedParam(TypedDict, total=False):
    """As sent: restrict the model to a set of allowed tools."""

    mode: Required[Literal["auto", "required"]]
    tools: Required[Iterable[Dict[str, object]]]
    type: Required[Literal["allowed_tools"]]


class ToolChoiceApplyPatchParam(TypedDict, total=False):
    """As sent: make the model use the apply_patch tool."""

    type: Required[Literal["apply_patch"]]


class ToolChoiceCustomParam(TypedDict, total=False):
    """As sent: make the model call a given custom tool."""

    name: Required[str]
    type: Required[Literal["custom"]]


class ToolChoiceFunctionParam(TypedDict, total=False):
    """As sent: make the model call a given function."""

    name: Required[str]
    type: Required[Literal["function"]]


class ToolChoiceMcpParam(TypedDict, total=False):
    """As sent: make the model use a tool of a given MCP server."""

    server_label: Required[str]
    type: Required[Literal["mcp"]]
    name: Optional[str]


class ToolChoiceShellParam(TypedDict, total=False):
    """As sent: make the model use the shell tool."""

    type: Required[Literal["shell"]]


class ToolChoiceTypesParam(TypedDict, total=False):
    """As sent: make the model use a given built-in tool."""

    type: Required[Literal["file_search", "web_search_preview", "computer_use_preview", "web_search_preview_2025_03_11", "image_generation", "code_interpreter"]]


# -- unions and aliases ----------------------------------------------------------------------------

FileSearchToolParamFilters = Union[ComparisonFilter, CompoundFilter]
InputTokenCountParamsConversation = Union[str, ResponseConversationParam]
InputTokenCountParamsToolChoice = Union[
    ToolChoiceOptions,
    ToolChoiceAllowedParam,
    ToolChoiceTypesParam,
    ToolChoiceFunctionParam,
    ToolChoiceMcpParam,
    ToolChoiceCustomParam,
    ToolChoiceApplyPatchParam,
    ToolChoiceShellParam,
]
Output = Union[OutputLogs, OutputImage]
ResponseComputerToolCallParamAction = Union[
    ActionClick,
    ActionDoubleClick,
    ActionDrag,
    ActionKeypress,
    ActionMove,
    ActionScreenshot,
    ActionScroll,
    ActionType,
    ActionWait,
]
ResponseCreateParams = Union[ResponseCreateParamsNonStreaming, ResponseCreateParamsStreaming]
OutputOutputContentList = Union[ResponseInputTextParam, ResponseInputImageParam, ResponseInputFileParam]
ResponseFormatTextConfigParam = Union[
    ResponseFormatText,
    ResponseFormatTextJSONSchemaConfigParam,
    ResponseFormatJSONObject,
]
ResponseFunctionCallOutputItemListParamResponseFunctionCallOutputItemParam = Union[
    ResponseInputTextContentParam,
    ResponseInputImageContentParam,
    ResponseInputFileContentParam,
]
ResponseFunctionCallOutputItemListParam = List[ResponseFunctionCallOutputItemListParamResponseFunctionCallOutputItemParam]
Outcome = Union[OutcomeTimeout, OutcomeExit]
ResponseFunctionWebSearchParamAction = Union[ActionSearch, ActionOpenPage, ActionFind]
ResponseInputContentParam = Union[ResponseInputTextParam, ResponseInputImageParam, ResponseInputFileParam]
ResponseInputItemParamApplyPatchCallOperation = Union[
    ResponseInputItemParamApplyPatchCallOperationCreateFile,
    ResponseInputItemParamApplyPatchCallOperationDeleteFile,
    ResponseInputItemParamApplyPatchCallOperationUpdateFile,
]
ResponseInputItemParam = Union[
    EasyInputMessageParam,
    ResponseInputItemParamMessage,
    ResponseOutputMessageParam,
    ResponseFileSearchToolCallParam,
    ResponseComputerToolCallParam,
    ResponseInputItemParamComputerCallOutput,
    ResponseFunctionWebSearchParam,
    ResponseFunctionToolCallParam,
    ResponseInputItemParamFunctionCallOutput,
    ResponseReasoningItemParam,
    ResponseInputItemParamImageGenerationCall,
    ResponseCodeInterpreterToolCallParam,
    ResponseInputItemParamLocalShellCall,
    ResponseInputItemParamLocalShellCallOutput,
    ResponseInputItemParamShellCall,
    ResponseInputItemParamShellCallOutput,
    ResponseInputItemParamApplyPatchCall,
    ResponseInputItemParamApplyPatchCallOutput,
    ResponseInputItemParamMcpListTools,
    ResponseInputItemParamMcpApprovalRequest,
    ResponseInputItemParamMcpApprovalResponse,
    ResponseInputItemParamMcpCall,
    ResponseCustomToolCallOutputParam,
    ResponseCustomToolCallParam,
    ResponseInputItemParamItemReference,
]
ResponseInputMessageContentListParamResponseInputContentParam = Union[
    ResponseInputTextParam,
    ResponseInputImageParam,
    ResponseInputFileParam,
]
ResponseInputMessageContentListParam = List[ResponseInputMessageContentListParamResponseInputContentParam]
ResponseInputParam = List[ResponseInputItemParam]
ResponseOutputMessageParamContent = Union[ResponseOutputTextParam, ResponseOutputRefusalParam]
Annotation = Union[
    AnnotationFileCitation,
    AnnotationURLCitation,
    AnnotationContainerFileCitation,
    AnnotationFilePath,
]
Variables = Union[str, ResponseInputTextParam, ResponseInputImageParam, ResponseInputFileParam]
ResponseRetrieveParams = Union[ResponseRetrieveParamsNonStreaming, ResponseRetrieveParamsStreaming]
WebSearchTool = WebSearchToolParam
WebSearchToolFilters = WebSearchToolParamFilters
WebSearchToolUserLocation = WebSearchToolParamUserLocation
McpAllowedTools = Union[Sequence[str], McpAllowedToolsMcpToolFilter]
McpRequireApproval = Union[McpRequireApprovalMcpToolApprovalFilter, Literal["always", "never"]]
CodeInterpreterContainer = Union[str, CodeInterpreterContainerCodeInterpreterToolAuto]
ToolParam = Union[
    FunctionToolParam,
    FileSearchToolParam,
    ComputerToolParam,
    WebSearchToolParam,
    Mcp,
    CodeInterpreter,
    ImageGeneration,
    LocalShell,
    FunctionShellToolParam,
    CustomToolParam,
    WebSearchPreviewToolParam,
    ApplyPatchToolParam,
]
ParseableToolParam = Union[ToolParam, ChatCompletionFunctionToolParam]


# -- the official names, one per method or container, for the shapes above -------------------------


ResponseInputParamMessage = ResponseInputItemParamMessage
ResponseInputParamComputerCallOutputAcknowledgedSafetyCheck = ResponseInputItemParamComputerCallOutputAcknowledgedSafetyCheck
ResponseInputParamComputerCallOutput = ResponseInputItemParamComputerCallOutput
ResponseInputParamFunctionCallOutput = ResponseInputItemParamFunctionCallOutput
ResponseInputParamImageGenerationCall = ResponseInputItemParamImageGenerationCall
ResponseInputParamLocalShellCallAction = ResponseInputItemParamLocalShellCallAction
ResponseInputParamLocalShellCall = ResponseInputItemParamLocalShellCall
ResponseInputParamLocalShellCallOutput = ResponseInputItemParamLocalShellCallOutput
ResponseInputParamShellCallAction = ResponseInputItemParamShellCallAction
ResponseInputParamShellCall = ResponseInputItemParamShellCall
ResponseInputParamShellCallOutput = ResponseInputItemParamShellCallOutput
ResponseInputParamApplyPatchCallOperationCreateFile = ResponseInputItemParamApplyPatchCallOperationCreateFile
ResponseInputParamApplyPatchCallOperationDeleteFile = ResponseInputItemParamApplyPatchCallOperationDeleteFile
ResponseInputParamApplyPatchCallOperationUpdateFile = ResponseInputItemParamApplyPatchCallOperationUpdateFile
ResponseInputParamApplyPatchCall = ResponseInputItemParamApplyPatchCall
ResponseInputParamApplyPatchCallOutput = ResponseInputItemParamApplyPatchCallOutput
ResponseInputParamMcpListToolsTool = ResponseInputItemParamMcpListToolsTool
ResponseInputParamMcpListTools = ResponseInputItemParamMcpListTools
ResponseInputParamMcpApprovalRequest = ResponseInputItemParamMcpApprovalRequest
ResponseInputParamMcpApprovalResponse = ResponseInputItemParamMcpApprovalResponse
ResponseInputParamMcpCall = ResponseInputItemParamMcpCall
ResponseInputParamItemReference = ResponseInputItemParamItemReference
PendingSafetyCheck = ResponseInputItemParamComputerCallOutputAcknowledgedSafetyCheck
McpRequireApprovalMcpToolApprovalFilterAlways = McpAllowedToolsMcpToolFilter
McpRequireApprovalMcpToolApprovalFilterNever = McpAllowedToolsMcpToolFilter
ResponseCreateParamsConversation = InputTokenCountParamsConversation
ResponseCreateParamsToolChoice = InputTokenCountParamsToolChoice
ResponseFunctionCallOutputItemParam = ResponseFunctionCallOutputItemListParamResponseFunctionCallOutputItemParam
ResponseInputParamApplyPatchCallOperation = ResponseInputItemParamApplyPatchCallOperation
ResponseInputParamResponseInputItemParam = ResponseInputItemParam
