"""openai_table vs the official `openai` SDK vs raw httpx + json, in one run.

    python bench/run.py            # full run (a few minutes on 2 cores)
    python bench/run.py --quick    # smoke run
    python bench/run.py --profile  # also cProfile openai_table per call / per chunk

All HTTP goes through an in-process httpx.MockTransport serving the same canned bytes to every
contender. Figures are medians; see bench/README.md for what each one means.
"""

import argparse, asyncio, cProfile, datetime, gc, io, json, os, platform, pstats, statistics, subprocess, sys, time
from pathlib import Path

import httpx
import openai
import openai_table

URL = "https://api.openai.com/v1/chat/completions"
KEY = "sk-bench"
MODEL = "gpt-4o-mini"
MESSAGES = [{"role": "system", "content": "You are a terse assistant."},
            {"role": "user", "content": "Name three prime numbers and say why they are prime."}]
NAMES = ("openai_table", "official", "raw_httpx")

COMPLETION = json.dumps({
    "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion", "created": 1741569952,
    "model": "gpt-4o-mini-2024-07-18", "service_tier": "default", "system_fingerprint": "fp_06737a9306",
    "choices": [{"index": 0, "logprobs": None, "finish_reason": "stop", "message": {
        "role": "assistant", "refusal": None, "annotations": [],
        "content": "Three prime numbers are 2, 3 and 5. Each is greater than 1 and has exactly two distinct "
                   "positive divisors: 1 and itself. 2 is the only even prime; 3 and 5 cannot be written as a "
                   "product of two smaller natural numbers, so none of them is composite. Every larger "
                   "integer is either prime or a product of primes (the fundamental theorem of arithmetic), "
                   "which is why primes are called the building blocks of the integers."}}],
    "usage": {"prompt_tokens": 29, "completion_tokens": 92, "total_tokens": 121,
              "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
              "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                            "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}},
}).encode()
RESPONSE = json.dumps({
    "id": "resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b", "object": "response", "created_at": 1741476542,
    "status": "completed", "background": False, "error": None, "incomplete_details": None, "instructions": None,
    "max_output_tokens": None, "model": "gpt-4.1-2025-04-14", "parallel_tool_calls": True,
    "previous_response_id": None, "reasoning": {"effort": None, "summary": None}, "store": True,
    "temperature": 1.0, "text": {"format": {"type": "text"}}, "tool_choice": "auto", "tools": [], "top_p": 1.0,
    "truncation": "disabled", "user": None, "metadata": {},
    "output": [{"type": "message", "id": "msg_67ccd2bf17f0819081ff3bb2cf6508e60bb6a6b452d3795b",
                "status": "completed", "role": "assistant",
                "content": [{"type": "output_text", "annotations": [], "logprobs": [],
                             "text": json.loads(COMPLETION)["choices"][0]["message"]["content"]}]}],
    "usage": {"input_tokens": 36, "input_tokens_details": {"cached_tokens": 0}, "output_tokens": 87,
              "output_tokens_details": {"reasoning_tokens": 0}, "total_tokens": 123},
}).encode()
JSON_HEADERS = {"content-type": "application/json", "x-request-id": "req_bench"}
SSE_HEADERS = {"content-type": "text/event-stream", "x-request-id": "req_bench"}


def sse_events(n):
    """n chat.completion.chunk events then [DONE], one bytes object per event (built once)."""
    base = {"id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion.chunk",
            "created": 1741569952, "model": "gpt-4o-mini-2024-07-18", "service_tier": "default",
            "system_fingerprint": "fp_06737a9306"}
    out = []
    for i in range(n):
        delta = ({"role": "assistant", "content": "", "refusal": None} if i == 0 else {} if i == n - 1
                 else {"content": f" word{i % 97}"})
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": "stop" if i == n - 1 else None}
        out.append(b"data: " + json.dumps({**base, "choices": [choice]}).encode() + b"\n\n")
    return out + [b"data: [DONE]\n\n"]


