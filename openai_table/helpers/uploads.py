"""Sending big files: `uploads.upload_file_chunked` and the vector store uploads.

Files are never read whole. Each file (or each part of one) is a `FileSlice`, a window on the
file read as the request body goes out: the engine streams a multipart body when the call has a
`progress` callback (requests-toolbelt's streaming encoder), and these helpers always give one,
so a 2 GiB upload holds a few MiB at a time. `progress(bytes_sent, total)` here counts the file's
own bytes (all files' for a batch), from 0 to the total size.
"""

import io
import os
import threading
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Optional, Tuple

from .._types import NOT_GIVEN, is_given
from .._logs import log

if TYPE_CHECKING:
    from ..models.uploads import Upload
    from ..models.vector_stores import VectorStoreFile, VectorStoreFileBatch

__all__ = ["FileSlice", "upload_file_chunked", "upload_file_chunked_async", "DEFAULT_PART_SIZE"]

DEFAULT_PART_SIZE = 64 * 1024 * 1024  # the API's largest part


class FileSlice:
    """`length` bytes of a file from `start`, read on demand: a path (opened on first read, by
    this slice alone), bytes, or an open binary file (read in place, never closed here). It has
    `read`, `seek`, `tell` and `len` (the bytes left), what a streaming encoder needs; each read
    reports the slice's position to `on_read`."""

    def __init__(self, source: Any, start: int, length: int, on_read: Optional[Callable[["FileSlice"], None]] = None) -> None:
        self._source, self._start, self._length, self._on_read = source, start, length, on_read
        self._pos = 0
        self._fd: Any = None

    @property
    def len(self) -> int:
        return self._length - self._pos

    @property
    def position(self) -> int:
        return self._pos

    def _file(self) -> Any:
        if isinstance(self._source, (str, os.PathLike)):
            if self._fd is None:
                self._fd = open(self._source, "rb")
            return self._fd
        return self._source

    def read(self, n: int = -1) -> bytes:
        left = self._length - self._pos
        n = left if n is None or n < 0 else min(n, left)
        if n <= 0:
            return b""
        src = self._source
        if isinstance(src, (bytes, bytearray, memoryview)):
            data = bytes(memoryview(src)[self._start + self._pos:self._start + self._pos + n])
        else:
            f = self._file()
            f.seek(self._start + self._pos)
            data = f.read(n)
            if isinstance(data, str):
                data = data.encode()
            if not data:
                raise EOFError(f"the file ended {left} bytes before the size given")
        self._pos += len(data)
        if self._on_read is not None:
            self._on_read(self)
        return data

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._length}[whence]
        self._pos = max(0, min(self._length, base + offset))
        if self._on_read is not None:
            self._on_read(self)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def seekable(self) -> bool:
        return True

    def close(self) -> None:
        if self._fd is not None:
            self._fd.close()
            self._fd = None


class _Progress:
    """Adds up the positions of several slices (sent in parallel) for one callback. In the async
    helpers the slices are read in worker threads: `threadsafe()` hands each call to the event
    loop, in order, so the callback runs there."""

    def __init__(self, callback: Optional[Callable[[int, int], Any]], total: int, threadsafe: bool = False) -> None:
        if callback is not None and threadsafe:
            import asyncio

            call, user = asyncio.get_running_loop().call_soon_threadsafe, callback
            callback = lambda sent, total: call(user, sent, total)  # noqa: E731
        self.callback, self.total = callback, total
        self._at: Dict[FileSlice, int] = {}  # the slices themselves: an id() may be reused
        self._lock = threading.Lock()

    def __call__(self, piece: FileSlice) -> None:
        if self.callback is None:
            return
        with self._lock:  # the callback too: its calls go out in the order of the sums
            self._at[piece] = piece.position
            self.callback(sum(self._at.values()), self.total)


def _streamed(sent: int, total: int) -> None:
    """The engine streams a multipart body when given a progress callback; the slices count."""


def _stream() -> Dict[str, Any]:
    """`progress=` for the engine when requests-toolbelt (the `uploads` extra) is there: the body is
    then streamed from the slice. Without it each part or file is read into memory when sent, as
    the official SDK does, and the slices still report progress as they are read."""
    global _STREAM
    if _STREAM is None:
        import importlib.util

        _STREAM = {"progress": _streamed} if importlib.util.find_spec("requests_toolbelt") is not None else {}
    return _STREAM


