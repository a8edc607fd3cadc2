"""The events a streamed response sends (`responses.create(stream=True)`, `responses.retrieve(id,
stream=True)`), one class per event `type`; `ResponseStreamEvent` is their union."""

from __future__ import annotations

from typing import Any, List, Literal, Optional, Union

from ._base import BaseModel, model
from .responses import Response, ResponseOutputItem, ResponseOutputRefusal, ResponseOutputText

__all__ = [
    "ResponseCreatedEvent",
    "ResponseQueuedEvent",
    "ResponseInProgressEvent",
    "ResponseCompletedEvent",
    "ResponseFailedEvent",
    "ResponseIncompleteEvent",
    "ResponseErrorEvent",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartAddedEventPartReasoningText",
    "ResponseContentPartDoneEvent",
    "ResponseContentPartDoneEventPartReasoningText",
    "ResponseTextDeltaEvent",
    "ResponseTextDeltaEventLogprob",
    "ResponseTextDeltaEventLogprobTopLogprob",
    "ResponseTextDoneEvent",
    "ResponseTextDoneEventLogprob",
    "ResponseTextDoneEventLogprobTopLogprob",
    "ResponseOutputTextAnnotationAddedEvent",
    "ResponseRefusalDeltaEvent",
    "ResponseRefusalDoneEvent",
    "ResponseReasoningSummaryPartAddedEvent",
    "ResponseReasoningSummaryPartAddedEventPart",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryPartDoneEventPart",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseReasoningSummaryTextDoneEvent",
    "ResponseReasoningTextDeltaEvent",
    "ResponseReasoningTextDoneEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseCustomToolCallInputDeltaEvent",
    "ResponseCustomToolCallInputDoneEvent",
    "ResponseFileSearchCallInProgressEvent",
    "ResponseFileSearchCallSearchingEvent",
    "ResponseFileSearchCallCompletedEvent",
    "ResponseWebSearchCallInProgressEvent",
    "ResponseWebSearchCallSearchingEvent",
    "ResponseWebSearchCallCompletedEvent",
    "ResponseCodeInterpreterCallInProgressEvent",
    "ResponseCodeInterpreterCallCodeDeltaEvent",
    "ResponseCodeInterpreterCallCodeDoneEvent",
    "ResponseCodeInterpreterCallInterpretingEvent",
    "ResponseCodeInterpreterCallCompletedEvent",
    "ResponseImageGenCallInProgressEvent",
    "ResponseImageGenCallGeneratingEvent",
    "ResponseImageGenCallPartialImageEvent",
    "ResponseImageGenCallCompletedEvent",
    "ResponseMcpListToolsInProgressEvent",
    "ResponseMcpListToolsCompletedEvent",
    "ResponseMcpListToolsFailedEvent",
    "ResponseMcpCallInProgressEvent",
    "ResponseMcpCallArgumentsDeltaEvent",
    "ResponseMcpCallArgumentsDoneEvent",
    "ResponseMcpCallCompletedEvent",
    "ResponseMcpCallFailedEvent",
    "ResponseAudioDeltaEvent",
    "ResponseAudioDoneEvent",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseContentPartAddedEventPart",
    "ResponseContentPartDoneEventPart",
    "ResponseStreamEvent",
]


# -- the response's lifecycle ----------------------------------------------------------------------

@model
class ResponseCreatedEvent(BaseModel):
    """Sent first: the response was created (carries the response so far)."""

    response: Response = None
    sequence_number: int = None
    type: Literal["response.created"] = "response.created"


@model
class ResponseQueuedEvent(BaseModel):
    """The response is queued, waiting to start."""

    response: Response = None
    sequence_number: int = None
    type: Literal["response.queued"] = "response.queued"


@model
class ResponseInProgressEvent(BaseModel):
    """The response is being generated."""

    response: Response = None
    sequence_number: int = None
    type: Literal["response.in_progress"] = "response.in_progress"


@model
class ResponseCompletedEvent(BaseModel):
    """Sent last on success: the finished response."""

    response: Response = None
    sequence_number: int = None
    type: Literal["response.completed"] = "response.completed"


