"""List methods: pages that fetch the next one with `after=`, sync and async."""

import asyncio

import httpx
import pytest

from openai_table import OpenAI
from openai_table.models.files import FileObject
from openai_table.models.models import Model
from openai_table.pagination import (
    AsyncCursorPage, AsyncPage, SyncConversationCursorPage, SyncCursorPage, SyncPage,
)

from _mock import API_KEY, Mock, clean_env  # noqa: F401  (clean_env: autouse)

IDS = ["file-1", "file-2", "file-3", "file-4", "file-5"]


def files_server(request: httpx.Request) -> httpx.Response:
    """Two files a page, starting after the `after` file."""
    assert request.url.path == "/v1/files"
    after = request.url.params.get("after")
    start = IDS.index(after) + 1 if after else 0
    limit = int(request.url.params.get("limit", 2))
    data = [{"id": i, "object": "file", "filename": f"{i}.jsonl"} for i in IDS[start:start + limit]]
    return httpx.Response(200, json={"object": "list", "data": data, "has_more": start + limit < len(IDS),
                                     "first_id": data[0]["id"] if data else None})


def queries(mock):
    return [list(r.url.params.multi_items()) for r in mock.requests]


def test_iterating_walks_every_page():
    mock = Mock(handler=files_server)
    files = list(mock.client().files.list(limit=2, purpose="batch"))
    assert [f.id for f in files] == IDS
    assert all(isinstance(f, FileObject) for f in files)
    assert files[0] == FileObject(id="file-1", object="file", filename="file-1.jsonl")
    assert queries(mock) == [
        [("limit", "2"), ("purpose", "batch")],
        [("limit", "2"), ("purpose", "batch"), ("after", "file-2")],
        [("limit", "2"), ("purpose", "batch"), ("after", "file-4")],
    ]
    assert all(r.method == "GET" for r in mock.requests)


def test_first_page_and_next_page_methods():
    mock = Mock(handler=files_server)
    page = mock.client().files.list(limit=2)
    assert isinstance(page, SyncCursorPage)
    assert [f.id for f in page.data] == ["file-1", "file-2"]
    assert page.has_more is True and page.object == "list" and page.first_id == "file-1"
    assert len(page) == 2
    assert page.has_next_page()
    assert page.next_page_info() == {"after": "file-2"}
    assert len(mock.requests) == 1  # asking about the next page fetches nothing

    second = page.get_next_page()
    assert [f.id for f in second.data] == ["file-3", "file-4"]
    assert queries(mock)[1] == [("limit", "2"), ("after", "file-2")]
    third = second.get_next_page()
    assert [f.id for f in third.data] == ["file-5"]
    assert third.has_more is False
    assert not third.has_next_page() and third.next_page_info() is None
    with pytest.raises(RuntimeError, match="has_next_page"):
        third.get_next_page()
    assert len(mock.requests) == 3
    assert [[f.id for f in p.data] for p in page.iter_pages()][0] == ["file-1", "file-2"]


def test_has_more_false_stops():
    mock = Mock(httpx.Response(200, json={"object": "list", "data": [{"id": "file-1"}], "has_more": False}))
    page = mock.client().files.list()
    assert not page.has_next_page()
    assert [f.id for f in page] == ["file-1"]
    assert len(mock.requests) == 1


def test_empty_page_stops():
    mock = Mock(httpx.Response(200, json={"object": "list", "data": [], "has_more": True}))
    page = mock.client().files.list()
    assert not page.has_next_page()
    assert list(page) == []
    assert len(mock.requests) == 1


def test_server_ignoring_after_does_not_loop():
    # Always the same first page, whatever `after` says: the second fetch asks for the page
    # after the same last id it already had, so the walk stops there.
    mock = Mock(httpx.Response(200, json={"object": "list", "data": [{"id": "a"}, {"id": "b"}], "has_more": True}))
    ids = [f.id for f in mock.client().files.list()]
    assert ids == ["a", "b", "a", "b"]
    assert queries(mock) == [[], [("after", "b")]]


def test_sync_page_never_fetches_again():
    models = [{"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"},
              {"id": "o3", "object": "model", "created": 2, "owned_by": "openai"}]
    mock = Mock(httpx.Response(200, json={"object": "list", "data": models, "has_more": True}))
    page = mock.client().models.list()
    assert isinstance(page, SyncPage)
    assert not page.has_next_page() and page.next_page_info() is None
    assert list(page) == [Model(**models[0]), Model(**models[1])]
    assert [m.id for m in page] == ["gpt-4o", "o3"]
    assert len(mock.requests) == 1
    assert str(mock.request.url) == "https://api.openai.com/v1/models"


def test_nested_resource_cursor_page():
    def server(request):
        after = request.url.params.get("after")
        if after is None:
            return httpx.Response(200, json={"data": [{"id": "m1", "role": "user", "content": "hi"}], "has_more": True})
        assert after == "m1"
        return httpx.Response(200, json={"data": [{"id": "m2", "role": "assistant", "content": "yo"}], "has_more": False})

    mock = Mock(handler=server)
    messages = list(mock.client().chat.completions.messages.list("chatcmpl-1", order="asc"))
    assert [(m.id, m.role, m.content) for m in messages] == [("m1", "user", "hi"), ("m2", "assistant", "yo")]
    assert [r.url.path for r in mock.requests] == ["/v1/chat/completions/chatcmpl-1/messages"] * 2
    assert queries(mock) == [[("order", "asc")], [("order", "asc"), ("after", "m1")]]