_STREAM: Optional[Dict[str, Any]] = None


def _source(file: Any, name: str = "file") -> Tuple[Optional[str], Any, Any, int]:
    """(filename, media type or None, source for FileSlice, size) of a file param value, reading
    nothing: a path is stat'ed, a file object measured from where it stands."""
    if isinstance(file, tuple):
        if not 2 <= len(file) <= 3:
            raise TypeError(f"Expected `{name}` as (filename, content[, mime]), got a tuple of {len(file)}")
        _, _, source, size = _source(file[1], name)
        return file[0], (file[2] if len(file) > 2 else None), source, size
    if isinstance(file, (bytes, bytearray, memoryview)):
        return "upload", None, file, len(file)
    if isinstance(file, (str, os.PathLike)):
        if isinstance(file, str):
            raise TypeError(f"Expected `{name}` to be bytes, a PathLike, an open file or a (filename, content) tuple; "
                            f"got the str {file!r}: wrap a path in pathlib.Path(...)")
        path = os.fspath(file)
        return os.path.basename(path), None, path, os.stat(path).st_size
    if hasattr(file, "read") and hasattr(file, "seek"):
        here = file.tell()
        size = file.seek(0, io.SEEK_END) - here
        file.seek(here)
        filename = getattr(file, "name", None)
        return (os.path.basename(filename) if isinstance(filename, str) else "upload"), None, _Offset(file, here), size
    raise TypeError(f"Expected `{name}` to be bytes, a PathLike, a seekable open file or a (filename, content) tuple; "
                    f"got {type(file).__name__}")


class _Offset:
    """A caller's open file seen from where it stood: FileSlice offsets start there."""

    def __init__(self, f: Any, base: int) -> None:
        self._f, self._base = f, base

    def seek(self, offset: int) -> int:
        return self._f.seek(self._base + offset)

    def read(self, n: int) -> bytes:
        return self._f.read(n)


def _slice(file: Any, progress: _Progress) -> Tuple[Any, FileSlice]:
    """(the value to send as the file param, its slice): the whole file as one slice, with its
    filename (and media type) kept."""
    filename, media, source, size = _source(file)
    piece = FileSlice(source, 0, size, progress)
    return ((filename, piece, media) if media else (filename, piece)), piece


def _size(file: Any) -> int:
    return _source(file)[3]


# -- uploads.upload_file_chunked --------------------------------------------------------------------


def _plan(file: Any, filename: Optional[str], size: Optional[int], part_size: Optional[int]) -> Tuple[Any, str, int, List[Tuple[int, int]]]:
    if isinstance(file, (bytes, bytearray, memoryview)):
        if filename is None:
            raise TypeError("The `filename` argument must be given for in-memory files")
        if size is None:
            raise TypeError("The `bytes` argument must be given for in-memory files")
        source: Any = file
    else:
        source = os.fspath(file)
        filename = filename or os.path.basename(source)
        if size is None:
            size = os.stat(source).st_size
    part_size = part_size or DEFAULT_PART_SIZE
    if part_size <= 0:
        raise ValueError(f"`part_size` must be positive, got {part_size}")
    ranges = [(start, min(part_size, size - start)) for start in range(0, size, part_size)]
    return source, filename, size, ranges


def upload_file_chunked(self, *, file: Any, mime_type: str, purpose: str, filename: Optional[str] = None,
                        bytes: Optional[int] = None, part_size: Optional[int] = None, md5: Any = NOT_GIVEN,
                        progress: Optional[Callable[[int, int], Any]] = None) -> "Upload":
    """Upload a file of any size (a path, or bytes with `filename` and `bytes`) in parts of
    `part_size` (64 MiB by default), one after another, each streamed from the file; then complete
    the Upload with the part ids in order and return it. A failed part cancels the Upload and
    raises. `progress(bytes_sent, total)` follows the file's bytes."""
    source, filename, size, ranges = _plan(file, filename, bytes, part_size)
    upload = self.create(bytes=size, filename=filename, mime_type=mime_type, purpose=purpose)
    counter = _Progress(progress, size)
    part_ids: List[str] = []
    try:
        for start, length in ranges:
            piece = FileSlice(source, start, length, counter)
            try:
                part = self.parts.create(upload.id, data=piece, **_stream())
            finally:
                piece.close()
            log.info("Uploaded part %s of upload %s", part.id, upload.id)
            part_ids.append(part.id)
    except BaseException:
        _cancel(self, upload.id)
        raise
    return self.complete(upload.id, part_ids=part_ids, **({"md5": md5} if is_given(md5) else {}))


