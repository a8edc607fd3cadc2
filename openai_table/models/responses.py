"""Response models of the Responses API: the `Response` object, the items that go in and come out,
their content parts, the tools a response may call and the choice among them.

The stream events live beside this module in `responses_events.py`."""

from __future__ import annotations

from typing import Any, Dict, Generic, List, Literal, Optional, TypeVar, Union

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

    id: str = None
    created_at: float = None
    error: Optional[ResponseError] = None
    incomplete_details: Optional[IncompleteDetails] = None
    instructions: Optional[Union[str, List[ResponseInputItem]]] = None
    metadata: Optional[Metadata] = None
    model: str = None
    object: Literal["response"] = None  # "response"
    output: List[ResponseOutputItem] = None
    parallel_tool_calls: bool = None
    temperature: Optional[float] = None
    tool_choice: ToolChoice = None
    tools: List[Tool] = None
    top_p: Optional[float] = None
    background: Optional[bool] = None
    conversation: Optional[Conversation] = None
    max_output_tokens: Optional[int] = None
    max_tool_calls: Optional[int] = None
    previous_response_id: Optional[str] = None
    prompt: Optional[ResponsePrompt] = None
    prompt_cache_key: Optional[str] = None
    prompt_cache_retention: Optional[Literal["in-memory", "24h"]] = None
    reasoning: Optional[Reasoning] = None
    safety_identifier: Optional[str] = None
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority"]] = None
    status: Optional[Literal["completed", "failed", "in_progress", "cancelled", "queued", "incomplete"]] = None
    text: Optional[ResponseTextConfig] = None
    top_logprobs: Optional[int] = None
    truncation: Optional[Literal["auto", "disabled"]] = None
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

    code: Literal["server_error", "rate_limit_exceeded", "invalid_prompt", "vector_store_timeout", "invalid_image", "invalid_image_format", "invalid_base64_image", "invalid_image_url", "image_too_large", "image_too_small", "image_parse_error", "image_content_policy_violation", "invalid_image_mode", "image_file_too_large", "unsupported_image_media_type", "empty_image_file", "failed_to_download_image", "image_file_not_found"] = None
    message: str = None


@model
class IncompleteDetails(BaseModel):
    """Why a response stopped before finishing (e.g. the output token limit)."""

    reason: Optional[Literal["max_output_tokens", "content_filter"]] = None


@model
class Conversation(BaseModel):
    """The conversation a response belongs to, by ID."""

    id: str = None


@model
class ResponseUsage(BaseModel):
    """Token counts of a response: input, output and their total."""

    input_tokens: int = None
    input_tokens_details: InputTokensDetails = None
    output_tokens: int = None
    output_tokens_details: OutputTokensDetails = None
    total_tokens: int = None


@model
class InputTokensDetails(BaseModel):
    """Breakdown of input tokens (how many came from the cache)."""

    cached_tokens: int = None


@model
class OutputTokensDetails(BaseModel):
    """Breakdown of output tokens (how many were spent reasoning)."""

    reasoning_tokens: int = None


@model
class ResponseTextConfig(BaseModel):
    """Text output settings of a response: its format and verbosity."""

    format: Optional[ResponseFormatTextConfig] = None
    verbosity: Optional[Literal["low", "medium", "high"]] = None


@model
class ResponseFormatTextJSONSchemaConfig(BaseModel):
    """A text format that asks for JSON matching a given schema."""

    name: str = None
    schema_: Dict[str, Any] = field("schema")
    type: Literal["json_schema"] = "json_schema"
    description: Optional[str] = None
    strict: Optional[bool] = None


@model
class ResponsePrompt(BaseModel):
    """A reusable prompt template referenced by ID, with its version and variables."""

    id: str = None
    variables: Optional[Dict[str, Variables]] = None
    version: Optional[str] = None


@model
class InputTokenCountResponse(BaseModel):
    """What `responses.input_tokens.count` returns: the input token count."""

    input_tokens: int = None
    object: Literal["response.input_tokens"] = None  # "response.input_tokens"


@model
class ResponseItemList(BaseModel):
    """A list of response items with the IDs bounding it, as the API pages them."""

    data: List[ResponseItem] = None
    first_id: str = None
    has_more: bool = None
    last_id: str = None
    object: Literal["list"] = None  # "list"


# -- output messages and their content -------------------------------------------------------------

@model
class ResponseOutputMessage(BaseModel):
    """A message the model wrote, made of text and refusal parts."""

    id: str = None
    content: List[ResponseOutputMessageContent] = None
    role: Literal["assistant"] = None  # "assistant"
    status: Literal["in_progress", "completed", "incomplete"] = None
    type: Literal["message"] = "message"

    @classmethod
    def __accepts__(cls, data: Dict[str, Any]) -> bool:
        # Where an input message is also a "message" (input lists), the role and the parts decide.
        return data.get("role") == "assistant" and isinstance(data.get("content"), list)


