"""Structured outputs: ``chat.completions.parse`` and ``responses.parse``.

Each sends the generated ``create`` with the type turned into its strict JSON schema (see
``_parsing``) and turns the answer into a ``ParsedChatCompletion`` / ``ParsedResponse`` whose
``parsed`` fields hold instances of the type, in every response mode: the parsed object at once,
or on ``.parse()`` of ``with_raw_response`` / ``with_streaming_response``.

The methods take the params of ``create`` (their signatures are made from its table entry), with
``response_format`` / ``text_format`` taking a type, and without ``stream`` for chat.
"""

import inspect
import logging
from typing import TYPE_CHECKING, Any, List, Tuple

from .._resource import _signature
from .._response import then
from .._table import builtin_table
from .._types import NOT_GIVEN, NotGiven, Omit, omit
from ._parsing import (
    ContentFilterFinishReasonError,
    LengthFinishReasonError,
    ResponseFormatT,
    TextFormatT,
    is_parseable_format,
    parse_content,
    parse_function_arguments,
    to_responses_tools,
    type_to_response_format,
    type_to_text_format,
    validate_input_tools,
)

if TYPE_CHECKING:
    from ..models.chat import ParsedChatCompletion
    from ..models.chat_params import ResponseFormat as ResponseFormatParam
    from ..models.responses import ParsedResponse

__all__ = ["chat_parse", "chat_parse_async", "responses_parse", "responses_parse_async", "reject_type_in_create",
           "parse_chat_completion", "parse_response"]

log = logging.getLogger("openai_table.helpers.structured")


def _mark_set(obj: Any, *keys: str) -> None:
    """Count these fields as set, None or not, so ``to_dict()`` shows them as the official
    SDK's does (it builds the parsed objects with them). The server's dict is not touched."""
    raw = getattr(obj, "_raw", None) or {}
    obj._raw = {**raw, **{k: None for k in keys if k not in raw}}


def _given(value: Any) -> bool:
    return not isinstance(value, (NotGiven, Omit))


# -- chat completions --------------------------------------------------------------------------


def parse_chat_completion(completion: Any, response_format: Any, tools: Any) -> Any:
    """A ChatCompletion as a ParsedChatCompletion: each message's ``parsed`` (None for a refusal,
    or when no type was asked for) and each function tool call's ``parsed_arguments``.
    A choice cut at the length limit or by the content filter raises."""
    from .._converter import hook_for
    from ..models.chat import ParsedChatCompletion

    for choice in completion.choices or ():
        if choice.finish_reason == "length":
            raise LengthFinishReasonError(completion=completion)
        if choice.finish_reason == "content_filter":
            raise ContentFilterFinishReasonError()
    raw = getattr(completion, "_raw", None)
    if raw is None:  # made by hand, not read off the wire
        raw = completion.to_dict()
    parsed = hook_for(ParsedChatCompletion)(raw, None)
    parsed._request_id = getattr(completion, "_request_id", None)
    rich = is_parseable_format(response_format)
    for choice in parsed.choices or ():
        message = choice.message
        if message is None:
            continue
        if message.tool_calls:
            calls = []
            for call in message.tool_calls:
                if call.type == "function":
                    call.function.parsed_arguments = parse_function_arguments(tools, call.function.name, call.function.arguments)
                    calls.append(call)
                elif call.type == "custom":
                    custom = call.custom or {}
                    log.warning("parse() does not call custom tools; ignoring tool call %s - %s",
                                call.id, custom.get("name") if isinstance(custom, dict) else getattr(custom, "name", None))
                else:
                    calls.append(call)
            message.tool_calls = calls or None
        _mark_set(message, "tool_calls", "parsed")
        if rich and message.content and not message.refusal:
            message.parsed = parse_content(response_format, message.content)
    return parsed


def _chat_create(resource: Any) -> Any:
    """``create`` of chat.completions in this resource's response mode (``beta.chat.completions``
    forwards here, and has no ``create`` of its own)."""
    create = getattr(type(resource), "create", None)
    if create is not None:
        return resource.create
    client = resource._client
    return type(client.chat.completions)(client, resource._mode).create


def _chat_request(response_format: Any, tools: Any, params: dict) -> tuple:
    tools = validate_input_tools(tools)
    if _given(response_format):
        params["response_format"] = type_to_response_format(response_format)
    if _given(tools):
        params["tools"] = tools
    params["stream"] = False
    return tools, params


def chat_parse(self, *, response_format: "type[ResponseFormatT] | ResponseFormatParam | Omit" = omit, tools: Any = omit,
               extra_headers: Any = None, extra_query: Any = None, extra_body: Any = None, timeout: Any = NOT_GIVEN,
               **params: Any) -> "ParsedChatCompletion[ResponseFormatT]":
    """Like ``create()``, with ``response_format`` a type (a pydantic model, an attrs class, a
    dataclass or a TypedDict): its strict JSON schema is sent and ``choices[i].message.parsed``
    is an instance of it. Function tools must be strict (``pydantic_function_tool(Model)``
    makes one); their calls come back with ``function.parsed_arguments``.

    Raises ``LengthFinishReasonError`` / ``ContentFilterFinishReasonError`` when a choice stops
    at the length limit or at the content filter; a refusal leaves ``parsed`` None."""
    tools, params = _chat_request(response_format, tools, params)
    result = _chat_create(self)(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout, **params)
    return then(result, lambda completion: parse_chat_completion(completion, response_format, tools))


async def chat_parse_async(self, *, response_format: "type[ResponseFormatT] | ResponseFormatParam | Omit" = omit,
                           tools: Any = omit, extra_headers: Any = None, extra_query: Any = None, extra_body: Any = None,
                           timeout: Any = NOT_GIVEN, **params: Any) -> "ParsedChatCompletion[ResponseFormatT]":
    tools, params = _chat_request(response_format, tools, params)
    result = await _chat_create(self)(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout, **params)
    return then(result, lambda completion: parse_chat_completion(completion, response_format, tools))


