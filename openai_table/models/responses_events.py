"""The events a streamed response sends (`responses.create(stream=True)`, `responses.retrieve(id,
stream=True)`), one class per event `type`; `ResponseStreamEvent` is their union."""

from __future__ import annotations

from typing import Any, List, Optional, Union

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

    response: Optional[Response] = None
    sequence_number: Optional[int] = None
    type: str = "response.created"


@model
class ResponseQueuedEvent(BaseModel):
    """The response is queued, waiting to start."""

    response: Optional[Response] = None
    sequence_number: Optional[int] = None
    type: str = "response.queued"


@model
class ResponseInProgressEvent(BaseModel):
    """The response is being generated."""

    response: Optional[Response] = None
    sequence_number: Optional[int] = None
    type: str = "response.in_progress"


@model
class ResponseCompletedEvent(BaseModel):
    """Sent last on success: the finished response."""

    response: Optional[Response] = None
    sequence_number: Optional[int] = None
    type: str = "response.completed"


@model
class ResponseFailedEvent(BaseModel):
    """Sent last on failure: the response, with its error."""

    response: Optional[Response] = None
    sequence_number: Optional[int] = None
    type: str = "response.failed"


@model
class ResponseIncompleteEvent(BaseModel):
    """Sent last when the response stopped early (see its incomplete details)."""

    response: Optional[Response] = None
    sequence_number: Optional[int] = None
    type: str = "response.incomplete"


@model
class ResponseErrorEvent(BaseModel):
    """An error happened while streaming."""

    code: Optional[str] = None
    message: Optional[str] = None
    param: Optional[str] = None
    sequence_number: Optional[int] = None
    type: str = "error"


# -- output items and content parts ----------------------------------------------------------------

@model
class ResponseOutputItemAddedEvent(BaseModel):
    """A new output item started."""

    item: Optional[ResponseOutputItem] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.output_item.added"


@model
class ResponseOutputItemDoneEvent(BaseModel):
    """An output item is complete."""

    item: Optional[ResponseOutputItem] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.output_item.done"


@model
class ResponseContentPartAddedEvent(BaseModel):
    """A new content part of an output message started."""

    content_index: Optional[int] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    part: Optional[ResponseContentPartAddedEventPart] = None
    sequence_number: Optional[int] = None
    type: str = "response.content_part.added"


@model
class ResponseContentPartAddedEventPartReasoningText(BaseModel):
    """A reasoning text part, as a content part event carries it."""

    text: Optional[str] = None
    type: str = "reasoning_text"


@model
class ResponseContentPartDoneEvent(BaseModel):
    """A content part of an output message is complete."""

    content_index: Optional[int] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    part: Optional[ResponseContentPartAddedEventPart] = None
    sequence_number: Optional[int] = None
    type: str = "response.content_part.done"


# -- text and refusals -----------------------------------------------------------------------------

@model
class ResponseTextDeltaEvent(BaseModel):
    """More output text: the delta to append."""

    content_index: Optional[int] = None
    delta: Optional[str] = None
    item_id: Optional[str] = None
    logprobs: Optional[List[ResponseTextDeltaEventLogprob]] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.output_text.delta"


@model
class ResponseTextDeltaEventLogprob(BaseModel):
    """Log probability of a token in a text delta or in the done text."""

    token: Optional[str] = None
    logprob: Optional[float] = None
    top_logprobs: Optional[List[ResponseTextDeltaEventLogprobTopLogprob]] = None


@model
class ResponseTextDeltaEventLogprobTopLogprob(BaseModel):
    """One alternative token (of a text delta or the done text) and its log probability."""

    token: Optional[str] = None
    logprob: Optional[float] = None


@model
class ResponseTextDoneEvent(BaseModel):
    """An output text part is complete: its full text."""

    content_index: Optional[int] = None
    item_id: Optional[str] = None
    logprobs: Optional[List[ResponseTextDeltaEventLogprob]] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    text: Optional[str] = None
    type: str = "response.output_text.done"


