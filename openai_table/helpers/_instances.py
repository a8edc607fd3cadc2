"""Your attrs classes, dataclasses and TypedDicts, built from parsed JSON by the project's one
converter (``openai_table._converter.converter``).

Hooks added to the converter here match only such user classes, enums and unions holding user
classes (the API's own models never match them):

- a class: its fields read by name, each through the converter (type hints resolved, so a class
  may name itself in quotes); a missing required field is an error, unknown keys are ignored;
  a TypedDict comes back as a plain dict;
- an enum: built from its value (a ``str`` enum too, which the plain ``str`` hook would keep);
- a union: JSON tells the members apart by shape first (an object goes to a class member, an
  array to a list member), and among several candidates the first that accepts the value wins.
"""

import dataclasses
import enum
import typing
from typing import Any, List

import attrs

from .._converter import converter
from ..models._base import BaseModel
from ._schema import is_schema_class, is_typeddict

__all__ = ["structure"]

_NoneType = type(None)


def _is_user_class(tp: Any) -> bool:
    return isinstance(tp, type) and is_schema_class(tp) and not issubclass(tp, BaseModel)


def _strip(tp: Any) -> Any:
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    return tp


def _union_members(tp: Any) -> List[Any]:
    origin = typing.get_origin(tp)
    if origin is typing.Union or (origin is not None and getattr(origin, "__name__", "") == "UnionType"):
        return [_strip(a) for a in typing.get_args(tp)]
    return []


def _holds_user_class(tp: Any) -> bool:
    """A union with a user class among its members (or inside one: ``Union[List[A], str]``)."""
    return any(_user_inside(m) for m in _union_members(tp))


def _user_inside(tp: Any) -> bool:
    if _is_user_class(tp):
        return True
    return any(_user_inside(a) for a in typing.get_args(tp) if a is not Ellipsis)


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return "scalar"


def _accepts(tp: Any, kind: str) -> bool:
    if tp is Any:
        return True
    origin = typing.get_origin(tp) or tp
    if kind == "object":
        return _is_user_class(tp) or origin in (dict, typing.Mapping)
    if kind == "array":
        return origin in (list, tuple, set, frozenset) or getattr(origin, "__module__", "") == "collections.abc"
    return not (_is_user_class(tp) or origin in (dict, list, tuple, set, frozenset))


def _make_union_hook(tp: Any):
    members = [m for m in _union_members(tp) if m is not _NoneType]
    nullable = len(members) < len(typing.get_args(tp))

    def structure_user_union(data: Any, _: Any) -> Any:
        if data is None and nullable:
            return None
        kind = _kind(data)
        candidates = [m for m in members if _accepts(m, kind)]
        last_error: Exception = TypeError(f"{data!r} matches no member of {tp!r}")
        for m in candidates:
            try:
                value = converter.structure(data, m)
            except Exception as e:  # try the next member
                last_error = e
                continue
            if _fits(value, m, data):
                return value
        raise last_error

    return structure_user_union


def _fits(value: Any, tp: Any, data: Any) -> bool:
    """A scalar member took the value as it is (the converter trusts JSON's types); check the
    type here so that ``Union[int, str]`` keeps looking past ``int`` for a string."""
    tp = _strip(tp)
    if tp in (str, int, float, bool):
        if tp is float:
            return isinstance(data, (int, float)) and not isinstance(data, bool)
        if tp is int:
            return isinstance(data, int) and not isinstance(data, bool)
        return isinstance(data, tp)
    if typing.get_origin(tp) is typing.Literal:
        return data in typing.get_args(tp) or any(isinstance(a, enum.Enum) and a.value == data for a in typing.get_args(tp))
    if is_typeddict(tp) and isinstance(data, dict):
        return tp.__required_keys__ <= data.keys()
    return True


def _make_class_hook(cls: type):
    hints = typing.get_type_hints(cls)
    if is_typeddict(cls):
        specs = [(name, name, hints[name], name in cls.__required_keys__) for name in hints]
    elif attrs.has(cls):
        specs = [(f.name, f.alias or f.name, hints.get(f.name, Any), f.default is attrs.NOTHING)
                 for f in attrs.fields(cls) if f.init]
    else:
        specs = [(f.name, f.name, hints.get(f.name, Any), f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
                 for f in dataclasses.fields(cls) if f.init]
    hooks: dict = {}
    build = dict if is_typeddict(cls) else cls

    def structure_user_class(data: Any, _: Any) -> Any:
        if not isinstance(data, dict):
            raise TypeError(f"{cls.__name__} is made from a JSON object, not {data!r}")
        values = {}
        for key, arg, tp, required in specs:
            if key in data:
                hook = hooks.get(key)
                if hook is None:  # looked up on first use: a class may contain itself
                    hook = hooks[key] = _float_hook if _is_float(tp) else converter.get_structure_hook(tp)
                values[arg] = hook(data[key], tp)
            elif required:
                raise ValueError(f"{cls.__name__}: the required field {key!r} is missing")
        return build(**values)

    return structure_user_class


def _is_float(tp: Any) -> bool:
    tp = _strip(tp)
    members = [m for m in _union_members(tp) if m is not _NoneType]
    return tp is float or (len(members) == 1 and members[0] is float)


def _float_hook(data: Any, _: Any) -> Any:
    """JSON writes 2.0 as 2: a float field gets a float, as pydantic gives it."""
    return float(data) if type(data) is int else data


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


_registered: set = set()


def _register(tp: Any) -> None:
    """Hook every user class and enum reachable from ``tp`` into the converter, by class: a
    TypedDict is a dict and a ``str`` enum a str, and the converter's hooks for those (kept as
    they are) would otherwise take them first."""
    tp = _strip(tp)
    if isinstance(tp, type) and (_is_user_class(tp) or _is_enum(tp)):
        if tp in _registered:
            return
        _registered.add(tp)
        if _is_enum(tp):
            converter.register_structure_hook(tp, lambda data, _, tp=tp: tp(data))
            return
        converter.register_structure_hook(tp, _make_class_hook(tp))
        for hint in typing.get_type_hints(tp).values():
            _register(hint)
        return
    for arg in typing.get_args(tp):
        if arg is not Ellipsis and not isinstance(arg, (str, int, float, bool, enum.Enum)) and arg is not None:
            _register(arg)


converter.register_structure_hook_factory(_holds_user_class, _make_union_hook)


def structure(data: Any, tp: Any) -> Any:
    """``data`` (parsed JSON) as an instance of ``tp``."""
    _register(tp)
    return converter.structure(data, tp)
