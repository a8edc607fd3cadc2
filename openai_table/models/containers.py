"""Code-interpreter containers and the files inside them."""

from __future__ import annotations

from typing import Any, Dict, Optional

from ._base import BaseModel, model

__all__ = [
    # containers
    "ContainerCreateResponseExpiresAfter",
    "ContainerCreateResponse",
    "ContainerRetrieveResponseExpiresAfter",
    "ContainerRetrieveResponse",
    "ContainerListResponseExpiresAfter",
    "ContainerListResponse",
    # container files
    "FileCreateResponse",
    "FileRetrieveResponse",
    "FileListResponse",
]


# -- containers ----------------------------------------------------------------------------------

@model
class ContainerCreateResponseExpiresAfter(BaseModel):
    """When a new container expires: minutes after an anchor time."""

    anchor: Optional[str] = None
    minutes: Optional[int] = None


@model
class ContainerCreateResponse(BaseModel):
    """A container just created."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    name: Optional[str] = None
    object: Optional[str] = None
    status: Optional[str] = None
    expires_after: Optional[ContainerCreateResponseExpiresAfter] = None
    # newer than openai 2.8.1
    last_active_at: Optional[int] = None
    memory_limit: Optional[str] = None  # '1g' | '4g' | '16g' | '64g'
    network_policy: Optional[Dict[str, Any]] = None


@model
class ContainerRetrieveResponseExpiresAfter(BaseModel):
    """When a retrieved container expires: minutes after an anchor time."""

    anchor: Optional[str] = None
    minutes: Optional[int] = None


@model
class ContainerRetrieveResponse(BaseModel):
    """A container, as retrieved by its ID."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    name: Optional[str] = None
    object: Optional[str] = None
    status: Optional[str] = None
    expires_after: Optional[ContainerRetrieveResponseExpiresAfter] = None
    # newer than openai 2.8.1
    last_active_at: Optional[int] = None
    memory_limit: Optional[str] = None  # '1g' | '4g' | '16g' | '64g'
    network_policy: Optional[Dict[str, Any]] = None


@model
class ContainerListResponseExpiresAfter(BaseModel):
    """When a listed container expires: minutes after an anchor time."""

    anchor: Optional[str] = None
    minutes: Optional[int] = None


@model
class ContainerListResponse(BaseModel):
    """One container in a list of containers."""

    id: Optional[str] = None
    created_at: Optional[int] = None
    name: Optional[str] = None
    object: Optional[str] = None
    status: Optional[str] = None
    expires_after: Optional[ContainerListResponseExpiresAfter] = None
    # newer than openai 2.8.1
    last_active_at: Optional[int] = None
    memory_limit: Optional[str] = None  # '1g' | '4g' | '16g' | '64g'
    network_policy: Optional[Dict[str, Any]] = None


# -- container files -----------------------------------------------------------------------------

@model
class FileCreateResponse(BaseModel):
    """A file just added to a container."""

    id: Optional[str] = None
    bytes: Optional[int] = None
    container_id: Optional[str] = None
    created_at: Optional[int] = None
    object: Optional[str] = None  # "container.file"
    path: Optional[str] = None
    source: Optional[str] = None


@model
class FileRetrieveResponse(BaseModel):
    """A container file, as retrieved by its ID."""

    id: Optional[str] = None
    bytes: Optional[int] = None
    container_id: Optional[str] = None
    created_at: Optional[int] = None
    object: Optional[str] = None  # "container.file"
    path: Optional[str] = None
    source: Optional[str] = None


@model
class FileListResponse(BaseModel):
    """One file in a container's file list."""

    id: Optional[str] = None
    bytes: Optional[int] = None
    container_id: Optional[str] = None
    created_at: Optional[int] = None
    object: Optional[str] = None  # "container.file"
    path: Optional[str] = None
    source: Optional[str] = None
