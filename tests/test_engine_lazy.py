"""Startup with a big table: methods (their endpoint spec, signature and docstring), sub-resource
classes and the cached built-in table's entries are built on first access, yet `help()`,
`inspect.signature` and `dir()` show the real methods."""

import inspect
import os
import pydoc
import subprocess
import sys
import textwrap

import httpx
import pytest

from openai_table import OpenAI
from openai_table._resource import _LazyMethod, _signature, _SubResource, resource_classes
from openai_table._table import BUILTIN_PATH, Endpoint, Table, _read, builtin_table, load_table

from _mock import API_KEY, Mock, clean_env, ok  # noqa: F401  (clean_env: autouse)

TABLE = """\
demo.things:
  create:
    doc: Make a thing.
    post: /things/{group_id}/things
    path: {group_id: str}
    body: {name: str!, size: int}
    returns: files.FileObject
demo.things.parts:
  list:
    get: /things/{thing_id}/parts
    path: {thing_id: str}
    returns: CursorPage[files.FileObject]
"""


@pytest.fixture
def client(tmp_path):
    path = tmp_path / "demo.yaml"
    path.write_text(textwrap.dedent(TABLE))
    return Mock(ok({"id": "file-1"})).client(endpoints=[path])  # a table of its own: fresh classes


def test_methods_are_built_on_first_access(client):
    things_cls = type(client.demo.things)
    assert isinstance(vars(things_cls)["create"], _LazyMethod)
    method = client.demo.things.create
    assert inspect.isfunction(vars(things_cls)["create"])  # replaced: later calls cost nothing extra
    assert method.__func__ is vars(things_cls)["create"] and method.__name__ == "create"
    assert [p for p in inspect.signature(method).parameters][:3] == ["group_id", "name", "size"]
    assert inspect.signature(method) == inspect.signature(things_cls.create).replace(
        parameters=list(inspect.signature(things_cls.create).parameters.values())[1:])
    assert client.demo.things.create("g", name="n").id == "file-1"


def test_help_and_signature_before_any_call(client):
    text = pydoc.render_doc(type(client.demo.things), renderer=pydoc.plaintext)
    assert "create(self, group_id: 'str', *, name: 'str', size: 'int' = NOT_GIVEN" in text
    assert "Make a thing." in text and "POST /things/{group_id}/things" in text
    assert client.demo.things.create.__doc__.startswith("Make a thing.")
    assert "create" in dir(client.demo.things)
    ep = client._table.endpoint("demo.things", "create")
    assert inspect.signature(type(client.demo.things).create) == _signature(ep)


def test_sub_resource_classes_are_built_on_first_access(client):
    root_cls = type(client._root)
    demo = vars(root_cls)["demo"]
    assert isinstance(demo, _SubResource) and demo.cls is None
    parts = vars(type(client.demo.things))["parts"]
    assert parts.cls is None and demo.cls is not None
    assert client.demo.things.parts is client.demo.things.parts  # cached on the instance
    assert parts.cls is type(client.demo.things.parts) and type(client.demo.things.parts).__doc__ == "`client.demo.things.parts`"
    assert list(inspect.signature(client.demo.things.parts.list).parameters)[0] == "thing_id"


def test_views_share_the_built_method(client):
    client.demo.things.with_raw_response.create("g", name="n")
    with client.demo.things.with_streaming_response.create("g", name="n") as r:
        assert r.parse().id == "file-1"
    assert inspect.signature(client.demo.things.with_streaming_response.create) == inspect.signature(client.demo.things.create)


def test_cached_builtin_entries_build_lazily_and_as_eagerly():
    builtin_table()  # the cache is warm once the package is imported
    _, lazy = _read(BUILTIN_PATH, use_cache=True, lazy=True)
    _, eager = _read(BUILTIN_PATH, use_cache=False)
    assert all(not isinstance(e, Endpoint) for methods in lazy.values() for e in methods.values())
    table = Table(lazy, ("endpoints.yaml",))
    assert table.methods("files") == list(eager["files"])
    assert not isinstance(table._entries["files"]["create"], Endpoint)  # names did not build it
    built = table.resources
    for resource, methods in eager.items():
        for name, ep in methods.items():
            got = built[resource][name]
            for slot in Endpoint.__slots__:
                if slot not in ("where", "_postprocess_fn", "returns", "stream", "returns_when", "params"):
                    assert getattr(got, slot) == getattr(ep, slot), (resource, name, slot)
            assert repr(got.returns) == repr(ep.returns) and [p.name for p in got.params] == [p.name for p in ep.params]


def test_merged_table_shares_builtin_endpoints(tmp_path):
    path = tmp_path / "demo.yaml"
    path.write_text(textwrap.dedent(TABLE))
    merged = load_table([path])
    assert merged.endpoint("files", "create") is builtin_table().endpoint("files", "create")


def test_fresh_import_builds_no_method_class_or_entry(tmp_path):
    code = textwrap.dedent("""\
        import openai_table
        from openai_table._resource import resource_classes, _SubResource
        from openai_table._table import builtin_table, Endpoint
        c = openai_table.OpenAI(api_key="x"); c.chat.completions; c.files; c.embeddings
        root = resource_classes(builtin_table(), False)
        built = [n for n, v in vars(root).items() if isinstance(v, _SubResource) and v.cls is not None]
        entries = [e for m in builtin_table()._entries.values() for e in m.values() if isinstance(e, Endpoint)]
        methods = [n for n, v in vars(type(c.files)).items() if callable(v) and not n.startswith("_")]
        print(sorted(built), len(entries), methods)
    """)
    env = {**os.environ, "OPENAI_TABLE_CACHE_DIR": str(tmp_path)}
    env.pop("OPENAI_API_KEY", None)
    run = lambda: subprocess.run([sys.executable, "-c", code], env=env, cwd=os.path.dirname(BUILTIN_PATH) + "/..",
                                 capture_output=True, text=True, check=True).stdout.strip()
    run()  # writes the cache
    assert run() == "['chat', 'embeddings', 'files'] 0 []"
