"""Assistants streaming: `AssistantEventHandler` / `AsyncAssistantEventHandler` (override the
`on_*` callbacks you need, or iterate the events) and the methods that open such a stream:
`beta.threads.runs.stream`, `create_and_stream`, `submit_tool_outputs_stream` and
`beta.threads.create_and_run_stream`.

Messages and run steps are accumulated from their deltas with the shared `merge` rule of
`_accumulate`, without the `index` labels of list entries, and replaced by the finished object
when it arrives: a snapshot looks as a later `retrieve` returns it.

The sync and async handlers share one event walk (`_walk`), a generator that updates the
state and yields the callbacks to make, in order, at the point where each is due.
"""

import asyncio
import inspect
from typing import TYPE_CHECKING, Any, Callable, Dict, Generic, Iterator, AsyncIterator, List, Optional, Tuple, TypeVar

import httpx

from .._types import NOT_GIVEN, omit
from ._accumulate import copy_json, merge
from ._stream_base import args_of, open_stream, open_stream_async

__all__ = [
    "AssistantEventHandler", "AsyncAssistantEventHandler", "AssistantEventHandlerT", "AsyncAssistantEventHandlerT",
    "AssistantStreamManager", "AsyncAssistantStreamManager",
    "runs_stream", "runs_stream_async", "runs_create_and_stream", "runs_create_and_stream_async",
    "runs_submit_tool_outputs_stream", "runs_submit_tool_outputs_stream_async",
    "threads_create_and_run_stream", "threads_create_and_run_stream_async",
]

_RUN_ENDS = frozenset(("thread.run.completed", "thread.run.cancelled", "thread.run.expired", "thread.run.failed",
                       "thread.run.requires_action", "thread.run.incomplete"))
_RUN_UPDATES = frozenset(("thread.run.created", "thread.run.in_progress", "thread.run.cancelling", "thread.run.queued"))
_STEP_ENDS = frozenset(("thread.run.step.completed", "thread.run.step.cancelled", "thread.run.step.expired",
                        "thread.run.step.failed"))
_MESSAGE_ENDS = frozenset(("thread.message.completed", "thread.message.incomplete"))


def _hooks() -> Tuple[Any, Any, Any]:
    from .._converter import hook_for
    from ..models.beta_runs import RunStep
    from ..models.beta_threads import Message, MessageContent

    return hook_for(Message), hook_for(MessageContent), hook_for(RunStep)


def _raw(obj: Any) -> Dict[str, Any]:
    raw = getattr(obj, "_raw", None)
    return raw if raw is not None else obj.to_dict()


