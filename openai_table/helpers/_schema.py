"""JSON schemas for structured outputs: the strict form the API's `strict: true` mode asks for.

Two steps, as the official SDK takes them for pydantic models:

1. a plain JSON schema for the type: pydantic's own for a pydantic model (or a pydantic
   dataclass); for an attrs class, a standard ``dataclass`` or a ``TypedDict``, one made here,
   in pydantic's conventions (titles, ``$defs`` with ``#/$defs/`` refs, keys sorted), so that the
   same class gives the same schema with or without pydantic installed;
2. ``strict_schema``: every object closed (``additionalProperties: false``) with all of its
   properties required, ``None`` defaults dropped, one-member ``allOf`` flattened and a ``$ref``
   that has other keys beside it inlined.

Stdlib only (attrs is a dependency anyway); pydantic is never imported here.
"""

import dataclasses
import datetime
import decimal
import enum
import inspect
import typing
import uuid
from typing import Any, Dict, List, Optional, Tuple

import attrs

__all__ = ["strict_schema", "class_schema", "is_schema_class", "class_doc"]

_NoneType = type(None)


# -- step 2: strict ----------------------------------------------------------------------------


def strict_schema(schema: Dict[str, Any]) -> Dict[str, Any]:
    """Make ``schema`` (changed in place) acceptable to strict mode and return it."""
    return _strict(schema, schema)


def _strict(node: Any, root: Dict[str, Any]) -> Dict[str, Any]:
    if not isinstance(node, dict):
        raise TypeError(f"a JSON schema node must be an object, got {node!r}")
    for defs_key in ("$defs", "definitions"):
        defs = node.get(defs_key)
        if isinstance(defs, dict):
            for sub in defs.values():
                _strict(sub, root)
    if node.get("type") == "object":
        node.setdefault("additionalProperties", False)
    props = node.get("properties")
    if isinstance(props, dict):
        node["required"] = list(props)
        node["properties"] = {name: _strict(sub, root) for name, sub in props.items()}
    items = node.get("items")
    if isinstance(items, dict):
        node["items"] = _strict(items, root)
    variants = node.get("anyOf")
    if isinstance(variants, list):
        node["anyOf"] = [_strict(v, root) for v in variants]
    parts = node.get("allOf")
    if isinstance(parts, list):
        if len(parts) == 1:
            node.update(_strict(parts[0], root))
            del node["allOf"]
        else:
            node["allOf"] = [_strict(p, root) for p in parts]
    if "default" in node and node["default"] is None:
        del node["default"]  # a nullable field defaults to None anyway
    ref = node.get("$ref")
    if ref and len(node) > 1:
        # strict mode takes no keys beside a $ref: put the target's keys in, ours winning
        target = _resolve(root, ref)
        merged = {**target, **node}
        node.update(merged)
        del node["$ref"]
        return _strict(node, root)  # the target's keys need the treatment too
    return node


def _resolve(root: Dict[str, Any], ref: str) -> Dict[str, Any]:
    if not ref.startswith("#/"):
        raise ValueError(f"only local refs (#/...) can be resolved, not {ref!r}")
    target: Any = root
    for key in ref[2:].split("/"):
        target = target[key]
        if not isinstance(target, dict):
            raise ValueError(f"{ref!r} does not lead to an object in the schema")
    return target


# -- step 1 for classes without pydantic -------------------------------------------------------


def is_typeddict(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, dict) and hasattr(tp, "__required_keys__") and hasattr(tp, "__annotations__")


def is_schema_class(tp: Any) -> bool:
    """An attrs class, a dataclass or a TypedDict: the classes described here."""
    return isinstance(tp, type) and (attrs.has(tp) or dataclasses.is_dataclass(tp) or is_typeddict(tp))


def class_doc(tp: type) -> Optional[str]:
    """The class's own docstring, not one generated for it (dataclasses write ``Name(a: int)``)."""
    doc = tp.__dict__.get("__doc__")
    if not doc:
        return None
    if dataclasses.is_dataclass(tp):
        try:
            generated = tp.__name__ + str(inspect.signature(tp)).replace(" -> None", "")
        except (TypeError, ValueError):
            generated = None
        if doc == generated:
            return None
    return inspect.cleandoc(doc)


class _Field:
    __slots__ = ("name", "type", "required", "default")

    def __init__(self, name: str, tp: Any, required: bool, default: Any = dataclasses.MISSING) -> None:
        self.name, self.type, self.required, self.default = name, tp, required, default


