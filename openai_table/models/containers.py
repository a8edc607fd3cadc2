"""Code-interpreter containers and the files inside them."""

from __future__ import annotations

from typing import Any, Dict, Literal, Optional

from ._base import BaseModel, model

__all__ = [
    # containers
    'ContainerExpiresAfter',
    "ContainerCreateResponseExpiresAfter",
    'Container',
    "ContainerCreateResponse",
    "ContainerRetrieveResponseExpiresAfter",
    "ContainerRetrieveResponse",
    "ContainerListResponseExpiresAfter",
    "ContainerListResponse",
    # container files
    'ContainerFile',
    "FileCreateResponse",
    "FileRetrieveResponse",
    "FileListResponse",
]


# -- containers ----------------------------------------------------------------------------------

@model
class ContainerExpiresAfter(BaseModel):
    """When a new container expires: minutes after an anchor time."""

    anchor: Optional[Literal["last_active_at"]] = None
    minutes: Optional[int] = None


@model
class Container(BaseModel):
    """A container, as `containers.create()`, `retrieve()` and `list()` return it."""

    id: str = None
    created_at: int = None
    name: str = None
    object: str = None
    status: str = None
    expires_after: Optional[ContainerExpiresAfter] = None
    # newer than openai 2.8.1
    last_active_at: Optional[int] = None
    memory_limit: Optional[str] = None  # '1g' | '4g' | '16g' | '64g'
    network_policy: Optional[Dict[str, Any]] = None


# -- container files -----------------------------------------------------------------------------

@model
class ContainerFile(BaseModel):
    """A file in a container, as `containers.files.create()`, `retrieve()` and `list()` return it."""

    id: str = None
    bytes: int = None
    container_id: str = None
    created_at: int = None
    object: Literal["container.file"] = None  # "container.file"
    path: str = None
    source: str = None


# -- the official names, one per method or container, for the shapes above -----------------------


ContainerCreateResponseExpiresAfter = ContainerExpiresAfter
ContainerCreateResponse = Container
ContainerRetrieveResponseExpiresAfter = ContainerExpiresAfter
ContainerRetrieveResponse = Container
ContainerListResponseExpiresAfter = ContainerExpiresAfter
ContainerListResponse = Container
FileCreateResponse = ContainerFile
FileRetrieveResponse = ContainerFile
FileListResponse = ContainerFile
