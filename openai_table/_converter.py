"""The one cattrs converter: every structure/unstructure hook is registered here.

Hooks are generated per class on first use (cattrs caches them), so importing a model module
costs only the attrs class creation.

Models get a structure function generated here rather than by `cattrs.gen`: every model field
defaults to None and most hold plain JSON values, so the function reads those straight from the
dict and calls a hook only for nested models, lists of them and unions. On a stream of chat
chunks that halves the structuring time per chunk (measured: see bench/).
"""

import dataclasses
import enum
import typing
from typing import Any, Dict, FrozenSet, Optional, Tuple, Union

import attrs
import cattrs

from .models._base import BaseModel, UnknownModel, api_name

__all__ = ["converter", "structure", "hook_for", "unstructure_model", "union_tags", "stream_shape"]

converter = cattrs.Converter(detailed_validation=False, forbid_extra_keys=False)

# JSON already gives the right Python types; coercing (str(None) == "None") would only hide drift.
for _t in (str, int, float, bool, Any, dict):
    converter.register_structure_hook(_t, lambda v, _t: v)


def _is_model(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, BaseModel) and attrs.has(t)


def _is_generic_model(t: Any) -> bool:
    """`ParsedChoice[ContentType]`: structured as its class; the parse helpers fill `parsed`."""
    return _is_model(typing.get_origin(t))


def _deferred(t: Any, ns: Dict[str, Any], name: str):
    """A nested hook resolved on its first call, then bound in place: a model that contains
    itself (directly or not) must not recurse while its hook is being made."""

    def first_call(data: Any, _: Any) -> Any:
        hook = ns[name] = converter.get_structure_hook(t)
        return hook(data, t)

    return first_call


def _make_model_hook(cls: type):
    attrs.resolve_types(cls)
    ns: Dict[str, Any] = {"cls": cls}
    args = []
    for i, f in enumerate(attrs.fields(cls)):
        if not f.init:
            continue
        default = f.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            ns[f"f{i}"] = default.factory
            value = f"(o[{api_name(f)!r}] if {api_name(f)!r} in o else f{i}())"
        else:
            ns[f"d{i}"] = None if default is attrs.NOTHING else default
            value = f"o.get({api_name(f)!r}, d{i})"
        if f.type is not None and not _is_plain(f.type):
            ns[f"h{i}"] = _deferred(f.type, ns, f"h{i}")
            value = f"h{i}({value}, None)"
        args.append(f"{f.alias}={value}")
    source = (
        f"def structure_{cls.__name__}(o, _):\n"
        "    if type(o) is not dict:\n"
        "        return o  # None, or a server that broke the schema: hand back what it sent\n"
        f"    obj = cls({', '.join(args)})\n"
        "    obj._raw = o\n"
        "    return obj\n"
    )
    exec(compile(source, f"<openai_table structure {cls.__qualname__}>", "exec"), ns)
    return ns[f"structure_{cls.__name__}"]


def _union_args(t: Any):
    if typing.get_origin(t) is not Union:
        return None
    return [a for a in typing.get_args(t) if a is not type(None)]


def _is_union(t: Any) -> bool:
    args = _union_args(t)
    return args is not None and len(args) > 1


def _is_optional(t: Any) -> bool:
    args = _union_args(t)
    return args is not None and len(args) == 1


_PLAIN = (str, int, float, bool, Any, dict)


def _is_plain(t: Any) -> bool:
    """JSON already holds these as the right Python values: nothing to convert."""
    origin = typing.get_origin(t)
    if origin is dict:
        return all(_is_plain(a) for a in typing.get_args(t)[1:])
    if origin is list:
        return all(_is_plain(a) for a in typing.get_args(t))
    if isinstance(t, typing.TypeVar):  # `parsed: Optional[ContentType]`: the caller's own type, filled later
        return True
    if origin is typing.Literal:  # a value outside the set is kept as sent: the API adds values
        return True
    return t in _PLAIN or t is list


def _make_optional_hook(t: Any):
    # cattrs' generic Optional handling re-dispatches on every value; this is the hot path of
    # every response, so bind the inner hook once.
    (inner,) = _union_args(t)
    if _is_plain(inner):
        return lambda data, _: data
    hook = converter.get_structure_hook(inner)
    return lambda data, _: None if data is None else hook(data, inner)


def _default(member: type, name: str) -> Any:
    f = attrs.fields_dict(member).get(name)
    return None if f is None or f.default is attrs.NOTHING or isinstance(f.default, attrs.Factory) else f.default  # type: ignore[arg-type]


def _tags(member: type, key: str) -> Tuple[Any, ...]:
    """The tags a member answers to: its default, or all of its ``__tags__`` (a member whose
    ``type`` is one of several values lists them there; None among them: it may be left out)."""
    return member.__dict__.get("__tags__") or tuple(t for t in (_default(member, key),) if t is not None)


def union_tags(members: list) -> Tuple[str, Dict[Any, list]]:
    """(the key, {tag: members}) that tells a union's models apart: their ``type`` tag, or, when
    none has one and all have an ``event`` default, that (the Assistants stream events,
    ``{"event": "thread.run.created", "data": {...}}``). In a ``type`` union a member may have
    a ``type`` field without any tag: it takes the tags nobody declares. A union none of whose
    members declares a tag sends every object to its first member."""
    if any(_tags(m, "type") for m in members):
        key = "type"
    elif all(_tags(m, "event") for m in members):
        key = "event"
    else:
        # No member declares a tag (the API tells them apart by shape only): every object goes
        # to the first member, as good a guess as any, and keeps its data either way.
        key = "type"
    tags: Dict[Any, list] = {}
    for m in members:
        for tag in _tags(m, key):
            tags.setdefault(tag, []).append(m)
    return key, tags


