"""The waiting helpers (`poll`, `*_and_poll`, `wait_for_processing`), sync and async, over a
scripted API: the requests sent, the waits asked for (recorded, never slept: the client's sleep is
replaced), the object returned. Which method polls, on which field, until which values and how
often is the table's `poll:` spec; one poller reads it, for a user table's endpoint too."""

import inspect
import warnings

import pytest

from openai_table import AsyncOpenAI, OpenAI, TableError
from openai_table.helpers import polling
from openai_table.types import FileObject
from openai_table.types.beta.threads import Run
from openai_table.types.vector_stores import VectorStoreFile, VectorStoreFileBatch
from openai_table.types import Video

from _helpers_fake import Fake, answer

MODES = ["sync", "async"]


def video(status, **extra):
    return {"id": "video_1", "object": "video", "status": status, "model": "sora-2", "progress": 0, **extra}


def run(status, run_id="run_1", thread_id="thread_1"):
    return {"id": run_id, "object": "thread.run", "thread_id": thread_id, "assistant_id": "asst_1", "status": status}


def poll_headers(request):
    return {k: v for k, v in request.headers.items() if k.startswith("x-stainless")}


@pytest.fixture(autouse=True)
def quiet_deprecations():
    # the Assistants API helpers warn, as the official ones do; test_run_helpers_warn checks it
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        yield


# -- one poller: intervals and headers -----------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_poll_waits_the_default_interval_then_what_the_server_asks(mode):
    fake = Fake({("GET", "/videos/video_1"): [
        answer(video("queued")),
        answer(video("in_progress", progress=40), openai_poll_after_ms="250"),
        answer(video("completed", progress=100)),
    ]})
    result = fake.run(mode, lambda c: c.videos.poll("video_1"))
    assert type(result) is Video and (result.id, result.status, result.progress) == ("video_1", "completed", 100)
    assert fake.requests() == [("GET", "/videos/video_1")] * 3
    assert fake.sleeps == [1.0, 0.25]  # the table's 1000 ms, then the header's 250 ms
    assert all(poll_headers(r) == {"x-stainless-poll-helper": "true"} for r in fake.sent)
    assert all(r.content == b"" for r in fake.sent)


@pytest.mark.parametrize("mode", MODES)
def test_the_servers_latest_interval_holds_until_it_changes(mode):
    fake = Fake({("GET", "/videos/video_1"): [
        answer(video("in_progress"), openai_poll_after_ms="200"),
        answer(video("in_progress")),
        answer(video("in_progress"), openai_poll_after_ms="50"),
        answer(video("in_progress"), openai_poll_after_ms="soon"),  # not a number: ignored
        answer(video("completed")),
    ]})
    fake.run(mode, lambda c: c.videos.poll("video_1"))
    assert fake.sleeps == [0.2, 0.2, 0.05, 0.05]


@pytest.mark.parametrize("mode", MODES)
def test_poll_interval_ms_wins_over_the_header_and_is_sent(mode):
    fake = Fake({("GET", "/videos/video_1"): [
        answer(video("in_progress"), openai_poll_after_ms="5000"),
        answer(video("in_progress"), openai_poll_after_ms="5000"),
        answer(video("failed", error={"code": "moderation", "message": "no"})),
    ]})
    result = fake.run(mode, lambda c: c.videos.poll("video_1", poll_interval_ms=50))
    assert result.status == "failed" and result.error.code == "moderation"
    assert fake.sleeps == [0.05, 0.05]
    assert poll_headers(fake.sent[0]) == {"x-stainless-poll-helper": "true", "x-stainless-custom-poll-interval": "50"}


@pytest.mark.parametrize("mode", MODES)
def test_a_terminal_first_answer_does_not_wait(mode):
    fake = Fake({("GET", "/videos/video_1"): [answer(video("completed"))]})
    assert fake.run(mode, lambda c: c.videos.poll("video_1")).status == "completed"
    assert fake.sleeps == [] and len(fake.sent) == 1


