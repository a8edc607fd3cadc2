"""Structured outputs: from a type to the request's JSON schema, and from the answer back to the type.

Shared by ``chat.completions.parse`` / ``responses.parse`` (``structured.py``) and the streaming
managers. A *format* is a pydantic model (or pydantic dataclass), an attrs class, a standard
dataclass or a TypedDict; a plain dict is a request param already and passes through.

pydantic stays an optional dependency: it is looked at only when the caller's program has
imported it already (a pydantic class cannot exist otherwise), so none of this imports it.
Instances of the other kinds are built through the project's one converter.
"""

import copy
import json
import sys
from typing import TYPE_CHECKING, Any, Dict, Iterable, Optional, TypeVar

from ._schema import class_doc, class_schema, is_schema_class, strict_schema

__all__ = [
    "type_to_response_format", "type_to_text_format", "parse_content", "parse_function_arguments",
    "validate_input_tools", "pydantic_function_tool", "FunctionTool", "to_responses_tools",
    "is_parseable_format", "is_pydantic_model", "format_schema", "format_name",
    "LengthFinishReasonError", "ContentFilterFinishReasonError", "ResponseFormatT", "TextFormatT",
]

# The type `response_format` (chat) / `text_format` (responses) names, in the parse and stream
# helpers' signatures; given none, nothing is parsed (None), as with the official TypeVars.
if TYPE_CHECKING:
    from typing_extensions import TypeVar as _TypeVarWithDefault

    ResponseFormatT = _TypeVarWithDefault("ResponseFormatT", default=None)
    TextFormatT = _TypeVarWithDefault("TextFormatT", default=None)
else:
    ResponseFormatT = TypeVar("ResponseFormatT")
    TextFormatT = TypeVar("TextFormatT")


# -- errors ------------------------------------------------------------------------------------

from .._exceptions import OpenAIError  # noqa: E402


class LengthFinishReasonError(OpenAIError):
    """The model stopped at the token limit (``finish_reason == "length"``): the content is cut
    short and cannot be parsed. ``completion`` is what came back (when streaming, without usage)."""

    completion: Any

    def __init__(self, *, completion: Any) -> None:
        message = "Could not parse the content: the model stopped at the length limit"
        usage = getattr(completion, "usage", None)
        if usage:
            message += f" - {usage}"
        super().__init__(message)
        self.completion = completion


class ContentFilterFinishReasonError(OpenAIError):
    """The content filter stopped the answer (``finish_reason == "content_filter"``): nothing to parse."""

    def __init__(self) -> None:
        super().__init__("Could not parse the content: the content filter rejected the request")


# -- what kind of type -------------------------------------------------------------------------


def _pydantic() -> Any:
    return sys.modules.get("pydantic")


def is_pydantic_model(tp: Any) -> bool:
    """A pydantic ``BaseModel`` subclass (False without importing pydantic when nobody has)."""
    pyd = _pydantic()
    return pyd is not None and isinstance(tp, type) and issubclass(tp, pyd.BaseModel)


def _is_pydantic_adaptable(tp: Any) -> bool:
    """A pydantic dataclass (or other class pydantic configured): read through a TypeAdapter."""
    return _pydantic() is not None and isinstance(tp, type) and hasattr(tp, "__pydantic_config__")


def is_parseable_format(fmt: Any) -> bool:
    """A type the helpers turn into a schema and parse into (not a dict param, not omitted)."""
    return isinstance(fmt, type) and (is_pydantic_model(fmt) or _is_pydantic_adaptable(fmt) or is_schema_class(fmt))


# -- schemas -----------------------------------------------------------------------------------

_schemas: Dict[Any, Dict[str, Any]] = {}


def format_schema(fmt: type) -> Dict[str, Any]:
    """The strict JSON schema of a format type (a fresh copy each call: callers may edit it)."""
    schema = _schemas.get(fmt)
    if schema is None:
        if is_pydantic_model(fmt):
            raw = fmt.model_json_schema()
        elif _is_pydantic_adaptable(fmt):
            raw = _pydantic().TypeAdapter(fmt).json_schema()
        elif is_schema_class(fmt):
            raw = class_schema(fmt)
        else:
            raise TypeError(f"Unsupported response_format type - {fmt!r}: expected a pydantic model, an attrs "
                            "class, a dataclass or a TypedDict (or a response_format dict)")
        schema = _schemas[fmt] = strict_schema(raw)
    return copy.deepcopy(schema)


def format_name(fmt: type) -> str:
    return fmt.__name__


def type_to_response_format(fmt: Any) -> Any:
    """The chat ``response_format`` param for ``fmt``: a ``json_schema`` format with the type's
    strict schema; a dict (or omit/NOT_GIVEN) is returned as it is."""
    if not isinstance(fmt, type):
        return fmt
    return {"type": "json_schema", "json_schema": {"schema": format_schema(fmt), "name": format_name(fmt), "strict": True}}


def type_to_text_format(fmt: Any) -> Any:
    """The Responses ``text.format`` param for ``fmt`` (a dict passes through)."""
    if not isinstance(fmt, type):
        return fmt
    return {"type": "json_schema", "strict": True, "name": format_name(fmt), "schema": format_schema(fmt)}


