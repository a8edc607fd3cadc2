"""The endpoints table: what a bad table is told, what a good user table adds, and the shape of
every generated method."""

import functools
import inspect
import sys
import textwrap

import httpx
import pytest

from openai_table import AsyncOpenAI, OpenAI, TableError
from openai_table._table import builtin_table, load_table
from openai_table.models.models import Model

from _mock import API_KEY, Mock, clean_env  # noqa: F401  (clean_env: autouse)

OPTIONS = ["extra_headers", "extra_query", "extra_body", "timeout"]


def write(tmp_path, text, name="user.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


def table_error(path) -> str:
    """The TableError a table raises, the same through load_table and through the client."""
    with pytest.raises(TableError) as direct:
        load_table([path])
    with pytest.raises(TableError) as via_client:
        OpenAI(api_key=API_KEY, endpoints=[path], http_client=httpx.Client(transport=httpx.MockTransport(Mock())))
    assert str(via_client.value) == str(direct.value)
    assert isinstance(direct.value, ValueError)  # TableError is also a ValueError
    return str(direct.value)


def assert_error(tmp_path, text, line, entry, problem):
    path = write(tmp_path, text)
    message = table_error(path)
    assert message.startswith(f"{path}:{line}: {entry}: "), message
    assert problem in message, message
    return message


# -- bad tables ---------------------------------------------------------------------------------


BAD = {
    "param_types_not_a_ref": ("""\
        rerank:
          create:
            post: /rerank
            body: {query: str}
            param_types: a TypedDict
            returns: files.FileObject
        """, 5, "rerank.create", "`param_types` must name a TypedDict as module.Class"),
    "param_types_not_a_typeddict": ("""\
        rerank:
          create:
            post: /rerank
            body: {query: str}
            param_types: files.FileObject
            returns: files.FileObject
        """, 5, "rerank.create", "`param_types`: 'files.FileObject' names no TypedDict"),
    "unknown_key": ("""\
        rerank:
          create:
            post: /rerank
            bdy: {query: str}
            returns: files.FileObject
        """, 4, "rerank.create", "unknown key 'bdy'"),
    "missing_returns": ("""\
        rerank:
          create:
            doc: Rerank.
            post: /rerank
        """, 2, "rerank.create", "missing key 'returns'"),
    "no_verb": ("""\
        rerank:
          create:
            doc: Rerank.
            returns: files.FileObject
        """, 2, "rerank.create", "needs exactly one of get/post/put/patch/delete with the URL path"),
    "two_verbs": ("""\
        rerank:
          create:
            get: /rerank
            post: /rerank
            returns: files.FileObject
        """, 2, "rerank.create", "needs exactly one of get/post/put/patch/delete with the URL path, has ['get', 'post']"),
    "verb_not_a_path": ("""\
        rerank:
          create:
            post: rerank
            returns: files.FileObject
        """, 3, "rerank.create", "`post` must be a URL path starting with /, got 'rerank'"),
    "url_param_not_declared": ("""\
        files:
          archive:
            doc: Archive a file.
            post: /files/{file_id}/archive
            returns: files.FileObject
        """, 4, "files.archive", "the path has {file_id} but `path` does not declare 'file_id'"),
    "declared_param_not_in_url": ("""\
        files:
          archive:
            post: /files/archive
            path:
              file_id: str
            returns: files.FileObject
        """, 5, "files.archive", "path param 'file_id' does not appear in '/files/archive'"),
    "bad_module": ("""\
        rerank:
          create:
            post: /rerank
            returns: nope.Thing
        """, 4, "rerank.create", "'nope.Thing' names no model: there is no openai_table/models/nope.py"),
    "missing_class": ("""\
        rerank:
          create:
            post: /rerank
            returns: chat.Nope
        """, 4, "rerank.create", "`returns`: 'chat.Nope' names no model"),
    "missing_class_in_page": ("""\
        rerank:
          list:
            get: /rerank
            returns: CursorPage[files.Nope]
        """, 4, "rerank.list", "`returns`: 'files.Nope' names no model"),
    "missing_stream_class": ("""\
        rerank:
          create:
            post: /rerank
            body: {stream: bool}
            returns: chat.ChatCompletion
            stream: chat.NopeChunk
        """, 6, "rerank.create", "`stream`: 'chat.NopeChunk' names no model"),
    "missing_user_module": ("""\
        rerank:
          create:
            post: /rerank
            returns: no_such_module_for_tests:Thing
        """, 4, "rerank.create", "'no_such_module_for_tests:Thing' names no model (No module named 'no_such_module_for_tests')"),
    "user_class_not_a_model": ("""\
        rerank:
          create:
            post: /rerank
            returns: json:JSONDecoder
        """, 4, "rerank.create", "'json:JSONDecoder' names no model (json:JSONDecoder is not a model class)"),
    "return_not_a_name": ("""\
        rerank:
          create:
            post: /rerank
            returns: 42
        """, 4, "rerank.create", "`returns` must name a model, a page of one, or binary/text/none; got 42"),
    "unknown_page_kind": ("""\
        rerank:
          list:
            get: /rerank
            returns: Pager[files.FileObject]
        """, 4, "rerank.list", "`returns`: unknown page type 'Pager' (one of Page, CursorPage, ConversationCursorPage)"),
    "stream_without_stream_param": ("""\
        rerank:
          create:
            post: /rerank
            body: {model: str}
            returns: chat.ChatCompletion
            stream: chat.ChatCompletionChunk
        """, 6, "rerank.create", "`stream` is set but neither the body nor the query declares a `stream` param"),
    "stream_param_in_path": ("""\
        rerank:
          create:
            post: /rerank/{stream}
            path: {stream: bool}
            returns: chat.ChatCompletion
            stream: chat.ChatCompletionChunk
        """, 6, "rerank.create", "`stream` is set but neither the body nor the query declares a `stream` param"),
    "file_without_multipart": ("""\
        uploads:
          create:
            post: /uploads
            body:
              file: file!
            returns: files.FileObject
        """, 2, "uploads.create", "a `file` param needs `encoding: multipart`"),
    "file_with_json_encoding": ("""\
        uploads:
          create:
            post: /uploads
            encoding: json
            body: {file: file!}
            returns: files.FileObject
        """, 4, "uploads.create", "a `file` param needs `encoding: multipart`"),
    "bad_encoding": ("""\
        uploads:
          create:
            post: /uploads
            encoding: xml
            returns: files.FileObject
        """, 4, "uploads.create", "`encoding` must be json or multipart, got 'xml'"),
    "param_not_identifier": ("""\
        rerank:
          create:
            post: /rerank
            body:
              top-n: int
            returns: files.FileObject
        """, 4, "rerank.create", "body param 'top-n' is not a valid Python name"),
    "param_keyword": ("""\
        rerank:
          create:
            post: /rerank
            query: {class: str}
            returns: files.FileObject
        """, 4, "rerank.create", "query param 'class' is not a valid Python name"),
    "param_shadows_option": ("""\
        rerank:
          create:
            post: /rerank
            body:
              timeout: int
            returns: files.FileObject
        """, 5, "rerank.create", "param 'timeout' would shadow the per-request option of that name"),
    "param_in_two_places": ("""\
        rerank:
          create:
            post: /rerank
            query: {model: str}
            body:
              model: str
            returns: files.FileObject
        """, 6, "rerank.create", "param 'model' is declared in both query and body"),
    "param_unknown_key": ("""\
        rerank:
          create:
            post: /rerank
            body:
              model: {type: str, requird: true}
            returns: files.FileObject
        """, 5, "rerank.create", "body param 'model': unknown key 'requird'"),
    "param_without_type": ("""\
        rerank:
          create:
            post: /rerank
            body:
              model:
            returns: files.FileObject
        """, 5, "rerank.create", "body param 'model' needs a type"),
    "defaults_undeclared": ("""\
        rerank:
          create:
            post: /rerank
            body: {model: str}
            defaults: {encoding_format: base64}
            returns: files.FileObject
        """, 5, "rerank.create", "`defaults` must map declared params to values; ['encoding_format'] are not declared"),
    "returns_when_undeclared": ("""\
        rerank:
          create:
            post: /rerank
            returns: files.FileObject
            returns_when: {format: {text: text}}
        """, 5, "rerank.create", "`returns_when` must map a declared param to {value: type}; 'format' is not one"),
    "postprocess_missing": ("""\
        rerank:
          create:
            post: /rerank
            returns: files.FileObject
            postprocess: embeddings.nope
        """, 5, "rerank.create", "postprocess 'embeddings.nope' names no helper"),
    "method_clashes_with_sub_resource": ("""\
        files:
          archive:
            post: /files/archive
            returns: files.FileObject
        files.archive:
          run:
            post: /files/archive/run
            returns: files.FileObject
        """, 2, "files.archive", "the name is both a method and a sub-resource"),
    "bad_method_name_in_dotted_resource": ("""\
        chat.completions:
          with_raw_response:
            post: /x
            returns: none
        """, 2, "chat.completions", "'with_raw_response' cannot be a method name"),
    "entry_not_a_mapping": ("""\
        rerank:
          create: /rerank
        """, 2, "rerank.create", "an entry must be a mapping"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_table(tmp_path, case):
    text, line, entry, problem = BAD[case]
    assert_error(tmp_path, text, line, entry, problem)


def test_method_clashing_with_builtin_sub_resource(tmp_path):
    # `chat.completions.messages` is a built-in sub-resource: a user method of that name clashes.
    message = assert_error(tmp_path, """\
        chat.completions:
          messages:
            get: /chat/completions/messages
            returns: none
        """, 2, "chat.completions.messages", "the name is both a method and a sub-resource")
    assert "endpoints.yaml" not in message


def test_unreadable_file(tmp_path):
    path = tmp_path / "missing.yaml"
    assert table_error(path) == f"{path}: cannot read the endpoints table: No such file or directory"
    assert table_error(tmp_path) == f"{tmp_path}: cannot read the endpoints table: Is a directory"


def test_invalid_yaml(tmp_path):
    path = write(tmp_path, """\
        rerank:
          create:
            post: /rerank
            body: {model: str
            returns: files.FileObject
        """)
    message = table_error(path)
    assert message.startswith(f"{path}: not valid YAML: ")
    assert 'in "<unicode string>", line 4' in message  # where the flow mapping opened


def test_table_not_a_mapping(tmp_path):
    path = write(tmp_path, "- rerank\n")
    assert table_error(path) == f"{path}: an endpoints table must be a mapping of resource path to methods"


def test_bad_resource_name(tmp_path):
    path = write(tmp_path, """\
        rerank-v2:
          create: {post: /rerank, returns: none}
        """)
    assert table_error(path).startswith(f"{path}:1: rerank-v2: a resource path is dotted Python names")


def test_empty_table_is_the_builtin(tmp_path):
    path = write(tmp_path, "")
    assert load_table([path]).resources == builtin_table().resources


def test_later_file_reports_its_own_name(tmp_path):
    good = write(tmp_path, "rerank:\n  create: {post: /rerank, returns: none}\n", "good.yaml")
    bad = write(tmp_path, "rerank:\n  create: {post: /rerank}\n", "bad.yaml")
    with pytest.raises(TableError) as e:
        load_table([good, bad])
    assert str(e.value).startswith(f"{bad}:2: rerank.create: missing key 'returns'")


# -- a good user table --------------------------------------------------------------------------

MYMODELS = '''\
from typing import List, Optional

from openai_table.models._base import BaseModel, model


@model
class RerankResult(BaseModel):
    index: Optional[int] = None
    relevance_score: Optional[float] = None


@model
class RerankResponse(BaseModel):
    id: Optional[str] = None
    model: Optional[str] = None
    results: Optional[List[RerankResult]] = None


@model
class LocalModel(BaseModel):
    id: Optional[str] = None
    max_model_len: Optional[int] = None
'''

USER_TABLE = """\
rerank:
  create:
    doc: Rerank documents by relevance to a query (an OpenAI-compatible server's extension).
    post: /rerank
    body:
      model: str!
      query: str!
      documents: list!
      top_n: int
      return_documents: bool
    defaults: {return_documents: false}
    returns: mymodels:RerankResponse

models:
  retrieve:
    doc: Retrieves a model with the local server's extra fields.
    get: /models/{model}/info
    path: {model: str}
    returns: mymodels:LocalModel
"""


@pytest.fixture
def mymodels(tmp_path, monkeypatch):
    (tmp_path / "mymodels.py").write_text(MYMODELS)
    monkeypatch.syspath_prepend(str(tmp_path))
    yield
    sys.modules.pop("mymodels", None)


def test_user_table_adds_resource_and_overrides_method(tmp_path, mymodels):
    path = write(tmp_path, USER_TABLE)
    reply = {"id": "rr-1", "model": "bge-reranker", "results": [{"index": 1, "relevance_score": 0.98},
                                                                {"index": 0, "relevance_score": 0.12}]}
    mock = Mock(httpx.Response(200, json=reply, headers={"x-request-id": "req_rr"}),
                httpx.Response(200, json={"id": "llama", "max_model_len": 8192}),
                httpx.Response(200, json={"object": "list", "data": [{"id": "llama", "object": "model"}]}))
    client = mock.client(base_url="http://localhost:8000/v1", endpoints=[path])

    result = client.rerank.create(model="bge-reranker", query="capital of France",
                                  documents=["Berlin is in Germany", "Paris is the capital of France"], top_n=2)
    request = mock.requests[0]
    assert request.method == "POST"
    assert str(request.url) == "http://localhost:8000/v1/rerank"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.content == (b'{"model":"bge-reranker","query":"capital of France","documents":'
                               b'["Berlin is in Germany","Paris is the capital of France"],"top_n":2,'
                               b'"return_documents":false}')
    from mymodels import LocalModel, RerankResponse, RerankResult

    assert type(result) is RerankResponse
    assert result == RerankResponse(id="rr-1", model="bge-reranker",
                                    results=[RerankResult(index=1, relevance_score=0.98), RerankResult(index=0, relevance_score=0.12)])
    assert result._request_id == "req_rr"
    assert result.to_dict() == reply

    # the overridden built-in: new path, new return type
    model = client.models.retrieve("llama")
    assert mock.requests[1].method == "GET"
    assert str(mock.requests[1].url) == "http://localhost:8000/v1/models/llama/info"
    assert model == LocalModel(id="llama", max_model_len=8192)

    # the rest of the built-in resource is still there
    assert [m.id for m in client.models.list()] == ["llama"]
    assert str(mock.requests[2].url) == "http://localhost:8000/v1/models"
    assert len(mock.requests) == 3

    assert "Rerank documents by relevance" in client.rerank.create.__doc__
    assert "POST /rerank" in client.rerank.create.__doc__
    with pytest.raises(TypeError, match="missing required argument: 'documents'"):
        client.rerank.create(model="m", query="q")


def test_user_table_leaves_builtin_clients_alone(tmp_path, mymodels):
    path = write(tmp_path, USER_TABLE)
    load_table([path])
    mock = Mock(httpx.Response(200, json={"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}))
    client = mock.client()
    assert client.models.retrieve("gpt-4o") == Model(id="gpt-4o", object="model", created=1, owned_by="openai")
    assert str(mock.request.url) == "https://api.openai.com/v1/models/gpt-4o"
    assert not hasattr(client, "rerank")
    assert "rerank" not in builtin_table().resources


def test_user_table_async(tmp_path, mymodels):
    import asyncio

    path = write(tmp_path, USER_TABLE)
    mock = Mock(httpx.Response(200, json={"id": "rr-2", "results": []}))

    async def run():
        client = AsyncOpenAI(api_key=API_KEY, endpoints=[path],
                             http_client=httpx.AsyncClient(transport=httpx.MockTransport(mock)))
        return await client.rerank.create(model="m", query="q", documents=[], return_documents=True)

    result = asyncio.run(run())
    assert type(result).__name__ == "RerankResponse" and result.id == "rr-2" and result.results == []
    assert mock.json() == {"model": "m", "query": "q", "documents": [], "return_documents": True}


def test_later_table_wins(tmp_path):
    first = write(tmp_path, "rerank:\n  create: {post: /rerank/v1, returns: none}\n", "a.yaml")
    second = write(tmp_path, "rerank:\n  create: {post: /rerank/v2, returns: none}\n", "b.yaml")
    table = load_table([first, second])
    assert table.endpoint("rerank", "create").path == "/rerank/v2"
    assert table.sources == ("endpoints.yaml", str(first), str(second))
    mock = Mock(httpx.Response(204))
    assert mock.client(endpoints=[first, second]).rerank.create() is None
    assert mock.request.url.path == "/v1/rerank/v2" and mock.request.method == "POST"


# -- the built-in table -------------------------------------------------------------------------


def test_builtin_models_resolve():
    table = builtin_table()
    table.check_models()
    assert table.endpoint("files", "retrieve").returns.model.__name__ == "FileObject"
    assert table.endpoint("chat.completions", "create").stream.model.__name__ == "ChatCompletionChunk"


def all_methods(client):
    """Every generated method; `helper:` entries have their own signatures (test_surface checks
    them against the official ones)."""
    for resource, methods in builtin_table().resources.items():
        obj = functools.reduce(getattr, resource.split("."), client)
        for name, ep in methods.items():
            if not ep.helper:
                yield ep, getattr(obj, name)


@pytest.mark.parametrize("client_cls", [OpenAI, AsyncOpenAI])
def test_generated_signatures_and_docstrings(client_cls):
    client = client_cls(api_key=API_KEY)
    count = 0
    for ep, method in all_methods(client):
        if ep.helper:  # a hand-written method has its own signature (tests/test_surface.py checks it)
            continue
        count += 1
        if ep.helper:  # hand-written: its signature is the official one (tests/test_surface.py)
            continue
        sig = inspect.signature(method)
        params = list(sig.parameters.values())
        names = [p.name for p in params]
        # only the URL's last path param is positional; earlier ones are required keywords
        n = min(len(ep.path_params), 1)
        assert names[:n] == list(ep.path_params)[-1:], ep
        assert all(p.kind is p.POSITIONAL_OR_KEYWORD and p.default is p.empty for p in params[:n]), ep
        assert all(p.kind is p.KEYWORD_ONLY for p in params[n:]), ep
        assert names[-4:] == OPTIONS, ep
        declared = list(ep.path_params)[:-1] + [p.name for p in ep.params if p.location != "path"]
        declared += ["progress"] if ep.file_params else []  # the upload progress callback
        assert sorted(names[n:-4]) == sorted(declared), ep
        for p in params[n:-4]:
            assert (p.default is p.empty) == (p.name in ep.required or p.name in ep.path_params), (ep, p)
        doc = method.__doc__
        assert ep.doc and ep.doc in doc, ep
        assert f"{ep.verb.upper()} {ep.path}" in doc, ep
        assert method.__name__ == ep.name
    assert count == sum(not ep.helper for m in builtin_table().resources.values() for ep in m.values()) > 20


def test_signature_of_one_method():
    sig = inspect.signature(OpenAI(api_key=API_KEY).chat.completions.update)
    assert str(sig) == ("(completion_id: 'str', *, metadata: 'dict | None', extra_headers: 'Headers | None' = None, "
                        "extra_query: 'Query | None' = None, extra_body: 'Body | None' = None, "
                        "timeout: 'float | httpx.Timeout | None' = NOT_GIVEN) -> 'chat.ChatCompletion'")
    files_list = inspect.signature(OpenAI(api_key=API_KEY).files.list)
    assert files_list.parameters["order"].annotation == "Literal['asc', 'desc']"
    assert files_list.return_annotation == "CursorPage[files.FileObject]"
