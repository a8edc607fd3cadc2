"""Every fault of the fault server, sync and async: the documented outcome, within the
configured timeout, and a pool that still works afterwards.

The outcomes (README, "Failures and their outcomes"):
- 4xx that is not 408/409/429: its own APIStatusError subclass at once, with status_code,
  request_id and the error object as body; no retry.
- 408, 409, 429, 5xx: retried (max_retries times), waiting retry-after-ms, else retry-after
  (0-60 s), else 0.5 s doubling to 8 s less up to 25 % jitter; `x-should-retry` overrides the
  status either way. Out of retries: the status's error.
- no answer (reset before headers or mid-body, a short body): retried, then APIConnectionError.
- no answer in time (read timeout, a body trickled slower than the timeout allows): retried,
  then APITimeoutError.
- 200 whose body is not JSON: APIResponseValidationError, not retried.
- a stream cut mid-way: APIConnectionError from the iterator, connection released; a stream
  that ends without [DONE]: the events sent, then the end.
"""

import time

import pytest

import openai_table
from openai_table import (
    APIConnectionError, APIResponseValidationError, APIStatusError, APITimeoutError, BadRequestError,
    ConflictError, InternalServerError, NotFoundError, RateLimitError, UnprocessableEntityError,
)
from openai_table import _client as client_module

from .conftest import faults, open_fds


@pytest.fixture
def no_jitter(monkeypatch):
    monkeypatch.setattr(client_module.random, "random", lambda: 0.0)


def retrieve(h, client, *specs, **kw):
    return h.call(client.models.retrieve, "m", extra_headers=faults(*specs), **kw)


def assert_usable(h, client):
    """The pool still serves a normal request."""
    assert h.call(client.models.retrieve, "after").id == "after"


# -- statuses -------------------------------------------------------------------------------

FINAL = [(400, BadRequestError), (401, openai_table.AuthenticationError), (403, openai_table.PermissionDeniedError),
         (404, NotFoundError), (422, UnprocessableEntityError), (418, APIStatusError)]


@pytest.mark.parametrize("status,cls", FINAL)
def test_final_status_raises_at_once(h, status, cls):
    client = h.client()
    hdrs = faults(f"status?code={status}")
    e = h.raises(cls, client.models.retrieve, "m", extra_headers=hdrs)
    assert type(e) is cls and e.status_code == status
    assert e.request_id and e.request_id.startswith("req_")
    assert e.body == {"message": f"fault {status}", "type": "fault", "param": None, "code": f"c{status}"}
    assert e.code == f"c{status}" and e.type == "fault"
    assert len(h.server.attempts(hdrs["x-fault-id"])) == 1 and h.sleeps == []
    assert_usable(h, client)


@pytest.mark.parametrize("status,cls", [(408, APIStatusError), (409, ConflictError), (429, RateLimitError),
                                        (500, InternalServerError), (502, InternalServerError), (503, InternalServerError)])
def test_retryable_status_retried_then_raised(h, no_jitter, status, cls):
    client = h.client(max_retries=3)
    hdrs = faults(f"status?code={status}")
    e = h.raises(cls, client.models.retrieve, "m", extra_headers=hdrs)
    assert e.status_code == status and e.request_id
    assert len(h.server.attempts(hdrs["x-fault-id"])) == 4
    assert h.sleeps == [0.5, 1.0, 2.0]
    assert_usable(h, client)


def test_retries_then_success(h, no_jitter):
    client = h.client()
    hdrs = faults("status?code=503", "status?code=429", "ok")
    assert h.call(client.models.retrieve, "m", extra_headers=hdrs).id == "m"
    assert len(h.server.attempts(hdrs["x-fault-id"])) == 3
    assert h.sleeps == [0.5, 1.0]


def test_backoff_caps_at_8s_with_jitter_down_to_75pct(h, monkeypatch):
    monkeypatch.setattr(client_module.random, "random", lambda: 1.0)
    client = h.client(max_retries=6)
    h.raises(InternalServerError, retrieve, h, client, "status?code=500")
    assert h.sleeps == [0.375, 0.75, 1.5, 3.0, 6.0, 6.0]


