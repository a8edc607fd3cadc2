"""Named SSE events: Assistants streams (`event: thread.run.created` + data) become objects with
`.event` and `.data`, told apart by a union tagged on `event`; the bare families (`response.*`,
`transcript.*`, `image_generation.*`) are structured as they are, by their `type`; error events.
The models here are a tiny test-only set."""

import textwrap
from typing import Union

import httpx
import openai
import pytest

from openai_table import APIError, TableError
from openai_table._converter import structure
from openai_table._table import load_table
from openai_table.models._base import BaseModel, UnknownModel, model

from _mock import clean_env  # noqa: F401  (autouse)
from _wire import API_KEY, awire, wire
import openai_table


@model
class Run(BaseModel):
    id: str = None
    status: str = None


@model
class RunCreated(BaseModel):
    event: str = "thread.run.created"
    data: Run = None


@model
class RunCompleted(BaseModel):
    event: str = "thread.run.completed"
    data: Run = None


@model
class ErrorObject(BaseModel):
    code: str = None
    message: str = None


@model
class ErrorEvent(BaseModel):
    event: str = "error"
    data: ErrorObject = None


AssistantEvent = Union[RunCreated, RunCompleted, ErrorEvent]


@model
class ResponseCreated(BaseModel):
    type: str = "response.created"
    sequence_number: int = None


@model
class ResponseErrorEvent(BaseModel):
    type: str = "error"
    message: str = None


@model
class TranscriptDelta(BaseModel):
    type: str = "transcript.text.delta"
    delta: str = None


@model
class TranscriptDone(BaseModel):
    type: str = "transcript.text.done"
    text: str = None


@model
class ImagePartial(BaseModel):
    type: str = "image_generation.partial_image"
    partial_image_index: int = None


ResponseEvent = Union[ResponseCreated, ResponseErrorEvent]
TranscriptEvent = Union[TranscriptDelta, TranscriptDone]
ImageEvent = Union[ImagePartial, TranscriptDone]

TABLE = """\
demo:
  runs:
    post: /threads/{thread_id}/runs
    path: {thread_id: str}
    body: {assistant_id: str!, stream: bool}
    returns: test_engine_events:Run
    stream: test_engine_events:AssistantEvent
  responses:
    post: /responses
    body: {model: str, stream: bool}
    returns: test_engine_events:ResponseCreated
    stream: test_engine_events:ResponseEvent
  transcripts:
    post: /audio/transcriptions
    body: {model: str, stream: bool}
    returns: test_engine_events:TranscriptDone
    stream: test_engine_events:TranscriptEvent
  images:
    post: /images/generations
    body: {model: str, stream: bool}
    returns: test_engine_events:ImagePartial
    stream: test_engine_events:ImageEvent
  chunks:
    post: /chunks
    body: {stream: bool}
    returns: test_engine_events:Run
    stream: test_engine_events:Run
"""


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "demo.yaml"
    path.write_text(textwrap.dedent(TABLE))
    return [path]


def sse(*events):
    out = b""
    for name, data in events:
        out += (f"event: {name}\n" if name else "").encode() + f"data: {data}\n\n".encode()
    return lambda request: httpx.Response(200, content=out, headers={"content-type": "text/event-stream"})


ASSISTANT = sse(("thread.run.created", '{"id": "run_1", "object": "thread.run", "status": "queued"}'),
                ("thread.run.completed", '{"id": "run_1", "object": "thread.run", "status": "completed"}'),
                ("thread.run.someday", '{"id": "x"}'),
                ("error", '{"code": "server_error", "message": "hiccup"}'),
                ("done", "[DONE]"))


def events(table, call, reply):
    out = []
    wire(openai_table, lambda c: out.extend(call(c.demo)), reply, endpoints=table)
    return out


def test_assistants_stream_wraps_named_events(table):
    got = events(table, lambda d: d.runs("thread_1", assistant_id="asst_1", stream=True), ASSISTANT)
    assert [type(e) for e in got] == [RunCreated, RunCompleted, UnknownModel, ErrorEvent]
    assert [(e.event, e.data.id if isinstance(e.data, Run) else e.data) for e in got[:2]] == [
        ("thread.run.created", "run_1"), ("thread.run.completed", "run_1")]
    assert got[1].data.status == "completed" and got[1].data.object == "thread.run"  # unknown fields kept
    assert (got[2].event, got[2].data) == ("thread.run.someday", {"id": "x"})  # unknown tag: data kept
    assert got[3].data.message == "hiccup"
    assert got[0].to_dict() == {"event": "thread.run.created", "data": {"id": "run_1", "object": "thread.run", "status": "queued"}}


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # the official Assistants API warns
def test_assistants_stream_as_official(table):
    theirs = []
    wire(openai, lambda c: theirs.extend(c.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True)), sse(*[
        ("thread.run.created", '{"id": "run_1", "object": "thread.run", "status": "queued"}'),
        ("thread.run.completed", '{"id": "run_1", "object": "thread.run", "status": "completed"}'), ("done", "[DONE]")]))
    ours = events(table, lambda d: d.runs("thread_1", assistant_id="asst_1", stream=True), ASSISTANT)
    assert [(e.event, e.data.id, e.data.status) for e in theirs] == [(e.event, e.data.id, e.data.status) for e in ours[:2]]


