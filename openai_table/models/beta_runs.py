"""Response types of run steps: what a run did step by step (messages written, tool calls
made), in full and as the deltas a stream sends.
"""

from __future__ import annotations

from typing import Any, List, Literal, Optional, Union

from ._base import BaseModel, model
from .shared import Metadata

__all__ = [
    # code interpreter calls
    "CodeInterpreterOutputLogs",
    "CodeInterpreterOutputImageImage",
    "CodeInterpreterToolCallCodeInterpreterOutputImage",
    "CodeInterpreterToolCallCodeInterpreterOutput",
    "CodeInterpreterToolCallCodeInterpreter",
    "CodeInterpreterToolCall",
    # file search calls
    "FileSearchRankingOptions",
    "FileSearchResultContent",
    "FileSearchResult",
    "FileSearch",
    "FileSearchToolCall",
    # function calls
    "FunctionToolCallFunction",
    "FunctionToolCall",
    "ToolCall",
    # run steps
    "MessageCreationStepDetailsMessageCreation",
    "MessageCreationStepDetails",
    "ToolCallsStepDetails",
    "RunStepStepDetails",
    "LastError",
    "Usage",
    "RunStep",
    "RunStepInclude",
    # streamed tool call deltas
    "CodeInterpreterLogs",
    "Image",
    "CodeInterpreterOutputImage",
    "CodeInterpreterToolCallDeltaCodeInterpreterOutput",
    "CodeInterpreterToolCallDeltaCodeInterpreter",
    "CodeInterpreterToolCallDelta",
    "FileSearchToolCallDelta",
    "FunctionToolCallDeltaFunction",
    "FunctionToolCallDelta",
    "ToolCallDelta",
    # streamed run step deltas
    "RunStepDeltaMessageDeltaMessageCreation",
    "RunStepDeltaMessageDelta",
    "ToolCallDeltaObject",
    "RunStepDeltaStepDetails",
    "RunStepDelta",
    "RunStepDeltaEvent",
]


# -- code interpreter calls --------------------------------------------------------------------


@model
class CodeInterpreterOutputLogs(BaseModel):
    """Text the code printed."""

    logs: str = None
    type: Literal["logs"] = "logs"


@model
class CodeInterpreterOutputImageImage(BaseModel):
    """The file id of an image the code made."""

    file_id: str = None


@model
class CodeInterpreterToolCallCodeInterpreterOutputImage(BaseModel):
    """An image the code made."""

    image: CodeInterpreterOutputImageImage = None
    type: Literal["image"] = "image"


# An output of the code interpreter: logs or an image.
CodeInterpreterToolCallCodeInterpreterOutput = Union[CodeInterpreterOutputLogs, CodeInterpreterToolCallCodeInterpreterOutputImage]


@model
class CodeInterpreterToolCallCodeInterpreter(BaseModel):
    """The code that ran and what came out of it."""

    input: str = None
    outputs: List[CodeInterpreterToolCallCodeInterpreterOutput] = None


@model
class CodeInterpreterToolCall(BaseModel):
    """A step's call of the code interpreter."""

    id: str = None
    code_interpreter: CodeInterpreterToolCallCodeInterpreter = None
    type: Literal["code_interpreter"] = "code_interpreter"


# -- file search calls -------------------------------------------------------------------------


@model
class FileSearchRankingOptions(BaseModel):
    """The ranking a file search used."""

    ranker: Literal["auto", "default_2024_08_21"] = None
    score_threshold: float = None


@model
class FileSearchResultContent(BaseModel):
    """A piece of the text a file search matched."""

    text: Optional[str] = None
    type: Optional[Literal["text"]] = None


@model
class FileSearchResult(BaseModel):
    """A file a search matched, its score and (when asked for) the matched text."""

    file_id: str = None
    file_name: str = None
    score: float = None
    content: Optional[List[FileSearchResultContent]] = None


@model
class FileSearch(BaseModel):
    """How a file search ranked and what it found."""

    ranking_options: Optional[FileSearchRankingOptions] = None
    results: Optional[List[FileSearchResult]] = None


@model
class FileSearchToolCall(BaseModel):
    """A step's call of file search."""

    id: str = None
    file_search: FileSearch = None
    type: Literal["file_search"] = "file_search"


# -- function calls ----------------------------------------------------------------------------


@model
class FunctionToolCallFunction(BaseModel):
    """The function called: name, arguments, and the output once submitted."""

    arguments: str = None
    name: str = None
    output: Optional[str] = None


@model
class FunctionToolCall(BaseModel):
    """A step's call of one of your functions."""

    id: str = None
    function: FunctionToolCallFunction = None
    type: Literal["function"] = "function"


# A tool call of a step, told apart by `type`.
ToolCall = Union[CodeInterpreterToolCall, FileSearchToolCall, FunctionToolCall]


# -- run steps ---------------------------------------------------------------------------------


@model
class MessageCreationStepDetailsMessageCreation(BaseModel):
    """The message a step wrote."""

    message_id: str = None


@model
class MessageCreationStepDetails(BaseModel):
    """Details of a step that wrote a message."""

    message_creation: MessageCreationStepDetailsMessageCreation = None
    type: Literal["message_creation"] = "message_creation"


