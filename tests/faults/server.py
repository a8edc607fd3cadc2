"""A small HTTP/1.1 server on 127.0.0.1 that misbehaves on request, for the fault suite.

Real sockets, one thread per connection, keep-alive like a real API. Each request says which
fault it wants in its headers, so concurrent and retried requests need no shared script:

    X-Fault:    a comma-separated list, one fault per attempt (the last one repeats), each
                `name` or `name?key=value&key=value`, e.g. `status?code=429&retry-after=1,ok`
    X-Fault-Id: the key attempts are counted under (a fresh one per logical call)

Faults (what the n-th attempt of a call gets):
    ok            a normal answer for the path (a model, a file, a chat completion, or an SSE
                  stream ending with [DONE] when the JSON body has "stream": true)
    status        ?code=500&retry-after=..&retry-after-ms=..&x-should-retry=..&body=json|text|empty
    reset-before  read the request, then reset the connection (RST) before any header
    reset-mid     headers and half the body, then RST
    close-mid     headers and half the body, then a clean close (FIN): a short body
    status-cut    an error status whose body is cut by a RST
    sse-nodone    an SSE stream that ends cleanly without `data: [DONE]`
    sse-cut       an SSE stream cut by a RST in the middle of an event (?events=N first)
    slow          headers, then the body after ?delay= seconds
    loris         headers, then one body byte every ?interval= seconds, forever
    malformed     200 application/json, truncated JSON
    nonjson       200 application/json, an HTML page
    huge          200 application/json, a valid model with a ?size= byte field
    hang          accept and read the request, never answer

Every request is recorded (method, path, headers, sha256 of the body) before the fault is
applied. Every loop in here is bounded: by the socket closing, by `close()`, and by MAX_HOLD.
"""

import hashlib
import json
import re
import socket
import struct
import threading
import time
from typing import Any, Dict, List, NamedTuple, Optional, Tuple
from urllib.parse import parse_qsl

MAX_HOLD = 60.0  # no connection is held open by a fault for longer than this


class Recorded(NamedTuple):
    method: str
    path: str
    headers: Dict[str, str]
    body_sha256: str  # of the body as sent, a multipart body with its boundary replaced by BOUNDARY
    body_len: int
    fault: str
    body: bytes  # kept when under 64 KiB, for tests that look inside


def _body_digest(headers: Dict[str, str], body: bytes) -> str:
    m = re.search(r"boundary=([-\w.]+)", headers.get("content-type", ""))
    if m:
        body = body.replace(m.group(1).encode(), b"BOUNDARY")
    return hashlib.sha256(body).hexdigest()


def _rst(conn: socket.socket) -> None:
    # SO_LINGER 0: close() sends a RST instead of a FIN
    try:
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    conn.close()