# -- parsing -----------------------------------------------------------------------------------


def parse_content(fmt: Any, text: str) -> Any:
    """``text`` (JSON) as an instance of ``fmt``; the JSON value itself when ``fmt`` is not a type
    (a response_format dict)."""
    if is_pydantic_model(fmt):
        return fmt.model_validate_json(text)
    if _is_pydantic_adaptable(fmt):
        return _pydantic().TypeAdapter(fmt).validate_json(text)
    if is_schema_class(fmt):
        from . import _instances

        return _instances.structure(json.loads(text), fmt)
    if isinstance(fmt, type):
        raise TypeError(f"Unable to parse the content into {fmt!r}: not a pydantic model, attrs class, dataclass or TypedDict")
    return json.loads(text)


# -- function tools ----------------------------------------------------------------------------


class FunctionTool(Dict[str, Any]):
    """A function definition (chat shape, or a whole Responses function tool) that remembers the
    type its parameters came from, so the call's arguments are parsed back into it. Sent as the
    plain dict it is."""

    model: Any

    def __init__(self, definition: Dict[str, Any], model: Any) -> None:
        super().__init__(definition)
        self.model = model

    def __deepcopy__(self, memo: Dict[int, Any]) -> "FunctionTool":
        return FunctionTool(copy.deepcopy(dict(self), memo), self.model)


def pydantic_function_tool(model: Any, *, name: Optional[str] = None, description: Optional[str] = None) -> Dict[str, Any]:
    """A strict function tool for chat completions whose parameters are ``model``'s schema.

    ``model`` is a pydantic model, or (without pydantic) an attrs class, a dataclass or a
    TypedDict. The name defaults to the class name, the description to its docstring. In
    ``parse()`` the call's arguments come back parsed into ``model`` (``parsed_arguments``)."""
    if description is None:
        # a pydantic model's own __doc__ (what pydantic puts in its schema is not wanted here);
        # a dataclass's generated ``Name(a: int)`` is no description
        description = model.__doc__ if is_pydantic_model(model) or _is_pydantic_adaptable(model) else class_doc(model)
    function = FunctionTool({"name": name or model.__name__, "strict": True, "parameters": format_schema(model)}, model)
    if description is not None:
        function["description"] = description
    return {"type": "function", "function": function}


def _tool_model(definition: Any) -> Any:
    # ours, or the official SDK's PydanticFunctionTool / ResponsesPydanticFunctionTool
    return getattr(definition, "model", None) if isinstance(definition, dict) else None


def _find_tool(tools: Iterable[Any], name: str) -> Any:
    """The definition (chat ``function`` dict, or the Responses tool itself) of function ``name``."""
    for tool in tools or ():
        if not isinstance(tool, dict) or tool.get("type") != "function":
            continue
        definition = tool.get("function", tool)
        if isinstance(definition, dict) and definition.get("name") == name:
            return definition
    return None


def parse_function_arguments(tools: Any, name: str, arguments: str) -> Any:
    """The call's ``arguments`` parsed: into the tool's type for a tool made from one, as JSON
    for another strict function tool; None when the tool is not strict or not among ``tools``."""
    if not tools or not _is_given(tools):
        return None
    definition = _find_tool(tools, name)
    if definition is None:
        return None
    model = _tool_model(definition)
    if model is not None:
        return parse_content(model, arguments)
    if not definition.get("strict"):
        return None
    return json.loads(arguments)


def validate_input_tools(tools: Any) -> Any:
    """What ``chat.completions.parse`` demands of its tools: function tools, each strict
    (ValueError otherwise). Returns the tools as a list (or ``tools`` itself when omitted)."""
    if not _is_given(tools):
        return tools
    tools = list(tools)
    for tool in tools:
        if tool["type"] != "function":
            raise ValueError(f"parse() parses only `function` tools' arguments; got a `{tool['type']}` tool")
        if tool["function"].get("strict") is not True:
            raise ValueError(f"`{tool['function']['name']}` is not strict: parse() takes strict function tools only "
                             "(`strict: True`, as pydantic_function_tool() makes them)")
    return tools


def to_responses_tools(tools: Any) -> Any:
    """Responses tools from ``tools``: a chat-shaped function tool made by
    ``pydantic_function_tool`` becomes a Responses function tool keeping its type; any other
    tool is kept; a chat-shaped function tool made otherwise is an error."""
    if not _is_given(tools):
        return tools
    out = []
    for tool in tools:
        if tool.get("type") != "function" or "function" not in tool:
            out.append(tool)
            continue
        function = tool["function"]
        model = _tool_model(function)
        if model is None:
            raise Exception("A function tool in the Chat Completions shape (`{'type': 'function', 'function': {...}}`) "
                            "must be made by `pydantic_function_tool()`; otherwise give the Responses shape")
        out.append(FunctionTool({"type": "function", "name": function["name"], "description": function.get("description"),
                                 "parameters": function["parameters"], "strict": function.get("strict") or False}, model))
    return out


def _is_given(value: Any) -> bool:
    from .._types import NotGiven, Omit

    return value is not None and not isinstance(value, (NotGiven, Omit))