def _fields(tp: type) -> List[_Field]:
    hints = typing.get_type_hints(tp, include_extras=True)
    if attrs.has(tp):
        out = []
        for f in attrs.fields(tp):
            t = hints.get(f.name, f.type if f.type is not None else Any)
            if f.default is attrs.NOTHING:
                out.append(_Field(f.name, t, True))
            elif isinstance(f.default, attrs.Factory):  # type: ignore[arg-type]
                out.append(_Field(f.name, t, False))  # like default_factory: no default shown
            else:
                out.append(_Field(f.name, t, False, f.default))
        return out
    if dataclasses.is_dataclass(tp):
        out = []
        for f in dataclasses.fields(tp):
            if not f.init:
                continue
            t = hints.get(f.name, Any)
            if f.default is not dataclasses.MISSING:
                out.append(_Field(f.name, t, False, f.default))
            else:
                out.append(_Field(f.name, t, f.default_factory is dataclasses.MISSING))
        return out
    required = tp.__required_keys__
    out = []
    for name, t in hints.items():
        origin = typing.get_origin(t)
        while origin in (typing.Required, typing.NotRequired):
            (t,) = typing.get_args(t)
            origin = typing.get_origin(t)
        out.append(_Field(name, t, name in required))
    return out


def _title(name: str) -> str:
    return name.title().replace("_", " ")


def _json_type(values: Tuple[Any, ...]) -> Optional[str]:
    kinds = set()
    for v in values:
        if isinstance(v, bool):
            kinds.add("boolean")
        elif isinstance(v, int):
            kinds.add("integer")
        elif isinstance(v, float):
            kinds.add("number")
        elif isinstance(v, str):
            kinds.add("string")
        elif v is None:
            kinds.add("null")
        else:
            return None
    return kinds.pop() if len(kinds) == 1 else None


_SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean"}
_FORMATS = {datetime.datetime: "date-time", datetime.date: "date", datetime.time: "time", uuid.UUID: "uuid",
            datetime.timedelta: "duration"}


class _Builder:
    def __init__(self) -> None:
        self.defs: Dict[str, Dict[str, Any]] = {}
        self.names: Dict[Any, str] = {}
        self.building: set = set()

    def ref(self, tp: Any) -> Dict[str, Any]:
        name = self.names.get(tp)
        if name is None:
            name = tp.__name__
            n = 1
            while name in self.defs or name in self.names.values():
                n += 1
                name = f"{tp.__name__}{n}"
            self.names[tp] = name
            self.defs[name] = {}  # taken now: a class that contains itself refers to this
            self.defs[name] = self.enum(tp) if isinstance(tp, type) and issubclass(tp, enum.Enum) else self.object(tp)
        return {"$ref": f"#/$defs/{name}"}

    def enum(self, tp: type) -> Dict[str, Any]:
        values = [m.value for m in tp]
        out: Dict[str, Any] = {"enum": values, "title": tp.__name__}
        doc = tp.__dict__.get("__doc__")
        if doc:
            out["description"] = inspect.cleandoc(doc)
        kind = _json_type(tuple(values))
        if kind is not None:
            out["type"] = kind
        return out

    def object(self, tp: type) -> Dict[str, Any]:
        props: Dict[str, Any] = {}
        required = []
        for f in _fields(tp):
            schema = self.of(f.type)
            if f.default is not dataclasses.MISSING:
                schema["default"] = _json_default(f.default)
            if _shows_title(f.type):
                schema["title"] = _title(f.name)
            props[f.name] = schema
            if f.required:
                required.append(f.name)
        out: Dict[str, Any] = {"properties": props}
        if required:
            out["required"] = required
        out["title"] = tp.__name__
        out["type"] = "object"
        doc = class_doc(tp)
        if doc:
            out["description"] = doc
        return out

    def of(self, tp: Any) -> Dict[str, Any]:
        """The schema of a field's type."""
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is typing.Annotated:
            return self.of(args[0])
        if tp is Any or tp is object:
            return {}
        if tp is _NoneType or tp is None:
            return {"type": "null"}
        if isinstance(tp, type) and (is_schema_class(tp) or issubclass(tp, enum.Enum)):
            return self.ref(tp)
        if tp in _SCALARS:
            return {"type": _SCALARS[tp]}
        if tp in _FORMATS:
            return {"format": _FORMATS[tp], "type": "string"}
        if tp is decimal.Decimal:
            return {"anyOf": [{"type": "number"}, {"type": "string"}]}
        if origin is typing.Union or (origin is not None and origin.__name__ == "UnionType"):
            variants: List[Dict[str, Any]] = []
            for a in args:
                s = self.of(a)
                variants.extend(s["anyOf"] if list(s) == ["anyOf"] else [s])
            return {"anyOf": variants}
        if origin is typing.Literal:
            values = tuple(a.value if isinstance(a, enum.Enum) else a for a in args)
            out: Dict[str, Any] = {"const": values[0]} if len(values) == 1 else {"enum": list(values)}
            kind = _json_type(values)
            if kind is not None:
                out["type"] = kind
            return out
        if tp in (list, set, frozenset, tuple) or origin in (list, set, frozenset, typing.Sequence, typing.MutableSequence,
                                                            typing.AbstractSet, typing.Iterable) or _is_abc(origin, "Sequence", "Set", "Iterable", "MutableSequence", "MutableSet"):
            out = {"items": self.of(args[0]) if args else {}, "type": "array"}
            if origin in (set, frozenset) or _is_abc(origin, "Set", "MutableSet"):
                out["uniqueItems"] = True
            return out
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return {"items": self.of(args[0]), "type": "array"}
            return {"maxItems": len(args), "minItems": len(args), "prefixItems": [self.of(a) for a in args], "type": "array"}
        if tp is dict or origin in (dict, typing.Mapping) or _is_abc(origin, "Mapping", "MutableMapping"):
            value = self.of(args[1]) if len(args) == 2 else {}
            return {"additionalProperties": value if value else True, "type": "object"}
        raise TypeError(f"cannot describe {tp!r} in a JSON schema; use str, int, float, bool, None, lists, dicts, "
                        "Literal, Enum, Optional/Union, or attrs, dataclass or TypedDict classes")