CONVERSATIONS = """\
conversations.items:
  list:
    doc: List the items of a conversation.
    get: /conversations/{conversation_id}/items
    path: {conversation_id: str}
    query: {after: str, limit: int}
    returns: ConversationCursorPage[files.FileObject]
"""


def conversation_server(request):
    after = request.url.params.get("after")
    pages = {
        None: {"object": "list", "data": [{"id": "item-1"}, {"id": "item-2"}], "has_more": True,
               "first_id": "item-1", "last_id": "cursor-A"},
        "cursor-A": {"object": "list", "data": [{"id": "item-3"}], "has_more": True, "last_id": "cursor-B"},
        "cursor-B": {"object": "list", "data": [{"id": "item-4"}], "has_more": False, "last_id": "cursor-C"},
    }
    return httpx.Response(200, json=pages[after])


def test_conversation_cursor_page_uses_last_id(tmp_path):
    path = tmp_path / "conv.yaml"
    path.write_text(CONVERSATIONS)
    mock = Mock(handler=conversation_server)
    client = OpenAI(api_key=API_KEY, endpoints=[path], http_client=httpx.Client(transport=httpx.MockTransport(mock)))
    page = client.conversations.items.list("conv_1", limit=2)
    assert isinstance(page, SyncConversationCursorPage)
    assert page.last_id == "cursor-A" and page.has_more is True
    assert page.next_page_info() == {"after": "cursor-A"}
    assert [i.id for i in page] == ["item-1", "item-2", "item-3", "item-4"]
    assert [r.url.path for r in mock.requests] == ["/v1/conversations/conv_1/items"] * 3
    assert queries(mock) == [[("limit", "2")], [("limit", "2"), ("after", "cursor-A")],
                             [("limit", "2"), ("after", "cursor-B")]]


def test_conversation_cursor_page_stops_without_has_more_or_last_id(tmp_path):
    path = tmp_path / "conv.yaml"
    path.write_text(CONVERSATIONS)
    mock = Mock(httpx.Response(200, json={"data": [{"id": "x"}], "has_more": True, "last_id": None}),
                httpx.Response(200, json={"data": [{"id": "y"}], "last_id": "z"}))
    client = OpenAI(api_key=API_KEY, endpoints=[path], http_client=httpx.Client(transport=httpx.MockTransport(mock)))
    first = client.conversations.items.list("c")
    assert not first.has_next_page() and [i.id for i in first] == ["x"]
    second = client.conversations.items.list("c")
    assert not second.has_next_page()  # no has_more at all: the last page
    assert len(mock.requests) == 2


def test_async_await_gives_first_page():
    mock = Mock(handler=files_server)

    async def run():
        client = mock.async_client()
        page = await client.files.list(limit=2)
        assert isinstance(page, AsyncCursorPage)
        assert [f.id for f in page.data] == ["file-1", "file-2"]
        assert page.has_next_page() and page.next_page_info() == {"after": "file-2"}
        second = await page.get_next_page()
        assert [f.id for f in second.data] == ["file-3", "file-4"]
        pages = [[f.id for f in p.data] async for p in page.iter_pages()]
        assert pages == [["file-1", "file-2"], ["file-3", "file-4"], ["file-5"]]

    asyncio.run(run())
    assert queries(mock) == [[("limit", "2")], [("limit", "2"), ("after", "file-2")],
                             [("limit", "2"), ("after", "file-2")], [("limit", "2"), ("after", "file-4")]]


def test_async_for_walks_every_item():
    mock = Mock(handler=files_server)

    async def run():
        client = mock.async_client()
        return [f async for f in client.files.list(limit=2)]

    files = asyncio.run(run())
    assert [f.id for f in files] == IDS and all(isinstance(f, FileObject) for f in files)
    assert queries(mock) == [[("limit", "2")], [("limit", "2"), ("after", "file-2")],
                             [("limit", "2"), ("after", "file-4")]]


def test_async_sync_page():
    mock = Mock(httpx.Response(200, json={"object": "list", "data": [{"id": "m"}], "has_more": True}))

    async def run():
        client = mock.async_client()
        page = await client.models.list()
        assert isinstance(page, AsyncPage) and not page.has_next_page()
        return [m.id async for m in client.models.list()]

    assert asyncio.run(run()) == ["m"]
    assert len(mock.requests) == 2


def test_async_raw_response_page():
    mock = Mock(handler=files_server)

    async def run():
        client = mock.async_client()
        raw = await client.files.with_raw_response.list(limit=2)
        page = raw.parse()
        assert isinstance(page, AsyncCursorPage)
        return [f.id async for f in page]

    assert asyncio.run(run()) == IDS
    assert len(mock.requests) == 3
