"""`beta.chatkit`: sessions (create, cancel) and threads (retrieve, list, delete, list_items), sync
and async, replayed from cassettes recorded against the spec-validating mock; the same calls
compared on the wire with the official SDK; thread items told apart by their `type`."""

import pytest

import openai
import openai_table
from openai_table._converter import structure
from openai_table.models._base import UnknownModel
from openai_table.pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from openai_table.types.beta import ChatKitWorkflow
from openai_table.types.beta.chatkit import (
    ChatKitResponseOutputText,
    ChatKitThread,
    ChatKitThreadAssistantMessageItem,
    ChatKitThreadItemList,
    ChatKitThreadUserMessageItem,
    ChatKitWidgetItem,
    ChatSession,
    ChatSessionChatKitConfiguration,
    SessionCreateParams,
    ThreadDeleteResponse,
)
from openai_table.types.beta.chatkit.chatkit_thread import StatusActive, StatusClosed, StatusLocked
from openai_table.types.beta.chatkit.chatkit_thread_item_list import (
    Data,
    DataChatKitClientToolCall,
    DataChatKitTask,
    DataChatKitTaskGroup,
)
from openai_table.types.beta.chatkit.chatkit_response_output_text import AnnotationFile, AnnotationURL
from openai_table.types.beta.chatkit.chatkit_thread_user_message_item import ContentInputText, ContentQuotedText

from _mock import clean_env  # noqa: F401  (autouse)
from _wire import awire, both, summary, wire
from conftest import API_KEY

BETA = "chatkit_beta=v1"


def assert_sent(api, method, path, *, query=None, body=None):
    request = api.last
    assert request.method == method
    assert request.url.path == path
    assert dict(request.url.params) == (query or {})
    if body is None:
        assert request.content == b""
    else:
        assert api.body() == body
    assert request.headers["openai-beta"] == BETA
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["openai-organization"] == "org-test"
    assert request.headers["openai-project"] == "proj-test"


# -- sessions ------------------------------------------------------------------------------------

SESSION: SessionCreateParams = {
    "user": "user_123",
    "workflow": {"id": "wf_support", "version": "3", "state_variables": {"tier": "pro", "beta": True, "discount": 0.25},
                 "tracing": {"enabled": False}},
    "chatkit_configuration": {"automatic_thread_titling": {"enabled": True},
                              "file_upload": {"enabled": True, "max_files": 5, "max_file_size": 10},
                              "history": {"enabled": True, "recent_threads": 10}},
    "expires_after": {"anchor": "created_at", "seconds": 600},
    "rate_limits": {"max_requests_per_1_minute": 30},
}


def test_sessions_create(api):
    session = api.call(lambda c: c.beta.chatkit.sessions.create(**SESSION))
    assert_sent(api, "POST", "/chatkit/sessions", body=SESSION)
    assert api.last.headers["content-type"] == "application/json"
    assert isinstance(session, ChatSession)
    # the mock answers with the spec's example session (a cancelled one)
    assert (session.id, session.object, session.status, session.user) == ("cksess_123", "chatkit.session", "cancelled", "user_789")
    assert session.client_secret == "ek_token_123"
    assert isinstance(session.chatkit_configuration, ChatSessionChatKitConfiguration)
    assert session.chatkit_configuration.file_upload.max_files == 20
    assert session.rate_limits.max_requests_per_1_minute == 60
    assert isinstance(session.workflow, ChatKitWorkflow)
    assert (session.workflow.id, session.workflow.version, session.workflow.tracing) == ("workflow_alpha", "2024-10-01", None)


def test_sessions_cancel(api):
    session = api.call(lambda c: c.beta.chatkit.sessions.cancel("cksess_123"))
    assert_sent(api, "POST", "/chatkit/sessions/cksess_123/cancel")
    assert api.last.headers["content-type"] == "application/json"
    assert isinstance(session, ChatSession)
    assert (session.id, session.status) == ("cksess_123", "cancelled")


# -- threads -------------------------------------------------------------------------------------


