"""Request-side types (TypedDicts) of run steps."""

from __future__ import annotations

from typing import List, Literal, Required, TypedDict

from .beta_runs import RunStepInclude

__all__ = [
    # run steps
    "StepRetrieveParams",
    "StepListParams",
]


# -- run steps ---------------------------------------------------------------------------------


class StepRetrieveParams(TypedDict, total=False):
    """The arguments of `beta.threads.runs.steps.retrieve`."""

    thread_id: Required[str]
    run_id: Required[str]
    include: List[RunStepInclude]


class StepListParams(TypedDict, total=False):
    """The arguments of `beta.threads.runs.steps.list`."""

    thread_id: Required[str]
    after: str
    before: str
    include: List[RunStepInclude]
    limit: int
    order: Literal["asc", "desc"]
