"""`client.responses.stream(...)`: the events of a streamed response (a new one, or a stored one
replayed by `response_id` from `starting_after`), a few of them carrying what has accumulated,
and the response put together as it arrives.

The snapshot is the response's JSON, grown with the shared `merge` rule of `_accumulate` (text
and arguments deltas) and with the items and parts the stream announces; finished items and
parts replace their snapshots, so the snapshot ends equal to the final response. The model of
it (`current_snapshot`) is built only when asked for.
"""

import inspect
from typing import TYPE_CHECKING, Any, AsyncIterator, Dict, Generic, Iterable, Iterator, List, Optional, Union, get_args

from .._types import NOT_GIVEN, NotGiven, omit
from ..models._base import model
from ..models import responses_events as _events
from ..models.responses import ParsedResponse
from ._accumulate import copy_json, merge
from ._stream_base import AsyncStreamManager, StreamManager, args_of, open_stream, open_stream_async

__all__ = [
    "ResponseTextDeltaEvent", "ResponseTextDoneEvent", "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseCompletedEvent", "ResponseStreamEvent", "ResponseStreamState", "ResponseStream", "AsyncResponseStream",
    "ResponseStreamManager", "AsyncResponseStreamManager", "responses_stream", "responses_stream_async",
]

from ._parsing import TextFormatT


@model
class ResponseTextDeltaEvent(_events.ResponseTextDeltaEvent):
    """`response.output_text.delta`, with the part's whole text so far (`snapshot`)."""

    snapshot: str = None


@model
class ResponseTextDoneEvent(_events.ResponseTextDoneEvent, Generic[TextFormatT]):
    """`response.output_text.done`, with the text parsed into `text_format` (`parsed`)."""

    parsed: Any = None


@model
class ResponseFunctionCallArgumentsDeltaEvent(_events.ResponseFunctionCallArgumentsDeltaEvent):
    """`response.function_call_arguments.delta`, with the arguments so far (`snapshot`)."""

    snapshot: str = None


@model
class ResponseCompletedEvent(_events.ResponseCompletedEvent, Generic[TextFormatT]):
    """`response.completed`, its response parsed (a ParsedResponse)."""

    response: ParsedResponse = None


_WRAPPED = (ResponseTextDeltaEvent, ResponseTextDoneEvent, ResponseFunctionCallArgumentsDeltaEvent, ResponseCompletedEvent)
# What the stream yields: the four events above, with what has accumulated, and every other
# event of the API's union as it is.
if TYPE_CHECKING:  # the same union as checkers can read it: the four above, and the API's events
    ResponseStreamEvent = Union[ResponseTextDeltaEvent, ResponseTextDoneEvent, ResponseFunctionCallArgumentsDeltaEvent,
                                ResponseCompletedEvent, _events.ResponseStreamEvent]
else:
    ResponseStreamEvent = Union[_WRAPPED + tuple(
        e for e in get_args(_events.ResponseStreamEvent) if e.__name__ not in {w.__name__ for w in _WRAPPED})]


# -- parsing, through the structured-outputs helpers -----------------------------------------


def _parse_text(text: Any, text_format: Any) -> Any:
    if text_format is None:
        return None
    from ._parsing import parse_content

    return parse_content(text_format, text)


# -- accumulation ----------------------------------------------------------------------------

# Deltas folded into the item (or, with `content_index`, the part) they name: event type ->
# (the key the delta grows, whether it lives in a content part).
_DELTAS = {
    "response.output_text.delta": ("text", True),
    "response.refusal.delta": ("refusal", True),
    "response.function_call_arguments.delta": ("arguments", False),
    "response.custom_tool_call_input.delta": ("input", False),
    "response.code_interpreter_call_code.delta": ("code", False),
    "response.mcp_call_arguments.delta": ("arguments", False),
}
_RESPONSE_UPDATES = frozenset(("response.in_progress", "response.queued"))
_RESPONSE_ENDS = frozenset(("response.completed", "response.failed", "response.incomplete"))


