"""Run many requests: concurrently under the rate-limit headers, or through the Batch API.

    from openai_table import OpenAI
    from openai_table.helpers import bulk

    requests = [{"custom_id": f"r{i}", "method": "POST", "url": "/v1/chat/completions",
                 "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": q}]}}
                for i, q in enumerate(questions)]
    summary = bulk.Summary()
    for result in bulk.run(OpenAI(), requests, results="results.jsonl", summary=summary):
        print(result["custom_id"], result["response"]["status_code"])
    print(summary)   # done, failed, retried, tokens

Requests are the Batch API's JSONL lines (`custom_id`, `method`, `url`, `body`), as an iterable of
dicts or the path of a JSONL file. Results have the Batch API's output shape:
`{"id", "custom_id", "response": {"status_code", "request_id", "body"}, "error"}`.

- `mode="concurrent"` (default) sends them with at most `max_concurrency` in flight, throttled by
  the `x-ratelimit-limit/remaining/reset-requests` and `-tokens` headers (a request's tokens are
  estimated: body characters / 4 plus its max tokens), retrying 429s, 5xx and connection errors
  up to the client's `max_retries` (a 429 waits for its window's reset, and its `retry-after`).
  Once the server has answered, nothing is sent that the headers don't leave room for (see
  "throttling" below); only the first `max_concurrency` requests, sent before any answer, can
  meet a 429 (given headers that tell the truth, and no other client spending the same limit).
  A sync client is copied into an `AsyncOpenAI` (its own `http_client` is not reused);
  pass an `AsyncOpenAI` to keep yours.
- `mode="batch"` writes the JSONL, uploads it (`files.create(purpose="batch")`), creates the
  batch, polls it every `poll_interval_ms` until it ends, and yields the lines of its output and
  error files (the Batch API's own results).

With `results=PATH` every result is appended to that JSONL file as it arrives, and custom_ids
already there are skipped: an interrupted run started again finishes the rest. Stopping early
(`break`, Ctrl-C, closing the generator) lets the requests already sent finish and be written;
those not sent yet, and those waiting to be retried, are left for the next run, so none is lost
or sent twice. In batch mode the batch's id waits in `PATH.batch` until its results are written:
a stopped run resumed picks that batch up again rather than creating another.
`progress=` takes a callable(done, total), called after each result, or `True` for a bar on
stderr: tqdm's if installed (`pip install "openai_table[progress]"`), else rich's, else a plain
`bulk: done/total done` line at most once a second.
"""

import asyncio
import bisect
import json
import math
import os
import pathlib
import queue
import re
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Any, AsyncIterator, Callable, Dict, Iterable, Iterator, List, Optional, Set, Tuple, Union

import httpx

__all__ = ["run", "arun", "Summary", "parse_duration", "estimate_tokens", "load_requests"]

TERMINAL = {"completed", "failed", "expired", "cancelled"}


@dataclass
class Summary:
    """The run's totals, filled in as it goes (`rate_limited`: 429s received)."""

    done: int = 0
    failed: int = 0
    retried: int = 0
    skipped: int = 0
    tokens: int = 0
    rate_limited: int = 0  # 429s received
    elapsed: float = 0.0
    first_429_at: Optional[float] = None  # time.monotonic() when the first 429 came back
    batch_id: Optional[str] = None

    def __str__(self) -> str:
        return (f"done {self.done}, failed {self.failed}, retried {self.retried}, skipped {self.skipped}, "
                f"tokens {self.tokens}, 429s {self.rate_limited}, {self.elapsed:.2f} s")


_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def parse_duration(value: Optional[str]) -> Optional[float]:
    """'1s', '6m0s', '20ms', '1h2m3.5s', or a bare number of seconds -> seconds."""
    if value is None:
        return None
    value = value.strip()
    try:
        return float(value)
    except ValueError:
        pass
    parts = re.findall(r"(\d+(?:\.\d+)?)(ms|h|m|s)", value)
    if not parts or "".join(n + u for n, u in parts) != value:
        return None
    return sum(float(n) * _UNITS[u] for n, u in parts)


