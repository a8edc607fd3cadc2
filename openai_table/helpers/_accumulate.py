"""The one rule by which the streaming helpers fold a delta into a snapshot, on plain JSON data.

Chat chunks (`choices[i].delta`), Assistants message and run-step deltas, and the text-like
deltas of the Responses stream all grow a snapshot the same way:

- a key the snapshot lacks (or holds as null) takes the delta's value (a copy: the snapshot is
  mutated later and must never share lists or dicts with an event already handed out);
- `index` and `type` are labels, not amounts: the delta's value replaces the snapshot's;
- strings are concatenated, numbers added, objects merged key by key; a null or a value of
  another kind leaves the snapshot's value as it is;
- a list of plain values is extended; a list of objects is merged entry by entry, each delta
  entry naming its place with `index` (a new index inserts the entry there).
"""

from typing import Any, Dict

__all__ = ["merge", "copy_json", "partial_json"]

_SCALARS = (str, int, float, bool, type(None))


def copy_json(value: Any) -> Any:
    """A deep copy of JSON data (dicts, lists, scalars): faster than `copy.deepcopy`."""
    if type(value) is dict:
        return {k: v if type(v) in _SCALARS else copy_json(v) for k, v in value.items()}
    if type(value) is list:
        return [v if type(v) in _SCALARS else copy_json(v) for v in value]
    return value


def merge(acc: Dict[str, Any], delta: Dict[str, Any], keep_index: bool = True) -> Dict[str, Any]:
    """Fold `delta` into `acc` in place (see the module docstring); returns `acc`.

    `keep_index=False` leaves the `index` labels of list entries out of the snapshot: an
    Assistants message or run step then looks as the API returns it when retrieved. (The chat
    helper keeps them, as the official SDK's accumulated completions do.)"""
    for key, value in delta.items():
        old = acc.get(key)
        if old is None or key == "index" or key == "type":
            acc[key] = value if type(value) in _SCALARS else _copy_entry(value, keep_index)
        elif type(old) is str and type(value) is str:
            acc[key] = old + value
        elif type(old) is dict and type(value) is dict:
            merge(old, value, keep_index)
        elif type(old) is list and type(value) is list:
            _merge_list(old, value, keep_index)
        elif type(old) in (int, float) and type(value) in (int, float) and type(old) is not bool:
            acc[key] = old + value
        # anything else (a null delta, mismatched kinds) leaves the snapshot as it is
    return acc


def _copy_entry(value: Any, keep_index: bool) -> Any:
    if keep_index:
        return copy_json(value)
    if type(value) is dict:
        return merge({}, value, False)
    if type(value) is list and all(type(v) is dict and type(v.get("index")) is int for v in value):
        acc: list = []
        _merge_list(acc, value, False)
        return acc
    return copy_json(value)


def _merge_list(acc: list, delta: list, keep_index: bool = True) -> None:
    if all(type(v) in _SCALARS for v in acc) and all(type(v) in _SCALARS for v in delta):
        acc.extend(delta)
        return
    for entry in delta:
        if type(entry) is not dict:
            raise TypeError(f"a list delta must hold objects, got {entry!r}")
        index = entry.get("index")
        if type(index) is not int:
            raise TypeError(f"a list delta entry needs an integer `index`, got {entry!r}")
        if index < len(acc):
            target = acc[index]
            if type(target) is not dict:
                raise TypeError(f"cannot merge {entry!r} into {target!r}")
            merge(target, {k: v for k, v in entry.items() if k != "index"} if not keep_index else entry, keep_index)
        else:
            new: Dict[str, Any] = {}
            merge(new, {k: v for k, v in entry.items() if k != "index"} if not keep_index else entry, keep_index)
            acc.insert(index, new)


# -- JSON that is still arriving -------------------------------------------------------------

import json as _json
import re as _re
from json.decoder import scanstring as _scanstring

_NUMBER = _re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_NUMBER_TAIL = _re.compile(r"[\d.eE+-]*\Z")
_WS = " \t\n\r"
_LITERALS = (("true", True), ("false", False), ("null", None))


class _Cut(Exception):
    """The text ends inside a string, number or literal."""


def partial_json(text: str) -> Any:
    """The value a prefix of a JSON document holds so far: open objects and arrays are closed,
    a member or item whose value is cut off (inside a string, number or literal) is left out,
    as the official SDK's partial parsing does. ValueError when nothing can be made of it."""
    try:
        return _json.loads(text)
    except ValueError:
        pass
    try:
        value, end = _value(text, _skip(text, 0))
    except _Cut:
        raise ValueError(f"incomplete JSON value: {text[:40]!r}") from None
    if _skip(text, end) != len(text):
        raise ValueError(f"not JSON: {text[:40]!r}")
    return value


def _skip(s: str, i: int) -> int:
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _value(s: str, i: int):
    n = len(s)
    if i >= n:
        raise _Cut
    c = s[i]
    if c == "{":
        return _object(s, i + 1)
    if c == "[":
        return _array(s, i + 1)
    if c == '"':
        try:
            return _scanstring(s, i + 1)
        except ValueError:
            raise _Cut from None
    m = _NUMBER.match(s, i)
    if m:
        j = m.end()
        if j < n and s[j] in ".eE" and _NUMBER_TAIL.match(s, j):
            raise _Cut  # "1." or "1e": more digits are on their way
        text = m.group()
        return (float(text) if any(ch in text for ch in ".eE") else int(text)), j
    if c == "-" and i + 1 == n:
        raise _Cut
    for word, value in _LITERALS:
        if s.startswith(word, i):
            return value, i + len(word)
        if word.startswith(s[i:]):
            raise _Cut
    raise ValueError(f"not JSON at {i}: {s[i:i + 20]!r}")


def _object(s: str, i: int):
    n, out = len(s), {}
    i = _skip(s, i)
    if i < n and s[i] == "}":
        return out, i + 1
    while True:
        if i >= n or s[i] != '"':
            if i >= n:
                return out, n
            raise ValueError(f"not JSON at {i}")
        try:
            key, i = _scanstring(s, i + 1)
        except ValueError:
            return out, n
        i = _skip(s, i)
        if i >= n:
            return out, n
        if s[i] != ":":
            raise ValueError(f"not JSON at {i}")
        try:
            value, i = _value(s, _skip(s, i + 1))
        except _Cut:
            return out, n
        out[key] = value
        i = _skip(s, i)
        if i >= n:
            return out, n
        if s[i] == "}":
            return out, i + 1
        if s[i] != ",":
            raise ValueError(f"not JSON at {i}")
        i = _skip(s, i + 1)


def _array(s: str, i: int):
    n, out = len(s), []
    i = _skip(s, i)
    if i < n and s[i] == "]":
        return out, i + 1
    while True:
        try:
            value, i = _value(s, i)
        except _Cut:
            return out, n
        out.append(value)
        i = _skip(s, i)
        if i >= n:
            return out, n
        if s[i] == "]":
            return out, i + 1
        if s[i] != ",":
            raise ValueError(f"not JSON at {i}")
        i = _skip(s, i + 1)