class ResponseStreamState(Generic[TextFormatT]):
    """Accumulates a response's events into its snapshot and makes the helper's events."""

    def __init__(self, *, input_tools: Any = omit, text_format: Any = omit) -> None:
        self._tools: List[Any] = list(input_tools) if not isinstance(input_tools, NotGiven) and input_tools else []
        self._text_format = None if isinstance(text_format, NotGiven) else text_format
        self._data: Optional[Dict[str, Any]] = None
        self._model: Any = None
        self._completed_response: Optional[ParsedResponse] = None
        from .._converter import hook_for

        self._text_delta = hook_for(ResponseTextDeltaEvent)
        self._text_done = hook_for(ResponseTextDoneEvent)
        self._args_delta = hook_for(ResponseFunctionCallArgumentsDeltaEvent)
        self._completed = hook_for(ResponseCompletedEvent)

    @property
    def current_snapshot(self) -> ParsedResponse:
        """The response accumulated so far, as a model (built on demand)."""
        assert self._data is not None, "no event received yet"
        if self._model is None:
            from .._converter import hook_for

            self._model = hook_for(ParsedResponse)(copy_json(self._data), None)
        return self._model

    def handle_event(self, event: Any) -> List[Any]:
        raw = event._raw if getattr(event, "_raw", None) is not None else event.to_dict()
        kind = raw.get("type")
        if kind == "response.output_text.delta" and self._data is not None:
            # most events: `merge`'s rule for one string, inline; the event re-made with the
            # snapshot, from the fields already read (its logprobs not structured again)
            part = self._part(raw)
            text, delta = part.get("text"), raw.get("delta") or ""
            part["text"] = text = delta if text is None else text + delta
            self._model = None
            out = ResponseTextDeltaEvent(
                content_index=event.content_index, delta=event.delta, item_id=event.item_id, logprobs=event.logprobs,
                output_index=event.output_index, sequence_number=event.sequence_number, type=kind, snapshot=text)
            out._raw = raw
            return [out]
        self._accumulate(kind, raw)
        if kind == "response.output_text.delta":
            out = self._text_delta(raw, None)
            out.snapshot = self._part(raw).get("text")
        elif kind == "response.output_text.done":
            out = self._text_done({**raw, "parsed": None}, None)  # `parsed` counts as set, even when None
            out.parsed = _parse_text(raw.get("text"), self._text_format)
        elif kind == "response.function_call_arguments.delta":
            out = self._args_delta(raw, None)
            out.snapshot = self._item(raw).get("arguments")
        elif kind == "response.completed":
            out = self._completed({k: v for k, v in raw.items() if k != "response"}, None)
            out.response = self._completed_response
        else:
            out = event
        return [out]

    def _item(self, raw: Dict[str, Any]) -> Dict[str, Any]:
        return self._data["output"][raw.get("output_index") or 0]

    def _part(self, raw: Dict[str, Any]) -> Dict[str, Any]:
        return self._item(raw)["content"][raw.get("content_index") or 0]

    def _accumulate(self, kind: Any, raw: Dict[str, Any]) -> None:
        data = self._data
        if data is None:
            if kind != "response.created":
                raise RuntimeError(f"the stream began with `{kind}`, not `response.created`")
            self._data = copy_json(raw.get("response") or {})
            self._data.setdefault("output", [])
            return
        self._model = None
        grows = _DELTAS.get(kind)
        if grows is not None:
            key, in_part = grows
            target = self._part(raw) if in_part else self._item(raw)
            merge(target, {key: raw.get("delta") or ""})
        elif kind == "response.output_item.added":
            _put(data["output"], raw.get("output_index"), copy_json(raw.get("item")))
        elif kind == "response.output_item.done":
            _put(data["output"], raw.get("output_index"), copy_json(raw.get("item")))
        elif kind in ("response.content_part.added", "response.content_part.done"):
            item = self._item(raw)
            if item.get("type") == "message":
                _put(item.setdefault("content", []), raw.get("content_index"), copy_json(raw.get("part")))
        elif kind in _RESPONSE_UPDATES:
            data.update({k: copy_json(v) for k, v in (raw.get("response") or {}).items() if k != "output"})
        elif kind in _RESPONSE_ENDS:
            self._data = copy_json(raw.get("response") or {})
            if kind == "response.completed":
                from .structured import parse_response

                self._completed_response = parse_response(_completed_source(raw), self._text_format, self._tools)


def _completed_source(raw: Dict[str, Any]) -> Any:
    from .._converter import hook_for
    from ..models.responses import Response

    return hook_for(Response)(copy_json(raw.get("response") or {}), None)


def _put(items: list, index: Any, value: Any) -> None:
    """Set or append at `index` (an item announced again when done replaces its snapshot)."""
    if index is None or index >= len(items):
        items.append(value)
    else:
        items[index] = value


# -- the stream objects ----------------------------------------------------------------------