class _HandlerState:
    """What both handlers keep and how an event changes it."""

    def __init__(self) -> None:
        self._current_event: Any = None
        self._current_message_content_index: Optional[int] = None
        self._current_message_content: Any = None
        self._current_tool_call_index: Optional[int] = None
        self._current_tool_call: Any = None
        self._current_run_step_id: Optional[str] = None
        self._current_run: Any = None
        self._run_step_snapshots: Dict[str, Any] = {}
        self._run_step_data: Dict[str, Dict[str, Any]] = {}
        self._message_snapshots: Dict[str, Any] = {}
        self._message_data: Optional[Dict[str, Any]] = None
        self._current_message_snapshot: Any = None
        self._stream: Any = None
        self._message_hook = self._content_hook = self._step_hook = None

    def _init(self, stream: Any) -> None:
        if self._stream is not None:
            raise RuntimeError("this event handler is already reading a stream; make a new handler for each stream")
        self._stream = stream
        self._message_hook, self._content_hook, self._step_hook = _hooks()

    @property
    def current_event(self) -> Any:
        """The event being handled (inside a callback), else None."""
        return self._current_event

    @property
    def current_run(self) -> Any:
        """The run as of its latest `thread.run.*` event."""
        return self._current_run

    @property
    def current_run_step_snapshot(self) -> Any:
        """The run step in progress, accumulated so far, else None."""
        return self._run_step_snapshots.get(self._current_run_step_id) if self._current_run_step_id else None

    @property
    def current_message_snapshot(self) -> Any:
        """The message being written, accumulated so far (or the last one finished)."""
        return self._current_message_snapshot

    # accumulation ----------------------------------------------------------------------

    def _accumulate_message(self, event: Any) -> List[Any]:
        """Update the message snapshot; return the content deltas that began a new block."""
        kind = event.event
        if kind == "thread.message.created":
            self._message_data = copy_json(_raw(event.data))
            self._current_message_snapshot = self._message_hook(self._message_data, None)
            return []
        if kind != "thread.message.delta":
            return []
        snapshot = self._current_message_snapshot
        if snapshot is None:
            raise RuntimeError("a message delta arrived before its message")
        new = []
        content = self._message_data.setdefault("content", [])
        if snapshot.content is None:
            snapshot.content = []
        for block_delta in (event.data.delta.content or ()):
            raw = _raw(block_delta)
            index = raw.get("index") or 0
            if index < len(content):
                block = merge(content[index], {k: v for k, v in raw.items() if k != "index"}, keep_index=False)
                snapshot.content[index] = self._content_hook(block, None)
            else:
                block = merge({}, {k: v for k, v in raw.items() if k != "index"}, keep_index=False)
                content.insert(index, block)
                snapshot.content.insert(index, self._content_hook(block, None))
                new.append(block_delta)
        return new

    def _accumulate_step(self, event: Any) -> None:
        kind, data = event.event, event.data
        if kind == "thread.run.step.created" or kind in _STEP_ENDS:
            self._run_step_data[data.id] = copy_json(_raw(data))
            self._run_step_snapshots[data.id] = data
        elif kind == "thread.run.step.delta" and data.delta is not None:
            step = self._run_step_data[data.id]
            merge(step, _raw(data.delta), keep_index=False)
            self._run_step_snapshots[data.id] = self._step_hook(step, None)

    # the walk: state changes, and the callbacks due, in order ----------------------------

    def _walk(self, event: Any) -> Iterator[Tuple[str, tuple]]:
        self._current_event = event
        yield "on_event", (event,)
        new_content = self._accumulate_message(event)
        if self._current_message_snapshot is not None:
            self._message_snapshots[self._current_message_snapshot.id] = self._current_message_snapshot
        self._accumulate_step(event)
        for block_delta in new_content:
            block = self._current_message_snapshot.content[block_delta.index]
            if block.type == "text":
                yield "on_text_created", (block.text,)

        kind, data = event.event, event.data
        if kind in _RUN_ENDS:
            self._current_run = data
            if self._current_tool_call is not None:
                yield "on_tool_call_done", (self._current_tool_call,)
                self._current_tool_call = self._current_tool_call_index = None
        elif kind in _RUN_UPDATES:
            self._current_run = data
        elif kind == "thread.message.created":
            yield "on_message_created", (data,)
        elif kind == "thread.message.delta":
            snapshot = self._current_message_snapshot
            for block_delta in data.delta.content or ():
                if block_delta.type == "text" and block_delta.text:
                    yield "on_text_delta", (block_delta.text, snapshot.content[block_delta.index].text)
                if block_delta.index != self._current_message_content_index:
                    previous = self._current_message_content
                    if previous is not None:
                        if previous.type == "text":
                            yield "on_text_done", (previous.text,)
                        elif previous.type == "image_file":
                            yield "on_image_file_done", (previous.image_file,)
                    self._current_message_content_index = block_delta.index
                self._current_message_content = snapshot.content[block_delta.index]
            yield "on_message_delta", (data.delta, snapshot)
        elif kind in _MESSAGE_ENDS:
            self._current_message_snapshot = data
            self._message_data = copy_json(_raw(data))
            self._message_snapshots[data.id] = data
            if self._current_message_content_index is not None:
                block = data.content[self._current_message_content_index]
                if block.type == "text":
                    yield "on_text_done", (block.text,)
                elif block.type == "image_file":
                    yield "on_image_file_done", (block.image_file,)
            yield "on_message_done", (data,)
        elif kind == "thread.run.step.created":
            self._current_run_step_id = data.id
            yield "on_run_step_created", (data,)
        elif kind == "thread.run.step.in_progress":
            self._current_run_step_id = data.id
        elif kind == "thread.run.step.delta":
            snapshot = self._run_step_snapshots[data.id]
            details = data.delta.step_details if data.delta is not None else None
            if details is not None and details.type == "tool_calls" and details.tool_calls is not None:
                for call_delta in details.tool_calls:
                    if call_delta.index == self._current_tool_call_index:
                        yield "on_tool_call_delta", (call_delta, snapshot.step_details.tool_calls[call_delta.index])
                    else:
                        if self._current_tool_call is not None:
                            yield "on_tool_call_done", (self._current_tool_call,)
                        self._current_tool_call_index = call_delta.index
                        self._current_tool_call = snapshot.step_details.tool_calls[call_delta.index]
                        yield "on_tool_call_created", (self._current_tool_call,)
                    self._current_tool_call = snapshot.step_details.tool_calls[call_delta.index]
            yield "on_run_step_delta", (data.delta, snapshot)
        elif kind in _STEP_ENDS:
            if self._current_tool_call is not None:
                yield "on_tool_call_done", (self._current_tool_call,)
                # once per tool call: the next step's calls start afresh (the official handler
                # repeats this callback at every later step end and at the run's end, and misses
                # `on_tool_call_created` for the first call of a second tool-call step)
                self._current_tool_call = self._current_tool_call_index = None
            yield "on_run_step_done", (data,)
            self._current_run_step_id = None
        # thread.created, thread.message.in_progress, thread.run.step.in_progress, error: no callback
        self._current_event = None

    def _final_run(self) -> Any:
        if self._current_run is None:
            raise RuntimeError("the stream held no run")
        return self._current_run

    def _final_steps(self) -> List[Any]:
        if not self._run_step_snapshots:
            raise RuntimeError("the stream held no run steps")
        return list(self._run_step_snapshots.values())

    def _final_messages(self) -> List[Any]:
        if not self._message_snapshots:
            raise RuntimeError("the stream held no messages")
        return list(self._message_snapshots.values())


