"""The pytest plugin (`openai_table.pytest_plugin`), run the way a user runs it, with `pytester`:
a first run with --openai-record records the cassettes from an in-process server (an
httpx.MockTransport), a second run replays them with that server refusing every request, and a
changed request fails naming it."""

import importlib.metadata
import pathlib
import tomllib

import pytest
import yaml

pytest_plugins = ["pytester"]

ROOT = pathlib.Path(__file__).resolve().parent.parent
KEY = "sk-proj-SECRETKEY0123456789"

USER_TESTS = r'''
import json, os
import httpx, pytest
from openai_table import OpenAI, AsyncOpenAI

WORDS = ["Hel", "lo", " ✓", "!"]
BLOB = bytes(range(256)) * 4
SERVED = []


def handler(request):
    if os.environ.get("SERVER_DOWN") == "1":
        raise AssertionError(f"the server was reached: {request.method} {request.url}")
    SERVED.append((request.method, request.url.path))
    path = request.url.path
    if path == "/v1/chat/completions":
        base = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "gpt-4o-mini"}
        events = [{**base, "choices": [{"index": 0, "delta": {"content": w}, "finish_reason": None}]} for w in WORDS]
        body = "".join("data: " + json.dumps(e) + "\n\n" for e in events) + "data: [DONE]\n\n"
        return httpx.Response(200, headers={"content-type": "text/event-stream", "set-cookie": "session=abc"},
                              content=body.encode())
    if path == "/v1/files" and request.method == "POST":
        assert b"multipart/form-data" in request.headers["content-type"].encode()
        return httpx.Response(200, json={"id": "file-1", "object": "file", "bytes": len(BLOB), "created_at": 1,
                                         "filename": "blob.bin", "purpose": "assistants", "status": "processed"})
    if path == "/v1/files/file-1/content":
        return httpx.Response(200, headers={"content-type": "application/octet-stream"}, content=BLOB)
    if path == "/v1/models":
        return httpx.Response(200, json={"object": "list", "data": [
            {"id": "gpt-4o-mini", "object": "model", "created": 1, "owned_by": "openai"}]})
    return httpx.Response(404, json={"error": {"message": "no route"}})


def client(cls=OpenAI):
    transport = httpx.MockTransport(handler)
    http = (httpx.AsyncClient if cls is AsyncOpenAI else httpx.Client)(transport=transport)
    return cls(api_key="KEY", organization="org-SECRETORG", project="proj_SECRETPROJ", max_retries=0,
               http_client=http, default_query={"api_key": "KEY", "purpose_note": "kept"})


MESSAGE = os.environ.get("MESSAGE", "Say hello")


@pytest.mark.openai_cassette
def test_stream():
    stream = client().chat.completions.create(model="gpt-4o-mini", stream=True,
                                              messages=[{"role": "user", "content": MESSAGE}])
    assert "".join(c.choices[0].delta.content for c in stream) == "Hello ✓!"


def test_upload(openai_cassette):
    c = client()
    f = c.files.create(file=("blob.bin", BLOB), purpose="assistants")
    assert f.id == "file-1" and f.bytes == len(BLOB)
    assert c.files.content("file-1").read() == BLOB
    assert len(openai_cassette) == 2


@pytest.mark.openai_cassette("shared-models")
async def test_async_models():
    page = await client(AsyncOpenAI).models.list()
    assert [m.id for m in page.data] == ["gpt-4o-mini"]


def test_served():
    # what the server saw in this run: everything when recording, nothing when replaying
    assert len(SERVED) == int(os.environ.get("EXPECT_SERVED", "0"))
'''.replace("KEY", KEY)

CONFTEST = '''
import asyncio, inspect

def pytest_pyfunc_call(pyfuncitem):
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        args = {n: pyfuncitem.funcargs[n] for n in pyfuncitem._fixtureinfo.argnames}
        asyncio.run(pyfuncitem.obj(**args))
        return True
'''


def _plugin_args():
    # Installed (pip install -e .), the entry point loads the plugin; from a checkout, -p does.
    names = {ep.value for ep in importlib.metadata.entry_points(group="pytest11")}
    return [] if "openai_table.pytest_plugin" in names else ["-p", "openai_table.pytest_plugin"]


