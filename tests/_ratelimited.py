"""A local API server (a real socket on 127.0.0.1) for the bulk runner's tests, the CLI's and
bench/bulk.py: chat completions under a fixed-window rate limit that answers with the
x-ratelimit-* headers and 429s, and the Batch API (files, batches, output and error files)."""

import email.parser
import json
import math
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional, Tuple

import pytest


def fmt_reset(seconds: float) -> str:
    """As the API writes them: '250ms', '1.5s', '6m0s' (rounded down, as a server might)."""
    ms = int(seconds * 1000)
    if ms < 1000:
        return f"{ms}ms"
    if ms < 60_000:
        return f"{ms / 1000:g}s"
    return f"{ms // 60_000}m{(ms % 60_000) / 1000:g}s"


class Limits:
    """`requests` requests and `tokens` tokens per `window` s (fixed windows); a 429 past either.
    A request's tokens: its max_tokens plus its messages' characters / 4 (never more than the
    runner's estimate, as the API's own count stays under a fair estimate)."""

    def __init__(self, requests: int = 6, tokens: int = 1_000_000, window: float = 0.25,
                 retry_after_ms: bool = False) -> None:
        self.limit_requests, self.limit_tokens, self.window = requests, tokens, window
        self.retry_after_ms = retry_after_ms
        self.lock = threading.Lock()
        self.start = time.monotonic()
        self.index = -1
        self.used_requests = self.used_tokens = 0
        self.log: List[Tuple[float, str, int]] = []  # (arrival, custom_id, status)

    def hit(self, cid: str, tokens: int) -> Tuple[int, Dict[str, str]]:
        with self.lock:
            now = time.monotonic()
            w = int((now - self.start) / self.window)
            if w != self.index:
                self.index, self.used_requests, self.used_tokens = w, 0, 0
            reset = self.start + (w + 1) * self.window - now
            ok = self.used_requests < self.limit_requests and self.used_tokens + tokens <= self.limit_tokens
            if ok:
                self.used_requests += 1
                self.used_tokens += tokens
            left_r = self.limit_requests - self.used_requests
            left_t = self.limit_tokens - self.used_tokens
            if not ok and left_t >= tokens:
                left_r = 0  # the one that ran out says 0
            headers = {"x-ratelimit-limit-requests": str(self.limit_requests),
                       "x-ratelimit-remaining-requests": str(left_r),
                       "x-ratelimit-reset-requests": fmt_reset(reset),
                       "x-ratelimit-limit-tokens": str(self.limit_tokens),
                       "x-ratelimit-remaining-tokens": str(left_t if ok or left_r == 0 else 0),
                       "x-ratelimit-reset-tokens": fmt_reset(reset)}
            if not ok and self.retry_after_ms:
                headers["retry-after-ms"] = str(math.ceil(reset * 1000))
            status = 200 if ok else 429
            self.log.append((now, cid, status))
            return status, headers

    def accepted(self) -> Counter:
        return Counter(c for _, c, s in self.log if s == 200)

    def rejected(self) -> List[Tuple[float, str, int]]:
        return [x for x in self.log if x[2] == 429]