class AssistantEventHandler(_HandlerState):
    """Subclass it and override the `on_*` callbacks you need; pass an instance as
    `event_handler=` to a stream method. It is also what the `with` block gives you: iterate it
    for the raw events, or `text_deltas` for the text, or call `until_done()` and the
    `get_final_*()` methods."""

    def __init__(self) -> None:
        super().__init__()
        self._iterator = self._events()
        self.text_deltas: Iterator[str] = self._text_deltas()
        """Only the text of `thread.message.delta` events, piece by piece."""

    def __iter__(self) -> Iterator[Any]:
        return self._iterator

    def __next__(self) -> Any:
        return next(self._iterator)

    def _events(self) -> Iterator[Any]:
        if self._stream is None:
            raise RuntimeError("the stream has not been opened yet: use the handler in the stream method's `with` block")
        try:
            for event in self._stream:
                for name, args in self._walk(event):
                    getattr(self, name)(*args)
                yield event
        except (httpx.TimeoutException, asyncio.TimeoutError) as exc:
            self.on_timeout()
            self.on_exception(exc)
            raise
        except Exception as exc:
            self.on_exception(exc)
            raise
        finally:
            self.on_end()

    def _text_deltas(self) -> Iterator[str]:
        for event in self:
            if event.event == "thread.message.delta":
                for block in event.data.delta.content or ():
                    if block.type == "text" and block.text and block.text.value:
                        yield block.text.value

    def close(self) -> None:
        """Release the connection (the `with` block does it for you)."""
        if self._stream is not None:
            self._stream.close()

    def until_done(self) -> None:
        """Read the rest of the stream, making the callbacks."""
        for _ in self._iterator:
            pass

    def get_final_run(self) -> Any:
        """Read the rest of the stream; the run as of its last event."""
        self.until_done()
        return self._final_run()

    def get_final_run_steps(self) -> List[Any]:
        """Read the rest of the stream; the run's steps, each as finished."""
        self.until_done()
        return self._final_steps()

    def get_final_messages(self) -> List[Any]:
        """Read the rest of the stream; the messages the run wrote, each as finished."""
        self.until_done()
        return self._final_messages()

    # callbacks: override what you need ----------------------------------------------------

    def on_event(self, event: Any) -> None:
        """Every event of the stream, first."""

    def on_run_step_created(self, run_step: Any) -> None:
        """A run step began."""

    def on_run_step_delta(self, delta: Any, snapshot: Any) -> None:
        """A run step changed: the change and the step accumulated so far."""

    def on_run_step_done(self, run_step: Any) -> None:
        """A run step finished (completed, failed, cancelled or expired)."""

    def on_tool_call_created(self, tool_call: Any) -> None:
        """A tool call began (as first seen in a run step delta)."""

    def on_tool_call_delta(self, delta: Any, snapshot: Any) -> None:
        """A tool call grew: the change and the call accumulated so far."""

    def on_tool_call_done(self, tool_call: Any) -> None:
        """A tool call is complete."""

    def on_message_created(self, message: Any) -> None:
        """A message began."""

    def on_message_delta(self, delta: Any, snapshot: Any) -> None:
        """A message grew: the change and the message accumulated so far."""

    def on_message_done(self, message: Any) -> None:
        """A message finished."""

    def on_text_created(self, text: Any) -> None:
        """A text block of a message began."""

    def on_text_delta(self, delta: Any, snapshot: Any) -> None:
        """A text block grew: the piece and the text so far."""

    def on_text_done(self, text: Any) -> None:
        """A text block is complete."""

    def on_image_file_done(self, image_file: Any) -> None:
        """An image file block of a message is complete."""

    def on_end(self) -> None:
        """The stream is over: read to the end, or stopped by an exception."""

    def on_exception(self, exception: Exception) -> None:
        """Reading the stream raised `exception` (raised again after this)."""

    def on_timeout(self) -> None:
        """The request timed out (on_exception follows)."""


