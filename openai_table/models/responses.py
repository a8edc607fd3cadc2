"""Response models of the Responses API: the `Response` object, the items that go in and come out,
their content parts, the tools a response may call and the choice among them.

The stream events live beside this module in `responses_events.py`."""

from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Union

from ._base import BaseModel, field, model
from .shared import (
    ComparisonFilter,
    CompoundFilter,
    CustomToolInputFormat,
    Metadata,
    Reasoning,
    ResponseFormatJSONObject,
    ResponseFormatText,
)

__all__ = [
    "Response",
    "ResponseError",
    "IncompleteDetails",
    "Conversation",
    "ResponseUsage",
    "InputTokensDetails",
    "OutputTokensDetails",
    "ResponseTextConfig",
    "ResponseFormatTextJSONSchemaConfig",
    "ResponsePrompt",
    "InputTokenCountResponse",
    "ResponseItemList",
    "ResponseOutputMessage",
    "ResponseOutputText",
    "ResponseOutputRefusal",
    "AnnotationFileCitation",
    "AnnotationURLCitation",
    "AnnotationContainerFileCitation",
    "AnnotationFilePath",
    "Logprob",
    "LogprobTopLogprob",
    "ResponseReasoningItem",
    "Summary",
    "ResponseReasoningItemContent",
    "EasyInputMessage",
    "Message",
    "ResponseInputMessageItem",
    "ResponseInputText",
    "ResponseInputTextContent",
    "ResponseInputImage",
    "ResponseInputImageContent",
    "ResponseInputFile",
    "ResponseInputFileContent",
    "ResponseInputAudio",
    "InputAudio",
    "ItemReference",
    "ComputerCallOutput",
    "ComputerCallOutputAcknowledgedSafetyCheck",
    "FunctionCallOutput",
    "ResponseInputItemImageGenerationCall",
    "ResponseInputItemLocalShellCall",
    "ResponseInputItemLocalShellCallAction",
    "ResponseInputItemLocalShellCallOutput",
    "ShellCall",
    "ShellCallAction",
    "ShellCallOutput",
    "ApplyPatchCall",
    "ApplyPatchCallOperationCreateFile",
    "ApplyPatchCallOperationDeleteFile",
    "ApplyPatchCallOperationUpdateFile",
    "ApplyPatchCallOutput",
    "ResponseInputItemMcpListTools",
    "ResponseInputItemMcpListToolsTool",
    "ResponseInputItemMcpApprovalRequest",
    "ResponseInputItemMcpApprovalResponse",
    "ResponseInputItemMcpCall",
    "ResponseItemImageGenerationCall",
    "ResponseItemLocalShellCall",
    "ResponseItemLocalShellCallAction",
    "ResponseItemLocalShellCallOutput",
    "ResponseItemMcpListTools",
    "ResponseItemMcpListToolsTool",
    "ResponseItemMcpApprovalRequest",
    "ResponseItemMcpApprovalResponse",
    "ResponseItemMcpCall",
    "ResponseFunctionToolCall",
    "ResponseFunctionToolCallItem",
    "ResponseFunctionToolCallOutputItem",
    "ResponseCustomToolCall",
    "ResponseCustomToolCallOutput",
    "ResponseFileSearchToolCall",
    "Result",
    "ResponseFunctionWebSearch",
    "ActionSearch",
    "ActionSearchSource",
    "ActionOpenPage",
    "ActionFind",
    "ResponseComputerToolCall",
    "ActionClick",
    "ActionDoubleClick",
    "ActionDrag",
    "ActionDragPath",
    "ActionKeypress",
    "ActionMove",
    "ActionScreenshot",
    "ActionScroll",
    "ActionType",
    "ActionWait",
    "PendingSafetyCheck",
    "AcknowledgedSafetyCheck",
    "ResponseComputerToolCallOutputItem",
    "ResponseComputerToolCallOutputScreenshot",
    "ResponseCodeInterpreterToolCall",
    "OutputLogs",
    "OutputImage",
    "ResponseFunctionShellToolCall",
    "ResponseFunctionShellToolCallAction",
    "ResponseFunctionShellToolCallOutput",
    "ResponseFunctionShellToolCallOutputOutput",
    "ResponseFunctionShellCallOutputContent",
    "OutcomeTimeout",
    "OutcomeExit",
    "OutputOutcomeTimeout",
    "OutputOutcomeExit",
    "ResponseApplyPatchToolCall",
    "ResponseApplyPatchToolCallOutput",
    "OperationCreateFile",
    "OperationDeleteFile",
    "OperationUpdateFile",
    "ResponseOutputItemImageGenerationCall",
    "ResponseOutputItemLocalShellCall",
    "ResponseOutputItemLocalShellCallAction",
    "ResponseOutputItemMcpCall",
    "ResponseOutputItemMcpListTools",
    "ResponseOutputItemMcpListToolsTool",
    "ResponseOutputItemMcpApprovalRequest",
    "FunctionTool",
    "CustomTool",
    "FileSearchTool",
    "RankingOptions",
    "RankingOptionsHybridSearch",
    "ComputerTool",
    "WebSearchTool",
    "WebSearchToolFilters",
    "WebSearchToolUserLocation",
    "WebSearchPreviewTool",
    "WebSearchPreviewToolUserLocation",
    "Mcp",
    "McpAllowedToolsMcpToolFilter",
    "McpRequireApprovalMcpToolApprovalFilter",
    "McpRequireApprovalMcpToolApprovalFilterAlways",
    "McpRequireApprovalMcpToolApprovalFilterNever",
    "CodeInterpreter",
    "CodeInterpreterContainerCodeInterpreterToolAuto",
    "ImageGeneration",
    "ImageGenerationInputImageMask",
    "LocalShell",
    "FunctionShellTool",
    "ApplyPatchTool",
    "ToolChoiceAllowed",
    "ToolChoiceTypes",
    "ToolChoiceFunction",
    "ToolChoiceCustom",
    "ToolChoiceMcp",
    "ToolChoiceApplyPatch",
    "ToolChoiceShell",
    "ParsedResponse",
    "ParsedResponseOutputMessage",
    "ParsedResponseOutputText",
    "ParsedResponseFunctionToolCall",
    "FileSearchToolFilters",
    "ContentType",
    "ParsedContent",
    "ParsedResponseOutputItem",
    "Operation",
    "ResponseCodeInterpreterToolCallOutput",
    "ResponseComputerToolCallAction",
    "ResponseCustomToolCallOutputOutputOutputContentList",
    "ResponseFormatTextConfig",
    "ResponseFunctionCallOutputItem",
    "ResponseFunctionCallOutputItemList",
    "Outcome",
    "OutputOutcome",
    "ResponseFunctionToolCallOutputItemOutputOutputContentList",
    "ResponseFunctionWebSearchAction",
    "ResponseIncludable",
    "ResponseInputContent",
    "ApplyPatchCallOperation",
    "ResponseInputItem",
    "ResponseInputMessageContentList",
    "ResponseItem",
    "ResponseOutputItem",
    "ResponseOutputMessageContent",
    "Annotation",
    "Variables",
    "ResponseStatus",
    "McpAllowedTools",
    "McpRequireApproval",
    "CodeInterpreterContainer",
    "Tool",
    "ToolChoiceOptions",
    "ToolChoice",
]


