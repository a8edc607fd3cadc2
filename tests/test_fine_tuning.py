"""Fine-tuning (jobs, their events and checkpoints, checkpoint permissions, alpha graders), sync
and async, replayed from cassettes recorded against the spec-validating mock; the spec's example
payloads structured into the right classes; and the wire compared with the official SDK's."""

import json

import httpx
import openai
import pytest

import openai_table
from openai_table.models._base import UnknownModel
from openai_table.pagination import AsyncCursorPage, AsyncPage, SyncCursorPage, SyncPage
from openai_table.types.fine_tuning import (
    DpoMethod,
    FineTuningJob,
    FineTuningJobEvent,
    FineTuningJobWandbIntegrationObject,
    ReinforcementMethod,
    SupervisedMethod,
)
from openai_table.types.fine_tuning.alpha import GraderRunResponse, GraderValidateResponse
from openai_table.types.fine_tuning.checkpoints import (
    PermissionCreateResponse,
    PermissionDeleteResponse,
    PermissionRetrieveResponse,
)
from openai_table.types.fine_tuning.jobs import FineTuningJobCheckpoint
from openai_table.types.graders import MultiGrader, PythonGrader, ScoreModelGrader, StringCheckGrader

from conftest import API_KEY
from _wire import API_KEY as WIRE_KEY, summary

JOB = "ftjob-abc123"
CHECKPOINT = "ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd"
STRING_CHECK = {"type": "string_check", "name": "exact", "input": "{{sample.output_text}}",
                "reference": "{{item.label}}", "operation": "eq"}


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


def is_page(page, sync_cls, async_cls):
    return isinstance(page, (sync_cls, async_cls))


# -- jobs ---------------------------------------------------------------------------------------


def test_jobs_create(api):
    method = {"type": "supervised", "supervised": {"hyperparameters": {"n_epochs": 2, "batch_size": "auto"}}}
    integrations = [{"type": "wandb", "wandb": {"project": "weather", "tags": ["ft"]}}]
    job = api.call(lambda c: c.fine_tuning.jobs.create(
        model="gpt-4o-mini", training_file="file-abc123", method=method, integrations=integrations,
        metadata={"team": "search"}, seed=42, suffix="weather", validation_file=None))
    assert_sent(api, "POST", "/fine_tuning/jobs", body={
        "model": "gpt-4o-mini", "training_file": "file-abc123", "method": method, "integrations": integrations,
        "metadata": {"team": "search"}, "seed": 42, "suffix": "weather", "validation_file": None})
    assert isinstance(job, FineTuningJob)
    assert (job.object, job.status, job.id) == ("fine_tuning.job", "validating_files", "string")
    assert job.error.code == "string"
    assert isinstance(job.integrations[0], FineTuningJobWandbIntegrationObject)
    assert job.integrations[0].wandb.project == "my-wandb-project"
    assert job.method.type == "supervised"
    assert isinstance(job.method.supervised, SupervisedMethod)


def test_jobs_retrieve(api):
    job = api.call(lambda c: c.fine_tuning.jobs.retrieve(JOB))
    assert_sent(api, "GET", f"/fine_tuning/jobs/{JOB}")
    assert isinstance(job, FineTuningJob)
    assert job.object == "fine_tuning.job"


def test_jobs_list_with_metadata_filter(api):
    page = api.call(lambda c: c.fine_tuning.jobs.list(limit=2, metadata={"team": "search", "stage": "prod"}))
    assert_sent(api, "GET", "/fine_tuning/jobs",
                query={"limit": "2", "metadata[team]": "search", "metadata[stage]": "prod"})
    assert is_page(page, SyncCursorPage, AsyncCursorPage)
    assert all(isinstance(j, FineTuningJob) for j in page.data)
    assert page.has_more is True


def test_jobs_list_walks_the_pages(api):
    jobs = api.collect(lambda c: c.fine_tuning.jobs.list(limit=1))
    assert [r.url.params.get("after") for r in api.sent] == [None, "string"]
    assert all(isinstance(j, FineTuningJob) for j in jobs) and len(jobs) == 2


@pytest.mark.parametrize("action", ["cancel", "pause", "resume"])
def test_jobs_actions(api, action):
    job = api.call(lambda c: getattr(c.fine_tuning.jobs, action)(JOB))
    assert_sent(api, "POST", f"/fine_tuning/jobs/{JOB}/{action}")
    assert isinstance(job, FineTuningJob)


