"""Response types of the legacy /completions endpoint."""

from typing import Dict, List, Literal, Optional

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

    finish_reason: Literal["stop", "length", "content_filter"] = None  # stop | length | content_filter
    index: int = None
    logprobs: Optional[Logprobs] = None
    text: str = None


@model
class Completion(BaseModel):
    """A text completion (also each event of a streamed one)."""

    id: str = None
    choices: List[CompletionChoice] = None
    created: int = None
    model: str = None
    object: Literal["text_completion"] = None  # "text_completion"
    system_fingerprint: Optional[str] = None
    usage: Optional[CompletionUsage] = None