class AsyncAssistantEventHandler(_HandlerState):
    """The async twin of AssistantEventHandler: `async def` callbacks, `async for` events,
    awaited `until_done()` and `get_final_*()`."""

    def __init__(self) -> None:
        super().__init__()
        self._iterator = self._events()
        self.text_deltas: AsyncIterator[str] = self._text_deltas()

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._iterator

    async def __anext__(self) -> Any:
        return await self._iterator.__anext__()

    async def _events(self) -> AsyncIterator[Any]:
        if self._stream is None:
            raise RuntimeError("the stream has not been opened yet: use the handler in the stream method's `async with` block")
        try:
            async for event in self._stream:
                for name, args in self._walk(event):
                    await getattr(self, name)(*args)
                yield event
        except (httpx.TimeoutException, asyncio.TimeoutError) as exc:
            await self.on_timeout()
            await self.on_exception(exc)
            raise
        except Exception as exc:
            await self.on_exception(exc)
            raise
        finally:
            await self.on_end()

    async def _text_deltas(self) -> AsyncIterator[str]:
        async for event in self:
            if event.event == "thread.message.delta":
                for block in event.data.delta.content or ():
                    if block.type == "text" and block.text and block.text.value:
                        yield block.text.value

    async def close(self) -> None:
        if self._stream is not None:
            await self._stream.close()

    async def until_done(self) -> None:
        async for _ in self._iterator:
            pass

    async def get_final_run(self) -> Any:
        await self.until_done()
        return self._final_run()

    async def get_final_run_steps(self) -> List[Any]:
        await self.until_done()
        return self._final_steps()

    async def get_final_messages(self) -> List[Any]:
        await self.until_done()
        return self._final_messages()

    async def on_event(self, event: Any) -> None:
        """Every event of the stream, first."""

    async def on_run_step_created(self, run_step: Any) -> None:
        """A run step began."""

    async def on_run_step_delta(self, delta: Any, snapshot: Any) -> None:
        """A run step changed: the change and the step accumulated so far."""

    async def on_run_step_done(self, run_step: Any) -> None:
        """A run step finished."""

    async def on_tool_call_created(self, tool_call: Any) -> None:
        """A tool call began."""

    async def on_tool_call_delta(self, delta: Any, snapshot: Any) -> None:
        """A tool call grew: the change and the call accumulated so far."""

    async def on_tool_call_done(self, tool_call: Any) -> None:
        """A tool call is complete."""

    async def on_message_created(self, message: Any) -> None:
        """A message began."""

    async def on_message_delta(self, delta: Any, snapshot: Any) -> None:
        """A message grew: the change and the message accumulated so far."""

    async def on_message_done(self, message: Any) -> None:
        """A message finished."""

    async def on_text_created(self, text: Any) -> None:
        """A text block of a message began."""

    async def on_text_delta(self, delta: Any, snapshot: Any) -> None:
        """A text block grew: the piece and the text so far."""

    async def on_text_done(self, text: Any) -> None:
        """A text block is complete."""

    async def on_image_file_done(self, image_file: Any) -> None:
        """An image file block of a message is complete."""

    async def on_end(self) -> None:
        """The stream is over."""

    async def on_exception(self, exception: Exception) -> None:
        """Reading the stream raised `exception` (raised again after this)."""

    async def on_timeout(self) -> None:
        """The request timed out (on_exception follows)."""