def completion(cid: str, body: Dict[str, Any]) -> Dict[str, Any]:
    return {"id": f"chatcmpl-{cid}", "object": "chat.completion", "created": 1, "model": body.get("model", "m"),
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": cid.upper()}}],
            "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}}


def request_tokens(body: Dict[str, Any]) -> int:
    chars = sum(len(str(m.get("content", ""))) for m in body.get("messages", []))
    return int(body.get("max_tokens") or 0) + chars // 4


class BatchState:
    """The Batch API: uploaded files, batches that complete after `polls` retrievals."""

    def __init__(self, polls: int = 2) -> None:
        self.files: Dict[str, bytes] = {}
        self.purposes: Dict[str, str] = {}
        self.batches: Dict[str, Dict[str, Any]] = {}
        self.polls = polls
        self.calls: List[Tuple[str, str]] = []
        self.executed: Counter = Counter()  # custom_id -> times run by a batch

    def upload(self, content_type: str, data: bytes) -> Dict[str, Any]:
        msg = email.parser.BytesParser().parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + data)
        fields: Dict[str, Any] = {}
        filename = None
        for part in msg.get_payload():
            name = part.get_param("name", header="content-disposition")
            if part.get_filename():
                filename = part.get_filename()
            fields[name] = part.get_payload(decode=True)
        fid = f"file-{len(self.files) + 1}"
        self.files[fid] = fields["file"]
        self.purposes[fid] = fields["purpose"].decode()
        return {"id": fid, "object": "file", "bytes": len(fields["file"]), "created_at": 1, "filename": filename,
                "purpose": self.purposes[fid], "status": "processed"}

    def create(self, body: Dict[str, Any]) -> Dict[str, Any]:
        bid = f"batch_{len(self.batches) + 1}"
        batch = {"id": bid, "object": "batch", "endpoint": body["endpoint"], "input_file_id": body["input_file_id"],
                 "completion_window": body["completion_window"], "status": "validating", "created_at": 1,
                 "metadata": body.get("metadata"), "request_counts": {"total": 0, "completed": 0, "failed": 0},
                 "_polls": self.polls}
        self.batches[bid] = batch
        return batch

    def retrieve(self, bid: str) -> Dict[str, Any]:
        batch = self.batches[bid]
        batch["_polls"] -= 1
        lines = [json.loads(x) for x in self.files[batch["input_file_id"]].splitlines() if x.strip()]
        if batch["_polls"] > 0:
            done = len(lines) // (batch["_polls"] + 1)
            batch.update(status="in_progress", request_counts={"total": len(lines), "completed": done, "failed": 0})
        elif batch["status"] != "completed":
            out, err = [], []
            for x in lines:
                self.executed[x["custom_id"]] += 1
                if x["body"].get("model") == "bad":
                    err.append({"id": f"batch_req_{x['custom_id']}", "custom_id": x["custom_id"], "error": None,
                                "response": {"status_code": 400, "request_id": "req_e", "body": {"error": {
                                    "message": "The model `bad` does not exist", "type": "invalid_request_error"}}}})
                else:
                    out.append({"id": f"batch_req_{x['custom_id']}", "custom_id": x["custom_id"], "error": None,
                                "response": {"status_code": 200, "request_id": f"req_{x['custom_id']}",
                                             "body": completion(x["custom_id"], x["body"])}})
            for key, rows in (("output_file_id", out), ("error_file_id", err)):
                if rows:
                    fid = f"file-{len(self.files) + 1}"
                    self.files[fid] = "".join(json.dumps(r) + "\n" for r in rows).encode()
                    batch[key] = fid
            batch.update(status="completed", request_counts={"total": len(lines), "completed": len(out),
                                                             "failed": len(err)})
        return batch


def make_server(limits: Optional[Limits] = None, batch: Optional[BatchState] = None) -> ThreadingHTTPServer:
    limits = limits or Limits()
    batch = batch or BatchState()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a: Any) -> None:
            pass

        def reply(self, status: int, payload: Any, headers: Optional[Dict[str, str]] = None, raw: Optional[bytes] = None) -> None:
            data = raw if raw is not None else json.dumps(payload).encode()
            self.send_response(status)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.send_header("content-type", "application/json" if raw is None else "application/octet-stream")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            data = self.rfile.read(int(self.headers.get("content-length") or 0))
            batch.calls.append(("POST", self.path))
            if self.path == "/v1/chat/completions":
                body = json.loads(data)
                cid = body["messages"][0]["content"]
                status, headers = limits.hit(cid, request_tokens(body))
                headers["x-request-id"] = f"req_{cid}"
                if status == 200:
                    return self.reply(200, completion(cid, body), headers)
                return self.reply(429, {"error": {"message": "Rate limit reached for requests", "type": "requests",
                                                  "code": "rate_limit_exceeded"}}, headers)
            if self.path == "/v1/files":
                return self.reply(200, batch.upload(self.headers["content-type"], data))
            if self.path == "/v1/batches":
                return self.reply(200, {k: v for k, v in batch.create(json.loads(data)).items() if k[0] != "_"})
            self.reply(404, {"error": {"message": f"no {self.path}", "type": "invalid_request_error"}})

        def do_GET(self) -> None:
            batch.calls.append(("GET", self.path))
            parts = self.path.split("/")
            if self.path.startswith("/v1/batches/"):
                return self.reply(200, {k: v for k, v in batch.retrieve(parts[3]).items() if k[0] != "_"})
            if self.path.startswith("/v1/files/") and self.path.endswith("/content"):
                return self.reply(200, None, raw=batch.files[parts[3]])
            self.reply(404, {"error": {"message": f"no {self.path}", "type": "invalid_request_error"}})

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 128

    server = Server(("127.0.0.1", 0), Handler)
    server.limits, server.batch = limits, batch  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def base_url(server: ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/v1"


@pytest.fixture
def serve():
    """start(limits, batch) -> (limits, batch state, base URL) of a server stopped after the test."""
    servers = []

    def start(limits=None, batch=None):
        server = make_server(limits or Limits(), batch)
        servers.append(server)
        return server.limits, server.batch, base_url(server)

    yield start
    for s in servers:
        s.shutdown()
        s.server_close()