# -- the response object ---------------------------------------------------------------------------

@model
class Response(BaseModel):
    """A model response: its output items, status, usage and the settings it ran with."""

    id: Optional[str] = None
    created_at: Optional[float] = None
    error: Optional[ResponseError] = None
    incomplete_details: Optional[IncompleteDetails] = None
    instructions: Optional[Union[str, List[ResponseInputItem]]] = None
    metadata: Optional[Metadata] = None
    model: Optional[str] = None
    object: Optional[str] = None  # "response"
    output: Optional[List[ResponseOutputItem]] = None
    parallel_tool_calls: Optional[bool] = None
    temperature: Optional[float] = None
    tool_choice: Optional[ToolChoice] = None
    tools: Optional[List[Tool]] = None
    top_p: Optional[float] = None
    background: Optional[bool] = None
    conversation: Optional[Conversation] = None
    max_output_tokens: Optional[int] = None
    max_tool_calls: Optional[int] = None
    previous_response_id: Optional[str] = None
    prompt: Optional[ResponsePrompt] = None
    prompt_cache_key: Optional[str] = None
    prompt_cache_retention: Optional[str] = None
    reasoning: Optional[Reasoning] = None
    safety_identifier: Optional[str] = None
    service_tier: Optional[str] = None
    status: Optional[str] = None
    text: Optional[ResponseTextConfig] = None
    top_logprobs: Optional[int] = None
    truncation: Optional[str] = None
    usage: Optional[ResponseUsage] = None
    user: Optional[str] = None

    @property
    def output_text(self) -> str:
        """All `output_text` parts of the output messages, joined ("" when there are none)."""
        return "".join(
            part.text or ""
            for item in self.output or ()
            if getattr(item, "type", None) == "message"
            for part in getattr(item, "content", None) or ()
            if getattr(part, "type", None) == "output_text"
        )


@model
class ResponseError(BaseModel):
    """Why a response failed: an error code and a message."""

    code: Optional[str] = None
    message: Optional[str] = None


@model
class IncompleteDetails(BaseModel):
    """Why a response stopped before finishing (e.g. the output token limit)."""

    reason: Optional[str] = None


@model
class Conversation(BaseModel):
    """The conversation a response belongs to, by ID."""

    id: Optional[str] = None


@model
class ResponseUsage(BaseModel):
    """Token counts of a response: input, output and their total."""

    input_tokens: Optional[int] = None
    input_tokens_details: Optional[InputTokensDetails] = None
    output_tokens: Optional[int] = None
    output_tokens_details: Optional[OutputTokensDetails] = None
    total_tokens: Optional[int] = None


@model
class InputTokensDetails(BaseModel):
    """Breakdown of input tokens (how many came from the cache)."""

    cached_tokens: Optional[int] = None


@model
class OutputTokensDetails(BaseModel):
    """Breakdown of output tokens (how many were spent reasoning)."""

    reasoning_tokens: Optional[int] = None


@model
class ResponseTextConfig(BaseModel):
    """Text output settings of a response: its format and verbosity."""

    format: Optional[ResponseFormatTextConfig] = None
    verbosity: Optional[str] = None


@model
class ResponseFormatTextJSONSchemaConfig(BaseModel):
    """A text format that asks for JSON matching a given schema."""

    name: Optional[str] = None
    schema_: Optional[Dict[str, Any]] = field("schema")
    type: str = "json_schema"
    description: Optional[str] = None
    strict: Optional[bool] = None


@model
class ResponsePrompt(BaseModel):
    """A reusable prompt template referenced by ID, with its version and variables."""

    id: Optional[str] = None
    variables: Optional[Dict[str, Variables]] = None
    version: Optional[str] = None


@model
class InputTokenCountResponse(BaseModel):
    """What `responses.input_tokens.count` returns: the input token count."""

    input_tokens: Optional[int] = None
    object: Optional[str] = None  # "response.input_tokens"


@model
class ResponseItemList(BaseModel):
    """A list of response items with the IDs bounding it, as the API pages them."""

    data: Optional[List[ResponseItem]] = None
    first_id: Optional[str] = None
    has_more: Optional[bool] = None
    last_id: Optional[str] = None
    object: Optional[str] = None  # "list"


# -- output messages and their content -------------------------------------------------------------

@model
class ResponseOutputMessage(BaseModel):
    """A message the model wrote, made of text and refusal parts."""

    id: Optional[str] = None
    content: Optional[List[ResponseOutputMessageContent]] = None
    role: Optional[str] = None  # "assistant"
    status: Optional[str] = None
    type: str = "message"

    @classmethod
    def __accepts__(cls, data: Dict[str, Any]) -> bool:
        # Where an input message is also a "message" (input lists), the role and the parts decide.
        return data.get("role") == "assistant" and isinstance(data.get("content"), list)


@model
class ResponseOutputText(BaseModel):
    """A text part of an output message, with its annotations and optional logprobs."""

    annotations: Optional[List[Annotation]] = None
    text: Optional[str] = None
    type: str = "output_text"
    logprobs: Optional[List[Logprob]] = None


@model
class ResponseOutputRefusal(BaseModel):
    """A refusal part of an output message: the model declined to answer."""

    refusal: Optional[str] = None
    type: str = "refusal"


@model
class AnnotationFileCitation(BaseModel):
    """An annotation citing a file the model drew on."""

    file_id: Optional[str] = None
    filename: Optional[str] = None
    index: Optional[int] = None
    type: str = "file_citation"


@model
class AnnotationURLCitation(BaseModel):
    """An annotation citing a web page, with the span of text it covers."""

    end_index: Optional[int] = None
    start_index: Optional[int] = None
    title: Optional[str] = None
    type: str = "url_citation"
    url: Optional[str] = None


@model
class AnnotationContainerFileCitation(BaseModel):
    """An annotation citing a file in a code interpreter container."""

    container_id: Optional[str] = None
    end_index: Optional[int] = None
    file_id: Optional[str] = None
    filename: Optional[str] = None
    start_index: Optional[int] = None
    type: str = "container_file_citation"