def estimate_tokens(body: Any) -> int:
    """A rough count: characters of the JSON body / 4, plus the completion tokens it may spend."""
    text = json.dumps(body, ensure_ascii=False) if not isinstance(body, str) else body
    est = len(text) // 4 + 1
    if isinstance(body, dict):
        for key in ("max_completion_tokens", "max_output_tokens", "max_tokens"):
            if isinstance(body.get(key), int):
                est += body[key]
                break
    return est


def load_requests(requests: Union[str, os.PathLike, Iterable[Dict[str, Any]]]) -> Iterator[Dict[str, Any]]:
    if isinstance(requests, (str, os.PathLike)):
        with open(requests, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)
    else:
        yield from requests


def _done_ids(results: Optional[Union[str, os.PathLike]]) -> Set[str]:
    done: Set[str] = set()
    if results and os.path.exists(results):
        with open(results, encoding="utf-8") as f:
            for line in f:
                try:
                    done.add(json.loads(line)["custom_id"])
                except (ValueError, KeyError, TypeError):
                    continue  # a line cut short by a crash: that request runs again
    return done


def _append(results: Union[str, os.PathLike]) -> Any:
    """The results file, opened to append; a last line cut short (a crash mid-write) is ended
    first, so it stays one unreadable line (its request runs again) and the next result is whole."""
    f = open(results, "a+b")
    if f.tell() > 0:
        f.seek(-1, os.SEEK_END)
        if f.read(1) != b"\n":
            f.write(b"\n")
    f.close()
    return open(results, "a", encoding="utf-8")


def _check(req: Dict[str, Any], seen: Set[str]) -> None:
    cid = req.get("custom_id")
    if not isinstance(cid, str) or not cid:
        raise ValueError(f"each request needs a custom_id: {req!r}")
    if cid in seen:
        raise ValueError(f"duplicate custom_id {cid!r}")
    seen.add(cid)


def _path(url: str) -> str:
    # The Batch API's urls start with /v1; the client's base URL already ends with it.
    return url[3:] if url.startswith("/v1/") else url


# -- throttling -----------------------------------------------------------------------------
#
# Each limit (requests, tokens) as the headers describe it: `limit` per window; every answer says
# what is left of the window it was made in (`x-ratelimit-remaining-*`) and how long until that
# window resets to the full limit (`x-ratelimit-reset-*`). The runner keeps `remaining`, a LOWER
# bound of what the server will still accept, takes each send's cost from it, and sends only what
# fits. Why it stays a lower bound (with one client spending the limit):
#
# 1. An answer to a request sent at `t_send` and received at `t_recv`, saying R left and a reset in
#    X, was made at a server time s in [t_send, t_recv]: its window ends at T = s + X, somewhere in
#    I = [t_send + X, t_recv + X] (widened by `margin` for the header's rounding).
# 2. Windows: answers whose intervals overlap are of the same window when the two intervals'
#    lengths add up to less than the longest reset seen (a window is at least that long, so two
#    different windows' ends are further apart). Such answers are grouped; the group's interval is
#    the intersection of theirs. An answer not grouped so surely starts a group of its own.
# 3. Bound from a window's answers: in one window R only falls, so the answer with the least R
#    arrived after all the others of its group and its R counts them. What may reach the server
#    after it: the requests in flight, and those answered since it was sent that are neither of its
#    group nor of a group surely earlier. R less those is a bound, in that window and any later.
# 4. Bound from a reset: once now >= a group's hi, its window has ended, and the server's current
#    window began at or after the group's lo. What may have reached it: every request in flight and
#    every one answered since lo, again less the group's own and those of groups surely earlier.
#    The limit less those is a bound.
# 5. Every bound holds when it is made and is kept holding by taking each send from it, so the
#    runner keeps the greatest. A 429 is an answer saying R = 0 (its reset, else its retry-after,
#    else 1 s); unless its window has already ended, it lowers the bound (min) to what it says:
#    a 429 means something the bounds don't see (another client on the same key, say).
# So a window resetting between an answer and the next send only leaves budget unused; nothing
# over the limit goes out once an answer with these headers has come back. With nothing known yet
# (the first requests, or no headers) nothing is held back; with the bound spent, nothing in flight
# and no reset pending, one request goes as a probe.


