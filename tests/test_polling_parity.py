"""The polling helpers next to the official SDK's (2.8.1): over the same scripted answers, both
send the same requests (method, path, query, body, the poll headers) and ask for the same waits.

One deliberate difference, left out of these scripts: when the server's `openai-poll-after-ms`
changes between answers, ours follows its latest value, where the official SDK keeps the first
interval it settled on (tests/test_polling.py shows ours)."""

import asyncio
import json
import warnings

import httpx
import openai
import pytest
from openai._resource import AsyncAPIResource, SyncAPIResource

from _helpers_fake import Fake, answer

from test_polling import batch, run, video, vs_file

SCRIPTS = {
    "videos.poll": ({("GET", "/videos/video_1"): [answer(video("queued"), openai_poll_after_ms="300"),
                                                  answer(video("in_progress")), answer(video("completed"))]},
                    lambda c: c.videos.poll("video_1")),
    "videos.create_and_poll": ({("POST", "/videos"): [answer(video("queued"))],
                                ("GET", "/videos/video_1"): [answer(video("in_progress")), answer(video("failed"))]},
                               lambda c: c.videos.create_and_poll(prompt="cat", seconds="4", poll_interval_ms=20)),
    "runs.create_and_poll": ({("POST", "/threads/thread_1/runs"): [answer(run("queued"))],
                              ("GET", "/threads/thread_1/runs/run_1"): [answer(run("in_progress")), answer(run("expired"))]},
                             lambda c: c.beta.threads.runs.create_and_poll(thread_id="thread_1", assistant_id="asst_1",
                                                                           temperature=0.2, extra_query={"x": "1"})),
    "runs.submit_tool_outputs_and_poll": (
        {("POST", "/threads/thread_1/runs/run_1/submit_tool_outputs"): [answer(run("queued"))],
         ("GET", "/threads/thread_1/runs/run_1"): [answer(run("requires_action"))]},
        lambda c: c.beta.threads.runs.submit_tool_outputs_and_poll(run_id="run_1", thread_id="thread_1",
                                                                   tool_outputs=[{"tool_call_id": "c", "output": "o"}])),
    "threads.create_and_run_poll": ({("POST", "/threads/runs"): [answer(run("queued"))],
                                     ("GET", "/threads/thread_1/runs/run_1"): [answer(run("in_progress"), openai_poll_after_ms="5"),
                                                                               answer(run("completed"))]},
                                    lambda c: c.beta.threads.create_and_run_poll(assistant_id="asst_1", poll_interval_ms=40)),
    "vector_stores.files.create_and_poll": (
        {("POST", "/vector_stores/vs_1/files"): [answer(vs_file("in_progress"))],
         ("GET", "/vector_stores/vs_1/files/file_1"): [answer(vs_file("in_progress")), answer(vs_file("cancelled"))]},
        lambda c: c.vector_stores.files.create_and_poll("file_1", vector_store_id="vs_1", chunking_strategy={"type": "auto"})),
    "vector_stores.file_batches.create_and_poll": (
        {("POST", "/vector_stores/vs_1/file_batches"): [answer(batch(2))],
         ("GET", "/vector_stores/vs_1/file_batches/batch_1"): [answer(batch(1, 1)), answer(batch(0, 2))]},
        lambda c: c.vector_stores.file_batches.create_and_poll("vs_1", file_ids=["a", "b"])),
}


def _summary(request):
    return (request.method, request.url.path, list(request.url.params.multi_items()),
            json.loads(request.content) if request.content else None,
            {k: v for k, v in request.headers.items() if k.startswith("x-stainless-poll") or k.startswith("x-stainless-custom")},
            request.headers.get("openai-beta"))


def _official(mode, script, call, monkeypatch):
    fake = Fake(script)
    transport = httpx.MockTransport(fake._answer)
    options = dict(api_key="sk-test", base_url="http://api.test/v1", max_retries=0)
    if mode == "sync":
        monkeypatch.setattr(SyncAPIResource, "_sleep", lambda self, s: fake.sleeps.append(s))
        result = call(openai.OpenAI(http_client=httpx.Client(transport=transport), **options))
    else:
        async def sleep(self, s):
            fake.sleeps.append(s)
        monkeypatch.setattr(AsyncAPIResource, "_sleep", sleep)

        async def main():
            return await call(openai.AsyncOpenAI(http_client=httpx.AsyncClient(transport=transport), **options))
        result = asyncio.run(main())
    return fake, result


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_same_requests_and_waits_as_the_official_sdk(name, mode, monkeypatch):
    script, call = SCRIPTS[name]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        theirs, their_result = _official(mode, script, call, monkeypatch)
        ours = Fake(script)
        our_result = ours.run(mode, call)
    assert [_summary(r) for r in ours.sent] == [_summary(r) for r in theirs.sent]
    assert ours.sleeps == theirs.sleeps
    assert our_result.to_dict() == their_result.to_dict()
