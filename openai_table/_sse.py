"""Server-Sent Events (``text/event-stream``) decoder working on raw bytes.

Implements the WHATWG event-stream parsing rules
(https://html.spec.whatwg.org/multipage/server-sent-events.html#parsing-an-event-stream)
with one deliberate deviation, documented in :meth:`SSEDecoder.flush`.

The sync (:meth:`SSEDecoder.iter_bytes`) and async (:meth:`SSEDecoder.aiter_bytes`)
entry points are thin wrappers around one pure, synchronous core:
:meth:`SSEDecoder.feed` (one chunk in, a list of complete events out) and
:meth:`SSEDecoder.flush` (end of stream).

Performance notes: there is no per-byte Python loop. Only the bytes up to the
last line terminator of a chunk are decoded (line terminators are ASCII, so a
multi-byte UTF-8 character can never straddle them), the rest is kept as
pending bytes. Chunks without any terminator are just appended to the pending
buffer. Blocks of the form ``data: ...\\n\\n`` are turned into events without
going through the general per-line field parser.
"""

from __future__ import annotations

import json
from typing import Any, AsyncIterable, AsyncIterator, Iterable, Iterator, List, Optional

__all__ = ["ServerSentEvent", "SSEDecoder"]

_BOM = b"\xef\xbb\xbf"


class ServerSentEvent:
    """One dispatched event.

    ``event`` is ``None`` when no (or an empty) ``event:`` field was given, i.e.
    the spec's default type ``"message"``. ``id`` is the decoder's last event id
    at dispatch time (it persists across events, per the spec), ``None`` if no
    ``id:`` field was ever seen. ``retry`` is the ``retry:`` value (milliseconds)
    given inside this event, if any.
    """

    __slots__ = ("event", "data", "id", "retry")

    def __init__(
        self,
        event: Optional[str] = None,
        data: str = "",
        id: Optional[str] = None,
        retry: Optional[int] = None,
    ) -> None:
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry

    def json(self) -> Any:
        return json.loads(self.data)

    def __repr__(self) -> str:
        return (
            f"ServerSentEvent(event={self.event!r}, data={self.data!r}, "
            f"id={self.id!r}, retry={self.retry!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return (
            self.data == other.data
            and self.event == other.event
            and self.id == other.id
            and self.retry == other.retry
        )

    __hash__ = None  # type: ignore[assignment]  # mutable