class _Window:
    __slots__ = ("lo", "hi", "refilled", "least", "least_sent", "said")

    def __init__(self, lo: float, hi: float, said: bool = True) -> None:
        self.lo, self.hi, self.refilled = lo, hi, False
        self.said = said  # False: no reset was said, only a wait (retry-after, or 1 s): no refill at its end
        self.least = math.inf  # the least remaining its answers said ...
        self.least_sent = 0.0  # ... and when that request was sent


class _Budget:
    """One limit (requests or tokens): a lower bound of what the server still accepts."""

    def __init__(self, kind: str, margin: float) -> None:
        self.kind = kind
        self.margin = margin
        self.limit: Optional[float] = None
        self.remaining: Optional[float] = None  # None: nothing known, nothing held back
        self.windows: List[_Window] = []  # groups of answers of one window (recent ones)
        self.longest_reset = 0.0
        self.in_flight = 0.0
        self._times: List[float] = []  # when answers came back (in order) ...
        self._cum: List[float] = []  # ... the running total of their costs ...
        self._costs: List[float] = []
        self._windows: List[Optional[_Window]] = []  # ... and the window each was placed in
        self._total = 0.0
        self.oldest_send: Callable[[], Optional[float]] = lambda: None

    def answered_since(self, t: float) -> float:
        """Cost of the requests answered after time t."""
        i = bisect.bisect_left(self._times, t)
        return self._total - (self._cum[i - 1] if i else 0.0)

    def refresh(self, now: float) -> None:
        for w in self.windows:
            if not w.refilled and w.hi <= now:
                w.refilled = True
                if self.limit is not None and w.said:
                    self._keep(self.limit - self.in_flight - self._landed_after(w, w.lo))
        if len(self.windows) > 64:  # keep those still to end, and the latest others
            ended = [w for w in self.windows if w.refilled]
            self.windows = [w for w in self.windows if not w.refilled or w in ended[-32:]]

    def _keep(self, bound: float) -> None:
        self.remaining = bound if self.remaining is None else max(self.remaining, bound)

    def _landed_after(self, window: _Window, since: float) -> float:
        """Cost of the requests answered after `since` that may have reached the server after
        those of `window` (not of it, nor of a window surely before it)."""
        total = 0.0
        # From the first answer received at `since` itself: one that came back at that very
        # instant (no latency on the clock's scale) may still have reached the server later.
        for i in range(bisect.bisect_left(self._times, since), len(self._times)):
            w = self._windows[i]
            if w is window or (w is not None and w.hi <= window.lo):
                continue  # arrived in that window, or in one surely before it
            total += self._costs[i]
        return total

    def wait(self, cost: float, now: float) -> Optional[float]:
        """Seconds before `cost` may go (0: now; None: until an answer comes back)."""
        self.refresh(now)
        if self.remaining is None:
            return 0.0
        need = min(cost, self.limit) if self.limit else cost  # a request bigger than the limit waits for a whole window
        if self.remaining >= need:
            return 0.0
        pending = [w.hi for w in self.windows if not w.refilled]
        if pending:
            return max(min(pending) - now, 0.001)
        return 0.0 if self.in_flight <= 0 else None  # nothing in flight can tell more: a probe

    def take(self, cost: float) -> None:
        if self.remaining is not None:
            self.remaining -= cost
        self.in_flight += cost

    def answer(self, cost: float, t_send: float, t_recv: float, remaining: Optional[float], reset: Optional[float],
               limit: Optional[float]) -> Optional[_Window]:
        """An answer came back; `remaining` and `reset` from its headers (None: not said).
        Returns the window it was placed in (None: the headers didn't say)."""
        self.in_flight -= cost
        if limit is not None:
            self.limit = limit
        window = None
        if remaining is not None and reset is not None:
            window = self.place(t_send, t_recv, reset)
            if remaining < window.least:
                window.least, window.least_sent = remaining, t_send
            self._keep(window.least - self.in_flight - self._landed_after(window, window.least_sent))
        self._times.append(t_recv)
        self._costs.append(cost)
        self._windows.append(window)
        self._total += cost
        self._cum.append(self._total)
        if len(self._times) >= 4096:
            self._prune(t_send)
        return window

    def refused(self, window: _Window, t_send: float) -> None:
        """A 429 placed in `window`: nothing left there (unless that window has already ended)."""
        if not window.refilled:
            self._lower(0.0 - self.in_flight - self._landed_after(window, t_send))

    def hold(self, t_send: float, t_recv: float, wait: float) -> None:
        """A 429 naming no reset: nothing for `wait` s; then, with nothing known, a probe."""
        self.windows.append(_Window(t_send + wait, t_recv + wait + self.margin, said=False))
        self._lower(0.0 - self.in_flight)

    def _lower(self, bound: float) -> None:
        self.remaining = bound if self.remaining is None else min(self.remaining, bound)

    def place(self, t_send: float, t_recv: float, reset: float) -> _Window:
        """The window an answer was made in (see 2. above)."""
        self.longest_reset = max(self.longest_reset, reset)
        lo, hi = t_send + reset - self.margin, t_recv + reset + self.margin
        for w in reversed(self.windows):
            if w.said and lo <= w.hi and w.lo <= hi and (hi - lo) + (w.hi - w.lo) < self.longest_reset:
                w.lo, w.hi = max(w.lo, lo), min(w.hi, hi)  # the same window: its end is in both intervals
                return w
        w = _Window(lo, hi)
        self.windows.append(w)
        return w

    def _prune(self, t_send: float) -> None:
        # Keep the answers a later question may ask about: since the oldest send in flight, or the
        # earliest window still to end.
        oldest = self.oldest_send()
        keep_from = min([t_send] + ([oldest] if oldest is not None else [])
                        + [w.lo for w in self.windows if not w.refilled])
        i = bisect.bisect_right(self._times, keep_from)
        if i > len(self._times) // 2:
            base = self._cum[i - 1]
            del self._times[:i], self._cum[:i], self._costs[:i], self._windows[:i]
            self._cum = [c - base for c in self._cum]
            self._total -= base