async def upload_file_chunked_async(self, *, file: Any, mime_type: str, purpose: str, filename: Optional[str] = None,
                                    bytes: Optional[int] = None, part_size: Optional[int] = None, md5: Any = NOT_GIVEN,
                                    progress: Optional[Callable[[int, int], Any]] = None, max_concurrency: int = 4) -> "Upload":
    """Upload a file of any size (a path, or bytes with `filename` and `bytes`) in parts of
    `part_size` (64 MiB by default), up to `max_concurrency` at once, each streamed from the file;
    then complete the Upload with the part ids in order and return it. A failed part cancels the
    other parts and the Upload, and raises. `progress(bytes_sent, total)` follows the file's bytes."""
    import asyncio

    source, filename, size, ranges = _plan(file, filename, bytes, part_size)
    upload = await self.create(bytes=size, filename=filename, mime_type=mime_type, purpose=purpose)
    counter = _Progress(progress, size, threadsafe=True)
    part_ids: List[Optional[str]] = [None] * len(ranges)
    gate = asyncio.Semaphore(max(1, max_concurrency))

    async def send(i: int, start: int, length: int) -> None:
        async with gate:
            piece = FileSlice(source, start, length, counter)
            try:
                part = await self.parts.create(upload.id, data=piece, **_stream())
            finally:
                piece.close()
            log.info("Uploaded part %s of upload %s", part.id, upload.id)
            part_ids[i] = part.id

    tasks = [asyncio.ensure_future(send(i, start, length)) for i, (start, length) in enumerate(ranges)]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await _cancel_async(self, upload.id)
        raise
    return await self.complete(upload.id, part_ids=part_ids, **({"md5": md5} if is_given(md5) else {}))


def _cancel(self: Any, upload_id: str) -> None:
    try:
        self.cancel(upload_id)
    except Exception as e:  # the part's error is the one to raise
        log.warning("Could not cancel upload %s after a failed part: %s", upload_id, e)


async def _cancel_async(self: Any, upload_id: str) -> None:
    try:
        await self.cancel(upload_id)
    except Exception as e:
        log.warning("Could not cancel upload %s after a failed part: %s", upload_id, e)


# -- vector stores ------------------------------------------------------------------------------


def _create_file(client: Any, file: Any, counter: _Progress) -> Any:
    value, piece = _slice(file, counter)
    try:
        return client.files.create(file=value, purpose="assistants", **_stream())
    finally:
        piece.close()


async def _create_file_async(client: Any, file: Any, counter: _Progress) -> Any:
    value, piece = _slice(file, counter)
    try:
        return await client.files.create(file=value, purpose="assistants", **_stream())
    finally:
        piece.close()


def vector_store_file_upload(self, *, vector_store_id: str, file: Any, chunking_strategy: Any = NOT_GIVEN,
                             progress: Optional[Callable[[int, int], Any]] = None) -> "VectorStoreFile":
    """Upload a file (purpose `assistants`, streamed) and attach it to the vector store; the
    store processes it in the background (`upload_and_poll` waits for that)."""
    file_obj = _create_file(self._client, file, _Progress(progress, _size(file)))
    return self.create(vector_store_id, file_id=file_obj.id, chunking_strategy=chunking_strategy)


async def vector_store_file_upload_async(self, *, vector_store_id: str, file: Any, chunking_strategy: Any = NOT_GIVEN,
                                         progress: Optional[Callable[[int, int], Any]] = None) -> "VectorStoreFile":
    """Upload a file (purpose `assistants`, streamed) and attach it to the vector store; the
    store processes it in the background (`upload_and_poll` waits for that)."""
    file_obj = await _create_file_async(self._client, file, _Progress(progress, _size(file), threadsafe=True))
    return await self.create(vector_store_id, file_id=file_obj.id, chunking_strategy=chunking_strategy)


