"""The seeds' legacy names (seed 003), kept as table facts: `modify` for `update`, `files.upload`,
`images.create`, `a`-prefixed coroutine twins on the sync client, and the retired `edits.create`.
None of them shows in dir()."""

import asyncio
import json
import warnings

import httpx
import pytest

from openai_table import AsyncOpenAI, OpenAI, TableError
from openai_table._table import builtin_table, load_table

KEY = "sk-test-legacy"


class Wire:
    def __init__(self):
        self.sent = []

    def __call__(self, request):
        request.read()
        self.sent.append(request)
        path = request.url.path
        if path.endswith("/edits"):
            return httpx.Response(200, json={"object": "edit", "created": 1589478378, "choices": [
                {"text": "What day of the week is it?", "index": 0}], "usage": {"prompt_tokens": 25, "completion_tokens": 32, "total_tokens": 57}})
        if request.method == "GET":
            return httpx.Response(200, json={"object": "list", "data": [{"id": "file-1", "object": "file"}], "has_more": False},
                                  headers={"x-request-id": "req_list"})
        return httpx.Response(200, json={"id": "obj_1", "object": "thing", "created": 1}, headers={"x-request-id": "req_1"})

    def key(self, i=-1):
        r = self.sent[i]
        return r.method, str(r.url), r.content


def clients(wire):
    return (OpenAI(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(wire)), max_retries=0),
            AsyncOpenAI(api_key=KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(wire)), max_retries=0))


def _update_entries():
    table = builtin_table()
    return [(r, n) for r, methods in table.resources.items() for n, ep in methods.items() if n == "update"]


@pytest.mark.parametrize("resource,name", _update_entries(), ids=[f"{r}.{n}" for r, n in _update_entries()])
def test_modify_is_update_sync_and_async(resource, name):
    ep = builtin_table().endpoint(resource, name)
    assert ep.aliases == ("modify",)
    args = {p: f"id_{p}" for p in ep.path_params}
    last = args.pop(ep.path_params[-1])
    body = {n: {"k": "v"} for n in ep.required} or ({"metadata": {"k": "v"}} if "metadata" in ep.locations else {})
    wire = Wire()
    sync, aclient = clients(wire)

    def walk(client):
        obj = client
        for part in resource.split("."):
            obj = getattr(obj, part)
        return obj

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        walk(sync).update(last, **args, **body)
        walk(sync).modify(last, **args, **body)
        walk(sync).with_raw_response.modify(last, **args, **body)
        with walk(sync).with_streaming_response.modify(last, **args, **body) as r:
            assert r.status_code == 200

        async def run():
            await walk(aclient).modify(last, **args, **body)
        asyncio.run(run())
    assert len(wire.sent) == 5 and len({wire.key(i) for i in range(5)}) == 1
    assert "modify" not in dir(walk(sync)) and "modify" not in dir(type(walk(sync)))


def test_files_upload_and_images_create():
    wire = Wire()
    sync, aclient = clients(wire)
    sync.files.create(file=("a.jsonl", b"{}", "application/jsonl"), purpose="batch")
    sync.files.upload(file=("a.jsonl", b"{}", "application/jsonl"), purpose="batch")
    assert wire.sent[0].url == wire.sent[1].url and wire.sent[0].method == wire.sent[1].method == "POST"
    sync.images.generate(prompt="a cat", model="dall-e-3")
    sync.images.create(prompt="a cat", model="dall-e-3")
    asyncio.run(aclient.images.create(prompt="a cat", model="dall-e-3"))
    assert {wire.key(i) for i in (2, 3, 4)} == {("POST", "https://api.openai.com/v1/images/generations",
                                                  json.dumps({"prompt": "a cat", "model": "dall-e-3"}).replace(" ", "").encode())} or \
        len({wire.key(i) for i in (2, 3, 4)}) == 1
    for client in (sync, aclient):
        assert "upload" not in dir(client.files) and "create" not in dir(client.images)


