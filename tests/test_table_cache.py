"""The parsed-table cache: it must never serve a table that changed, and never be needed."""

import json
import os
import subprocess
import sys

import pytest

from openai_table import TableError
from openai_table._table import _cache_file, _read

TABLE = """
things:
  retrieve:
    get: /things/{thing_id}
    path: {thing_id: str}
    returns: files.FileObject
"""


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_TABLE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_validated_table_is_cached_and_read_back(tmp_path, cache_dir):
    path = tmp_path / "t.yaml"
    path.write_text(TABLE)
    _, first = _read(str(path), use_cache=True)
    cached = json.loads(open(_cache_file(str(path))).read())
    assert cached["data"]["things"]["retrieve"]["get"] == "/things/{thing_id}"
    _, second = _read(str(path), use_cache=True)
    assert second["things"]["retrieve"].path == first["things"]["retrieve"].path == "/things/{thing_id}"


def test_an_edited_table_is_parsed_again(tmp_path, cache_dir):
    path = tmp_path / "t.yaml"
    path.write_text(TABLE)
    _read(str(path), use_cache=True)
    path.write_text(TABLE.replace("/things/{thing_id}", "/v2/things/{thing_id}"))
    os.utime(path, ns=(os.stat(path).st_atime_ns, os.stat(path).st_mtime_ns + 10**9))
    _, endpoints = _read(str(path), use_cache=True)
    assert endpoints["things"]["retrieve"].path == "/v2/things/{thing_id}"


def test_a_broken_table_is_never_cached_and_a_broken_cache_is_ignored(tmp_path, cache_dir):
    path = tmp_path / "t.yaml"
    path.write_text(TABLE.replace("get:", "gett:"))
    with pytest.raises(TableError, match=r"t\.yaml:\d+: things\.retrieve: unknown key 'gett'"):
        _read(str(path), use_cache=True)
    assert not os.path.exists(_cache_file(str(path)))
    path.write_text(TABLE)
    os.makedirs(cache_dir, exist_ok=True)
    open(_cache_file(str(path)), "w").write("{not json")
    _, endpoints = _read(str(path), use_cache=True)
    assert endpoints["things"]["retrieve"].verb == "get"


def test_an_unwritable_cache_dir_only_costs_the_parse(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("OPENAI_TABLE_CACHE_DIR", str(blocker / "sub"))  # cannot be created
    path = tmp_path / "t.yaml"
    path.write_text(TABLE)
    _, endpoints = _read(str(path), use_cache=True)
    assert endpoints["things"]["retrieve"].path_params == ("thing_id",)


def test_import_skips_pyyaml_once_the_builtin_table_is_cached(tmp_path):
    env = {**os.environ, "OPENAI_TABLE_CACHE_DIR": str(tmp_path)}
    code = "import sys, openai_table; openai_table.OpenAI(api_key='x').chat.completions; print('yaml' in sys.modules)"
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout.strip()
            for _ in range(2)]
    assert runs == ["True", "False"]