def _chat_chunk(i: int, text: str) -> Dict[str, Any]:
    return {"id": "chatcmpl-f", "object": "chat.completion.chunk", "created": 1, "model": "m",
            "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}]}


class FaultServer:
    def __init__(self, record: bool = True) -> None:
        self.record = record
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(1024)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.requests: List[Recorded] = []
        self._attempts: Dict[str, int] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._conns: Dict[int, socket.socket] = {}
        self.connections_accepted = 0
        self.faults_served: Dict[str, int] = {}
        self.requests_served = 0
        self.retries_seen = 0  # requests that were a later attempt of a call (same X-Fault-Id)
        self._seq = 0
        self._thread = threading.Thread(target=self._accept_loop, name="fault-server", daemon=True)
        self._thread.start()

    # -- what tests ask ---------------------------------------------------------------------

    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._conns)

    def attempts(self, fault_id: str) -> List[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.headers.get("x-fault-id") == fault_id]

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self._attempts.clear()

    def close(self) -> None:
        self._stop.set()
        try:
            self._sock.close()
        except OSError:
            pass
        with self._lock:
            conns = list(self._conns.values())
        for c in conns:
            try:
                c.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._thread.join(5)

    # -- serving ------------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        self._sock.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._conns[id(conn)] = conn
                self.connections_accepted += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        key = id(conn)
        reader = conn.makefile("rb")
        try:
            conn.settimeout(MAX_HOLD)
            while not self._stop.is_set():
                request = self._read_request(reader)
                if request is None:
                    return
                if not self._answer(conn, *request):
                    return
        except (OSError, ValueError):
            pass
        finally:
            with self._lock:
                self._conns.pop(key, None)
            try:
                reader.close()
                conn.close()
            except OSError:
                pass

    def _read_request(self, reader: Any) -> Optional[Tuple[str, str, Dict[str, str], bytes]]:
        line = reader.readline(65536)
        if not line:
            return None
        method, target, _ = line.decode("latin-1").split(" ", 2)
        headers: Dict[str, str] = {}
        for _ in range(200):
            h = reader.readline(65536)
            if h in (b"\r\n", b"\n", b""):
                break
            name, _, value = h.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        if headers.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            for _ in range(1_000_000):
                size = int(reader.readline(1024).split(b";")[0], 16)
                chunk = reader.read(size + 2)[:size]
                if not size:
                    break
                parts.append(chunk)
            body = b"".join(parts)
        else:
            body = reader.read(int(headers.get("content-length") or 0))
        return method, target, headers, body

    def _answer(self, conn: socket.socket, method: str, target: str, headers: Dict[str, str], body: bytes) -> bool:
        """Send the fault's answer; False when the connection is done with."""
        fault_id = headers.get("x-fault-id", "")
        plan = [f.strip() for f in headers.get("x-fault", "ok").split(",") if f.strip()] or ["ok"]
        with self._lock:
            n = self._attempts.get(fault_id, 0)
            self._attempts[fault_id] = n + 1
            self.requests_served += 1
            self.retries_seen += n > 0 and fault_id != ""
            self._seq += 1
            request_id = f"req_{self._seq}"
            spec = plan[min(n, len(plan) - 1)]
            if self.record:
                self.requests.append(Recorded(method, target.split("?")[0], headers, _body_digest(headers, body), len(body), spec,
                                             body if len(body) < 65536 else b""))
            name, _, query = spec.partition("?")
            self.faults_served[name] = self.faults_served.get(name, 0) + 1
        args = dict(parse_qsl(query))
        base = [("x-request-id", request_id)]
        path = target.split("?")[0]

        if name == "ok":
            return self._ok(conn, method, path, body, base)
        if name == "status":
            code = int(args.get("code", "500"))
            extra = [(k, args[k]) for k in ("retry-after", "retry-after-ms", "x-should-retry") if k in args]
            kind = args.get("body", "json")
            if kind == "json":
                payload = json.dumps({"error": {"message": f"fault {code}", "type": "fault", "param": None, "code": f"c{code}"}}).encode()
                self._send(conn, code, payload, base + extra)
            elif kind == "text":
                self._send(conn, code, b"upstream unavailable", base + extra, "text/plain")
            else:
                self._send(conn, code, b"", base + extra)
            return True
        if name == "reset-before":
            _rst(conn)
            return False
        if name in ("reset-mid", "close-mid", "status-cut"):
            payload = json.dumps({"id": "m", "object": "model", "created": 1, "owned_by": "x" * 2000}).encode()
            code = 500 if name == "status-cut" else 200
            conn.sendall(self._head(code, base, "application/json", len(payload)) + payload[: len(payload) // 2])
            time.sleep(0.002)
            if name == "close-mid":
                conn.shutdown(socket.SHUT_WR)
                conn.close()
            else:
                _rst(conn)
            return False
        if name in ("sse-nodone", "sse-cut"):
            events = int(args.get("events", "3"))
            conn.sendall(self._head(200, base, "text/event-stream", None))
            for i in range(events):
                self._chunk(conn, b"data: " + json.dumps(_chat_chunk(i, f"t{i}")).encode() + b"\n\n")
            if name == "sse-cut":
                self._chunk(conn, b'data: {"id": "chatcmpl-f", "choi')
                time.sleep(0.01)
                _rst(conn)
                return False
            conn.sendall(b"0\r\n\r\n")
            return True
        if name == "slow":
            payload = self._payload(method, path, body)
            conn.sendall(self._head(200, base, "application/json", len(payload)))
            if self._stop.wait(float(args.get("delay", "1"))):
                return False
            conn.sendall(payload)
            return True
        if name == "loris":
            interval = float(args.get("interval", "0.05"))
            conn.sendall(self._head(200, base, "application/json", 10_000_000) + b"{")
            deadline = time.monotonic() + MAX_HOLD
            while time.monotonic() < deadline and not self._stop.wait(interval):
                conn.sendall(b" ")  # raises once the client has gone
            return False
        if name in ("malformed", "nonjson"):
            payload = b'{"id": "m", "object": "mod' if name == "malformed" else b"<html><body>Bad gateway</body></html>"
            self._send(conn, 200, payload, base)
            return True
        if name == "huge":
            size = int(args.get("size", str(8 << 20)))
            payload = b'{"id": "m", "object": "model", "created": 1, "owned_by": "' + b"x" * size + b'"}'
            self._send(conn, 200, payload, base)
            return True
        if name == "hang":
            # hold the connection until the client gives up on it (EOF), or close()
            deadline = time.monotonic() + MAX_HOLD
            conn.settimeout(0.2)
            while time.monotonic() < deadline and not self._stop.is_set():
                try:
                    if not conn.recv(65536):
                        break
                except socket.timeout:
                    continue
            return False
        raise ValueError(f"unknown fault {name!r}")

    # -- building answers -----------------------------------------------------------------------

    @staticmethod
    def _head(code: int, headers: List[Tuple[str, str]], content_type: str, length: Optional[int]) -> bytes:
        lines = [f"HTTP/1.1 {code} {'OK' if code < 400 else 'Fault'}", f"content-type: {content_type}"]
        lines.append(f"content-length: {length}" if length is not None else "transfer-encoding: chunked")
        lines += [f"{k}: {v}" for k, v in headers]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    def _send(self, conn: socket.socket, code: int, payload: bytes, headers: List[Tuple[str, str]],
              content_type: str = "application/json") -> None:
        conn.sendall(self._head(code, headers, content_type, len(payload)) + payload)

    @staticmethod
    def _chunk(conn: socket.socket, data: bytes) -> None:
        conn.sendall(b"%x\r\n%s\r\n" % (len(data), data))

    @staticmethod
    def _payload(method: str, path: str, body: bytes) -> bytes:
        if path.endswith("/chat/completions") and method == "POST":
            return json.dumps({"id": "chatcmpl-f", "object": "chat.completion", "created": 1, "model": "m",
                               "choices": [{"index": 0, "finish_reason": "stop",
                                            "message": {"role": "assistant", "content": "hi"}}]}).encode()
        if path.endswith("/files") and method == "POST":
            return json.dumps({"id": "file-f", "object": "file", "bytes": len(body), "created_at": 1,
                               "filename": "f", "purpose": "batch"}).encode()
        name = path.rstrip("/").rsplit("/", 1)[-1]
        return json.dumps({"id": name, "object": "model", "created": 1, "owned_by": "fault-server"}).encode()

    def _ok(self, conn: socket.socket, method: str, path: str, body: bytes, base: List[Tuple[str, str]]) -> bool:
        streaming = False
        if body[:1] == b"{":
            try:
                streaming = json.loads(body).get("stream") is True
            except ValueError:
                pass
        if streaming:
            conn.sendall(self._head(200, base, "text/event-stream", None))
            for i in range(3):
                self._chunk(conn, b"data: " + json.dumps(_chat_chunk(i, f"t{i}")).encode() + b"\n\n")
            self._chunk(conn, b"data: [DONE]\n\n")
            conn.sendall(b"0\r\n\r\n")
            return True
        self._send(conn, 200, self._payload(method, path, body), base)
        return True


def main() -> None:
    """`python -m tests.faults.server`: serve until stdin closes (the soak bench runs the server
    in a process of its own, so its memory is not the client's)."""
    import sys

    server = FaultServer(record=False)
    print(server.url, flush=True)
    try:
        sys.stdin.read()
    finally:
        server.close()


if __name__ == "__main__":
    main()