@pytest.mark.parametrize("headers,wait", [
    ("retry-after=3", 3.0),
    ("retry-after-ms=1500", 1.5),
    ("retry-after-ms=250&retry-after=9", 0.25),      # the ms header wins
    ("retry-after=0.5", 0.5),
    ("retry-after=Wed%2C 21 Oct 2015 07:28:00 GMT", 0.5),  # a date in the past: backoff
    ("retry-after=120", 0.5),                         # more than 60 s: backoff
    ("retry-after=nonsense", 0.5),
])
def test_retry_after_headers(h, no_jitter, headers, wait):
    client = h.client(max_retries=1)
    hdrs = faults(f"status?code=429&{headers}", "ok")
    assert h.call(client.models.retrieve, "m", extra_headers=hdrs).id == "m"
    assert h.sleeps == [wait]


def test_x_should_retry_overrides_the_status(h, no_jitter):
    client = h.client()
    yes = faults("status?code=400&x-should-retry=true", "ok")
    assert h.call(client.models.retrieve, "m", extra_headers=yes).id == "m"
    assert len(h.server.attempts(yes["x-fault-id"])) == 2
    no = faults("status?code=503&x-should-retry=false", "ok")
    e = h.raises(InternalServerError, client.models.retrieve, "m", extra_headers=no)
    assert e.status_code == 503 and len(h.server.attempts(no["x-fault-id"])) == 1
    assert h.sleeps == [0.5]


@pytest.mark.parametrize("body,expected", [("text", "upstream unavailable"), ("empty", None)])
def test_error_status_without_json_body(h, body, expected):
    client = h.client(max_retries=0)
    e = h.raises(InternalServerError, retrieve, h, client, f"status?code=500&body={body}")
    assert e.status_code == 500 and e.body == expected and e.request_id
    assert_usable(h, client)


# -- no answer --------------------------------------------------------------------------------

@pytest.mark.parametrize("fault", ["reset-before", "reset-mid", "close-mid", "status-cut"])
def test_connection_faults_retried_then_connection_error(h, no_jitter, fault):
    client = h.client(max_retries=2)
    hdrs = faults(fault)
    e = h.raises(APIConnectionError, client.models.retrieve, "m", extra_headers=hdrs)
    assert type(e) is APIConnectionError and e.request.url.path == "/v1/models/m"
    # status-cut is a 500: its cut body is not read before the retry; the last one is
    assert len(h.server.attempts(hdrs["x-fault-id"])) == 3 and h.sleeps == [0.5, 1.0]
    assert_usable(h, client)


@pytest.mark.parametrize("fault", ["reset-before", "reset-mid", "close-mid"])
def test_connection_faults_then_success(h, no_jitter, fault):
    client = h.client()
    hdrs = faults(fault, fault, "ok")
    assert h.call(client.models.retrieve, "m", extra_headers=hdrs).id == "m"
    assert len(h.server.attempts(hdrs["x-fault-id"])) == 3 and h.sleeps == [0.5, 1.0]


def test_final_status_with_a_cut_body_is_a_connection_error(h):
    client = h.client(max_retries=0)
    e = h.raises(APIConnectionError, retrieve, h, client, "status-cut")
    assert type(e) is APIConnectionError
    assert_usable(h, client)


@pytest.mark.parametrize("fault,timeout", [("slow?delay=2", 0.3), ("hang", 0.3), ("loris?interval=0.05", 0.4)])
def test_no_answer_in_time_is_a_timeout_within_the_bound(h, no_jitter, fault, timeout):
    client = h.client(max_retries=1, timeout=timeout)
    hdrs = faults(fault)
    start = time.monotonic()
    h.raises(APITimeoutError, client.models.retrieve, "m", extra_headers=hdrs)
    elapsed = time.monotonic() - start
    # two attempts of one timeout each (the sleep is injected), plus slack for a shared machine
    assert elapsed < 2 * timeout + 3.0, elapsed
    assert len(h.server.attempts(hdrs["x-fault-id"])) == 2 and h.sleeps == [0.5]
    assert_usable(h, client)


def test_per_request_timeout_overrides_the_client(h):
    client = h.client(max_retries=0, timeout=30)
    start = time.monotonic()
    h.raises(APITimeoutError, retrieve, h, client, "hang", timeout=0.3)
    assert time.monotonic() - start < 3.0
    assert_usable(h, client)


# -- bodies that are not what they claim -------------------------------------------------------

@pytest.mark.parametrize("fault", ["malformed", "nonjson"])
def test_a_200_that_is_not_json(h, fault):
    client = h.client()
    hdrs = faults(fault)
    e = h.raises(APIResponseValidationError, client.models.retrieve, "m", extra_headers=hdrs)
    assert e.status_code == 200 and isinstance(e.body, str) and "application/json" in e.message
    assert len(h.server.attempts(hdrs["x-fault-id"])) == 1
    assert_usable(h, client)


