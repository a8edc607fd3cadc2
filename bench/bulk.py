"""helpers.bulk against a local rate-limited server (tests/_ratelimited.py: fixed windows, the
x-ratelimit-* headers, 429s past the limit), next to a naive ThreadPoolExecutor over the official
`openai` client.

    python bench/bulk.py [N] [LIMIT_PER_WINDOW] [WINDOW_S] [CONCURRENCY]     # defaults: 2000 50 0.5 16

Prints requests/s achieved against the server's limit, the 429s the server sent, and a resume
check (a run stopped part way and run again: each request answered exactly once)."""

import json
import os
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from _ratelimited import Limits, base_url, make_server  # noqa: E402

from openai_table import OpenAI  # noqa: E402
from openai_table.helpers import bulk  # noqa: E402


def requests(n, prefix):
    return [{"custom_id": f"{prefix}{i}", "method": "POST", "url": "/v1/chat/completions",
             "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"{prefix}{i}"}], "max_tokens": 5}}
            for i in range(n)]


def serve(limit, window):
    server = make_server(Limits(requests=limit, tokens=10**9, window=window))
    return server, server.limits, base_url(server)


def rate(limits):
    """Requests the server accepted per second, from the first arrival to the last."""
    times = [t for t, _, s in limits.log if s == 200]
    return len(times) / (max(times) - min(times)) if len(times) > 1 else float("nan")


def ours(n, limit, window, concurrency):
    server, limits, base = serve(limit, window)
    try:
        summary = bulk.Summary()
        t0 = time.perf_counter()
        got = sum(1 for _ in bulk.run(OpenAI(api_key="k", base_url=base), requests(n, "r"), max_concurrency=concurrency,
                                      summary=summary))
        elapsed = time.perf_counter() - t0
        ok = limits.accepted()
        assert got == n and len(ok) == n and set(ok.values()) == {1}, (got, len(ok))
        return {"done": summary.done, "failed": summary.failed, "elapsed_s": round(elapsed, 2),
                "req_per_s": round(n / elapsed, 1), "server_rate": round(rate(limits), 1),
                "429s": len(limits.rejected()), "retried": summary.retried}
    finally:
        server.shutdown()
        server.server_close()


def resumed(n, limit, window, concurrency):
    server, limits, base = serve(limit, window)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "results.jsonl")
            client = OpenAI(api_key="k", base_url=base)
            first = 0
            for _ in bulk.run(client, requests(n, "s"), results=path, max_concurrency=concurrency):
                first += 1
                if first == n // 3:
                    break  # stopped a third of the way
            with open(path) as f:
                written = len(f.readlines())
            summary = bulk.Summary()
            second = sum(1 for _ in bulk.run(client, requests(n, "s"), results=path, max_concurrency=concurrency,
                                             summary=summary))
            with open(path) as f:
                ids = [json.loads(line)["custom_id"] for line in f]
        ok = limits.accepted()
        verified = (sorted(ids) == sorted(f"s{i}" for i in range(n)) and len(ok) == n and set(ok.values()) == {1}
                    and summary.skipped == written and second == n - written)
        return {"first_run_written": written, "second_run": second, "skipped": summary.skipped,
                "each_answered_once": verified, "429s": len(limits.rejected())}
    finally:
        server.shutdown()
        server.server_close()


def naive(n, limit, window, concurrency):
    import openai

    server, limits, base = serve(limit, window)
    try:
        client = openai.OpenAI(api_key="k", base_url=base)  # max_retries=2, its default
        failed = Counter()

        def one(req):
            try:
                client.chat.completions.create(**req["body"])
            except openai.APIStatusError as e:
                failed[e.status_code] += 1

        t0 = time.perf_counter()
        with ThreadPoolExecutor(concurrency) as pool:
            list(pool.map(one, requests(n, "r")))
        elapsed = time.perf_counter() - t0
        return {"done": len(limits.accepted()), "failed": dict(failed), "elapsed_s": round(elapsed, 2),
                "req_per_s": round(len(limits.accepted()) / elapsed, 1), "429s": len(limits.rejected())}
    finally:
        server.shutdown()
        server.server_close()


def main():
    args = [float(a) for a in sys.argv[1:]]
    n, limit, window, concurrency = (list(map(int, args[:2])) + args[2:3] + list(map(int, args[3:4])) +
                                     [2000, 50, 0.5, 16][len(args):])
    print(f"{n} chat requests; the server allows {limit} per {window:g} s window = {limit / window:.0f} req/s; "
          f"concurrency {concurrency}")
    r = ours(n, limit, window, concurrency)
    print(f"helpers.bulk.run (concurrent): {r}")
    r = resumed(n, limit, window, concurrency)
    print(f"helpers.bulk.run stopped at a third, then resumed: {r}")
    r = naive(n, limit, window, concurrency)
    print(f"ThreadPoolExecutor + official openai client: {r}")


if __name__ == "__main__":
    main()