@model
class ResponseOutputText(BaseModel):
    """A text part of an output message, with its annotations and optional logprobs."""

    annotations: List[Annotation] = None
    text: str = None
    type: Literal["output_text"] = "output_text"
    logprobs: Optional[List[Logprob]] = None


@model
class ResponseOutputRefusal(BaseModel):
    """A refusal part of an output message: the model declined to answer."""

    refusal: str = None
    type: Literal["refusal"] = "refusal"


@model
class AnnotationFileCitation(BaseModel):
    """An annotation citing a file the model drew on."""

    file_id: str = None
    filename: str = None
    index: int = None
    type: Literal["file_citation"] = "file_citation"


@model
class AnnotationURLCitation(BaseModel):
    """An annotation citing a web page, with the span of text it covers."""

    end_index: int = None
    start_index: int = None
    title: str = None
    type: Literal["url_citation"] = "url_citation"
    url: str = None


@model
class AnnotationContainerFileCitation(BaseModel):
    """An annotation citing a file in a code interpreter container."""

    container_id: str = None
    end_index: int = None
    file_id: str = None
    filename: str = None
    start_index: int = None
    type: Literal["container_file_citation"] = "container_file_citation"


@model
class AnnotationFilePath(BaseModel):
    """An annotation pointing at a file path produced by a tool."""

    file_id: str = None
    index: int = None
    type: Literal["file_path"] = "file_path"


@model
class Logprob(BaseModel):
    """Log probability of one output token, with its most likely alternatives."""

    token: str = None
    bytes: List[int] = None
    logprob: float = None
    top_logprobs: List[LogprobTopLogprob] = None


@model
class LogprobTopLogprob(BaseModel):
    """One alternative token and its log probability."""

    token: str = None
    bytes: List[int] = None
    logprob: float = None


# -- reasoning -------------------------------------------------------------------------------------

@model
class ResponseReasoningItem(BaseModel):
    """The model's reasoning for a response: summary parts and, when asked, encrypted content."""

    id: str = None
    summary: List[Summary] = None
    type: Literal["reasoning"] = "reasoning"
    content: Optional[List[ResponseReasoningItemContent]] = None
    encrypted_content: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


@model
class Summary(BaseModel):
    """One summary part of a reasoning item."""

    text: str = None
    type: Literal["summary_text"] = "summary_text"


@model
class ResponseReasoningItemContent(BaseModel):
    """Reasoning text of a reasoning item."""

    text: str = None
    type: Literal["reasoning_text"] = "reasoning_text"


# -- input messages and content --------------------------------------------------------------------

@model
class EasyInputMessage(BaseModel):
    """A message given as input: a role and either a string or content parts."""

    content: Union[str, ResponseInputMessageContentList] = None
    role: Literal["user", "assistant", "system", "developer"] = None
    type: Optional[Literal["message"]] = None  # "message", may be left out

    __tags__ = ("message", None)


@model
class Message(BaseModel):
    """An input message whose content is a list of input parts."""

    content: ResponseInputMessageContentList = None
    role: Literal["user", "system", "developer"] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    type: Optional[Literal["message"]] = None  # "message", may be left out

    __tags__ = ("message", None)


@model
class ResponseInputMessageItem(BaseModel):
    """An input message as stored, with its ID and status."""

    id: str = None
    content: ResponseInputMessageContentList = None
    role: Literal["user", "system", "developer"] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    type: Optional[Literal["message"]] = None  # "message", may be left out

    __tags__ = ("message", None)


@model
class ResponseInputText(BaseModel):
    """A text input part."""

    text: str = None
    type: Literal["input_text"] = "input_text"


@model
class ResponseInputTextContent(BaseModel):
    """A text part given as a function call's output."""

    text: str = None
    type: Literal["input_text"] = "input_text"


@model
class ResponseInputImage(BaseModel):
    """An image input part, by URL or file ID, with a detail level."""

    detail: Literal["low", "high", "auto"] = None
    type: Literal["input_image"] = "input_image"
    file_id: Optional[str] = None
    image_url: Optional[str] = None


@model
class ResponseInputImageContent(BaseModel):
    """An image part given as a function call's output."""

    type: Literal["input_image"] = "input_image"
    detail: Optional[Literal["low", "high", "auto"]] = None
    file_id: Optional[str] = None
    image_url: Optional[str] = None


