"""The `openai-table` command line: via `main(argv)` with an injected http client, and once as a
subprocess (`python -m openai_table`) against a local server on 127.0.0.1."""

import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from openai_table.cli import main

SEEN = []


def handler(r):
    SEEN.append(r)
    path = r.url.path
    if path.endswith("/chat/completions"):
        b = json.loads(r.content)
        if b.get("stream"):
            ev = [{"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
                   "choices": [{"index": 0, "delta": {"content": w}}]} for w in ["Hel", "lo"]]
            body = "".join("data: " + json.dumps(e) + "\n\n" for e in ev) + "data: [DONE]\n\n"
            return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)
        return httpx.Response(200, json={"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": [
            {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi there"}}]})
    if path.endswith("/files") and r.method == "GET":
        i = 2 if r.url.params.get("after") else 1
        return httpx.Response(200, json={"object": "list", "has_more": i == 1, "data": [
            {"id": f"f{i}", "object": "file", "bytes": 1, "created_at": 1, "filename": "a", "purpose": "x", "status": "processed"}]})
    if path.endswith("/files") and r.method == "POST":
        return httpx.Response(200, json={"id": "f9", "object": "file", "bytes": 3, "created_at": 1, "filename": "up.txt",
                                         "purpose": "assistants", "status": "processed"})
    if path.endswith("/files/f1/content"):
        return httpx.Response(200, content=bytes(range(256)))
    if path.endswith("/rerank"):
        return httpx.Response(200, json={"results": [{"index": 1, "relevance_score": 0.9}]})
    code = 429 if "rate" in path else 404
    return httpx.Response(code, json={"error": {"message": f"No such thing: {path}", "type": "invalid_request_error"}})


def run(*argv):
    SEEN.clear()
    out, err = _Out(), _Out()
    code = main(["--api-key", "sk-test", "--max-retries", "0", *argv],
                http_client=httpx.Client(transport=httpx.MockTransport(handler)), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


class _Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def getvalue(self):
        return "".join(self.parts)


MSG = '[{"role":"user","content":"hi"}]'


def test_create_json_and_types():
    code, out, _ = run("chat.completions.create", "--model", "gpt-4o-mini", "--messages", MSG,
                       "--temperature", "0.5", "--max-tokens", "7", "--logprobs", "false", "--stop", "null")
    assert code == 0 and json.loads(out)["choices"][0]["message"]["content"] == "hi there"
    assert json.loads(SEEN[0].content) == {"model": "gpt-4o-mini", "messages": json.loads(MSG), "temperature": 0.5,
                                           "max_tokens": 7, "logprobs": False, "stop": None}


def test_stream_summary_all_at_path(tmp_path):
    assert run("chat.completions.create", "--model", "m", "--messages", MSG, "--stream")[:2] == (0, "Hello\n")
    (tmp_path / "m.json").write_text(MSG)
    assert run("chat.completions.create", "--model", "m", "--messages", f"@{tmp_path / 'm.json'}", "--summary")[:2] == (0, "hi there\n")
    code, out, _ = run("files.list", "--all")
    assert code == 0 and [f["id"] for f in json.loads(out)] == ["f1", "f2"] and len(SEEN) == 2
    (tmp_path / "up.txt").write_bytes(b"abc")
    code, out, _ = run("files.create", "--file", f"@{tmp_path / 'up.txt'}", "--purpose", "assistants", "--summary")
    assert code == 0 and "id=f9" in out and b"abc" in SEEN[0].content and b"up.txt" in SEEN[0].content
    code, _, _ = run("files.content", "--file-id", "f1", "-o", str(tmp_path / "out.bin"))
    assert code == 0 and (tmp_path / "out.bin").read_bytes() == bytes(range(256))


def test_errors_and_usage(capsys):
    code, out, err = run("files.retrieve", "--file-id", "nope")
    assert code == 6 and "NotFoundError (404): No such thing: /v1/files/nope" in err
    assert run("chat.completions.create", "--model", "m")[0] == 2  # --messages is required
    assert run("no.such.thing")[0] == 2
    assert run("chat.completions.create", "--help")[0] == 0
    assert "Creates a model response" in capsys.readouterr().out


def test_user_endpoints():
    code, out, _ = run("--endpoints", "examples/custom_endpoints/rerank.yaml", "rerank.create", "--model", "b",
                       "--query", "q", "--documents", '["a","b"]')
    assert code == 0 and json.loads(out)["results"][0]["relevance_score"] == 0.9


class _Server(BaseHTTPRequestHandler):
    def _serve(self):
        n = int(self.headers.get("content-length") or 0)
        req = httpx.Request(self.command, "http://x" + self.path, headers=dict(self.headers), content=self.rfile.read(n))
        resp = handler(req)
        resp.read()
        self.send_response(resp.status_code)
        for k, v in resp.headers.items():
            if k.lower() not in ("content-length", "transfer-encoding"):
                self.send_header(k, v)
        self.send_header("content-length", str(len(resp.content)))
        self.end_headers()
        self.wfile.write(resp.content)

    do_GET = do_POST = do_DELETE = _serve

    def log_message(self, *a):
        pass


def test_subprocess_against_local_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Server)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_port}/v1"
        env = {"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": base, "PATH": "", "PYTHONPATH": "."}
        p = subprocess.run([sys.executable, "-m", "openai_table", "chat.completions.create", "--model", "m",
                            "--messages", MSG, "--stream"], capture_output=True, text=True, env=env, timeout=60)
        assert (p.returncode, p.stdout) == (0, "Hello\n"), p.stderr
        p = subprocess.run([sys.executable, "-m", "openai_table", "--max-retries", "0", "--base-url", base,
                            "models.retrieve", "--model", "zz"], capture_output=True, text=True, env=env, timeout=60)
        assert p.returncode == 6 and "No such thing: /v1/models/zz" in p.stderr
    finally:
        server.shutdown()
