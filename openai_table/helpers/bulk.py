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
stderr: tqdm's if installed (`pip install openai-table[progress]`), else rich's, else a plain
`bulk: done/total done` line at most once a second.
"""

import asyncio
import bisect
import json
import os
import pathlib
import queue
import re
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Callable, Dict, Iterable, Iterator, List, Optional, Set, Tuple, Union

import httpx

__all__ = ["run", "arun", "Summary", "parse_duration", "estimate_tokens", "load_requests"]

TERMINAL = {"completed", "failed", "expired", "cancelled"}


@dataclass
class Summary:
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
# Each limit (requests, tokens) is a window of the server's: `limit` per window, and every answer
# says how much is left (`x-ratelimit-remaining-*`) and how long until the window resets
# (`x-ratelimit-reset-*`). The budget below only ever holds a LOWER bound of what the server will
# still accept, so the runner never sends what the server would refuse:
#
# - An answer to a request sent at `t_send` and received at `t_recv`, saying `remaining` R and
#   `reset` X, was made at some server time s in [t_send, t_recv]; its window ends at s + X, so in
#   [t_send + X, t_recv + X] (widened by `margin` for the header's rounding). Every request that may
#   reach the server after s is one not yet answered at t_send: those in flight now and those
#   received since t_send. R less their cost is a lower bound of what is left in that window.
# - Each send takes its cost from the bound; answers from the same window can only lower it
#   (min), answers from a later window replace it, answers from an earlier one are ignored.
# - A 429 says the window is spent: the bound is 0 until the reset it names (or retry-after, or 1 s).
# - Nothing is sent over the bound until the window has surely ended (`t_recv + X`, the late end of
#   the interval). Then the new window's bound is the limit less what may land in it: every request
#   in flight, and every one answered since the early end of the interval (`t_send + X`).
# So the window resetting between an answer and the next send only leaves budget unused; it can't
# let more through. When nothing is known (the first requests, no headers) nothing is held back;
# when the bound is spent with no reset known and nothing in flight to tell more, one request
# goes as a probe.


class _Budget:
    """One limit (requests or tokens): a lower bound of what the server still accepts."""

    def __init__(self, kind: str, margin: float) -> None:
        self.kind = kind
        self.margin = margin
        self.limit: Optional[float] = None
        self.remaining: Optional[float] = None  # None: nothing known, nothing held back
        self.window: Optional[Tuple[float, float]] = None  # bounds of the current window's end
        self.ended: Optional[Tuple[float, float]] = None  # the last window seen to end
        self.in_flight = 0.0
        self._times: List[float] = []  # when answers came back (in order) ...
        self._cum: List[float] = []  # ... and the running total of their costs
        self._total = 0.0

    def answered_since(self, t: float) -> float:
        """Cost of the requests answered after time t."""
        i = bisect.bisect_right(self._times, t)
        return self._total - (self._cum[i - 1] if i else 0.0)

    def refresh(self, now: float) -> None:
        if self.window is not None and now >= self.window[1]:
            lo = self.window[0]
            self.ended, self.window = self.window, None
            if self.limit is not None:
                self.remaining = self.limit - self.in_flight - self.answered_since(lo)
            else:  # a new window of unknown size: one request at a time until an answer says more
                self.remaining = 1 - self.in_flight if self.kind == "requests" else None

    def wait(self, cost: float, now: float) -> Optional[float]:
        """Seconds before `cost` may go (0: now; None: until an answer comes back)."""
        self.refresh(now)
        if self.remaining is None:
            return 0.0
        need = min(cost, self.limit) if self.limit else cost  # a request bigger than the limit waits for a whole window
        if self.remaining >= need:
            return 0.0
        if self.window is not None:
            return self.window[1] - now
        return 0.0 if self.in_flight <= 0 else None  # nothing in flight can tell more: a probe

    def take(self, cost: float) -> None:
        if self.remaining is not None:
            self.remaining -= cost
        self.in_flight += cost

    def answer(self, cost: float, t_send: float, t_recv: float, remaining: Optional[float], reset: Optional[float],
               limit: Optional[float]) -> None:
        self.in_flight -= cost
        if limit is not None:
            self.limit = limit
        if remaining is not None and reset is not None:
            self._place(t_send, t_recv, remaining, reset)
        self._times.append(t_recv)
        self._total += cost
        self._cum.append(self._total)
        self._prune(t_send)

    def _place(self, t_send: float, t_recv: float, remaining: float, reset: float) -> None:
        self.refresh(t_recv)
        lo, hi = t_send + reset - self.margin, t_recv + reset + self.margin
        bound = remaining - self.in_flight - self.answered_since(t_send)
        w = self.window
        if w is not None and lo <= w[1] and hi >= w[0]:  # the current window
            self.remaining = bound if self.remaining is None else min(self.remaining, bound)
            self.window = (min(w[0], lo), max(w[1], hi))
        elif w is not None and hi < w[0]:
            return  # an earlier window's: it no longer applies
        elif w is None and self.ended is not None and lo <= self.ended[1]:
            return  # maybe the window that has ended: ignored (only ever costs throughput)
        else:  # a later window (or the first news)
            self.remaining = bound if w is not None or self.remaining is None else min(self.remaining, bound)
            self.window = (lo, hi)

    def spent(self, t_send: float, t_recv: float, reset: float) -> None:
        """A 429: nothing more until the window ends."""
        self._place(t_send, t_recv, 0.0, reset)
        self.remaining = min(self.remaining or 0.0, 0.0)
        if self.window is None or self.window[1] < t_recv + reset:  # an ignored or earlier window: wait anyway
            self.window = (t_send + reset - self.margin, t_recv + reset + self.margin)

    def _prune(self, t_send: float) -> None:
        # Keep the answers any later question may ask about (since the oldest send in flight, or the
        # current window's early end); drop the rest now and then.
        if len(self._times) < 4096:
            return
        keep_from = min(self._oldest_send(t_send), self.window[0] if self.window else t_send,
                        self.ended[0] if self.ended else t_send)
        i = bisect.bisect_right(self._times, keep_from)
        if i > len(self._times) // 2:
            base = self._cum[i - 1]
            del self._times[:i], self._cum[:i]
            self._cum = [c - base for c in self._cum]
            self._total -= base

    _oldest_send: Callable[[float], float] = staticmethod(lambda t: t)


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
        oldest = lambda t: min(self.sends.values(), default=t)  # noqa: E731
        self.requests._oldest_send = self.tokens._oldest_send = oldest  # type: ignore[assignment]

    async def acquire(self, tokens: int) -> Tuple[int, float]:
        """Wait until one request of `tokens` fits; returns its ticket (id, send time)."""
        while True:
            if self.stopped:
                raise _Stopped
            now = self.clock()
            waits = [self.requests.wait(1, now), self.tokens.wait(tokens, now)]
            if all(w is not None and w <= 0 for w in waits):
                break
            delay = max((w for w in waits if w is not None), default=0.0)
            if delay <= 0:
                delay = None  # only an answer can free it
            if self._changed is None or self._changed.done():
                self._changed = asyncio.get_running_loop().create_future()
            await asyncio.wait({self._changed}, timeout=delay)
        # Nothing awaited since the check: the take is atomic on the event loop.
        self.requests.take(1)
        self.tokens.take(tokens)
        self._next += 1
        self.sends[self._next] = now
        return self._next, now

    def release(self, ticket: Tuple[int, float], tokens: int, response: Optional[httpx.Response]) -> None:
        from .._client import _retry_after

        self.sends.pop(ticket[0], None)
        t_send, t_recv = ticket[1], self.clock()
        h = response.headers if response is not None else httpx.Headers()
        for budget, cost in ((self.requests, 1), (self.tokens, tokens)):
            budget.answer(cost, t_send, t_recv, _header_float(h, f"x-ratelimit-remaining-{budget.kind}"),
                          parse_duration(h.get(f"x-ratelimit-reset-{budget.kind}")),
                          _header_float(h, f"x-ratelimit-limit-{budget.kind}"))
        if response is not None and response.status_code == 429:
            # The budget the headers say is empty ran out (else requests): it waits for its reset.
            hit = [b for b in (self.requests, self.tokens)
                   if (_header_float(h, f"x-ratelimit-remaining-{b.kind}") or 0) <= 0
                   and h.get(f"x-ratelimit-remaining-{b.kind}") is not None] or [self.requests]
            for b in hit:
                reset = parse_duration(h.get(f"x-ratelimit-reset-{b.kind}"))
                after = _retry_after(response)
                wait = max(reset or 0.0, after or 0.0) or 1.0
                b.spent(t_send, t_recv, wait)
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
    out: "asyncio.Queue[Dict[str, Any]]" = asyncio.Queue()
    sink = open(results, "a", encoding="utf-8") if results else None
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
        await out.put(result)

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
        await out.put(None)  # type: ignore[arg-type]

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
        if not feeder.done():
            await asyncio.gather(feeder, return_exceptions=True)  # let those sent finish and be written
        if sink is not None:
            sink.close()
        summary.elapsed = time.monotonic() - started
        if aclient is not client:
            await aclient.close()


def _run_concurrent(client: Any, requests: Any, **kw: Any) -> Iterator[Dict[str, Any]]:
    """Drive `arun` on a loop in a thread; closing this generator drains what was sent."""
    q: "queue.Queue[Any]" = queue.Queue(maxsize=1)
    stop = threading.Event()
    proceed = threading.Semaphore(0)
    end = object()

    async def main() -> None:
        agen = arun(client, requests, stop=stop, **kw)
        try:
            try:
                async for item in agen:
                    q.put(item)
                    await asyncio.get_running_loop().run_in_executor(None, proceed.acquire)  # one at a time
                    if stop.is_set():
                        break
            finally:
                await agen.aclose()
        except BaseException as e:  # noqa: BLE001 - handed to the caller's thread
            q.put(e)
            return
        q.put(end)

    thread = threading.Thread(target=lambda: asyncio.run(main()), name="openai-table-bulk", daemon=True)
    thread.start()
    try:
        while True:
            item = q.get()
            if item is end:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
            proceed.release()
    finally:
        if thread.is_alive():
            stop.set()
            proceed.release()
            while thread.is_alive():  # drain anything put after the stop
                try:
                    q.get(timeout=0.05)
                except queue.Empty:
                    pass
            thread.join()


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
    sink = open(results, "a", encoding="utf-8") if results else None
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
