"""helpers.bulk against a local server on 127.0.0.1 (tests/_ratelimited.py) that enforces a rate
limit with the x-ratelimit-* headers and 429s: nothing over the limit is sent once an answer has
told the runner about it, an interrupted run resumed sends each request exactly once, and the
Batch API mode end to end (upload, batch, poll, output and error files), sync and async."""

import contextlib
import json
import math
import sys
import time
from collections import Counter

import httpx
import pytest

from openai_table import AsyncOpenAI, OpenAI
from openai_table.helpers import bulk

from _ratelimited import BatchState, Limits, base_url, make_server, serve  # noqa: F401  (serve: the fixture)



def reqs(n, prefix="r", max_tokens=5, model="m"):
    return [{"custom_id": f"{prefix}{i}", "method": "POST", "url": "/v1/chat/completions",
             "body": {"model": model, "messages": [{"role": "user", "content": f"{prefix}{i}"}], "max_tokens": max_tokens}}
            for i in range(n)]


class Watch:
    """httpx event hooks: when each request went out and when the first 429 came back."""

    def __init__(self):
        self.sent_at, self.rejected_sent, self.first_429 = {}, [], None

    async def request(self, request):
        self.sent_at[id(request)] = time.monotonic()

    async def response(self, response):
        if response.status_code == 429:
            if self.first_429 is None:
                self.first_429 = time.monotonic()
            self.rejected_sent.append(self.sent_at[id(response.request)])

    def client(self, base, **kw):
        hooks = {"request": [self.request], "response": [self.response]}
        return AsyncOpenAI(api_key="k", base_url=base, http_client=httpx.AsyncClient(event_hooks=hooks), **kw)

    def check(self, limits):
        # Every request the server refused went out before the first refusal came back: once the
        # runner has heard from the server, it sends nothing over the limit.
        assert len(self.rejected_sent) == len(limits.rejected())
        assert all(t < self.first_429 for t in self.rejected_sent), (self.first_429, self.rejected_sent)


def test_parse_duration_and_estimate():
    assert bulk.parse_duration("1s") == 1 and bulk.parse_duration("6m0s") == 360
    assert bulk.parse_duration("20ms") == 0.02 and bulk.parse_duration("1h2m3.5s") == 3723.5
    assert bulk.parse_duration("0.5") == 0.5 and bulk.parse_duration("soon") is None
    assert bulk.estimate_tokens({"messages": "x" * 400, "max_tokens": 10}) > 100


def test_concurrent_rate_limited(serve, tmp_path):
    limits, _, base = serve(Limits(requests=6, window=0.25))
    watch = Watch()
    summary, seen = bulk.Summary(), []
    out = list(bulk.run(watch.client(base, max_retries=5), reqs(48), results=tmp_path / "r.jsonl", max_concurrency=10,
                        summary=summary, progress=lambda d, t: seen.append((d, t))))
    assert sorted(r["custom_id"] for r in out) == sorted(f"r{i}" for i in range(48))
    assert all(r["response"]["status_code"] == 200 and r["response"]["request_id"] == f"req_{r['custom_id']}"
               and r["response"]["body"]["choices"][0]["message"]["content"] == r["custom_id"].upper() for r in out)
    assert seen[-1] == (48, 48) and [d for d, _ in seen] == list(range(1, 49))
    assert (summary.done, summary.failed, summary.tokens) == (48, 0, 48 * 5), summary
    # The first burst (10 at once, nothing known yet) may overflow the 6 of a window; the runner
    # retries those, and nothing sent after it heard of the limit is refused.
    assert summary.rate_limited == len(limits.rejected()) == summary.retried <= 10
    watch.check(limits)
    assert limits.accepted() == Counter({f"r{i}": 1 for i in range(48)})
    assert len((tmp_path / "r.jsonl").read_text().splitlines()) == 48
    assert str(summary).startswith("done 48, failed 0, retried ")


async def test_arun_tokens_limit_and_retry_after(serve):
    # Tokens bind here (120 a window; the runner estimates each request above the server's 20),
    # and the 429s name a retry-after-ms.
    limits, _, base = serve(Limits(requests=50, tokens=120, window=0.2, retry_after_ms=True))
    watch = Watch()
    summary = bulk.Summary()
    out = []
    async for r in bulk.arun(watch.client(base, max_retries=4), reqs(20, "t", max_tokens=20), max_concurrency=8,
                             summary=summary):
        out.append(r)
    assert sorted(r["custom_id"] for r in out) == sorted(f"t{i}" for i in range(20))
    assert summary.done == 20 and summary.failed == 0
    watch.check(limits)
    assert limits.accepted() == Counter({f"t{i}": 1 for i in range(20)})