def test_huge_body(h):
    client = h.client()
    model = retrieve(h, client, "huge?size=16777216")
    assert len(model.owned_by) == 16 << 20
    assert_usable(h, client)


# -- streams -----------------------------------------------------------------------------------

def chat_stream(h, client, *specs):
    return h.call(client.chat.completions.create, model="m", messages=[{"role": "user", "content": "hi"}],
                  stream=True, extra_headers=faults(*specs))


def test_stream_ok(h):
    client = h.client()
    events = h.collect(chat_stream(h, client, "ok"))
    assert [e.choices[0].delta.content for e in events] == ["t0", "t1", "t2"]


def test_stream_without_done_ends_with_the_events_sent(h):
    client = h.client()
    events = h.collect(chat_stream(h, client, "sse-nodone?events=4"))
    assert [e.choices[0].delta.content for e in events] == ["t0", "t1", "t2", "t3"]
    assert_usable(h, client)


def test_stream_cut_mid_event_raises_connection_error_and_releases(h):
    client = h.client(max_retries=0)
    stream = chat_stream(h, client, "sse-cut?events=2")
    seen = []

    async def consume_async():
        async for event in stream:
            seen.append(event)

    def consume():
        if h.is_async:
            return consume_async()
        for event in stream:
            seen.append(event)

    e = h.raises(APIConnectionError, consume)
    assert type(e) is APIConnectionError and e.request.url.path == "/v1/chat/completions"
    assert len(seen) == 2
    assert stream.response.is_closed
    assert_usable(h, client)


def test_stream_connection_errors_before_headers_are_retried(h, no_jitter):
    client = h.client()
    events = h.collect(chat_stream(h, client, "reset-before", "status?code=503", "ok"))
    assert len(events) == 3 and h.sleeps == [0.5, 1.0]


def test_stream_released_by_with_and_close(h):
    client = h.client()
    stream = chat_stream(h, client, "ok")
    if h.is_async:
        async def use():
            async with stream as s:
                await s.__anext__()
        h.run(use())
    else:
        with stream as s:
            next(s)
    assert stream.response.is_closed
    stream2 = chat_stream(h, client, "sse-nodone?events=50")
    h.call(stream2.close)
    assert stream2.response.is_closed
    assert_usable(h, client)


def test_streaming_response_released_on_exit(h):
    client = h.client()
    view = client.models.with_streaming_response
    if h.is_async:
        async def use():
            async with view.retrieve("m", extra_headers=faults("ok")) as r:
                pass
            return r
        r = h.run(use())
    else:
        with view.retrieve("m", extra_headers=faults("ok")) as r:
            pass
    assert r.is_closed
    assert_usable(h, client)


# -- the pool across many faults ---------------------------------------------------------------

QUICK = ["status?code=400", "status?code=500", "reset-before", "reset-mid", "close-mid", "status-cut",
         "malformed", "nonjson", "ok"]


def test_sockets_do_not_grow_across_1000_faulted_requests(h, server):
    client = h.client(max_retries=0)
    for _ in range(20):  # warm up the pool
        assert_usable(h, client)
    fds_before, conns_before = open_fds(), server.open_connections

    async def many_async():
        for i in range(1000):
            try:
                await client.models.retrieve("m", extra_headers=faults(QUICK[i % len(QUICK)]))
            except openai_table.APIError:
                pass

    def many():
        if h.is_async:
            return many_async()
        for i in range(1000):
            try:
                client.models.retrieve("m", extra_headers=faults(QUICK[i % len(QUICK)]))
            except openai_table.APIError:
                pass

    h.call(many)
    assert_usable(h, client)
    time.sleep(0.05)  # server threads notice closed sockets
    fds_after, conns_after = open_fds(), server.open_connections
    print(f"\n[{h.mode}] fds {fds_before} -> {fds_after}; server-side open connections {conns_before} -> {conns_after}")
    assert fds_after <= fds_before + 2
    assert conns_after <= conns_before + 2


def test_stream_final_status_with_a_cut_body_is_a_connection_error(h):
    client = h.client(max_retries=0)
    e = h.raises(APIConnectionError, chat_stream, h, client, "status-cut")
    assert type(e) is APIConnectionError
    assert_usable(h, client)


def test_stream_final_status_is_raised_with_its_body(h):
    client = h.client(max_retries=0)
    e = h.raises(RateLimitError, chat_stream, h, client, "status?code=429")
    assert e.status_code == 429 and e.body["code"] == "c429" and e.request_id
    assert_usable(h, client)