if TYPE_CHECKING:  # no event_handler given: the plain AssistantEventHandler the manager makes
    from typing_extensions import TypeVar as _TypeVarWithDefault

    AssistantEventHandlerT = _TypeVarWithDefault("AssistantEventHandlerT", bound=AssistantEventHandler,
                                                 default=AssistantEventHandler)
    AsyncAssistantEventHandlerT = _TypeVarWithDefault("AsyncAssistantEventHandlerT", bound=AsyncAssistantEventHandler,
                                                      default=AsyncAssistantEventHandler)
else:
    AssistantEventHandlerT = TypeVar("AssistantEventHandlerT", bound=AssistantEventHandler)
    AsyncAssistantEventHandlerT = TypeVar("AsyncAssistantEventHandlerT", bound=AsyncAssistantEventHandler)


class AssistantStreamManager(Generic[AssistantEventHandlerT]):
    """What the stream methods return: `with` it to send the request and get the event handler."""

    def __init__(self, api_request: Callable[[], Any], *, event_handler: Any) -> None:
        self._request, self._handler, self._stream = api_request, event_handler, None

    def __enter__(self) -> AssistantEventHandlerT:
        self._stream = self._request()
        self._handler._init(self._stream)
        return self._handler

    def __exit__(self, *exc: Any) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncAssistantStreamManager(Generic[AsyncAssistantEventHandlerT]):
    """`async with` it to send the request and get the async event handler."""

    def __init__(self, api_request: Callable[[], Any], *, event_handler: Any) -> None:
        self._request, self._handler, self._stream = api_request, event_handler, None

    async def __aenter__(self) -> AsyncAssistantEventHandlerT:
        self._stream = await self._request()
        self._handler._init(self._stream)
        return self._handler

    async def __aexit__(self, *exc: Any) -> None:
        if self._stream is not None:
            await self._stream.close()


# -- the methods -----------------------------------------------------------------------------


def _manager(resource: Any, method: str, args: Dict[str, Any], is_async: bool) -> Any:
    handler = args.pop("event_handler")
    request = {**args, "stream": True}
    if is_async:
        handler = handler if handler is not None else AsyncAssistantEventHandler()
        return AsyncAssistantStreamManager(lambda: open_stream_async(resource, method, request), event_handler=handler)
    handler = handler if handler is not None else AssistantEventHandler()
    return AssistantStreamManager(lambda: open_stream(resource, method, request), event_handler=handler)


def _check_thread(thread_id: Any) -> None:
    if not thread_id:
        raise ValueError(f"Expected a non-empty value for `thread_id` but received {thread_id!r}")


