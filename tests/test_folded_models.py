"""The shapes the official SDK repeats once per method (or per union that carries them) are one
class here, the official names aliases of it: each name still imports from its official path, is
the same class, and structures the same payload into the same attributes."""

import pytest

from openai_table.models import containers, evals, evals_runs, realtime, responses
from openai_table.types import (
    ContainerCreateResponse,
    ContainerListResponse,
    ContainerRetrieveResponse,
    EvalCreateResponse,
    EvalListResponse,
    EvalRetrieveResponse,
    EvalUpdateResponse,
)
from openai_table.types.evals import RunCancelResponse, RunCreateResponse, RunListResponse, RunRetrieveResponse
from openai_table.types.evals.run_list_response import DataSourceResponses as ListDataSourceResponses
from openai_table.types.evals.run_retrieve_response import PerModelUsage as RetrievePerModelUsage
from openai_table.types.evals.runs import OutputItemListResponse, OutputItemRetrieveResponse
from openai_table.types.evals.runs.output_item_retrieve_response import SampleInput, SampleOutput

EVAL = {
    "object": "eval", "id": "eval_1", "name": "Sentiment", "created_at": 1714000000, "metadata": {"team": "ml"},
    "data_source_config": {"type": "logs", "schema": {"type": "object"}, "metadata": {"usecase": "chatbot"}},
    "testing_criteria": [
        {"type": "python", "name": "py", "source": "def grade(s, i): return 1.0", "pass_threshold": 0.5},
        {"type": "string_check", "name": "eq", "input": "{{sample.output_text}}", "operation": "eq",
         "reference": "{{item.label}}"},
    ],
}

RUN = {
    "object": "eval.run", "id": "evalrun_1", "eval_id": "eval_1", "status": "completed", "model": "o3-mini",
    "name": "run 1", "created_at": 1714000100, "report_url": "https://platform.openai.com/evals/r", "metadata": {},
    "result_counts": {"total": 2, "errored": 0, "failed": 1, "passed": 1},
    "per_model_usage": [{"model_name": "o3-mini", "invocation_count": 2, "prompt_tokens": 20, "completion_tokens": 10,
                         "total_tokens": 30, "cached_tokens": 0}],
    "per_testing_criteria_results": [{"testing_criteria": "eq", "passed": 1, "failed": 1}],
    "data_source": {
        "type": "responses", "model": "o3-mini",
        "source": {"type": "responses", "metadata": {"a": "b"}, "created_after": 1},
        "input_messages": {"type": "template", "template": [
            {"role": "system", "content": "Label the sentiment."},
            {"role": "user", "content": "{{item.text}}"},
        ]},
        "sampling_params": {"temperature": 0.2, "text": {"format": {"type": "text"}}},
    },
    "error": None,
}