@pytest.mark.parametrize("mode", MODES)
def test_videos_create_and_poll(mode):
    fake = Fake({("POST", "/videos"): [answer(video("queued"))],
                 ("GET", "/videos/video_1"): [answer(video("in_progress")), answer(video("completed"))]})
    result = fake.run(mode, lambda c: c.videos.create_and_poll(prompt="A cat", model="sora-2", seconds="4",
                                                                 extra_headers={"X-Trace": "1"}))
    assert result.status == "completed"
    assert fake.requests() == [("POST", "/videos"), ("GET", "/videos/video_1"), ("GET", "/videos/video_1")]
    assert fake.json(0) == {"prompt": "A cat", "model": "sora-2", "seconds": "4"}
    assert fake.sent[0].headers["x-trace"] == "1"
    assert fake.sleeps == [1.0]


# -- runs ---------------------------------------------------------------------------------------


RUN_PATH = "/threads/thread_1/runs/run_1"


@pytest.mark.parametrize("mode", MODES)
def test_runs_poll_stops_at_requires_action(mode):
    fake = Fake({("GET", RUN_PATH): [answer(run("queued")), answer(run("in_progress")), answer(run("requires_action")),
                                     answer(run("completed"))]})
    result = fake.run(mode, lambda c: c.beta.threads.runs.poll("run_1", "thread_1", extra_headers={"X-Trace": "1"},
                                                               extra_query={"q": "1"}))
    assert type(result) is Run and result.status == "requires_action"
    assert fake.requests() == [("GET", RUN_PATH)] * 3
    assert fake.sleeps == [1.0, 1.0]
    for request in fake.sent:
        assert request.headers["openai-beta"] == "assistants=v2" and request.headers["x-trace"] == "1"
        assert dict(request.url.params) == {"q": "1"}


@pytest.mark.parametrize("mode", MODES)
def test_runs_create_and_poll(mode):
    fake = Fake({("POST", "/threads/thread_1/runs"): [answer(run("queued"))],
                 ("GET", RUN_PATH): [answer(run("in_progress"), openai_poll_after_ms="10"), answer(run("completed"))]})
    result = fake.run(mode, lambda c: c.beta.threads.runs.create_and_poll(
        thread_id="thread_1", assistant_id="asst_1", instructions="Be brief", include=["step_details.x"]))
    assert result.status == "completed"
    assert fake.requests() == [("POST", "/threads/thread_1/runs"), ("GET", RUN_PATH), ("GET", RUN_PATH)]
    assert fake.json(0) == {"assistant_id": "asst_1", "instructions": "Be brief", "stream": False}
    assert list(fake.sent[0].url.params.multi_items()) == [("include[]", "step_details.x")]
    assert fake.sleeps == [0.01]


@pytest.mark.parametrize("mode", MODES)
def test_runs_submit_tool_outputs_and_poll(mode):
    fake = Fake({("POST", RUN_PATH + "/submit_tool_outputs"): [answer(run("queued"))],
                 ("GET", RUN_PATH): [answer(run("completed"))]})
    outputs = [{"tool_call_id": "call_1", "output": "42"}]
    result = fake.run(mode, lambda c: c.beta.threads.runs.submit_tool_outputs_and_poll(
        tool_outputs=outputs, run_id="run_1", thread_id="thread_1", poll_interval_ms=10))
    assert result.status == "completed"
    assert fake.requests() == [("POST", RUN_PATH + "/submit_tool_outputs"), ("GET", RUN_PATH)]
    assert fake.json(0) == {"tool_outputs": outputs, "stream": False}
    assert fake.sleeps == []


@pytest.mark.parametrize("mode", MODES)
def test_threads_create_and_run_poll(mode):
    path = "/threads/thread_9/runs/run_9"
    fake = Fake({("POST", "/threads/runs"): [answer(run("queued", "run_9", "thread_9"))],
                 ("GET", path): [answer(run("cancelling", "run_9", "thread_9")), answer(run("cancelled", "run_9", "thread_9"))]})
    result = fake.run(mode, lambda c: c.beta.threads.create_and_run_poll(
        assistant_id="asst_1", thread={"messages": [{"role": "user", "content": "Hi"}]}, poll_interval_ms=5))
    assert (result.id, result.status) == ("run_9", "cancelled")
    assert fake.requests() == [("POST", "/threads/runs"), ("GET", path), ("GET", path)]
    assert fake.json(0) == {"assistant_id": "asst_1", "thread": {"messages": [{"role": "user", "content": "Hi"}]}, "stream": False}
    assert fake.sleeps == [0.005]