def runs_stream(
    self,
    *,
    assistant_id: "str",
    include: "List[RunStepInclude] | Omit" = omit,
    additional_instructions: "Optional[str] | Omit" = omit,
    additional_messages: "Optional[Iterable[run_create_params.AdditionalMessage]] | Omit" = omit,
    instructions: "Optional[str] | Omit" = omit,
    max_completion_tokens: "Optional[int] | Omit" = omit,
    max_prompt_tokens: "Optional[int] | Omit" = omit,
    metadata: "Optional[Metadata] | Omit" = omit,
    model: "Union[str, ChatModel, None] | Omit" = omit,
    parallel_tool_calls: "bool | Omit" = omit,
    reasoning_effort: "Optional[ReasoningEffort] | Omit" = omit,
    response_format: "Optional[AssistantResponseFormatOptionParam] | Omit" = omit,
    temperature: "Optional[float] | Omit" = omit,
    tool_choice: "Optional[AssistantToolChoiceOptionParam] | Omit" = omit,
    tools: "Optional[Iterable[AssistantToolParam]] | Omit" = omit,
    top_p: "Optional[float] | Omit" = omit,
    truncation_strategy: "Optional[run_create_params.TruncationStrategy] | Omit" = omit,
    thread_id: "str",
    event_handler: "AssistantEventHandlerT | None" = None,
    extra_headers: "Headers | None" = None,
    extra_query: "Query | None" = None,
    extra_body: "Body | None" = None,
    timeout: "float | httpx.Timeout | None | NotGiven" = NOT_GIVEN,
) -> "AssistantStreamManager[AssistantEventHandlerT]":
    """Start a run of `assistant_id` on `thread_id` and stream it, in a `with` block that gives
    the event handler (yours, or a plain AssistantEventHandler):

        with client.beta.threads.runs.stream(thread_id=..., assistant_id=..., event_handler=MyHandler()) as stream:
            stream.until_done()"""
    _check_thread(thread_id)
    return _manager(self, "create", args_of(locals()), False)


def runs_create_and_stream(
    self,
    *,
    assistant_id: "str",
    additional_instructions: "Optional[str] | Omit" = omit,
    additional_messages: "Optional[Iterable[run_create_params.AdditionalMessage]] | Omit" = omit,
    instructions: "Optional[str] | Omit" = omit,
    max_completion_tokens: "Optional[int] | Omit" = omit,
    max_prompt_tokens: "Optional[int] | Omit" = omit,
    metadata: "Optional[Metadata] | Omit" = omit,
    model: "Union[str, ChatModel, None] | Omit" = omit,
    parallel_tool_calls: "bool | Omit" = omit,
    reasoning_effort: "Optional[ReasoningEffort] | Omit" = omit,
    response_format: "Optional[AssistantResponseFormatOptionParam] | Omit" = omit,
    temperature: "Optional[float] | Omit" = omit,
    tool_choice: "Optional[AssistantToolChoiceOptionParam] | Omit" = omit,
    tools: "Optional[Iterable[AssistantToolParam]] | Omit" = omit,
    top_p: "Optional[float] | Omit" = omit,
    truncation_strategy: "Optional[run_create_params.TruncationStrategy] | Omit" = omit,
    thread_id: "str",
    event_handler: "AssistantEventHandlerT | None" = None,
    extra_headers: "Headers | None" = None,
    extra_query: "Query | None" = None,
    extra_body: "Body | None" = None,
    timeout: "float | httpx.Timeout | None | NotGiven" = NOT_GIVEN,
) -> "AssistantStreamManager[AssistantEventHandlerT]":
    """The older name of `runs.stream` (without `include`)."""
    _check_thread(thread_id)
    return _manager(self, "create", args_of(locals()), False)


