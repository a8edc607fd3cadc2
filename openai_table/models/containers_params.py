"""Request-side types of `client.containers` and `client.containers.files`."""

from __future__ import annotations

from typing import Any, Dict, Iterable, Literal, Required, Sequence, TypedDict

from .params import FileTypes

__all__ = [
    # containers
    "ExpiresAfter",
    "ContainerCreateParams",
    "ContainerListParams",
    # container files
    "FileCreateParams",
    "FileListParams",
]


# -- containers ----------------------------------------------------------------------------------

class ExpiresAfter(TypedDict, total=False):
    """How long an idle container lives: minutes after its last activity."""

    anchor: Required[Literal["last_active_at"]]
    minutes: Required[int]


class ContainerCreateParams(TypedDict, total=False):
    """Arguments of `containers.create`."""

    name: Required[str]
    expires_after: ExpiresAfter
    file_ids: Sequence[str]
    # newer than openai 2.8.1
    memory_limit: Literal["1g", "4g", "16g", "64g"]
    network_policy: Dict[str, Any]
    skills: Iterable[Dict[str, Any]]


class ContainerListParams(TypedDict, total=False):
    """Arguments of `containers.list`."""

    after: str
    limit: int
    order: Literal["asc", "desc"]
    name: str  # newer than openai 2.8.1


# -- container files -----------------------------------------------------------------------------

class FileCreateParams(TypedDict, total=False):
    """Arguments of `containers.files.create`: upload a file, or copy one by ID."""

    file: FileTypes
    file_id: str


class FileListParams(TypedDict, total=False):
    """Arguments of `containers.files.list`."""

    after: str
    limit: int
    order: Literal["asc", "desc"]