@model
class ResponseOutputTextAnnotationAddedEvent(BaseModel):
    """An annotation (a citation, say) was added to an output text part."""

    annotation: Any = None
    annotation_index: Optional[int] = None
    content_index: Optional[int] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.output_text.annotation.added"


@model
class ResponseRefusalDeltaEvent(BaseModel):
    """More refusal text: the delta to append."""

    content_index: Optional[int] = None
    delta: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.refusal.delta"


@model
class ResponseRefusalDoneEvent(BaseModel):
    """A refusal is complete: its full text."""

    content_index: Optional[int] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    refusal: Optional[str] = None
    sequence_number: Optional[int] = None
    type: str = "response.refusal.done"


# -- reasoning -------------------------------------------------------------------------------------

@model
class ResponseReasoningSummaryPartAddedEvent(BaseModel):
    """A new part of the reasoning summary started."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    part: Optional[ResponseReasoningSummaryPartAddedEventPart] = None
    sequence_number: Optional[int] = None
    summary_index: Optional[int] = None
    type: str = "response.reasoning_summary_part.added"


@model
class ResponseReasoningSummaryPartAddedEventPart(BaseModel):
    """The summary part a summary-part-added or -done event carries."""

    text: Optional[str] = None
    type: str = "summary_text"


@model
class ResponseReasoningSummaryPartDoneEvent(BaseModel):
    """A part of the reasoning summary is complete."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    part: Optional[ResponseReasoningSummaryPartAddedEventPart] = None
    sequence_number: Optional[int] = None
    summary_index: Optional[int] = None
    type: str = "response.reasoning_summary_part.done"


@model
class ResponseReasoningSummaryTextDeltaEvent(BaseModel):
    """More reasoning summary text: the delta to append."""

    delta: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    summary_index: Optional[int] = None
    type: str = "response.reasoning_summary_text.delta"


@model
class ResponseReasoningSummaryTextDoneEvent(BaseModel):
    """A reasoning summary text is complete."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    summary_index: Optional[int] = None
    text: Optional[str] = None
    type: str = "response.reasoning_summary_text.done"


@model
class ResponseReasoningTextDeltaEvent(BaseModel):
    """More reasoning text: the delta to append."""

    content_index: Optional[int] = None
    delta: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.reasoning_text.delta"


@model
class ResponseReasoningTextDoneEvent(BaseModel):
    """A reasoning text is complete."""

    content_index: Optional[int] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    text: Optional[str] = None
    type: str = "response.reasoning_text.done"


# -- function and custom tool calls ----------------------------------------------------------------

@model
class ResponseFunctionCallArgumentsDeltaEvent(BaseModel):
    """More of a function call's JSON arguments: the delta to append."""

    delta: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.function_call_arguments.delta"


@model
class ResponseFunctionCallArgumentsDoneEvent(BaseModel):
    """A function call's arguments are complete."""

    arguments: Optional[str] = None
    item_id: Optional[str] = None
    name: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.function_call_arguments.done"


@model
class ResponseCustomToolCallInputDeltaEvent(BaseModel):
    """More of a custom tool call's input: the delta to append."""

    delta: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.custom_tool_call_input.delta"


@model
class ResponseCustomToolCallInputDoneEvent(BaseModel):
    """A custom tool call's input is complete."""

    input: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.custom_tool_call_input.done"


# -- built-in tools --------------------------------------------------------------------------------

@model
class ResponseFileSearchCallInProgressEvent(BaseModel):
    """A file search call started."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.file_search_call.in_progress"


@model
class ResponseFileSearchCallSearchingEvent(BaseModel):
    """A file search is searching."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.file_search_call.searching"


@model
class ResponseFileSearchCallCompletedEvent(BaseModel):
    """A file search call finished."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.file_search_call.completed"


@model
class ResponseWebSearchCallInProgressEvent(BaseModel):
    """A web search call started."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.web_search_call.in_progress"