def test_run_helpers_warn_as_deprecated():
    fake = Fake({("GET", RUN_PATH): [answer(run("completed"))]})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fake.run("sync", lambda c: c.beta.threads.runs.poll("run_1", "thread_1"))
    assert any(issubclass(w.category, DeprecationWarning) and "Assistants API" in str(w.message) for w in caught)


# -- vector stores ------------------------------------------------------------------------------


def vs_file(status):
    return {"id": "file_1", "object": "vector_store.file", "vector_store_id": "vs_1", "status": status, "usage_bytes": 0}


def batch(in_progress, completed=0, failed=0):
    return {"id": "batch_1", "object": "vector_store.files_batch", "vector_store_id": "vs_1",
            "status": "in_progress" if in_progress else "completed",
            "file_counts": {"in_progress": in_progress, "completed": completed, "failed": failed, "cancelled": 0,
                            "total": in_progress + completed + failed}}


@pytest.mark.parametrize("mode", MODES)
def test_vector_store_files_create_and_poll(mode):
    path = "/vector_stores/vs_1/files/file_1"
    fake = Fake({("POST", "/vector_stores/vs_1/files"): [answer(vs_file("in_progress"))],
                 ("GET", path): [answer(vs_file("in_progress")), answer(vs_file("failed"))]})
    result = fake.run(mode, lambda c: c.vector_stores.files.create_and_poll(
        "file_1", vector_store_id="vs_1", attributes={"team": "a"}))
    assert type(result) is VectorStoreFile and result.status == "failed"  # returned, not raised: check status
    assert fake.requests() == [("POST", "/vector_stores/vs_1/files"), ("GET", path), ("GET", path)]
    assert fake.json(0) == {"file_id": "file_1", "attributes": {"team": "a"}}
    assert all(r.headers["openai-beta"] == "assistants=v2" for r in fake.sent)
    assert fake.sleeps == [1.0]


@pytest.mark.parametrize("mode", MODES)
def test_file_batches_poll_until_no_file_is_in_progress(mode):
    path = "/vector_stores/vs_1/file_batches/batch_1"
    fake = Fake({("POST", "/vector_stores/vs_1/file_batches"): [answer(batch(3))],
                 ("GET", path): [answer(batch(2, 1)), answer(batch(1, 2), openai_poll_after_ms="20"), answer(batch(0, 2, 1))]})
    result = fake.run(mode, lambda c: c.vector_stores.file_batches.create_and_poll(
        "vs_1", file_ids=["file_1", "file_2", "file_3"], chunking_strategy={"type": "auto"}))
    assert type(result) is VectorStoreFileBatch and result.file_counts.failed == 1
    assert fake.json(0) == {"file_ids": ["file_1", "file_2", "file_3"], "chunking_strategy": {"type": "auto"}}
    assert fake.requests("GET") == [("GET", path)] * 3
    assert fake.sleeps == [1.0, 0.02]


# -- files.wait_for_processing: seconds and a deadline --------------------------------------------


def file_obj(status):
    return {"id": "file-1", "object": "file", "bytes": 10, "created_at": 0, "filename": "a.jsonl", "purpose": "batch",
            "status": status}


@pytest.mark.parametrize("mode", MODES)
def test_wait_for_processing(mode):
    fake = Fake({("GET", "/files/file-1"): [answer(file_obj("uploaded")), answer(file_obj("processed"))]})
    result = fake.run(mode, lambda c: c.files.wait_for_processing("file-1"))
    assert type(result) is FileObject and result.status == "processed"
    assert fake.sleeps == [5.0]
    assert all(poll_headers(r) == {} for r in fake.sent)  # as the official one: plain retrieves
    fake = Fake({("GET", "/files/file-1"): [answer(file_obj("uploaded")), answer(file_obj("error"))]})
    assert fake.run(mode, lambda c: c.files.wait_for_processing("file-1", poll_interval=0.5)).status == "error"
    assert fake.sleeps == [0.5]