def _make_tag_hook(members: list):
    """A tag two members share goes to the first (the official unions list the likelier one
    first) unless one with an ``__accepts__(data)`` class method says yes (an input and an
    output message are both "message"); a tag no member declares goes to the first member
    without tags, or else becomes an UnknownModel that keeps the data."""
    key, tags = union_tags(members)
    by_tag = {tag: _shared_tag_hook(ms) for tag, ms in tags.items()}
    untagged = next((m for m in members if not _tags(m, key)), UnknownModel)
    fallback = converter.get_structure_hook(untagged)
    return lambda data, _: by_tag.get(data.get(key), fallback)(data, None)


def _shared_tag_hook(members: list):
    first = converter.get_structure_hook(members[0])
    choosy = [(m.__accepts__, converter.get_structure_hook(m)) for m in members[1:] if hasattr(m, "__accepts__")]
    if not choosy:
        return first

    def structure_by_shape(data: Any, _: Any) -> Any:
        for accepts, hook in choosy:
            if accepts(data):
                return hook(data, None)
        return first(data, None)

    return structure_by_shape


_shapes: Dict[Any, Tuple[Optional[str], FrozenSet[Any]]] = {}


def stream_shape(t: Any) -> Tuple[Optional[str], FrozenSet[Any]]:
    """For a stream's event type: (the key its union is tagged by, or None for one model; the
    tags). Streams wrap named events as {"event", "data"} for an `event`-tagged union."""
    shape = _shapes.get(t)
    if shape is None:
        models = [a for a in (_union_args(t) or ()) if _is_model(a)]
        key, tags = union_tags(models) if len(models) > 1 else (None, {})
        shape = _shapes[t] = (key, frozenset(tags))
    return shape


def _make_union_hook(t: Any):
    """JSON tells the members apart by shape first: an object goes to the model members, an
    array to the list member, anything else (str, number) is already the right value."""
    args = _union_args(t)
    models = [a for a in args if _is_model(a)]
    lists = [a for a in args if typing.get_origin(a) is list]
    if len(models) > 1:
        on_dict = _make_tag_hook(models)
    else:
        on_dict = converter.get_structure_hook(models[0]) if models else None
    on_list = converter.get_structure_hook(lists[0]) if lists else None

    def structure_union(data: Any, _: Any) -> Any:
        if on_dict is not None and isinstance(data, dict):
            return on_dict(data, None)
        if on_list is not None and isinstance(data, list):
            return on_list(data, None)
        return data

    return structure_union


def _make_list_hook(t: Any):
    """A list of models or unions is structured item by item; a server that sends something
    else where a list belongs gets it back unchanged, as with models."""
    (item,) = typing.get_args(t) or (Any,)
    if _is_plain(item):
        return lambda data, _: data
    item_hook = converter.get_structure_hook(item)
    return lambda data, _: [item_hook(v, None) for v in data] if isinstance(data, list) else data


converter.register_structure_hook_factory(_is_model, _make_model_hook)
converter.register_structure_hook_factory(_is_generic_model, lambda t: converter.get_structure_hook(typing.get_origin(t)))
converter.register_structure_hook_factory(_is_union, _make_union_hook)
converter.register_structure_hook_factory(lambda t: typing.get_origin(t) is list or t is list, _make_list_hook)
converter.register_structure_hook_factory(_is_optional, _make_optional_hook)
converter.register_structure_hook_factory(lambda t: typing.get_origin(t) is dict and _is_plain(t), lambda t: lambda data, _: data)

_hooks: Dict[Any, Any] = {}


def hook_for(cls: Any):
    """The structure hook for a class, cached: the hot paths (streams, pages) call it per item."""
    hook = _hooks.get(cls)
    if hook is None:
        hook = _hooks[cls] = converter.get_structure_hook(cls)
    return hook


def structure(data: Any, cls: Any) -> Any:
    return converter.structure(data, cls)


def _unstructure(value: Any, exclude_unset: bool, exclude_none: bool) -> Any:
    if isinstance(value, BaseModel):
        return unstructure_model(value, exclude_unset, exclude_none)
    if isinstance(value, (list, tuple)):
        return [_unstructure(v, exclude_unset, exclude_none) for v in value]
    if isinstance(value, dict):
        return {k: _unstructure(v, exclude_unset, exclude_none) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float)):
        return value
    return _plain(value)


def _plain(value: Any) -> Any:
    """A value of the caller's own type inside a model (``parsed`` of a structured output) as
    JSON data: a pydantic model dumped, an attrs or dataclass instance or an enum unstructured."""
    dump = getattr(value, "model_dump", None)
    if dump is not None and not isinstance(value, type):
        return dump(mode="json")
    if isinstance(value, enum.Enum) or attrs.has(type(value)) or (dataclasses.is_dataclass(value) and not isinstance(value, type)):
        return converter.unstructure(value)
    return value


def unstructure_model(obj: BaseModel, exclude_unset: bool = True, exclude_none: bool = False) -> Dict[str, Any]:
    """Fields keyed by API name. A field counts as set when the server sent its key, or, on a
    model built by hand, when it is not None; keys the model does not declare come along."""
    raw = getattr(obj, "_raw", None)
    out: Dict[str, Any] = {}
    known = set()
    for f in attrs.fields(type(obj)):
        key = api_name(f)
        known.add(key)
        value = getattr(obj, f.name)
        if value is None and (exclude_none or (exclude_unset and (raw is None or key not in raw))):
            continue
        out[key] = _unstructure(value, exclude_unset, exclude_none)
    if raw:
        for key, value in raw.items():
            if key not in known and not (exclude_none and value is None):
                out[key] = _unstructure(value, exclude_unset, exclude_none)
    return out
