"""`client.chat.completions.stream(...)`: a `stream=True` chat completion as finer events
(`content.delta`, `tool_calls.function.arguments.done`, ...) over a completion accumulated
chunk by chunk.

The snapshot is kept twice, cheaply: as the JSON the API would have sent for the whole
completion (grown with the shared `merge` rule of `_accumulate`) and as the model built from it.
A chunk that only adds text (nearly all of them) updates both in place; any other delta is merged
into the JSON and the message model rebuilt from it.
"""

import inspect

import attrs
from typing import TYPE_CHECKING, Any, Dict, Generic, Iterable, Iterator, AsyncIterator, List, Literal, Optional, Union

from .._types import NOT_GIVEN, NotGiven, Omit, omit
from ..models._base import BaseModel, model
from ..models.chat import (
    ChatCompletionChunk,
    ChatCompletionTokenLogprob,
    ChoiceLogprobs,
    ParsedChatCompletion,
    ParsedChatCompletionMessage,
    ParsedChoice,
)
from ._accumulate import copy_json, merge, partial_json
from ._stream_base import AsyncStreamManager, StreamManager, args_of, open_stream, open_stream_async

if TYPE_CHECKING:
    from ..models.chat_params import ResponseFormat as ResponseFormatParam

__all__ = [
    "ChunkEvent", "ContentDeltaEvent", "ContentDoneEvent", "RefusalDeltaEvent", "RefusalDoneEvent",
    "FunctionToolCallArgumentsDeltaEvent", "FunctionToolCallArgumentsDoneEvent", "LogprobsContentDeltaEvent",
    "LogprobsContentDoneEvent", "LogprobsRefusalDeltaEvent", "LogprobsRefusalDoneEvent", "ChatCompletionStreamEvent",
    "ParsedChatCompletionSnapshot", "ParsedChatCompletionMessageSnapshot", "ParsedChoiceSnapshot",
    "ChatCompletionStreamState", "ChatCompletionStream", "AsyncChatCompletionStream",
    "ChatCompletionStreamManager", "AsyncChatCompletionStreamManager", "chat_stream", "chat_stream_async",
]

from ._parsing import ResponseFormatT

# The snapshot is a ParsedChatCompletion under construction.
ParsedChatCompletionSnapshot = ParsedChatCompletion
ParsedChatCompletionMessageSnapshot = ParsedChatCompletionMessage
ParsedChoiceSnapshot = ParsedChoice


# -- events ----------------------------------------------------------------------------------


class _Event(BaseModel):
    """An event the helper makes: every field of it counts as set in `to_dict()` (None too),
    as in the official SDK's events; what it holds (chunk, snapshot) keeps its own rule."""

    __slots__ = ()

    def to_dict(self, *, exclude_unset: bool = True, exclude_none: bool = False) -> Dict[str, Any]:
        from .._converter import _unstructure

        out = {}
        for f in attrs.fields(type(self)):
            value = getattr(self, f.name)
            if value is None and exclude_none:
                continue
            out[f.name] = _unstructure(value, exclude_unset, exclude_none)
        return out


@model
class ChunkEvent(_Event):
    """Every chunk, as the API sent it, with the completion accumulated so far."""

    type: Literal["chunk"] = "chunk"
    chunk: ChatCompletionChunk = None
    snapshot: ParsedChatCompletion = None


@model
class ContentDeltaEvent(_Event):
    """More message text: the piece (`delta`), all of it so far (`snapshot`) and, with a
    `response_format` class, what it parses to so far (`parsed`, plain JSON data)."""

    type: Literal["content.delta"] = "content.delta"
    delta: str = None
    snapshot: str = None
    parsed: Any = None


@model
class ContentDoneEvent(_Event, Generic[ResponseFormatT]):
    """A choice's text is complete; `parsed` is it parsed into the `response_format` class."""

    type: Literal["content.done"] = "content.done"
    content: str = None
    parsed: Any = None


@model
class RefusalDeltaEvent(_Event):
    """More of a refusal: the piece and all of it so far."""

    type: Literal["refusal.delta"] = "refusal.delta"
    delta: str = None
    snapshot: str = None