@pytest.mark.parametrize("mode", MODES)
def test_wait_for_processing_gives_up_after_max_wait(mode, monkeypatch):
    now = [0.0]
    monkeypatch.setattr(polling, "_clock", lambda: now[0])
    fake = Fake({("GET", "/files/file-1"): [answer(file_obj("uploaded"))]})
    real_run = fake.run

    def advancing(mode, fn):
        def wrapped(client):
            sleep = client._sleep
            if mode == "sync":
                client._sleep = lambda s: (now.__setitem__(0, now[0] + s), sleep(s))
            else:
                async def asleep(s):
                    now[0] += s
                    await sleep(s)
                client._sleep = asleep
            return fn(client)
        return real_run(mode, wrapped)

    with pytest.raises(RuntimeError, match="Gave up waiting for file file-1 after 12 seconds"):
        advancing(mode, lambda c: c.files.wait_for_processing("file-1", poll_interval=5, max_wait_seconds=12))
    assert fake.sleeps == [5, 5, 5] and len(fake.sent) == 4


# -- signatures: the official ones ---------------------------------------------------------------


def test_generic_poll_signature_comes_from_the_fetching_method():
    client = OpenAI(api_key="sk-test")
    assert str(inspect.signature(client.videos.poll)).startswith("(video_id: 'str', *, poll_interval_ms: 'int | Omit' = NOT_GIVEN, extra_headers")
    sig = inspect.signature(client.vector_stores.files.poll)
    assert list(sig.parameters)[:3] == ["file_id", "vector_store_id", "poll_interval_ms"]
    assert sig.parameters["vector_store_id"].kind is inspect.Parameter.KEYWORD_ONLY
    assert client.vector_stores.file_batches.poll.__doc__.startswith("Wait until no file of a batch is in progress.")
    assert "file_counts.in_progress" in client.vector_stores.file_batches.poll.__doc__
    assert inspect.iscoroutinefunction(AsyncOpenAI(api_key="sk-test").videos.poll)


# -- a user table declares polling for its own endpoint -------------------------------------------


USER_TABLE = """
jobs:
  create:
    doc: Start a job.
    post: /jobs
    body: {task: str!}
    returns: my_jobs:Job
  retrieve:
    doc: Get a job.
    get: /projects/{project_id}/jobs/{job_id}
    path: {project_id: str, job_id: str}
    returns: my_jobs:Job
  wait:
    doc: Wait for a job to finish.
    helper: polling.poll
    poll: {with: retrieve, status: state.phase, until: [done, broken], interval_ms: 2500}
"""

USER_MODELS = """
from typing import Optional
from openai_table.models import BaseModel, model

@model
class State(BaseModel):
    phase: Optional[str] = None

@model
class Job(BaseModel):
    id: Optional[str] = None
    state: Optional[State] = None
"""


@pytest.fixture
def user_table(tmp_path, monkeypatch):
    (tmp_path / "my_jobs.py").write_text(USER_MODELS)
    monkeypatch.syspath_prepend(str(tmp_path))
    path = tmp_path / "jobs.yaml"
    path.write_text(USER_TABLE)
    return path


@pytest.mark.parametrize("mode", MODES)
def test_a_user_table_declares_polling_for_its_own_endpoint(mode, user_table):
    path = "/projects/p_1/jobs/job_1"
    fake = Fake({("GET", path): [answer({"id": "job_1", "state": {"phase": "queued"}}),
                                 answer({"id": "job_1", "state": {"phase": "running"}}, openai_poll_after_ms="100"),
                                 answer({"id": "job_1", "state": {"phase": "done"}, "output": "ok"})]})
    job = fake.run(mode, lambda c: c.jobs.wait("job_1", project_id="p_1", extra_query={"v": "2"}), endpoints=[user_table])
    assert (job.id, job.state.phase, job.output) == ("job_1", "done", "ok")
    assert fake.requests() == [("GET", path)] * 3 and dict(fake.sent[0].url.params) == {"v": "2"}
    assert fake.sleeps == [2.5, 0.1]
    sig = inspect.signature(OpenAI(api_key="sk-test", endpoints=[user_table]).jobs.wait)
    assert list(sig.parameters)[:3] == ["job_id", "project_id", "poll_interval_ms"]