class SSEDecoder:
    """Incremental event-stream decoder.

    Usage::

        decoder = SSEDecoder()
        for event in decoder.iter_bytes(response.iter_bytes()):
            ...

    or, driving it by hand, ``decoder.feed(chunk)`` for each chunk followed by
    ``decoder.flush()`` at end of stream. After ``flush()`` the decoder is ready
    for a new stream; ``last_event_id`` is kept (it is meant to survive
    reconnections).
    """

    __slots__ = (
        "_pending",
        "_bom_checked",
        "_skip_lf",
        "_data",
        "_event",
        "_retry",
        "_fast",
        "last_event_id",
    )

    def __init__(self) -> None:
        self.last_event_id: Optional[str] = None
        self._reset_stream()

    def _reset_stream(self) -> None:
        # Bytes after the last line terminator seen so far (never contains \r or \n).
        self._pending = bytearray()
        # Whether the start of the stream has been checked for a BOM.
        self._bom_checked = False
        # The previous chunk ended with \r: a \n starting the next chunk belongs
        # to the same (\r\n) line ending and must be dropped.
        self._skip_lf = False
        self._data: List[str] = []
        self._event: Optional[str] = None
        self._retry: Optional[int] = None
        # True iff nothing is pending at all (no bytes, no \r, BOM checked, no
        # fields set): the state in which the whole-events fast path is valid.
        self._fast = False

    # ------------------------------------------------------------------ core

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        """Consume one chunk of bytes and return the events it completed."""
        # ``10 in chunk`` / ``13 in chunk`` are memchr calls, much cheaper than
        # ``b"\n" in chunk``. Anything involving \r, a BOM check or an empty
        # chunk goes to the general (slower, complete) path.
        if 13 in chunk or self._skip_lf or not self._bom_checked or not chunk:
            if self._fast and chunk[-4:] == b"\r\n\r\n":
                # Fast path for servers using \r\n (e.g. sse-starlette's default):
                # clean state and whole events.
                text = chunk.decode("utf-8", "replace").replace("\r\n", "\n")
                if "\r" not in text:
                    if text.startswith("data: ") and text.find("\n") == len(text) - 2:
                        return [ServerSentEvent(None, text[6:-2], self.last_event_id, None)]
                    events: List[ServerSentEvent] = []
                    self._feed_blocks(text, events)  # the state is clean again afterwards
                    return events
            events = self._feed_general(chunk)
            self._fast = (
                not self._pending
                and not self._skip_lf
                and self._bom_checked
                and not self._data
                and self._event is None
                and self._retry is None
            )
            return events

        # From here on "\n" is the only line terminator.
        if 10 not in chunk:
            # No complete line: just buffer.
            self._pending += chunk
            self._fast = False
            return []

        if self._fast:
            # Clean state, nothing pending.
            if chunk[-2:] == b"\n\n":
                # The overwhelmingly common case: whole events, typically
                # exactly one ``data: {...}\n\n``.
                text = chunk.decode("utf-8", "replace")
                if text.startswith("data: ") and text.find("\n") == len(text) - 2:
                    return [ServerSentEvent(None, text[6:-2], self.last_event_id, None)]
                events = []
                self._feed_blocks(text, events)  # the state is clean again afterwards
                return events
            end = chunk.rfind(b"\n") + 1
            text = chunk[:end].decode("utf-8", "replace")
        else:
            end = chunk.rfind(b"\n") + 1
            pending = self._pending
            if pending:
                pending += chunk[:end]
                text = pending.decode("utf-8", "replace")
            else:
                text = chunk[:end].decode("utf-8", "replace")
        self._pending = bytearray(chunk[end:])

        if text[-2:] == "\n\n":
            if (
                text.startswith("data: ")
                and text.find("\n") == len(text) - 2
                and not self._data
                and self._event is None
                and self._retry is None
            ):
                # E.g. the tail of a ``data: {...}`` line sliced across chunks.
                events = [ServerSentEvent(None, text[6:-2], self.last_event_id, None)]
            else:
                events = []
                self._feed_blocks(text, events)
            # All fields were just dispatched/reset by the final blank line.
            self._fast = not self._pending
        else:
            events = []
            lines = text.split("\n")
            lines.pop()  # the empty string after the final terminator
            self._feed_lines(lines, events)
            self._fast = (
                not self._pending and not self._data and self._event is None and self._retry is None
            )
        return events

    def _feed_general(self, chunk: bytes) -> List[ServerSentEvent]:
        """Handles every case: empty chunks, \\r and \\r\\n line endings, BOM."""
        if not chunk:
            return []
        if self._skip_lf:
            self._skip_lf = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
                if not chunk:
                    return []
        if not self._bom_checked:
            head = bytes(self._pending) + chunk
            if len(head) < 3 and _BOM.startswith(head):
                self._pending = bytearray(head)  # maybe a BOM split across chunks
                return []
            self._bom_checked = True
            self._pending = bytearray()
            chunk = head[3:] if head.startswith(_BOM) else head

        # End of the last complete line in this chunk.
        if 13 in chunk:
            end = max(chunk.rfind(b"\n"), chunk.rfind(b"\r")) + 1
        else:
            end = chunk.rfind(b"\n") + 1
        if not end:
            self._pending += chunk
            return []

        pending = self._pending
        if pending:
            pending += chunk[:end]
            complete: Any = pending
            self._pending = bytearray(chunk[end:])
        else:
            complete = chunk if end == len(chunk) else chunk[:end]
            if end != len(chunk):
                self._pending = bytearray(chunk[end:])
        if end == len(chunk) and chunk[-1] == 13:
            # The chunk ends with b"\r": it may be the first half of a \r\n.
            self._skip_lf = True

        text = complete.decode("utf-8", "replace")
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        # ``text`` now ends with "\n" and "\n" is the only line terminator.
        events: List[ServerSentEvent] = []
        if text.endswith("\n\n"):
            self._feed_blocks(text, events)
        else:
            lines = text.split("\n")
            lines.pop()  # the empty string after the final terminator
            self._feed_lines(lines, events)
        return events

    def flush(self) -> List[ServerSentEvent]:
        """Signal end of stream; return the events it completes, reset the stream state.

        Deviation from the WHATWG spec (which discards an incomplete final
        event): OpenAI-compatible servers sometimes end the stream with e.g.
        ``data: [DONE]\\n`` (or even without the final newline) and no blank
        line. An unterminated final line is therefore processed as a line, and
        a pending event is dispatched if its data buffer is non-empty.
        """
        events: List[ServerSentEvent] = []
        if self._pending:
            # (If the BOM check is still pending, these bytes are a strict prefix
            # of a BOM, i.e. not a BOM: decode them as-is.)
            self._feed_lines([self._pending.decode("utf-8", "replace")], events)
        self._feed_lines([""], events)  # dispatch whatever is pending
        self._reset_stream()
        return events

    def _feed_blocks(self, text: str, events: List[ServerSentEvent]) -> None:
        """Fast path for text ending with a blank line.

        ``text`` is split on "\\n\\n" into blocks B1..Bk (``text`` == B1 + "\\n\\n"
        + ... + Bk + "\\n\\n"); the lines of ``Bi + "\\n\\n"`` are exactly
        ``Bi.split("\\n") + [""]``. A block that is a single ``data:`` line with
        a clean parser state becomes an event directly.
        """
        append = events.append
        for block in text[:-2].split("\n\n"):
            if (
                block.startswith("data:")
                and "\n" not in block
                and not self._data
                and self._event is None
                and self._retry is None
            ):
                value = block[6:] if block[5:6] == " " else block[5:]
                append(ServerSentEvent(None, value, self.last_event_id, None))
            else:
                lines = block.split("\n")
                lines.append("")
                self._feed_lines(lines, events)

    def _feed_lines(self, lines: List[str], events: List[ServerSentEvent]) -> None:
        """Process complete lines (without terminators) per the spec's field rules."""
        data = self._data
        for line in lines:
            if not line:
                # Blank line: dispatch. The spec's "data buffer" is non-empty
                # iff at least one data line was seen (each appends value + "\n").
                if data:
                    events.append(
                        ServerSentEvent(self._event, "\n".join(data), self.last_event_id, self._retry)
                    )
                    data = self._data = []
                self._event = None
                self._retry = None
                continue
            if line[0] == ":":  # comment
                continue
            colon = line.find(":")
            if colon == -1:
                field = line
                value = ""
            else:
                field = line[:colon]
                value = line[colon + 1 :]
                if value[:1] == " ":
                    value = value[1:]
            if field == "data":
                data.append(value)
            elif field == "event":
                self._event = value or None  # empty type means the default, "message"
            elif field == "id":
                if "\0" not in value:
                    self.last_event_id = value
            elif field == "retry":
                if value.isascii() and value.isdigit():
                    self._retry = int(value)
            # any other field is ignored

    # ------------------------------------------------------------- adapters

    def iter_bytes(self, chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
        """Decode an iterable of byte chunks into events."""
        feed = self.feed
        for chunk in chunks:
            events = feed(chunk)
            if events:
                yield from events
        yield from self.flush()

    async def aiter_bytes(self, chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
        """Decode an async iterable of byte chunks into events."""
        feed = self.feed
        async for chunk in chunks:
            events = feed(chunk)
            if events:
                for event in events:
                    yield event
        for event in self.flush():
            yield event