@model
class RefusalDoneEvent(_Event):
    """A refusal is complete."""

    type: Literal["refusal.done"] = "refusal.done"
    refusal: str = None


@model
class FunctionToolCallArgumentsDeltaEvent(_Event):
    """More of a function tool call's JSON arguments: the piece (`arguments_delta`), all of them
    so far (`arguments`) and, for a strict tool, what they parse to so far."""

    type: Literal["tool_calls.function.arguments.delta"] = "tool_calls.function.arguments.delta"
    name: str = None
    index: int = None
    arguments: str = None
    parsed_arguments: Any = None
    arguments_delta: str = None


@model
class FunctionToolCallArgumentsDoneEvent(_Event):
    """A function tool call's arguments are complete (parsed for a strict or model-made tool)."""

    type: Literal["tool_calls.function.arguments.done"] = "tool_calls.function.arguments.done"
    name: str = None
    index: int = None
    arguments: str = None
    parsed_arguments: Any = None


@model
class LogprobsContentDeltaEvent(_Event):
    """Log probabilities of new content tokens, and all of them so far."""

    type: Literal["logprobs.content.delta"] = "logprobs.content.delta"
    content: List[ChatCompletionTokenLogprob] = None
    snapshot: List[ChatCompletionTokenLogprob] = None


@model
class LogprobsContentDoneEvent(_Event):
    """Every content token's log probability."""

    type: Literal["logprobs.content.done"] = "logprobs.content.done"
    content: List[ChatCompletionTokenLogprob] = None


@model
class LogprobsRefusalDeltaEvent(_Event):
    """Log probabilities of new refusal tokens, and all of them so far."""

    type: Literal["logprobs.refusal.delta"] = "logprobs.refusal.delta"
    refusal: List[ChatCompletionTokenLogprob] = None
    snapshot: List[ChatCompletionTokenLogprob] = None


@model
class LogprobsRefusalDoneEvent(_Event):
    """Every refusal token's log probability."""

    type: Literal["logprobs.refusal.done"] = "logprobs.refusal.done"
    refusal: List[ChatCompletionTokenLogprob] = None


ChatCompletionStreamEvent = Union[
    ChunkEvent, ContentDeltaEvent, ContentDoneEvent, RefusalDeltaEvent, RefusalDoneEvent,
    FunctionToolCallArgumentsDeltaEvent, FunctionToolCallArgumentsDoneEvent, LogprobsContentDeltaEvent,
    LogprobsContentDoneEvent, LogprobsRefusalDeltaEvent, LogprobsRefusalDoneEvent,
]


# -- parsing, through the structured-outputs helpers -----------------------------------------


def _find_tool(tools: List[Any], name: Any) -> Optional[Any]:
    for tool in tools:
        if tool.get("type") == "function" and (tool.get("function") or {}).get("name") == name:
            return tool
    return None


def _is_strict(tool: Optional[Any]) -> bool:
    return bool(tool is not None and (tool.get("function") or {}).get("strict"))


def _parse_arguments(tools: List[Any], name: Any, arguments: Any) -> Any:
    if _find_tool(tools, name) is None:
        return None  # nothing to parse against: no import of the parsing helpers
    from ._parsing import parse_function_arguments

    return parse_function_arguments(tools, name, arguments)


def _parse_content(response_format: Any, message: Any) -> Any:
    if response_format is None or not message.content or message.refusal:
        return None
    from ._parsing import parse_content

    return parse_content(response_format, message.content)


def _finish_reason_error(reason: str, completion: Any) -> Exception:
    from ._parsing import ContentFilterFinishReasonError, LengthFinishReasonError

    if reason == "length":
        return LengthFinishReasonError(completion=completion)
    return ContentFilterFinishReasonError()


# -- accumulation ----------------------------------------------------------------------------

_TEXT_KEYS = frozenset(("content", "refusal", "role"))
_MESSAGE_FIELDS = ("content", "refusal", "role", "annotations", "audio", "function_call", "tool_calls")