def test_threads_retrieve(api):
    thread = api.call(lambda c: c.beta.chatkit.threads.retrieve("cthr_def456"))
    assert_sent(api, "GET", "/chatkit/threads/cthr_def456")
    assert "content-type" not in api.last.headers
    assert isinstance(thread, ChatKitThread)
    assert (thread.id, thread.object, thread.title, thread.user) == ("cthr_def456", "chatkit.thread", "Demo feedback", "user_456")
    assert isinstance(thread.status, StatusActive)


def test_threads_list(api):
    query = {"after": "cthr_a", "before": "cthr_z", "limit": "2", "order": "desc", "user": "user_456"}
    page = api.call(lambda c: c.beta.chatkit.threads.list(after="cthr_a", before="cthr_z", limit=2, order="desc", user="user_456"))
    assert_sent(api, "GET", "/chatkit/threads", query=query)
    assert isinstance(page, (SyncConversationCursorPage, AsyncConversationCursorPage))
    assert [type(t) for t in page.data] == [ChatKitThread]
    assert page.data[0].id == "cthr_def456"
    assert page.has_more is True
    assert page.next_page_info() == {"after": page.last_id}


def test_threads_delete(api):
    deleted = api.call(lambda c: c.beta.chatkit.threads.delete("cthr_def456"))
    assert_sent(api, "DELETE", "/chatkit/threads/cthr_def456")
    assert isinstance(deleted, ThreadDeleteResponse)
    assert (deleted.object, deleted.deleted) == ("chatkit.thread.deleted", True)


def test_threads_list_items(api):
    page = api.call(lambda c: c.beta.chatkit.threads.list_items("cthr_def456", limit=3, order="asc", after="cthi_1"))
    assert_sent(api, "GET", "/chatkit/threads/cthr_def456/items", query={"limit": "3", "order": "asc", "after": "cthi_1"})
    assert isinstance(page, (SyncConversationCursorPage, AsyncConversationCursorPage))
    (item,) = page.data
    assert isinstance(item, ChatKitThreadUserMessageItem)
    assert item.type == "chatkit.user_message"
    assert isinstance(item.content[0], ContentInputText)
    assert item.attachments[0].type == "image"


# -- thread items: a union by `type` -------------------------------------------------------------

ITEMS = {
    "object": "list",
    "data": [
        {"id": "cthi_1", "object": "chatkit.thread_item", "type": "chatkit.user_message", "thread_id": "cthr_1",
         "created_at": 1, "content": [{"type": "input_text", "text": "Why did my deploy fail?"},
                                      {"type": "quoted_text", "text": "exit code 137"}],
         "attachments": [{"id": "cfile_1", "type": "file", "name": "log.txt", "mime_type": "text/plain", "preview_url": None}],
         "inference_options": {"model": "gpt-5", "tool_choice": {"id": "search"}}},
        {"id": "cthi_2", "object": "chatkit.thread_item", "type": "chatkit.assistant_message", "thread_id": "cthr_1",
         "created_at": 2, "content": [{"type": "output_text", "text": "Out of memory.", "annotations": [
             {"type": "file", "source": {"type": "file", "filename": "log.txt"}},
             {"type": "url", "source": {"type": "url", "url": "https://example.com/oom"}}]}]},
        {"id": "cthi_3", "object": "chatkit.thread_item", "type": "chatkit.widget", "thread_id": "cthr_1",
         "created_at": 3, "widget": "{\"type\": \"Card\"}"},
        {"id": "cthi_4", "object": "chatkit.thread_item", "type": "chatkit.client_tool_call", "thread_id": "cthr_1",
         "created_at": 4, "name": "open_logs", "arguments": "{}", "call_id": "call_1", "output": "ok", "status": "completed"},
        {"id": "cthi_5", "object": "chatkit.thread_item", "type": "chatkit.task", "thread_id": "cthr_1",
         "created_at": 5, "task_type": "thought", "heading": "Reading logs", "summary": None},
        {"id": "cthi_6", "object": "chatkit.thread_item", "type": "chatkit.task_group", "thread_id": "cthr_1",
         "created_at": 6, "tasks": [{"type": "custom", "heading": "Step 1", "summary": "Checked memory"}]},
        {"id": "cthi_7", "object": "chatkit.thread_item", "type": "chatkit.hologram", "thread_id": "cthr_1", "depth": 3},
    ],
    "first_id": "cthi_1", "last_id": "cthi_7", "has_more": False,
}


