"""Response types of the legacy /completions endpoint."""

from typing import Dict, List, Optional

from ._base import BaseModel, model
from .shared import CompletionUsage

__all__ = ["Completion", "CompletionChoice", "Logprobs"]


@model
class Logprobs(BaseModel):
    """Per-token log probabilities of a completion choice."""

    text_offset: Optional[List[int]] = None
    token_logprobs: Optional[List[float]] = None
    tokens: Optional[List[str]] = None
    top_logprobs: Optional[List[Dict[str, float]]] = None


@model
class CompletionChoice(BaseModel):
    """One generated text."""

    finish_reason: Optional[str] = None  # stop | length | content_filter
    index: Optional[int] = None
    logprobs: Optional[Logprobs] = None
    text: Optional[str] = None


@model
class Completion(BaseModel):
    """A text completion (also each event of a streamed one)."""

    id: Optional[str] = None
    choices: Optional[List[CompletionChoice]] = None
    created: Optional[int] = None
    model: Optional[str] = None
    object: Optional[str] = None  # "text_completion"
    system_fingerprint: Optional[str] = None
    usage: Optional[CompletionUsage] = None