@model
class AnnotationFilePath(BaseModel):
    """An annotation pointing at a file path produced by a tool."""

    file_id: Optional[str] = None
    index: Optional[int] = None
    type: str = "file_path"


@model
class Logprob(BaseModel):
    """Log probability of one output token, with its most likely alternatives."""

    token: Optional[str] = None
    bytes: Optional[List[int]] = None
    logprob: Optional[float] = None
    top_logprobs: Optional[List[LogprobTopLogprob]] = None


@model
class LogprobTopLogprob(BaseModel):
    """One alternative token and its log probability."""

    token: Optional[str] = None
    bytes: Optional[List[int]] = None
    logprob: Optional[float] = None


# -- reasoning -------------------------------------------------------------------------------------

@model
class ResponseReasoningItem(BaseModel):
    """The model's reasoning for a response: summary parts and, when asked, encrypted content."""

    id: Optional[str] = None
    summary: Optional[List[Summary]] = None
    type: str = "reasoning"
    content: Optional[List[ResponseReasoningItemContent]] = None
    encrypted_content: Optional[str] = None
    status: Optional[str] = None


@model
class Summary(BaseModel):
    """One summary part of a reasoning item."""

    text: Optional[str] = None
    type: str = "summary_text"


@model
class ResponseReasoningItemContent(BaseModel):
    """Reasoning text of a reasoning item."""

    text: Optional[str] = None
    type: str = "reasoning_text"


# -- input messages and content --------------------------------------------------------------------

@model
class EasyInputMessage(BaseModel):
    """A message given as input: a role and either a string or content parts."""

    content: Optional[Union[str, ResponseInputMessageContentList]] = None
    role: Optional[str] = None
    type: Optional[str] = None  # "message", may be left out

    __tags__ = ("message", None)


@model
class Message(BaseModel):
    """An input message whose content is a list of input parts."""

    content: Optional[ResponseInputMessageContentList] = None
    role: Optional[str] = None
    status: Optional[str] = None
    type: Optional[str] = None  # "message", may be left out

    __tags__ = ("message", None)


@model
class ResponseInputMessageItem(BaseModel):
    """An input message as stored, with its ID and status."""

    id: Optional[str] = None
    content: Optional[ResponseInputMessageContentList] = None
    role: Optional[str] = None
    status: Optional[str] = None
    type: Optional[str] = None  # "message", may be left out

    __tags__ = ("message", None)


@model
class ResponseInputText(BaseModel):
    """A text input part."""

    text: Optional[str] = None
    type: str = "input_text"


@model
class ResponseInputTextContent(BaseModel):
    """A text part given as a function call's output."""

    text: Optional[str] = None
    type: str = "input_text"


@model
class ResponseInputImage(BaseModel):
    """An image input part, by URL or file ID, with a detail level."""

    detail: Optional[str] = None
    type: str = "input_image"
    file_id: Optional[str] = None
    image_url: Optional[str] = None


@model
class ResponseInputImageContent(BaseModel):
    """An image part given as a function call's output."""

    type: str = "input_image"
    detail: Optional[str] = None
    file_id: Optional[str] = None
    image_url: Optional[str] = None


@model
class ResponseInputFile(BaseModel):
    """A file input part, by file ID, URL or inline data."""

    type: str = "input_file"
    file_data: Optional[str] = None
    file_id: Optional[str] = None
    file_url: Optional[str] = None
    filename: Optional[str] = None


@model
class ResponseInputFileContent(BaseModel):
    """A file part given as a function call's output."""

    type: str = "input_file"
    file_data: Optional[str] = None
    file_id: Optional[str] = None
    file_url: Optional[str] = None
    filename: Optional[str] = None


@model
class ResponseInputAudio(BaseModel):
    """An audio input part."""

    input_audio: Optional[InputAudio] = None
    type: str = "input_audio"


@model
class InputAudio(BaseModel):
    """Base64 audio data and its format, inside an audio input part."""

    data: Optional[str] = None
    format: Optional[str] = None


@model
class ItemReference(BaseModel):
    """A reference to an earlier item by ID, used as input."""

    id: Optional[str] = None
    type: Optional[str] = None  # "item_reference", may be left out

    __tags__ = ("item_reference", None)


# -- input items (other than messages) -------------------------------------------------------------

@model
class ComputerCallOutput(BaseModel):
    """The screenshot answering a computer use call, sent back as input."""

    call_id: Optional[str] = None
    output: Optional[ResponseComputerToolCallOutputScreenshot] = None
    type: str = "computer_call_output"
    id: Optional[str] = None
    acknowledged_safety_checks: Optional[List[ComputerCallOutputAcknowledgedSafetyCheck]] = None
    status: Optional[str] = None


@model
class ComputerCallOutputAcknowledgedSafetyCheck(BaseModel):
    """A safety check the caller acknowledged when answering a computer call."""

    id: Optional[str] = None
    code: Optional[str] = None
    message: Optional[str] = None


@model
class FunctionCallOutput(BaseModel):
    """The result of a function call, sent back as input."""

    call_id: Optional[str] = None
    output: Optional[Union[str, ResponseFunctionCallOutputItemList]] = None
    type: str = "function_call_output"
    id: Optional[str] = None
    status: Optional[str] = None


@model
class ResponseInputItemImageGenerationCall(BaseModel):
    """An image generation call given back as input."""

    id: Optional[str] = None
    result: Optional[str] = None
    status: Optional[str] = None
    type: str = "image_generation_call"


@model
class ResponseInputItemLocalShellCall(BaseModel):
    """A local shell call given back as input."""

    id: Optional[str] = None
    action: Optional[ResponseInputItemLocalShellCallAction] = None
    call_id: Optional[str] = None
    status: Optional[str] = None
    type: str = "local_shell_call"


@model
class ResponseInputItemLocalShellCallAction(BaseModel):
    """The command a local shell call runs."""

    command: Optional[List[str]] = None
    env: Optional[Dict[str, str]] = None
    type: str = "exec"
    timeout_ms: Optional[int] = None
    user: Optional[str] = None
    working_directory: Optional[str] = None


@model
class ResponseInputItemLocalShellCallOutput(BaseModel):
    """What a local shell command printed, sent back as input."""

    id: Optional[str] = None
    output: Optional[str] = None
    type: str = "local_shell_call_output"
    status: Optional[str] = None


@model
class ShellCall(BaseModel):
    """A shell tool call given back as input."""

    action: Optional[ShellCallAction] = None
    call_id: Optional[str] = None
    type: str = "shell_call"
    id: Optional[str] = None
    status: Optional[str] = None