def response_events(n):
    """A `responses.create(stream=True)` of n events: created, n-2 output_text deltas, completed."""
    created = json.loads(RESPONSE)
    created.update(status="in_progress", output=[], usage=None)
    out = [b"event: response.created\ndata: " + json.dumps({"type": "response.created", "sequence_number": 0, "response": created}).encode() + b"\n\n"]
    for i in range(1, n - 1):
        delta = {"type": "response.output_text.delta", "item_id": "msg_67ccd2bf17f0819081ff3bb2cf6508e60bb6a6b452d3795b",
                 "output_index": 0, "content_index": 0, "delta": f" word{i % 97}", "logprobs": [], "sequence_number": i}
        out.append(b"event: response.output_text.delta\ndata: " + json.dumps(delta).encode() + b"\n\n")
    done = {"type": "response.completed", "sequence_number": n - 1, "response": json.loads(RESPONSE)}
    return out + [b"event: response.completed\ndata: " + json.dumps(done).encode() + b"\n\n"]


def response_events_full(n):
    """A `responses.create(stream=True)` of n events as the API sends a message: created, the
    item and part announced, n-7 output_text deltas, then text, part and item done, completed.
    (The helpers need the announcements; `response_events` leaves them out.)"""
    final = json.loads(RESPONSE)
    item, part = final["output"][0], final["output"][0]["content"][0]
    created = {**final, "status": "in_progress", "output": [], "usage": None}
    msg = {"item_id": item["id"], "output_index": 0}
    events = [{"type": "response.created", "response": created},
              {"type": "response.output_item.added", "output_index": 0, "item": {**item, "status": "in_progress", "content": []}},
              {"type": "response.content_part.added", **msg, "content_index": 0, "part": {**part, "text": ""}}]
    pieces = [f" word{i % 97}" for i in range(n - 7)]
    events += [{"type": "response.output_text.delta", **msg, "content_index": 0, "delta": p, "logprobs": []} for p in pieces]
    text = "".join(pieces)
    done_part = {**part, "text": text}
    events += [{"type": "response.output_text.done", **msg, "content_index": 0, "text": text, "logprobs": []},
               {"type": "response.content_part.done", **msg, "content_index": 0, "part": done_part},
               {"type": "response.output_item.done", "output_index": 0, "item": {**item, "content": [done_part]}},
               {"type": "response.completed", "response": {**final, "output": [{**item, "content": [done_part]}]}}]
    return [f"event: {e['type']}\ndata: ".encode() + json.dumps({**e, "sequence_number": i}).encode() + b"\n\n"
            for i, e in enumerate(events)]


def transports(events, revents):
    """One sync and one async MockTransport: chat requests get COMPLETION or `events`, responses
    requests RESPONSE or `revents`, by the body's `stream`."""
    def pick(request):
        is_responses = request.url.path.endswith("/responses")
        if b'"stream":true' in request.content.replace(b" ", b""):
            return True, (revents if is_responses else events)
        return False, (RESPONSE if is_responses else COMPLETION)

    def handler(request):
        streamed, body = pick(request)
        if streamed:
            return httpx.Response(200, headers=SSE_HEADERS, content=iter(body))
        return httpx.Response(200, headers=JSON_HEADERS, content=body)

    async def agen(body):
        for e in body:
            yield e

    async def ahandler(request):
        streamed, body = pick(request)
        if streamed:
            return httpx.Response(200, headers=SSE_HEADERS, content=agen(body))
        return httpx.Response(200, headers=JSON_HEADERS, content=body)

    return httpx.MockTransport(handler), httpx.MockTransport(ahandler)


def clients(events, revents):
    sync_t, async_t = transports(events, revents)
    return ({"openai_table": openai_table.OpenAI(api_key=KEY, http_client=httpx.Client(transport=sync_t)),
             "official": openai.OpenAI(api_key=KEY, http_client=httpx.Client(transport=sync_t)),
             "raw_httpx": httpx.Client(transport=sync_t)},
            {"openai_table": openai_table.AsyncOpenAI(api_key=KEY, http_client=httpx.AsyncClient(transport=async_t)),
             "official": openai.AsyncOpenAI(api_key=KEY, http_client=httpx.AsyncClient(transport=async_t)),
             "raw_httpx": httpx.AsyncClient(transport=async_t)})


# -- the work each contender does: one call / one whole stream --------------------------------

AUTH = {"Authorization": f"Bearer {KEY}"}
BODY = {"model": MODEL, "messages": MESSAGES}