@model
class ResponseFailedEvent(BaseModel):
    """Sent last on failure: the response, with its error."""

    response: Response = None
    sequence_number: int = None
    type: Literal["response.failed"] = "response.failed"


@model
class ResponseIncompleteEvent(BaseModel):
    """Sent last when the response stopped early (see its incomplete details)."""

    response: Response = None
    sequence_number: int = None
    type: Literal["response.incomplete"] = "response.incomplete"


@model
class ResponseErrorEvent(BaseModel):
    """An error happened while streaming."""

    code: Optional[str] = None
    message: str = None
    param: Optional[str] = None
    sequence_number: int = None
    type: Literal["error"] = "error"


# -- output items and content parts ----------------------------------------------------------------

@model
class ResponseOutputItemAddedEvent(BaseModel):
    """A new output item started."""

    item: ResponseOutputItem = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.output_item.added"] = "response.output_item.added"


@model
class ResponseOutputItemDoneEvent(BaseModel):
    """An output item is complete."""

    item: ResponseOutputItem = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.output_item.done"] = "response.output_item.done"


@model
class ResponseContentPartAddedEvent(BaseModel):
    """A new content part of an output message started."""

    content_index: int = None
    item_id: str = None
    output_index: int = None
    part: ResponseContentPartAddedEventPart = None
    sequence_number: int = None
    type: Literal["response.content_part.added"] = "response.content_part.added"


@model
class ResponseContentPartAddedEventPartReasoningText(BaseModel):
    """A reasoning text part, as a content part event carries it."""

    text: str = None
    type: Literal["reasoning_text"] = "reasoning_text"


@model
class ResponseContentPartDoneEvent(BaseModel):
    """A content part of an output message is complete."""

    content_index: int = None
    item_id: str = None
    output_index: int = None
    part: ResponseContentPartAddedEventPart = None
    sequence_number: int = None
    type: Literal["response.content_part.done"] = "response.content_part.done"


# -- text and refusals -----------------------------------------------------------------------------

@model
class ResponseTextDeltaEvent(BaseModel):
    """More output text: the delta to append."""

    content_index: int = None
    delta: str = None
    item_id: str = None
    logprobs: List[ResponseTextDeltaEventLogprob] = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.output_text.delta"] = "response.output_text.delta"


@model
class ResponseTextDeltaEventLogprob(BaseModel):
    """Log probability of a token in a text delta or in the done text."""

    token: str = None
    logprob: float = None
    top_logprobs: Optional[List[ResponseTextDeltaEventLogprobTopLogprob]] = None


@model
class ResponseTextDeltaEventLogprobTopLogprob(BaseModel):
    """One alternative token (of a text delta or the done text) and its log probability."""

    token: Optional[str] = None
    logprob: Optional[float] = None


@model
class ResponseTextDoneEvent(BaseModel):
    """An output text part is complete: its full text."""

    content_index: int = None
    item_id: str = None
    logprobs: List[ResponseTextDeltaEventLogprob] = None
    output_index: int = None
    sequence_number: int = None
    text: str = None
    type: Literal["response.output_text.done"] = "response.output_text.done"


@model
class ResponseOutputTextAnnotationAddedEvent(BaseModel):
    """An annotation (a citation, say) was added to an output text part."""

    annotation: Any = None
    annotation_index: int = None
    content_index: int = None
    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.output_text.annotation.added"] = "response.output_text.annotation.added"


@model
class ResponseRefusalDeltaEvent(BaseModel):
    """More refusal text: the delta to append."""

    content_index: int = None
    delta: str = None
    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.refusal.delta"] = "response.refusal.delta"


@model
class ResponseRefusalDoneEvent(BaseModel):
    """A refusal is complete: its full text."""

    content_index: int = None
    item_id: str = None
    output_index: int = None
    refusal: str = None
    sequence_number: int = None
    type: Literal["response.refusal.done"] = "response.refusal.done"