@model
class ShellCallAction(BaseModel):
    """The commands and limits of a shell tool call."""

    commands: Optional[List[str]] = None
    max_output_length: Optional[int] = None
    timeout_ms: Optional[int] = None


@model
class ShellCallOutput(BaseModel):
    """The output of shell commands, sent back as input."""

    call_id: Optional[str] = None
    output: Optional[List[ResponseFunctionShellCallOutputContent]] = None
    type: str = "shell_call_output"
    id: Optional[str] = None
    max_output_length: Optional[int] = None


@model
class ApplyPatchCall(BaseModel):
    """An apply_patch tool call given back as input."""

    call_id: Optional[str] = None
    operation: Optional[ApplyPatchCallOperation] = None
    status: Optional[str] = None
    type: str = "apply_patch_call"
    id: Optional[str] = None


@model
class ApplyPatchCallOperationCreateFile(BaseModel):
    """Create a file with the given diff."""

    diff: Optional[str] = None
    path: Optional[str] = None
    type: str = "create_file"


@model
class ApplyPatchCallOperationDeleteFile(BaseModel):
    """Delete a file."""

    path: Optional[str] = None
    type: str = "delete_file"


@model
class ApplyPatchCallOperationUpdateFile(BaseModel):
    """Change a file with the given diff."""

    diff: Optional[str] = None
    path: Optional[str] = None
    type: str = "update_file"


@model
class ApplyPatchCallOutput(BaseModel):
    """The result of applying a patch, sent back as input."""

    call_id: Optional[str] = None
    status: Optional[str] = None
    type: str = "apply_patch_call_output"
    id: Optional[str] = None
    output: Optional[str] = None


@model
class ResponseInputItemMcpListTools(BaseModel):
    """The tools an MCP server listed, given back as input."""

    id: Optional[str] = None
    server_label: Optional[str] = None
    tools: Optional[List[ResponseInputItemMcpListToolsTool]] = None
    type: str = "mcp_list_tools"
    error: Optional[str] = None


@model
class ResponseInputItemMcpListToolsTool(BaseModel):
    """One tool an MCP server offers."""

    input_schema: Any = None
    name: Optional[str] = None
    annotations: Optional[Any] = None
    description: Optional[str] = None


@model
class ResponseInputItemMcpApprovalRequest(BaseModel):
    """A request to approve an MCP tool call, given back as input."""

    id: Optional[str] = None
    arguments: Optional[str] = None
    name: Optional[str] = None
    server_label: Optional[str] = None
    type: str = "mcp_approval_request"


@model
class ResponseInputItemMcpApprovalResponse(BaseModel):
    """The caller's answer to an MCP approval request."""

    approval_request_id: Optional[str] = None
    approve: Optional[bool] = None
    type: str = "mcp_approval_response"
    id: Optional[str] = None
    reason: Optional[str] = None


@model
class ResponseInputItemMcpCall(BaseModel):
    """An MCP tool call given back as input."""

    id: Optional[str] = None
    arguments: Optional[str] = None
    name: Optional[str] = None
    server_label: Optional[str] = None
    type: str = "mcp_call"
    approval_request_id: Optional[str] = None
    error: Optional[str] = None
    output: Optional[str] = None
    status: Optional[str] = None


# -- items as `input_items.list` returns them ------------------------------------------------------

@model
class ResponseItemImageGenerationCall(BaseModel):
    """A stored image generation call."""

    id: Optional[str] = None
    result: Optional[str] = None
    status: Optional[str] = None
    type: str = "image_generation_call"


@model
class ResponseItemLocalShellCall(BaseModel):
    """A stored local shell call."""

    id: Optional[str] = None
    action: Optional[ResponseItemLocalShellCallAction] = None
    call_id: Optional[str] = None
    status: Optional[str] = None
    type: str = "local_shell_call"


@model
class ResponseItemLocalShellCallAction(BaseModel):
    """The command a stored local shell call ran."""

    command: Optional[List[str]] = None
    env: Optional[Dict[str, str]] = None
    type: str = "exec"
    timeout_ms: Optional[int] = None
    user: Optional[str] = None
    working_directory: Optional[str] = None


@model
class ResponseItemLocalShellCallOutput(BaseModel):
    """The stored output of a local shell call."""

    id: Optional[str] = None
    output: Optional[str] = None
    type: str = "local_shell_call_output"
    status: Optional[str] = None


@model
class ResponseItemMcpListTools(BaseModel):
    """A stored listing of an MCP server's tools."""

    id: Optional[str] = None
    server_label: Optional[str] = None
    tools: Optional[List[ResponseItemMcpListToolsTool]] = None
    type: str = "mcp_list_tools"
    error: Optional[str] = None


@model
class ResponseItemMcpListToolsTool(BaseModel):
    """One tool of a stored MCP listing."""

    input_schema: Any = None
    name: Optional[str] = None
    annotations: Optional[Any] = None
    description: Optional[str] = None


@model
class ResponseItemMcpApprovalRequest(BaseModel):
    """A stored request to approve an MCP tool call."""

    id: Optional[str] = None
    arguments: Optional[str] = None
    name: Optional[str] = None
    server_label: Optional[str] = None
    type: str = "mcp_approval_request"


@model
class ResponseItemMcpApprovalResponse(BaseModel):
    """A stored answer to an MCP approval request."""

    id: Optional[str] = None
    approval_request_id: Optional[str] = None
    approve: Optional[bool] = None
    type: str = "mcp_approval_response"
    reason: Optional[str] = None


@model
class ResponseItemMcpCall(BaseModel):
    """A stored MCP tool call."""

    id: Optional[str] = None
    arguments: Optional[str] = None
    name: Optional[str] = None
    server_label: Optional[str] = None
    type: str = "mcp_call"
    approval_request_id: Optional[str] = None
    error: Optional[str] = None
    output: Optional[str] = None
    status: Optional[str] = None


# -- tool calls in the output ----------------------------------------------------------------------

@model
class ResponseFunctionToolCall(BaseModel):
    """A call the model wants made to one of your functions, with JSON arguments."""

    arguments: Optional[str] = None
    call_id: Optional[str] = None
    name: Optional[str] = None
    type: str = "function_call"
    id: Optional[str] = None
    status: Optional[str] = None


@model
class ResponseFunctionToolCallItem(ResponseFunctionToolCall):
    """A stored function call, with its ID."""

    id: Optional[str] = None


