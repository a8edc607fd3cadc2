"""Peak memory of a 2 GiB `uploads.upload_file_chunked`, through a local server on 127.0.0.1.

    python bench/upload_memory.py            # openai_table, sync and async
    python bench/upload_memory.py --official # the official SDK too, for comparison
    python bench/upload_memory.py --size-mib 256   # a smaller file

The file is made sparse in a temporary directory (no disk written) and deleted afterwards. The
server runs in its own process and reads each body off the socket in 1 MiB pieces, so only the
client's memory is measured: each upload runs in a fresh process, which reports its RSS just
before the upload and its peak RSS (ru_maxrss) after it; the growth is the difference.
"""

import argparse
import http.server
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MiB = 1024 * 1024


# -- the server (its own process) ---------------------------------------------------------------


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    parts = 0

    def log_message(self, *args):
        pass

    def do_POST(self):
        left = int(self.headers.get("Content-Length", 0))
        while left:
            left -= len(self.rfile.read(min(left, MiB)))
        if self.path.endswith("/parts"):
            Handler.parts += 1
            reply = {"id": f"part_{Handler.parts}", "object": "upload.part", "created_at": 0, "upload_id": "upload_1"}
        else:
            reply = {"id": "upload_1", "object": "upload", "bytes": 0, "created_at": 0, "expires_at": 0,
                     "filename": "big.bin", "purpose": "batch", "status": "completed" if self.path.endswith("/complete") else "pending"}
        out = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)


def serve() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


# -- one upload (its own process) -----------------------------------------------------------------


def rss_kib() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def upload(sdk: str, mode: str, path: str, port: int) -> None:
    import asyncio
    import pathlib

    if sdk == "official":
        import openai as lib
    else:
        sys.path.insert(0, ROOT)
        import openai_table as lib
    base = f"http://127.0.0.1:{port}/v1"
    kwargs = dict(file=pathlib.Path(path), mime_type="application/octet-stream", purpose="batch")
    if mode == "sync":
        client = lib.OpenAI(api_key="sk-bench", base_url=base)
        client.uploads.create(bytes=1, filename="warm.bin", mime_type="application/octet-stream", purpose="batch")  # warm up
        before = rss_kib()
        start = time.perf_counter()
        result = client.uploads.upload_file_chunked(**kwargs)
    else:
        async def main():
            client = lib.AsyncOpenAI(api_key="sk-bench", base_url=base)
            await client.uploads.create(bytes=1, filename="warm.bin", mime_type="application/octet-stream", purpose="batch")
            nonlocal before, start
            before = rss_kib()
            start = time.perf_counter()
            return await client.uploads.upload_file_chunked(**kwargs)
        before, start = 0, 0.0
        result = asyncio.run(main())
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert result.status == "completed", result
    print(json.dumps({"before_kib": before, "peak_kib": peak, "seconds": seconds}))


# -- the driver ---------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=2048)
    parser.add_argument("--official", action="store_true", help="measure the official SDK too")
    args = parser.parse_args()

    server = subprocess.Popen([sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline())
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "big.bin")
            with open(path, "wb") as f:
                f.truncate(args.size_mib * MiB)  # sparse: reads as zeros, nothing written
            runs = [("openai_table", "sync"), ("openai_table", "async")]
            if args.official:
                runs += [("official", "sync"), ("official", "async")]
            print(f"uploads.upload_file_chunked of a {args.size_mib} MiB file (64 MiB parts) to 127.0.0.1")
            print(f"{'client':<14} {'mode':<6} {'RSS before':>11} {'peak RSS':>10} {'growth':>10} {'time':>8}")
            for sdk, mode in runs:
                out = subprocess.run([sys.executable, __file__, "--upload", sdk, mode, path, str(port)],
                                     capture_output=True, text=True, cwd=ROOT)
                if out.returncode:
                    print(f"{sdk:<14} {mode:<6} failed: {out.stderr.strip().splitlines()[-1]}")
                    continue
                r = json.loads(out.stdout.strip().splitlines()[-1])
                growth = (r["peak_kib"] - r["before_kib"]) / 1024
                print(f"{sdk:<14} {mode:<6} {r['before_kib'] / 1024:>8.1f} MiB {r['peak_kib'] / 1024:>6.1f} MiB "
                      f"{growth:>6.1f} MiB {r['seconds']:>6.1f} s")
        # the temporary directory, and the file in it, are gone here
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        serve()
    elif sys.argv[1:2] == ["--upload"]:
        upload(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
    else:
        main()