async def test_arun_gives_up_after_max_retries():
    sent = []

    def handler(request):
        sent.append(time.monotonic())
        return httpx.Response(429, headers={"retry-after-ms": "30"}, json={"error": {"message": "slow down"}})

    client = AsyncOpenAI(api_key="k", base_url="http://x/v1", max_retries=2,
                         http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)))
    summary = bulk.Summary()
    out = [r async for r in bulk.arun(client, reqs(1), summary=summary)]
    assert out[0]["response"]["status_code"] == 429 and out[0]["response"]["body"]["error"]["message"] == "slow down"
    assert len(sent) == 3 and summary.retried == 2 and summary.rate_limited == 3 and summary.failed == 1
    assert all(b - a >= 0.03 for a, b in zip(sent, sent[1:]))  # retry-after-ms honoured (a lower bound, not a speed)


def test_interrupted_run_resumes(serve, tmp_path):
    limits, _, base = serve(Limits(requests=6, window=0.2))
    path = tmp_path / "results.jsonl"
    requests = tmp_path / "requests.jsonl"
    requests.write_text("".join(json.dumps(r) + "\n" for r in reqs(30, "q")))
    client = OpenAI(api_key="k", base_url=base, max_retries=5)  # a sync client: the runner makes its async twin
    first = []
    for r in bulk.run(client, requests, results=path, max_concurrency=4):
        first.append(r["custom_id"])
        if len(first) == 10:
            break  # interrupted: requests already sent finish and are written
    written = [json.loads(x)["custom_id"] for x in path.read_text().splitlines()]
    assert set(first) <= set(written) and len(written) < 30
    summary = bulk.Summary()
    second = [r["custom_id"] for r in bulk.run(client, requests, results=path, max_concurrency=4, summary=summary)]
    assert summary.skipped == len(written) and not set(second) & set(written)
    final = [json.loads(x)["custom_id"] for x in path.read_text().splitlines()]
    assert sorted(final) == sorted(f"q{i}" for i in range(30))  # nothing lost, nothing twice
    assert limits.accepted() == Counter({f"q{i}": 1 for i in range(30)})  # each answered exactly once, across both runs
    assert len(limits.rejected()) <= 8  # at most each run's first burst
    assert list(bulk.run(client, requests, results=path)) == []  # all done: nothing sent


def test_results_line_cut_short_runs_again(serve, tmp_path):
    limits, _, base = serve(Limits(requests=100))
    path = tmp_path / "results.jsonl"
    client = OpenAI(api_key="k", base_url=base)
    assert len(list(bulk.run(client, reqs(2, "x"), results=path))) == 2
    lines = path.read_text().splitlines()
    path.write_text(lines[0] + "\n" + lines[1][:20])  # killed while writing the second result
    again = [r["custom_id"] for r in bulk.run(client, reqs(2, "x"), results=path)]
    assert again == [json.loads(lines[1])["custom_id"]]
    ids = []
    for line in path.read_text().splitlines():
        with contextlib.suppress(ValueError):
            ids.append(json.loads(line)["custom_id"])
    assert sorted(ids) == ["x0", "x1"]


async def test_arun_interrupted_resumes(serve, tmp_path):
    limits, _, base = serve(Limits(requests=5, window=0.2))
    path = tmp_path / "results.jsonl"
    client = AsyncOpenAI(api_key="k", base_url=base, max_retries=5)
    got = []
    async with contextlib.aclosing(bulk.arun(client, reqs(20, "a"), results=path, max_concurrency=3)) as results:
        async for r in results:
            got.append(r["custom_id"])
            if len(got) == 4:
                break
    written = [json.loads(x)["custom_id"] for x in path.read_text().splitlines()]
    assert set(got) <= set(written) and len(written) < 20
    rest = [r["custom_id"] async for r in bulk.arun(client, reqs(20, "a"), results=path, max_concurrency=3)]
    assert sorted(written + rest) == sorted(f"a{i}" for i in range(20))
    assert limits.accepted() == Counter({f"a{i}": 1 for i in range(20)})
    await client.close()


