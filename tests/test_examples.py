"""The README's examples, run: the custom endpoint table and the quickstart."""

import inspect
import json
import os
import pathlib
import subprocess
import sys

import httpx
import pytest

from openai_table import AsyncOpenAI, OpenAI

EXAMPLES = pathlib.Path(__file__).resolve().parent.parent / "examples"
RERANK = {"id": "rerank-1", "model": "BAAI/bge-reranker-base", "usage": {"total_tokens": 21},
          "results": [{"index": 1, "relevance_score": 0.98, "document": {"text": "Paris is in France."}},
                      {"index": 0, "relevance_score": 0.02, "document": {"text": "Bananas are yellow."}}]}


@pytest.fixture
def custom(monkeypatch):
    monkeypatch.syspath_prepend(str(EXAMPLES / "custom_endpoints"))
    sent = []

    def handler(request):
        sent.append(request)
        return httpx.Response(200, json=RERANK)

    return sent, httpx.MockTransport(handler), [EXAMPLES / "custom_endpoints" / "rerank.yaml"]


def test_custom_endpoint_from_yaml(custom):
    sent, transport, tables = custom
    client = OpenAI(api_key="EMPTY", base_url="http://localhost:8000/v1", endpoints=tables,
                    http_client=httpx.Client(transport=transport))
    result = client.rerank.create(model="BAAI/bge-reranker-base", query="Where is Paris?",
                                  documents=["Bananas are yellow.", "Paris is in France."], top_n=2)
    assert sent[0].method == "POST"
    assert str(sent[0].url) == "http://localhost:8000/v1/rerank"
    assert json.loads(sent[0].content) == {"model": "BAAI/bge-reranker-base", "query": "Where is Paris?",
                                           "documents": ["Bananas are yellow.", "Paris is in France."], "top_n": 2}
    assert type(result).__name__ == "RerankResponse"
    assert [(r.index, r.relevance_score, r.document.text) for r in result.results] == [
        (1, 0.98, "Paris is in France."), (0, 0.02, "Bananas are yellow.")]
    assert result.usage.total_tokens == 21
    assert "Score documents by relevance" in client.rerank.create.__doc__
    params = inspect.signature(client.rerank.create).parameters
    assert params["query"].kind is inspect.Parameter.KEYWORD_ONLY and params["query"].default is inspect.Parameter.empty
    # the built-in endpoints are still there, and a client without the table does not have rerank
    assert callable(client.chat.completions.create)
    with pytest.raises(AttributeError):
        OpenAI(api_key="x").rerank


def test_custom_endpoint_async(custom):
    import asyncio

    sent, transport, tables = custom

    async def main():
        async with AsyncOpenAI(api_key="EMPTY", base_url="http://localhost:8000/v1", endpoints=tables,
                               http_client=httpx.AsyncClient(transport=transport)) as client:
            return await client.rerank.create(model="m", query="q", documents=["a"])

    result = asyncio.run(main())
    assert json.loads(sent[0].content) == {"model": "m", "query": "q", "documents": ["a"]}
    assert result.results[0].document.text == "Paris is in France."


def test_quickstart_replays_offline():
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "QUICKSTART_RECORD")}
    # this checkout's package, whichever one the interpreter has installed
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(EXAMPLES.parent), env.get("PYTHONPATH")]))
    out = subprocess.run([sys.executable, str(EXAMPLES / "quickstart.py")], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "replaying cassettes/quickstart/ (the API reference's example answers" in out.stdout
    assert "chat.completions.create -> 'Hello! How can I assist you today?' (finish_reason=stop, tokens=29" in out.stdout
    assert "chat.completions.create(stream=True) -> Hello! |How |can |I |assist |you |today?|" in out.stdout
    assert "AzureOpenAI chat.completions.create -> 'Hello! How can I assist you today?'" in out.stdout
    assert "openai_table.models.retrieve (module client) -> gpt-4o-mini, owned by openai" in out.stdout
    assert "files.delete -> deleted=True" in out.stdout
    assert "with_raw_response -> HTTP 200, content-type application/json, parsed: Model" in out.stdout
    assert "'string'" not in out.stdout and ": string" not in out.stdout  # the mock's placeholders are gone
    assert "Expected a non-empty value for `file_id` but received ''" in out.stdout