@model
class ResponseFunctionToolCallOutputItem(BaseModel):
    """A stored function call result."""

    id: Optional[str] = None
    call_id: Optional[str] = None
    output: Optional[Union[str, List[ResponseFunctionToolCallOutputItemOutputOutputContentList]]] = None
    type: str = "function_call_output"
    status: Optional[str] = None


@model
class ResponseCustomToolCall(BaseModel):
    """A call to a custom tool, with free-form input."""

    call_id: Optional[str] = None
    input: Optional[str] = None
    name: Optional[str] = None
    type: str = "custom_tool_call"
    id: Optional[str] = None


@model
class ResponseCustomToolCallOutput(BaseModel):
    """The result of a custom tool call."""

    call_id: Optional[str] = None
    output: Optional[Union[str, List[ResponseCustomToolCallOutputOutputOutputContentList]]] = None
    type: str = "custom_tool_call_output"
    id: Optional[str] = None


@model
class ResponseFileSearchToolCall(BaseModel):
    """A file search the model ran, with its queries and (when included) results."""

    id: Optional[str] = None
    queries: Optional[List[str]] = None
    status: Optional[str] = None
    type: str = "file_search_call"
    results: Optional[List[Result]] = None


@model
class Result(BaseModel):
    """One file search hit: the file, the matching text and its score."""

    attributes: Optional[Dict[str, Union[str, float, bool]]] = None
    file_id: Optional[str] = None
    filename: Optional[str] = None
    score: Optional[float] = None
    text: Optional[str] = None


@model
class ResponseFunctionWebSearch(BaseModel):
    """A web search the model ran, with the action it took."""

    id: Optional[str] = None
    action: Optional[ResponseFunctionWebSearchAction] = None
    status: Optional[str] = None
    type: str = "web_search_call"


@model
class ActionSearch(BaseModel):
    """Web search action: a search query."""

    query: Optional[str] = None
    type: str = "search"
    sources: Optional[List[ActionSearchSource]] = None


@model
class ActionSearchSource(BaseModel):
    """A source a web search consulted."""

    type: str = "url"
    url: Optional[str] = None


@model
class ActionOpenPage(BaseModel):
    """Web search action: open a page."""

    type: str = "open_page"
    url: Optional[str] = None


@model
class ActionFind(BaseModel):
    """Web search action: find a pattern in an opened page."""

    pattern: Optional[str] = None
    type: str = "find"
    url: Optional[str] = None


@model
class ResponseComputerToolCall(BaseModel):
    """A computer use action the model asks you to perform."""

    id: Optional[str] = None
    action: Optional[ResponseComputerToolCallAction] = None
    call_id: Optional[str] = None
    pending_safety_checks: Optional[List[PendingSafetyCheck]] = None
    status: Optional[str] = None
    type: str = "computer_call"


@model
class ActionClick(BaseModel):
    """Computer action: click a mouse button at a point."""

    button: Optional[str] = None
    type: str = "click"
    x: Optional[int] = None
    y: Optional[int] = None


@model
class ActionDoubleClick(BaseModel):
    """Computer action: double-click at a point."""

    type: str = "double_click"
    x: Optional[int] = None
    y: Optional[int] = None


@model
class ActionDrag(BaseModel):
    """Computer action: drag along a path."""

    path: Optional[List[ActionDragPath]] = None
    type: str = "drag"


@model
class ActionDragPath(BaseModel):
    """One point of a drag path."""

    x: Optional[int] = None
    y: Optional[int] = None


@model
class ActionKeypress(BaseModel):
    """Computer action: press a key combination."""

    keys: Optional[List[str]] = None
    type: str = "keypress"


@model
class ActionMove(BaseModel):
    """Computer action: move the mouse to a point."""

    type: str = "move"
    x: Optional[int] = None
    y: Optional[int] = None


@model
class ActionScreenshot(BaseModel):
    """Computer action: take a screenshot."""

    type: str = "screenshot"


@model
class ActionScroll(BaseModel):
    """Computer action: scroll at a point."""

    scroll_x: Optional[int] = None
    scroll_y: Optional[int] = None
    type: str = "scroll"
    x: Optional[int] = None
    y: Optional[int] = None


@model
class ActionType(BaseModel):
    """Computer action: type text."""

    text: Optional[str] = None
    type: str = "type"


@model
class ActionWait(BaseModel):
    """Computer action: wait a moment."""

    type: str = "wait"


@model
class PendingSafetyCheck(BaseModel):
    """A safety check raised on a computer call, to acknowledge before going on."""

    id: Optional[str] = None
    code: Optional[str] = None
    message: Optional[str] = None


@model
class AcknowledgedSafetyCheck(BaseModel):
    """A safety check that was acknowledged when answering a computer call."""

    id: Optional[str] = None
    code: Optional[str] = None
    message: Optional[str] = None


@model
class ResponseComputerToolCallOutputItem(BaseModel):
    """A stored answer to a computer call (its screenshot)."""

    id: Optional[str] = None
    call_id: Optional[str] = None
    output: Optional[ResponseComputerToolCallOutputScreenshot] = None
    type: str = "computer_call_output"
    acknowledged_safety_checks: Optional[List[AcknowledgedSafetyCheck]] = None
    status: Optional[str] = None


@model
class ResponseComputerToolCallOutputScreenshot(BaseModel):
    """A screenshot answering a computer call, by URL or file ID."""

    type: str = "computer_screenshot"
    file_id: Optional[str] = None
    image_url: Optional[str] = None


@model
class ResponseCodeInterpreterToolCall(BaseModel):
    """Code the model ran in a code interpreter container, with its outputs."""

    id: Optional[str] = None
    code: Optional[str] = None
    container_id: Optional[str] = None
    outputs: Optional[List[ResponseCodeInterpreterToolCallOutput]] = None
    status: Optional[str] = None
    type: str = "code_interpreter_call"


@model
class OutputLogs(BaseModel):
    """Code interpreter output: logs printed by the code."""

    logs: Optional[str] = None
    type: str = "logs"


@model
class OutputImage(BaseModel):
    """Code interpreter output: an image the code produced."""

    type: str = "image"
    url: Optional[str] = None


@model
class ResponseFunctionShellToolCall(BaseModel):
    """A shell tool call: commands the model wants run."""

    id: Optional[str] = None
    action: Optional[ResponseFunctionShellToolCallAction] = None
    call_id: Optional[str] = None
    status: Optional[str] = None
    type: str = "shell_call"
    created_by: Optional[str] = None


@model
class ResponseFunctionShellToolCallAction(BaseModel):
    """The commands of a shell tool call, with their limits."""

    commands: Optional[List[str]] = None
    max_output_length: Optional[int] = None
    timeout_ms: Optional[int] = None


