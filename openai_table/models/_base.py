"""What every response model shares.

A model is an attrs class whose fields all default to None: the API leaves optional fields out,
and a server that drifts from the spec should still give the caller an object, not an exception
(the official SDK is just as lenient). The annotations say what the API promises, for type
checkers: a field it always sends is not Optional, a field with a fixed set of values is a
Literal; the None default is only what a drifting server leaves behind. The dict the server sent is kept on the instance as
``_raw`` so that fields a newer API adds stay reachable as attributes and in ``to_dict()``.
"""

import json
from typing import TYPE_CHECKING, Any, Dict, TypeVar, dataclass_transform

import attrs

__all__ = ["BaseModel", "UnknownModel", "model", "field", "api_name"]

_C = TypeVar("_C", bound=type)
_define = attrs.define(kw_only=True, slots=True, eq=True, repr=True)


# `field` is left out of the specifiers on purpose: to a checker, `x: T = field("api/name")` is
# then a field with a default, as it is at runtime (every field defaults to None).
@dataclass_transform(kw_only_default=True, field_specifiers=(attrs.field,))
def model(cls: _C) -> _C:
    """One spelling for every model class: keyword-only, slotted, compared by value."""
    return _define(cls)


def field(name: str = None, default: Any = None) -> Any:
    """A model field; ``name`` is the JSON key where it is not a Python identifier
    (``"hate/threatening"``) or not the attribute name."""
    return attrs.field(default=default, metadata={"api_name": name} if name else {})


def api_name(f: "attrs.Attribute") -> str:
    return f.metadata.get("api_name") or f.name


class BaseModel:
    __slots__ = ("_raw", "_request_id")

    _request_id: "str | None"  # the x-request-id header of the response it came from

    if not TYPE_CHECKING:  # fields a newer API sends stay reachable; checkers still flag a misspelt name
        def __getattr__(self, name: str) -> Any:
            # Only reached when normal lookup failed: a field this model does not declare.
            try:
                raw = object.__getattribute__(self, "_raw")
            except AttributeError:
                raw = None
            if raw is not None and not name.startswith("__") and name in raw:
                return raw[name]
            if name == "_request_id":
                return None
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def to_dict(self, *, exclude_unset: bool = True, exclude_none: bool = False) -> Dict[str, Any]:
        """The model as plain JSON data, keyed by the API's names.

        By default only what the server sent (or the caller set) is included, fields the
        model does not declare among them, as the official SDK's ``to_dict()`` does."""
        from .._converter import unstructure_model

        return unstructure_model(self, exclude_unset, exclude_none)

    def to_json(self, *, indent: int = 2, exclude_unset: bool = True, exclude_none: bool = False) -> str:
        return json.dumps(self.to_dict(exclude_unset=exclude_unset, exclude_none=exclude_none), indent=indent)

    @property
    def model_extra(self) -> Dict[str, Any]:
        """Fields the server sent that this model does not declare."""
        raw = getattr(self, "_raw", None) or {}
        known = {api_name(f) for f in attrs.fields(type(self))}
        return {k: v for k, v in raw.items() if k not in known}

    @classmethod
    def construct(cls, **data: Any) -> "BaseModel":
        """Build from API data (nested dicts become models), like the official ``construct``."""
        from .._converter import structure

        return structure(data, cls)

    model_construct = construct


@attrs.define(kw_only=True, slots=True, repr=False)
class UnknownModel(BaseModel):
    """What a union member becomes when its ``type`` tag is one this version does not know:
    every key stays reachable as an attribute and in ``to_dict()``."""

    type: str = None

    def __repr__(self) -> str:
        return f"UnknownModel({getattr(self, '_raw', None)!r})"
