"""helpers.bulk: the concurrent mode against a local server that enforces a rate limit with the
x-ratelimit-* headers and 429s, resume after an interrupted run, and the batch mode against a
scripted API (httpx.MockTransport)."""

import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from openai_table import AsyncOpenAI, OpenAI
from openai_table.cli import main
from openai_table.helpers import bulk

LIMIT, WINDOW = 6, 0.25  # requests per window


class RateLimited:
    """A fixed-window limiter: LIMIT requests per WINDOW s, a 429 past it."""

    def __init__(self):
        self.lock = threading.Lock()
        self.start = time.monotonic()
        self.window = -1
        self.used = 0
        self.log = []  # (arrival monotonic, custom_id, status)

    def hit(self):
        with self.lock:
            now = time.monotonic()
            w = int((now - self.start) / WINDOW)
            if w != self.window:
                self.window, self.used = w, 0
            reset = self.start + (w + 1) * WINDOW - now
            ok = self.used < LIMIT
            if ok:
                self.used += 1
            return now, ok, LIMIT - self.used, reset


def make_server(state):
    class H(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["content-length"])))
            cid = body["messages"][0]["content"]
            now, ok, remaining, reset = state.hit()
            state.log.append((now, cid, 200 if ok else 429))
            headers = {"x-ratelimit-limit-requests": str(LIMIT), "x-ratelimit-remaining-requests": str(remaining),
                       "x-ratelimit-reset-requests": f"{int(reset * 1000)}ms",
                       "x-ratelimit-limit-tokens": "1000000", "x-ratelimit-remaining-tokens": "999000",
                       "x-ratelimit-reset-tokens": "6m0s", "x-request-id": f"req_{cid}"}
            if ok:
                payload = {"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": [
                    {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": cid.upper()}}],
                    "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}}
                status = 200
            else:
                payload = {"error": {"message": "Rate limit reached", "type": "requests", "code": "rate_limit_exceeded"}}
                status = 429
            data = json.dumps(payload).encode()
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), H)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def served():
    state = RateLimited()
    server = make_server(state)
    yield state, f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def reqs(n, prefix="r"):
    return [{"custom_id": f"{prefix}{i}", "method": "POST", "url": "/v1/chat/completions",
             "body": {"model": "m", "messages": [{"role": "user", "content": f"{prefix}{i}"}], "max_tokens": 5}}
            for i in range(n)]


def test_parse_duration_and_estimate():
    assert bulk.parse_duration("1s") == 1 and bulk.parse_duration("6m0s") == 360
    assert bulk.parse_duration("20ms") == 0.02 and bulk.parse_duration("1h2m3.5s") == 3723.5
    assert bulk.parse_duration("0.5") == 0.5 and bulk.parse_duration("soon") is None
    assert bulk.estimate_tokens({"messages": "x" * 400, "max_tokens": 10}) > 100


def test_concurrent_rate_limited(served, tmp_path, capsys):
    state, base = served
    client = AsyncOpenAI(api_key="k", base_url=base, max_retries=5)
    summary = bulk.Summary()
    seen = []
    t0 = time.monotonic()
    out = list(bulk.run(client, reqs(48), results=tmp_path / "r.jsonl", max_concurrency=10, summary=summary,
                        progress=lambda d, t: seen.append((d, t))))
    elapsed = time.monotonic() - t0
    by = {r["custom_id"]: r for r in out}
    assert set(by) == {f"r{i}" for i in range(48)}
    assert all(r["response"]["status_code"] == 200 and r["response"]["body"]["choices"][0]["message"]["content"]
               == r["custom_id"].upper() for r in out)
    assert seen[-1] == (48, 48)
    assert summary.done == 48 and summary.failed == 0 and summary.tokens == 48 * 5
    # The first burst (10 at once, nothing known yet) overflows the limit of 6: some 429s ...
    rejected = [t for t, _, s in state.log if s == 429]
    assert rejected and summary.rate_limited == len(rejected) == summary.retried
    # ... and none of them arrived after the client saw the first 429: nothing sent over the limit since.
    assert summary.first_429_at is not None and max(rejected) < summary.first_429_at
    # Every request answered exactly once.
    ok = Counter(c for _, c, s in state.log if s == 200)
    assert set(ok.values()) == {1} and len(ok) == 48
    lines = (tmp_path / "r.jsonl").read_text().splitlines()
    assert len(lines) == 48
    with capsys.disabled():
        print(f"\nbulk: 48 requests in {elapsed:.2f} s = {48 / elapsed:.1f} req/s against a {LIMIT / WINDOW:.0f} req/s "
              f"limit; 429s {len(rejected)}; {summary}")


def test_interrupted_run_resumes(served, tmp_path):
    state, base = served
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
    assert sorted(final) == sorted(f"q{i}" for i in range(30)) and len(final) == 30  # nothing lost or twice
    ok = Counter(c for _, c, s in state.log if s == 200)
    assert len(ok) == 30 and set(ok.values()) == {1}  # nothing sent twice to the server
    assert list(bulk.run(client, requests, results=path)) == []  # all done: nothing sent


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


def test_cli_bulk(served, tmp_path):
    state, base = served
    requests = tmp_path / "requests.jsonl"
    requests.write_text("".join(json.dumps(r) + "\n" for r in reqs(8, "c")))
    out, err = tmp_path / "results.jsonl", []

    class Err:
        def write(self, s):
            err.append(s)

    code = main(["bulk", str(requests), "-o", str(out), "--base-url", base, "--api-key", "k", "--max-concurrency", "4"],
                stderr=Err())
    assert code == 0, err
    assert sorted(json.loads(x)["custom_id"] for x in out.read_text().splitlines()) == sorted(f"c{i}" for i in range(8))
    assert "done 8" in "".join(err)