@model
class ResponseInputFile(BaseModel):
    """A file input part, by file ID, URL or inline data."""

    type: Literal["input_file"] = "input_file"
    file_data: Optional[str] = None
    file_id: Optional[str] = None
    file_url: Optional[str] = None
    filename: Optional[str] = None


@model
class ResponseInputFileContent(BaseModel):
    """A file part given as a function call's output."""

    type: Literal["input_file"] = "input_file"
    file_data: Optional[str] = None
    file_id: Optional[str] = None
    file_url: Optional[str] = None
    filename: Optional[str] = None


@model
class ResponseInputAudio(BaseModel):
    """An audio input part."""

    input_audio: InputAudio = None
    type: Literal["input_audio"] = "input_audio"


@model
class InputAudio(BaseModel):
    """Base64 audio data and its format, inside an audio input part."""

    data: str = None
    format: Literal["mp3", "wav"] = None


@model
class ItemReference(BaseModel):
    """A reference to an earlier item by ID, used as input."""

    id: str = None
    type: Optional[Literal["item_reference"]] = None  # "item_reference", may be left out

    __tags__ = ("item_reference", None)


# -- input items (other than messages) -------------------------------------------------------------

@model
class ComputerCallOutput(BaseModel):
    """The screenshot answering a computer use call, sent back as input."""

    call_id: str = None
    output: ResponseComputerToolCallOutputScreenshot = None
    type: Literal["computer_call_output"] = "computer_call_output"
    id: Optional[str] = None
    acknowledged_safety_checks: Optional[List[ComputerCallOutputAcknowledgedSafetyCheck]] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


@model
class ComputerCallOutputAcknowledgedSafetyCheck(BaseModel):
    """A safety check the caller acknowledged when answering a computer call."""

    id: str = None
    code: Optional[str] = None
    message: Optional[str] = None


@model
class FunctionCallOutput(BaseModel):
    """The result of a function call, sent back as input."""

    call_id: str = None
    output: Union[str, ResponseFunctionCallOutputItemList] = None
    type: Literal["function_call_output"] = "function_call_output"
    id: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


@model
class ResponseInputItemImageGenerationCall(BaseModel):
    """An image generation call given back as input."""

    id: str = None
    result: Optional[str] = None
    status: Literal["in_progress", "completed", "generating", "failed"] = None
    type: Literal["image_generation_call"] = "image_generation_call"


@model
class ResponseInputItemLocalShellCall(BaseModel):
    """A local shell call given back as input."""

    id: str = None
    action: ResponseInputItemLocalShellCallAction = None
    call_id: str = None
    status: Literal["in_progress", "completed", "incomplete"] = None
    type: Literal["local_shell_call"] = "local_shell_call"


@model
class ResponseInputItemLocalShellCallAction(BaseModel):
    """The command a local shell call runs."""

    command: List[str] = None
    env: Dict[str, str] = None
    type: Literal["exec"] = "exec"
    timeout_ms: Optional[int] = None
    user: Optional[str] = None
    working_directory: Optional[str] = None


@model
class ResponseInputItemLocalShellCallOutput(BaseModel):
    """What a local shell command printed, sent back as input."""

    id: str = None
    output: str = None
    type: Literal["local_shell_call_output"] = "local_shell_call_output"
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


@model
class ShellCall(BaseModel):
    """A shell tool call given back as input."""

    action: ShellCallAction = None
    call_id: str = None
    type: Literal["shell_call"] = "shell_call"
    id: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


@model
class ShellCallAction(BaseModel):
    """The commands and limits of a shell tool call."""

    commands: List[str] = None
    max_output_length: Optional[int] = None
    timeout_ms: Optional[int] = None


@model
class ShellCallOutput(BaseModel):
    """The output of shell commands, sent back as input."""

    call_id: str = None
    output: List[ResponseFunctionShellCallOutputContent] = None
    type: Literal["shell_call_output"] = "shell_call_output"
    id: Optional[str] = None
    max_output_length: Optional[int] = None


@model
class ApplyPatchCall(BaseModel):
    """An apply_patch tool call given back as input."""

    call_id: str = None
    operation: Operation = None
    status: Literal["in_progress", "completed"] = None
    type: Literal["apply_patch_call"] = "apply_patch_call"
    id: Optional[str] = None


@model
class ApplyPatchCallOperationCreateFile(BaseModel):
    """Create a file with the given diff."""

    diff: str = None
    path: str = None
    type: Literal["create_file"] = "create_file"


@model
class ApplyPatchCallOperationDeleteFile(BaseModel):
    """Delete a file."""

    path: str = None
    type: Literal["delete_file"] = "delete_file"