@pytest.mark.parametrize("poll,problem", [
    ("{with: retrieve, until: [done], every: 5}", "`poll`: unknown key 'every' (one of with, status, until, while, interval_ms)"),
    ("{status: phase, until: [done]}", "`poll`: `with` must name the method that fetches the object"),
    ("{with: retrieve, until: [done], while: [running]}", "`poll` needs exactly one of `until`"),
    ("{with: retrieve}", "`poll` needs exactly one of `until`"),
    ("{with: retrieve, until: []}", "`poll`: `until` must be a non-empty list of values"),
    ("{with: retrieve, while: running}", "`poll`: `while` must be a non-empty list of values"),
    ("{with: retrieve, status: 'a-b', until: [x]}", "`poll`: `status` must be a field name or a dotted path"),
    ("{with: retrieve, until: [x], interval_ms: 0}", "`poll`: `interval_ms` must be a positive number"),
    ("{with: fetch, until: [x]}", "`poll`: `with` names 'fetch', which is not a method of jobs"),
    ("[retrieve]", "`poll` must be a mapping"),
])
def test_bad_poll_specs_fail_at_load_naming_file_line_entry_and_key(tmp_path, user_table, poll, problem):
    text = USER_TABLE.replace("{with: retrieve, status: state.phase, until: [done, broken], interval_ms: 2500}", poll)
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(TableError) as e:
        OpenAI(api_key="sk-test", endpoints=[path])
    message = str(e.value)
    assert message.startswith(f"{path}:16: jobs.wait: ") and problem in message, message


def test_a_bad_key_of_a_block_poll_spec_is_named_by_its_line(tmp_path, user_table):
    block = "\n      with: retrieve\n      until: [done]\n      interval_ms: -5"
    path = tmp_path / "bad.yaml"
    path.write_text(USER_TABLE.replace(" {with: retrieve, status: state.phase, until: [done, broken], interval_ms: 2500}", block))
    with pytest.raises(TableError, match=r"bad.yaml:19: jobs.wait: `poll`: `interval_ms` must be a positive number"):
        OpenAI(api_key="sk-test", endpoints=[path])


def test_poll_belongs_on_a_helper_entry(tmp_path, user_table):
    path = tmp_path / "bad.yaml"
    path.write_text("jobs:\n  retrieve:\n    get: /jobs/{job_id}\n    path: {job_id: str}\n    returns: none\n"
                    "    poll: {with: retrieve, until: [x]}\n")
    with pytest.raises(TableError, match=r"bad.yaml:6: jobs.retrieve: `poll` goes on a `helper` entry"):
        OpenAI(api_key="sk-test", endpoints=[path])


def test_generic_poll_needs_a_spec(tmp_path, user_table):
    path = tmp_path / "bad.yaml"
    path.write_text(USER_TABLE.replace("    poll: {with: retrieve, status: state.phase, until: [done, broken], interval_ms: 2500}\n", ""))
    client = OpenAI(api_key="sk-test", endpoints=[path])
    with pytest.raises(TableError, match=r"jobs.wait: helper polling.poll needs a `poll:` spec beside it"):
        client.jobs.wait


def test_builtin_poll_specs():
    from openai_table._table import builtin_table

    table = builtin_table()
    specs = {f"{r}.{n}": ep.poll for r, methods in table.resources.items() for n, ep in methods.items() if ep.poll}
    assert sorted(specs) == ["beta.threads.runs.poll", "files.wait_for_processing", "vector_stores.file_batches.poll",
                             "vector_stores.files.poll", "videos.poll"]
    assert specs["videos.poll"].pending == ("queued", "in_progress")
    assert specs["vector_stores.file_batches.poll"].status == "file_counts.in_progress"
    assert specs["files.wait_for_processing"].interval_ms == 5000
