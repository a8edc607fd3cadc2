"""How params travel: the query string, JSON bodies and multipart forms."""

import datetime
import io
import json
import os
from typing import Any, Dict, List, Optional, Tuple

__all__ = ["encode_query", "encode_json", "encode_multipart", "encode_raw", "in_method", "FileTypes"]

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
    try:
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"), default=_json_default).encode()
    except (TypeError, ValueError) as e:
        # Name the param that cannot be sent (only on failure: the happy path stays one dumps).
        for key, value in body.items():
            try:
                json.dumps(value, default=_json_default)
            except (TypeError, ValueError):
                raise type(e)(f"`{key}` cannot be sent as JSON: {e}") from None
        raise


def in_method(error: Exception, method: str) -> Exception:
    """The same kind of error, its message led by the method the bad param was given to."""
    try:
        if isinstance(error, OSError) and error.errno is not None:
            return type(error)(error.errno, f"{method}(): {error.strerror}", error.filename)
        return type(error)(f"{method}(): {error}")
    except Exception:  # an exception class with another signature: leave it as it is
        return error


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
        if getattr(value, "closed", False):
            raise ValueError(f"`{name}` is a closed file ({getattr(value, 'name', value)!r}): open it again, or pass its path")
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


# -- streamed multipart: a body read from the files as it is sent ---------------------------------

STREAM_CHUNK = 512 * 1024  # bytes read per write to the socket; larger ones cost the async reader threads memory


def _stream_source(name: str, value: Any) -> Tuple[Any, Any, Optional[str]]:
    """(filename, open() -> a readable positioned at the file's start, media type) for one file
    param, without reading it: a path is opened on each attempt, a file object rewound to where it
    stood (so a retry sends it again), bytes wrapped."""
    import mimetypes

    if isinstance(value, tuple):
        if not 2 <= len(value) <= 4:
            raise TypeError(f"Expected `{name}` as (filename, content[, mime[, headers]]), got a tuple of {len(value)}")
        _, opener, media = _stream_source(name, value[1])
        filename = value[0]
        media = value[2] if len(value) > 2 and value[2] else (
            (mimetypes.guess_type(filename)[0] or "application/octet-stream") if filename else None)
        return filename, opener, media
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value) if not isinstance(value, bytes) else value
        filename, opener = _UPLOAD, lambda: io.BytesIO(data)
    elif isinstance(value, os.PathLike):
        path = os.fspath(value)
        if not os.path.isfile(path):
            _read_file(name, value)  # raises the same error as an unstreamed call
        filename, opener = os.path.basename(path), lambda: open(path, "rb")
    elif isinstance(value, io.IOBase) or hasattr(value, "read"):
        start = value.tell() if hasattr(value, "tell") and (not hasattr(value, "seekable") or value.seekable()) else None

        def opener() -> Any:
            if start is not None:
                value.seek(start)
            return _Unclosed(value)
        filename = getattr(value, "name", None)
        filename = os.path.basename(filename) if isinstance(filename, str) else _UPLOAD
    else:
        return _read_file(name, value)  # raises the right TypeError
    return filename, opener, mimetypes.guess_type(filename)[0] or "application/octet-stream"


class _Unclosed:
    """A caller's file object lent to the encoder: read through, never closed by us."""

    def __init__(self, f: Any) -> None:
        self._f = f

    def read(self, n: int = -1) -> bytes:
        data = self._f.read(n)
        return data.encode() if isinstance(data, str) else data

    @property
    def len(self) -> int:
        f = self._f
        if hasattr(f, "len"):
            return f.len
        here = f.tell()
        end = f.seek(0, os.SEEK_END)
        f.seek(here)
        return end - here

    def close(self) -> None:
        pass


