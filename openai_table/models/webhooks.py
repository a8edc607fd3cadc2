"""The events OpenAI sends to your webhook endpoint, one class per event `type`;
`UnwrapWebhookEvent` is their union. Each event's `data` names the object it is about."""

from __future__ import annotations

from typing import List, Literal, Optional, Union

from ._base import BaseModel, model

__all__ = [
    "BatchCompletedWebhookEvent",
    "BatchCompletedWebhookEventData",
    "BatchCancelledWebhookEvent",
    "BatchCancelledWebhookEventData",
    "BatchExpiredWebhookEvent",
    "BatchExpiredWebhookEventData",
    "BatchFailedWebhookEvent",
    "BatchFailedWebhookEventData",
    "EvalRunSucceededWebhookEvent",
    "EvalRunSucceededWebhookEventData",
    "EvalRunFailedWebhookEvent",
    "EvalRunFailedWebhookEventData",
    "EvalRunCanceledWebhookEvent",
    "EvalRunCanceledWebhookEventData",
    "FineTuningJobSucceededWebhookEvent",
    "FineTuningJobSucceededWebhookEventData",
    "FineTuningJobFailedWebhookEvent",
    "FineTuningJobFailedWebhookEventData",
    "FineTuningJobCancelledWebhookEvent",
    "FineTuningJobCancelledWebhookEventData",
    "ResponseCompletedWebhookEvent",
    "ResponseCompletedWebhookEventData",
    "ResponseCancelledWebhookEvent",
    "ResponseCancelledWebhookEventData",
    "ResponseFailedWebhookEvent",
    "ResponseFailedWebhookEventData",
    "ResponseIncompleteWebhookEvent",
    "ResponseIncompleteWebhookEventData",
    "RealtimeCallIncomingWebhookEvent",
    "RealtimeCallIncomingWebhookEventData",
    "DataSipHeader",
    "UnwrapWebhookEvent",
]


# -- batches ---------------------------------------------------------------------------------------

@model
class BatchCompletedWebhookEvent(BaseModel):
    """Webhook event: a batch completed."""

    id: str = None
    created_at: int = None
    data: BatchCompletedWebhookEventData = None
    type: Literal["batch.completed"] = "batch.completed"
    object: Optional[Literal["event"]] = None


@model
class BatchCompletedWebhookEventData(BaseModel):
    """The a batch a `BatchCompletedWebhookEvent` is about (its ID)."""

    id: str = None


@model
class BatchCancelledWebhookEvent(BaseModel):
    """Webhook event: a batch was cancelled."""

    id: str = None
    created_at: int = None
    data: BatchCancelledWebhookEventData = None
    type: Literal["batch.cancelled"] = "batch.cancelled"
    object: Optional[Literal["event"]] = None


@model
class BatchCancelledWebhookEventData(BaseModel):
    """The a batch a `BatchCancelledWebhookEvent` is about (its ID)."""

    id: str = None


@model
class BatchExpiredWebhookEvent(BaseModel):
    """Webhook event: a batch expired."""

    id: str = None
    created_at: int = None
    data: BatchExpiredWebhookEventData = None
    type: Literal["batch.expired"] = "batch.expired"
    object: Optional[Literal["event"]] = None


@model
class BatchExpiredWebhookEventData(BaseModel):
    """The a batch a `BatchExpiredWebhookEvent` is about (its ID)."""

    id: str = None


@model
class BatchFailedWebhookEvent(BaseModel):
    """Webhook event: a batch failed."""

    id: str = None
    created_at: int = None
    data: BatchFailedWebhookEventData = None
    type: Literal["batch.failed"] = "batch.failed"
    object: Optional[Literal["event"]] = None


@model
class BatchFailedWebhookEventData(BaseModel):
    """The a batch a `BatchFailedWebhookEvent` is about (its ID)."""

    id: str = None


# -- evals -----------------------------------------------------------------------------------------

@model
class EvalRunSucceededWebhookEvent(BaseModel):
    """Webhook event: an eval run succeeded."""

    id: str = None
    created_at: int = None
    data: EvalRunSucceededWebhookEventData = None
    type: Literal["eval.run.succeeded"] = "eval.run.succeeded"
    object: Optional[Literal["event"]] = None


@model
class EvalRunSucceededWebhookEventData(BaseModel):
    """The an eval run a `EvalRunSucceededWebhookEvent` is about (its ID)."""

    id: str = None


@model
class EvalRunFailedWebhookEvent(BaseModel):
    """Webhook event: an eval run failed."""

    id: str = None
    created_at: int = None
    data: EvalRunFailedWebhookEventData = None
    type: Literal["eval.run.failed"] = "eval.run.failed"
    object: Optional[Literal["event"]] = None


@model
class EvalRunFailedWebhookEventData(BaseModel):
    """The an eval run a `EvalRunFailedWebhookEvent` is about (its ID)."""

    id: str = None


@model
class EvalRunCanceledWebhookEvent(BaseModel):
    """Webhook event: an eval run was canceled."""

    id: str = None
    created_at: int = None
    data: EvalRunCanceledWebhookEventData = None
    type: Literal["eval.run.canceled"] = "eval.run.canceled"
    object: Optional[Literal["event"]] = None


@model
class EvalRunCanceledWebhookEventData(BaseModel):
    """The an eval run a `EvalRunCanceledWebhookEvent` is about (its ID)."""

    id: str = None