# -- reasoning -------------------------------------------------------------------------------------

@model
class ResponseReasoningSummaryPartAddedEvent(BaseModel):
    """A new part of the reasoning summary started."""

    item_id: str = None
    output_index: int = None
    part: ResponseReasoningSummaryPartAddedEventPart = None
    sequence_number: int = None
    summary_index: int = None
    type: Literal["response.reasoning_summary_part.added"] = "response.reasoning_summary_part.added"


@model
class ResponseReasoningSummaryPartAddedEventPart(BaseModel):
    """The summary part a summary-part-added or -done event carries."""

    text: str = None
    type: Literal["summary_text"] = "summary_text"


@model
class ResponseReasoningSummaryPartDoneEvent(BaseModel):
    """A part of the reasoning summary is complete."""

    item_id: str = None
    output_index: int = None
    part: ResponseReasoningSummaryPartAddedEventPart = None
    sequence_number: int = None
    summary_index: int = None
    type: Literal["response.reasoning_summary_part.done"] = "response.reasoning_summary_part.done"


@model
class ResponseReasoningSummaryTextDeltaEvent(BaseModel):
    """More reasoning summary text: the delta to append."""

    delta: str = None
    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    summary_index: int = None
    type: Literal["response.reasoning_summary_text.delta"] = "response.reasoning_summary_text.delta"


@model
class ResponseReasoningSummaryTextDoneEvent(BaseModel):
    """A reasoning summary text is complete."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    summary_index: int = None
    text: str = None
    type: Literal["response.reasoning_summary_text.done"] = "response.reasoning_summary_text.done"


@model
class ResponseReasoningTextDeltaEvent(BaseModel):
    """More reasoning text: the delta to append."""

    content_index: int = None
    delta: str = None
    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.reasoning_text.delta"] = "response.reasoning_text.delta"


@model
class ResponseReasoningTextDoneEvent(BaseModel):
    """A reasoning text is complete."""

    content_index: int = None
    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    text: str = None
    type: Literal["response.reasoning_text.done"] = "response.reasoning_text.done"


# -- function and custom tool calls ----------------------------------------------------------------

@model
class ResponseFunctionCallArgumentsDeltaEvent(BaseModel):
    """More of a function call's JSON arguments: the delta to append."""

    delta: str = None
    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.function_call_arguments.delta"] = "response.function_call_arguments.delta"


@model
class ResponseFunctionCallArgumentsDoneEvent(BaseModel):
    """A function call's arguments are complete."""

    arguments: str = None
    item_id: str = None
    name: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.function_call_arguments.done"] = "response.function_call_arguments.done"


@model
class ResponseCustomToolCallInputDeltaEvent(BaseModel):
    """More of a custom tool call's input: the delta to append."""

    delta: str = None
    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.custom_tool_call_input.delta"] = "response.custom_tool_call_input.delta"


@model
class ResponseCustomToolCallInputDoneEvent(BaseModel):
    """A custom tool call's input is complete."""

    input: str = None
    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.custom_tool_call_input.done"] = "response.custom_tool_call_input.done"


# -- built-in tools --------------------------------------------------------------------------------

@model
class ResponseFileSearchCallInProgressEvent(BaseModel):
    """A file search call started."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.file_search_call.in_progress"] = "response.file_search_call.in_progress"


@model
class ResponseFileSearchCallSearchingEvent(BaseModel):
    """A file search is searching."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.file_search_call.searching"] = "response.file_search_call.searching"


@model
class ResponseFileSearchCallCompletedEvent(BaseModel):
    """A file search call finished."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.file_search_call.completed"] = "response.file_search_call.completed"


@model
class ResponseWebSearchCallInProgressEvent(BaseModel):
    """A web search call started."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.web_search_call.in_progress"] = "response.web_search_call.in_progress"


@model
class ResponseWebSearchCallSearchingEvent(BaseModel):
    """A web search is searching."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.web_search_call.searching"] = "response.web_search_call.searching"


@model
class ResponseWebSearchCallCompletedEvent(BaseModel):
    """A web search call finished."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.web_search_call.completed"] = "response.web_search_call.completed"