@model
class ApplyPatchCallOperationUpdateFile(BaseModel):
    """Change a file with the given diff."""

    diff: str = None
    path: str = None
    type: Literal["update_file"] = "update_file"


@model
class ApplyPatchCallOutput(BaseModel):
    """The result of applying a patch, sent back as input."""

    call_id: str = None
    status: Literal["completed", "failed"] = None
    type: Literal["apply_patch_call_output"] = "apply_patch_call_output"
    id: Optional[str] = None
    output: Optional[str] = None


@model
class ResponseInputItemMcpListTools(BaseModel):
    """The tools an MCP server listed, given back as input."""

    id: str = None
    server_label: str = None
    tools: List[ResponseInputItemMcpListToolsTool] = None
    type: Literal["mcp_list_tools"] = "mcp_list_tools"
    error: Optional[str] = None


@model
class ResponseInputItemMcpListToolsTool(BaseModel):
    """One tool an MCP server offers."""

    input_schema: Any = None
    name: str = None
    annotations: Optional[Any] = None
    description: Optional[str] = None


@model
class ResponseInputItemMcpApprovalRequest(BaseModel):
    """A request to approve an MCP tool call, given back as input."""

    id: str = None
    arguments: str = None
    name: str = None
    server_label: str = None
    type: Literal["mcp_approval_request"] = "mcp_approval_request"


@model
class ResponseInputItemMcpApprovalResponse(BaseModel):
    """The caller's answer to an MCP approval request."""

    approval_request_id: str = None
    approve: bool = None
    type: Literal["mcp_approval_response"] = "mcp_approval_response"
    id: Optional[str] = None
    reason: Optional[str] = None


@model
class ResponseInputItemMcpCall(BaseModel):
    """An MCP tool call given back as input."""

    id: str = None
    arguments: str = None
    name: str = None
    server_label: str = None
    type: Literal["mcp_call"] = "mcp_call"
    approval_request_id: Optional[str] = None
    error: Optional[str] = None
    output: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete", "calling", "failed"]] = None


# -- items as `input_items.list` returns them ------------------------------------------------------


@model
class ResponseItemMcpApprovalResponse(BaseModel):
    """A stored answer to an MCP approval request."""

    id: str = None
    approval_request_id: str = None
    approve: bool = None
    type: Literal["mcp_approval_response"] = "mcp_approval_response"
    reason: Optional[str] = None


# -- tool calls in the output ----------------------------------------------------------------------

@model
class ResponseFunctionToolCall(BaseModel):
    """A call the model wants made to one of your functions, with JSON arguments."""

    arguments: str = None
    call_id: str = None
    name: str = None
    type: Literal["function_call"] = "function_call"
    id: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


@model
class ResponseFunctionToolCallItem(ResponseFunctionToolCall):
    """A stored function call, with its ID."""

    id: str = None


@model
class ResponseFunctionToolCallOutputItem(BaseModel):
    """A stored function call result."""

    id: str = None
    call_id: str = None
    output: Union[str, List[ResponseFunctionToolCallOutputItemOutputOutputContentList]] = None
    type: Literal["function_call_output"] = "function_call_output"
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


@model
class ResponseCustomToolCall(BaseModel):
    """A call to a custom tool, with free-form input."""

    call_id: str = None
    input: str = None
    name: str = None
    type: Literal["custom_tool_call"] = "custom_tool_call"
    id: Optional[str] = None


@model
class ResponseCustomToolCallOutput(BaseModel):
    """The result of a custom tool call."""

    call_id: str = None
    output: Union[str, List[ResponseCustomToolCallOutputOutputOutputContentList]] = None
    type: Literal["custom_tool_call_output"] = "custom_tool_call_output"
    id: Optional[str] = None


@model
class ResponseFileSearchToolCall(BaseModel):
    """A file search the model ran, with its queries and (when included) results."""

    id: str = None
    queries: List[str] = None
    status: Literal["in_progress", "searching", "completed", "incomplete", "failed"] = None
    type: Literal["file_search_call"] = "file_search_call"
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

    id: str = None
    action: ResponseFunctionWebSearchAction = None
    status: Literal["in_progress", "searching", "completed", "failed"] = None
    type: Literal["web_search_call"] = "web_search_call"


@model
class ActionSearch(BaseModel):
    """Web search action: a search query."""

    query: str = None
    type: Literal["search"] = "search"
    sources: Optional[List[ActionSearchSource]] = None


@model
class ActionSearchSource(BaseModel):
    """A source a web search consulted."""

    type: Literal["url"] = "url"
    url: str = None


@model
class ActionOpenPage(BaseModel):
    """Web search action: open a page."""

    type: Literal["open_page"] = "open_page"
    url: str = None