OUTPUT_ITEM = {
    "object": "eval.run.output_item", "id": "outputitem_1", "run_id": "evalrun_1", "eval_id": "eval_1",
    "created_at": 1714000200, "status": "pass", "datasource_item_id": 0, "datasource_item": {"text": "great"},
    "results": [{"name": "eq", "passed": True, "score": 1.0, "type": "string_check"}],
    "sample": {"model": "o3-mini", "finish_reason": "stop", "seed": 1, "temperature": 0.2, "top_p": 1.0,
               "max_completion_tokens": 100, "error": None,
               "input": [{"role": "user", "content": "great"}], "output": [{"role": "assistant", "content": "positive"}],
               "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15, "cached_tokens": 0}},
}

CONTAINER = {"id": "cntr_1", "object": "container", "name": "box", "status": "running", "created_at": 1714000000,
             "expires_after": {"anchor": "last_active_at", "minutes": 20}}


def test_official_names_are_one_class():
    assert EvalCreateResponse is EvalListResponse is EvalRetrieveResponse is EvalUpdateResponse is evals.Eval
    assert RunCancelResponse is RunCreateResponse is RunListResponse is RunRetrieveResponse is evals_runs.EvalRun
    assert ListDataSourceResponses is evals_runs.EvalRunDataSourceResponses
    assert RetrievePerModelUsage is evals_runs.RunCreateResponsePerModelUsage is evals_runs.EvalRunPerModelUsage
    assert OutputItemListResponse is OutputItemRetrieveResponse is evals_runs.EvalRunOutputItem
    assert SampleInput is SampleOutput is evals_runs.EvalRunMessage
    assert ContainerCreateResponse is ContainerListResponse is ContainerRetrieveResponse is containers.Container
    assert containers.FileCreateResponse is containers.FileListResponse is containers.ContainerFile
    assert responses.ResponseItemMcpCall is responses.ResponseOutputItemMcpCall is responses.ResponseInputItemMcpCall
    assert realtime.RealtimeTranscriptionSessionAudioInputTurnDetectionServerVad is realtime.RealtimeAudioInputTurnDetectionServerVad


@pytest.mark.parametrize("cls", [EvalCreateResponse, EvalListResponse, EvalRetrieveResponse, EvalUpdateResponse])
def test_an_eval_structures_through_every_name(cls):
    e = cls.construct(**EVAL)
    assert type(e) is evals.Eval and e.name == "Sentiment"
    assert type(e.data_source_config) is evals.EvalCreateResponseDataSourceConfigLogs
    assert e.data_source_config.schema_ == {"type": "object"} and e.data_source_config.metadata == {"usecase": "chatbot"}
    python, check = e.testing_criteria
    assert type(python) is evals.EvalUpdateResponseTestingCriterionEvalGraderPython and python.pass_threshold == 0.5
    assert check.operation == "eq"
    assert e.to_dict() == EVAL


@pytest.mark.parametrize("cls", [RunCancelResponse, RunCreateResponse, RunListResponse, RunRetrieveResponse])
def test_a_run_structures_through_every_name(cls):
    run = cls.construct(**RUN)
    assert type(run) is evals_runs.EvalRun and run.status == "completed"
    assert run.result_counts.passed == 1 and run.per_model_usage[0].run_model_name == "o3-mini"
    assert run.per_testing_criteria_results[0].testing_criteria == "eq"
    source = run.data_source
    assert type(source) is evals_runs.EvalRunDataSourceResponses
    assert type(source.source) is evals_runs.RunListResponseDataSourceResponsesSourceResponses
    assert source.source.metadata == {"a": "b"}
    assert type(source.input_messages) is evals_runs.RunCancelResponseDataSourceResponsesInputMessagesTemplate
    chat = source.input_messages.template[0]
    assert type(chat) is evals_runs.EvalRunMessage and chat.role == "system"
    assert source.sampling_params.text.format.type == "text"
    assert run.to_dict() == RUN


@pytest.mark.parametrize("cls", [OutputItemListResponse, OutputItemRetrieveResponse])
def test_an_output_item_structures_through_every_name(cls):
    item = cls.construct(**OUTPUT_ITEM)
    assert type(item) is evals_runs.EvalRunOutputItem and item.results[0].passed is True
    assert [type(m) for m in item.sample.input + item.sample.output] == [evals_runs.EvalRunMessage] * 2
    assert item.sample.output[0].content == "positive" and item.sample.usage.total_tokens == 15
    assert item.to_dict() == OUTPUT_ITEM


@pytest.mark.parametrize("cls", [ContainerCreateResponse, ContainerListResponse, ContainerRetrieveResponse])
def test_a_container_structures_through_every_name(cls):
    c = cls.construct(**CONTAINER)
    assert type(c) is containers.Container and c.expires_after.minutes == 20
    assert type(c.expires_after) is containers.ContainerRetrieveResponseExpiresAfter
    assert c.to_dict() == CONTAINER


def test_a_union_listing_one_class_twice_still_tells_members_apart():
    # the output-item union lists the folded MCP call once per container it came from
    out = responses.Response.construct(id="r", output=[
        {"type": "mcp_call", "id": "mcp_1", "name": "roll", "server_label": "dice", "arguments": "{}", "output": "4"},
        {"type": "mcp_list_tools", "id": "l_1", "server_label": "dice", "tools": [{"name": "roll", "input_schema": {}}]},
    ]).output
    assert [type(o) for o in out] == [responses.ResponseOutputItemMcpCall, responses.ResponseOutputItemMcpListTools]
    assert out[1].tools[0].name == "roll"