@model
class ResponseWebSearchCallSearchingEvent(BaseModel):
    """A web search is searching."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.web_search_call.searching"


@model
class ResponseWebSearchCallCompletedEvent(BaseModel):
    """A web search call finished."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.web_search_call.completed"


@model
class ResponseCodeInterpreterCallInProgressEvent(BaseModel):
    """A code interpreter call started."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.code_interpreter_call.in_progress"


@model
class ResponseCodeInterpreterCallCodeDeltaEvent(BaseModel):
    """More of the code a code interpreter call will run."""

    delta: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.code_interpreter_call_code.delta"


@model
class ResponseCodeInterpreterCallCodeDoneEvent(BaseModel):
    """The code of a code interpreter call is complete."""

    code: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.code_interpreter_call_code.done"


@model
class ResponseCodeInterpreterCallInterpretingEvent(BaseModel):
    """The code interpreter is running the code."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.code_interpreter_call.interpreting"


@model
class ResponseCodeInterpreterCallCompletedEvent(BaseModel):
    """A code interpreter call finished."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.code_interpreter_call.completed"


@model
class ResponseImageGenCallInProgressEvent(BaseModel):
    """An image generation call started."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.image_generation_call.in_progress"


@model
class ResponseImageGenCallGeneratingEvent(BaseModel):
    """An image is being generated."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.image_generation_call.generating"


@model
class ResponseImageGenCallPartialImageEvent(BaseModel):
    """A partial image, base64-encoded, while the final one is generated."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    partial_image_b64: Optional[str] = None
    partial_image_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.image_generation_call.partial_image"


@model
class ResponseImageGenCallCompletedEvent(BaseModel):
    """An image generation call finished."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.image_generation_call.completed"


@model
class ResponseMcpListToolsInProgressEvent(BaseModel):
    """Listing an MCP server's tools started."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.mcp_list_tools.in_progress"


@model
class ResponseMcpListToolsCompletedEvent(BaseModel):
    """Listing an MCP server's tools succeeded."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.mcp_list_tools.completed"


@model
class ResponseMcpListToolsFailedEvent(BaseModel):
    """Listing an MCP server's tools failed."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.mcp_list_tools.failed"


@model
class ResponseMcpCallInProgressEvent(BaseModel):
    """An MCP tool call started."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.mcp_call.in_progress"


@model
class ResponseMcpCallArgumentsDeltaEvent(BaseModel):
    """More of an MCP tool call's arguments: the delta to append."""

    delta: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.mcp_call_arguments.delta"


@model
class ResponseMcpCallArgumentsDoneEvent(BaseModel):
    """An MCP tool call's arguments are complete."""

    arguments: Optional[str] = None
    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.mcp_call_arguments.done"


@model
class ResponseMcpCallCompletedEvent(BaseModel):
    """An MCP tool call succeeded."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.mcp_call.completed"


@model
class ResponseMcpCallFailedEvent(BaseModel):
    """An MCP tool call failed."""

    item_id: Optional[str] = None
    output_index: Optional[int] = None
    sequence_number: Optional[int] = None
    type: str = "response.mcp_call.failed"


# -- audio -----------------------------------------------------------------------------------------

@model
class ResponseAudioDeltaEvent(BaseModel):
    """More output audio, base64-encoded."""

    delta: Optional[str] = None
    sequence_number: Optional[int] = None
    type: str = "response.audio.delta"


@model
class ResponseAudioDoneEvent(BaseModel):
    """The output audio is complete."""

    sequence_number: Optional[int] = None
    type: str = "response.audio.done"


@model
class ResponseAudioTranscriptDeltaEvent(BaseModel):
    """More of the output audio's transcript."""

    delta: Optional[str] = None
    sequence_number: Optional[int] = None
    type: str = "response.audio.transcript.delta"


@model
class ResponseAudioTranscriptDoneEvent(BaseModel):
    """The output audio's transcript is complete."""

    sequence_number: Optional[int] = None
    type: str = "response.audio.transcript.done"


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