def test_progress_true_uses_tqdm_or_prints(serve, capsys, monkeypatch):
    pytest.importorskip("tqdm")
    _, _, base = serve(Limits(requests=100))
    client = OpenAI(api_key="k", base_url=base)
    assert len(list(bulk.run(client, reqs(5), progress=True))) == 5
    err = capsys.readouterr().err
    assert "5/5" in err  # tqdm's bar
    monkeypatch.setitem(sys.modules, "tqdm", None)  # neither tqdm nor rich: plain lines on stderr
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    monkeypatch.setitem(sys.modules, "rich", None)
    monkeypatch.setitem(sys.modules, "rich.progress", None)
    assert len(list(bulk.run(client, reqs(5, "p"), progress=True))) == 5
    err = capsys.readouterr().err
    assert "bulk: 5/5 done" in err.splitlines()[-1]


def test_batch_mode_local_server(serve, tmp_path):
    _, batch, base = serve(batch=BatchState(polls=3))
    client = OpenAI(api_key="k", base_url=base)
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps({"custom_id": "b0", "response": {"status_code": 200}}) + "\n")  # done before
    requests = reqs(5, "b") + reqs(1, "bad", model="bad")
    progress, summary = [], bulk.Summary()
    out = list(bulk.run(client, requests, mode="batch", results=path, poll_interval_ms=10, summary=summary,
                        progress=lambda d, t: progress.append((d, t)), metadata={"job": "t"}))
    assert [c for c in batch.calls if c[0] == "POST"] == [("POST", "/v1/files"), ("POST", "/v1/batches")]
    assert batch.purposes["file-1"] == "batch"
    sent = [json.loads(x) for x in batch.files["file-1"].splitlines()]
    assert [x["custom_id"] for x in sent] == ["b1", "b2", "b3", "b4", "bad0"]  # b0 was done: skipped
    assert sent[0] == {"custom_id": "b1", "method": "POST", "url": "/v1/chat/completions", "body": reqs(2, "b")[1]["body"]}
    created = batch.batches["batch_1"]
    assert created["endpoint"] == "/v1/chat/completions" and created["completion_window"] == "24h"
    assert created["metadata"] == {"job": "t"}
    by = {r["custom_id"]: r for r in out}
    assert {c: r["response"]["status_code"] for c, r in by.items()} == {"b1": 200, "b2": 200, "b3": 200, "b4": 200, "bad0": 400}
    assert by["b3"]["response"]["body"]["choices"][0]["message"]["content"] == "B3"
    assert "does not exist" in by["bad0"]["response"]["body"]["error"]["message"]
    assert (summary.done, summary.failed, summary.tokens, summary.skipped) == (4, 1, 20, 1)
    assert summary.batch_id == "batch_1" and progress[-1] == (5, 5)
    assert sorted(json.loads(x)["custom_id"] for x in path.read_text().splitlines()) == ["b0", "b1", "b2", "b3", "b4", "bad0"]
    assert [c for c in batch.calls if c[0] == "GET" and "batches" in c[1]] == [("GET", "/v1/batches/batch_1")] * 3
    assert list(bulk.run(client, requests, mode="batch", results=path)) == []  # all done: no new batch
    assert len(batch.batches) == 1


def test_batch_mode_interrupted_resumes(serve, tmp_path):
    # Stopped while polling: the batch goes on at the server; the next run picks it up (from the
    # results file's sidecar) instead of sending its requests again.
    _, batch, base = serve(batch=BatchState(polls=4))
    client = OpenAI(api_key="k", base_url=base)
    path = tmp_path / "out.jsonl"

    def interrupt(seconds):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        list(bulk.run(client, reqs(4, "k"), mode="batch", results=path, sleep=interrupt))
    assert len(batch.batches) == 1 and (not path.exists() or path.read_text() == "")
    assert json.loads((tmp_path / "out.jsonl.batch").read_text())["batch_id"] == "batch_1"
    summary = bulk.Summary()
    out = list(bulk.run(client, reqs(4, "k"), mode="batch", results=path, poll_interval_ms=1, summary=summary))
    assert sorted(r["custom_id"] for r in out) == ["k0", "k1", "k2", "k3"] and summary.batch_id == "batch_1"
    assert len(batch.batches) == 1 and [c for c in batch.calls if c == ("POST", "/v1/files")] == [("POST", "/v1/files")]
    assert batch.executed == Counter({f"k{i}": 1 for i in range(4)})
    assert not (tmp_path / "out.jsonl.batch").exists()