def _header_float(headers: httpx.Headers, name: str) -> Optional[float]:
    value = headers.get(name)
    try:
        return None if value is None else float(value)
    except ValueError:
        return None


class _Stopped(Exception):
    pass


class _Limiter:
    """The two budgets; `acquire` waits until a request fits both, `release` reads its answer."""

    def __init__(self, margin: float = 0.01, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.requests = _Budget("requests", margin)
        self.tokens = _Budget("tokens", margin)
        self.sends: Dict[int, float] = {}  # in flight: ticket -> send time
        self._next = 0
        self._changed: Optional["asyncio.Future[None]"] = None
        self.stopped = False
        oldest = lambda: min(self.sends.values(), default=None)  # noqa: E731
        self.requests.oldest_send = self.tokens.oldest_send = oldest

    def delay(self, tokens: int, now: float) -> Optional[float]:
        """Seconds before a request of `tokens` may go: 0 now, None when only an answer can tell."""
        waits = [self.requests.wait(1, now), self.tokens.wait(tokens, now)]
        if all(w is not None and w <= 0 for w in waits):
            return 0.0
        delay = max((w for w in waits if w is not None), default=0.0)
        return delay if delay > 0 else None

    def take(self, tokens: int, now: float) -> Tuple[int, float]:
        """Count a request as sent at `now`; its ticket (id, send time) goes back to `release`."""
        self.requests.take(1)
        self.tokens.take(tokens)
        self._next += 1
        self.sends[self._next] = now
        return self._next, now

    async def acquire(self, tokens: int) -> Tuple[int, float]:
        """Wait until one request of `tokens` fits; returns its ticket."""
        while True:
            if self.stopped:
                raise _Stopped
            now = self.clock()
            delay = self.delay(tokens, now)
            if delay == 0:
                return self.take(tokens, now)  # nothing awaited since the check: atomic on the event loop
            if self._changed is None or self._changed.done():
                self._changed = asyncio.get_running_loop().create_future()
            await asyncio.wait({self._changed}, timeout=delay)

    def release(self, ticket: Tuple[int, float], tokens: int, response: Optional[httpx.Response]) -> None:
        from .._client import _retry_after

        self.sends.pop(ticket[0], None)
        t_send, t_recv = ticket[1], self.clock()
        h = response.headers if response is not None else httpx.Headers()
        placed = {}
        for budget, cost in ((self.requests, 1), (self.tokens, tokens)):
            placed[budget.kind] = budget.answer(
                cost, t_send, t_recv, _header_float(h, f"x-ratelimit-remaining-{budget.kind}"),
                parse_duration(h.get(f"x-ratelimit-reset-{budget.kind}")), _header_float(h, f"x-ratelimit-limit-{budget.kind}"))
        if response is not None and response.status_code == 429:
            # The budget the headers say is empty ran out (else requests): nothing more until its reset.
            hit = [b for b in (self.requests, self.tokens)
                   if (_header_float(h, f"x-ratelimit-remaining-{b.kind}") or 0) <= 0
                   and h.get(f"x-ratelimit-remaining-{b.kind}") is not None] or [self.requests]
            for b in hit:
                window = placed[b.kind]
                if window is not None:
                    b.refused(window, t_send)
                else:
                    b.hold(t_send, t_recv, _retry_after(response) or 1.0)
        self._wake()

    def stop(self) -> None:
        """Those still waiting give up (their requests are not sent)."""
        self.stopped = True
        self._wake()

    def _wake(self) -> None:
        if self._changed is not None and not self._changed.done():
            self._changed.set_result(None)


# -- progress -------------------------------------------------------------------------------

Progress = Union[bool, Callable[[int, Optional[int]], object], None]


def _progress(progress: Progress) -> Tuple[Optional[Callable[[int, Optional[int]], object]], Optional[Callable[[], None]]]:
    """`progress=True`: a tqdm bar, else a rich one, else a plain line on stderr now and then.
    Returns the callback and what closes it (None for the caller's own callable)."""
    if progress is None or progress is False:
        return None, None
    if progress is not True:
        if not callable(progress):
            raise TypeError(f"progress must be True, False, None or a callable(done, total), not {progress!r}")
        return progress, None
    try:
        from tqdm import tqdm
    except ImportError:
        pass
    else:
        bars: List[Any] = []  # made at the first call, when the total is known

        def tick(done: int, total: Optional[int]) -> None:
            if not bars:
                bars.append(tqdm(total=total, unit="req", desc="bulk", file=sys.stderr))
            elif total is not None and bars[0].total != total:
                bars[0].total = total
            bars[0].update(done - bars[0].n)

        return tick, lambda: bars[0].close() if bars else None
    try:
        from rich.progress import Progress as RichProgress
    except ImportError:
        pass
    else:
        rich = RichProgress(transient=False)
        rich.start()
        task = rich.add_task("bulk", total=None)

        def tick_rich(done: int, total: Optional[int]) -> None:
            rich.update(task, completed=done, total=total)

        return tick_rich, rich.stop
    last = [0.0, ""]

    def line(done: int, total: Optional[int], final: bool = False) -> None:
        text = f"bulk: {done}/{total if total is not None else '?'} done"
        now = time.monotonic()
        if text != last[1] and (final or now - last[0] >= 1.0 or done == total):
            sys.stderr.write(text + "\n")
            sys.stderr.flush()
            last[0], last[1] = now, text

    state: List[Any] = [0, None]

    def tick_plain(done: int, total: Optional[int]) -> None:
        state[0], state[1] = done, total
        line(done, total)

    return tick_plain, lambda: line(state[0], state[1], final=True) if state[0] else None


# -- concurrent mode ------------------------------------------------------------------------


def _async_client(client: Any) -> Any:
    from .._client import AsyncOpenAI

    if getattr(client, "_is_async", False):
        return client
    options = client._options()
    options["http_client"] = None
    return AsyncOpenAI(**options)


def _result(cid: str, response: Optional[httpx.Response], body: Any, error: Optional[Dict[str, Any]]) -> Dict[str, Any]:
    out: Dict[str, Any] = {"id": f"bulk_req_{uuid.uuid4().hex[:24]}", "custom_id": cid, "response": None, "error": error}
    if response is not None:
        out["response"] = {"status_code": response.status_code, "request_id": response.headers.get("x-request-id"),
                           "body": body}
    return out


def _body(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return response.text


async def arun(
    client: Any,
    requests: Union[str, os.PathLike, Iterable[Dict[str, Any]]],
    *,
    results: Optional[Union[str, os.PathLike]] = None,
    max_concurrency: int = 16,
    progress: Progress = None,
    summary: Optional[Summary] = None,
    stop: Optional[threading.Event] = None,
) -> AsyncIterator[Dict[str, Any]]:
    """The concurrent mode as an async generator (an `AsyncOpenAI` client, or a sync one to copy)."""
    from .. import _exceptions as E
    from .._client import _retry_after, retry_delay, should_retry

    aclient = _async_client(client)
    summary = summary if summary is not None else Summary()
    progress, close_bar = _progress(progress)
    started = time.monotonic()
    done_before = _done_ids(results)
    seen: Set[str] = set()
    todo: List[Dict[str, Any]] = []
    for req in load_requests(requests):
        _check(req, seen)
        if req["custom_id"] in done_before:
            summary.skipped += 1
        else:
            todo.append(req)
    total = len(todo)
    limiter = _Limiter()
    # Bounded: a slow consumer holds the senders back, so a run stopped early has sent (and
    # written) little more than it yielded.
    out: "asyncio.Queue[Optional[Dict[str, Any]]]" = asyncio.Queue(maxsize=max(1, max_concurrency))
    sink = _append(results) if results else None
    stopping = stop or threading.Event()
    count = 0

    async def one(req: Dict[str, Any]) -> None:
        cid, body = req["custom_id"], req.get("body")
        method = (req.get("method") or "POST").lower()
        tokens = estimate_tokens(body)
        retries = 0
        while True:
            try:
                ticket = await limiter.acquire(tokens)
            except _Stopped:
                return  # stopped before it was sent: the next run sends it
            response: Optional[httpx.Response] = None
            error: Optional[Dict[str, Any]] = None
            try:
                kwargs: Dict[str, Any] = {"cast_to": httpx.Response, "options": {"max_retries": 0}}
                if method in ("post", "put", "patch"):
                    kwargs["body"] = body
                response = await getattr(aclient, method)(_path(req["url"]), **kwargs)
            except E.APIStatusError as e:
                response = e.response
            except E.APIConnectionError as e:
                error = {"code": type(e).__name__, "message": str(e)}
            finally:
                limiter.release(ticket, tokens, response)
            status = response.status_code if response is not None else None
            if status == 429:
                summary.rate_limited += 1
                if summary.first_429_at is None:
                    summary.first_429_at = time.monotonic()
            if status is not None and status < 400:
                break
            retryable = response is None or should_retry(response)
            if not retryable or retries >= aclient.max_retries:
                break
            if stopping.is_set():
                return  # stopped: not answered yet, so not written; the next run sends it again
            retries += 1
            summary.retried += 1
            # A 429 waits in the limiter for its window's reset (and for retry-after, if it says more);
            # other errors back off as the client would.
            delay = (_retry_after(response) or 0.0) if status == 429 else retry_delay(retries - 1, response)
            if delay > 0:
                await asyncio.sleep(delay)
        result = _result(cid, response, _body(response) if response is not None else None, error)
        if status is not None and status < 400:
            summary.done += 1
            usage = result["response"]["body"].get("usage") if isinstance(result["response"]["body"], dict) else None
            summary.tokens += int((usage or {}).get("total_tokens") or 0) or tokens
        else:
            summary.failed += 1
        if sink is not None:
            sink.write(json.dumps(result, ensure_ascii=False) + "\n")
            sink.flush()
        await out.put(result)  # (after a stop, the closing generator drains these)

    sem = asyncio.Semaphore(max_concurrency)
    tasks: List["asyncio.Task[None]"] = []

    async def feed() -> None:
        for req in todo:
            await sem.acquire()
            if stopping.is_set():
                sem.release()
                break

            async def go(r: Dict[str, Any] = req) -> None:
                try:
                    await one(r)
                finally:
                    sem.release()

            tasks.append(asyncio.ensure_future(go()))
        await asyncio.gather(*tasks, return_exceptions=True)
        await out.put(None)

    feeder = asyncio.ensure_future(feed())
    try:
        while True:
            item = await out.get()
            if item is None:
                break
            count += 1
            if progress is not None:
                progress(count, total)
            yield item
        await feeder
        for t in tasks:
            if t.done() and not t.cancelled() and t.exception() is not None:
                raise t.exception()  # type: ignore[misc]
    finally:
        stopping.set()
        limiter.stop()
        if close_bar is not None:
            close_bar()
        while not feeder.done():  # let those sent finish and be written; nobody reads them now
            while not out.empty():
                out.get_nowait()
            await asyncio.wait({feeder}, timeout=0.05)
        if feeder.done() and not feeder.cancelled():
            feeder.exception()  # retrieved: a stop is not the place to raise it
        if sink is not None:
            sink.close()
        summary.elapsed = time.monotonic() - started
        if aclient is not client:
            await aclient.close()


def _run_concurrent(client: Any, requests: Any, **kw: Any) -> Iterator[Dict[str, Any]]:
    """Drive `arun` on an event loop in a thread, handing results over one at a time; closing
    this generator (or an exception in the caller, Ctrl-C) drains what was sent."""
    handoff: "queue.Queue[Any]" = queue.Queue()
    stop = threading.Event()
    end = object()
    loop = asyncio.new_event_loop()

    async def main() -> None:
        agen = arun(client, requests, stop=stop, **kw)
        try:
            try:
                async for item in agen:
                    asked: "asyncio.Future[None]" = loop.create_future()
                    handoff.put((item, asked))
                    await asked  # the caller wants the next one (or stopped)
                    if stop.is_set():
                        break
            finally:
                await agen.aclose()
        except BaseException as e:  # noqa: BLE001 - handed to the caller's thread
            handoff.put((e, None))
            return
        handoff.put((end, None))

    def ask(asked: "asyncio.Future[None]") -> None:
        if not asked.done():
            asked.set_result(None)

    thread = threading.Thread(target=lambda: loop.run_until_complete(main()), name="openai-table-bulk", daemon=True)
    thread.start()
    asked = None
    try:
        while True:
            item, asked = handoff.get()
            if item is end:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
            loop.call_soon_threadsafe(ask, asked)
    finally:
        if thread.is_alive():
            stop.set()
            if asked is not None:
                loop.call_soon_threadsafe(ask, asked)
            while thread.is_alive():  # let the loop finish what was sent; answer any hand-off meanwhile
                try:
                    _, pending = handoff.get(timeout=0.05)
                except queue.Empty:
                    continue
                if pending is not None:
                    loop.call_soon_threadsafe(ask, pending)
            thread.join()
        loop.close()


# -- batch mode -------------------------------------------------------------------------------


def _run_batch(
    client: Any,
    requests: Any,
    *,
    results: Optional[Union[str, os.PathLike]],
    poll_interval_ms: int,
    progress: Progress,
    summary: Summary,
    completion_window: str,
    endpoint: Optional[str],
    sleep: Callable[[float], None],
    metadata: Optional[Dict[str, str]],
) -> Iterator[Dict[str, Any]]:
    if getattr(client, "_is_async", False):
        raise TypeError("mode='batch' takes a sync OpenAI client")
    started = time.monotonic()
    tick, close_bar = _progress(progress)
    # A batch created for a results file is noted beside it until all its results are written:
    # a run stopped meanwhile picks the same batch up again instead of sending its requests twice.
    sidecar = pathlib.Path(str(results) + ".batch") if results else None
    try:
        if sidecar is not None and sidecar.exists():
            batch = client.batches.retrieve(json.loads(sidecar.read_text())["batch_id"])
            summary.batch_id = batch.id
            yield from _finish_batch(client, batch, results, poll_interval_ms, tick, summary, sleep, None)
            sidecar.unlink()
        done_before = _done_ids(results)
        seen: Set[str] = set()
        lines: List[str] = []
        url = endpoint
        for req in load_requests(requests):
            _check(req, seen)
            if req["custom_id"] in done_before:
                summary.skipped += 1
                continue
            req = {"custom_id": req["custom_id"], "method": req.get("method") or "POST", "url": req["url"],
                   "body": req.get("body")}
            url = url or req["url"]
            lines.append(json.dumps(req, ensure_ascii=False))
        if not lines:
            return
        data = ("\n".join(lines) + "\n").encode("utf-8")
        upload = client.files.create(file=("requests.jsonl", data, "application/jsonl"), purpose="batch")
        batch = client.batches.create(input_file_id=upload.id, endpoint=url, completion_window=completion_window,
                                      **({"metadata": metadata} if metadata else {}))
        summary.batch_id = batch.id
        if sidecar is not None:
            sidecar.write_text(json.dumps({"batch_id": batch.id, "input_file_id": upload.id}) + "\n")
        yield from _finish_batch(client, batch, results, poll_interval_ms, tick, summary, sleep, len(lines))
        if sidecar is not None:
            sidecar.unlink()
    finally:
        if close_bar is not None:
            close_bar()
        summary.elapsed = time.monotonic() - started


def _finish_batch(client: Any, batch: Any, results: Optional[Union[str, os.PathLike]], poll_interval_ms: int,
                  tick: Optional[Callable[[int, Optional[int]], object]], summary: Summary,
                  sleep: Callable[[float], None], total: Optional[int]) -> Iterator[Dict[str, Any]]:
    """Poll a batch until it ends; write and yield the lines of its output and error files."""
    while batch.status not in TERMINAL:
        counts = getattr(batch, "request_counts", None)
        if tick is not None and counts is not None:
            tick(int(counts.completed or 0) + int(counts.failed or 0), total or int(counts.total or 0) or None)
        sleep(poll_interval_ms / 1000)
        batch = client.batches.retrieve(batch.id)
    counts = getattr(batch, "request_counts", None)
    total = total or (int(counts.total or 0) if counts is not None else None) or None
    done_before = _done_ids(results)  # a run stopped while writing these: the rest only
    sink = _append(results) if results else None
    count = 0
    try:
        for file_id in (batch.output_file_id, batch.error_file_id):
            if not file_id:
                continue
            text = client.files.content(file_id).text
            for line in text.splitlines():
                if not line.strip():
                    continue
                result = json.loads(line)
                count += 1
                if result.get("custom_id") in done_before:
                    continue
                status = (result.get("response") or {}).get("status_code")
                if status is not None and status < 400 and not result.get("error"):
                    summary.done += 1
                    body = result["response"].get("body")
                    usage = body.get("usage") if isinstance(body, dict) else None
                    summary.tokens += int((usage or {}).get("total_tokens") or 0)
                else:
                    summary.failed += 1
                if sink is not None:
                    sink.write(json.dumps(result, ensure_ascii=False) + "\n")
                    sink.flush()
                if tick is not None:
                    tick(count, total)
                yield result
        if batch.status != "completed" and batch.errors is not None:
            # A batch that failed validation has no output: say why, per the batch's errors.
            for err in getattr(batch.errors, "data", None) or []:
                yield {"id": None, "custom_id": None, "response": None,
                       "error": {"code": getattr(err, "code", None), "message": getattr(err, "message", None),
                                 "line": getattr(err, "line", None)}}
    finally:
        if sink is not None:
            sink.close()


def run(
    client: Any,
    requests: Union[str, os.PathLike, Iterable[Dict[str, Any]]],
    *,
    mode: str = "concurrent",
    results: Optional[Union[str, os.PathLike]] = None,
    max_concurrency: int = 16,
    poll_interval_ms: int = 5000,
    progress: Progress = None,
    summary: Optional[Summary] = None,
    completion_window: str = "24h",
    endpoint: Optional[str] = None,
    sleep: Callable[[float], None] = time.sleep,
    metadata: Optional[Dict[str, str]] = None,
) -> Iterator[Dict[str, Any]]:
    """Yield a result per request, by custom_id (see the module's doc). Pass a `Summary()` to read
    the totals after (or during) the run."""
    summary = summary if summary is not None else Summary()
    if mode == "concurrent":
        return _run_concurrent(client, requests, results=results, max_concurrency=max_concurrency,
                               progress=progress, summary=summary)
    if mode == "batch":
        return _run_batch(client, requests, results=results, poll_interval_ms=poll_interval_ms, progress=progress,
                          summary=summary, completion_window=completion_window, endpoint=endpoint, sleep=sleep,
                          metadata=metadata)
    raise ValueError(f"mode must be 'concurrent' or 'batch', not {mode!r}")
