"""Evals, their runs and the runs' output items, sync and async, replayed from cassettes recorded
against the spec-validating mock; the spec's example payloads structured into the right classes
(data source configs, testing criteria, run data sources); and the wire compared with the official
SDK's."""

import httpx
import openai
import pytest

import openai_table
from openai_table.models._base import UnknownModel
from openai_table.pagination import AsyncCursorPage, SyncCursorPage
from openai_table.types import (
    EvalCreateResponse,
    EvalCustomDataSourceConfig,
    EvalDeleteResponse,
    EvalListResponse,
    EvalRetrieveResponse,
    EvalStoredCompletionsDataSourceConfig,
    EvalUpdateResponse,
)
from openai_table.types.eval_create_response import DataSourceConfigLogs
from openai_table.types.eval_create_response import TestingCriterionEvalGraderPython as PythonCriterion
from openai_table.types.evals import (
    CreateEvalCompletionsRunDataSource,
    CreateEvalJSONLRunDataSource,
    RunCancelResponse,
    RunCreateResponse,
    RunDeleteResponse,
    RunListResponse,
    RunRetrieveResponse,
)
from openai_table.types.evals.create_eval_completions_run_data_source import (
    InputMessagesItemReference,
    InputMessagesTemplate,
    SourceFileContent,
    SourceStoredCompletions,
)
from openai_table.types.evals.run_create_response import DataSourceResponses, DataSourceResponsesSourceResponses
from openai_table.types.evals.runs import OutputItemListResponse, OutputItemRetrieveResponse
from openai_table.types.graders import LabelModelGrader, StringCheckGrader

from conftest import API_KEY
from _wire import API_KEY as WIRE_KEY, summary

EVAL = "eval_abc123"
RUN = "evalrun_abc123"
CUSTOM = {"type": "custom", "item_schema": {"type": "object", "properties": {"input": {"type": "string"},
                                                                           "label": {"type": "string"}}},
          "include_sample_schema": True}
CRITERIA = [{"type": "string_check", "name": "exact", "input": "{{sample.output_text}}",
             "reference": "{{item.label}}", "operation": "eq"}]
JSONL = {"type": "jsonl", "source": {"type": "file_content", "content": [
    {"item": {"input": "2+2", "label": "4"}, "sample": {"output_text": "4"}}]}}


def assert_sent(api, method, path, *, query=None, body=None):
    request = api.last
    assert (request.method, request.url.path) == (method, path)
    assert dict(request.url.params) == (query or {})
    if body is None:
        assert request.content == b""
    else:
        assert api.body() == body
    assert request.headers.get("content-type") == (None if method == "GET" else "application/json")
    assert "openai-beta" not in request.headers
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert (request.headers["openai-organization"], request.headers["openai-project"]) == ("org-test", "proj-test")


def is_cursor_page(page):
    return isinstance(page, (SyncCursorPage, AsyncCursorPage))


# -- evals --------------------------------------------------------------------------------------


def test_evals_create(api):
    result = api.call(lambda c: c.evals.create(
        name="Arithmetic", data_source_config=CUSTOM, testing_criteria=CRITERIA, metadata={"suite": "math"}))
    assert_sent(api, "POST", "/evals", body={
        "name": "Arithmetic", "data_source_config": CUSTOM, "testing_criteria": CRITERIA, "metadata": {"suite": "math"}})
    assert isinstance(result, EvalCreateResponse)
    assert result.object == "eval"
    assert isinstance(result.data_source_config, EvalCustomDataSourceConfig)
    assert result.data_source_config.schema_ == result.to_dict()["data_source_config"]["schema"]  # (the mock sends a string)
    assert isinstance(result.testing_criteria[0], LabelModelGrader)


def test_evals_retrieve(api):
    result = api.call(lambda c: c.evals.retrieve(EVAL))
    assert_sent(api, "GET", f"/evals/{EVAL}")
    assert isinstance(result, EvalRetrieveResponse)
    assert result.object == "eval"


