"""Response types used by more than one resource."""

from typing import Dict, Optional

from ._base import BaseModel, model

__all__ = [
    "CompletionUsage",
    "CompletionTokensDetails",
    "PromptTokensDetails",
    "ErrorObject",
    "Metadata",
    "ChatModel",
]

# Up to 16 string pairs the caller attached to an object.
Metadata = Dict[str, str]
# A chat model id ("gpt-4o", ...); any string the API accepts.
ChatModel = str


@model
class CompletionTokensDetails(BaseModel):
    """How the completion tokens break down."""

    accepted_prediction_tokens: Optional[int] = None
    audio_tokens: Optional[int] = None
    reasoning_tokens: Optional[int] = None
    rejected_prediction_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


@model
class PromptTokensDetails(BaseModel):
    """How the prompt tokens break down."""

    audio_tokens: Optional[int] = None
    cached_tokens: Optional[int] = None
    text_tokens: Optional[int] = None
    image_tokens: Optional[int] = None
    cache_write_tokens: Optional[int] = None


@model
class CompletionUsage(BaseModel):
    """Token counts of a (chat) completion request."""

    completion_tokens: Optional[int] = None
    prompt_tokens: Optional[int] = None
    total_tokens: Optional[int] = None
    completion_tokens_details: Optional[CompletionTokensDetails] = None
    prompt_tokens_details: Optional[PromptTokensDetails] = None


@model
class ErrorObject(BaseModel):
    """An error as the API describes it in a response body."""

    code: Optional[str] = None
    message: Optional[str] = None
    param: Optional[str] = None
    type: Optional[str] = None