def call(name, c):
    if name == "raw_httpx":
        return json.loads(c.post(URL, json=BODY, headers=AUTH).content)
    return c.chat.completions.create(model=MODEL, messages=MESSAGES)


def stream(name, c):
    n = 0
    if name == "raw_httpx":
        with c.stream("POST", URL, json={**BODY, "stream": True}, headers=AUTH) as r:
            for line in r.iter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    json.loads(line[6:])
                    n += 1
        return n
    for chunk in c.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True):
        chunk.choices[0].delta.content
        n += 1
    return n


RURL = "https://api.openai.com/v1/responses"
RBODY = {"model": "gpt-4.1", "input": "Name three prime numbers and say why they are prime."}


def rcall(name, c):
    if name == "raw_httpx":
        return json.loads(c.post(RURL, json=RBODY, headers=AUTH).content)
    return c.responses.create(**RBODY)


def rstream(name, c):
    n = 0
    if name == "raw_httpx":
        with c.stream("POST", RURL, json={**RBODY, "stream": True}, headers=AUTH) as r:
            for line in r.iter_lines():
                if line.startswith("data: "):
                    json.loads(line[6:])
                    n += 1
        return n
    for event in c.responses.create(**RBODY, stream=True):
        event.type
        n += 1
    return n


def chat_helper(name, c):
    """chat.completions.stream(): every chunk through the helper, its content.delta events read;
    raw httpx + json as in `stream` (the floor). Returns the number of chunks."""
    if name == "raw_httpx":
        return stream(name, c)
    n = 0
    with c.chat.completions.stream(model=MODEL, messages=MESSAGES) as s:
        for event in s:
            if event.type == "chunk":
                n += 1
            elif event.type == "content.delta":
                event.delta
    return n


def responses_helper(name, c):
    """responses.stream(): every event through the helper (text deltas with their snapshot);
    raw httpx + json as in `rstream`. Returns the number of events."""
    if name == "raw_httpx":
        return rstream(name, c)
    n = 0
    with c.responses.stream(**RBODY) as s:
        for event in s:
            if event.type == "response.output_text.delta":
                event.delta
            n += 1
    return n


async def acall(name, c):
    if name == "raw_httpx":
        return json.loads((await c.post(URL, json=BODY, headers=AUTH)).content)
    return await c.chat.completions.create(model=MODEL, messages=MESSAGES)


async def astream(name, c):
    n = 0
    if name == "raw_httpx":
        async with c.stream("POST", URL, json={**BODY, "stream": True}, headers=AUTH) as r:
            async for line in r.aiter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    json.loads(line[6:])
                    n += 1
        return n
    async for chunk in await c.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True):
        chunk.choices[0].delta.content
        n += 1
    return n


# -- timing -----------------------------------------------------------------------------------

def timed(fn):
    """Seconds for fn(); same gc state for everyone: a full collection first, gc left enabled."""
    gc.collect()
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def interleaved(repeats, run_one, names=NAMES):
    """run_one(name) -> a figure, for every contender in each round, rotating the order per round."""
    samples = {n: [] for n in names}
    for r in range(repeats):
        for name in names[r % len(names):] + names[:r % len(names)]:
            samples[name].append(run_one(name))
    return samples


STARTUP = {
    "python -c pass": "pass",
    "raw_httpx": "import httpx, json; httpx.Client()",
    "openai_table": "import openai_table; c = openai_table.OpenAI(api_key='sk-bench'); "
                    "c.chat.completions; c.embeddings; c.files",
    "official": "import openai; c = openai.OpenAI(api_key='sk-bench'); c.chat.completions; c.embeddings; c.files",
}


def bench_startup(repeats):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "PYTHON"))}
    run = lambda code, *flags: subprocess.run([sys.executable, *flags, "-c", code], env=env, check=True,
                                             capture_output=True, text=True)
    for code in STARTUP.values():  # warm the OS file cache and the .pyc caches
        run(code)
    samples = interleaved(repeats, lambda name: timed(lambda: run(STARTUP[name])), tuple(STARTUP))
    importtime = {}  # cumulative import time (us) of the top-level package, from one -X importtime run
    for name, mod in (("openai_table", "openai_table"), ("official", "openai"), ("raw_httpx", "httpx")):
        for line in run(STARTUP[name], "-X", "importtime").stderr.splitlines():
            parts = [p.strip() for p in line.split("|")]
            if len(parts) == 3 and parts[2] == mod:
                importtime[name] = int(parts[1])
    return samples, importtime