def vector_store_file_upload_and_poll(self, *, vector_store_id: str, file: Any, attributes: Any = NOT_GIVEN,
                                      poll_interval_ms: Any = NOT_GIVEN, chunking_strategy: Any = NOT_GIVEN,
                                      progress: Optional[Callable[[int, int], Any]] = None) -> "VectorStoreFile":
    """Upload a file (streamed), attach it to the vector store and wait until it is processed."""
    file_obj = _create_file(self._client, file, _Progress(progress, _size(file)))
    return self.create_and_poll(file_obj.id, vector_store_id=vector_store_id, attributes=attributes,
                                poll_interval_ms=poll_interval_ms, chunking_strategy=chunking_strategy)


async def vector_store_file_upload_and_poll_async(self, *, vector_store_id: str, file: Any, attributes: Any = NOT_GIVEN,
                                                  poll_interval_ms: Any = NOT_GIVEN, chunking_strategy: Any = NOT_GIVEN,
                                                  progress: Optional[Callable[[int, int], Any]] = None) -> "VectorStoreFile":
    """Upload a file (streamed), attach it to the vector store and wait until it is processed."""
    file_obj = await _create_file_async(self._client, file, _Progress(progress, _size(file), threadsafe=True))
    return await self.create_and_poll(file_obj.id, vector_store_id=vector_store_id, attributes=attributes,
                                      poll_interval_ms=poll_interval_ms, chunking_strategy=chunking_strategy)


def file_batch_upload_and_poll(self, vector_store_id: str, *, files: Iterable[Any], max_concurrency: int = 5,
                               file_ids: List[str] = [], poll_interval_ms: Any = NOT_GIVEN,
                               chunking_strategy: Any = NOT_GIVEN, progress: Optional[Callable[[int, int], Any]] = None) -> "VectorStoreFileBatch":
    """Upload the files, `max_concurrency` at a time (threads), each streamed; then attach them
    (after `file_ids`, in the order given) to the vector store as one batch and wait until none is
    in progress. The first failed upload raises, and no batch is made."""
    from concurrent.futures import ThreadPoolExecutor

    files = list(files)
    counter = _Progress(progress, sum(_size(f) for f in files))
    with ThreadPoolExecutor(max_workers=max(1, max_concurrency)) as pool:
        futures = [pool.submit(_create_file, self._client, f, counter) for f in files]
        try:
            uploaded = [future.result() for future in futures]
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)  # the ones not started yet are not sent
            raise
    return self.create_and_poll(vector_store_id, file_ids=[*file_ids, *(f.id for f in uploaded)],
                                poll_interval_ms=poll_interval_ms, chunking_strategy=chunking_strategy)


async def file_batch_upload_and_poll_async(self, vector_store_id: str, *, files: Iterable[Any], max_concurrency: int = 5,
                                           file_ids: List[str] = [], poll_interval_ms: Any = NOT_GIVEN,
                                           chunking_strategy: Any = NOT_GIVEN,
                                           progress: Optional[Callable[[int, int], Any]] = None) -> "VectorStoreFileBatch":
    """Upload the files, `max_concurrency` at a time, each streamed; then attach them (after
    `file_ids`, in the order given) to the vector store as one batch and wait until none is in
    progress. The first failed upload cancels the others and raises; no batch is made."""
    import asyncio

    files = list(files)
    counter = _Progress(progress, sum(_size(f) for f in files), threadsafe=True)
    gate = asyncio.Semaphore(max(1, max_concurrency))

    async def send(f: Any) -> Any:
        async with gate:
            return await _create_file_async(self._client, f, counter)

    tasks = [asyncio.ensure_future(send(f)) for f in files]
    try:
        uploaded = await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    return await self.create_and_poll(vector_store_id, file_ids=[*file_ids, *(f.id for f in uploaded)],
                                      poll_interval_ms=poll_interval_ms, chunking_strategy=chunking_strategy)