def test_jobs_list_events(api):
    page = api.call(lambda c: c.fine_tuning.jobs.list_events(JOB, limit=5, after="ftevent-1"))
    assert_sent(api, "GET", f"/fine_tuning/jobs/{JOB}/events", query={"limit": "5", "after": "ftevent-1"})
    assert is_page(page, SyncCursorPage, AsyncCursorPage)
    event = page.data[0]
    assert isinstance(event, FineTuningJobEvent)
    assert (event.object, event.level, event.type) == ("fine_tuning.job.event", "info", "message")


def test_jobs_checkpoints_list(api):
    page = api.call(lambda c: c.fine_tuning.jobs.checkpoints.list(JOB, limit=3))
    assert_sent(api, "GET", f"/fine_tuning/jobs/{JOB}/checkpoints", query={"limit": "3"})
    checkpoint = page.data[0]
    assert isinstance(checkpoint, FineTuningJobCheckpoint)
    assert checkpoint.object == "fine_tuning.job.checkpoint"
    assert checkpoint.metrics.step == 0


# -- checkpoint permissions ---------------------------------------------------------------------


def test_permissions_create_is_a_page(api):
    page = api.call(lambda c: c.fine_tuning.checkpoints.permissions.create(CHECKPOINT, project_ids=["proj_a", "proj_b"]))
    assert_sent(api, "POST", f"/fine_tuning/checkpoints/{CHECKPOINT}/permissions", body={"project_ids": ["proj_a", "proj_b"]})
    assert is_page(page, SyncPage, AsyncPage)
    permission = page.data[0]
    assert isinstance(permission, PermissionCreateResponse)
    assert permission.object == "checkpoint.permission"
    assert page.has_next_page() is False


def test_permissions_retrieve(api):
    result = api.call(lambda c: c.fine_tuning.checkpoints.permissions.retrieve(
        CHECKPOINT, project_id="proj_a", order="descending", limit=10))
    assert_sent(api, "GET", f"/fine_tuning/checkpoints/{CHECKPOINT}/permissions",
                query={"project_id": "proj_a", "order": "descending", "limit": "10"})
    assert isinstance(result, PermissionRetrieveResponse)
    assert result.object == "list"
    assert result.data[0].object == "checkpoint.permission"


def test_permissions_delete(api):
    result = api.call(lambda c: c.fine_tuning.checkpoints.permissions.delete(
        "cp_abc123", fine_tuned_model_checkpoint=CHECKPOINT))
    assert_sent(api, "DELETE", f"/fine_tuning/checkpoints/{CHECKPOINT}/permissions/cp_abc123")
    assert isinstance(result, PermissionDeleteResponse)
    assert (result.object, result.deleted) == ("checkpoint.permission", True)


# -- alpha graders ------------------------------------------------------------------------------


def test_alpha_graders_run(api):
    result = api.call(lambda c: c.fine_tuning.alpha.graders.run(
        grader=STRING_CHECK, model_sample="Paris", item={"label": "Paris"}))
    assert_sent(api, "POST", "/fine_tuning/alpha/graders/run",
                body={"grader": STRING_CHECK, "model_sample": "Paris", "item": {"label": "Paris"}})
    assert isinstance(result, GraderRunResponse)
    assert result.reward == 0
    assert result.metadata.errors.formula_parse_error is True


def test_alpha_graders_validate(api):
    result = api.call(lambda c: c.fine_tuning.alpha.graders.validate(grader=STRING_CHECK))
    assert_sent(api, "POST", "/fine_tuning/alpha/graders/validate", body={"grader": STRING_CHECK})
    assert isinstance(result, GraderValidateResponse)
    assert isinstance(result.grader, StringCheckGrader)


# -- the spec's example payloads ----------------------------------------------------------------


def test_grader_unions_structure_by_type():
    for payload, cls in [
        (STRING_CHECK, StringCheckGrader),
        ({"type": "python", "name": "p", "source": "def grade(s, i): return 1"}, PythonGrader),
        ({"type": "score_model", "name": "s", "model": "gpt-4o", "range": [0, 1],
          "input": [{"role": "user", "content": "Score {{sample.output_text}}"}]}, ScoreModelGrader),
        ({"type": "multi", "name": "m", "calculate_output": "a", "graders": {"type": "string_check", "name": "a"}}, MultiGrader),
    ]:
        result = GraderValidateResponse.construct(grader=payload)
        assert type(result.grader) is cls
    multi = GraderValidateResponse.construct(grader={"type": "multi", "graders": STRING_CHECK}).grader
    assert isinstance(multi.graders, StringCheckGrader)
    unknown = GraderValidateResponse.construct(grader={"type": "a_new_grader", "knob": 3}).grader
    assert isinstance(unknown, UnknownModel) and unknown.knob == 3