class ResponseStream(Generic[TextFormatT]):
    """Iterate for events; `current_snapshot`, `get_final_response()`, `until_done()`, `close()`."""

    def __init__(self, *, raw_stream: Any, text_format: Any = omit, input_tools: Any = omit,
                 starting_after: Optional[int] = None) -> None:
        self._raw_stream = raw_stream
        self.response = raw_stream.response
        self._state = ResponseStreamState(text_format=text_format, input_tools=input_tools)
        self._starting_after = starting_after
        self._iterator = self._events()

    def _events(self) -> Iterator[Any]:
        handle, after = self._state.handle_event, self._starting_after
        for event in self._raw_stream:
            for out in handle(event):
                if after is None or (out.sequence_number or 0) > after:
                    yield out

    def __iter__(self) -> Iterator[ResponseStreamEvent]:
        return self._iterator

    def __next__(self) -> ResponseStreamEvent:
        return next(self._iterator)

    def __enter__(self) -> "ResponseStream[TextFormatT]":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection (done for you at the end of the stream or the `with` block)."""
        self._raw_stream.close()

    def until_done(self) -> "ResponseStream":
        """Read the rest of the stream."""
        for _ in self._iterator:
            pass
        return self

    def get_final_response(self) -> "ParsedResponse[TextFormatT]":
        """Read the rest of the stream; the response of its `response.completed` event, parsed."""
        self.until_done()
        if self._state._completed_response is None:
            raise RuntimeError("the stream ended without a `response.completed` event")
        return self._state._completed_response

    @property
    def current_snapshot(self) -> ParsedResponse:
        """The response accumulated so far."""
        return self._state.current_snapshot


class AsyncResponseStream(Generic[TextFormatT]):
    """`async for` events; the same accessors as ResponseStream, awaited."""

    def __init__(self, *, raw_stream: Any, text_format: Any = omit, input_tools: Any = omit,
                 starting_after: Optional[int] = None) -> None:
        self._raw_stream = raw_stream
        self.response = raw_stream.response
        self._state = ResponseStreamState(text_format=text_format, input_tools=input_tools)
        self._starting_after = starting_after
        self._iterator = self._events()

    async def _events(self) -> AsyncIterator[Any]:
        handle, after = self._state.handle_event, self._starting_after
        async for event in self._raw_stream:
            for out in handle(event):
                if after is None or (out.sequence_number or 0) > after:
                    yield out

    def __aiter__(self) -> AsyncIterator[ResponseStreamEvent]:
        return self._iterator

    async def __anext__(self) -> ResponseStreamEvent:
        return await self._iterator.__anext__()

    async def __aenter__(self) -> "AsyncResponseStream[TextFormatT]":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    async def close(self) -> None:
        await self._raw_stream.close()

    async def until_done(self) -> "AsyncResponseStream":
        async for _ in self._iterator:
            pass
        return self

    async def get_final_response(self) -> "ParsedResponse[TextFormatT]":
        await self.until_done()
        if self._state._completed_response is None:
            raise RuntimeError("the stream ended without a `response.completed` event")
        return self._state._completed_response

    @property
    def current_snapshot(self) -> ParsedResponse:
        return self._state.current_snapshot


class ResponseStreamManager(StreamManager["ResponseStream[TextFormatT]"], Generic[TextFormatT]):
    """What `responses.stream()` returns: `with` it to get a ResponseStream."""


class AsyncResponseStreamManager(AsyncStreamManager["AsyncResponseStream[TextFormatT]"], Generic[TextFormatT]):
    """What the async `responses.stream()` returns: `async with` it."""


# -- the methods -----------------------------------------------------------------------------

# The params that make a new response (none of them may go with `response_id`/`starting_after`).
_NEW_RESPONSE = ("input", "model", "conversation", "include", "instructions", "max_output_tokens", "max_tool_calls",
                 "metadata", "parallel_tool_calls", "previous_response_id", "prompt", "prompt_cache_key",
                 "prompt_cache_retention", "reasoning", "safety_identifier", "service_tier", "store", "stream_options",
                 "temperature", "text", "tool_choice", "top_logprobs", "top_p", "truncation", "user", "background")
_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")


def _plan(args: Dict[str, Any]):
    """(method, request args, starting_after to filter by) for the helper's arguments."""
    given = [k for k in _NEW_RESPONSE if not isinstance(args[k], NotGiven)]
    replay = not isinstance(args["response_id"], NotGiven) or not isinstance(args["starting_after"], NotGiven)
    if replay and given:
        raise ValueError("`response_id` and `starting_after` stream a stored response; they cannot go with "
                         + ", ".join(given))
    options = {k: args[k] for k in _OPTIONS}
    tools = args["tools"]
    if not isinstance(tools, NotGiven) and tools is not None:
        from ._parsing import to_responses_tools  # chat-shaped tools made from a type: Responses shape

        tools = args["tools"] = to_responses_tools(tools)
    if given:
        if isinstance(args["input"], NotGiven):
            raise ValueError("`input` is required to create a new response")
        if isinstance(args["model"], NotGiven):
            raise ValueError("`model` is required to create a new response")
        request = {k: args[k] for k in _NEW_RESPONSE}
        text_format = args["text_format"]
        if not isinstance(text_format, NotGiven):
            text = dict(args["text"] or {})
            if "format" in text:
                raise TypeError("give either `text_format` or `text.format`, not both")
            from ._parsing import type_to_text_format

            text["format"] = type_to_text_format(text_format)
            request["text"] = text
        request["tools"] = tools
        return "create", {**request, **options, "stream": True}, None
    if isinstance(args["response_id"], NotGiven):
        raise ValueError("`response_id` is required to stream a stored response")
    # The whole stream is asked for and the events up to `starting_after` skipped here: the
    # snapshot needs them all.
    after = args["starting_after"]
    return ("retrieve", {"response_id": args["response_id"], "stream": True, "include": args["include"], **options},
            None if isinstance(after, NotGiven) else after)