@model
class ActionFind(BaseModel):
    """Web search action: find a pattern in an opened page."""

    pattern: str = None
    type: Literal["find"] = "find"
    url: str = None


@model
class ResponseComputerToolCall(BaseModel):
    """A computer use action the model asks you to perform."""

    id: str = None
    action: ResponseComputerToolCallAction = None
    call_id: str = None
    pending_safety_checks: List[ComputerCallOutputAcknowledgedSafetyCheck] = None
    status: Literal["in_progress", "completed", "incomplete"] = None
    type: Literal["computer_call"] = "computer_call"


@model
class ActionClick(BaseModel):
    """Computer action: click a mouse button at a point."""

    button: Literal["left", "right", "wheel", "back", "forward"] = None
    type: Literal["click"] = "click"
    x: int = None
    y: int = None


@model
class ActionDoubleClick(BaseModel):
    """Computer action: double-click at a point."""

    type: Literal["double_click"] = "double_click"
    x: int = None
    y: int = None


@model
class ActionDrag(BaseModel):
    """Computer action: drag along a path."""

    path: List[ActionDragPath] = None
    type: Literal["drag"] = "drag"


@model
class ActionDragPath(BaseModel):
    """One point of a drag path."""

    x: int = None
    y: int = None


@model
class ActionKeypress(BaseModel):
    """Computer action: press a key combination."""

    keys: List[str] = None
    type: Literal["keypress"] = "keypress"


@model
class ActionMove(BaseModel):
    """Computer action: move the mouse to a point."""

    type: Literal["move"] = "move"
    x: int = None
    y: int = None


@model
class ActionScreenshot(BaseModel):
    """Computer action: take a screenshot."""

    type: Literal["screenshot"] = "screenshot"


@model
class ActionScroll(BaseModel):
    """Computer action: scroll at a point."""

    scroll_x: int = None
    scroll_y: int = None
    type: Literal["scroll"] = "scroll"
    x: int = None
    y: int = None


@model
class ActionType(BaseModel):
    """Computer action: type text."""

    text: str = None
    type: Literal["type"] = "type"


@model
class ActionWait(BaseModel):
    """Computer action: wait a moment."""

    type: Literal["wait"] = "wait"


@model
class ResponseComputerToolCallOutputItem(BaseModel):
    """A stored answer to a computer call (its screenshot)."""

    id: str = None
    call_id: str = None
    output: ResponseComputerToolCallOutputScreenshot = None
    type: Literal["computer_call_output"] = "computer_call_output"
    acknowledged_safety_checks: Optional[List[ComputerCallOutputAcknowledgedSafetyCheck]] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


@model
class ResponseComputerToolCallOutputScreenshot(BaseModel):
    """A screenshot answering a computer call, by URL or file ID."""

    type: Literal["computer_screenshot"] = "computer_screenshot"
    file_id: Optional[str] = None
    image_url: Optional[str] = None


@model
class ResponseCodeInterpreterToolCall(BaseModel):
    """Code the model ran in a code interpreter container, with its outputs."""

    id: str = None
    code: Optional[str] = None
    container_id: str = None
    outputs: Optional[List[ResponseCodeInterpreterToolCallOutput]] = None
    status: Literal["in_progress", "completed", "incomplete", "interpreting", "failed"] = None
    type: Literal["code_interpreter_call"] = "code_interpreter_call"


@model
class OutputLogs(BaseModel):
    """Code interpreter output: logs printed by the code."""

    logs: str = None
    type: Literal["logs"] = "logs"


@model
class OutputImage(BaseModel):
    """Code interpreter output: an image the code produced."""

    type: Literal["image"] = "image"
    url: str = None


@model
class ResponseFunctionShellToolCall(BaseModel):
    """A shell tool call: commands the model wants run."""

    id: str = None
    action: ShellCallAction = None
    call_id: str = None
    status: Literal["in_progress", "completed", "incomplete"] = None
    type: Literal["shell_call"] = "shell_call"
    created_by: Optional[str] = None


@model
class ResponseFunctionShellToolCallOutput(BaseModel):
    """The output of a shell tool call's commands."""

    id: str = None
    call_id: str = None
    max_output_length: Optional[int] = None
    output: List[ResponseFunctionShellToolCallOutputOutput] = None
    type: Literal["shell_call_output"] = "shell_call_output"
    created_by: Optional[str] = None


@model
class ResponseFunctionShellToolCallOutputOutput(BaseModel):
    """Output of one shell command: stdout, stderr and how it ended."""

    outcome: Outcome = None
    stderr: str = None
    stdout: str = None
    created_by: Optional[str] = None