# -- fine-tuning -----------------------------------------------------------------------------------

@model
class FineTuningJobSucceededWebhookEvent(BaseModel):
    """Webhook event: a fine-tuning job succeeded."""

    id: str = None
    created_at: int = None
    data: FineTuningJobSucceededWebhookEventData = None
    type: Literal["fine_tuning.job.succeeded"] = "fine_tuning.job.succeeded"
    object: Optional[Literal["event"]] = None


@model
class FineTuningJobSucceededWebhookEventData(BaseModel):
    """The a fine-tuning job a `FineTuningJobSucceededWebhookEvent` is about (its ID)."""

    id: str = None


@model
class FineTuningJobFailedWebhookEvent(BaseModel):
    """Webhook event: a fine-tuning job failed."""

    id: str = None
    created_at: int = None
    data: FineTuningJobFailedWebhookEventData = None
    type: Literal["fine_tuning.job.failed"] = "fine_tuning.job.failed"
    object: Optional[Literal["event"]] = None


@model
class FineTuningJobFailedWebhookEventData(BaseModel):
    """The a fine-tuning job a `FineTuningJobFailedWebhookEvent` is about (its ID)."""

    id: str = None


@model
class FineTuningJobCancelledWebhookEvent(BaseModel):
    """Webhook event: a fine-tuning job was cancelled."""

    id: str = None
    created_at: int = None
    data: FineTuningJobCancelledWebhookEventData = None
    type: Literal["fine_tuning.job.cancelled"] = "fine_tuning.job.cancelled"
    object: Optional[Literal["event"]] = None


@model
class FineTuningJobCancelledWebhookEventData(BaseModel):
    """The a fine-tuning job a `FineTuningJobCancelledWebhookEvent` is about (its ID)."""

    id: str = None


# -- responses -------------------------------------------------------------------------------------

@model
class ResponseCompletedWebhookEvent(BaseModel):
    """Webhook event: a background response completed."""

    id: str = None
    created_at: int = None
    data: ResponseCompletedWebhookEventData = None
    type: Literal["response.completed"] = "response.completed"
    object: Optional[Literal["event"]] = None


@model
class ResponseCompletedWebhookEventData(BaseModel):
    """The a background response a `ResponseCompletedWebhookEvent` is about (its ID)."""

    id: str = None


@model
class ResponseCancelledWebhookEvent(BaseModel):
    """Webhook event: a background response was cancelled."""

    id: str = None
    created_at: int = None
    data: ResponseCancelledWebhookEventData = None
    type: Literal["response.cancelled"] = "response.cancelled"
    object: Optional[Literal["event"]] = None


@model
class ResponseCancelledWebhookEventData(BaseModel):
    """The a background response a `ResponseCancelledWebhookEvent` is about (its ID)."""

    id: str = None


@model
class ResponseFailedWebhookEvent(BaseModel):
    """Webhook event: a background response failed."""

    id: str = None
    created_at: int = None
    data: ResponseFailedWebhookEventData = None
    type: Literal["response.failed"] = "response.failed"
    object: Optional[Literal["event"]] = None


@model
class ResponseFailedWebhookEventData(BaseModel):
    """The a background response a `ResponseFailedWebhookEvent` is about (its ID)."""

    id: str = None


@model
class ResponseIncompleteWebhookEvent(BaseModel):
    """Webhook event: a background response ended incomplete."""

    id: str = None
    created_at: int = None
    data: ResponseIncompleteWebhookEventData = None
    type: Literal["response.incomplete"] = "response.incomplete"
    object: Optional[Literal["event"]] = None


@model
class ResponseIncompleteWebhookEventData(BaseModel):
    """The a background response a `ResponseIncompleteWebhookEvent` is about (its ID)."""

    id: str = None


# -- realtime --------------------------------------------------------------------------------------

@model
class RealtimeCallIncomingWebhookEvent(BaseModel):
    """Webhook event: a SIP call is coming in to the Realtime API."""

    id: str = None
    created_at: int = None
    data: RealtimeCallIncomingWebhookEventData = None
    type: Literal["realtime.call.incoming"] = "realtime.call.incoming"
    object: Optional[Literal["event"]] = None


@model
class RealtimeCallIncomingWebhookEventData(BaseModel):
    """The incoming call: its ID and SIP headers."""

    call_id: str = None
    sip_headers: List[DataSipHeader] = None


@model
class DataSipHeader(BaseModel):
    """One SIP header of an incoming call."""

    name: str = None
    value: str = None


# -- the union -------------------------------------------------------------------------------------

UnwrapWebhookEvent = Union[
    BatchCancelledWebhookEvent,
    BatchCompletedWebhookEvent,
    BatchExpiredWebhookEvent,
    BatchFailedWebhookEvent,
    EvalRunCanceledWebhookEvent,
    EvalRunFailedWebhookEvent,
    EvalRunSucceededWebhookEvent,
    FineTuningJobCancelledWebhookEvent,
    FineTuningJobFailedWebhookEvent,
    FineTuningJobSucceededWebhookEvent,
    RealtimeCallIncomingWebhookEvent,
    ResponseCancelledWebhookEvent,
    ResponseCompletedWebhookEvent,
    ResponseFailedWebhookEvent,
    ResponseIncompleteWebhookEvent,
]
