"""The events OpenAI sends to your webhook endpoint, one class per event `type`;
`UnwrapWebhookEvent` is their union. Each event's `data` names the object it is about."""

from __future__ import annotations

from typing import List, Optional, Union

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

    id: Optional[str] = None
    created_at: Optional[int] = None
    data: Optional[BatchCompletedWebhookEventData] = None
    type: str = "batch.completed"
    object: Optional[str] = None


@model
class BatchCompletedWebhookEventData(BaseModel):
    """The a batch a `BatchCompletedWebhookEvent` is about (its ID)."""

    id: Optional[str] = None


@model
class BatchCancelledWebhookEvent(BaseModel):
    """Webhook event: a batch was cancelled."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data: Optional[BatchCancelledWebhookEventData] = None
    type: str = "batch.cancelled"
    object: Optional[str] = None


@model
class BatchCancelledWebhookEventData(BaseModel):
    """The a batch a `BatchCancelledWebhookEvent` is about (its ID)."""

    id: Optional[str] = None


@model
class BatchExpiredWebhookEvent(BaseModel):
    """Webhook event: a batch expired."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data: Optional[BatchExpiredWebhookEventData] = None
    type: str = "batch.expired"
    object: Optional[str] = None


@model
class BatchExpiredWebhookEventData(BaseModel):
    """The a batch a `BatchExpiredWebhookEvent` is about (its ID)."""

    id: Optional[str] = None


@model
class BatchFailedWebhookEvent(BaseModel):
    """Webhook event: a batch failed."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data: Optional[BatchFailedWebhookEventData] = None
    type: str = "batch.failed"
    object: Optional[str] = None


@model
class BatchFailedWebhookEventData(BaseModel):
    """The a batch a `BatchFailedWebhookEvent` is about (its ID)."""

    id: Optional[str] = None


# -- evals -----------------------------------------------------------------------------------------

@model
class EvalRunSucceededWebhookEvent(BaseModel):
    """Webhook event: an eval run succeeded."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data: Optional[EvalRunSucceededWebhookEventData] = None
    type: str = "eval.run.succeeded"
    object: Optional[str] = None


@model
class EvalRunSucceededWebhookEventData(BaseModel):
    """The an eval run a `EvalRunSucceededWebhookEvent` is about (its ID)."""

    id: Optional[str] = None


@model
class EvalRunFailedWebhookEvent(BaseModel):
    """Webhook event: an eval run failed."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data: Optional[EvalRunFailedWebhookEventData] = None
    type: str = "eval.run.failed"
    object: Optional[str] = None


@model
class EvalRunFailedWebhookEventData(BaseModel):
    """The an eval run a `EvalRunFailedWebhookEvent` is about (its ID)."""

    id: Optional[str] = None


@model
class EvalRunCanceledWebhookEvent(BaseModel):
    """Webhook event: an eval run was canceled."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data: Optional[EvalRunCanceledWebhookEventData] = None
    type: str = "eval.run.canceled"
    object: Optional[str] = None


@model
class EvalRunCanceledWebhookEventData(BaseModel):
    """The an eval run a `EvalRunCanceledWebhookEvent` is about (its ID)."""

    id: Optional[str] = None


# -- fine-tuning -----------------------------------------------------------------------------------

@model
class FineTuningJobSucceededWebhookEvent(BaseModel):
    """Webhook event: a fine-tuning job succeeded."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data: Optional[FineTuningJobSucceededWebhookEventData] = None
    type: str = "fine_tuning.job.succeeded"
    object: Optional[str] = None


@model
class FineTuningJobSucceededWebhookEventData(BaseModel):
    """The a fine-tuning job a `FineTuningJobSucceededWebhookEvent` is about (its ID)."""

    id: Optional[str] = None


@model
class FineTuningJobFailedWebhookEvent(BaseModel):
    """Webhook event: a fine-tuning job failed."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data: Optional[FineTuningJobFailedWebhookEventData] = None
    type: str = "fine_tuning.job.failed"
    object: Optional[str] = None


@model
class FineTuningJobFailedWebhookEventData(BaseModel):
    """The a fine-tuning job a `FineTuningJobFailedWebhookEvent` is about (its ID)."""

    id: Optional[str] = None


@model
class FineTuningJobCancelledWebhookEvent(BaseModel):
    """Webhook event: a fine-tuning job was cancelled."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data: Optional[FineTuningJobCancelledWebhookEventData] = None
    type: str = "fine_tuning.job.cancelled"
    object: Optional[str] = None


@model
class FineTuningJobCancelledWebhookEventData(BaseModel):
    """The a fine-tuning job a `FineTuningJobCancelledWebhookEvent` is about (its ID)."""

    id: Optional[str] = None


# -- responses -------------------------------------------------------------------------------------

@model
class ResponseCompletedWebhookEvent(BaseModel):
    """Webhook event: a background response completed."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data: Optional[ResponseCompletedWebhookEventData] = None
    type: str = "response.completed"
    object: Optional[str] = None


@model
class ResponseCompletedWebhookEventData(BaseModel):
    """The a background response a `ResponseCompletedWebhookEvent` is about (its ID)."""

    id: Optional[str] = None


@model
class ResponseCancelledWebhookEvent(BaseModel):
    """Webhook event: a background response was cancelled."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data: Optional[ResponseCancelledWebhookEventData] = None
    type: str = "response.cancelled"
    object: Optional[str] = None


@model
class ResponseCancelledWebhookEventData(BaseModel):
    """The a background response a `ResponseCancelledWebhookEvent` is about (its ID)."""

    id: Optional[str] = None


@model
class ResponseFailedWebhookEvent(BaseModel):
    """Webhook event: a background response failed."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data: Optional[ResponseFailedWebhookEventData] = None
    type: str = "response.failed"
    object: Optional[str] = None


@model
class ResponseFailedWebhookEventData(BaseModel):
    """The a background response a `ResponseFailedWebhookEvent` is about (its ID)."""

    id: Optional[str] = None


@model
class ResponseIncompleteWebhookEvent(BaseModel):
    """Webhook event: a background response ended incomplete."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data: Optional[ResponseIncompleteWebhookEventData] = None
    type: str = "response.incomplete"
    object: Optional[str] = None


@model
class ResponseIncompleteWebhookEventData(BaseModel):
    """The a background response a `ResponseIncompleteWebhookEvent` is about (its ID)."""

    id: Optional[str] = None


# -- realtime --------------------------------------------------------------------------------------

@model
class RealtimeCallIncomingWebhookEvent(BaseModel):
    """Webhook event: a SIP call is coming in to the Realtime API."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    data: Optional[RealtimeCallIncomingWebhookEventData] = None
    type: str = "realtime.call.incoming"
    object: Optional[str] = None


@model
class RealtimeCallIncomingWebhookEventData(BaseModel):
    """The incoming call: its ID and SIP headers."""

    call_id: Optional[str] = None
    sip_headers: Optional[List[DataSipHeader]] = None


@model
class DataSipHeader(BaseModel):
    """One SIP header of an incoming call."""

    name: Optional[str] = None
    value: Optional[str] = None


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