@model
class ResponseCodeInterpreterCallInProgressEvent(BaseModel):
    """A code interpreter call started."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.code_interpreter_call.in_progress"] = "response.code_interpreter_call.in_progress"


@model
class ResponseCodeInterpreterCallCodeDeltaEvent(BaseModel):
    """More of the code a code interpreter call will run."""

    delta: str = None
    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.code_interpreter_call_code.delta"] = "response.code_interpreter_call_code.delta"


@model
class ResponseCodeInterpreterCallCodeDoneEvent(BaseModel):
    """The code of a code interpreter call is complete."""

    code: str = None
    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.code_interpreter_call_code.done"] = "response.code_interpreter_call_code.done"


@model
class ResponseCodeInterpreterCallInterpretingEvent(BaseModel):
    """The code interpreter is running the code."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.code_interpreter_call.interpreting"] = "response.code_interpreter_call.interpreting"


@model
class ResponseCodeInterpreterCallCompletedEvent(BaseModel):
    """A code interpreter call finished."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.code_interpreter_call.completed"] = "response.code_interpreter_call.completed"


@model
class ResponseImageGenCallInProgressEvent(BaseModel):
    """An image generation call started."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.image_generation_call.in_progress"] = "response.image_generation_call.in_progress"


@model
class ResponseImageGenCallGeneratingEvent(BaseModel):
    """An image is being generated."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.image_generation_call.generating"] = "response.image_generation_call.generating"


@model
class ResponseImageGenCallPartialImageEvent(BaseModel):
    """A partial image, base64-encoded, while the final one is generated."""

    item_id: str = None
    output_index: int = None
    partial_image_b64: str = None
    partial_image_index: int = None
    sequence_number: int = None
    type: Literal["response.image_generation_call.partial_image"] = "response.image_generation_call.partial_image"


@model
class ResponseImageGenCallCompletedEvent(BaseModel):
    """An image generation call finished."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.image_generation_call.completed"] = "response.image_generation_call.completed"


@model
class ResponseMcpListToolsInProgressEvent(BaseModel):
    """Listing an MCP server's tools started."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.mcp_list_tools.in_progress"] = "response.mcp_list_tools.in_progress"


@model
class ResponseMcpListToolsCompletedEvent(BaseModel):
    """Listing an MCP server's tools succeeded."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.mcp_list_tools.completed"] = "response.mcp_list_tools.completed"


@model
class ResponseMcpListToolsFailedEvent(BaseModel):
    """Listing an MCP server's tools failed."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.mcp_list_tools.failed"] = "response.mcp_list_tools.failed"


@model
class ResponseMcpCallInProgressEvent(BaseModel):
    """An MCP tool call started."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.mcp_call.in_progress"] = "response.mcp_call.in_progress"


@model
class ResponseMcpCallArgumentsDeltaEvent(BaseModel):
    """More of an MCP tool call's arguments: the delta to append."""

    delta: str = None
    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.mcp_call_arguments.delta"] = "response.mcp_call_arguments.delta"


@model
class ResponseMcpCallArgumentsDoneEvent(BaseModel):
    """An MCP tool call's arguments are complete."""

    arguments: str = None
    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.mcp_call_arguments.done"] = "response.mcp_call_arguments.done"


@model
class ResponseMcpCallCompletedEvent(BaseModel):
    """An MCP tool call succeeded."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.mcp_call.completed"] = "response.mcp_call.completed"


@model
class ResponseMcpCallFailedEvent(BaseModel):
    """An MCP tool call failed."""

    item_id: str = None
    output_index: int = None
    sequence_number: int = None
    type: Literal["response.mcp_call.failed"] = "response.mcp_call.failed"


# -- audio -----------------------------------------------------------------------------------------

@model
class ResponseAudioDeltaEvent(BaseModel):
    """More output audio, base64-encoded."""

    delta: str = None
    sequence_number: int = None
    type: Literal["response.audio.delta"] = "response.audio.delta"


@model
class ResponseAudioDoneEvent(BaseModel):
    """The output audio is complete."""

    sequence_number: int = None
    type: Literal["response.audio.done"] = "response.audio.done"


@model
class ResponseAudioTranscriptDeltaEvent(BaseModel):
    """More of the output audio's transcript."""

    delta: str = None
    sequence_number: int = None
    type: Literal["response.audio.transcript.delta"] = "response.audio.transcript.delta"


