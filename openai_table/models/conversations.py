"""Response models of the Conversations API: a conversation, and the items stored in it (which are
mostly the Responses API's own item types)."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

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

    id: Optional[str] = None
    created_at: Optional[int] = None
    metadata: Any = None
    object: Optional[str] = None  # "conversation"


@model
class ConversationDeletedResource(BaseModel):
    """Confirms that a conversation was deleted."""

    id: Optional[str] = None
    deleted: Optional[bool] = None
    object: Optional[str] = None  # "conversation.deleted"


@model
class ConversationItemList(BaseModel):
    """A batch of conversation items, as `items.create` returns them."""

    data: Optional[List[ConversationItem]] = None
    first_id: Optional[str] = None
    has_more: Optional[bool] = None
    last_id: Optional[str] = None
    object: Optional[str] = None  # "list"


# -- messages and their content --------------------------------------------------------------------

@model
class Message(BaseModel):
    """A message stored in a conversation, from any role."""

    id: Optional[str] = None
    content: Optional[List[Content]] = None
    role: Optional[str] = None
    status: Optional[str] = None
    type: str = "message"


@model
class TextContent(BaseModel):
    """A plain text part of a message."""

    text: Optional[str] = None
    type: str = "text"


@model
class SummaryTextContent(BaseModel):
    """A reasoning summary text part of a message."""

    text: Optional[str] = None
    type: str = "summary_text"


@model
class ContentReasoningText(BaseModel):
    """A reasoning text part of a message."""

    text: Optional[str] = None
    type: str = "reasoning_text"


@model
class ComputerScreenshotContent(BaseModel):
    """A screenshot part of a message, by URL or file ID."""

    file_id: Optional[str] = None
    image_url: Optional[str] = None
    type: str = "computer_screenshot"


# -- tool items ------------------------------------------------------------------------------------

@model
class ImageGenerationCall(BaseModel):
    """An image generation call stored in a conversation."""

    id: Optional[str] = None
    result: Optional[str] = None
    status: Optional[str] = None
    type: str = "image_generation_call"


@model
class LocalShellCall(BaseModel):
    """A local shell call stored in a conversation."""

    id: Optional[str] = None
    action: Optional[LocalShellCallAction] = None
    call_id: Optional[str] = None
    status: Optional[str] = None
    type: str = "local_shell_call"


@model
class LocalShellCallAction(BaseModel):
    """The command of a stored local shell call."""

    command: Optional[List[str]] = None
    env: Optional[Dict[str, str]] = None
    type: str = "exec"
    timeout_ms: Optional[int] = None
    user: Optional[str] = None
    working_directory: Optional[str] = None


@model
class LocalShellCallOutput(BaseModel):
    """The output of a stored local shell call."""

    id: Optional[str] = None
    output: Optional[str] = None
    type: str = "local_shell_call_output"
    status: Optional[str] = None


@model
class McpListTools(BaseModel):
    """A stored listing of an MCP server's tools."""

    id: Optional[str] = None
    server_label: Optional[str] = None
    tools: Optional[List[McpListToolsTool]] = None
    type: str = "mcp_list_tools"
    error: Optional[str] = None


@model
class McpListToolsTool(BaseModel):
    """One tool of a stored MCP listing."""

    input_schema: Any = None
    name: Optional[str] = None
    annotations: Optional[Any] = None
    description: Optional[str] = None


@model
class McpApprovalRequest(BaseModel):
    """A stored request to approve an MCP tool call."""

    id: Optional[str] = None
    arguments: Optional[str] = None
    name: Optional[str] = None
    server_label: Optional[str] = None
    type: str = "mcp_approval_request"


@model
class McpApprovalResponse(BaseModel):
    """A stored answer to an MCP approval request."""

    id: Optional[str] = None
    approval_request_id: Optional[str] = None
    approve: Optional[bool] = None
    type: str = "mcp_approval_response"
    reason: Optional[str] = None


@model
class McpCall(BaseModel):
    """A stored MCP tool call, with its output or error."""

    id: Optional[str] = None
    arguments: Optional[str] = None
    name: Optional[str] = None
    server_label: Optional[str] = None
    type: str = "mcp_call"
    approval_request_id: Optional[str] = None
    error: Optional[str] = None
    output: Optional[str] = None
    status: Optional[str] = None


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
