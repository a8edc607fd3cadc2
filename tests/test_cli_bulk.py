"""`openai-table bulk` as a user runs it: a subprocess against the local rate-limited server
(tests/_ratelimited.py), interrupted with Ctrl-C and run again, and in batch mode."""

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest

from _ratelimited import BatchState, Limits, base_url, make_server, serve  # noqa: F401  (serve: the fixture)



def write_requests(path, n, prefix="c"):
    path.write_text("".join(json.dumps({
        "custom_id": f"{prefix}{i}", "method": "POST", "url": "/v1/chat/completions",
        "body": {"model": "m", "messages": [{"role": "user", "content": f"{prefix}{i}"}], "max_tokens": 5}}) + "\n"
        for i in range(n)))


def cli(base, *argv):
    env = {**os.environ, "OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": base, "PYTHONPATH": "."}
    return [sys.executable, "-m", "openai_table", *argv], env


def test_bulk_subprocess_rate_limited(serve, tmp_path):
    limits, _, base = serve(Limits(requests=5, window=0.2))
    write_requests(tmp_path / "requests.jsonl", 25)
    argv, env = cli(base, "bulk", str(tmp_path / "requests.jsonl"), "-o", str(tmp_path / "results.jsonl"),
                    "--max-concurrency", "4", "--max-retries", "5", "--progress")
    p = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    lines = [json.loads(x) for x in (tmp_path / "results.jsonl").read_text().splitlines()]
    assert sorted(r["custom_id"] for r in lines) == sorted(f"c{i}" for i in range(25))
    assert all(r["response"]["body"]["choices"][0]["message"]["content"] == r["custom_id"].upper() for r in lines)
    assert "25/25" in p.stderr and "done 25, failed 0" in p.stderr  # the bar, then the summary
    assert limits.accepted() == Counter({f"c{i}": 1 for i in range(25)})
    assert len(limits.rejected()) <= 4  # only the first burst, sent before any answer, could be refused
    # Without -o: the results on stdout, JSONL.
    write_requests(tmp_path / "more.jsonl", 3, "d")
    argv, env = cli(base, "bulk", str(tmp_path / "more.jsonl"), "--quiet")
    p = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and sorted(json.loads(x)["custom_id"] for x in p.stdout.splitlines()) == ["d0", "d1", "d2"]


def test_bulk_subprocess_ctrl_c_then_resume(serve, tmp_path):
    limits, _, base = serve(Limits(requests=4, window=0.25))
    write_requests(tmp_path / "requests.jsonl", 40, "s")
    results = tmp_path / "results.jsonl"
    argv, env = cli(base, "bulk", str(tmp_path / "requests.jsonl"), "-o", str(results), "--max-concurrency", "3",
                    "--max-retries", "5", "--quiet")
    p = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while (not results.exists() or len(results.read_text().splitlines()) < 6) and time.monotonic() < deadline:
        time.sleep(0.02)
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=60)
    assert p.returncode == 130, err
    assert "interrupted: run the same command again to finish" in err
    first = [json.loads(x)["custom_id"] for x in results.read_text().splitlines()]
    assert 6 <= len(first) < 40 and len(set(first)) == len(first)
    p = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert f"skipped {len(first)}" in p.stderr
    final = [json.loads(x)["custom_id"] for x in results.read_text().splitlines()]
    assert sorted(final) == sorted(f"s{i}" for i in range(40))  # nothing lost, nothing written twice
    assert limits.accepted() == Counter({f"s{i}": 1 for i in range(40)})  # each answered once across both runs


def test_bulk_subprocess_batch_mode(serve, tmp_path):
    _, batch, base = serve(batch=BatchState(polls=2))
    write_requests(tmp_path / "requests.jsonl", 6, "b")
    argv, env = cli(base, "bulk", str(tmp_path / "requests.jsonl"), "-o", str(tmp_path / "results.jsonl"),
                    "--mode", "batch", "--poll-interval-ms", "20", "--quiet")
    p = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    lines = [json.loads(x) for x in (tmp_path / "results.jsonl").read_text().splitlines()]
    assert sorted(r["custom_id"] for r in lines) == sorted(f"b{i}" for i in range(6))
    assert batch.purposes == {"file-1": "batch"} and len(batch.batches) == 1
    assert batch.executed == Counter({f"b{i}": 1 for i in range(6)})
    assert "done 6, failed 0" in p.stderr