@model
class ResponseAudioTranscriptDoneEvent(BaseModel):
    """The output audio's transcript is complete."""

    sequence_number: int = None
    type: Literal["response.audio.transcript.done"] = "response.audio.transcript.done"


# -- unions ----------------------------------------------------------------------------------------

ResponseContentPartAddedEventPart = Union[
    ResponseOutputText,
    ResponseOutputRefusal,
    ResponseContentPartAddedEventPartReasoningText,
]
ResponseStreamEvent = Union[
    ResponseAudioDeltaEvent,
    ResponseAudioDoneEvent,
    ResponseAudioTranscriptDeltaEvent,
    ResponseAudioTranscriptDoneEvent,
    ResponseCodeInterpreterCallCodeDeltaEvent,
    ResponseCodeInterpreterCallCodeDoneEvent,
    ResponseCodeInterpreterCallCompletedEvent,
    ResponseCodeInterpreterCallInProgressEvent,
    ResponseCodeInterpreterCallInterpretingEvent,
    ResponseCompletedEvent,
    ResponseContentPartAddedEvent,
    ResponseContentPartDoneEvent,
    ResponseCreatedEvent,
    ResponseErrorEvent,
    ResponseFileSearchCallCompletedEvent,
    ResponseFileSearchCallInProgressEvent,
    ResponseFileSearchCallSearchingEvent,
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseFunctionCallArgumentsDoneEvent,
    ResponseInProgressEvent,
    ResponseFailedEvent,
    ResponseIncompleteEvent,
    ResponseOutputItemAddedEvent,
    ResponseOutputItemDoneEvent,
    ResponseReasoningSummaryPartAddedEvent,
    ResponseReasoningSummaryPartDoneEvent,
    ResponseReasoningSummaryTextDeltaEvent,
    ResponseReasoningSummaryTextDoneEvent,
    ResponseReasoningTextDeltaEvent,
    ResponseReasoningTextDoneEvent,
    ResponseRefusalDeltaEvent,
    ResponseRefusalDoneEvent,
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent,
    ResponseWebSearchCallCompletedEvent,
    ResponseWebSearchCallInProgressEvent,
    ResponseWebSearchCallSearchingEvent,
    ResponseImageGenCallCompletedEvent,
    ResponseImageGenCallGeneratingEvent,
    ResponseImageGenCallInProgressEvent,
    ResponseImageGenCallPartialImageEvent,
    ResponseMcpCallArgumentsDeltaEvent,
    ResponseMcpCallArgumentsDoneEvent,
    ResponseMcpCallCompletedEvent,
    ResponseMcpCallFailedEvent,
    ResponseMcpCallInProgressEvent,
    ResponseMcpListToolsCompletedEvent,
    ResponseMcpListToolsFailedEvent,
    ResponseMcpListToolsInProgressEvent,
    ResponseOutputTextAnnotationAddedEvent,
    ResponseQueuedEvent,
    ResponseCustomToolCallInputDeltaEvent,
    ResponseCustomToolCallInputDoneEvent,
]


# -- the official names, one per method or container, for the shapes above -------------------------


ResponseContentPartDoneEventPartReasoningText = ResponseContentPartAddedEventPartReasoningText
ResponseTextDoneEventLogprob = ResponseTextDeltaEventLogprob
ResponseTextDoneEventLogprobTopLogprob = ResponseTextDeltaEventLogprobTopLogprob
ResponseReasoningSummaryPartDoneEventPart = ResponseReasoningSummaryPartAddedEventPart
ResponseContentPartDoneEventPart = ResponseContentPartAddedEventPart
