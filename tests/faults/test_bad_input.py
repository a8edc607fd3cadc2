"""A param that cannot be sent fails before anything is, naming the param and the method; a
table loaded at runtime that collides with the built-in one says so."""

import pathlib
import warnings

import pytest

import openai_table
from openai_table import OpenAI, TableError, TableOverrideWarning

from .conftest import faults


class NotJSON:
    pass


def bad_calls(tmp_path):
    closed = open(tmp_path / "closed.jsonl", "wb")
    closed.close()
    return {
        "object-in-json": (TypeError, "messages", "chat.completions.create",
                           lambda c, hdrs: c.chat.completions.create(model="m", messages=[{"role": "user", "content": NotJSON()}],
                                                                     extra_headers=hdrs)),
        "set-in-json": (TypeError, "metadata", "chat.completions.create",
                        lambda c, hdrs: c.chat.completions.create(model="m", messages=[], metadata={"k": {1, 2}},
                                                                  extra_headers=hdrs)),
        "circular": (ValueError, "extra", "embeddings.create",
                     lambda c, hdrs: c.embeddings.create(model="m", input="x", extra_body={"extra": _circular()},
                                                         extra_headers=hdrs)),
        "missing-path": (FileNotFoundError, "file", "files.create",
                         lambda c, hdrs: c.files.create(file=tmp_path / "nope.jsonl", purpose="batch", extra_headers=hdrs)),
        "closed-file": (ValueError, "file", "files.create",
                        lambda c, hdrs: c.files.create(file=closed, purpose="batch", extra_headers=hdrs)),
        "str-not-file": (TypeError, "file", "files.create",
                         lambda c, hdrs: c.files.create(file="data.jsonl", purpose="batch", extra_headers=hdrs)),
        "file-is-int": (TypeError, "file", "files.create",
                        lambda c, hdrs: c.files.create(file=42, purpose="batch", extra_headers=hdrs)),
    }


def _circular():
    d = {}
    d["self"] = d
    return d


CASES = ["object-in-json", "set-in-json", "circular", "missing-path", "closed-file", "str-not-file", "file-is-int"]


@pytest.mark.parametrize("case", CASES)
def test_unencodable_param_fails_before_sending_naming_param_and_method(h, tmp_path, case):
    exc, param, method, call = bad_calls(tmp_path)[case]
    client = h.client()
    hdrs = faults("ok")
    before = len(h.server.requests)
    e = h.raises(exc, call, client, hdrs)
    message = str(e)
    assert f"`{param}`" in message and f"{method}()" in message, message
    assert h.server.attempts(hdrs["x-fault-id"]) == [] and len(h.server.requests) == before
    if case == "missing-path":
        assert e.filename == str(tmp_path / "nope.jsonl")


# -- runtime tables colliding with the built-in one --------------------------------------------

def _table(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_runtime_entry_replacing_a_builtin_one_warns_naming_both(tmp_path):
    path = _table(tmp_path, "mine.yaml", "models:\n  retrieve:\n    get: /v2/models/{model}\n    path: {model: str}\n    returns: models.Model\n")
    with pytest.warns(TableOverrideWarning) as caught:
        client = OpenAI(api_key="sk-x", base_url="http://127.0.0.1:9/v1", endpoints=[path])
    message = str(caught[0].message)
    assert message.startswith(f"{path}:3: models.retrieve: replaces the built-in entry (GET /models/{{model}})"), message
    assert client.models.retrieve.endpoint.path == "/v2/models/{model}"  # the override is in effect
    assert caught[0].filename == __file__  # points at the caller


def test_two_runtime_tables_colliding_warn_naming_the_earlier(tmp_path):
    entry = "rerank:\n  create:\n    post: /rerank\n    returns: models.Model\n"
    a, b = _table(tmp_path, "a.yaml", entry), _table(tmp_path, "b.yaml", entry)
    with pytest.warns(TableOverrideWarning, match=r"b\.yaml:3: rerank\.create: replaces the entry from .*a\.yaml"):
        OpenAI(api_key="sk-x", endpoints=[a, b])


def test_new_entries_do_not_warn(tmp_path):
    path = _table(tmp_path, "new.yaml", "models:\n  archive:\n    post: /models/{model}/archive\n    path: {model: str}\n    returns: models.Model\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert OpenAI(api_key="sk-x", endpoints=[path]).models.archive


def test_runtime_method_colliding_with_a_builtin_sub_resource_is_an_error(tmp_path):
    path = _table(tmp_path, "clash.yaml", "chat:\n  completions:\n    post: /chat/x\n    returns: models.Model\n")
    with pytest.raises(TableError, match=r"clash\.yaml:\d+: chat\.completions: the name is both a method and a sub-resource"):
        OpenAI(api_key="sk-x", endpoints=[path])
