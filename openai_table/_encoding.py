"""How params travel: the query string, JSON bodies and multipart forms."""

import datetime
import io
import json
import os
from typing import Any, Dict, List, Optional, Tuple

__all__ = ["encode_query", "encode_json", "encode_multipart", "encode_raw", "FileTypes"]

FileTypes = Any  # bytes | PathLike | IO[bytes] | (filename, content[, mime[, headers]])


def _flatten(key: str, value: Any, out: List[Tuple[str, str]]) -> None:
    # The API reads nested params as key[sub]=v and arrays as key[]=v. None and "" are left out,
    # as the official SDK leaves them out of query strings and forms.
    if value is None or (type(value) is str and not value):
        return
    if isinstance(value, dict):
        for k, v in value.items():
            _flatten(f"{key}[{k}]", v, out)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _flatten(f"{key}[]", v, out)
    elif value is True or value is False:
        out.append((key, "true" if value else "false"))
    else:
        out.append((key, str(value)))


def encode_query(params: Dict[str, Any]) -> List[Tuple[str, str]]:
    out: List[Tuple[str, str]] = []
    for key, value in params.items():
        _flatten(key, value, out)
    return out


def _json_default(value: Any) -> Any:
    # Models passed back in (a previous message, say) are sent as the API's JSON.
    if hasattr(value, "to_dict"):
        data = value.to_dict()
        exclude = getattr(type(value), "__api_exclude__", None)  # fields of ours the API does not take back
        return {k: v for k, v in data.items() if k not in exclude} if exclude else data
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def encode_json(body: Dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), default=_json_default).encode()


_UPLOAD = "upload"  # httpx's filename for content that has none of its own


def _read_file(name: str, value: Any) -> Tuple[Any, ...]:
    """(filename, content[, mime[, headers]]) for one file param, the tuple httpx takes. Files are
    read whole, so a retry can send them again; an unreadable file fails here, naming the param
    and the path. A tuple's filename, None included (no filename at all), is kept as given."""
    if isinstance(value, tuple):
        if not 2 <= len(value) <= 4:
            raise TypeError(f"Expected `{name}` as (filename, content[, mime[, headers]]), got a tuple of {len(value)}")
        return (value[0], _read_file(name, value[1])[1], *value[2:])
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _UPLOAD, bytes(value)
    if isinstance(value, os.PathLike):
        path = os.fspath(value)
        try:
            with open(path, "rb") as f:
                return os.path.basename(path), f.read()
        except OSError as e:
            raise type(e)(e.errno, f"Cannot read the file for `{name}`: {e.strerror}", path) from None
    if isinstance(value, io.IOBase) or hasattr(value, "read"):
        data = value.read()
        if isinstance(data, str):
            data = data.encode()
        filename = getattr(value, "name", None)
        return (os.path.basename(filename) if isinstance(filename, str) else _UPLOAD), data
    if isinstance(value, str):
        raise TypeError(f"Expected `{name}` to be bytes, a PathLike, an open file or a (filename, content) tuple; "
                        f"got the str {value!r}: wrap a path in pathlib.Path(...)")
    raise TypeError(f"Expected `{name}` to be bytes, a PathLike, an open file or a (filename, content) tuple; "
                    f"got {type(value).__name__}")


def _content(name: str, value: Any, content_type: str) -> bytes:
    """A typed part's bytes: JSON types are JSON-encoded (with json.dumps' defaults, as the
    official SDK does), text is UTF-8, anything else is read as a file."""
    if content_type == "application/json" or content_type.endswith("+json"):
        return json.dumps(value, default=_json_default).encode()
    return encode_raw(name, value)


def encode_raw(name: str, value: Any) -> bytes:
    """A body that is one param's value, as it is (text as UTF-8)."""
    return value.encode() if isinstance(value, str) else _read_file(name, value)[1]


class _Files(list):
    """httpx sends a form as multipart only when `files` is truthy: this list always is, so a form
    without files (containers.files.create with a file_id) still goes as multipart."""

    def __bool__(self) -> bool:
        return True


def encode_multipart(body: Dict[str, Any], file_params: frozenset, parts: Optional[Dict[str, str]] = None
                     ) -> Tuple[Dict[str, Any], List[Tuple[str, Any]]]:
    """(form fields, files) in the shapes httpx takes. `parts` maps params sent as parts of their
    own content type (and no filename) to that type."""
    fields: List[Tuple[str, str]] = []
    files: List[Tuple[str, Any]] = _Files()
    for key, value in body.items():
        if key in file_params:
            if isinstance(value, list):
                files.extend((f"{key}[]", _read_file(key, item)) for item in value)
            else:
                files.append((key, _read_file(key, value)))
        elif parts and key in parts:
            files.append((key, (None, _content(key, value, parts[key]), parts[key])))
        else:
            _flatten(key, value, fields)
    data: Dict[str, Any] = {}
    for key, value in fields:
        # httpx takes repeated form fields as a list under one key
        data[key] = [*data[key], value] if isinstance(data.get(key), list) else ([data[key], value] if key in data else value)
    return data, files
