"""Path params in generated signatures: the URL's last one is positional, earlier ones
keyword-only, as in the official SDK (`steps.retrieve(step_id, *, thread_id, run_id)`)."""

import inspect
import textwrap

import httpx
import openai
import pytest

from openai_table import AsyncOpenAI, OpenAI

from _mock import API_KEY, Mock, clean_env, ok  # noqa: F401  (clean_env: autouse)

# A test-only resource shaped like beta.threads.runs.steps; `path` lists the params out of URL
# order on purpose: the signature follows the URL.
TABLE = """\
demo.steps:
  retrieve:
    get: /threads/{thread_id}/runs/{run_id}/steps/{step_id}
    path: {run_id: str, step_id: str, thread_id: str}
    query: {include: list}
    returns: files.FileObject
  list:
    get: /threads/{thread_id}/runs
    path: {thread_id: str}
    query: {limit: int}
    returns: CursorPage[files.FileObject]
  create:
    post: /threads
    body: {name: str}
    returns: files.FileObject
"""


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "demo.yaml"
    path.write_text(textwrap.dedent(TABLE))
    return [path]


def kinds(fn):
    return [(p.name, p.kind) for p in inspect.signature(fn).parameters.values()]


def official_wire(call):
    seen = []

    def handler(request):
        request.read()
        seen.append(request)
        return httpx.Response(200, json={"object": "list", "data": []})

    call(openai.OpenAI(api_key=API_KEY, max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(handler))))
    return seen[-1]


def test_signature_matches_official_kinds(table):
    ours = Mock(ok()).client(endpoints=table).demo.steps.retrieve
    theirs = openai.OpenAI(api_key=API_KEY).beta.threads.runs.steps.retrieve
    P = inspect.Parameter
    assert kinds(ours)[:4] == [("step_id", P.POSITIONAL_OR_KEYWORD), ("thread_id", P.KEYWORD_ONLY),
                               ("run_id", P.KEYWORD_ONLY), ("include", P.KEYWORD_ONLY)]
    assert kinds(ours)[:3] == kinds(theirs)[:3]
    sig = inspect.signature(ours)
    assert sig.parameters["thread_id"].default is P.empty  # required
    # unbound, `self` comes first, as on any method
    assert list(inspect.signature(type(Mock(ok()).client(endpoints=table).demo.steps).retrieve).parameters)[:2] == ["self", "step_id"]


def test_single_path_param_stays_positional(table):
    client = Mock(ok()).client(endpoints=table)
    P = inspect.Parameter
    assert kinds(client.demo.steps.list)[0] == ("thread_id", P.POSITIONAL_OR_KEYWORD)
    assert kinds(client.files.retrieve)[0] == ("file_id", P.POSITIONAL_OR_KEYWORD)
    assert kinds(client.demo.steps.create)[0] == ("name", P.KEYWORD_ONLY)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # the official Assistants API warns
def test_wire_matches_official(table):
    mock = Mock(ok())
    mock.client(endpoints=table).demo.steps.retrieve("step 1", thread_id="t/1", run_id="r1", include=["a", "b"])
    theirs = official_wire(lambda c: c.beta.threads.runs.steps.retrieve("step 1", thread_id="t/1", run_id="r1", include=["a", "b"]))
    ours = mock.request
    assert ours.method == theirs.method == "GET"
    assert ours.url.raw_path == b"/v1/threads/t%2F1/runs/r1/steps/step%201?include%5B%5D=a&include%5B%5D=b"
    assert ours.url.path == theirs.url.path
    assert list(ours.url.params.multi_items()) == list(theirs.url.params.multi_items())


def test_all_keyword_works(table):
    mock = Mock(ok())
    mock.client(endpoints=table).demo.steps.retrieve(step_id="s", thread_id="t", run_id="r")
    assert mock.request.url.path == "/v1/threads/t/runs/r/steps/s"


def test_earlier_path_param_positionally_is_a_type_error(table):
    mock = Mock(ok())
    steps = mock.client(endpoints=table).demo.steps

    def plain(self, step_id, *, thread_id, run_id):  # what Python says for the same signature
        pass

    with pytest.raises(TypeError) as ours:
        steps.retrieve("s", "t", run_id="r")
    with pytest.raises(TypeError) as python:
        plain(None, "s", "t", run_id="r")
    assert str(ours.value) == "demo.steps.retrieve() takes 2 positional arguments but 3 were given"
    assert "takes 2 positional arguments but 3 positional arguments" in str(python.value)
    with pytest.raises(TypeError, match=r"demo.steps.create\(\) takes 1 positional argument but 2 were given"):
        steps.create("x")
    with pytest.raises(TypeError, match="multiple values for argument 'step_id'"):
        steps.retrieve("s", step_id="s", thread_id="t", run_id="r")
    assert mock.requests == []


def test_missing_and_empty_path_params(table):
    mock = Mock(ok())
    steps = mock.client(endpoints=table).demo.steps
    with pytest.raises(TypeError, match="missing required argument: 'thread_id'"):
        steps.retrieve("s", run_id="r")
    with pytest.raises(TypeError, match="missing required argument: 'step_id'"):
        steps.retrieve(thread_id="t", run_id="r")
    with pytest.raises(ValueError, match="Expected a non-empty value for `run_id` but received ''"):
        steps.retrieve("s", thread_id="t", run_id="")
    assert mock.requests == []


async def test_async_same_rules(table):
    mock = Mock(ok())
    steps = mock.async_client(endpoints=table).demo.steps
    await steps.retrieve("s", thread_id="t", run_id="r")
    assert mock.request.url.path == "/v1/threads/t/runs/r/steps/s"
    with pytest.raises(TypeError, match="takes 2 positional arguments but 3 were given"):
        await steps.retrieve("s", "t", run_id="r")
    assert kinds(steps.retrieve)[:2] == [("step_id", inspect.Parameter.POSITIONAL_OR_KEYWORD),
                                         ("thread_id", inspect.Parameter.KEYWORD_ONLY)]