def runs_submit_tool_outputs_stream(
    self,
    *,
    tool_outputs: "Iterable[run_submit_tool_outputs_params.ToolOutput]",
    run_id: "str",
    thread_id: "str",
    event_handler: "AssistantEventHandlerT | None" = None,
    extra_headers: "Headers | None" = None,
    extra_query: "Query | None" = None,
    extra_body: "Body | None" = None,
    timeout: "float | httpx.Timeout | None | NotGiven" = NOT_GIVEN,
) -> "AssistantStreamManager[AssistantEventHandlerT]":
    """Hand back the outputs of the tool calls a run waits on, and stream the rest of the run
    (in a `with` block, as `runs.stream`)."""
    _check_thread(thread_id)
    if not run_id:
        raise ValueError(f"Expected a non-empty value for `run_id` but received {run_id!r}")
    return _manager(self, "submit_tool_outputs", args_of(locals()), False)


def threads_create_and_run_stream(
    self,
    *,
    assistant_id: "str",
    instructions: "Optional[str] | Omit" = omit,
    max_completion_tokens: "Optional[int] | Omit" = omit,
    max_prompt_tokens: "Optional[int] | Omit" = omit,
    metadata: "Optional[Metadata] | Omit" = omit,
    model: "Union[str, ChatModel, None] | Omit" = omit,
    parallel_tool_calls: "bool | Omit" = omit,
    response_format: "Optional[AssistantResponseFormatOptionParam] | Omit" = omit,
    temperature: "Optional[float] | Omit" = omit,
    thread: "thread_create_and_run_params.Thread | Omit" = omit,
    tool_choice: "Optional[AssistantToolChoiceOptionParam] | Omit" = omit,
    tool_resources: "Optional[thread_create_and_run_params.ToolResources] | Omit" = omit,
    tools: "Optional[Iterable[AssistantToolParam]] | Omit" = omit,
    top_p: "Optional[float] | Omit" = omit,
    truncation_strategy: "Optional[thread_create_and_run_params.TruncationStrategy] | Omit" = omit,
    event_handler: "AssistantEventHandlerT | None" = None,
    extra_headers: "Headers | None" = None,
    extra_query: "Query | None" = None,
    extra_body: "Body | None" = None,
    timeout: "float | httpx.Timeout | None | NotGiven" = NOT_GIVEN,
) -> "AssistantStreamManager[AssistantEventHandlerT]":
    """Create a thread (with `thread`'s messages), start a run on it and stream the run, in a
    `with` block that gives the event handler."""
    return _manager(self, "create_and_run", args_of(locals()), False)


def _async_twin(fn: Callable[..., Any], method: str, checks: Callable[[Dict[str, Any]], None]) -> Callable[..., Any]:
    signature = inspect.signature(fn)
    defaults = {k: p.default for k, p in signature.parameters.items() if k != "self"}

    def twin(self, **kwargs: Any) -> Any:
        args = {**defaults, **args_of(signature.bind(self, **kwargs).arguments)}
        checks(args)
        return _manager(self, method, args, True)

    twin.__name__ = twin.__qualname__ = fn.__name__ + "_async"
    twin.__signature__ = signature.replace(return_annotation="AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]")
    # what tools/stubgen.py reads: the sync function's annotations, with the async handler and manager
    twin.__annotations__ = {**fn.__annotations__, "event_handler": "AsyncAssistantEventHandlerT | None",
                            "return": "AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]"}
    twin.__doc__ = fn.__doc__.replace("with client.", "async with client.").replace(
        "stream.until_done()", "await stream.until_done()").replace("`with` block", "`async with` block")
    return twin


def _no_checks(args: Dict[str, Any]) -> None:
    pass


def _run_checks(args: Dict[str, Any]) -> None:
    _check_thread(args["thread_id"])
    if "run_id" in args and not args["run_id"]:
        raise ValueError(f"Expected a non-empty value for `run_id` but received {args['run_id']!r}")


runs_stream_async = _async_twin(runs_stream, "create", _run_checks)
runs_create_and_stream_async = _async_twin(runs_create_and_stream, "create", _run_checks)
runs_submit_tool_outputs_stream_async = _async_twin(runs_submit_tool_outputs_stream, "submit_tool_outputs", _run_checks)
threads_create_and_run_stream_async = _async_twin(threads_create_and_run_stream, "create_and_run", _no_checks)