def test_failures_are_results(tmp_path):
    def handler(r):
        return httpx.Response(400, json={"error": {"message": "bad model", "type": "invalid_request_error"}})

    client = AsyncOpenAI(api_key="k", base_url="http://x/v1", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)))
    summary = bulk.Summary()
    out = list(bulk.run(client, reqs(3), summary=summary))
    assert [r["response"]["status_code"] for r in out] == [400] * 3
    assert out[0]["response"]["body"]["error"]["message"] == "bad model"
    assert summary.failed == 3 and summary.retried == 0
    with pytest.raises(ValueError):
        list(bulk.run(client, reqs(2) + reqs(1)))  # duplicate custom_id


class BatchAPI:
    def __init__(self, polls=2):
        self.files = {}
        self.polls = polls
        self.calls = []
        self.batch = None

    def __call__(self, r):
        self.calls.append((r.method, r.url.path))
        path = r.url.path
        if path == "/v1/files" and r.method == "POST":
            content = r.read()
            assert b'name="purpose"' in content and b"batch" in content
            lines = [json.loads(x) for x in content.split(b"\r\n\r\n", 2)[-1].split(b"\r\n--")[0].splitlines() if x.strip()]
            self.files["file-in"] = lines
            return httpx.Response(200, json={"id": "file-in", "object": "file", "bytes": len(content), "created_at": 1,
                                             "filename": "requests.jsonl", "purpose": "batch", "status": "processed"})
        if path == "/v1/batches" and r.method == "POST":
            body = json.loads(r.content)
            assert body["input_file_id"] == "file-in" and body["endpoint"] == "/v1/chat/completions"
            self.batch = {"id": "batch_1", "object": "batch", "endpoint": body["endpoint"], "input_file_id": "file-in",
                          "completion_window": "24h", "status": "validating", "created_at": 1,
                          "request_counts": {"total": 0, "completed": 0, "failed": 0}}
            return httpx.Response(200, json=self.batch)
        if path == "/v1/batches/batch_1":
            self.polls -= 1
            if self.polls <= 0:
                lines = self.files["file-in"]
                self.batch.update(status="completed", output_file_id="file-out", error_file_id="file-err",
                                  request_counts={"total": len(lines), "completed": len(lines) - 1, "failed": 1})
            else:
                self.batch.update(status="in_progress")
            return httpx.Response(200, json=self.batch)
        if path == "/v1/files/file-out/content":
            lines = self.files["file-in"][:-1]
            return httpx.Response(200, text="".join(json.dumps({
                "id": f"br_{x['custom_id']}", "custom_id": x["custom_id"], "error": None,
                "response": {"status_code": 200, "request_id": "q", "body": {
                    "id": "c", "object": "chat.completion", "usage": {"total_tokens": 7}}}}) + "\n" for x in lines))
        if path == "/v1/files/file-err/content":
            x = self.files["file-in"][-1]
            return httpx.Response(200, text=json.dumps({"id": "br_e", "custom_id": x["custom_id"], "response": {
                "status_code": 400, "request_id": "q", "body": {"error": {"message": "bad"}}}, "error": None}) + "\n")
        return httpx.Response(404, json={"error": {"message": f"no {path}"}})


def test_batch_mode(tmp_path):
    api = BatchAPI(polls=3)
    client = OpenAI(api_key="k", base_url="http://x/v1", http_client=httpx.Client(transport=httpx.MockTransport(api)))
    slept, progress, summary = [], [], bulk.Summary()
    path = tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl").write_text(json.dumps({"custom_id": "r0", "response": {"status_code": 200}}) + "\n")
    out = list(bulk.run(client, reqs(5), mode="batch", results=path, poll_interval_ms=250, sleep=slept.append,
                        progress=lambda d, t: progress.append((d, t)), summary=summary))
    assert slept == [0.25] * 3
    assert [x["custom_id"] for x in api.files["file-in"]] == ["r1", "r2", "r3", "r4"]  # r0 was done: skipped
    assert api.files["file-in"][0]["body"]["model"] == "m" and api.files["file-in"][0]["method"] == "POST"
    assert {r["custom_id"]: r["response"]["status_code"] for r in out} == {"r1": 200, "r2": 200, "r3": 200, "r4": 400}
    assert summary.done == 3 and summary.failed == 1 and summary.tokens == 21 and summary.skipped == 1
    assert summary.batch_id == "batch_1" and progress[-1] == (4, 4)
    assert len(path.read_text().splitlines()) == 5