def test_thread_items_are_told_apart_by_type():
    items = structure(ITEMS, ChatKitThreadItemList)
    assert [type(i) for i in items.data] == [
        ChatKitThreadUserMessageItem, ChatKitThreadAssistantMessageItem, ChatKitWidgetItem,
        DataChatKitClientToolCall, DataChatKitTask, DataChatKitTaskGroup, UnknownModel]
    user, assistant, _, call, _, group, unknown = items.data
    assert [type(c) for c in user.content] == [ContentInputText, ContentQuotedText]
    assert user.inference_options.tool_choice.id == "search"
    assert isinstance(assistant.content[0], ChatKitResponseOutputText)
    assert [type(a) for a in assistant.content[0].annotations] == [AnnotationFile, AnnotationURL]
    assert assistant.content[0].annotations[1].source.url == "https://example.com/oom"
    assert (call.name, call.output) == ("open_logs", "ok")
    assert group.tasks[0].heading == "Step 1"
    # a kind this version does not know keeps its data
    assert (unknown.type, unknown.depth) == ("chatkit.hologram", 3)
    assert unknown.to_dict() == ITEMS["data"][6]
    # one item alone, as a page of list_items holds them
    assert isinstance(structure(ITEMS["data"][2], Data), ChatKitWidgetItem)


@pytest.mark.parametrize("status,cls", [({"type": "active"}, StatusActive),
                                        ({"type": "locked", "reason": "review"}, StatusLocked),
                                        ({"type": "closed", "reason": None}, StatusClosed)])
def test_thread_status_by_type(status, cls):
    thread = structure({"id": "cthr_1", "object": "chatkit.thread", "status": status}, ChatKitThread)
    assert type(thread.status) is cls
    assert thread.to_dict()["status"] == status


# -- parity with the official SDK ----------------------------------------------------------------

CALLS = {
    "sessions.create": lambda c: c.beta.chatkit.sessions.create(**SESSION),
    "sessions.create_required_only": lambda c: c.beta.chatkit.sessions.create(user="u", workflow={"id": "wf"}),
    "sessions.cancel": lambda c: c.beta.chatkit.sessions.cancel("cksess_1"),
    "threads.retrieve": lambda c: c.beta.chatkit.threads.retrieve("cthr_1"),
    "threads.list": lambda c: c.beta.chatkit.threads.list(after="a", before="b", limit=5, order="asc", user="u"),
    "threads.list_bare": lambda c: c.beta.chatkit.threads.list(),
    "threads.delete": lambda c: c.beta.chatkit.threads.delete("cthr_1"),
    "threads.list_items": lambda c: c.beta.chatkit.threads.list_items("cthr_1", after="a", before="b", limit=5, order="desc"),
    "extra_header_wins": lambda c: c.beta.chatkit.threads.retrieve("cthr_1", extra_headers={"OpenAI-Beta": "chatkit_beta=v2"}),
}


def _beta(requests):
    return [r.headers.get("openai-beta") for r in requests]


@pytest.mark.parametrize("name", sorted(CALLS))
def test_same_as_official(name):
    ours, theirs = both(CALLS[name])
    assert ours == theirs
    assert _beta(wire(openai_table, CALLS[name])) == _beta(wire(openai, CALLS[name]))


@pytest.mark.parametrize("name", sorted(CALLS))
async def test_async_same_as_official(name):
    async def call(c):
        return await CALLS[name](c)

    ours = await awire(openai_table, call)
    theirs = await awire(openai, call)
    assert [summary(r) for r in ours] == [summary(r) for r in theirs]
    assert _beta(ours) == _beta(theirs) == ["chatkit_beta=v2" if name == "extra_header_wins" else BETA]
