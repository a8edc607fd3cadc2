"""Waiting for work the API does in the background: runs, vector store files and batches, videos,
file processing. One poller serves every `poll:` entry of endpoints.yaml.

A `poll:` spec says which sibling method fetches the object (`with`), which field holds its state
(`status`, a dotted path), which values end the wait (`until`) or continue it (`while`), and the
interval when neither the caller (`poll_interval_ms`) nor the server (the `openai-poll-after-ms`
header) chooses one. `poll` below is the generic helper: its signature is the fetching method's
(path params, extra_*) plus `poll_interval_ms`, so a table of your own can declare polling for
its own endpoint the same way. The other functions here are the official helpers with their
official signatures; they create the thing, then wait through `self.poll` or the same poller.

The wait sleeps with the client's `_sleep` (as retries do), so tests replace it and never sleep.
"""

import time
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Optional

from .._types import NOT_GIVEN, NotGiven, is_given

if TYPE_CHECKING:
    from ..models.beta_threads import Run
    from ..models.files import FileObject
    from ..models.vector_stores import VectorStoreFile, VectorStoreFileBatch
    from ..models.videos import Video

__all__ = ["poll", "poll_async", "run_poll", "run_poll_async", "wait_for_processing", "wait_for_processing_async"]

POLL_AFTER_HEADER = "openai-poll-after-ms"
_clock = time.monotonic  # tests replace it to run out the clock of wait_for_processing


# -- the poller ---------------------------------------------------------------------------------


def _steps(spec: Any, poll_interval_ms: Any, extra_headers: Any, max_wait_seconds: Optional[float], what: str,
           announce: bool = True) -> Any:
    """The poll loop as a generator, driven by `_drive` (sync) or `_drive_async`: it yields
    ("fetch", headers) and is sent the raw response, or ("sleep", seconds); it returns the object
    once its status is terminal."""
    # The official SDK tells the server it is a poll helper, and the interval asked for
    # (all but wait_for_processing, which polls like any caller).
    headers: Dict[str, Any] = {"X-Stainless-Poll-Helper": "true", **(extra_headers or {})} if announce else dict(extra_headers or {})
    given = is_given(poll_interval_ms) and poll_interval_ms is not None
    if given and announce:
        headers["X-Stainless-Custom-Poll-Interval"] = str(poll_interval_ms)
    start = _clock()
    server_ms: Optional[int] = None
    while True:
        response = yield "fetch", headers
        obj = response.parse()
        if spec.done(obj):
            return obj
        if max_wait_seconds is not None and _clock() - start > max_wait_seconds:
            raise RuntimeError(f"Gave up waiting for {what} after {max_wait_seconds} seconds: "
                               f"its {spec.status} is still {spec.value(obj)!r}")
        if not given:
            # The server's latest word holds until it says otherwise (the official SDK keeps the
            # first interval it settles on, the table's default included, even when the header changes).
            header = response.headers.get(POLL_AFTER_HEADER)
            if header is not None:
                try:
                    server_ms = int(header)
                except ValueError:
                    pass
        delay_ms = poll_interval_ms if given else (server_ms if server_ms is not None else spec.interval_ms)
        yield "sleep", max(delay_ms, 0) / 1000


def _drive(steps: Any, fetch: Callable[[Any], Any], sleep: Callable[[float], Any]) -> Any:
    try:
        kind, value = next(steps)
        while True:
            kind, value = steps.send(fetch(value) if kind == "fetch" else sleep(value))
    except StopIteration as done:
        return done.value


async def _drive_async(steps: Any, fetch: Callable[[Any], Any], sleep: Callable[[float], Any]) -> Any:
    try:
        kind, value = next(steps)
        while True:
            kind, value = steps.send(await (fetch(value) if kind == "fetch" else sleep(value)))
    except StopIteration as done:
        return done.value


def _spec(resource: Any, name: str) -> Any:
    """The `poll:` spec of this resource's entry `name`."""
    ep = getattr(type(resource), name).endpoint
    if ep.poll is None:
        raise TypeError(f"{ep.qualname} has no `poll:` spec in the table")
    return ep.poll