@model
class ResponseFunctionShellCallOutputContent(BaseModel):
    """Output of one shell command, as sent back to the model."""

    outcome: Outcome = None
    stderr: str = None
    stdout: str = None


@model
class OutcomeTimeout(BaseModel):
    """The shell command timed out."""

    type: Literal["timeout"] = "timeout"


@model
class OutcomeExit(BaseModel):
    """The shell command exited, with its exit code."""

    exit_code: int = None
    type: Literal["exit"] = "exit"


@model
class ResponseApplyPatchToolCall(BaseModel):
    """A file change the model wants applied with the apply_patch tool."""

    id: str = None
    call_id: str = None
    operation: Operation = None
    status: Literal["in_progress", "completed"] = None
    type: Literal["apply_patch_call"] = "apply_patch_call"
    created_by: Optional[str] = None


@model
class ResponseApplyPatchToolCallOutput(BaseModel):
    """The result of applying a patch."""

    id: str = None
    call_id: str = None
    status: Literal["completed", "failed"] = None
    type: Literal["apply_patch_call_output"] = "apply_patch_call_output"
    created_by: Optional[str] = None
    output: Optional[str] = None


# -- tools -----------------------------------------------------------------------------------------

@model
class FunctionTool(BaseModel):
    """A function of yours the model may call, with a JSON schema for its arguments."""

    name: str = None
    parameters: Optional[Dict[str, Any]] = None
    strict: Optional[bool] = None
    type: Literal["function"] = "function"
    description: Optional[str] = None


@model
class CustomTool(BaseModel):
    """A custom tool taking free-form input, optionally constrained by a grammar."""

    name: str = None
    type: Literal["custom"] = "custom"
    description: Optional[str] = None
    format: Optional[CustomToolInputFormat] = None


@model
class FileSearchTool(BaseModel):
    """The built-in file search tool over vector stores."""

    type: Literal["file_search"] = "file_search"
    vector_store_ids: List[str] = None
    filters: Optional[FileSearchToolFilters] = None
    max_num_results: Optional[int] = None
    ranking_options: Optional[RankingOptions] = None


@model
class RankingOptions(BaseModel):
    """How file search ranks its hits."""

    hybrid_search: Optional[RankingOptionsHybridSearch] = None
    ranker: Optional[Literal["auto", "default-2024-11-15"]] = None
    score_threshold: Optional[float] = None


@model
class RankingOptionsHybridSearch(BaseModel):
    """Weights of semantic and keyword matching in hybrid file search."""

    embedding_weight: float = None
    text_weight: float = None


@model
class ComputerTool(BaseModel):
    """The computer use tool: a virtual display the model controls."""

    display_height: int = None
    display_width: int = None
    environment: Literal["windows", "mac", "linux", "ubuntu", "browser"] = None
    type: Literal["computer_use_preview"] = "computer_use_preview"


@model
class WebSearchTool(BaseModel):
    """The built-in web search tool."""

    type: Literal["web_search", "web_search_2025_08_26"] = None  # "web_search" | "web_search_2025_08_26"
    filters: Optional[WebSearchToolFilters] = None
    search_context_size: Optional[Literal["low", "medium", "high"]] = None
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
    type: Optional[Literal["approximate"]] = None


@model
class WebSearchPreviewTool(BaseModel):
    """The preview version of the web search tool."""

    type: Literal["web_search_preview", "web_search_preview_2025_03_11"] = None  # "web_search_preview" | "web_search_preview_2025_03_11"
    search_context_size: Optional[Literal["low", "medium", "high"]] = None
    user_location: Optional[WebSearchPreviewToolUserLocation] = None

    __tags__ = ("web_search_preview", "web_search_preview_2025_03_11")


@model
class WebSearchPreviewToolUserLocation(BaseModel):
    """The user's approximate location, for the web search preview tool."""

    type: Literal["approximate"] = "approximate"
    city: Optional[str] = None
    country: Optional[str] = None
    region: Optional[str] = None
    timezone: Optional[str] = None


@model
class Mcp(BaseModel):
    """A remote MCP server whose tools the model may call."""

    server_label: str = None
    type: Literal["mcp"] = "mcp"
    allowed_tools: Optional[McpAllowedTools] = None
    authorization: Optional[str] = None
    connector_id: Optional[Literal["connector_dropbox", "connector_gmail", "connector_googlecalendar", "connector_googledrive", "connector_microsoftteams", "connector_outlookcalendar", "connector_outlookemail", "connector_sharepoint"]] = None
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

    always: Optional[McpAllowedToolsMcpToolFilter] = None
    never: Optional[McpAllowedToolsMcpToolFilter] = None