class _Choice:
    """One choice of the snapshot (its JSON and its models) and which done-events it fired."""

    __slots__ = ("data", "message_data", "model", "content_done", "refusal_done", "logprobs_content_done",
                 "logprobs_refusal_done", "done_tools", "current_tool")

    def __init__(self, data: Dict[str, Any], model: Any) -> None:
        self.data, self.message_data, self.model = data, data["message"], model
        self.content_done = self.refusal_done = self.logprobs_content_done = self.logprobs_refusal_done = False
        self.done_tools: set = set()
        self.current_tool: Optional[int] = None


def _new_choice(raw: Dict[str, Any]) -> Dict[str, Any]:
    data = {k: copy_json(v) for k, v in raw.items() if k != "delta"}
    data["message"] = copy_json(raw.get("delta") or {})
    return data


class ChatCompletionStreamState(Generic[ResponseFormatT]):
    """Accumulates chunks into a completion and tells which events each chunk makes. Usable on
    its own over `create(stream=True)`:

        state = ChatCompletionStreamState()
        for chunk in client.chat.completions.create(..., stream=True):
            state.handle_chunk(chunk)
        completion = state.get_final_completion()
    """

    def __init__(self, *, input_tools: Any = omit, response_format: Any = omit) -> None:
        self._tools: List[Any] = list(input_tools) if not isinstance(input_tools, NotGiven) and input_tools else []
        self._response_format = response_format
        self._rich = response_format if inspect.isclass(response_format) else None
        self._parseable = self._rich is not None or any(_is_strict(t) for t in self._tools)
        self._data: Optional[Dict[str, Any]] = None
        self._snapshot: Any = None
        self._choices: List[_Choice] = []
        from .._converter import hook_for

        self._structure_completion = hook_for(ParsedChatCompletion)
        self._structure_choice = hook_for(ParsedChoice)
        self._structure_message = hook_for(ParsedChatCompletionMessage)
        self._structure_logprobs = hook_for(ChoiceLogprobs)

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletion:
        """The completion accumulated so far (a ParsedChatCompletion under construction)."""
        assert self._snapshot is not None, "no chunk received yet"
        return self._snapshot

    def get_final_completion(self) -> "ParsedChatCompletion[ResponseFormatT]":
        """The accumulated completion with each message's `parsed` content and each function tool
        call's `parsed_arguments`; call it once the stream is over. A choice cut off by `length`
        or `content_filter` raises LengthFinishReasonError / ContentFilterFinishReasonError, as
        `parse()` does."""
        self.current_completion_snapshot  # asserts a chunk came
        data = copy_json(self._data)
        # every message field counts as set (null ones too), as in the official parsed completion
        data.setdefault("usage", None)
        for choice in data["choices"]:
            for key in _MESSAGE_FIELDS:
                choice["message"].setdefault(key, None)
        from .structured import parse_chat_completion

        return parse_chat_completion(self._structure_completion(data, None), self._response_format, self._tools)

    # one chunk ---------------------------------------------------------------------------

    def handle_chunk(self, chunk: ChatCompletionChunk) -> List[Any]:
        """Fold a chunk into the snapshot; return the events it makes, in order."""
        raw = chunk._raw if getattr(chunk, "_raw", None) is not None else chunk.to_dict()
        raw_choices = raw.get("choices") or ()
        if self._snapshot is None:
            self._start(raw)
        else:
            self._accumulate(chunk, raw, raw_choices)
        events: List[Any] = [ChunkEvent(chunk=chunk, snapshot=self._snapshot)]
        for model_choice, raw_choice in zip(chunk.choices or (), raw_choices):
            self._events(model_choice, raw_choice, events)
        return events

    def _start(self, raw: Dict[str, Any]) -> None:
        data = {k: copy_json(v) for k, v in raw.items() if k != "choices"}
        data = {"system_fingerprint": None, **data, "object": "chat.completion"}
        data["choices"] = [_new_choice(c) for c in raw.get("choices") or ()]
        self._data = data
        self._snapshot = snapshot = self._structure_completion(data, None)
        self._choices = [_Choice(d, m) for d, m in zip(data["choices"], snapshot.choices or ())]

    def _accumulate(self, chunk: Any, raw: Dict[str, Any], raw_choices: Any) -> None:
        snapshot, data, choices = self._snapshot, self._data, self._choices
        for model_choice, c in zip(chunk.choices or (), raw_choices):
            index = c.get("index") or 0
            delta = c.get("delta") or {}
            if index < len(choices):
                state = choices[index]
                message = state.model.message
                if len(delta) == 1 and type(delta.get("content")) is str:  # most chunks: more text
                    mdata = state.message_data
                    old = mdata.get("content")
                    mdata["content"] = message.content = delta["content"] if old is None else old + delta["content"]
                elif all(k in _TEXT_KEYS and type(v) is str for k, v in delta.items()):
                    mdata = state.message_data
                    for key, value in delta.items():  # `merge`'s rule for strings, on both views
                        old = mdata.get(key)
                        mdata[key] = value = value if old is None else old + value
                        setattr(message, key, value)
                elif delta:
                    merge(state.message_data, delta)
                    message = self._rebuild_message(state, message)
            else:
                cdata = _new_choice(c)
                data["choices"].append(cdata)
                cmodel = self._structure_choice(cdata, None)
                snapshot.choices.append(cmodel)
                state = _Choice(cdata, cmodel)
                self._choices.append(state)
                message = cmodel.message

            finish = c.get("finish_reason")
            if finish:
                state.data["finish_reason"] = state.model.finish_reason = finish
                if self._parseable and finish in ("length", "content_filter"):
                    raise _finish_reason_error(finish, snapshot)

            if self._rich is not None and message.content and not message.refusal and message.content.lstrip():
                message.parsed = partial_json(message.content)

            if "tool_calls" in delta:
                for call_delta in delta["tool_calls"] or ():
                    call = (message.tool_calls or [])[call_delta["index"]]
                    if call.type == "function" and call.function.arguments:
                        if _is_strict(_find_tool(self._tools, call.function.name)):
                            call.function.parsed_arguments = partial_json(call.function.arguments)

            logprobs = c.get("logprobs")
            if logprobs is not None:
                self._add_logprobs(state, logprobs, model_choice.logprobs)

        if "usage" in raw or "usage" in data:
            data["usage"] = raw.get("usage")
            snapshot.usage = chunk.usage
        data["system_fingerprint"] = snapshot.system_fingerprint = raw.get("system_fingerprint")

    def _rebuild_message(self, state: _Choice, old: Any) -> Any:
        new = self._structure_message(state.message_data, None)
        new.parsed = old.parsed
        for before, after in zip(old.tool_calls or (), new.tool_calls or ()):
            if getattr(before, "function", None) is not None and getattr(after, "function", None) is not None:
                after.function.parsed_arguments = before.function.parsed_arguments
        state.model.message = new
        return new

    def _add_logprobs(self, state: _Choice, raw: Dict[str, Any], chunk_logprobs: Any) -> None:
        current = state.model.logprobs
        if current is None:
            lp = state.data["logprobs"] = {"content": copy_json(raw.get("content")), "refusal": copy_json(raw.get("refusal"))}
            state.model.logprobs = self._structure_logprobs(lp, None)
            return
        lp = state.data["logprobs"]
        for key in ("content", "refusal"):
            if raw.get(key):
                if lp.get(key) is None:
                    lp[key] = []
                    setattr(current, key, [])
                lp[key].extend(copy_json(raw[key]))
                getattr(current, key).extend(getattr(chunk_logprobs, key))

    # events ------------------------------------------------------------------------------

    def _events(self, model_choice: Any, c: Dict[str, Any], events: List[Any]) -> None:
        state = self._choices[c.get("index") or 0]
        message = state.model.message
        delta = c.get("delta") or {}
        text = delta.get("content")
        if text is not None and message.content is not None:
            events.append(ContentDeltaEvent(delta=text, snapshot=message.content, parsed=message.parsed))
            if len(delta) == 1 and c.get("logprobs") is None and not state.model.finish_reason:
                return  # text only: no other event can be due
        text = delta.get("refusal")
        if text is not None and message.refusal is not None:
            events.append(RefusalDeltaEvent(delta=text, snapshot=message.refusal))
        tool_deltas = delta.get("tool_calls") or ()
        for call_delta in tool_deltas:
            call = message.tool_calls[call_delta["index"]]
            if call.type == "function":
                fn = call.function
                events.append(FunctionToolCallArgumentsDeltaEvent(
                    name=fn.name, index=call_delta["index"], arguments=fn.arguments, parsed_arguments=fn.parsed_arguments,
                    arguments_delta=(call_delta.get("function") or {}).get("arguments") or ""))
        logprobs, snapshot_lp = c.get("logprobs"), state.model.logprobs
        if logprobs is not None and snapshot_lp is not None:
            chunk_lp = model_choice.logprobs
            if logprobs.get("content") and snapshot_lp.content:
                events.append(LogprobsContentDeltaEvent(content=chunk_lp.content, snapshot=snapshot_lp.content))
            if logprobs.get("refusal") and snapshot_lp.refusal:
                events.append(LogprobsRefusalDeltaEvent(refusal=chunk_lp.refusal, snapshot=snapshot_lp.refusal))

        # done events: the content's when the choice finishes or a tool call begins; a tool
        # call's when the next one begins or the choice finishes
        if state.model.finish_reason:
            self._content_done(state, events)
            if state.current_tool is not None:
                self._tool_done(state, state.current_tool, events)
        for call_delta in tool_deltas:
            index = call_delta["index"]
            if state.current_tool != index:
                self._content_done(state, events)
                if state.current_tool is not None:
                    self._tool_done(state, state.current_tool, events)
            state.current_tool = index

    def _content_done(self, state: _Choice, events: List[Any]) -> None:
        message, logprobs = state.model.message, state.model.logprobs
        if message.content and not state.content_done:
            state.content_done = True
            message.parsed = parsed = _parse_content(self._rich, message)
            events.append(ContentDoneEvent(content=message.content, parsed=parsed))
        if message.refusal is not None and not state.refusal_done:
            state.refusal_done = True
            events.append(RefusalDoneEvent(refusal=message.refusal))
        if logprobs is not None and logprobs.content is not None and not state.logprobs_content_done:
            state.logprobs_content_done = True
            events.append(LogprobsContentDoneEvent(content=logprobs.content))
        if logprobs is not None and logprobs.refusal is not None and not state.logprobs_refusal_done:
            state.logprobs_refusal_done = True
            events.append(LogprobsRefusalDoneEvent(refusal=logprobs.refusal))

    def _tool_done(self, state: _Choice, index: int, events: List[Any]) -> None:
        if index in state.done_tools:
            return
        state.done_tools.add(index)
        call = state.model.message.tool_calls[index]
        if call.type == "function":
            fn = call.function
            fn.parsed_arguments = parsed = _parse_arguments(self._tools, fn.name, fn.arguments)
            events.append(FunctionToolCallArgumentsDoneEvent(name=fn.name, index=index, arguments=fn.arguments,
                                                             parsed_arguments=parsed))