def _fetcher(resource: Any, spec: Any, args: tuple, kwargs: Dict[str, Any]) -> Callable[[Any], Any]:
    method = getattr(resource.with_raw_response, spec.method)
    return lambda headers: method(*args, extra_headers=headers, **kwargs)


# -- `poll`: the generic helper, made per table entry ------------------------------------------


def _poll_method(ep: Any, sibling: Any, is_async: bool) -> Any:
    import inspect

    from .._exceptions import TableError
    from .._resource import _signature

    spec = ep.poll
    if spec is None:
        raise TableError(ep.where.message(ep.qualname, "helper polling.poll needs a `poll:` spec beside it", "helper"))
    target = sibling(spec.method)
    if target.helper:
        raise TableError(ep.where.message(ep.qualname, f"`poll`: `with` names {spec.method!r}, a helper; "
                                          "name a method with a URL (like retrieve)", "poll", "with"))
    what = f"{ep.resource} ({spec.method})"

    if is_async:
        async def method(self, *args, poll_interval_ms=NOT_GIVEN, extra_headers=None, **kwargs):
            steps = _steps(spec, poll_interval_ms, extra_headers, None, what)
            return await _drive_async(steps, _fetcher(self, spec, args, kwargs), self._client._sleep)
    else:
        def method(self, *args, poll_interval_ms=NOT_GIVEN, extra_headers=None, **kwargs):
            steps = _steps(spec, poll_interval_ms, extra_headers, None, what)
            return _drive(steps, _fetcher(self, spec, args, kwargs), self._client._sleep)

    sig = _signature(target)
    params = list(sig.parameters.values())
    at = next(i for i, p in enumerate(params) if p.name == "extra_headers")
    params.insert(at, inspect.Parameter("poll_interval_ms", inspect.Parameter.KEYWORD_ONLY, default=NOT_GIVEN,
                                        annotation="int | Omit"))
    method.__signature__ = sig.replace(parameters=params)
    method.__doc__ = (f"Call `{spec.method}` until `{spec.status}` is "
                      + (f"one of {', '.join(map(str, spec.until))}" if spec.until is not None
                         else f"no longer {', '.join(map(str, spec.pending))}")
                      + f"; return the object. Waits `poll_interval_ms` between calls, else what the server's "
                      f"`{POLL_AFTER_HEADER}` header says, else {spec.interval_ms:g} ms.")
    return method


def poll(self, *args: Any, **kwargs: Any) -> Any:
    """The generic poller (made per table entry from its `poll:` spec)."""
    raise TypeError("polling.poll is installed per table entry (helper: polling.poll with a `poll:` spec)")


async def poll_async(self, *args: Any, **kwargs: Any) -> Any:
    """The generic poller (made per table entry from its `poll:` spec)."""
    raise TypeError("polling.poll is installed per table entry (helper: polling.poll with a `poll:` spec)")


poll.for_entry = lambda ep, sibling: _poll_method(ep, sibling, False)  # type: ignore[attr-defined]
poll_async.for_entry = lambda ep, sibling: _poll_method(ep, sibling, True)  # type: ignore[attr-defined]


# -- runs: the official `poll` signature (everything positional-or-keyword) ---------------------


def run_poll(self, run_id: str, thread_id: str, extra_headers: Any = None, extra_query: Any = None, extra_body: Any = None,
             timeout: Any = NOT_GIVEN, poll_interval_ms: "int | NotGiven" = NOT_GIVEN) -> "Run":
    """Fetch the run until it reaches a terminal state (including `requires_action`); return it."""
    spec = _spec(self, "poll")
    fetch = _fetcher(self, spec, (run_id,), dict(thread_id=thread_id, extra_query=extra_query, extra_body=extra_body, timeout=timeout))
    return _drive(_steps(spec, poll_interval_ms, extra_headers, None, f"run {run_id}"), fetch, self._client._sleep)


async def run_poll_async(self, run_id: str, thread_id: str, extra_headers: Any = None, extra_query: Any = None,
                         extra_body: Any = None, timeout: Any = NOT_GIVEN, poll_interval_ms: "int | NotGiven" = NOT_GIVEN) -> "Run":
    """Fetch the run until it reaches a terminal state (including `requires_action`); return it."""
    spec = _spec(self, "poll")
    fetch = _fetcher(self, spec, (run_id,), dict(thread_id=thread_id, extra_query=extra_query, extra_body=extra_body, timeout=timeout))
    return await _drive_async(_steps(spec, poll_interval_ms, extra_headers, None, f"run {run_id}"), fetch, self._client._sleep)