def test_grader_run_example_payload():
    result = GraderRunResponse.construct(**{
        "reward": 1.0,
        "metadata": {"name": "Example score model grader", "type": "score_model",
                     "errors": {"formula_parse_error": False, "model_grader_server_error_details": None},
                     "execution_time": 4.36, "scores": {}, "sampled_model_name": "gpt-4o-2024-08-06",
                     "token_usage": {"prompt_tokens": 190, "total_tokens": 324}},
        "sub_rewards": {},
        "model_grader_token_usage_per_model": {"gpt-4o-2024-08-06": {"total_tokens": 324}},
    })
    assert result.reward == 1.0
    assert result.metadata.errors.formula_parse_error is False
    assert result.model_grader_token_usage_per_model == {"gpt-4o-2024-08-06": {"total_tokens": 324}}
    assert result.to_dict()["model_grader_token_usage_per_model"]["gpt-4o-2024-08-06"]["total_tokens"] == 324


def test_fine_tuning_job_example_payload():
    job = FineTuningJob.construct(**{
        "object": "fine_tuning.job", "id": "ftjob-abc123", "model": "gpt-4o-mini-2024-07-18",
        "created_at": 1721764800, "status": "succeeded", "fine_tuned_model": "ft:gpt-4o-mini:openai::JWgsI7zs",
        "training_file": "file-abc123", "result_files": ["file-res"], "trained_tokens": 5768,
        "metadata": {"key": "value"},
        "method": {"type": "reinforcement", "reinforcement": {
            "grader": {"type": "score_model", "name": "g", "model": "o3-mini", "input": []},
            "hyperparameters": {"n_epochs": "auto", "reasoning_effort": "medium"}}},
    })
    assert job.metadata == {"key": "value"}
    assert isinstance(job.method.reinforcement, ReinforcementMethod)
    assert isinstance(job.method.reinforcement.grader, ScoreModelGrader)
    assert job.method.reinforcement.hyperparameters.n_epochs == "auto"
    dpo = FineTuningJob.construct(method={"type": "dpo", "dpo": {"hyperparameters": {"beta": 0.1}}})
    assert isinstance(dpo.method.dpo, DpoMethod) and dpo.method.dpo.hyperparameters.beta == 0.1


# -- the wire, against the official SDK ---------------------------------------------------------


def _sent(package, call, reply):
    seen = []

    def handle(request):
        request.read()
        seen.append(request)
        return httpx.Response(200, json=reply)

    client = package.OpenAI(api_key=WIRE_KEY, max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(handle)))
    result = call(client)
    return seen, result


@pytest.mark.parametrize("name,call,reply", [
    ("jobs.list(metadata=...)", lambda c: c.fine_tuning.jobs.list(after="ftjob-1", limit=2, metadata={"team": "a b", "x": "1"}),
     {"object": "list", "data": [], "has_more": False}),
    ("permissions.create", lambda c: c.fine_tuning.checkpoints.permissions.create(CHECKPOINT, project_ids=["proj_a"]),
     {"object": "list", "data": [{"id": "cp_1", "object": "checkpoint.permission", "project_id": "proj_a", "created_at": 1}],
      "has_more": False}),
    ("permissions.delete", lambda c: c.fine_tuning.checkpoints.permissions.delete("cp_1", fine_tuned_model_checkpoint=CHECKPOINT),
     {"id": "cp_1", "object": "checkpoint.permission", "deleted": True}),
    ("jobs.create", lambda c: c.fine_tuning.jobs.create(model="gpt-4o-mini", training_file="file-1", seed=None,
                                                         hyperparameters={"n_epochs": 3}), {"id": "ftjob-1"}),
    ("jobs.pause", lambda c: c.fine_tuning.jobs.pause("ftjob-1"), {"id": "ftjob-1"}),
])
def test_same_wire_as_official(name, call, reply):
    ours, our_result = _sent(openai_table, call, reply)
    theirs, their_result = _sent(openai, call, reply)
    assert [summary(r) for r in ours] == [summary(r) for r in theirs]
    assert [r.headers.get("openai-beta") for r in ours] == [r.headers.get("openai-beta") for r in theirs]
    dump = (lambda r: r.to_dict() if not hasattr(r, "data") else [d.to_dict() for d in r.data])
    assert dump(our_result) == json.loads(json.dumps(dump(their_result)))