class _StreamedBody:
    """A multipart body made by requests-toolbelt's streaming encoder (with its progress monitor)
    anew on each iteration, so a retried request sends it again; sync and async iteration read it
    in STREAM_CHUNK pieces, the async one in a worker thread (file reads block)."""

    def __init__(self, fields: List[Tuple[str, Any]], openers: List[Tuple[str, Any, Any, Any]], progress: Any) -> None:
        try:
            from requests_toolbelt.multipart.encoder import MultipartEncoder
        except ImportError:
            raise ImportError("`progress=` streams the upload with requests-toolbelt: "
                              "pip install 'openai_table[uploads]'") from None

        self._fields, self._openers, self._progress = fields, openers, progress
        self.boundary = MultipartEncoder(fields=[]).boundary_value
        # the length, from a first encoder over the same fields (files opened, not read)
        encoder, opened = self._encoder()
        self.length = encoder.len
        for f in opened:
            f.close()
        self.content_type = encoder.content_type

    def _encoder(self) -> Tuple[Any, List[Any]]:
        from requests_toolbelt.multipart.encoder import MultipartEncoder

        opened, files = [], []
        for key, filename, opener, media in self._openers:
            f = opener()
            opened.append(f)
            files.append((key, (filename, f, media) if media else (filename, f)))
        return MultipartEncoder(fields=[*self._fields, *files], boundary=self.boundary), opened

    def _monitored(self, call: Any = None) -> Tuple[Any, List[Any]]:
        """The encoder behind its progress monitor; `call(fn, *args)` runs the callback (the async
        body hands it to the event loop, so `progress` runs there, not in the reading thread)."""
        from requests_toolbelt.multipart.encoder import MultipartEncoderMonitor

        encoder, opened = self._encoder()
        progress, last = self._progress, [-1]

        def report(monitor: Any) -> None:
            if monitor.bytes_read != last[0]:  # the monitor also calls back on the final empty read
                last[0] = monitor.bytes_read
                if call is None:
                    progress(monitor.bytes_read, monitor.len)
                else:
                    call(progress, monitor.bytes_read, monitor.len)
        return MultipartEncoderMonitor(encoder, report), opened

    def __iter__(self) -> Any:
        monitor, opened = self._monitored()
        try:
            while True:
                data = monitor.read(STREAM_CHUNK)
                if not data:
                    return
                yield data
        finally:
            for f in opened:
                f.close()


class _AsyncStreamedBody:
    def __init__(self, body: _StreamedBody) -> None:
        self._body = body

    async def __aiter__(self) -> Any:
        import asyncio

        monitor, opened = self._body._monitored(asyncio.get_running_loop().call_soon_threadsafe)
        try:
            while True:
                data = await asyncio.to_thread(monitor.read, STREAM_CHUNK)
                if not data:
                    return
                yield data
        finally:
            for f in opened:
                f.close()


def stream_multipart(body: Dict[str, Any], file_params: frozenset, parts: Optional[Dict[str, str]], progress: Any,
                     is_async: bool) -> Tuple[str, int, Any]:
    """(Content-Type with its boundary, Content-Length, the body to iterate) for a multipart form
    sent as it is read from its files, calling `progress(bytes sent, total)` as it goes. The parts
    are the same as `encode_multipart` makes (fields first, then files, as httpx orders them)."""
    fields: List[Tuple[str, Any]] = []
    openers: List[Tuple[str, Any, Any, Any]] = []
    for key, value in body.items():
        if key in file_params:
            for k, item in ([(f"{key}[]", v) for v in value] if isinstance(value, list) else [(key, value)]):
                filename, opener, media = _stream_source(key, item)
                openers.append((k, filename, opener, media))
        elif parts and key in parts:
            data = _content(key, value, parts[key])
            openers.append((key, None, (lambda d=data: io.BytesIO(d)), parts[key]))
        else:
            flat: List[Tuple[str, str]] = []
            _flatten(key, value, flat)
            fields.extend(flat)
    streamed = _StreamedBody(fields, openers, progress)
    return streamed.content_type, streamed.length, (_AsyncStreamedBody(streamed) if is_async else streamed)
