"""Soak: memory and sockets over a long run against a real local server (not a timed test).

    python bench/soak.py                      # 100,000 calls + 1,000 streams, sync then async
    python bench/soak.py --calls 20000 --streams 200 --mode sync   # a shorter run

The fault server (tests/faults/server.py) runs in a process of its own on 127.0.0.1, so only
the client's memory is measured. One call in ten meets a fault (a 500 then success, a 404, a
reset before the headers then success, a body that is not JSON), so the error and retry paths
are soaked too; retry sleeps are injected (no real waiting). After a warm-up (5 % of the
calls and streams), `gc.collect()`, then RSS (/proc/self/statm), Python's allocated blocks
and open fds are read before and after the measured run. Writes bench/soak.json.
"""

import argparse
import asyncio
import gc
import json
import os
import pathlib
import platform
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import openai_table  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")
MIX = ["ok"] * 36 + ["status?code=500,ok", "status?code=404", "reset-before,ok", "nonjson"]


def rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


def fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def snapshot() -> dict:
    gc.collect()
    return {"rss": rss(), "blocks": sys.getallocatedblocks(), "fds": fds()}


def headers(i: int) -> dict:
    return {"x-fault": MIX[i % len(MIX)], "x-fault-id": f"s{i}"}


def run_sync(url: str, calls: int, streams: int) -> dict:
    client = openai_table.OpenAI(api_key="sk-soak", base_url=url, max_retries=2, timeout=10)
    client._sleep = lambda s: None
    counts = {"ok": 0, "error": 0, "events": 0}

    def work(n_calls: int, n_streams: int, offset: int) -> None:
        every = max(1, n_calls // max(1, n_streams))
        for i in range(n_calls):
            try:
                client.models.retrieve("m", extra_headers=headers(offset + i))
                counts["ok"] += 1
            except openai_table.APIError:
                counts["error"] += 1
            if i % every == 0 and n_streams:
                n_streams -= 1
                for _ in client.chat.completions.create(model="m", messages=[], stream=True,
                                                        extra_headers={"x-fault": "ok"}):
                    counts["events"] += 1

    return measure("sync", work, calls, streams, counts, client.close)


def run_async(url: str, calls: int, streams: int) -> dict:
    loop = asyncio.new_event_loop()
    client = openai_table.AsyncOpenAI(api_key="sk-soak", base_url=url, max_retries=2, timeout=10)

    async def no_sleep(s: float) -> None:
        pass

    client._sleep = no_sleep
    counts = {"ok": 0, "error": 0, "events": 0}

    async def work_async(n_calls: int, n_streams: int, offset: int) -> None:
        every = max(1, n_calls // max(1, n_streams))
        for i in range(n_calls):
            try:
                await client.models.retrieve("m", extra_headers=headers(offset + i))
                counts["ok"] += 1
            except openai_table.APIError:
                counts["error"] += 1
            if i % every == 0 and n_streams:
                n_streams -= 1
                stream = await client.chat.completions.create(model="m", messages=[], stream=True,
                                                              extra_headers={"x-fault": "ok"})
                async for _ in stream:
                    counts["events"] += 1

    result = measure("async", lambda *a: loop.run_until_complete(work_async(*a)), calls, streams, counts,
                     lambda: loop.run_until_complete(client.close()))
    loop.close()
    return result


def measure(mode, work, calls, streams, counts, close) -> dict:
    warm_calls, warm_streams = max(100, calls // 20), max(5, streams // 20)
    work(warm_calls, warm_streams, 0)
    before = snapshot()
    start = time.monotonic()
    work(calls, streams, warm_calls)
    elapsed = time.monotonic() - start
    after = snapshot()
    close()
    result = {
        "mode": mode, "calls": calls, "streams": streams, "warmup_calls": warm_calls, "warmup_streams": warm_streams,
        "seconds": round(elapsed, 1), "outcomes": dict(counts),
        "rss_before_mib": round(before["rss"] / 2**20, 2), "rss_after_mib": round(after["rss"] / 2**20, 2),
        "rss_growth_mib": round((after["rss"] - before["rss"]) / 2**20, 2),
        "python_blocks_growth": after["blocks"] - before["blocks"],
        "fds_before": before["fds"], "fds_after": after["fds"],
    }
    print(f"[{mode}] {calls:,} calls + {streams:,} streams in {elapsed:.0f} s: RSS {result['rss_before_mib']} -> "
          f"{result['rss_after_mib']} MiB (growth {result['rss_growth_mib']} MiB), Python blocks "
          f"{result['python_blocks_growth']:+,}, fds {before['fds']} -> {after['fds']}; {counts}", flush=True)
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=100_000)
    ap.add_argument("--streams", type=int, default=1_000)
    ap.add_argument("--mode", choices=["sync", "async", "both"], default="both")
    ap.add_argument("--out", default=str(ROOT / "bench" / "soak.json"))
    args = ap.parse_args()
    server = subprocess.Popen([sys.executable, "-m", "tests.faults.server"], cwd=ROOT, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        url = server.stdout.readline().strip()
        results = []
        if args.mode in ("sync", "both"):
            results.append(run_sync(url, args.calls, args.streams))
        if args.mode in ("async", "both"):
            results.append(run_async(url, args.calls, args.streams))
    finally:
        server.stdin.close()
        server.wait(10)
    pathlib.Path(args.out).write_text(json.dumps({
        "results": results, "limit_mib": 5,
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
                    "openai_table": openai_table.__version__},
        "date": time.strftime("%Y-%m-%d"),
    }, indent=2) + "\n")


if __name__ == "__main__":
    main()
