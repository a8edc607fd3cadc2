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
  the `x-ratelimit-remaining-requests/-tokens` and `x-ratelimit-reset-requests/-tokens` headers
  (plus a token estimate per request: body characters / 4 and its max tokens), retrying 429s,
  5xx and connection errors up to the client's `max_retries`. Once a 429 or a header says the
  budget is spent, nothing more is sent until its reset.
- `mode="batch"` writes the JSONL, uploads it (`files.create(purpose="batch")`), creates the
  batch, polls it every `poll_interval_ms` until it is terminal, and yields the lines of its
  output and error files.

With `results=PATH` every result is appended to that JSONL file as it arrives, and custom_ids
already there are skipped: an interrupted run started again finishes the rest. Stopping the
iteration early (break) lets requests already sent finish and be written, so none is lost or
sent twice. `progress(done, total)` is called after each result (hook up tqdm or rich there).
"""

import asyncio
import json
import os
import pathlib
import queue
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Callable, Dict, Iterable, Iterator, List, Optional, Set, Union

import httpx

__all__ = ["run", "arun", "Summary", "parse_duration", "estimate_tokens", "load_requests"]

STALE = 0.05  # s: a reset this close to the one already passed is that one, seen late
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


class _Budget:
    """One limit (requests or tokens) as the headers last told it."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.limit: Optional[int] = None
        self.remaining: Optional[float] = None  # None: nothing known, no limit applied
        self.reset_at: Optional[float] = None
        self.last_reset: Optional[float] = None
        self.in_flight: Callable[[], float] = lambda: 0

    def refresh(self, now: float) -> None:
        if self.reset_at is not None and now >= self.reset_at:
            # A new budget, less what is still in flight (it may land in this window).
            self.remaining = None if self.limit is None else self.limit - self.in_flight()
            self.last_reset, self.reset_at = self.reset_at, None

    def wait(self, cost: float, now: float) -> float:
        """Seconds to wait before `cost` fits (0: it fits now)."""
        self.refresh(now)
        if self.remaining is None:
            return 0.0
        need = min(cost, self.limit) if self.limit else cost  # a request bigger than the limit waits for a full budget
        if self.remaining >= need:
            return 0.0
        if self.reset_at is None:
            return 0.0  # spent, but no reset to wait for: the server will say (429) if it minds
        return max(self.reset_at - now, 0.0) + 0.005

    def update(self, headers: httpx.Headers, in_flight_others: float, now: float) -> None:
        remaining = headers.get(f"x-ratelimit-remaining-{self.kind}")
        reset = parse_duration(headers.get(f"x-ratelimit-reset-{self.kind}"))
        limit = headers.get(f"x-ratelimit-limit-{self.kind}")
        try:
            if limit is not None:
                self.limit = int(float(limit))
            if remaining is None:
                return
            est = float(remaining) - in_flight_others  # others may already count against it, or soon will
        except ValueError:
            return
        at = now + (reset or 0.0)
        self.refresh(now)
        if self.last_reset is not None and at < self.last_reset + STALE:
            return  # an answer from the window that has since reset: its count no longer applies
        if self.reset_at is None or self.remaining is None:
            self.remaining, self.reset_at = est, at
        else:
            self.remaining = min(self.remaining, est)
            self.reset_at = max(self.reset_at, at)

    def spent(self, until: float) -> None:
        self.remaining = 0
        self.reset_at = max(self.reset_at or 0.0, until)


class _Limiter:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.requests = _Budget("requests")
        self.tokens = _Budget("tokens")
        self.in_flight_requests = 0
        self.in_flight_tokens = 0
        self.lock = asyncio.Lock()
        self.requests.in_flight = lambda: self.in_flight_requests
        self.tokens.in_flight = lambda: self.in_flight_tokens

    async def acquire(self, tokens: int) -> None:
        async with self.lock:  # one waiter at a time keeps the order fair
            while True:
                now = self.clock()
                delay = max(self.requests.wait(1, now), self.tokens.wait(tokens, now))
                if delay <= 0:
                    break
                await asyncio.sleep(delay)
            for budget, cost in ((self.requests, 1), (self.tokens, tokens)):
                if budget.remaining is not None:
                    budget.remaining -= cost
            self.in_flight_requests += 1
            self.in_flight_tokens += tokens

    def release(self, tokens: int, response: Optional[httpx.Response]) -> None:
        self.in_flight_requests -= 1
        self.in_flight_tokens -= tokens
        if response is None:
            return
        now = self.clock()
        self.requests.update(response.headers, self.in_flight_requests, now)
        self.tokens.update(response.headers, self.in_flight_tokens, now)
        if response.status_code == 429:
            from .._client import _retry_after

            # Which budget ran out: the one the headers say is empty, else requests; it waits for its reset.
            hit = [b for b in (self.requests, self.tokens) if headers_zero(response.headers, b.kind)] or [self.requests]
            for b in hit:
                after = parse_duration(response.headers.get(f"x-ratelimit-reset-{b.kind}"))
                if not after or after <= 0:
                    after = _retry_after(response) or 1.0
                b.spent(now + after)