def test_error_payload_raises_in_every_family(table):
    reply = sse(("thread.run.created", '{"id": "run_1"}'), ("error", '{"error": {"message": "overloaded", "type": "server_error"}}'))
    with pytest.raises(APIError) as e:
        events(table, lambda d: d.runs("t", assistant_id="a", stream=True), reply)
    assert e.value.message == "overloaded" and e.value.body == {"message": "overloaded", "type": "server_error"}
    with pytest.raises(APIError, match="boom"):
        events(table, lambda d: d.responses(stream=True), sse(("response.created", '{"type": "response.created", "error": {"message": "boom"}}')))


def test_responses_events_bare_and_error_event_yielded(table):
    reply = sse(("response.created", '{"type": "response.created", "sequence_number": 0}'),
                ("response.future_thing", '{"type": "response.future_thing", "x": 1}'),
                ("error", '{"type": "error", "message": "rate limited"}'))
    got = events(table, lambda d: d.responses(stream=True), reply)
    assert [type(e) for e in got] == [ResponseCreated, UnknownModel, ResponseErrorEvent]
    assert (got[1].type, got[1].x, got[2].message) == ("response.future_thing", 1, "rate limited")
    theirs = []
    wire(openai, lambda c: theirs.extend(c.responses.create(model="m", input="x", stream=True)), reply)
    assert [e.type for e in theirs] == [e.type for e in got]  # the official SDK yields the error event too


def test_transcript_and_image_families_are_bare(table):
    got = events(table, lambda d: d.transcripts(stream=True), sse(
        ("transcript.text.delta", '{"type": "transcript.text.delta", "delta": "he"}'), (None, '{"type": "transcript.text.done", "text": "hello"}')))
    assert [(type(e), e.type) for e in got] == [(TranscriptDelta, "transcript.text.delta"), (TranscriptDone, "transcript.text.done")]
    got = events(table, lambda d: d.images(stream=True), sse(("image_generation.partial_image", '{"type": "image_generation.partial_image", "partial_image_index": 0}')))
    assert [e.partial_image_index for e in got] == [0]


def test_event_error_without_a_member_for_it_raises(table):
    with pytest.raises(APIError, match="overloaded") as e:
        events(table, lambda d: d.chunks(stream=True), sse((None, '{"id": "c1"}'), ("error", '{"message": "overloaded"}')))
    assert e.value.body == {"message": "overloaded"}


async def test_async_assistants_stream(table):
    got = []

    async def call(c):
        got.extend([e async for e in await c.demo.runs("thread_1", assistant_id="asst_1", stream=True)])

    await awire(openai_table, call, ASSISTANT, endpoints=table)
    assert [e.event for e in got] == ["thread.run.created", "thread.run.completed", "thread.run.someday", "error"]


# -- the converter's union rule ------------------------------------------------------------------


def test_union_tagged_by_event_structures_directly():
    obj = structure({"event": "thread.run.completed", "data": {"id": "r", "status": "completed"}}, AssistantEvent)
    assert isinstance(obj, RunCompleted) and obj.data == Run(id="r", status="completed")
    assert isinstance(structure({"event": "nope"}, AssistantEvent), UnknownModel)
    assert isinstance(structure({"type": "response.created"}, ResponseEvent), ResponseCreated)


def test_union_without_a_common_tag_fails_clearly():
    @model
    class Untagged(BaseModel):
        data: Run = None

    with pytest.raises(TypeError, match="Untagged: every model in a union needs a default `type` tag"):
        structure({"event": "x"}, Union[RunCreated, Untagged])
    # some members tagged by `type`: all must be, even if all have an `event`
    with pytest.raises(TypeError, match="RunCreated, RunCompleted: every model"):
        structure({}, Union[RunCreated, RunCompleted, ResponseCreated])


def test_table_accepts_unions_of_models_only(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text("demo:\n  x:\n    get: /x\n    returns: test_engine_events:ResponseEvent\n")
    load_table([path])
    path.write_text("demo:\n  x:\n    get: /x\n    returns: typing:Optional\n")
    with pytest.raises(TableError, match="is not a model class"):
        load_table([path])
    path.write_text("demo:\n  x:\n    get: /x\n    returns: test_engine_events:NotModels\n")
    with pytest.raises(TableError, match="NotModels is not a model class in each member of its Union"):
        load_table([path])


NotModels = Union[Run, int]
