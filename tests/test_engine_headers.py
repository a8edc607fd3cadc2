"""Content-Type on the wire, as the official SDK sends it: application/json on every request but a
GET (bodyless POST and DELETE included), none on a GET, httpx's multipart type with its boundary."""

import pathlib

import pytest

import openai
import openai_table

from _mock import clean_env  # noqa: F401  (autouse)
from _wire import awire, both, summary

OMIT = {"openai": openai.omit, "openai_table": openai_table.omit}
CALLS = {
    "get": lambda c: c.files.retrieve("file-1"),
    "get_list_query": lambda c: c.files.list(limit=2, order="asc"),
    "get_binary_accept": lambda c: c.files.content("file-1"),
    "delete_bodyless": lambda c: c.files.delete("file-1"),
    "post_bodyless": lambda c: c.batches.cancel("batch_1"),
    "post_json": lambda c: c.batches.create(completion_window="24h", endpoint="/v1/chat/completions", input_file_id="f"),
    "post_json_extra_body": lambda c: c.chat.completions.update("c1", metadata={"a": "b"}, extra_body={"x": [1]}),
    "multipart": lambda c: c.files.create(file=("a.jsonl", b"{}\n"), purpose="batch"),
    "get_extra_body_dropped": lambda c: c.files.retrieve("file-1", extra_body={"x": 1}),
    "delete_extra_body": lambda c: c.files.delete("file-1", extra_body={"x": 1}),
    "get_extra_content_type_dropped": lambda c: c.files.retrieve("file-1", extra_headers={"Content-Type": "text/plain"}),
    "post_extra_content_type_wins": lambda c: c.batches.cancel("b", extra_headers={"Content-Type": "text/plain"}),
    "multipart_without_boundary_dropped": lambda c: c.files.create(
        file=b"x", purpose="batch", extra_headers={"Content-Type": "multipart/form-data"}),
    "extra_header_omitted": lambda c: c.files.content("file-1", extra_headers={"Accept": OMIT[c.__module__.split(".")[0]]}),
    "content_type_omitted": lambda c: c.batches.cancel("b", extra_headers={"Content-Type": OMIT[c.__module__.split(".")[0]]}),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_same_as_official(name):
    ours, theirs = both(CALLS[name])
    assert ours == theirs


def test_what_that_is():
    """The parity above, spelled out for the plain cases."""
    ours, _ = both(lambda c: (c.files.retrieve("f"), c.files.delete("f"), c.batches.cancel("b")))
    assert [(r["method"], r["content-type"], r["content-length"], r["body"]) for r in ours] == [
        ("GET", None, None, b""),
        ("DELETE", "application/json", None, b""),
        ("POST", "application/json", "0", b""),
    ]


@pytest.mark.parametrize("custom", ["application/json; charset=utf-8"])
def test_default_content_type_header_wins_except_on_get(custom):
    call = lambda c: (c.files.retrieve("f"), c.batches.cancel("b"), c.files.create(file=b"x", purpose="batch"))
    ours, theirs = both(call, default_headers={"Content-Type": custom})
    assert [r["content-type"] for r in ours] == [None, custom, "multipart/form-data"]
    assert ours == theirs


async def test_async_same_as_sync(tmp_path):
    async def call(c):
        await c.files.retrieve("f")
        await c.files.delete("f")
        await c.batches.cancel("b")
        await c.files.create(file=pathlib.Path(__file__), purpose="batch")

    ours = [summary(r) for r in await awire(openai_table, call)]
    theirs = [summary(r) for r in await awire(openai, call)]
    assert ours == theirs