# -- files.wait_for_processing: seconds, and a deadline ------------------------------------------


def wait_for_processing(self, id: str, *, poll_interval: float = 5.0, max_wait_seconds: float = 1800) -> "FileObject":
    """Fetch the file every `poll_interval` seconds until it is processed (or errored, or deleted);
    RuntimeError after `max_wait_seconds`."""
    spec = _spec(self, "wait_for_processing")
    steps = _steps(spec, poll_interval * 1000, None, max_wait_seconds, f"file {id}", announce=False)
    return _drive(steps, _fetcher(self, spec, (id,), {}), self._client._sleep)


async def wait_for_processing_async(self, id: str, *, poll_interval: float = 5.0, max_wait_seconds: float = 1800) -> "FileObject":
    """Fetch the file every `poll_interval` seconds until it is processed (or errored, or deleted);
    RuntimeError after `max_wait_seconds`."""
    spec = _spec(self, "wait_for_processing")
    steps = _steps(spec, poll_interval * 1000, None, max_wait_seconds, f"file {id}", announce=False)
    return await _drive_async(steps, _fetcher(self, spec, (id,), {}), self._client._sleep)


# -- create, then wait ----------------------------------------------------------------------------


def _given(values: Dict[str, Any], *names: str) -> Dict[str, Any]:
    return {n: values[n] for n in names if is_given(values[n])}


_RUN_PARAMS = ("include", "additional_instructions", "additional_messages", "instructions", "max_completion_tokens",
               "max_prompt_tokens", "metadata", "model", "parallel_tool_calls", "reasoning_effort", "response_format",
               "temperature", "tool_choice", "tools", "top_p", "truncation_strategy")
_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")


def create_and_poll(self, *, assistant_id: str, include: Any = NOT_GIVEN, additional_instructions: Any = NOT_GIVEN,
                    additional_messages: Any = NOT_GIVEN, instructions: Any = NOT_GIVEN, max_completion_tokens: Any = NOT_GIVEN,
                    max_prompt_tokens: Any = NOT_GIVEN, metadata: Any = NOT_GIVEN, model: Any = NOT_GIVEN,
                    parallel_tool_calls: Any = NOT_GIVEN, reasoning_effort: Any = NOT_GIVEN, response_format: Any = NOT_GIVEN,
                    temperature: Any = NOT_GIVEN, tool_choice: Any = NOT_GIVEN, tools: Any = NOT_GIVEN, top_p: Any = NOT_GIVEN,
                    truncation_strategy: Any = NOT_GIVEN, poll_interval_ms: Any = NOT_GIVEN, thread_id: str,
                    extra_headers: Any = None, extra_query: Any = None, extra_body: Any = None, timeout: Any = NOT_GIVEN) -> "Run":
    """Start a run on the thread, then wait for it to reach a terminal state."""
    values = locals()
    options = {n: values[n] for n in _OPTIONS}
    run = self.create(thread_id=thread_id, assistant_id=assistant_id, stream=False, **_given(values, *_RUN_PARAMS), **options)
    return self.poll(run.id, thread_id=thread_id, poll_interval_ms=poll_interval_ms, **options)


async def create_and_poll_async(self, *, assistant_id: str, include: Any = NOT_GIVEN, additional_instructions: Any = NOT_GIVEN,
                                additional_messages: Any = NOT_GIVEN, instructions: Any = NOT_GIVEN,
                                max_completion_tokens: Any = NOT_GIVEN, max_prompt_tokens: Any = NOT_GIVEN,
                                metadata: Any = NOT_GIVEN, model: Any = NOT_GIVEN, parallel_tool_calls: Any = NOT_GIVEN,
                                reasoning_effort: Any = NOT_GIVEN, response_format: Any = NOT_GIVEN, temperature: Any = NOT_GIVEN,
                                tool_choice: Any = NOT_GIVEN, tools: Any = NOT_GIVEN, top_p: Any = NOT_GIVEN,
                                truncation_strategy: Any = NOT_GIVEN, poll_interval_ms: Any = NOT_GIVEN, thread_id: str,
                                extra_headers: Any = None, extra_query: Any = None, extra_body: Any = None,
                                timeout: Any = NOT_GIVEN) -> "Run":
    """Start a run on the thread, then wait for it to reach a terminal state."""
    values = locals()
    options = {n: values[n] for n in _OPTIONS}
    run = await self.create(thread_id=thread_id, assistant_id=assistant_id, stream=False, **_given(values, *_RUN_PARAMS), **options)
    return await self.poll(run.id, thread_id=thread_id, poll_interval_ms=poll_interval_ms, **options)