def test_evals_update(api):
    result = api.call(lambda c: c.evals.update(EVAL, name="Renamed", metadata=None))
    assert_sent(api, "POST", f"/evals/{EVAL}", body={"name": "Renamed", "metadata": None})
    assert isinstance(result, EvalUpdateResponse)


def test_evals_list(api):
    page = api.call(lambda c: c.evals.list(limit=2, order="desc", order_by="updated_at"))
    assert_sent(api, "GET", "/evals", query={"limit": "2", "order": "desc", "order_by": "updated_at"})
    assert is_cursor_page(page)
    assert all(isinstance(e, EvalListResponse) for e in page.data)


def test_evals_delete(api):
    result = api.call(lambda c: c.evals.delete(EVAL))
    assert_sent(api, "DELETE", f"/evals/{EVAL}")
    assert isinstance(result, EvalDeleteResponse)
    assert result.deleted is True


# -- runs ---------------------------------------------------------------------------------------


def test_runs_create(api):
    result = api.call(lambda c: c.evals.runs.create(EVAL, name="jsonl run", data_source=JSONL, metadata={"by": "ci"}))
    assert_sent(api, "POST", f"/evals/{EVAL}/runs", body={"name": "jsonl run", "data_source": JSONL, "metadata": {"by": "ci"}})
    assert isinstance(result, RunCreateResponse)
    assert result.object == "eval.run"
    assert isinstance(result.data_source, CreateEvalJSONLRunDataSource)
    assert result.result_counts.total == 0


def test_runs_retrieve(api):
    result = api.call(lambda c: c.evals.runs.retrieve(RUN, eval_id=EVAL))
    assert_sent(api, "GET", f"/evals/{EVAL}/runs/{RUN}")
    assert isinstance(result, RunRetrieveResponse)
    assert (result.object, result.report_url) == ("eval.run", "http://example.com")
    assert result.per_model_usage[0].invocation_count == 0
    assert result.per_testing_criteria_results[0].testing_criteria == "string"
    assert result.error.code == "string"
    assert isinstance(result.data_source, CreateEvalJSONLRunDataSource)
    assert result.data_source.source.content[0].item == {}


def test_runs_list(api):
    page = api.call(lambda c: c.evals.runs.list(EVAL, status="completed", limit=5, order="asc"))
    assert_sent(api, "GET", f"/evals/{EVAL}/runs", query={"status": "completed", "limit": "5", "order": "asc"})
    assert is_cursor_page(page)
    assert all(isinstance(r, RunListResponse) for r in page.data)


def test_runs_delete(api):
    result = api.call(lambda c: c.evals.runs.delete(RUN, eval_id=EVAL))
    assert_sent(api, "DELETE", f"/evals/{EVAL}/runs/{RUN}")
    assert isinstance(result, RunDeleteResponse)


def test_runs_cancel(api):
    result = api.call(lambda c: c.evals.runs.cancel(RUN, eval_id=EVAL))
    assert_sent(api, "POST", f"/evals/{EVAL}/runs/{RUN}")
    assert isinstance(result, RunCancelResponse)


# -- output items -------------------------------------------------------------------------------


def test_output_items_retrieve(api):
    result = api.call(lambda c: c.evals.runs.output_items.retrieve("outputitem_1", eval_id=EVAL, run_id=RUN))
    assert_sent(api, "GET", f"/evals/{EVAL}/runs/{RUN}/output_items/outputitem_1")
    assert isinstance(result, OutputItemRetrieveResponse)
    assert result.object == "eval.run.output_item"


def test_output_items_list(api):
    page = api.call(lambda c: c.evals.runs.output_items.list(RUN, eval_id=EVAL, status="fail", limit=4))
    assert_sent(api, "GET", f"/evals/{EVAL}/runs/{RUN}/output_items", query={"status": "fail", "limit": "4"})
    assert is_cursor_page(page)
    item = page.data[0]
    assert isinstance(item, OutputItemListResponse)
    assert item.results[0].passed is True
    assert (item.sample.input[0].role, item.sample.output[0].content) == ("string", "string")
    assert item.sample.usage.cached_tokens == 0
    assert page.has_more is True and page.next_page_info() == {"after": "string"}