# -- the stream objects ----------------------------------------------------------------------


def _is_chunk(chunk: Any) -> bool:
    # Azure's asynchronous content filter interleaves events that are not chunks (no `object`).
    return getattr(chunk, "object", None) == "chat.completion.chunk"


class ChatCompletionStream(Generic[ResponseFormatT]):
    """Iterate for events; `current_completion_snapshot`, `get_final_completion()`,
    `until_done()`, `close()`."""

    def __init__(self, *, raw_stream: Any, response_format: Any = omit, input_tools: Any = omit) -> None:
        self._raw_stream = raw_stream
        self.response = raw_stream.response
        self._state = ChatCompletionStreamState(response_format=response_format, input_tools=input_tools)
        self._iterator = self._events()

    def _events(self) -> Iterator[Any]:
        handle = self._state.handle_chunk
        for chunk in self._raw_stream:
            if _is_chunk(chunk):
                yield from handle(chunk)

    def __iter__(self) -> Iterator[ChatCompletionStreamEvent]:
        return self._iterator

    def __next__(self) -> ChatCompletionStreamEvent:
        return next(self._iterator)

    def __enter__(self) -> "ChatCompletionStream[ResponseFormatT]":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection (done for you at the end of the stream or the `with` block)."""
        self._raw_stream.close()

    def until_done(self) -> "ChatCompletionStream":
        """Read the rest of the stream."""
        for _ in self._iterator:
            pass
        return self

    def get_final_completion(self) -> "ParsedChatCompletion[ResponseFormatT]":
        """Read the rest of the stream and return the whole completion, parsed."""
        self.until_done()
        return self._state.get_final_completion()

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletion:
        return self._state.current_completion_snapshot


class AsyncChatCompletionStream(Generic[ResponseFormatT]):
    """`async for` events; the same accessors as ChatCompletionStream, awaited."""

    def __init__(self, *, raw_stream: Any, response_format: Any = omit, input_tools: Any = omit) -> None:
        self._raw_stream = raw_stream
        self.response = raw_stream.response
        self._state = ChatCompletionStreamState(response_format=response_format, input_tools=input_tools)
        self._iterator = self._events()

    async def _events(self) -> AsyncIterator[Any]:
        handle = self._state.handle_chunk
        async for chunk in self._raw_stream:
            if _is_chunk(chunk):
                for event in handle(chunk):
                    yield event

    def __aiter__(self) -> AsyncIterator[ChatCompletionStreamEvent]:
        return self._iterator

    async def __anext__(self) -> ChatCompletionStreamEvent:
        return await self._iterator.__anext__()

    async def __aenter__(self) -> "AsyncChatCompletionStream[ResponseFormatT]":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    async def close(self) -> None:
        await self._raw_stream.close()

    async def until_done(self) -> "AsyncChatCompletionStream":
        async for _ in self._iterator:
            pass
        return self

    async def get_final_completion(self) -> "ParsedChatCompletion[ResponseFormatT]":
        await self.until_done()
        return self._state.get_final_completion()

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletion:
        return self._state.current_completion_snapshot


class ChatCompletionStreamManager(StreamManager["ChatCompletionStream[ResponseFormatT]"], Generic[ResponseFormatT]):
    """What `chat.completions.stream()` returns: `with` it to get a ChatCompletionStream."""


class AsyncChatCompletionStreamManager(AsyncStreamManager["AsyncChatCompletionStream[ResponseFormatT]"], Generic[ResponseFormatT]):
    """What the async `chat.completions.stream()` returns: `async with` it."""


# -- the methods -----------------------------------------------------------------------------


def _completions(resource: Any) -> Any:
    """The resource whose `create` opens the stream (`beta.chat.completions` has none: it forwards)."""
    return resource if getattr(type(resource), "create", None) is not None else resource._client.chat.completions


def _request_args(args: Dict[str, Any]) -> Dict[str, Any]:
    response_format = args["response_format"]
    if inspect.isclass(response_format):
        from ._parsing import type_to_response_format

        args = {**args, "response_format": type_to_response_format(response_format)}
    return {**args, "stream": True}


def chat_stream(
    self,
    *,
    messages: "Iterable[ChatCompletionMessageParam]",
    model: "Union[str, ChatModel]",
    audio: "Optional[ChatCompletionAudioParam] | Omit" = omit,
    response_format: "ResponseFormatParam | type[ResponseFormatT] | Omit" = omit,
    frequency_penalty: "Optional[float] | Omit" = omit,
    function_call: "completion_create_params.FunctionCall | Omit" = omit,
    functions: "Iterable[completion_create_params.Function] | Omit" = omit,
    logit_bias: "Optional[Dict[str, int]] | Omit" = omit,
    logprobs: "Optional[bool] | Omit" = omit,
    max_completion_tokens: "Optional[int] | Omit" = omit,
    max_tokens: "Optional[int] | Omit" = omit,
    metadata: "Optional[Metadata] | Omit" = omit,
    modalities: "Optional[List[Literal['text', 'audio']]] | Omit" = omit,
    n: "Optional[int] | Omit" = omit,
    parallel_tool_calls: "bool | Omit" = omit,
    prediction: "Optional[ChatCompletionPredictionContentParam] | Omit" = omit,
    presence_penalty: "Optional[float] | Omit" = omit,
    prompt_cache_key: "str | Omit" = omit,
    prompt_cache_retention: "Optional[Literal['in-memory', '24h']] | Omit" = omit,
    reasoning_effort: "Optional[ReasoningEffort] | Omit" = omit,
    safety_identifier: "str | Omit" = omit,
    seed: "Optional[int] | Omit" = omit,
    service_tier: "Optional[Literal['auto', 'default', 'flex', 'scale', 'priority']] | Omit" = omit,
    stop: "Union[Optional[str], SequenceNotStr[str], None] | Omit" = omit,
    store: "Optional[bool] | Omit" = omit,
    stream_options: "Optional[ChatCompletionStreamOptionsParam] | Omit" = omit,
    temperature: "Optional[float] | Omit" = omit,
    tool_choice: "ChatCompletionToolChoiceOptionParam | Omit" = omit,
    tools: "Iterable[ChatCompletionToolUnionParam] | Omit" = omit,
    top_logprobs: "Optional[int] | Omit" = omit,
    top_p: "Optional[float] | Omit" = omit,
    user: "str | Omit" = omit,
    verbosity: "Optional[Literal['low', 'medium', 'high']] | Omit" = omit,
    web_search_options: "completion_create_params.WebSearchOptions | Omit" = omit,
    extra_headers: "Headers | None" = None,
    extra_query: "Query | None" = None,
    extra_body: "Body | None" = None,
    timeout: "float | httpx.Timeout | None | NotGiven" = NOT_GIVEN,
) -> "ChatCompletionStreamManager[ResponseFormatT]":
    """`create(stream=True)` with finer events and the completion accumulated as it arrives.
    Use it in a `with` block, which sends the request and closes the response:

        with client.chat.completions.stream(model="gpt-4o-mini", messages=[...]) as stream:
            for event in stream:
                if event.type == "content.delta":
                    print(event.delta, end="", flush=True)
        completion = stream.get_final_completion()

    A pydantic, attrs, dataclass or TypedDict class as `response_format` is sent as its strict
    JSON schema; `content.done` events and the final completion then carry `parsed` instances
    (strict function `tools` get `parsed_arguments`). Events: chunk, content.delta/done,
    refusal.delta/done, tool_calls.function.arguments.delta/done, logprobs.content.delta/done,
    logprobs.refusal.delta/done."""
    args = args_of(locals())
    request = _request_args(args)
    return ChatCompletionStreamManager(
        lambda: open_stream(_completions(self), "create", request),
        lambda raw: ChatCompletionStream(raw_stream=raw, response_format=response_format, input_tools=tools))


def chat_stream_async(self, **kwargs: Any) -> "AsyncChatCompletionStreamManager[ResponseFormatT]":
    args = args_of(inspect.signature(chat_stream).bind(self, **kwargs).arguments)
    args = {**{k: p.default for k, p in _CHAT_PARAMS.items()}, **args}
    request = _request_args(args)
    return AsyncChatCompletionStreamManager(
        lambda: open_stream_async(_completions(self), "create", request),
        lambda raw: AsyncChatCompletionStream(raw_stream=raw, response_format=args["response_format"],
                                              input_tools=args["tools"]))


_CHAT_PARAMS = {k: p for k, p in inspect.signature(chat_stream).parameters.items() if k != "self"}
chat_stream_async.__signature__ = inspect.signature(chat_stream).replace(
    return_annotation="AsyncChatCompletionStreamManager[ResponseFormatT]")
chat_stream_async.__doc__ = chat_stream.__doc__.replace("with client.", "async with client.").replace(
    "for event in stream", "async for event in stream").replace(
    "completion = stream.", "completion = await stream.")