def _is_abc(origin: Any, *names: str) -> bool:
    return origin is not None and getattr(origin, "__module__", None) == "collections.abc" and origin.__name__ in names


def _shows_title(tp: Any) -> bool:
    """A property gets a title unless its type is a class of its own (behind a $ref), bare or
    Optional: pydantic's rule, kept so both give one schema."""
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
            continue
        if origin is typing.Union or (origin is not None and getattr(origin, "__name__", "") == "UnionType"):
            members = [a for a in typing.get_args(tp) if a is not _NoneType]
            if len(members) == 1 and len(typing.get_args(tp)) == 2:
                tp = members[0]
                continue
        break
    return not (isinstance(tp, type) and (is_schema_class(tp) or issubclass(tp, enum.Enum)))


def _json_default(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (tuple, set, frozenset)):
        return [_json_default(v) for v in value]
    if isinstance(value, list):
        return [_json_default(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_default(v) for k, v in value.items()}
    if attrs.has(type(value)):
        return {k: _json_default(v) for k, v in attrs.asdict(value, recurse=False).items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _json_default(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (datetime.date, datetime.time, uuid.UUID)):
        return value.isoformat() if not isinstance(value, uuid.UUID) else str(value)
    return value


def _sorted(node: Any, parent: Optional[str] = None) -> Any:
    """Keys in alphabetical order at every level but a `properties` map (field order) and
    default values, as pydantic writes them."""
    if isinstance(node, dict):
        keys = node.keys() if parent in ("properties", "default") else sorted(node)
        return {k: _sorted(node[k], k) for k in keys}
    if isinstance(node, list):
        return [_sorted(v, parent) for v in node]
    return node


def class_schema(tp: type) -> Dict[str, Any]:
    """The plain (not yet strict) JSON schema of an attrs class, dataclass or TypedDict, nested
    classes and enums under ``$defs``; a class that contains itself is itself a ``$ref``."""
    b = _Builder()
    ref = b.ref(tp)
    name = b.names[tp]
    if not _refers_to(b.defs, f"#/$defs/{name}"):
        root = b.defs.pop(name)
        if b.defs:
            root["$defs"] = b.defs
    else:
        root = {"$defs": b.defs, **ref}
    return _sorted(root)


def _refers_to(node: Any, ref: str) -> bool:
    if isinstance(node, dict):
        return node.get("$ref") == ref or any(_refers_to(v, ref) for v in node.values())
    if isinstance(node, list):
        return any(_refers_to(v, ref) for v in node)
    return False
