"""A pytest plugin for your own cassettes (registered as the `openai_table` pytest11 entry point;
needs vcrpy: `pip install "openai_table[replay]"`).

    @pytest.mark.openai_cassette
    def test_summary():
        assert "Paris" in summarise("...")          # replays tests/cassettes/test_mod/test_summary.yaml

    def test_other(openai_cassette):                # the same, as a fixture (the vcrpy Cassette)
        ...

A test replays the cassette named after it (`<test dir>/cassettes/<module>/<test>.yaml`, or under
the `openai_cassette_dir` ini option), and fails at once on a request the cassette does not hold,
naming it. `pytest --openai-record` (or `OPENAI_TABLE_RECORD=1` with `OPENAI_API_KEY` set) records
the cassettes that are missing; `--openai-record=all` re-records them all, `=new_episodes` adds the
new requests to existing ones. Cassettes are scrubbed of every secret-looking header and query
param, keep server-sent event streams and binary bodies byte for byte, and match requests on
method, path, query and body (JSON as data, multipart without its boundary):
see `openai_table.testing`.
"""

import os
import re
from typing import Any, Optional

import pytest

from .testing import normalized_body, recorder

__all__ = ["record_mode"]

_MARKER = "openai_cassette"
_MODES = ("once", "new_episodes", "all", "none")


def pytest_addoption(parser: Any) -> None:
    group = parser.getgroup("openai_table", "OpenAI API cassettes (openai_table)")
    group.addoption(
        "--openai-record", nargs="?", const="once", default=None, choices=_MODES, metavar="MODE",
        help="record missing OpenAI cassettes (MODE: once, the default; new_episodes; all re-records)",
    )
    parser.addini("openai_cassette_dir", "directory of the OpenAI cassettes (default: cassettes/ beside each test module)")


def pytest_configure(config: Any) -> None:
    config.addinivalue_line(
        "markers",
        f"{_MARKER}(name=None, **vcr_options): replay (or with --openai-record, record) the OpenAI "
        "cassette named after the test",
    )


def record_mode(config: Any) -> str:
    """`none` (replay only) unless `--openai-record` or `OPENAI_TABLE_RECORD=1` with a key."""
    mode = config.getoption("openai_record")
    if mode:
        return mode
    if os.environ.get("OPENAI_TABLE_RECORD") == "1" and os.environ.get("OPENAI_API_KEY"):
        return "once"
    return "none"


def _cassette_path(request: Any, name: Optional[str]) -> str:
    node = request.node
    module = os.path.splitext(os.path.basename(str(node.path)))[0]
    ini = request.config.getini("openai_cassette_dir")
    base = os.path.join(str(request.config.rootpath), ini) if ini else os.path.join(os.path.dirname(str(node.path)), "cassettes")
    if not name:
        parts = [node.cls.__name__] if getattr(node, "cls", None) else []
        parts.append(node.name)
        name = re.sub(r"[^\w.-]+", "_", ".".join(parts)).strip("_")
    if not name.endswith((".yaml", ".yml", ".json")):
        name += ".yaml"
    return os.path.join(base, module, name)


def _describe(req: Any) -> str:
    body = normalized_body(req)
    if isinstance(body, bytes):
        body = body[:200].decode("utf-8", "replace") + ("..." if len(body) > 200 else "")
    shown = f" with body {body!r}" if body not in (b"", "", None) else ""
    return f"{req.method} {req.uri}{shown}"


def _guard(cassette: Any, path: str, mode: str) -> None:
    """Fail the test at once (pytest.fail is a BaseException, so no client retries or swallows it)
    on a request the cassette cannot answer and may not record."""
    can_play = cassette.can_play_response_for

    def checked(req: Any) -> bool:
        if can_play(req):
            return True
        if cassette.write_protected:
            hint = ("run with --openai-record to record it" if mode == "none"
                    else "delete the cassette or run with --openai-record=all (or new_episodes) to re-record it")
            state = "is not recorded" if os.path.exists(path) else "has no cassette yet"
            pytest.fail(f"openai_cassette: unrecorded request {_describe(req)}: {path} {state} for it; {hint}",
                        pytrace=False)
        return False

    cassette.can_play_response_for = checked


@pytest.fixture
def openai_cassette(request: Any) -> Any:
    """The test's OpenAI cassette (a vcrpy `Cassette`), active for the test's duration."""
    marker = request.node.get_closest_marker(_MARKER)
    name = marker.args[0] if marker and marker.args else None
    options = dict(marker.kwargs) if marker else {}
    path = _cassette_path(request, name)
    mode = options.pop("record_mode", None) or record_mode(request.config)
    vcr = recorder(os.path.dirname(path), record_mode=mode)
    with vcr.use_cassette(os.path.basename(path), **options) as cassette:
        _guard(cassette, path, mode)
        yield cassette


@pytest.fixture(autouse=True)
def _openai_cassette_marker(request: Any) -> None:
    if request.node.get_closest_marker(_MARKER) is not None and "openai_cassette" not in request.fixturenames:
        request.getfixturevalue("openai_cassette")