def bench_calls(sync, repeats, n, call=call):
    [call(name, sync[name]) for name in NAMES for _ in range(200)]  # warm-up
    return interleaved(repeats, lambda name: timed(lambda: [call(name, sync[name]) for _ in range(n)]) / n)


def bench_stream(sync, repeats, chunks, stream=stream):
    assert all(stream(name, sync[name]) == chunks for name in NAMES)  # warm-up and sanity check
    return interleaved(repeats, lambda name: chunks / timed(lambda: stream(name, sync[name])))


# VmHWM, not ru_maxrss: the latter keeps the peak of the forking parent (this bench) across exec.
RSS = "{code}; print([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0])"


def bench_rss(repeats):
    """Peak RSS (KiB, Linux) of a fresh process doing the startup work, median of a few."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "PYTHON"))}
    one = lambda code: int(subprocess.run([sys.executable, "-c", RSS.format(code=code)], env=env, check=True,
                                          capture_output=True, text=True).stdout.split()[-1])
    return interleaved(repeats, lambda name: one(STARTUP[name]), tuple(STARTUP))


SPEECH = """
import httpx, os, tempfile, {pkg}
def hwm():
    return int([l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")][0])
SIZE, CHUNK = {size}, 1 << 16
def body():
    block = b"\\xff" * CHUNK
    for _ in range(SIZE // CHUNK):
        yield block
t = httpx.MockTransport(lambda r: httpx.Response(200, headers={{"content-type": "audio/mpeg"}}, content=body()))
c = {pkg}.OpenAI(api_key="sk-bench", http_client=httpx.Client(transport=t))
c.audio.speech  # the resource tree is built before the baseline
before = hwm()
path = os.path.join(tempfile.mkdtemp(), "speech.mp3")
with c.audio.speech.with_streaming_response.create(model="gpt-4o-mini-tts", voice="alloy", input="hi") as r:
    r.stream_to_file(path)
assert os.path.getsize(path) == SIZE
print(hwm() - before)
"""


def bench_speech(size=100 * 2**20):
    """Peak RSS growth (KiB) while a `size`-byte speech answer streams to a file."""
    out = {}
    for name, pkg in (("openai_table", "openai_table"), ("official", "openai")):
        run = subprocess.run([sys.executable, "-c", SPEECH.format(pkg=pkg, size=size)], capture_output=True, text=True)
        out[name] = int(run.stdout.split()[-1]) if run.returncode == 0 else None
        if run.returncode:
            print(f"  speech bench failed for {name}: {run.stderr.strip().splitlines()[-1:]}")
    return out


def bench_async(aio, repeats, n, chunks):
    async def main():
        async def many(name):
            for _ in range(n):
                await acall(name, aio[name])
        for name in NAMES:
            await many(name)
            assert await astream(name, aio[name]) == chunks, name
        calls, streams = {k: [] for k in NAMES}, {k: [] for k in NAMES}
        for r in range(repeats):
            for name in NAMES[r % 3:] + NAMES[:r % 3]:
                gc.collect()
                t = time.perf_counter()
                await many(name)
                calls[name].append((time.perf_counter() - t) / n)
                gc.collect()
                t = time.perf_counter()
                await astream(name, aio[name])
                streams[name].append(chunks / (time.perf_counter() - t))
        return calls, streams
    return asyncio.run(main())


def profile(sync, n, chunks, top=18):
    """cProfile openai_table: n calls, then one stream; print top functions by cumulative time."""
    for title, fn in ((f"{n} calls", lambda: [call("openai_table", sync["openai_table"]) for _ in range(n)]),
                      (f"one {chunks}-chunk stream", lambda: stream("openai_table", sync["openai_table"]))):
        prof = cProfile.Profile()
        prof.runcall(fn)
        stats = pstats.Stats(prof, stream=io.StringIO())
        total = stats.total_tt
        print(f"\n== cProfile openai_table, {title} (total {total:.3f}s; cum% of total) ==")
        rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][3])[:top]
        for (file, line, func), (cc, nc, tt, ct, _) in rows:
            where = f"{Path(file).parent.name}/{Path(file).name}:{line}" if line else file
            print(f"  {100 * ct / total:5.1f}%  tot {100 * tt / total:5.1f}%  {nc:>8}  {func}  ({where})")


# -- report -----------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer repeats, for a smoke run")
    ap.add_argument("--no-async", action="store_true", help="skip the AsyncOpenAI variants")
    ap.add_argument("--profile", action="store_true", help="cProfile openai_table per call and per chunk")
    ap.add_argument("--helpers-only", action="store_true", help="only the streaming-helper rows")
    ap.add_argument("--out", default=str(Path(__file__).with_name("results.json")))
    a = ap.parse_args()
    start_reps, call_reps, n_calls, stream_reps, chunks = (3, 3, 300, 2, 20_000) if a.quick else (15, 7, 2000, 5, 20_000)

    events = sse_events(chunks)
    sync, aio = clients(events, response_events(chunks))
    med = lambda s: {k: statistics.median(v) for k, v in s.items()}
    results = {"date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
               "machine": {"platform": platform.platform(), "python": sys.version.split()[0],
                           "implementation": platform.python_implementation(), "cpu_count": os.cpu_count(),
                           "openai": openai.__version__, "openai_table": openai_table.__version__,
                           "httpx": httpx.__version__},
               "settings": {"quick": a.quick, "startup_repeats": start_reps, "call_repeats": call_reps,
                            "calls_per_repeat": n_calls, "stream_repeats": stream_reps, "stream_chunks": chunks,
                            "completion_bytes": len(COMPLETION), "stream_bytes": sum(map(len, events))}}

    print(f"openai_table {openai_table.__version__} / openai {openai.__version__} / httpx {httpx.__version__}, "
          f"Python {results['machine']['python']}, {os.cpu_count()} CPUs, {platform.platform()}", flush=True)
    # The streaming helpers, on a shorter stream: the official helper re-dumps its snapshot on
    # every chunk, so its time per chunk grows with the length; 2,000 chunks is a long answer.
    helper_chunks = 2_000
    hsync, _ = clients(sse_events(helper_chunks), response_events_full(helper_chunks))
    results["settings"]["helper_stream_chunks"] = helper_chunks
    hc = bench_stream(hsync, stream_reps * 2, helper_chunks, chat_helper)
    results["chat_stream_helper_chunks_per_s"] = {"samples": hc, "median": med(hc)}
    hr = bench_stream(hsync, stream_reps * 2, helper_chunks, responses_helper)
    results["responses_stream_helper_events_per_s"] = {"samples": hr, "median": med(hr)}
    if a.helpers_only:
        _report_helpers(results)
        Path(a.out).write_text(json.dumps(results, indent=2) + "\n")
        print(f"\nRaw figures written to {a.out}")
        return
    s, imp = bench_startup(start_reps)
    results["startup_s"] = {"samples": s, "median": med(s), "importtime_us": imp}
    rss = bench_rss(max(start_reps // 3, 2))
    results["startup_peak_rss_kib"] = {"samples": rss, "median": med(rss)}
    c = bench_calls(sync, call_reps, n_calls)
    results["call_s"] = {"samples": c, "median": med(c)}
    st = bench_stream(sync, stream_reps, chunks)
    results["stream_chunks_per_s"] = {"samples": st, "median": med(st)}
    rc = bench_calls(sync, call_reps, n_calls, rcall)
    results["responses_call_s"] = {"samples": rc, "median": med(rc)}
    rst = bench_stream(sync, stream_reps, chunks, rstream)
    results["responses_stream_events_per_s"] = {"samples": rst, "median": med(rst)}
    results["speech_100mb_rss_growth_kib"] = bench_speech()
    if not a.no_async:
        ac, ast = bench_async(aio, max(call_reps // 2, 2), n_calls // 2, chunks)
        results["async_call_s"] = {"samples": ac, "median": med(ac)}
        results["async_stream_chunks_per_s"] = {"samples": ast, "median": med(ast)}

    S, C, T = results["startup_s"]["median"], results["call_s"]["median"], results["stream_chunks_per_s"]["median"]
    print(f"\n{'':34}{'openai_table':>14}{'official':>14}{'raw httpx':>14}{'table/official':>16}{'table/raw':>11}")
    row = lambda label, d, fmt, k=1: print(f"{label:34}" + "".join(f"{fmt(d[n] * k):>14}" for n in NAMES)
                                           + f"{d['openai_table'] / d['official']:>16.2f}"
                                           + f"{d['openai_table'] / d['raw_httpx']:>11.2f}")
    row(f"(a) startup, ms (floor {S['python -c pass'] * 1e3:.0f} ms)", S, "{:.0f}".format, 1e3)
    if len(imp) == 3:
        row("    -X importtime of package, ms", imp, "{:.0f}".format, 1e-3)
    R = results["startup_peak_rss_kib"]["median"]
    row("    peak RSS after startup, MiB", R, "{:.1f}".format, 1 / 1024)
    row("(b) chat.completions.create, us", C, "{:.1f}".format, 1e6)
    row("(c) stream, chunks/s", T, "{:,.0f}".format)
    row("    responses.create, us", results["responses_call_s"]["median"], "{:.1f}".format, 1e6)
    row("    responses stream, events/s", results["responses_stream_events_per_s"]["median"], "{:,.0f}".format)
    sp = results["speech_100mb_rss_growth_kib"]
    print(f"{'    100 MB speech to file, RSS +MiB':34}" + "".join(
        f"{(sp.get(n) / 1024 if sp.get(n) is not None else float('nan')):>14.1f}" for n in NAMES[:2]))
    if not a.no_async:
        row("    async create, us", results["async_call_s"]["median"], "{:.1f}".format, 1e6)
        row("    async stream, chunks/s", results["async_stream_chunks_per_s"]["median"], "{:,.0f}".format)

    _report_helpers(results)
    targets = [("(a) startup openai_table/official", S["openai_table"] / S["official"], "<=", 0.25),
               ("(b) per-call openai_table/raw httpx", C["openai_table"] / C["raw_httpx"], "<=", 1.3),
               ("(c) stream openai_table/raw httpx", T["openai_table"] / T["raw_httpx"], ">=", 0.4),
               ("startup peak RSS openai_table, MiB", R["openai_table"] / 1024, "<=", 30),
               ("100 MB speech streamed, RSS growth openai_table, MiB",
                (sp["openai_table"] or float("inf")) / 1024, "<=", 20)]
    print("\nTargets (informational):")
    results["targets"] = []
    for label, ratio, op, goal in targets:
        ok = ratio <= goal if op == "<=" else ratio >= goal
        results["targets"].append({"target": label, "ratio": ratio, "goal": f"{op} {goal}", "met": ok})
        print(f"  {'PASS' if ok else 'MISS'}  {label} = {ratio:.2f}  (target {op} {goal})")

    results["targets"] += results.pop("helper_targets")
    Path(a.out).write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nRaw figures written to {a.out}")
    if a.profile:
        profile(sync, n_calls, chunks)


def _report_helpers(results):
    """Print the streaming-helper rows and their targets; keep the targets in results."""
    n = results["settings"]["helper_stream_chunks"]
    print(f"\nStreaming helpers ({n:,}-chunk streams):")
    print(f"{'':34}{'openai_table':>14}{'official':>14}{'raw httpx':>14}{'table/official':>16}{'table/raw':>11}")
    rows = [("chat.completions.stream, chunks/s", results["chat_stream_helper_chunks_per_s"]["median"]),
            ("responses.stream, events/s", results["responses_stream_helper_events_per_s"]["median"])]
    targets = []
    for label, d in rows:
        print(f"{label:34}" + "".join(f"{d[k]:>14,.0f}" for k in NAMES)
              + f"{d['openai_table'] / d['official']:>16.2f}{d['openai_table'] / d['raw_httpx']:>11.2f}")
        targets += [(f"{label.split(',')[0]} openai_table/official", d["openai_table"] / d["official"], ">=", 10),
                    (f"{label.split(',')[0]} openai_table/raw httpx", d["openai_table"] / d["raw_httpx"], ">=", 0.35)]
    results["helper_targets"] = []
    for label, ratio, op, goal in targets:
        ok = ratio >= goal
        results["helper_targets"].append({"target": label, "ratio": ratio, "goal": f"{op} {goal}", "met": ok})
        print(f"  {'PASS' if ok else 'MISS'}  {label} = {ratio:.2f}  (target {op} {goal})")


if __name__ == "__main__":
    main()