@model
class CodeInterpreter(BaseModel):
    """The code interpreter tool, running Python in a container."""

    container: CodeInterpreterContainer = None
    type: Literal["code_interpreter"] = "code_interpreter"


@model
class CodeInterpreterContainerCodeInterpreterToolAuto(BaseModel):
    """A container created for the code interpreter, with optional files."""

    type: Literal["auto"] = "auto"
    file_ids: Optional[List[str]] = None
    memory_limit: Optional[Literal["1g", "4g", "16g", "64g"]] = None


@model
class ImageGeneration(BaseModel):
    """The image generation tool and its output settings."""

    type: Literal["image_generation"] = "image_generation"
    background: Optional[Literal["transparent", "opaque", "auto"]] = None
    input_fidelity: Optional[Literal["high", "low"]] = None
    input_image_mask: Optional[ImageGenerationInputImageMask] = None
    model: Optional[Literal["gpt-image-1", "gpt-image-1-mini"]] = None
    moderation: Optional[Literal["auto", "low"]] = None
    output_compression: Optional[int] = None
    output_format: Optional[Literal["png", "webp", "jpeg"]] = None
    partial_images: Optional[int] = None
    quality: Optional[Literal["low", "medium", "high", "auto"]] = None
    size: Optional[Literal["1024x1024", "1024x1536", "1536x1024", "auto"]] = None


@model
class ImageGenerationInputImageMask(BaseModel):
    """A mask for inpainting with the image generation tool."""

    file_id: Optional[str] = None
    image_url: Optional[str] = None


@model
class LocalShell(BaseModel):
    """The local shell tool: commands run on your side."""

    type: Literal["local_shell"] = "local_shell"


@model
class FunctionShellTool(BaseModel):
    """The shell tool: commands run on your side, several at a time."""

    type: Literal["shell"] = "shell"


@model
class ApplyPatchTool(BaseModel):
    """The apply_patch tool: file edits applied on your side."""

    type: Literal["apply_patch"] = "apply_patch"


# -- tool choice -----------------------------------------------------------------------------------

@model
class ToolChoiceAllowed(BaseModel):
    """Restrict the model to a set of allowed tools."""

    mode: Literal["auto", "required"] = None
    tools: List[Dict[str, Any]] = None
    type: Literal["allowed_tools"] = "allowed_tools"


@model
class ToolChoiceTypes(BaseModel):
    """Make the model use a given built-in tool."""

    type: Literal["file_search", "web_search_preview", "computer_use_preview", "web_search_preview_2025_03_11", "image_generation", "code_interpreter"] = None  # which one: "file_search", "web_search_preview", ...

    __tags__ = ("file_search", "web_search_preview", "computer_use_preview", "web_search_preview_2025_03_11",
                "image_generation", "code_interpreter")


@model
class ToolChoiceFunction(BaseModel):
    """Make the model call a given function."""

    name: str = None
    type: Literal["function"] = "function"


@model
class ToolChoiceCustom(BaseModel):
    """Make the model call a given custom tool."""

    name: str = None
    type: Literal["custom"] = "custom"


@model
class ToolChoiceMcp(BaseModel):
    """Make the model use a tool of a given MCP server."""

    server_label: str = None
    type: Literal["mcp"] = "mcp"
    name: Optional[str] = None


@model
class ToolChoiceApplyPatch(BaseModel):
    """Make the model use the apply_patch tool."""

    type: Literal["apply_patch"] = "apply_patch"


@model
class ToolChoiceShell(BaseModel):
    """Make the model use the shell tool."""

    type: Literal["shell"] = "shell"


# -- parsed results (filled by the parse helper) ---------------------------------------------------

ContentType = TypeVar("ContentType")  # the type `text_format` names