@model
class ToolCallsStepDetails(BaseModel):
    """Details of a step that called tools."""

    tool_calls: List[ToolCall] = None
    type: Literal["tool_calls"] = "tool_calls"


# What a step did, told apart by `type`.
RunStepStepDetails = Union[MessageCreationStepDetails, ToolCallsStepDetails]


@model
class LastError(BaseModel):
    """The error that made a step fail."""

    code: Literal["server_error", "rate_limit_exceeded"] = None
    message: str = None


@model
class Usage(BaseModel):
    """The tokens a finished step used."""

    completion_tokens: int = None
    prompt_tokens: int = None
    total_tokens: int = None


@model
class RunStep(BaseModel):
    """One step of a run: writing a message or calling tools."""

    id: str = None
    assistant_id: str = None
    cancelled_at: Optional[int] = None
    completed_at: Optional[int] = None
    created_at: int = None
    expired_at: Optional[int] = None
    failed_at: Optional[int] = None
    last_error: Optional[LastError] = None
    metadata: Optional[Metadata] = None
    object: Literal["thread.run.step"] = None  # "thread.run.step"
    run_id: str = None
    status: Literal["in_progress", "cancelled", "failed", "completed", "expired"] = None
    step_details: RunStepStepDetails = None
    thread_id: str = None
    type: Literal["message_creation", "tool_calls"] = None
    usage: Optional[Usage] = None


# Extra run step fields to ask for with `include`.
RunStepInclude = Literal["step_details.tool_calls[*].file_search.results[*].content"]


# -- streamed tool call deltas -----------------------------------------------------------------


@model
class CodeInterpreterLogs(BaseModel):
    """A streamed piece of the text the code printed."""

    index: int = None
    type: Literal["logs"] = "logs"
    logs: Optional[str] = None


@model
class Image(BaseModel):
    """The file id of an image the code made (streamed)."""

    file_id: Optional[str] = None


@model
class CodeInterpreterOutputImage(BaseModel):
    """A streamed image output of the code interpreter."""

    index: int = None
    type: Literal["image"] = "image"
    image: Optional[Image] = None


# A streamed output of the code interpreter: logs or an image.
CodeInterpreterToolCallDeltaCodeInterpreterOutput = Union[CodeInterpreterLogs, CodeInterpreterOutputImage]


@model
class CodeInterpreterToolCallDeltaCodeInterpreter(BaseModel):
    """The parts of the code and its outputs a stream has sent."""

    input: Optional[str] = None
    outputs: Optional[List[CodeInterpreterToolCallDeltaCodeInterpreterOutput]] = None


@model
class CodeInterpreterToolCallDelta(BaseModel):
    """A streamed piece of a code interpreter call."""

    index: int = None
    type: Literal["code_interpreter"] = "code_interpreter"
    id: Optional[str] = None
    code_interpreter: Optional[CodeInterpreterToolCallDeltaCodeInterpreter] = None


@model
class FileSearchToolCallDelta(BaseModel):
    """A streamed piece of a file search call."""

    file_search: Any = None
    index: int = None
    type: Literal["file_search"] = "file_search"
    id: Optional[str] = None


@model
class FunctionToolCallDeltaFunction(BaseModel):
    """The parts of a function call a stream has sent."""

    arguments: Optional[str] = None
    name: Optional[str] = None
    output: Optional[str] = None


@model
class FunctionToolCallDelta(BaseModel):
    """A streamed piece of a function call."""

    index: int = None
    type: Literal["function"] = "function"
    id: Optional[str] = None
    function: Optional[FunctionToolCallDeltaFunction] = None


# A streamed tool call, told apart by `type`.
ToolCallDelta = Union[CodeInterpreterToolCallDelta, FileSearchToolCallDelta, FunctionToolCallDelta]


# -- streamed run step deltas ------------------------------------------------------------------


@model
class RunStepDeltaMessageDeltaMessageCreation(BaseModel):
    """The message a streamed step is writing."""

    message_id: Optional[str] = None


@model
class RunStepDeltaMessageDelta(BaseModel):
    """Streamed details of a step that writes a message."""

    type: Literal["message_creation"] = "message_creation"
    message_creation: Optional[RunStepDeltaMessageDeltaMessageCreation] = None


@model
class ToolCallDeltaObject(BaseModel):
    """Streamed details of a step that calls tools."""

    type: Literal["tool_calls"] = "tool_calls"
    tool_calls: Optional[List[ToolCallDelta]] = None


# Streamed details of a step, told apart by `type`.
RunStepDeltaStepDetails = Union[RunStepDeltaMessageDelta, ToolCallDeltaObject]


@model
class RunStepDelta(BaseModel):
    """What changed in a run step."""

    step_details: Optional[RunStepDeltaStepDetails] = None


@model
class RunStepDeltaEvent(BaseModel):
    """The `data` of a `thread.run.step.delta` event: a step id and what changed."""

    id: str = None
    delta: RunStepDelta = None
    object: Literal["thread.run.step.delta"] = None  # "thread.run.step.delta"