@model
class ResponseFunctionShellToolCallOutput(BaseModel):
    """The output of a shell tool call's commands."""

    id: Optional[str] = None
    call_id: Optional[str] = None
    max_output_length: Optional[int] = None
    output: Optional[List[ResponseFunctionShellToolCallOutputOutput]] = None
    type: str = "shell_call_output"
    created_by: Optional[str] = None


@model
class ResponseFunctionShellToolCallOutputOutput(BaseModel):
    """Output of one shell command: stdout, stderr and how it ended."""

    outcome: Optional[OutputOutcome] = None
    stderr: Optional[str] = None
    stdout: Optional[str] = None
    created_by: Optional[str] = None


@model
class ResponseFunctionShellCallOutputContent(BaseModel):
    """Output of one shell command, as sent back to the model."""

    outcome: Optional[Outcome] = None
    stderr: Optional[str] = None
    stdout: Optional[str] = None


@model
class OutcomeTimeout(BaseModel):
    """The shell command timed out."""

    type: str = "timeout"


@model
class OutcomeExit(BaseModel):
    """The shell command exited, with its exit code."""

    exit_code: Optional[int] = None
    type: str = "exit"


@model
class OutputOutcomeTimeout(BaseModel):
    """The shell command timed out."""

    type: str = "timeout"


@model
class OutputOutcomeExit(BaseModel):
    """The shell command exited, with its exit code."""

    exit_code: Optional[int] = None
    type: str = "exit"


@model
class ResponseApplyPatchToolCall(BaseModel):
    """A file change the model wants applied with the apply_patch tool."""

    id: Optional[str] = None
    call_id: Optional[str] = None
    operation: Optional[Operation] = None
    status: Optional[str] = None
    type: str = "apply_patch_call"
    created_by: Optional[str] = None


@model
class ResponseApplyPatchToolCallOutput(BaseModel):
    """The result of applying a patch."""

    id: Optional[str] = None
    call_id: Optional[str] = None
    status: Optional[str] = None
    type: str = "apply_patch_call_output"
    created_by: Optional[str] = None
    output: Optional[str] = None


@model
class OperationCreateFile(BaseModel):
    """Patch operation: create a file."""

    diff: Optional[str] = None
    path: Optional[str] = None
    type: str = "create_file"


@model
class OperationDeleteFile(BaseModel):
    """Patch operation: delete a file."""

    path: Optional[str] = None
    type: str = "delete_file"


@model
class OperationUpdateFile(BaseModel):
    """Patch operation: update a file."""

    diff: Optional[str] = None
    path: Optional[str] = None
    type: str = "update_file"


@model
class ResponseOutputItemImageGenerationCall(BaseModel):
    """An image the model generated with the image generation tool."""

    id: Optional[str] = None
    result: Optional[str] = None
    status: Optional[str] = None
    type: str = "image_generation_call"


@model
class ResponseOutputItemLocalShellCall(BaseModel):
    """A command the model wants run on your machine with the local shell tool."""

    id: Optional[str] = None
    action: Optional[ResponseOutputItemLocalShellCallAction] = None
    call_id: Optional[str] = None
    status: Optional[str] = None
    type: str = "local_shell_call"


@model
class ResponseOutputItemLocalShellCallAction(BaseModel):
    """The command of a local shell call."""

    command: Optional[List[str]] = None
    env: Optional[Dict[str, str]] = None
    type: str = "exec"
    timeout_ms: Optional[int] = None
    user: Optional[str] = None
    working_directory: Optional[str] = None


@model
class ResponseOutputItemMcpCall(BaseModel):
    """A call the model made to a tool on a remote MCP server."""

    id: Optional[str] = None
    arguments: Optional[str] = None
    name: Optional[str] = None
    server_label: Optional[str] = None
    type: str = "mcp_call"
    approval_request_id: Optional[str] = None
    error: Optional[str] = None
    output: Optional[str] = None
    status: Optional[str] = None


@model
class ResponseOutputItemMcpListTools(BaseModel):
    """The tools a remote MCP server offers."""

    id: Optional[str] = None
    server_label: Optional[str] = None
    tools: Optional[List[ResponseOutputItemMcpListToolsTool]] = None
    type: str = "mcp_list_tools"
    error: Optional[str] = None


@model
class ResponseOutputItemMcpListToolsTool(BaseModel):
    """One tool an MCP server offers."""

    input_schema: Any = None
    name: Optional[str] = None
    annotations: Optional[Any] = None
    description: Optional[str] = None


@model
class ResponseOutputItemMcpApprovalRequest(BaseModel):
    """A request for your approval before an MCP tool call runs."""

    id: Optional[str] = None
    arguments: Optional[str] = None
    name: Optional[str] = None
    server_label: Optional[str] = None
    type: str = "mcp_approval_request"


# -- tools -----------------------------------------------------------------------------------------

@model
class FunctionTool(BaseModel):
    """A function of yours the model may call, with a JSON schema for its arguments."""

    name: Optional[str] = None
    parameters: Optional[Dict[str, Any]] = None
    strict: Optional[bool] = None
    type: str = "function"
    description: Optional[str] = None


@model
class CustomTool(BaseModel):
    """A custom tool taking free-form input, optionally constrained by a grammar."""

    name: Optional[str] = None
    type: str = "custom"
    description: Optional[str] = None
    format: Optional[CustomToolInputFormat] = None


@model
class FileSearchTool(BaseModel):
    """The built-in file search tool over vector stores."""

    type: str = "file_search"
    vector_store_ids: Optional[List[str]] = None
    filters: Optional[FileSearchToolFilters] = None
    max_num_results: Optional[int] = None
    ranking_options: Optional[RankingOptions] = None


@model
class RankingOptions(BaseModel):
    """How file search ranks its hits."""

    hybrid_search: Optional[RankingOptionsHybridSearch] = None
    ranker: Optional[str] = None
    score_threshold: Optional[float] = None


@model
class RankingOptionsHybridSearch(BaseModel):
    """Weights of semantic and keyword matching in hybrid file search."""

    embedding_weight: Optional[float] = None
    text_weight: Optional[float] = None


@model
class ComputerTool(BaseModel):
    """The computer use tool: a virtual display the model controls."""

    display_height: Optional[int] = None
    display_width: Optional[int] = None
    environment: Optional[str] = None
    type: str = "computer_use_preview"


@model
class WebSearchTool(BaseModel):
    """The built-in web search tool."""

    type: Optional[str] = None  # "web_search" | "web_search_2025_08_26"
    filters: Optional[WebSearchToolFilters] = None
    search_context_size: Optional[str] = None
    user_location: Optional[WebSearchToolUserLocation] = None

    __tags__ = ("web_search", "web_search_2025_08_26")


