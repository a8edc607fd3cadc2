"""The .pyi stubs are written from the table by tools/stubgen.py: they must match it, cover
every listed method, and be shipped."""

import ast
import importlib.util
import os
import pathlib
import sys

import pytest

from openai_table._table import builtin_table

ROOT = pathlib.Path(__file__).resolve().parent.parent
STUB = ROOT / "openai_table" / "_resources.pyi"


def _stubgen():
    spec = importlib.util.spec_from_file_location("stubgen", ROOT / "tools" / "stubgen.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_stubs_are_current():
    stubgen = _stubgen()
    resources, module_client = stubgen.render(builtin_table())
    assert STUB.read_text(encoding="utf-8") == resources, "stale: run python tools/stubgen.py"
    assert (ROOT / "openai_table" / "_module_resources.pyi").read_text(encoding="utf-8") == module_client


def _classes():
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    return {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}


def _members(node: ast.ClassDef):
    names = set()
    for stmt in node.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(stmt.name)
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            names.add(stmt.target.id)
    return names


@pytest.mark.parametrize("is_async", [False, True])
def test_every_listed_method_is_stubbed_in_every_view(is_async):
    stubgen, table, classes = _stubgen(), builtin_table(), _classes()
    missing = []
    for resource, methods in table.resources.items():
        for name, ep in methods.items():
            if ep.hidden:
                continue
            views = ("parse",) if ep.helper else ("parse", "raw", "stream")
            for view in views:
                cls = stubgen.class_name(resource, is_async, view)
                if cls not in classes or name not in _members(classes[cls]):
                    missing.append(f"{cls}.{name}")
    assert not missing


def test_async_methods_are_coroutines_but_list_methods_are_paginators():
    classes = _classes()
    create = next(f for f in classes["AsyncChatCompletions"].body if getattr(f, "name", None) == "create")
    assert isinstance(create, ast.AsyncFunctionDef)
    files_list = next(f for f in classes["AsyncFiles"].body if getattr(f, "name", None) == "list")
    assert isinstance(files_list, ast.FunctionDef)
    assert ast.unparse(files_list.returns) == "_pg.AsyncPaginator[_models_files.FileObject, _pg.AsyncCursorPage[_models_files.FileObject]]"


def test_stream_overloads():
    creates = [f for f in _classes()["ChatCompletions"].body if getattr(f, "name", None) == "create"]
    returns = [ast.unparse(f.returns) for f in creates]
    assert returns == ["_models_chat.ChatCompletion", "_s.Stream[_models_chat.ChatCompletionChunk]",
                       "_models_chat.ChatCompletion | _s.Stream[_models_chat.ChatCompletionChunk]"]
    streams = [next(a for a in f.args.kwonlyargs if a.arg == "stream") for f in creates]
    assert [ast.unparse(a.annotation) for a in streams] == ["_t.Literal[False] | None | _NotGiven", "_t.Literal[True]", "bool"]


def test_params_typed_from_the_request_typeddict():
    create = next(f for f in _classes()["ChatCompletions"].body if getattr(f, "name", None) == "create")
    messages = next(a for a in create.args.kwonlyargs if a.arg == "messages")
    assert ast.unparse(messages.annotation) == "_t.Iterable[_models_chat_params.ChatCompletionMessageParam]"


def test_stubs_are_shipped_in_the_wheel():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"*.pyi"' in text and '"py.typed"' in text


def test_stubgen_check_mode(tmp_path, monkeypatch):
    stubgen = _stubgen()
    monkeypatch.setattr(stubgen, "RESOURCES_STUB", str(tmp_path / "_resources.pyi"))
    monkeypatch.setattr(stubgen, "MODULE_STUB", str(tmp_path / "_module_resources.pyi"))
    assert stubgen.main(["--check"]) == 1
    assert stubgen.main([]) == 0
    assert stubgen.main(["--check"]) == 0


def test_param_docs_become_the_docstring_args(tmp_path):
    from openai_table._table import load_table

    path = tmp_path / "mine.yaml"
    path.write_text('rerank:\n  create:\n    doc: Score documents.\n    post: /rerank\n'
                    '    body:\n      query: {type: "str!", doc: "What to rank by."}\n      top_n: int\n'
                    '    returns: files.FileObject\n')
    ep = load_table([path]).endpoint("rerank", "create")
    assert _stubgen()._doc(ep) == ['        """Score documents.', "", "        Args:",
                                   "            query: What to rank by.", '        """']