def responses_stream(
    self,
    *,
    response_id: "str | Omit" = omit,
    input: "Union[str, ResponseInputParam] | Omit" = omit,
    model: "ResponsesModel | Omit" = omit,
    background: "Optional[bool] | Omit" = omit,
    text_format: "type[TextFormatT] | Omit" = omit,
    tools: "Iterable[ParseableToolParam] | Omit" = omit,
    conversation: "Optional[response_create_params.Conversation] | Omit" = omit,
    include: "Optional[List[ResponseIncludable]] | Omit" = omit,
    instructions: "Optional[str] | Omit" = omit,
    max_output_tokens: "Optional[int] | Omit" = omit,
    max_tool_calls: "Optional[int] | Omit" = omit,
    metadata: "Optional[Metadata] | Omit" = omit,
    parallel_tool_calls: "Optional[bool] | Omit" = omit,
    previous_response_id: "Optional[str] | Omit" = omit,
    prompt: "Optional[ResponsePromptParam] | Omit" = omit,
    prompt_cache_key: "str | Omit" = omit,
    prompt_cache_retention: "Optional[Literal['in-memory', '24h']] | Omit" = omit,
    reasoning: "Optional[Reasoning] | Omit" = omit,
    safety_identifier: "str | Omit" = omit,
    service_tier: "Optional[Literal['auto', 'default', 'flex', 'scale', 'priority']] | Omit" = omit,
    store: "Optional[bool] | Omit" = omit,
    stream_options: "Optional[response_create_params.StreamOptions] | Omit" = omit,
    temperature: "Optional[float] | Omit" = omit,
    text: "ResponseTextConfigParam | Omit" = omit,
    tool_choice: "response_create_params.ToolChoice | Omit" = omit,
    top_logprobs: "Optional[int] | Omit" = omit,
    top_p: "Optional[float] | Omit" = omit,
    truncation: "Optional[Literal['auto', 'disabled']] | Omit" = omit,
    user: "str | Omit" = omit,
    starting_after: "int | Omit" = omit,
    extra_headers: "Headers | None" = None,
    extra_query: "Query | None" = None,
    extra_body: "Body | None" = None,
    timeout: "float | httpx.Timeout | None | NotGiven" = NOT_GIVEN,
) -> "ResponseStreamManager[TextFormatT]":
    """Stream a new response (`input`, `model`, ...) or replay a stored one (`response_id`, and
    `starting_after` to skip the events up to that sequence number), in a `with` block:

        with client.responses.stream(model="gpt-4.1", input="Say hello") as stream:
            for event in stream:
                if event.type == "response.output_text.delta":
                    print(event.delta, end="", flush=True)
        response = stream.get_final_response()

    `response.output_text.delta` and `response.function_call_arguments.delta` events carry the
    text so far (`snapshot`); with `text_format` (a pydantic, attrs, dataclass or TypedDict class,
    sent as its strict JSON schema) `response.output_text.done` carries `parsed`, and the final
    response's output texts too. `stream.current_snapshot` is the response accumulated so far."""
    args = args_of(locals())
    method, request, after = _plan(args)
    return ResponseStreamManager(
        lambda: open_stream(self, method, request),
        lambda raw: ResponseStream(raw_stream=raw, text_format=text_format, input_tools=args["tools"],
                                   starting_after=after))


def responses_stream_async(self, **kwargs: Any) -> "AsyncResponseStreamManager[TextFormatT]":
    args = {k: p.default for k, p in _PARAMS.items()}
    args.update(args_of(inspect.signature(responses_stream).bind(self, **kwargs).arguments))
    method, request, after = _plan(args)
    return AsyncResponseStreamManager(
        lambda: open_stream_async(self, method, request),
        lambda raw: AsyncResponseStream(raw_stream=raw, text_format=args["text_format"], input_tools=args["tools"],
                                        starting_after=after))


_PARAMS = {k: p for k, p in inspect.signature(responses_stream).parameters.items() if k != "self"}
responses_stream_async.__signature__ = inspect.signature(responses_stream).replace(
    return_annotation="AsyncResponseStreamManager[TextFormatT]")
responses_stream_async.__doc__ = responses_stream.__doc__.replace("with client.", "async with client.").replace(
    "for event in stream", "async for event in stream").replace("response = stream.", "response = await stream.")