def submit_tool_outputs_and_poll(self, *, tool_outputs: Iterable[Any], run_id: str, thread_id: str,
                                 poll_interval_ms: Any = NOT_GIVEN, extra_headers: Any = None, extra_query: Any = None,
                                 extra_body: Any = None, timeout: Any = NOT_GIVEN) -> "Run":
    """Send the outputs of the run's tool calls, then wait for the run to reach a terminal state."""
    options = dict(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout)
    run = self.submit_tool_outputs(run_id, thread_id=thread_id, tool_outputs=tool_outputs, stream=False, **options)
    return self.poll(run.id, thread_id=thread_id, poll_interval_ms=poll_interval_ms, **options)


async def submit_tool_outputs_and_poll_async(self, *, tool_outputs: Iterable[Any], run_id: str, thread_id: str,
                                             poll_interval_ms: Any = NOT_GIVEN, extra_headers: Any = None,
                                             extra_query: Any = None, extra_body: Any = None, timeout: Any = NOT_GIVEN) -> "Run":
    """Send the outputs of the run's tool calls, then wait for the run to reach a terminal state."""
    options = dict(extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout)
    run = await self.submit_tool_outputs(run_id, thread_id=thread_id, tool_outputs=tool_outputs, stream=False, **options)
    return await self.poll(run.id, thread_id=thread_id, poll_interval_ms=poll_interval_ms, **options)


_THREAD_RUN_PARAMS = ("instructions", "max_completion_tokens", "max_prompt_tokens", "metadata", "model", "parallel_tool_calls",
                      "response_format", "temperature", "thread", "tool_choice", "tool_resources", "tools", "top_p",
                      "truncation_strategy")


def create_and_run_poll(self, *, assistant_id: str, instructions: Any = NOT_GIVEN, max_completion_tokens: Any = NOT_GIVEN,
                        max_prompt_tokens: Any = NOT_GIVEN, metadata: Any = NOT_GIVEN, model: Any = NOT_GIVEN,
                        parallel_tool_calls: Any = NOT_GIVEN, response_format: Any = NOT_GIVEN, temperature: Any = NOT_GIVEN,
                        thread: Any = NOT_GIVEN, tool_choice: Any = NOT_GIVEN, tool_resources: Any = NOT_GIVEN,
                        tools: Any = NOT_GIVEN, top_p: Any = NOT_GIVEN, truncation_strategy: Any = NOT_GIVEN,
                        poll_interval_ms: Any = NOT_GIVEN, extra_headers: Any = None, extra_query: Any = None,
                        extra_body: Any = None, timeout: Any = NOT_GIVEN) -> "Run":
    """Create a thread and start a run on it, then wait for the run to reach a terminal state."""
    values = locals()
    options = {n: values[n] for n in _OPTIONS}
    run = self.create_and_run(assistant_id=assistant_id, stream=False, **_given(values, *_THREAD_RUN_PARAMS), **options)
    return self.runs.poll(run.id, run.thread_id, poll_interval_ms=poll_interval_ms, **options)


