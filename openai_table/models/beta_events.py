"""The events of an Assistants stream (`stream=True` on runs and `threads.create_and_run`).

Each event has the SSE event name in ``event`` and its object in ``data``; the union
``AssistantStreamEvent`` is told apart by ``event``.
"""

from __future__ import annotations

from typing import Literal, Optional, Union

from ._base import BaseModel, model
from .beta import Thread
from .beta_runs import RunStep, RunStepDeltaEvent
from .beta_threads import Message, MessageDeltaEvent, Run
from .shared import ErrorObject

__all__ = [
    # thread
    "ThreadCreated",
    # run
    "ThreadRunCreated",
    "ThreadRunQueued",
    "ThreadRunInProgress",
    "ThreadRunRequiresAction",
    "ThreadRunCompleted",
    "ThreadRunIncomplete",
    "ThreadRunFailed",
    "ThreadRunCancelling",
    "ThreadRunCancelled",
    "ThreadRunExpired",
    # run steps
    "ThreadRunStepCreated",
    "ThreadRunStepInProgress",
    "ThreadRunStepDelta",
    "ThreadRunStepCompleted",
    "ThreadRunStepFailed",
    "ThreadRunStepCancelled",
    "ThreadRunStepExpired",
    # messages
    "ThreadMessageCreated",
    "ThreadMessageInProgress",
    "ThreadMessageDelta",
    "ThreadMessageCompleted",
    "ThreadMessageIncomplete",
    # errors, and the union
    "ErrorEvent",
    "AssistantStreamEvent",
]


# -- thread ------------------------------------------------------------------------------------


@model
class ThreadCreated(BaseModel):
    """A new thread exists (first event of `threads.create_and_run`)."""

    data: Thread = None
    event: Literal["thread.created"] = "thread.created"
    enabled: Optional[bool] = None


# -- run ---------------------------------------------------------------------------------------


@model
class ThreadRunCreated(BaseModel):
    """The run was created."""

    data: Run = None
    event: Literal["thread.run.created"] = "thread.run.created"


@model
class ThreadRunQueued(BaseModel):
    """The run is waiting to start."""

    data: Run = None
    event: Literal["thread.run.queued"] = "thread.run.queued"


@model
class ThreadRunInProgress(BaseModel):
    """The run started working."""

    data: Run = None
    event: Literal["thread.run.in_progress"] = "thread.run.in_progress"


@model
class ThreadRunRequiresAction(BaseModel):
    """The run paused until you submit the outputs of the tool calls in `data.required_action`."""

    data: Run = None
    event: Literal["thread.run.requires_action"] = "thread.run.requires_action"


@model
class ThreadRunCompleted(BaseModel):
    """The run finished."""

    data: Run = None
    event: Literal["thread.run.completed"] = "thread.run.completed"


@model
class ThreadRunIncomplete(BaseModel):
    """The run ended early; `data.incomplete_details` says why."""

    data: Run = None
    event: Literal["thread.run.incomplete"] = "thread.run.incomplete"


@model
class ThreadRunFailed(BaseModel):
    """The run failed; `data.last_error` says why."""

    data: Run = None
    event: Literal["thread.run.failed"] = "thread.run.failed"


@model
class ThreadRunCancelling(BaseModel):
    """The run is being cancelled."""

    data: Run = None
    event: Literal["thread.run.cancelling"] = "thread.run.cancelling"


@model
class ThreadRunCancelled(BaseModel):
    """The run was cancelled."""

    data: Run = None
    event: Literal["thread.run.cancelled"] = "thread.run.cancelled"


@model
class ThreadRunExpired(BaseModel):
    """The run expired before it finished."""

    data: Run = None
    event: Literal["thread.run.expired"] = "thread.run.expired"


# -- run steps ---------------------------------------------------------------------------------


@model
class ThreadRunStepCreated(BaseModel):
    """The run began a new step."""

    data: RunStep = None
    event: Literal["thread.run.step.created"] = "thread.run.step.created"


@model
class ThreadRunStepInProgress(BaseModel):
    """A run step is under way."""

    data: RunStep = None
    event: Literal["thread.run.step.in_progress"] = "thread.run.step.in_progress"


@model
class ThreadRunStepDelta(BaseModel):
    """A piece of a run step as it is produced (tool call input, outputs)."""

    data: RunStepDeltaEvent = None
    event: Literal["thread.run.step.delta"] = "thread.run.step.delta"


@model
class ThreadRunStepCompleted(BaseModel):
    """A run step finished."""

    data: RunStep = None
    event: Literal["thread.run.step.completed"] = "thread.run.step.completed"


@model
class ThreadRunStepFailed(BaseModel):
    """A run step failed."""

    data: RunStep = None
    event: Literal["thread.run.step.failed"] = "thread.run.step.failed"


@model
class ThreadRunStepCancelled(BaseModel):
    """A run step was cancelled."""

    data: RunStep = None
    event: Literal["thread.run.step.cancelled"] = "thread.run.step.cancelled"


@model
class ThreadRunStepExpired(BaseModel):
    """A run step expired."""

    data: RunStep = None
    event: Literal["thread.run.step.expired"] = "thread.run.step.expired"


# -- messages ----------------------------------------------------------------------------------


@model
class ThreadMessageCreated(BaseModel):
    """The run started writing a message."""

    data: Message = None
    event: Literal["thread.message.created"] = "thread.message.created"


@model
class ThreadMessageInProgress(BaseModel):
    """A message is being written."""

    data: Message = None
    event: Literal["thread.message.in_progress"] = "thread.message.in_progress"


@model
class ThreadMessageDelta(BaseModel):
    """A piece of a message's content as it is written."""

    data: MessageDeltaEvent = None
    event: Literal["thread.message.delta"] = "thread.message.delta"


@model
class ThreadMessageCompleted(BaseModel):
    """A message is finished."""

    data: Message = None
    event: Literal["thread.message.completed"] = "thread.message.completed"


@model
class ThreadMessageIncomplete(BaseModel):
    """A message ended before it was finished."""

    data: Message = None
    event: Literal["thread.message.incomplete"] = "thread.message.incomplete"


# -- errors, and the union ---------------------------------------------------------------------


@model
class ErrorEvent(BaseModel):
    """The stream hit an error; `data` has its code and message."""

    data: ErrorObject = None
    event: Literal["error"] = "error"


# Any event of an Assistants stream, told apart by `event`.
AssistantStreamEvent = Union[ThreadCreated, ThreadRunCreated, ThreadRunQueued, ThreadRunInProgress, ThreadRunRequiresAction, ThreadRunCompleted, ThreadRunIncomplete, ThreadRunFailed, ThreadRunCancelling, ThreadRunCancelled, ThreadRunExpired, ThreadRunStepCreated, ThreadRunStepInProgress, ThreadRunStepDelta, ThreadRunStepCompleted, ThreadRunStepFailed, ThreadRunStepCancelled, ThreadRunStepExpired, ThreadMessageCreated, ThreadMessageInProgress, ThreadMessageDelta, ThreadMessageCompleted, ThreadMessageIncomplete, ErrorEvent]