def test_a_prefixed_twins_on_the_sync_client():
    wire = Wire()
    sync, _ = clients(wire)

    async def main():
        thing = await sync.chat.completions.acreate(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
        raw = await sync.files.awith_raw_response.list()
        page = await sync.files.alist()
        ids = [f.id async for f in sync.files.alist()]
        async with sync.files.awith_streaming_response.retrieve("file-1") as response:
            streamed = await response.parse()
        modified = await sync.beta.assistants.amodify("asst_1", name="x")
        uploaded = await sync.files.aupload(file=("a.txt", b"x", "text/plain"), purpose="user_data")
        nested = await sync.files.awith_raw_response.adelete("file-1")
        image = await sync.images.acreate(prompt="a cat")
        return thing, raw, page, ids, streamed, modified, uploaded, nested, image

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        for _ in range(2):  # two event loops, one after the other: a twin per loop
            thing, raw, page, ids, streamed, modified, uploaded, nested, image = asyncio.run(main())
    assert thing.id == "obj_1" and thing._request_id == "req_1"
    assert raw.request_id == "req_list" and raw.parse().data[0].id == "file-1"
    assert page.data[0].id == "file-1" and ids == ["file-1"] and type(streamed).__name__ == "FileObject"
    assert nested.http_request.method == "DELETE"
    assert [(r.method, r.url.path) for r in wire.sent[:9]] == [
        ("POST", "/v1/chat/completions"), ("GET", "/v1/files"), ("GET", "/v1/files"), ("GET", "/v1/files"),
        ("GET", "/v1/files/file-1"), ("POST", "/v1/assistants/asst_1"), ("POST", "/v1/files"),
        ("DELETE", "/v1/files/file-1"), ("POST", "/v1/images/generations")]
    assert all(r.headers["authorization"] == f"Bearer {KEY}" for r in wire.sent)
    assert len(wire.sent) == 18
    for name in ("acreate", "awith_raw_response", "alist"):
        assert name not in dir(sync.files) and name not in dir(sync.chat.completions)
    with pytest.raises(AttributeError):
        sync.files.anothing
    with pytest.raises(AttributeError):
        sync.files.awith_raw_response.nothing


def test_async_client_takes_the_a_prefix_too():
    wire = Wire()
    _, aclient = clients(wire)
    asyncio.run(aclient.chat.completions.acreate(model="m", messages=[]))
    assert wire.sent[0].url.path == "/v1/chat/completions"


def test_edits_create_is_callable_warns_and_is_not_listed():
    wire = Wire()
    sync, aclient = clients(wire)
    with pytest.warns(DeprecationWarning, match="chat.completions.create"):
        edit = sync.edits.create(model="text-davinci-edit-001", input="What day of the wek is it?",
                                 instruction="Fix the spelling mistakes")
    assert edit.choices[0].text == "What day of the week is it?" and edit.usage.total_tokens == 57
    with pytest.warns(DeprecationWarning, match="chat.completions.create"):
        asyncio.run(aclient.edits.create(model="text-davinci-edit-001", instruction="Fix it"))
    with pytest.warns(DeprecationWarning):
        with pytest.raises(TypeError, match="instruction"):  # warns before the arguments are checked
            sync.edits.create(model="text-davinci-edit-001")
    assert json.loads(wire.sent[0].content) == {"model": "text-davinci-edit-001", "input": "What day of the wek is it?",
                                                "instruction": "Fix the spelling mistakes"}
    assert wire.sent[0].url.path == "/v1/edits"
    for client in (sync, aclient):
        assert "edits" not in dir(client) and "edits" not in dir(client.with_raw_response)
        assert "create" not in dir(client.edits) and "create" not in dir(type(client.edits))


@pytest.mark.parametrize("entry,problem", [
    ("aliases: modify-it", "`aliases` must be a list of method names"),
    ("aliases: [_private]", "`aliases` must be a list of method names"),
    ("hidden: sometimes", "`hidden` must be true or false"),
    ("azure: always", "`azure` must be one of deployment"),
])
def test_bad_legacy_facts_fail_at_load(tmp_path, entry, problem):
    path = tmp_path / "extra.yaml"
    path.write_text(f"things:\n  update:\n    post: /things/{{thing_id}}\n    path: {{thing_id: str}}\n    {entry}\n    returns: none\n")
    with pytest.raises(TableError, match=problem):
        load_table([str(path)]).endpoint("things", "update")


def test_a_user_table_can_name_aliases(tmp_path):
    path = tmp_path / "extra.yaml"
    path.write_text("things:\n  update:\n    post: /things/{thing_id}\n    path: {thing_id: str}\n    aliases: [modify, change]\n"
                    "    returns: none\n")
    wire = Wire()
    client = OpenAI(api_key=KEY, endpoints=[str(path)], http_client=httpx.Client(transport=httpx.MockTransport(wire)))
    assert client.things.change("t1") is None
    assert wire.sent[0].url.path == "/v1/things/t1"
