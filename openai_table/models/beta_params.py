"""Request-side types (TypedDicts) of the Assistants API: assistants, threads, tools and
`threads.create_and_run`. Plain dicts at runtime, sent as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Literal, Optional, Required, Sequence, TypedDict, Union

from .shared import ChatModel, ReasoningEffort
from .shared_params import FunctionDefinition, Metadata, ResponseFormatJSONObject, ResponseFormatJSONSchema, ResponseFormatText

if TYPE_CHECKING:  # beta_threads_params imports this module's tool params
    from .beta_threads_params import MessageContentPartParam

__all__ = [
    # tools
    "CodeInterpreterToolParam",
    "FileSearchRankingOptions",
    "FileSearch",
    "FileSearchToolParam",
    "FunctionToolParam",
    "AssistantToolParam",
    # tool choice and response format
    "AssistantToolChoiceFunctionParam",
    "AssistantToolChoiceParam",
    "AssistantToolChoiceOptionParam",
    "AssistantResponseFormatOptionParam",
    # assistants.create
    "AssistantCreateParamsToolResourcesCodeInterpreter",
    "AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyAuto",
    "AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic",
    "AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyStatic",
    "AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategy",
    "AssistantCreateParamsToolResourcesFileSearchVectorStore",
    "AssistantCreateParamsToolResourcesFileSearch",
    "AssistantCreateParamsToolResources",
    "AssistantCreateParams",
    # assistants.update and list
    "AssistantUpdateParamsToolResourcesCodeInterpreter",
    "AssistantUpdateParamsToolResourcesFileSearch",
    "AssistantUpdateParamsToolResources",
    "AssistantUpdateParams",
    "AssistantListParams",
    # threads.create
    "MessageAttachmentToolFileSearch",
    "MessageAttachmentTool",
    "MessageAttachment",
    "Message",
    "ThreadCreateParamsToolResourcesCodeInterpreter",
    "ThreadCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyAuto",
    "ThreadCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic",
    "ThreadCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyStatic",
    "ThreadCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategy",
    "ThreadCreateParamsToolResourcesFileSearchVectorStore",
    "ThreadCreateParamsToolResourcesFileSearch",
    "ThreadCreateParamsToolResources",
    "ThreadCreateParams",
    # threads.update
    "ThreadUpdateParamsToolResourcesCodeInterpreter",
    "ThreadUpdateParamsToolResourcesFileSearch",
    "ThreadUpdateParamsToolResources",
    "ThreadUpdateParams",
    # threads.create_and_run
    "ThreadMessageAttachmentToolFileSearch",
    "ThreadMessageAttachmentTool",
    "ThreadMessageAttachment",
    "ThreadMessage",
    "ThreadToolResourcesCodeInterpreter",
    "ThreadToolResourcesFileSearchVectorStoreChunkingStrategyAuto",
    "ThreadToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic",
    "ThreadToolResourcesFileSearchVectorStoreChunkingStrategyStatic",
    "ThreadToolResourcesFileSearchVectorStoreChunkingStrategy",
    "ThreadToolResourcesFileSearchVectorStore",
    "ThreadToolResourcesFileSearch",
    "ThreadToolResources",
    "Thread",
    "ThreadCreateAndRunParamsToolResourcesCodeInterpreter",
    "ThreadCreateAndRunParamsToolResourcesFileSearch",
    "ThreadCreateAndRunParamsToolResources",
    "TruncationStrategy",
    "ThreadCreateAndRunParamsBase",
    "ThreadCreateAndRunParamsNonStreaming",
    "ThreadCreateAndRunParamsStreaming",
    "ThreadCreateAndRunParams",
]


# -- tools -------------------------------------------------------------------------------------


class CodeInterpreterToolParam(TypedDict, total=False):
    """Give the assistant the code interpreter."""

    type: Required[Literal["code_interpreter"]]


class FileSearchRankingOptions(TypedDict, total=False):
    """How file search should rank chunks and which score it must reach."""

    score_threshold: Required[float]
    ranker: Literal["auto", "default_2024_08_21"]


class FileSearch(TypedDict, total=False):
    """Settings for the file search tool."""

    max_num_results: int
    ranking_options: FileSearchRankingOptions


class FileSearchToolParam(TypedDict, total=False):
    """Give the assistant file search."""

    type: Required[Literal["file_search"]]
    file_search: FileSearch


class FunctionToolParam(TypedDict, total=False):
    """Give the assistant a function of yours to call."""

    function: Required[FunctionDefinition]
    type: Required[Literal["function"]]


# Any tool to give an assistant.
AssistantToolParam = Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]


# -- tool choice and response format -----------------------------------------------------------


class AssistantToolChoiceFunctionParam(TypedDict, total=False):
    """Names the function a run must call."""

    name: Required[str]


class AssistantToolChoiceParam(TypedDict, total=False):
    """Make a run use one particular tool."""

    type: Required[Literal["function", "code_interpreter", "file_search"]]
    function: AssistantToolChoiceFunctionParam


# "none", "auto", "required", or one named tool.
AssistantToolChoiceOptionParam = Union[Literal["none", "auto", "required"], AssistantToolChoiceParam]


# "auto", plain text, any JSON object, or JSON following a schema.
AssistantResponseFormatOptionParam = Union[Literal["auto"], ResponseFormatText, ResponseFormatJSONObject, ResponseFormatJSONSchema]


# -- assistants.create -------------------------------------------------------------------------


class AssistantCreateParamsToolResourcesCodeInterpreter(TypedDict, total=False):
    """Files for the code interpreter."""

    file_ids: Sequence[str]


class AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyAuto(TypedDict, total=False):
    """Let the API pick how files are chunked."""

    type: Required[Literal["auto"]]


class AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic(TypedDict, total=False):
    """Chunk size and overlap, in tokens."""

    chunk_overlap_tokens: Required[int]
    max_chunk_size_tokens: Required[int]


class AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyStatic(TypedDict, total=False):
    """Chunk files with a fixed size and overlap."""

    static: Required[AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic]
    type: Required[Literal["static"]]


# How to split files into chunks.
AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategy = Union[AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyAuto, AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyStatic]


class AssistantCreateParamsToolResourcesFileSearchVectorStore(TypedDict, total=False):
    """A vector store to create from files, for file search."""

    chunking_strategy: AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategy
    file_ids: Sequence[str]
    metadata: Optional[Metadata]


class AssistantCreateParamsToolResourcesFileSearch(TypedDict, total=False):
    """The vector store file search should use (an existing one, or one to create)."""

    vector_store_ids: Sequence[str]
    vector_stores: Iterable[AssistantCreateParamsToolResourcesFileSearchVectorStore]


class AssistantCreateParamsToolResources(TypedDict, total=False):
    """Files and vector stores for the tools."""

    code_interpreter: AssistantCreateParamsToolResourcesCodeInterpreter
    file_search: AssistantCreateParamsToolResourcesFileSearch


class AssistantCreateParams(TypedDict, total=False):
    """The arguments of `beta.assistants.create`."""

    model: Required[Union[str, ChatModel]]
    description: Optional[str]
    instructions: Optional[str]
    metadata: Optional[Metadata]
    name: Optional[str]
    reasoning_effort: Optional[ReasoningEffort]
    response_format: Optional[AssistantResponseFormatOptionParam]
    temperature: Optional[float]
    tool_resources: Optional[AssistantCreateParamsToolResources]
    tools: Iterable[AssistantToolParam]
    top_p: Optional[float]


# -- assistants.update and list ----------------------------------------------------------------


class AssistantUpdateParamsToolResourcesFileSearch(TypedDict, total=False):
    """The vector store file search should use."""

    vector_store_ids: Sequence[str]


class AssistantUpdateParamsToolResources(TypedDict, total=False):
    """Files and vector stores for the tools."""

    code_interpreter: AssistantCreateParamsToolResourcesCodeInterpreter
    file_search: AssistantUpdateParamsToolResourcesFileSearch


class AssistantUpdateParams(TypedDict, total=False):
    """The arguments of `beta.assistants.update`."""

    description: Optional[str]
    instructions: Optional[str]
    metadata: Optional[Metadata]
    model: Union[str, Literal["gpt-5", "gpt-5-mini", "gpt-5-nano", "gpt-5-2025-08-07", "gpt-5-mini-2025-08-07", "gpt-5-nano-2025-08-07", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-4.1-2025-04-14", "gpt-4.1-mini-2025-04-14", "gpt-4.1-nano-2025-04-14", "o3-mini", "o3-mini-2025-01-31", "o1", "o1-2024-12-17", "gpt-4o", "gpt-4o-2024-11-20", "gpt-4o-2024-08-06", "gpt-4o-2024-05-13", "gpt-4o-mini", "gpt-4o-mini-2024-07-18", "gpt-4.5-preview", "gpt-4.5-preview-2025-02-27", "gpt-4-turbo", "gpt-4-turbo-2024-04-09", "gpt-4-0125-preview", "gpt-4-turbo-preview", "gpt-4-1106-preview", "gpt-4-vision-preview", "gpt-4", "gpt-4-0314", "gpt-4-0613", "gpt-4-32k", "gpt-4-32k-0314", "gpt-4-32k-0613", "gpt-3.5-turbo", "gpt-3.5-turbo-16k", "gpt-3.5-turbo-0613", "gpt-3.5-turbo-1106", "gpt-3.5-turbo-0125", "gpt-3.5-turbo-16k-0613"]]
    name: Optional[str]
    reasoning_effort: Optional[ReasoningEffort]
    response_format: Optional[AssistantResponseFormatOptionParam]
    temperature: Optional[float]
    tool_resources: Optional[AssistantUpdateParamsToolResources]
    tools: Iterable[AssistantToolParam]
    top_p: Optional[float]


class AssistantListParams(TypedDict, total=False):
    """The arguments of `beta.assistants.list`."""

    after: str
    before: str
    limit: int
    order: Literal["asc", "desc"]


# -- threads.create ----------------------------------------------------------------------------


class MessageAttachmentToolFileSearch(TypedDict, total=False):
    """Add the attached file to file search."""

    type: Required[Literal["file_search"]]


# A tool to add an attached file to.
MessageAttachmentTool = Union[CodeInterpreterToolParam, MessageAttachmentToolFileSearch]


class MessageAttachment(TypedDict, total=False):
    """A file to attach to a starting message, and the tools to add it to."""

    file_id: str
    tools: Iterable[MessageAttachmentTool]


class Message(TypedDict, total=False):
    """A message to start the new thread with."""

    content: Required[Union[str, Iterable[MessageContentPartParam]]]
    role: Required[Literal["user", "assistant"]]
    attachments: Optional[Iterable[MessageAttachment]]
    metadata: Optional[Metadata]


# How to split files into chunks.


class ThreadCreateParams(TypedDict, total=False):
    """The arguments of `beta.threads.create`."""

    messages: Iterable[Message]
    metadata: Optional[Metadata]
    tool_resources: Optional[AssistantCreateParamsToolResources]


# -- threads.update ----------------------------------------------------------------------------


class ThreadUpdateParams(TypedDict, total=False):
    """The arguments of `beta.threads.update`."""

    metadata: Optional[Metadata]
    tool_resources: Optional[AssistantUpdateParamsToolResources]


# -- threads.create_and_run --------------------------------------------------------------------


# A tool to add an attached file to.


# How to split files into chunks.


class Thread(TypedDict, total=False):
    """The thread to create before the run starts."""

    messages: Iterable[Message]
    metadata: Optional[Metadata]
    tool_resources: Optional[AssistantCreateParamsToolResources]


class TruncationStrategy(TypedDict, total=False):
    """How much of the thread to give the model: all of it (`auto`) or the last messages."""

    type: Required[Literal["auto", "last_messages"]]
    last_messages: Optional[int]


class ThreadCreateAndRunParamsBase(TypedDict, total=False):
    """The arguments of `beta.threads.create_and_run`, but `stream`."""

    assistant_id: Required[str]
    instructions: Optional[str]
    max_completion_tokens: Optional[int]
    max_prompt_tokens: Optional[int]
    metadata: Optional[Metadata]
    model: Union[str, ChatModel, None]
    parallel_tool_calls: bool
    response_format: Optional[AssistantResponseFormatOptionParam]
    temperature: Optional[float]
    thread: Thread
    tool_choice: Optional[AssistantToolChoiceOptionParam]
    tool_resources: Optional[AssistantUpdateParamsToolResources]
    tools: Optional[Iterable[AssistantToolParam]]
    top_p: Optional[float]
    truncation_strategy: Optional[TruncationStrategy]


class ThreadCreateAndRunParamsNonStreaming(ThreadCreateAndRunParamsBase, total=False):
    """`beta.threads.create_and_run` returning the run."""

    stream: Optional[Literal[False]]


class ThreadCreateAndRunParamsStreaming(ThreadCreateAndRunParamsBase, total=False):
    """`beta.threads.create_and_run` with `stream=True`."""

    stream: Required[Literal[True]]


# The arguments of `beta.threads.create_and_run`, streaming or not.
ThreadCreateAndRunParams = Union[ThreadCreateAndRunParamsNonStreaming, ThreadCreateAndRunParamsStreaming]


# -- the official names, one per method or container, for the shapes above ---------------------


AssistantUpdateParamsToolResourcesCodeInterpreter = AssistantCreateParamsToolResourcesCodeInterpreter
ThreadCreateParamsToolResourcesCodeInterpreter = AssistantCreateParamsToolResourcesCodeInterpreter
ThreadCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyAuto = AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyAuto
ThreadCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic = AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic
ThreadCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyStatic = AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyStatic
ThreadCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategy = AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategy
ThreadCreateParamsToolResourcesFileSearchVectorStore = AssistantCreateParamsToolResourcesFileSearchVectorStore
ThreadCreateParamsToolResourcesFileSearch = AssistantCreateParamsToolResourcesFileSearch
ThreadCreateParamsToolResources = AssistantCreateParamsToolResources
ThreadUpdateParamsToolResourcesCodeInterpreter = AssistantCreateParamsToolResourcesCodeInterpreter
ThreadUpdateParamsToolResourcesFileSearch = AssistantUpdateParamsToolResourcesFileSearch
ThreadUpdateParamsToolResources = AssistantUpdateParamsToolResources
ThreadMessageAttachmentToolFileSearch = MessageAttachmentToolFileSearch
ThreadMessageAttachmentTool = MessageAttachmentTool
ThreadMessageAttachment = MessageAttachment
ThreadMessage = Message
ThreadToolResourcesCodeInterpreter = AssistantCreateParamsToolResourcesCodeInterpreter
ThreadToolResourcesFileSearchVectorStoreChunkingStrategyAuto = AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyAuto
ThreadToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic = AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic
ThreadToolResourcesFileSearchVectorStoreChunkingStrategyStatic = AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategyStatic
ThreadToolResourcesFileSearchVectorStoreChunkingStrategy = AssistantCreateParamsToolResourcesFileSearchVectorStoreChunkingStrategy
ThreadToolResourcesFileSearchVectorStore = AssistantCreateParamsToolResourcesFileSearchVectorStore
ThreadToolResourcesFileSearch = AssistantCreateParamsToolResourcesFileSearch
ThreadToolResources = AssistantCreateParamsToolResources
ThreadCreateAndRunParamsToolResourcesCodeInterpreter = AssistantCreateParamsToolResourcesCodeInterpreter
ThreadCreateAndRunParamsToolResourcesFileSearch = AssistantUpdateParamsToolResourcesFileSearch
ThreadCreateAndRunParamsToolResources = AssistantUpdateParamsToolResources
