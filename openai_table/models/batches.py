"""Response types of the /batches endpoints."""

from typing import Dict, List, Literal, Optional

from ._base import BaseModel, model

__all__ = [
    "Batch",
    "BatchError",
    "Errors",
    "BatchRequestCounts",
    "BatchUsage",
    "InputTokensDetails",
    "OutputTokensDetails",
]


@model
class BatchError(BaseModel):
    """Why one line of a batch input file was rejected."""

    code: Optional[str] = None
    line: Optional[int] = None
    message: Optional[str] = None
    param: Optional[str] = None


@model
class Errors(BaseModel):
    """The list of a batch's validation errors."""

    data: Optional[List[BatchError]] = None
    object: Optional[str] = None


@model
class BatchRequestCounts(BaseModel):
    """How many requests of a batch are done, failed and in total."""

    completed: int = None
    failed: int = None
    total: int = None


@model
class InputTokensDetails(BaseModel):
    """How a batch's input tokens break down."""

    cached_tokens: int = None


@model
class OutputTokensDetails(BaseModel):
    """How a batch's output tokens break down."""

    reasoning_tokens: int = None


@model
class BatchUsage(BaseModel):
    """Token counts of a whole batch."""

    input_tokens: int = None
    input_tokens_details: InputTokensDetails = None
    output_tokens: int = None
    output_tokens_details: OutputTokensDetails = None
    total_tokens: int = None


@model
class Batch(BaseModel):
    """A batch job."""

    id: str = None
    completion_window: str = None
    created_at: int = None
    endpoint: str = None
    input_file_id: str = None
    object: Literal["batch"] = None  # "batch"
    # validating | failed | in_progress | finalizing | completed | expired | cancelling | cancelled
    status: Literal["validating", "failed", "in_progress", "finalizing", "completed", "expired", "cancelling", "cancelled"] = None
    cancelled_at: Optional[int] = None
    cancelling_at: Optional[int] = None
    completed_at: Optional[int] = None
    error_file_id: Optional[str] = None
    errors: Optional[Errors] = None
    expired_at: Optional[int] = None
    expires_at: Optional[int] = None
    failed_at: Optional[int] = None
    finalizing_at: Optional[int] = None
    in_progress_at: Optional[int] = None
    metadata: Optional[Dict[str, str]] = None
    model: Optional[str] = None
    output_file_id: Optional[str] = None
    request_counts: Optional[BatchRequestCounts] = None
    usage: Optional[BatchUsage] = None