def test_output_items_list_walks_the_pages(api):
    items = api.collect(lambda c: c.evals.runs.output_items.list(RUN, eval_id=EVAL, limit=1))
    assert [r.url.params.get("after") for r in api.sent] == [None, "string"]
    assert len(items) == 2 and all(isinstance(i, OutputItemListResponse) for i in items)


# -- the spec's example payloads ----------------------------------------------------------------


def test_eval_example_payload():
    result = EvalCreateResponse.construct(**{
        "object": "eval", "id": "eval_67b7fa9a81a88190ab4aa417e397ea21", "name": "Sentiment", "created_at": 1740110490,
        "metadata": {"description": "An eval for sentiment analysis"},
        "data_source_config": {"type": "stored_completions", "metadata": {"usecase": "chatbot"},
                               "schema": {"type": "object", "required": ["item", "sample"]}},
        "testing_criteria": [
            {"name": "Example label grader", "type": "label_model", "model": "o3-mini",
             "input": [{"type": "message", "role": "developer", "content": {"type": "input_text", "text": "Classify"}},
                       {"type": "message", "role": "user", "content": {"type": "input_text", "text": "{{item.input}}"}}],
             "passing_labels": ["positive"], "labels": ["positive", "neutral", "negative"]},
            {"type": "python", "name": "py", "source": "def grade(s, i): return 1.0", "pass_threshold": 0.5},
            {"type": "string_check", "name": "s", "input": "a", "reference": "b", "operation": "like"},
            {"type": "a_future_grader", "name": "f"},
        ],
    })
    config = result.data_source_config
    assert isinstance(config, EvalStoredCompletionsDataSourceConfig)
    assert config.schema_["required"] == ["item", "sample"] and config.metadata == {"usecase": "chatbot"}
    label, python, string, future = result.testing_criteria
    assert isinstance(label, LabelModelGrader) and label.passing_labels == ["positive"]
    assert label.input[1].role == "user" and label.input[1].content.text == "{{item.input}}"
    assert isinstance(python, PythonCriterion) and python.pass_threshold == 0.5
    assert isinstance(string, StringCheckGrader)
    assert isinstance(future, UnknownModel) and future.name == "f"
    assert result.to_dict()["data_source_config"]["schema"]["type"] == "object"
    logs = EvalCreateResponse.construct(data_source_config={"type": "logs", "schema": {}}).data_source_config
    assert isinstance(logs, DataSourceConfigLogs)


def test_run_example_payloads():
    completions = RunRetrieveResponse.construct(**{
        "object": "eval.run", "id": "evalrun_67abd54d60ec8190832b46859da808f7", "status": "queued",
        "result_counts": {"total": 0, "errored": 0, "failed": 0, "passed": 0}, "per_model_usage": None,
        "data_source": {
            "type": "completions", "model": "gpt-4o-mini",
            "source": {"type": "file_content", "content": [{"item": {"input": "Tech news", "ground_truth": "Technology"}}]},
            "input_messages": {"type": "template", "template": [
                {"type": "message", "role": "developer", "content": {"type": "input_text", "text": "Categorize"}},
                {"type": "message", "role": "user", "content": {"type": "input_text", "text": "{{item.input}}"}}]},
            "sampling_params": {"seed": 42, "temperature": 1.0, "top_p": 1.0, "max_completion_tokens": 2048},
        },
    })
    source = completions.data_source
    assert isinstance(source, CreateEvalCompletionsRunDataSource)
    assert isinstance(source.source, SourceFileContent) and source.source.content[0].item["ground_truth"] == "Technology"
    assert isinstance(source.input_messages, InputMessagesTemplate) and len(source.input_messages.template) == 2
    assert source.sampling_params.seed == 42
    stored = CreateEvalCompletionsRunDataSource.construct(
        type="completions", source={"type": "stored_completions", "model": "gpt-4o", "limit": 10},
        input_messages={"type": "item_reference", "item_reference": "item.messages"})
    assert isinstance(stored.source, SourceStoredCompletions) and isinstance(stored.input_messages, InputMessagesItemReference)
    responses = RunCreateResponse.construct(data_source={
        "type": "responses", "model": "o3-mini",
        "source": {"type": "responses", "metadata": {"usecase": "itsm"}, "instructions_search": "search"},
        "sampling_params": {"text": {"format": {"type": "json_object"}}, "tools": []}})
    assert isinstance(responses.data_source, DataSourceResponses)
    assert isinstance(responses.data_source.source, DataSourceResponsesSourceResponses)
    assert responses.data_source.source.instructions_search == "search"


