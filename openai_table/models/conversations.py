"""Response models of the Conversations API: a conversation, and the items stored in it (which are
mostly the Responses API's own item types)."""

from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Union

from ._base import BaseModel, model
from .responses import (
    ResponseApplyPatchToolCall,
    ResponseApplyPatchToolCallOutput,
    ResponseCodeInterpreterToolCall,
    ResponseComputerToolCall,
    ResponseComputerToolCallOutputItem,
    ResponseCustomToolCall,
    ResponseCustomToolCallOutput,
    ResponseFileSearchToolCall,
    ResponseFunctionShellToolCall,
    ResponseFunctionShellToolCallOutput,
    ResponseFunctionToolCallItem,
    ResponseFunctionToolCallOutputItem,
    ResponseFunctionWebSearch,
    ResponseInputFile,
    ResponseInputImage,
    ResponseInputText,
    ResponseOutputRefusal,
    ResponseOutputText,
    ResponseReasoningItem,
)

__all__ = [
    "Conversation",
    "ConversationDeletedResource",
    "ConversationItemList",
    "Message",
    "TextContent",
    "SummaryTextContent",
    "ContentReasoningText",
    "ComputerScreenshotContent",
    "ImageGenerationCall",
    "LocalShellCall",
    "LocalShellCallAction",
    "LocalShellCallOutput",
    "McpListTools",
    "McpListToolsTool",
    "McpApprovalRequest",
    "McpApprovalResponse",
    "McpCall",
    "ConversationItem",
    "InputFileContent",
    "InputImageContent",
    "InputTextContent",
    "Content",
    "OutputTextContent",
    "RefusalContent",
]


# -- conversations ---------------------------------------------------------------------------------

@model
class Conversation(BaseModel):
    """A stored conversation: its ID, creation time and metadata."""

    id: str = None
    created_at: int = None
    metadata: Any = None
    object: Literal["conversation"] = None  # "conversation"


@model
class ConversationDeletedResource(BaseModel):
    """Confirms that a conversation was deleted."""

    id: str = None
    deleted: bool = None
    object: Literal["conversation.deleted"] = None  # "conversation.deleted"


@model
class ConversationItemList(BaseModel):
    """A batch of conversation items, as `items.create` returns them."""

    data: List[ConversationItem] = None
    first_id: str = None
    has_more: bool = None
    last_id: str = None
    object: Literal["list"] = None  # "list"


# -- messages and their content --------------------------------------------------------------------

@model
class Message(BaseModel):
    """A message stored in a conversation, from any role."""

    id: str = None
    content: List[Content] = None
    role: Literal["unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"] = None
    status: Literal["in_progress", "completed", "incomplete"] = None
    type: Literal["message"] = "message"


@model
class TextContent(BaseModel):
    """A plain text part of a message."""

    text: str = None
    type: Literal["text"] = "text"


@model
class SummaryTextContent(BaseModel):
    """A reasoning summary text part of a message."""

    text: str = None
    type: Literal["summary_text"] = "summary_text"


@model
class ContentReasoningText(BaseModel):
    """A reasoning text part of a message."""

    text: str = None
    type: Literal["reasoning_text"] = "reasoning_text"


@model
class ComputerScreenshotContent(BaseModel):
    """A screenshot part of a message, by URL or file ID."""

    file_id: Optional[str] = None
    image_url: Optional[str] = None
    type: Literal["computer_screenshot"] = "computer_screenshot"


# -- tool items ------------------------------------------------------------------------------------

@model
class ImageGenerationCall(BaseModel):
    """An image generation call stored in a conversation."""

    id: str = None
    result: Optional[str] = None
    status: Literal["in_progress", "completed", "generating", "failed"] = None
    type: Literal["image_generation_call"] = "image_generation_call"


@model
class LocalShellCall(BaseModel):
    """A local shell call stored in a conversation."""

    id: str = None
    action: LocalShellCallAction = None
    call_id: str = None
    status: Literal["in_progress", "completed", "incomplete"] = None
    type: Literal["local_shell_call"] = "local_shell_call"


@model
class LocalShellCallAction(BaseModel):
    """The command of a stored local shell call."""

    command: List[str] = None
    env: Dict[str, str] = None
    type: Literal["exec"] = "exec"
    timeout_ms: Optional[int] = None
    user: Optional[str] = None
    working_directory: Optional[str] = None


@model
class LocalShellCallOutput(BaseModel):
    """The output of a stored local shell call."""

    id: str = None
    output: str = None
    type: Literal["local_shell_call_output"] = "local_shell_call_output"
    status: Optional[Literal["completed", "incomplete", "in_progress"]] = None


@model
class McpListTools(BaseModel):
    """A stored listing of an MCP server's tools."""

    id: str = None
    server_label: str = None
    tools: List[McpListToolsTool] = None
    type: Literal["mcp_list_tools"] = "mcp_list_tools"
    error: Optional[str] = None


@model
class McpListToolsTool(BaseModel):
    """One tool of a stored MCP listing."""

    input_schema: Any = None
    name: str = None
    annotations: Optional[Any] = None
    description: Optional[str] = None


@model
class McpApprovalRequest(BaseModel):
    """A stored request to approve an MCP tool call."""

    id: str = None
    arguments: str = None
    name: str = None
    server_label: str = None
    type: Literal["mcp_approval_request"] = "mcp_approval_request"


@model
class McpApprovalResponse(BaseModel):
    """A stored answer to an MCP approval request."""

    id: str = None
    approval_request_id: str = None
    approve: bool = None
    type: Literal["mcp_approval_response"] = "mcp_approval_response"
    reason: Optional[str] = None


@model
class McpCall(BaseModel):
    """A stored MCP tool call, with its output or error."""

    id: str = None
    arguments: str = None
    name: str = None
    server_label: str = None
    type: Literal["mcp_call"] = "mcp_call"
    approval_request_id: Optional[str] = None
    error: Optional[str] = None
    output: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete", "calling", "failed"]] = None


# -- unions and aliases ----------------------------------------------------------------------------

ConversationItem = Union[
    Message,
    ResponseFunctionToolCallItem,
    ResponseFunctionToolCallOutputItem,
    ResponseFileSearchToolCall,
    ResponseFunctionWebSearch,
    ImageGenerationCall,
    ResponseComputerToolCall,
    ResponseComputerToolCallOutputItem,
    ResponseReasoningItem,
    ResponseCodeInterpreterToolCall,
    LocalShellCall,
    LocalShellCallOutput,
    ResponseFunctionShellToolCall,
    ResponseFunctionShellToolCallOutput,
    ResponseApplyPatchToolCall,
    ResponseApplyPatchToolCallOutput,
    McpListTools,
    McpApprovalRequest,
    McpApprovalResponse,
    McpCall,
    ResponseCustomToolCall,
    ResponseCustomToolCallOutput,
]
InputFileContent = ResponseInputFile
InputImageContent = ResponseInputImage
InputTextContent = ResponseInputText
Content = Union[
    ResponseInputText,
    ResponseOutputText,
    TextContent,
    SummaryTextContent,
    ContentReasoningText,
    ResponseOutputRefusal,
    ResponseInputImage,
    ComputerScreenshotContent,
    ResponseInputFile,
]
OutputTextContent = ResponseOutputText
RefusalContent = ResponseOutputRefusal