async def create_and_run_poll_async(self, *, assistant_id: str, instructions: Any = NOT_GIVEN,
                                    max_completion_tokens: Any = NOT_GIVEN, max_prompt_tokens: Any = NOT_GIVEN,
                                    metadata: Any = NOT_GIVEN, model: Any = NOT_GIVEN, parallel_tool_calls: Any = NOT_GIVEN,
                                    response_format: Any = NOT_GIVEN, temperature: Any = NOT_GIVEN, thread: Any = NOT_GIVEN,
                                    tool_choice: Any = NOT_GIVEN, tool_resources: Any = NOT_GIVEN, tools: Any = NOT_GIVEN,
                                    top_p: Any = NOT_GIVEN, truncation_strategy: Any = NOT_GIVEN,
                                    poll_interval_ms: Any = NOT_GIVEN, extra_headers: Any = None, extra_query: Any = None,
                                    extra_body: Any = None, timeout: Any = NOT_GIVEN) -> "Run":
    """Create a thread and start a run on it, then wait for the run to reach a terminal state."""
    values = locals()
    options = {n: values[n] for n in _OPTIONS}
    run = await self.create_and_run(assistant_id=assistant_id, stream=False, **_given(values, *_THREAD_RUN_PARAMS), **options)
    return await self.runs.poll(run.id, run.thread_id, poll_interval_ms=poll_interval_ms, **options)


def file_create_and_poll(self, file_id: str, *, vector_store_id: str, attributes: Any = NOT_GIVEN,
                         poll_interval_ms: Any = NOT_GIVEN, chunking_strategy: Any = NOT_GIVEN) -> "VectorStoreFile":
    """Attach a file to the vector store, then wait until it is processed (or failed: check
    `status` and `last_error`)."""
    self.create(vector_store_id, file_id=file_id, attributes=attributes, chunking_strategy=chunking_strategy)
    return self.poll(file_id, vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms)


async def file_create_and_poll_async(self, file_id: str, *, vector_store_id: str, attributes: Any = NOT_GIVEN,
                                     poll_interval_ms: Any = NOT_GIVEN, chunking_strategy: Any = NOT_GIVEN) -> "VectorStoreFile":
    """Attach a file to the vector store, then wait until it is processed (or failed: check
    `status` and `last_error`)."""
    await self.create(vector_store_id, file_id=file_id, attributes=attributes, chunking_strategy=chunking_strategy)
    return await self.poll(file_id, vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms)


def batch_create_and_poll(self, vector_store_id: str, *, file_ids: List[str], poll_interval_ms: Any = NOT_GIVEN,
                          chunking_strategy: Any = NOT_GIVEN) -> "VectorStoreFileBatch":
    """Attach several files to the vector store as a batch, then wait until none is in progress
    (check `file_counts.failed`)."""
    batch = self.create(vector_store_id, file_ids=file_ids, chunking_strategy=chunking_strategy)
    return self.poll(batch.id, vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms)


async def batch_create_and_poll_async(self, vector_store_id: str, *, file_ids: List[str], poll_interval_ms: Any = NOT_GIVEN,
                                      chunking_strategy: Any = NOT_GIVEN) -> "VectorStoreFileBatch":
    """Attach several files to the vector store as a batch, then wait until none is in progress
    (check `file_counts.failed`)."""
    batch = await self.create(vector_store_id, file_ids=file_ids, chunking_strategy=chunking_strategy)
    return await self.poll(batch.id, vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms)


def video_create_and_poll(self, *, prompt: str, input_reference: Any = NOT_GIVEN, model: Any = NOT_GIVEN,
                          seconds: Any = NOT_GIVEN, size: Any = NOT_GIVEN, poll_interval_ms: Any = NOT_GIVEN,
                          extra_headers: Any = None, extra_query: Any = None, extra_body: Any = None,
                          timeout: Any = NOT_GIVEN) -> "Video":
    """Start a video job, then wait until it is completed or failed."""
    video = self.create(prompt=prompt, input_reference=input_reference, model=model, seconds=seconds, size=size,
                        extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout)
    return self.poll(video.id, poll_interval_ms=poll_interval_ms)


async def video_create_and_poll_async(self, *, prompt: str, input_reference: Any = NOT_GIVEN, model: Any = NOT_GIVEN,
                                      seconds: Any = NOT_GIVEN, size: Any = NOT_GIVEN, poll_interval_ms: Any = NOT_GIVEN,
                                      extra_headers: Any = None, extra_query: Any = None, extra_body: Any = None,
                                      timeout: Any = NOT_GIVEN) -> "Video":
    """Start a video job, then wait until it is completed or failed."""
    video = await self.create(prompt=prompt, input_reference=input_reference, model=model, seconds=seconds, size=size,
                              extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout)
    return await self.poll(video.id, poll_interval_ms=poll_interval_ms)