chat_parse_async.__doc__ = chat_parse.__doc__


def reject_type_in_create(body: dict) -> None:
    """``validate:`` of chat.completions.create: a class as ``response_format`` belongs to parse()."""
    fmt = body.get("response_format")
    if isinstance(fmt, type):
        raise TypeError("`chat.completions.create()` takes a `response_format` dict, not a class such as "
                        f"{fmt.__name__!r}; to send a `BaseModel` class and get it back parsed, call "
                        "`chat.completions.parse()` instead")


# -- responses ---------------------------------------------------------------------------------


def parse_response(response: Any, text_format: Any, tools: Any) -> Any:
    """A Response as a ParsedResponse: each ``output_text`` part's ``parsed`` (None when no type
    was asked for) and each function call's ``parsed_arguments``."""
    from .._converter import hook_for
    from ..models.responses import ParsedResponse

    raw = getattr(response, "_raw", None)
    if raw is None:
        raw = response.to_dict()
    parsed = hook_for(ParsedResponse)(raw, None)
    parsed._request_id = getattr(response, "_request_id", None)
    rich = is_parseable_format(text_format)
    for item in parsed.output or ():
        kind = getattr(item, "type", None)
        if kind == "message":
            for part in item.content or ():
                if getattr(part, "type", None) == "output_text":
                    _mark_set(part, "parsed")
                    if rich:
                        part.parsed = parse_content(text_format, part.text)
        elif kind == "function_call":
            _mark_set(item, "parsed_arguments")
            item.parsed_arguments = parse_function_arguments(tools, item.name, item.arguments)
    return parsed


def _responses_request(text_format: Any, tools: Any, params: dict) -> tuple:
    if _given(text_format):
        text = params.get("text")
        text = dict(text) if isinstance(text, dict) else {}
        if "format" in text:
            raise TypeError("Give either `text_format` or `text.format`, not both")
        text["format"] = type_to_text_format(text_format)
        params["text"] = text
    tools = to_responses_tools(tools)
    if _given(tools):
        params["tools"] = tools
    verbosity = params.pop("verbosity", omit)
    if _given(verbosity):  # the official parse() takes it and sends it as a top-level body param
        params["extra_body"] = {"verbosity": verbosity, **(params.get("extra_body") or {})}
    if params.get("stream") is True:
        raise TypeError("`responses.parse()` does not stream; use `responses.stream(text_format=...)`")
    return tools, params


def responses_parse(self, *, text_format: "type[TextFormatT] | Omit" = omit, tools: Any = omit, extra_headers: Any = None,
                    extra_query: Any = None, extra_body: Any = None, timeout: Any = NOT_GIVEN,
                    **params: Any) -> "ParsedResponse[TextFormatT]":
    """Like ``create()``, with ``text_format`` a type (a pydantic model, an attrs class, a
    dataclass or a TypedDict): its strict JSON schema goes as ``text.format`` and
    ``output_parsed`` is an instance of it. Function tools made by ``pydantic_function_tool``
    (or strict ones) come back with ``parsed_arguments``."""
    tools, params = _responses_request(text_format, tools, dict(params, extra_body=extra_body))
    result = self.create(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, **params)
    return then(result, lambda response: parse_response(response, text_format, tools))


async def responses_parse_async(self, *, text_format: "type[TextFormatT] | Omit" = omit, tools: Any = omit,
                                extra_headers: Any = None, extra_query: Any = None, extra_body: Any = None,
                                timeout: Any = NOT_GIVEN, **params: Any) -> "ParsedResponse[TextFormatT]":
    tools, params = _responses_request(text_format, tools, dict(params, extra_body=extra_body))
    result = await self.create(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, **params)
    return then(result, lambda response: parse_response(response, text_format, tools))


responses_parse_async.__doc__ = responses_parse.__doc__


# -- signatures: create's, from the table ------------------------------------------------------


def _derived_signature(resource: str, fmt_param: str, fmt_doc: str, *, drop: List[str], returns: str,
                       extra: Tuple[str, ...] = ()) -> inspect.Signature:
    """``create``'s signature from the table, ``drop`` left out, ``fmt_param`` added (optional,
    keyword-only), ``tools`` taking tools made by ``pydantic_function_tool`` too."""
    P = inspect.Parameter
    base = _signature(builtin_table().endpoint(resource, "create"))
    params = []
    for p in base.parameters.values():
        if p.name in drop:
            continue
        if p.name == fmt_param:
            p = p.replace(annotation=fmt_doc)
        params.append(p)
    if fmt_param not in base.parameters:
        params.insert(1, P(fmt_param, P.KEYWORD_ONLY, default=omit, annotation=fmt_doc))
    at = next(i for i, p in enumerate(params) if p.name == "extra_headers")
    params[at:at] = [P(name, P.KEYWORD_ONLY, default=NOT_GIVEN) for name in extra if name not in base.parameters]
    return base.replace(parameters=params, return_annotation=returns)


_FMT = "type | dict (a pydantic model, attrs class, dataclass or TypedDict)"
chat_parse.__signature__ = chat_parse_async.__signature__ = _derived_signature(  # type: ignore[attr-defined]
    "chat.completions", "response_format", _FMT, drop=["stream"], returns="ParsedChatCompletion")
responses_parse.__signature__ = responses_parse_async.__signature__ = _derived_signature(  # type: ignore[attr-defined]
    "responses", "text_format", _FMT, drop=[], returns="ParsedResponse", extra=("verbosity",))