# -- the throttle's promise, over simulated time ----------------------------------------------
# A fixed-window server (random window length, offset and limit), requests whose trip to the
# server and back take random times (up to several windows), headers rounded down to the
# millisecond as a server writes them: once the first answer is back, no request the runner
# lets out is refused. The runner's own limiter decides; only the clock and the wire are fake.

from hypothesis import given, settings, strategies as st  # noqa: E402


def simulate(seed, limit, window, offset, up_max, down_max, concurrency, n):
    import heapq
    import random

    rnd = random.Random(seed)
    now = [0.0]
    limiter = bulk._Limiter(clock=lambda: now[0])
    events, order = [], iter(range(10**9))
    used = {}  # window index -> requests accepted
    first_answer = None
    refused_after_first_answer = []
    in_flight, sent, answered = 0, 0, 0
    next_try = 0.0

    def at(t, *what):
        heapq.heappush(events, (t, next(order), *what))

    at(0.0, "try")
    while answered < n:
        now[0], _, kind, *rest = heapq.heappop(events)
        t = now[0]
        if kind == "try":
            while sent < n and in_flight < concurrency:
                delay = limiter.delay(5, t)
                if delay != 0:
                    if delay is not None and t + delay > next_try:
                        next_try = t + delay
                        at(next_try, "try")
                    break
                ticket = limiter.take(5, t)
                sent += 1
                in_flight += 1
                at(t + rnd.uniform(0, up_max), "arrive", ticket, first_answer is not None)
        elif kind == "arrive":
            ticket, after_first = rest
            k = math.floor((t - offset) / window)
            ok = used.get(k, 0) < limit
            if ok:
                used[k] = used.get(k, 0) + 1
            reset = offset + (k + 1) * window - t
            headers = {"x-ratelimit-limit-requests": str(limit),
                       "x-ratelimit-remaining-requests": str(limit - used.get(k, 0)),
                       "x-ratelimit-reset-requests": f"{int(reset * 1000)}ms"}
            if not ok and after_first:
                refused_after_first_answer.append((t, ticket))
            at(t + rnd.uniform(0, down_max), "answer", ticket, 200 if ok else 429, headers)
        else:
            ticket, status, headers = rest
            limiter.release(ticket, 5, httpx.Response(status, headers=headers))
            if first_answer is None:
                first_answer = t
            in_flight -= 1
            answered += status == 200
            if status == 429:
                sent -= 1  # sent again later, as the runner retries it
            at(t, "try")
    return refused_after_first_answer, used


@settings(max_examples=150, deadline=None)
@given(seed=st.integers(0, 2**32), limit=st.integers(1, 30), window=st.floats(0.05, 2.0),
       offset=st.floats(0, 1), up=st.floats(0, 1.5), down=st.floats(0, 1.5), concurrency=st.integers(1, 40))
def test_throttle_never_sends_over_the_limit_once_answered(seed, limit, window, offset, up, down, concurrency):
    refused, used = simulate(seed, limit, window, offset, up * window, down * window, concurrency, n=4 * limit + 10)
    assert refused == []
    assert max(used.values()) <= limit


def test_progress_true_with_rich(serve, monkeypatch):
    pytest.importorskip("rich.progress")
    import rich.progress

    _, _, base = serve(Limits(requests=100))
    monkeypatch.setitem(sys.modules, "tqdm", None)  # tqdm comes first when both are there
    updates = []
    real_update = rich.progress.Progress.update

    def update(self, task, **kw):
        updates.append((kw.get("completed"), kw.get("total")))
        return real_update(self, task, **kw)

    monkeypatch.setattr(rich.progress.Progress, "update", update)
    assert len(list(bulk.run(OpenAI(api_key="k", base_url=base), reqs(4, "w"), progress=True))) == 4
    assert updates == [(1, 4), (2, 4), (3, 4), (4, 4)]