@model
class ParsedResponse(Response, Generic[ContentType]):
    """A response whose output texts were parsed into your type (``responses.parse``)."""

    output: List[ParsedResponseOutputItem] = None

    @property
    def output_parsed(self) -> Optional[ContentType]:
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

    content: List[ParsedContent] = None


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
ParsedContent = Union[ParsedResponseOutputText, ResponseOutputRefusal]
ParsedResponseOutputItem = Union[
    ParsedResponseOutputMessage,
    ParsedResponseFunctionToolCall,
    ResponseFileSearchToolCall,
    ResponseFunctionWebSearch,
    ResponseComputerToolCall,
    ResponseReasoningItem,
    ResponseInputItemMcpCall,
    ResponseInputItemMcpApprovalRequest,
    ResponseInputItemImageGenerationCall,
    ResponseInputItemLocalShellCall,
    ResponseInputItemLocalShellCallAction,
    ResponseInputItemMcpListTools,
    ResponseCodeInterpreterToolCall,
    ResponseCustomToolCall,
    ResponseFunctionShellToolCall,
    ResponseFunctionShellToolCallOutput,
    ResponseApplyPatchToolCall,
    ResponseApplyPatchToolCallOutput,
]
Operation = Union[ApplyPatchCallOperationCreateFile, ApplyPatchCallOperationDeleteFile, ApplyPatchCallOperationUpdateFile]
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
ResponseFunctionToolCallOutputItemOutputOutputContentList = Union[
    ResponseInputText,
    ResponseInputImage,
    ResponseInputFile,
]
ResponseFunctionWebSearchAction = Union[ActionSearch, ActionOpenPage, ActionFind]
ResponseIncludable = Literal["file_search_call.results", "web_search_call.results", "web_search_call.action.sources", "message.input_image.image_url", "computer_call_output.output.image_url", "code_interpreter_call.outputs", "reasoning.encrypted_content", "message.output_text.logprobs"]
ResponseInputContent = Union[ResponseInputText, ResponseInputImage, ResponseInputFile]
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
    ResponseInputItemImageGenerationCall,
    ResponseCodeInterpreterToolCall,
    ResponseInputItemLocalShellCall,
    ResponseInputItemLocalShellCallOutput,
    ResponseFunctionShellToolCall,
    ResponseFunctionShellToolCallOutput,
    ResponseApplyPatchToolCall,
    ResponseApplyPatchToolCallOutput,
    ResponseInputItemMcpListTools,
    ResponseInputItemMcpApprovalRequest,
    ResponseItemMcpApprovalResponse,
    ResponseInputItemMcpCall,
]
ResponseOutputItem = Union[
    ResponseOutputMessage,
    ResponseFileSearchToolCall,
    ResponseFunctionToolCall,
    ResponseFunctionWebSearch,
    ResponseComputerToolCall,
    ResponseReasoningItem,
    ResponseInputItemImageGenerationCall,
    ResponseCodeInterpreterToolCall,
    ResponseInputItemLocalShellCall,
    ResponseFunctionShellToolCall,
    ResponseFunctionShellToolCallOutput,
    ResponseApplyPatchToolCall,
    ResponseApplyPatchToolCallOutput,
    ResponseInputItemMcpCall,
    ResponseInputItemMcpListTools,
    ResponseInputItemMcpApprovalRequest,
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


# -- the official names, one per method or container, for the shapes above -------------------------


ResponseItemImageGenerationCall = ResponseInputItemImageGenerationCall
ResponseItemLocalShellCall = ResponseInputItemLocalShellCall
ResponseItemLocalShellCallAction = ResponseInputItemLocalShellCallAction
ResponseItemLocalShellCallOutput = ResponseInputItemLocalShellCallOutput
ResponseItemMcpListTools = ResponseInputItemMcpListTools
ResponseItemMcpListToolsTool = ResponseInputItemMcpListToolsTool
ResponseItemMcpApprovalRequest = ResponseInputItemMcpApprovalRequest
ResponseItemMcpCall = ResponseInputItemMcpCall
PendingSafetyCheck = ComputerCallOutputAcknowledgedSafetyCheck
AcknowledgedSafetyCheck = ComputerCallOutputAcknowledgedSafetyCheck
ResponseFunctionShellToolCallAction = ShellCallAction
OutputOutcomeTimeout = OutcomeTimeout
OutputOutcomeExit = OutcomeExit
OperationCreateFile = ApplyPatchCallOperationCreateFile
OperationDeleteFile = ApplyPatchCallOperationDeleteFile
OperationUpdateFile = ApplyPatchCallOperationUpdateFile
ResponseOutputItemImageGenerationCall = ResponseInputItemImageGenerationCall
ResponseOutputItemLocalShellCall = ResponseInputItemLocalShellCall
ResponseOutputItemLocalShellCallAction = ResponseInputItemLocalShellCallAction
ResponseOutputItemMcpCall = ResponseInputItemMcpCall
ResponseOutputItemMcpListTools = ResponseInputItemMcpListTools
ResponseOutputItemMcpListToolsTool = ResponseInputItemMcpListToolsTool
ResponseOutputItemMcpApprovalRequest = ResponseInputItemMcpApprovalRequest
McpRequireApprovalMcpToolApprovalFilterAlways = McpAllowedToolsMcpToolFilter
McpRequireApprovalMcpToolApprovalFilterNever = McpAllowedToolsMcpToolFilter
OutputOutcome = Outcome
ApplyPatchCallOperation = Operation