def test_output_item_example_payload():
    item = OutputItemRetrieveResponse.construct(**{
        "object": "eval.run.output_item", "id": "outputitem_67e5796c28e081909917bf79f6e6214d", "status": "pass",
        "datasource_item_id": 5, "datasource_item": {"input": "Stock Markets Rally", "ground_truth": "Markets"},
        "results": [{"name": "String check", "sample": None, "passed": True, "score": 1.0}],
        "sample": {"input": [{"role": "user", "content": "Stock Markets Rally"}],
                   "output": [{"role": "assistant", "content": "Markets"}], "finish_reason": "stop",
                   "model": "gpt-4o-mini-2024-07-18", "usage": {"total_tokens": 325, "cached_tokens": 0},
                   "error": None, "temperature": 1.0, "max_completion_tokens": 2048, "top_p": 1.0, "seed": 42},
    })
    assert item.results[0].passed is True and item.results[0].score == 1.0
    assert item.sample.output[0].content == "Markets" and item.sample.usage.total_tokens == 325
    assert item.datasource_item["ground_truth"] == "Markets"


# -- the wire, against the official SDK ---------------------------------------------------------


def _sent(package, call, reply):
    seen = []

    def handle(request):
        request.read()
        seen.append(request)
        return httpx.Response(200, json=reply)

    client = package.OpenAI(api_key=WIRE_KEY, max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(handle)))
    return seen, call(client)


def comparable(request):
    # The official SDK orders query params as its signature does, ours as the caller passed them.
    out = summary(request)
    out["query"] = sorted(out["query"])
    return out


RESPONSES_SOURCE = {"type": "responses", "source": {"type": "responses", "metadata": {"a": "b"}, "created_after": 1},
                    "input_messages": {"type": "item_reference", "item_reference": "item.input"}, "model": "o3-mini"}


@pytest.mark.parametrize("name,call", [
    ("runs.create", lambda c: c.evals.runs.create(EVAL, data_source=RESPONSES_SOURCE, name="r", metadata=None)),
    ("runs.cancel", lambda c: c.evals.runs.cancel(RUN, eval_id=EVAL)),
    ("output_items.list", lambda c: c.evals.runs.output_items.list(RUN, eval_id=EVAL, status="pass", order="asc")),
    ("create", lambda c: c.evals.create(data_source_config=CUSTOM, testing_criteria=CRITERIA)),
])
def test_same_wire_as_official(name, call):
    reply = {"object": "list", "data": [], "has_more": False, "id": "x", "data_source": RESPONSES_SOURCE}
    ours, our_result = _sent(openai_table, call, reply)
    theirs, their_result = _sent(openai, call, reply)
    assert [comparable(r) for r in ours] == [comparable(r) for r in theirs]
    assert [r.headers.get("openai-beta") for r in ours] == [r.headers.get("openai-beta") for r in theirs] == [None]
    if name == "runs.create":
        assert type(our_result.data_source) is DataSourceResponses  # the folded class, under its official name
        assert type(their_result.data_source).__name__ == "DataSourceResponses"
        assert our_result.data_source.to_dict() == their_result.data_source.to_dict()