@model
class WebSearchToolFilters(BaseModel):
    """Domains web search may draw on."""

    allowed_domains: Optional[List[str]] = None


@model
class WebSearchToolUserLocation(BaseModel):
    """The user's approximate location, to localise web search."""

    city: Optional[str] = None
    country: Optional[str] = None
    region: Optional[str] = None
    timezone: Optional[str] = None
    type: Optional[str] = None


@model
class WebSearchPreviewTool(BaseModel):
    """The preview version of the web search tool."""

    type: Optional[str] = None  # "web_search_preview" | "web_search_preview_2025_03_11"
    search_context_size: Optional[str] = None
    user_location: Optional[WebSearchPreviewToolUserLocation] = None

    __tags__ = ("web_search_preview", "web_search_preview_2025_03_11")


@model
class WebSearchPreviewToolUserLocation(BaseModel):
    """The user's approximate location, for the web search preview tool."""

    type: str = "approximate"
    city: Optional[str] = None
    country: Optional[str] = None
    region: Optional[str] = None
    timezone: Optional[str] = None


@model
class Mcp(BaseModel):
    """A remote MCP server whose tools the model may call."""

    server_label: Optional[str] = None
    type: str = "mcp"
    allowed_tools: Optional[McpAllowedTools] = None
    authorization: Optional[str] = None
    connector_id: Optional[str] = None
    headers: Optional[Dict[str, str]] = None
    require_approval: Optional[McpRequireApproval] = None
    server_description: Optional[str] = None
    server_url: Optional[str] = None


@model
class McpAllowedToolsMcpToolFilter(BaseModel):
    """Which of an MCP server's tools may be used."""

    read_only: Optional[bool] = None
    tool_names: Optional[List[str]] = None


@model
class McpRequireApprovalMcpToolApprovalFilter(BaseModel):
    """Which MCP tools need approval and which do not."""

    always: Optional[McpRequireApprovalMcpToolApprovalFilterAlways] = None
    never: Optional[McpRequireApprovalMcpToolApprovalFilterNever] = None


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
class CodeInterpreter(BaseModel):
    """The code interpreter tool, running Python in a container."""

    container: Optional[CodeInterpreterContainer] = None
    type: str = "code_interpreter"


@model
class CodeInterpreterContainerCodeInterpreterToolAuto(BaseModel):
    """A container created for the code interpreter, with optional files."""

    type: str = "auto"
    file_ids: Optional[List[str]] = None
    memory_limit: Optional[str] = None


@model
class ImageGeneration(BaseModel):
    """The image generation tool and its output settings."""

    type: str = "image_generation"
    background: Optional[str] = None
    input_fidelity: Optional[str] = None
    input_image_mask: Optional[ImageGenerationInputImageMask] = None
    model: Optional[str] = None
    moderation: Optional[str] = None
    output_compression: Optional[int] = None
    output_format: Optional[str] = None
    partial_images: Optional[int] = None
    quality: Optional[str] = None
    size: Optional[str] = None


@model
class ImageGenerationInputImageMask(BaseModel):
    """A mask for inpainting with the image generation tool."""

    file_id: Optional[str] = None
    image_url: Optional[str] = None


@model
class LocalShell(BaseModel):
    """The local shell tool: commands run on your side."""

    type: str = "local_shell"


@model
class FunctionShellTool(BaseModel):
    """The shell tool: commands run on your side, several at a time."""

    type: str = "shell"


@model
class ApplyPatchTool(BaseModel):
    """The apply_patch tool: file edits applied on your side."""

    type: str = "apply_patch"


# -- tool choice -----------------------------------------------------------------------------------

@model
class ToolChoiceAllowed(BaseModel):
    """Restrict the model to a set of allowed tools."""

    mode: Optional[str] = None
    tools: Optional[List[Dict[str, Any]]] = None
    type: str = "allowed_tools"


@model
class ToolChoiceTypes(BaseModel):
    """Make the model use a given built-in tool."""

    type: Optional[str] = None  # which one: "file_search", "web_search_preview", ...

    __tags__ = ("file_search", "web_search_preview", "computer_use_preview", "web_search_preview_2025_03_11",
                "image_generation", "code_interpreter")


@model
class ToolChoiceFunction(BaseModel):
    """Make the model call a given function."""

    name: Optional[str] = None
    type: str = "function"


@model
class ToolChoiceCustom(BaseModel):
    """Make the model call a given custom tool."""

    name: Optional[str] = None
    type: str = "custom"


@model
class ToolChoiceMcp(BaseModel):
    """Make the model use a tool of a given MCP server."""

    server_label: Optional[str] = None
    type: str = "mcp"
    name: Optional[str] = None


@model
class ToolChoiceApplyPatch(BaseModel):
    """Make the model use the apply_patch tool."""

    type: str = "apply_patch"


@model
class ToolChoiceShell(BaseModel):
    """Make the model use the shell tool."""

    type: str = "shell"


# -- parsed results (filled by the parse helper) ---------------------------------------------------

@model
class ParsedResponse(Response):
    """A response whose output texts were parsed into your type (``responses.parse``)."""

    output: Optional[List[ParsedResponseOutputItem]] = None

    @property
    def output_parsed(self) -> Any:
        """The first parsed ``output_text`` of the output messages (None when there is none)."""
        for item in self.output or ():
            if getattr(item, "type", None) == "message":
                for part in getattr(item, "content", None) or ():
                    if getattr(part, "type", None) == "output_text" and getattr(part, "parsed", None):
                        return part.parsed
        return None


@model
class ParsedResponseOutputMessage(ResponseOutputMessage):
    """An output message whose text parts carry ``parsed``."""

    content: Optional[List[ParsedContent]] = None


@model
class ParsedResponseOutputText(ResponseOutputText):
    """A text part with the object parsed from it (``parsed``)."""

    parsed: Any = None


@model
class ParsedResponseFunctionToolCall(ResponseFunctionToolCall):
    """A function call with its arguments parsed (``parsed_arguments``); sent back as input
    without them, as the API expects."""

    __api_exclude__ = frozenset({"parsed_arguments"})

    parsed_arguments: Any = None


# -- unions and aliases ----------------------------------------------------------------------------

