"""The CLI's upload progress bar and `--stream` on responses.create, each in a subprocess against
a local server on 127.0.0.1."""

import json
import os
import select
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from _stream_bodies import _text_events


class Server:
    """POST /v1/files takes an upload; POST /v1/responses streams its text deltas, holding the
    second one back until the test has seen the first on the CLI's stdout."""

    def __init__(self):
        self.go = threading.Event()
        self.uploads = []
        state = self

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_POST(self):
                data = self.rfile.read(int(self.headers.get("content-length") or 0))
                if self.path == "/v1/files":
                    state.uploads.append(data)
                    body = json.dumps({"id": "file-up", "object": "file", "bytes": len(data), "created_at": 1,
                                       "filename": "big.bin", "purpose": "assistants", "status": "processed"}).encode()
                    self.send_response(200)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.end_headers()
                for event in _text_events(["Hel", "lo", " world"]):
                    if event["type"] == "response.output_text.delta" and event["delta"] == "lo":
                        if not state.go.wait(30):  # the CLI never showed the first delta: give up
                            return
                    self.wfile.write(f"event: {event['type']}\ndata: {json.dumps(event)}\n\n".encode())
                    self.wfile.flush()
                self.close_connection = True

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.http.daemon_threads = True
        threading.Thread(target=self.http.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.http.server_address[1]}/v1"

    def env(self):
        return {**os.environ, "OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": self.base, "PYTHONPATH": "."}


@pytest.fixture
def server():
    s = Server()
    yield s
    s.go.set()
    s.http.shutdown()
    s.http.server_close()


def test_stream_prints_deltas_as_they_arrive(server):
    p = subprocess.Popen([sys.executable, "-m", "openai_table", "responses.create", "--model", "gpt-4.1",
                          "--input", "hi", "--stream"], env=server.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seen = b""
    deadline = time.monotonic() + 30
    while b"Hel" not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([p.stdout], [], [], 0.5)
        if ready:
            chunk = os.read(p.stdout.fileno(), 100)
            if not chunk:
                break
            seen += chunk
    # The first delta is on stdout while the server still holds the second one back.
    assert seen == b"Hel", (seen, p.stderr.read() if p.poll() is not None else "")
    server.go.set()
    out, err = p.communicate(timeout=30)
    assert p.returncode == 0, err
    assert seen + out == b"Hello world\n"


def test_upload_progress_bar(server, tmp_path):
    pytest.importorskip("requests_toolbelt")
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(3 * 2**20))
    p = subprocess.run([sys.executable, "-m", "openai_table", "files.create", "--file", f"@{big}", "--purpose",
                        "assistants", "--progress", "--summary"], env=server.env(), capture_output=True, text=True,
                       timeout=60)
    assert p.returncode == 0, p.stderr
    assert "id=file-up" in p.stdout
    assert "upload" in p.stderr and "100%" in p.stderr  # the bar on stderr, to the end
    assert len(server.uploads) == 1 and big.read_bytes() in server.uploads[0]
    # Without --progress and with stderr not a terminal: no bar.
    p = subprocess.run([sys.executable, "-m", "openai_table", "files.create", "--file", f"@{big}", "--purpose",
                        "assistants"], env=server.env(), capture_output=True, text=True, timeout=60)
    assert p.returncode == 0 and p.stderr == ""