def headers_zero(headers: httpx.Headers, kind: str) -> bool:
    value = headers.get(f"x-ratelimit-remaining-{kind}")
    try:
        return value is not None and float(value) <= 0
    except ValueError:
        return False


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
    progress: Optional[Callable[[int, Optional[int]], None]] = None,
    summary: Optional[Summary] = None,
    stop: Optional[threading.Event] = None,
) -> AsyncIterator[Dict[str, Any]]:
    """The concurrent mode as an async generator (an `AsyncOpenAI` client, or a sync one to copy)."""
    from .. import _exceptions as E
    from .._client import retry_delay

    aclient = _async_client(client)
    summary = summary if summary is not None else Summary()
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
            await limiter.acquire(tokens)
            response: Optional[httpx.Response] = None
            try:
                kwargs: Dict[str, Any] = {"cast_to": httpx.Response, "options": {"max_retries": 0}}
                if method in ("post", "put", "patch"):
                    kwargs["body"] = body
                response = await getattr(aclient, method)(_path(req["url"]), **kwargs)
                error = None
            except E.APIStatusError as e:
                response, error = e.response, None
            except E.APIConnectionError as e:
                error = {"code": type(e).__name__, "message": str(e)}
            finally:
                limiter.release(tokens, response)
            status = response.status_code if response is not None else None
            if status == 429:
                summary.rate_limited += 1
                if summary.first_429_at is None:
                    summary.first_429_at = time.monotonic()
            retryable = status is None or status in (408, 409, 429) or status >= 500
            if (status is not None and status < 400) or not retryable or retries >= aclient.max_retries:
                break
            retries += 1
            summary.retried += 1
            if status != 429:  # a 429 waits in the limiter for its reset
                await asyncio.sleep(retry_delay(retries - 1, response))
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
    progress: Optional[Callable[[int, Optional[int]], None]],
    summary: Summary,
    completion_window: str,
    endpoint: Optional[str],
    sleep: Callable[[float], None],
    metadata: Optional[Dict[str, str]],
) -> Iterator[Dict[str, Any]]:
    if getattr(client, "_is_async", False):
        raise TypeError("mode='batch' takes a sync OpenAI client")
    started = time.monotonic()
    done_before = _done_ids(results)
    seen: Set[str] = set()
    lines: List[str] = []
    url = endpoint
    for req in load_requests(requests):
        _check(req, seen)
        if req["custom_id"] in done_before:
            summary.skipped += 1
            continue
        req = {"custom_id": req["custom_id"], "method": req.get("method") or "POST", "url": req["url"], "body": req.get("body")}
        url = url or req["url"]
        lines.append(json.dumps(req, ensure_ascii=False))
    total = len(lines)
    if not lines:
        return
    data = ("\n".join(lines) + "\n").encode("utf-8")
    upload = client.files.create(file=("requests.jsonl", data, "application/jsonl"), purpose="batch")
    batch = client.batches.create(input_file_id=upload.id, endpoint=url, completion_window=completion_window,
                                  **({"metadata": metadata} if metadata else {}))
    summary.batch_id = batch.id
    while batch.status not in TERMINAL:
        counts = getattr(batch, "request_counts", None)
        if progress is not None and counts is not None:
            progress(int(counts.completed or 0) + int(counts.failed or 0), total)
        sleep(poll_interval_ms / 1000)
        batch = client.batches.retrieve(batch.id)
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
                count += 1
                if progress is not None:
                    progress(count, total)
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
        summary.elapsed = time.monotonic() - started


def run(
    client: Any,
    requests: Union[str, os.PathLike, Iterable[Dict[str, Any]]],
    *,
    mode: str = "concurrent",
    results: Optional[Union[str, os.PathLike]] = None,
    max_concurrency: int = 16,
    poll_interval_ms: int = 5000,
    progress: Optional[Callable[[int, Optional[int]], None]] = None,
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