FileSearchToolFilters = Union[ComparisonFilter, CompoundFilter, None]
ContentType = Any
ParsedContent = Union[ParsedResponseOutputText, ResponseOutputRefusal]
ParsedResponseOutputItem = Union[
    ParsedResponseOutputMessage,
    ParsedResponseFunctionToolCall,
    ResponseFileSearchToolCall,
    ResponseFunctionWebSearch,
    ResponseComputerToolCall,
    ResponseReasoningItem,
    ResponseOutputItemMcpCall,
    ResponseOutputItemMcpApprovalRequest,
    ResponseOutputItemImageGenerationCall,
    ResponseOutputItemLocalShellCall,
    ResponseOutputItemLocalShellCallAction,
    ResponseOutputItemMcpListTools,
    ResponseCodeInterpreterToolCall,
    ResponseCustomToolCall,
    ResponseFunctionShellToolCall,
    ResponseFunctionShellToolCallOutput,
    ResponseApplyPatchToolCall,
    ResponseApplyPatchToolCallOutput,
]
Operation = Union[OperationCreateFile, OperationDeleteFile, OperationUpdateFile]
ResponseCodeInterpreterToolCallOutput = Union[OutputLogs, OutputImage]
ResponseComputerToolCallAction = Union[
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
ResponseCustomToolCallOutputOutputOutputContentList = Union[
    ResponseInputText,
    ResponseInputImage,
    ResponseInputFile,
]
ResponseFormatTextConfig = Union[
    ResponseFormatText,
    ResponseFormatTextJSONSchemaConfig,
    ResponseFormatJSONObject,
]
ResponseFunctionCallOutputItem = Union[
    ResponseInputTextContent,
    ResponseInputImageContent,
    ResponseInputFileContent,
]
ResponseFunctionCallOutputItemList = List[ResponseFunctionCallOutputItem]
Outcome = Union[OutcomeTimeout, OutcomeExit]
OutputOutcome = Union[OutputOutcomeTimeout, OutputOutcomeExit]
ResponseFunctionToolCallOutputItemOutputOutputContentList = Union[
    ResponseInputText,
    ResponseInputImage,
    ResponseInputFile,
]
ResponseFunctionWebSearchAction = Union[ActionSearch, ActionOpenPage, ActionFind]
ResponseIncludable = Literal["file_search_call.results", "web_search_call.results", "web_search_call.action.sources", "message.input_image.image_url", "computer_call_output.output.image_url", "code_interpreter_call.outputs", "reasoning.encrypted_content", "message.output_text.logprobs"]
ResponseInputContent = Union[ResponseInputText, ResponseInputImage, ResponseInputFile]
ApplyPatchCallOperation = Union[
    ApplyPatchCallOperationCreateFile,
    ApplyPatchCallOperationDeleteFile,
    ApplyPatchCallOperationUpdateFile,
]
ResponseInputItem = Union[
    EasyInputMessage,
    Message,
    ResponseOutputMessage,
    ResponseFileSearchToolCall,
    ResponseComputerToolCall,
    ComputerCallOutput,
    ResponseFunctionWebSearch,
    ResponseFunctionToolCall,
    FunctionCallOutput,
    ResponseReasoningItem,
    ResponseInputItemImageGenerationCall,
    ResponseCodeInterpreterToolCall,
    ResponseInputItemLocalShellCall,
    ResponseInputItemLocalShellCallOutput,
    ShellCall,
    ShellCallOutput,
    ApplyPatchCall,
    ApplyPatchCallOutput,
    ResponseInputItemMcpListTools,
    ResponseInputItemMcpApprovalRequest,
    ResponseInputItemMcpApprovalResponse,
    ResponseInputItemMcpCall,
    ResponseCustomToolCallOutput,
    ResponseCustomToolCall,
    ItemReference,
]
ResponseInputMessageContentList = List[ResponseInputContent]
ResponseItem = Union[
    ResponseInputMessageItem,
    ResponseOutputMessage,
    ResponseFileSearchToolCall,
    ResponseComputerToolCall,
    ResponseComputerToolCallOutputItem,
    ResponseFunctionWebSearch,
    ResponseFunctionToolCallItem,
    ResponseFunctionToolCallOutputItem,
    ResponseItemImageGenerationCall,
    ResponseCodeInterpreterToolCall,
    ResponseItemLocalShellCall,
    ResponseItemLocalShellCallOutput,
    ResponseFunctionShellToolCall,
    ResponseFunctionShellToolCallOutput,
    ResponseApplyPatchToolCall,
    ResponseApplyPatchToolCallOutput,
    ResponseItemMcpListTools,
    ResponseItemMcpApprovalRequest,
    ResponseItemMcpApprovalResponse,
    ResponseItemMcpCall,
]
ResponseOutputItem = Union[
    ResponseOutputMessage,
    ResponseFileSearchToolCall,
    ResponseFunctionToolCall,
    ResponseFunctionWebSearch,
    ResponseComputerToolCall,
    ResponseReasoningItem,
    ResponseOutputItemImageGenerationCall,
    ResponseCodeInterpreterToolCall,
    ResponseOutputItemLocalShellCall,
    ResponseFunctionShellToolCall,
    ResponseFunctionShellToolCallOutput,
    ResponseApplyPatchToolCall,
    ResponseApplyPatchToolCallOutput,
    ResponseOutputItemMcpCall,
    ResponseOutputItemMcpListTools,
    ResponseOutputItemMcpApprovalRequest,
    ResponseCustomToolCall,
]
ResponseOutputMessageContent = Union[ResponseOutputText, ResponseOutputRefusal]
Annotation = Union[
    AnnotationFileCitation,
    AnnotationURLCitation,
    AnnotationContainerFileCitation,
    AnnotationFilePath,
]
Variables = Union[str, ResponseInputText, ResponseInputImage, ResponseInputFile]
ResponseStatus = Literal["completed", "failed", "in_progress", "cancelled", "queued", "incomplete"]
McpAllowedTools = Union[List[str], McpAllowedToolsMcpToolFilter, None]
McpRequireApproval = Union[McpRequireApprovalMcpToolApprovalFilter, Literal["always", "never"], None]
CodeInterpreterContainer = Union[str, CodeInterpreterContainerCodeInterpreterToolAuto]
Tool = Union[
    FunctionTool,
    FileSearchTool,
    ComputerTool,
    WebSearchTool,
    Mcp,
    CodeInterpreter,
    ImageGeneration,
    LocalShell,
    FunctionShellTool,
    CustomTool,
    WebSearchPreviewTool,
    ApplyPatchTool,
]
ToolChoiceOptions = Literal["none", "auto", "required"]
ToolChoice = Union[
    ToolChoiceOptions,
    ToolChoiceAllowed,
    ToolChoiceTypes,
    ToolChoiceFunction,
    ToolChoiceMcp,
    ToolChoiceCustom,
    ToolChoiceApplyPatch,
    ToolChoiceShell,
]
