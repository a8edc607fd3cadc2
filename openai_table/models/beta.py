"""Response types of the Assistants API: assistants, threads, and the tools an assistant can use.

Runs and messages live in ``beta_threads``, run steps in ``beta_runs``, the stream events in
``beta_events``.
"""

from __future__ import annotations

from typing import List, Literal, Optional, Union

from ._base import BaseModel, model
from .shared import FunctionDefinition, Metadata, ResponseFormatJSONObject, ResponseFormatJSONSchema, ResponseFormatText

__all__ = [
    # tools
    "CodeInterpreterTool",
    "FileSearchRankingOptions",
    "FileSearch",
    "FileSearchTool",
    "FunctionTool",
    "AssistantTool",
    # tool choice and response format
    "AssistantToolChoiceFunction",
    "AssistantToolChoice",
    "AssistantToolChoiceOption",
    "AssistantResponseFormatOption",
    # assistants
    "AssistantToolResourcesCodeInterpreter",
    "AssistantToolResourcesFileSearch",
    "AssistantToolResources",
    "Assistant",
    "AssistantDeleted",
    # threads
    "ThreadToolResourcesCodeInterpreter",
    "ThreadToolResourcesFileSearch",
    "ThreadToolResources",
    "Thread",
    "ThreadDeleted",
]


# -- tools -------------------------------------------------------------------------------------


@model
class CodeInterpreterTool(BaseModel):
    """Lets the assistant write and run Python in a sandbox."""

    type: Literal["code_interpreter"] = "code_interpreter"


@model
class FileSearchRankingOptions(BaseModel):
    """How file search scores chunks, and the score below which it drops them."""

    score_threshold: float = None
    ranker: Optional[Literal["auto", "default_2024_08_21"]] = None


@model
class FileSearch(BaseModel):
    """Settings of the file search tool: how many results, how they are ranked."""

    max_num_results: Optional[int] = None
    ranking_options: Optional[FileSearchRankingOptions] = None


@model
class FileSearchTool(BaseModel):
    """Lets the assistant search the files of its vector stores."""

    type: Literal["file_search"] = "file_search"
    file_search: Optional[FileSearch] = None


@model
class FunctionTool(BaseModel):
    """A function of yours the assistant may ask to have called."""

    function: FunctionDefinition = None
    type: Literal["function"] = "function"


# Any tool an assistant can be given, told apart by `type`.
AssistantTool = Union[CodeInterpreterTool, FileSearchTool, FunctionTool]


# -- tool choice and response format -----------------------------------------------------------


@model
class AssistantToolChoiceFunction(BaseModel):
    """The function a tool choice names."""

    name: str = None


@model
class AssistantToolChoice(BaseModel):
    """Forces one particular tool (or function) on a run."""

    type: Literal["function", "code_interpreter", "file_search"] = None
    function: Optional[AssistantToolChoiceFunction] = None


# "none", "auto", "required", or one named tool.
AssistantToolChoiceOption = Union[Literal["none", "auto", "required"], AssistantToolChoice]


# "auto", plain text, any JSON object, or JSON following a schema.
AssistantResponseFormatOption = Union[Literal["auto"], ResponseFormatText, ResponseFormatJSONObject, ResponseFormatJSONSchema]


# -- assistants --------------------------------------------------------------------------------


@model
class AssistantToolResourcesCodeInterpreter(BaseModel):
    """Files the code interpreter of an assistant can read."""

    file_ids: Optional[List[str]] = None


@model
class AssistantToolResourcesFileSearch(BaseModel):
    """The vector store file search uses for an assistant."""

    vector_store_ids: Optional[List[str]] = None


@model
class AssistantToolResources(BaseModel):
    """Files and vector stores an assistant's tools work with."""

    code_interpreter: Optional[AssistantToolResourcesCodeInterpreter] = None
    file_search: Optional[AssistantToolResourcesFileSearch] = None


@model
class Assistant(BaseModel):
    """An assistant: a model with instructions, tools and the files those tools use."""

    id: str = None
    created_at: int = None
    description: Optional[str] = None
    instructions: Optional[str] = None
    metadata: Optional[Metadata] = None
    model: str = None
    name: Optional[str] = None
    object: Literal["assistant"] = None  # "assistant"
    tools: List[AssistantTool] = None
    response_format: Optional[AssistantResponseFormatOption] = None
    temperature: Optional[float] = None
    tool_resources: Optional[AssistantToolResources] = None
    top_p: Optional[float] = None


@model
class AssistantDeleted(BaseModel):
    """Confirms that an assistant was deleted."""

    id: str = None
    deleted: bool = None
    object: Literal["assistant.deleted"] = None  # "assistant.deleted"


# -- threads -----------------------------------------------------------------------------------


@model
class Thread(BaseModel):
    """A conversation between a user and assistants; holds messages, runs act on it."""

    id: str = None
    created_at: int = None
    metadata: Optional[Metadata] = None
    object: Literal["thread"] = None  # "thread"
    tool_resources: Optional[AssistantToolResources] = None


@model
class ThreadDeleted(BaseModel):
    """Confirms that a thread was deleted."""

    id: str = None
    deleted: bool = None
    object: Literal["thread.deleted"] = None  # "thread.deleted"


# -- the official names, one per method or container, for the shapes above ---------------------


ThreadToolResourcesCodeInterpreter = AssistantToolResourcesCodeInterpreter
ThreadToolResourcesFileSearch = AssistantToolResourcesFileSearch
ThreadToolResources = AssistantToolResources
