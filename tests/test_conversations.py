"""The Conversations API (conversations and their items), sync and async, replayed from cassettes
recorded against the spec-validating mock: each test checks the request sent and the object
returned. The wire against the official SDK is compared in tests/test_responses.py."""

import pytest

from openai_table._converter import structure
from openai_table.models._base import UnknownModel
from openai_table.pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from openai_table.types.conversations import (
    ComputerScreenshotContent,
    Conversation,
    ConversationDeletedResource,
    ConversationItem,
    ConversationItemList,
    Message,
    TextContent,
)
from openai_table.types.conversations.conversation_item import McpCall
from openai_table.types.responses import ResponseFunctionToolCallItem, ResponseInputText, ResponseReasoningItem

from conftest import API_KEY

ITEMS = [{"type": "message", "role": "user", "content": "Hello!"},
         {"type": "message", "role": "assistant", "content": "Hi, how can I help?"}]


def assert_sent(api, method, path, *, query=None, body=None):
    request = api.last
    assert request.method == method
    assert request.url.path == path
    assert list(request.url.params.multi_items()) == (query or [])
    if body is None:
        assert request.content == b""
    else:
        assert api.body() == body
    assert request.headers.get("content-type") == (None if method == "GET" else "application/json")
    assert request.headers["accept"] == "application/json"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"


def assert_conversation(conversation):
    assert isinstance(conversation, Conversation)
    assert (conversation.id, conversation.object, conversation.created_at) == ("string", "conversation", 0)


def assert_mock_message(item):
    # the mock's example item: a message with one input_text part
    assert isinstance(item, Message)
    assert (item.id, item.type, item.status) == ("string", "message", "in_progress")
    assert isinstance(item.content[0], ResponseInputText) and item.content[0].text == "string"


# -- conversations ----------------------------------------------------------------------------------


def test_create(api):
    conversation = api.call(lambda c: c.conversations.create(items=ITEMS, metadata={"topic": "demo"}))
    assert_sent(api, "POST", "/conversations", body={"items": ITEMS, "metadata": {"topic": "demo"}})
    assert_conversation(conversation)


def test_create_empty(api):
    conversation = api.call(lambda c: c.conversations.create())
    assert_sent(api, "POST", "/conversations", body={})
    assert_conversation(conversation)


def test_retrieve(api):
    conversation = api.call(lambda c: c.conversations.retrieve("conv_123"))
    assert_sent(api, "GET", "/conversations/conv_123")
    assert_conversation(conversation)


def test_update(api):
    conversation = api.call(lambda c: c.conversations.update("conv_123", metadata={"topic": "project-x"}))
    assert_sent(api, "POST", "/conversations/conv_123", body={"metadata": {"topic": "project-x"}})
    assert_conversation(conversation)


def test_update_requires_metadata(api):
    with pytest.raises(TypeError, match="metadata"):
        api.call(lambda c: c.conversations.update("conv_123"))


def test_delete(api):
    deleted = api.call(lambda c: c.conversations.delete("conv_123"))
    assert_sent(api, "DELETE", "/conversations/conv_123")
    assert isinstance(deleted, ConversationDeletedResource)
    assert (deleted.id, deleted.deleted, deleted.object) == ("string", True, "conversation.deleted")


# -- items ------------------------------------------------------------------------------------------


def test_items_create(api):
    result = api.call(lambda c: c.conversations.items.create(
        "conv_123", items=ITEMS, include=["web_search_call.action.sources", "file_search_call.results"]))
    # `include` goes in the query beside the JSON body
    assert_sent(api, "POST", "/conversations/conv_123/items", body={"items": ITEMS},
                query=[("include[]", "web_search_call.action.sources"), ("include[]", "file_search_call.results")])
    assert isinstance(result, ConversationItemList)
    assert (result.object, result.has_more, result.first_id, result.last_id) == ("list", True, "string", "string")
    assert_mock_message(result.data[0])


def test_items_retrieve(api):
    item = api.call(lambda c: c.conversations.items.retrieve("msg_abc", conversation_id="conv_123",
                                                             include=["message.input_image.image_url"]))
    assert_sent(api, "GET", "/conversations/conv_123/items/msg_abc", query=[("include[]", "message.input_image.image_url")])
    assert_mock_message(item)


def test_items_list(api):
    page = api.call(lambda c: c.conversations.items.list("conv_123", limit=1, order="desc", include=["file_search_call.results"]))
    assert_sent(api, "GET", "/conversations/conv_123/items",
                query=[("limit", "1"), ("order", "desc"), ("include[]", "file_search_call.results")])
    assert isinstance(page, (SyncConversationCursorPage, AsyncConversationCursorPage))
    (item,) = page.data
    assert_mock_message(item)
    assert page.has_more is True and page.last_id == "string"


def test_items_list_next_page(api):
    page = api.call(lambda c: c.conversations.items.list("conv_123", limit=1))
    assert page.has_next_page() is True
    # a conversation page goes on after its last_id
    next_page = api.call(lambda c: c.conversations.items.list("conv_123", limit=1, after=page.last_id))
    assert_sent(api, "GET", "/conversations/conv_123/items", query=[("limit", "1"), ("after", "string")])
    assert_mock_message(next_page.data[0])


def test_items_delete(api):
    conversation = api.call(lambda c: c.conversations.items.delete("msg_abc", conversation_id="conv_123"))
    assert_sent(api, "DELETE", "/conversations/conv_123/items/msg_abc")
    assert_conversation(conversation)


def test_items_signatures():
    import inspect

    from openai_table import OpenAI

    items = OpenAI(api_key=API_KEY).conversations.items
    for name in ("retrieve", "delete"):
        params = inspect.signature(getattr(items, name)).parameters
        assert params["item_id"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        assert params["conversation_id"].kind is inspect.Parameter.KEYWORD_ONLY
        assert params["conversation_id"].default is inspect.Parameter.empty


# -- models -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("data, cls", [
    ({"type": "message", "id": "m", "role": "assistant", "status": "completed",
      "content": [{"type": "text", "text": "hi"}, {"type": "computer_screenshot", "image_url": "https://x/s.png", "file_id": None}]}, Message),
    ({"type": "function_call", "id": "fc", "call_id": "c", "name": "f", "arguments": "{}", "status": "completed"},
     ResponseFunctionToolCallItem),
    ({"type": "reasoning", "id": "rs", "summary": [{"type": "summary_text", "text": "s"}]}, ResponseReasoningItem),
    ({"type": "mcp_call", "id": "mcp", "server_label": "s", "name": "n", "arguments": "{}", "output": "ok"}, McpCall),
    ({"type": "brand_new_item", "id": "x"}, UnknownModel),
])
def test_conversation_item_union(data, cls):
    item = structure(data, ConversationItem)
    assert type(item) is cls and item.to_dict() == data
    if cls is Message:
        assert [type(p) for p in item.content] == [TextContent, ComputerScreenshotContent]
