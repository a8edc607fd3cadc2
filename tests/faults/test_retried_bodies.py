"""A retried request sends the same body every time (JSON, and multipart from bytes, an open
file and a path; a multipart body compared with its random boundary taken out), and 500
concurrent async calls against random faults all end in their documented outcome."""

import asyncio
import pathlib
import random
import time

import pytest

import openai_table
from openai_table import (
    APIConnectionError, APIResponseValidationError, APITimeoutError, InternalServerError, NotFoundError,
    RateLimitError,
)
from openai_table import _client as client_module

from .conftest import faults, open_fds

CONTENT = b'{"custom_id": "r1", "method": "POST"}\n' * 1000 + "unicodé ✓\n".encode()
RETRIED = ("status?code=500", "reset-before", "status?code=429&retry-after-ms=10", "close-mid", "ok")


@pytest.fixture(autouse=True)
def no_jitter(monkeypatch):
    monkeypatch.setattr(client_module.random, "random", lambda: 0.0)


def assert_same_bodies(server, hdrs, n, contains=None):
    attempts = server.attempts(hdrs["x-fault-id"])
    assert len(attempts) == n
    assert len({a.body_sha256 for a in attempts}) == 1, [a.body_len for a in attempts]
    assert len({a.body_len for a in attempts}) == 1
    if contains is not None:
        assert all(contains in a.body for a in attempts)


def test_json_body_same_on_every_attempt(h):
    client = h.client(max_retries=4)
    hdrs = faults(*RETRIED)
    result = h.call(client.chat.completions.create, model="m", extra_headers=hdrs,
                    messages=[{"role": "user", "content": "héllo " * 500}], metadata={"k": "v"})
    assert result.choices[0].message.content == "hi"
    assert_same_bodies(h.server, hdrs, 5, "héllo".encode())
    assert len(h.sleeps) == 4 and h.sleeps[2] == 0.01


@pytest.mark.parametrize("source", ["bytes", "tuple", "open-file", "open-file-moved", "path"])
def test_multipart_body_same_on_every_attempt(h, tmp_path, source):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(CONTENT)
    f = None
    if source == "bytes":
        file = CONTENT
    elif source == "tuple":
        file = ("batch.jsonl", CONTENT, "application/jsonl")
    elif source == "path":
        file = pathlib.Path(path)
    else:
        f = file = open(path, "rb")
        if source == "open-file-moved":
            f.read(10)  # a file already read from is sent from where it stands, like httpx does
    try:
        client = h.client(max_retries=4)
        hdrs = faults(*RETRIED)
        result = h.call(client.files.create, file=file, purpose="batch", extra_headers=hdrs)
        assert result.id == "file-f"
    finally:
        if f is not None:
            f.close()
    expected = CONTENT[10:] if source == "open-file-moved" else CONTENT
    assert_same_bodies(h.server, hdrs, 5, expected)
    assert b'name="purpose"' in h.server.attempts(hdrs["x-fault-id"])[0].body


# -- 500 concurrent async calls -----------------------------------------------------------------

# (faults per attempt, what the call ends in) with max_retries=1
SCENARIOS = [
    (("ok",), "ok"),
    (("status?code=500", "ok"), "ok"),
    (("reset-before", "ok"), "ok"),
    (("status?code=429&retry-after-ms=5", "ok"), "ok"),
    (("status?code=503",), InternalServerError),
    (("status?code=429",), RateLimitError),
    (("status?code=404",), NotFoundError),
    (("reset-mid",), APIConnectionError),
    (("close-mid",), APIConnectionError),
    (("malformed",), APIResponseValidationError),
    (("nonjson",), APIResponseValidationError),
    (("hang",), APITimeoutError),
    (("slow?delay=3",), APITimeoutError),
    (("loris?interval=0.05",), APITimeoutError),
]
STREAMS = [
    (("ok",), 3),
    (("sse-nodone?events=5",), 5),
    (("sse-cut?events=2",), APIConnectionError),
    (("status?code=500", "ok"), 3),
    (("status?code=400",), openai_table.BadRequestError),
]


def test_500_concurrent_async_calls_with_random_faults(server):
    rng = random.Random(1234)
    plan = []
    for i in range(500):
        if rng.random() < 0.25:
            plan.append(("stream",) + rng.choice(STREAMS))
        else:
            plan.append(("call",) + rng.choice(SCENARIOS))
    timeout = 0.75

    async def one(client, kind, specs, expected):
        # the calls meant to time out get a short timeout; the others a long one, so that 500
        # server threads and the loop sharing two busy cores do not turn them into timeouts
        t = timeout if expected is APITimeoutError else 20.0
        try:
            if kind == "stream":
                stream = await client.chat.completions.create(model="m", messages=[], stream=True,
                                                              extra_headers=faults(*specs), timeout=t)
                return len([e async for e in stream])
            await client.models.retrieve("m", extra_headers=faults(*specs), timeout=t)
            return "ok"
        except openai_table.APIError as e:
            return type(e)

    async def run():
        client = openai_table.AsyncOpenAI(api_key="sk-x", base_url=server.url, max_retries=1, timeout=timeout)

        async def no_sleep(delay):
            await asyncio.sleep(0)

        client._sleep = no_sleep
        start = time.monotonic()
        outcomes = await asyncio.gather(*(one(client, *p) for p in plan))
        elapsed = time.monotonic() - start
        after = await client.models.retrieve("after")
        await client.close()
        return outcomes, elapsed, after

    fds_before = open_fds()
    outcomes, elapsed, after = asyncio.run(run())
    wrong = [(p, o) for p, o in zip(plan, outcomes) if o != p[2]]
    assert not wrong, wrong[:5]
    assert after.id == "after"
    # every call ends within its attempts' timeouts, all at once; generous slack on a shared machine
    assert elapsed < 2 * 20.0, elapsed
    # the server's own threads let go of a held connection (slow, hang) within a few seconds
    deadline = time.monotonic() + 6
    while server.open_connections > 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    print(f"\n500 concurrent: {elapsed:.2f}s, fds {fds_before} -> {open_fds()}, server open conns {server.open_connections}")
    assert open_fds() <= fds_before + 5