@pytest.fixture
def user_project(pytester, monkeypatch):
    monkeypatch.delenv("OPENAI_TABLE_RECORD", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makepyfile(test_user=USER_TESTS)
    pytester.makeconftest(CONFTEST)
    return pytester


def _run(pytester, *args):
    # in a subprocess, as a user runs it (this checkout's package first on the path)
    return pytester.runpytest_subprocess(*_plugin_args(), "-p", "no:cacheprovider", *args)


def test_entry_point_declared():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert meta["project"]["entry-points"]["pytest11"] == {"openai_table": "openai_table.pytest_plugin"}


def test_record_then_replay(user_project, monkeypatch):
    pytester = user_project
    cassettes = pytester.path / "cassettes" / "test_user"

    # no cassettes and no --openai-record: each API test fails, naming its request
    monkeypatch.setenv("SERVER_DOWN", "1")
    result = _run(pytester, "-k", "stream")
    result.assert_outcomes(failed=1, deselected=3)
    result.stdout.fnmatch_lines(["*openai_cassette: unrecorded request POST https://api.openai.com/v1/chat/completions?*"
                                 "with body *Say hello*has no cassette yet*--openai-record*"])
    assert "SERVER_DOWN" not in result.stdout.str() and "server was reached" not in result.stdout.str()

    # first run: record from the in-process server
    monkeypatch.setenv("SERVER_DOWN", "0")
    monkeypatch.setenv("EXPECT_SERVED", "4")
    _run(pytester, "--openai-record").assert_outcomes(passed=4)
    assert sorted(p.name for p in cassettes.iterdir()) == ["shared-models.yaml", "test_stream.yaml", "test_upload.yaml"]
    for path in cassettes.iterdir():
        text = path.read_text()
        for secret in (KEY, "SECRETORG", "SECRETPROJ", "session=abc", "Bearer"):
            assert secret not in text, (path.name, secret)
        assert "purpose_note=kept" in text
    assert "data: [DONE]" in (cassettes / "test_stream.yaml").read_text()
    interactions = yaml.safe_load((cassettes / "test_upload.yaml").read_text())["interactions"]
    assert interactions[1]["response"]["body"]["string"] == bytes(range(256)) * 4  # binary, byte for byte
    upload = interactions[0]["request"]["body"]
    assert b"blob.bin" in (upload if isinstance(upload, bytes) else upload.encode())  # multipart, boundary ignored on replay

    # second run: replay only; the server refuses every request
    monkeypatch.setenv("SERVER_DOWN", "1")
    monkeypatch.setenv("EXPECT_SERVED", "0")
    _run(pytester).assert_outcomes(passed=4)

    # a different request body: the test fails, naming the request
    monkeypatch.setenv("MESSAGE", "Say goodbye")
    result = _run(pytester, "-k", "stream")
    result.assert_outcomes(failed=1, deselected=3)
    result.stdout.fnmatch_lines(["*unrecorded request POST https://api.openai.com/v1/chat/completions?*Say goodbye*"
                                 "test_stream.yaml is not recorded*"])

    # --openai-record (mode once) does not touch an existing cassette: still a failure
    assert _run(pytester, "-k", "stream", "--openai-record").ret != 0
    # =new_episodes adds the new exchange
    monkeypatch.setenv("SERVER_DOWN", "0")
    _run(pytester, "-k", "stream", "--openai-record=new_episodes").assert_outcomes(passed=1, deselected=3)
    monkeypatch.setenv("SERVER_DOWN", "1")
    _run(pytester, "-k", "stream").assert_outcomes(passed=1, deselected=3)


def test_env_record_needs_a_key(user_project, monkeypatch):
    pytester = user_project
    monkeypatch.setenv("SERVER_DOWN", "0")
    monkeypatch.setenv("OPENAI_TABLE_RECORD", "1")
    _run(pytester, "-k", "upload").assert_outcomes(failed=1, deselected=3)  # no key: replay only
    monkeypatch.setenv("OPENAI_API_KEY", "sk-anything")
    _run(pytester, "-k", "upload").assert_outcomes(passed=1, deselected=3)
    assert (pytester.path / "cassettes" / "test_user" / "test_upload.yaml").exists()


def test_ini_dir_and_help(user_project):
    pytester = user_project
    pytester.makeini("[pytest]\nopenai_cassette_dir = recorded\n")
    _run(pytester, "-k", "upload", "--openai-record").assert_outcomes(passed=1, deselected=3)
    assert (pytester.path / "recorded" / "test_user" / "test_upload.yaml").exists()
    _run(pytester, "--help").stdout.fnmatch_lines(["*--openai-record*"])
