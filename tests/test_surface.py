"""The official SDK's surface, walked and compared with ours.

Every resource method of `openai.OpenAI` / `openai.AsyncOpenAI` (2.8.1, a test dependency) must
exist on ours with the same parameter names, kinds and required-ness, and every `openai.types`
module must import from `openai_table.types` with the same public names. What is not there yet,
or differs on purpose, is listed in GAPS below with the reason: the one place to look.
"""

import functools
import importlib
import inspect
import os
import re
import sys

import pytest

openai = pytest.importorskip("openai")

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tools"))
import typesgen  # noqa: E402

from openai_table import AsyncOpenAI, OpenAI  # noqa: E402

# Regexes over `client.a.b.method` and `openai.types.x.y` (whole modules, or `module:Name`), each
# with its reason. Later issues empty the family blocks; deliberate deviations stay.
GAPS = {
    # Nothing is missing today; a method or types module added to the official SDK, or one
    # deliberately left out, goes here with its reason.
}

# Parameters of the official signatures that are typing plumbing, not API params.
SKIP_PARAMS = {"self"}


def gap(name: str):
    for pattern, reason in GAPS.items():
        if re.search(pattern, name):
            return reason
    return None


def _walk(resource, prefix):
    """(dotted name, bound method) of every public method, sub-resources included."""
    cls = type(resource)
    for name in sorted(dir(cls)):
        if name.startswith("_") or name in ("with_raw_response", "with_streaming_response"):
            continue
        attr = inspect.getattr_static(cls, name)
        path = f"{prefix}.{name}"
        if isinstance(attr, property) or type(attr).__name__ == "cached_property" or type(attr).__name__ == "_SubResource":
            yield from _walk(getattr(resource, name), path)
        elif inspect.isfunction(attr):
            yield path, getattr(resource, name)


@functools.lru_cache(maxsize=None)
def _official_methods(is_async):
    client = (openai.AsyncOpenAI if is_async else openai.OpenAI)(api_key="sk-test", base_url="http://localhost")
    skip = {"with_options", "copy", "close", "get", "post", "put", "patch", "delete", "request", "get_api_list",
            "platform_headers", "default_headers", "default_query", "auth_headers", "custom_auth",
            "is_closed", "qs", "user_agent", "base_url", "auth_headers", "api_key", "organization", "project",
            "webhook_secret", "websocket_base_url", "timeout", "max_retries", "_client"}
    out = {}
    for name in sorted(dir(type(client))):
        attr = inspect.getattr_static(type(client), name)
        if name.startswith("_") or name in skip or type(attr).__name__ != "cached_property":
            continue
        if name in ("with_raw_response", "with_streaming_response"):
            continue
        out.update(dict(_walk(getattr(client, name), f"client.{name}")))
    return out


def _ours(client, path):
    obj = client
    for part in path.split(".")[1:]:
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


def _shape(fn):
    sig = inspect.signature(fn)
    return {n: (p.kind, p.default is inspect.Parameter.empty) for n, p in sig.parameters.items() if n not in SKIP_PARAMS}


def _method_cases():
    cases = []
    for is_async in (False, True):
        for path in _official_methods(is_async):
            cases.append(pytest.param(path, is_async, id=("async:" if is_async else "") + path))
    return cases


@pytest.mark.parametrize("path,is_async", _method_cases())
def test_method_matches_the_official_signature(path, is_async):
    reason = gap(path)
    client = (AsyncOpenAI if is_async else OpenAI)(api_key="sk-test", base_url="http://localhost")
    ours = _ours(client, path)
    if reason is not None:
        if ours is None:
            pytest.skip(f"expected gap: {reason}")
    assert ours is not None, f"{path} is missing"
    official = _official_methods(is_async)[path]
    theirs, mine = _shape(official), _shape(ours)
    assert not set(theirs) - set(mine), f"{path}: missing params {sorted(set(theirs) - set(mine))}"
    # Deliberate: the table follows the newer OpenAPI description, so a method may take params
    # 2.8.1 does not know yet; keyword-only and optional, they change nothing for its callers.
    newer = {n: v for n, v in mine.items() if n not in theirs}
    assert all(v == (inspect.Parameter.KEYWORD_ONLY, False) for v in newer.values()), f"{path}: extra params must be optional keywords: {newer}"
    for name, (kind, required) in theirs.items():
        assert mine[name] == (kind, required), f"{path}({name}): ours {mine[name]}, official {(kind, required)}"


def _official_modules():
    return typesgen.Official().modules


_MODULES = _official_modules()


@pytest.mark.parametrize("modname", sorted(_MODULES), ids=lambda m: m or "types")
def test_types_module_mirrors_the_official_one(modname):
    full = "openai.types" + (f".{modname}" if modname else "")
    names = [n for n in _MODULES[modname].public() if not n.startswith("_")]
    official = importlib.import_module(full)
    names = [n for n in names if hasattr(official, n) and not inspect.ismodule(getattr(official, n))]
    try:
        ours = importlib.import_module(full.replace("openai.types", "openai_table.types", 1))
    except ImportError:
        ours = None
    missing = [n for n in names if ours is None or not hasattr(ours, n)]
    if missing and gap(full) is not None:
        pytest.skip(f"expected gap: {gap(full)}")
    assert not missing, f"{full}: not importable from openai_table.types: {missing}"


def test_gaps_are_still_gaps():
    """A gap that has been filled is taken off the list, so the list says where we stand."""
    client = OpenAI(api_key="sk-test", base_url="http://localhost")
    used = set()
    for path, fn in _official_methods(False).items():
        reason_pattern = next((p for p in GAPS if re.search(p, path)), None)
        if reason_pattern and _ours(client, path) is None:
            used.add(reason_pattern)
    for modname in _MODULES:
        full = "openai.types" + (f".{modname}" if modname else "")
        pattern = next((p for p in GAPS if re.search(p, full)), None)
        if pattern is None:
            continue
        try:
            ours = importlib.import_module(full.replace("openai.types", "openai_table.types", 1))
        except ImportError:
            used.add(pattern)
            continue
        official = importlib.import_module(full)
        names = [n for n in _MODULES[modname].public() if hasattr(official, n) and not inspect.ismodule(getattr(official, n))]
        if any(not hasattr(ours, n) for n in names):
            used.add(pattern)
    assert set(GAPS) - used == set(), f"filled gaps still listed: {sorted(set(GAPS) - used)}"


def test_generated_mirror_is_current():
    """`python tools/typesgen.py mirror` has been rerun since the models last changed."""
    files, _ = typesgen.mirror_files(typesgen.Official())
    stale = [p for p, text in files.items() if not os.path.exists(p) or open(p, encoding="utf-8").read() != text]
    generated = [p for p, text in files.items() if os.path.exists(p)]
    assert generated, "no generated mirror file found"
    assert not stale, f"rerun `python tools/typesgen.py mirror`: {len(stale)} stale, e.g. {stale[:3]}"
