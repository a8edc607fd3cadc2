"""Request-side types of the Conversations API (`TypedDict`s: plain dicts at runtime). Content
parts are the Responses API's, under the names the conversations package gives them."""

from __future__ import annotations

from typing import Iterable, List, Literal, Optional, Required, TypedDict

from .responses import ResponseIncludable
from .responses_params import (
    ResponseInputFileParam,
    ResponseInputImageParam,
    ResponseInputItemParam,
    ResponseInputTextParam,
    ResponseOutputRefusalParam,
    ResponseOutputTextParam,
)
from .shared_params import Metadata

__all__ = [
    "ConversationCreateParams",
    "ConversationUpdateParams",
    "ItemCreateParams",
    "ItemListParams",
    "ItemRetrieveParams",
    "InputFileContentParam",
    "InputImageContentParam",
    "InputTextContentParam",
    "OutputTextContentParam",
    "RefusalContentParam",
]


# -- method params ---------------------------------------------------------------------------------

class ConversationCreateParams(TypedDict, total=False):
    """Params of `conversations.create`."""

    items: Optional[Iterable[ResponseInputItemParam]]
    metadata: Optional[Metadata]


class ConversationUpdateParams(TypedDict, total=False):
    """Params of `conversations.update`."""

    metadata: Required[Optional[Metadata]]


class ItemCreateParams(TypedDict, total=False):
    """Params of `conversations.items.create`."""

    items: Required[Iterable[ResponseInputItemParam]]
    include: List[ResponseIncludable]


class ItemListParams(TypedDict, total=False):
    """Query params of `conversations.items.list`."""

    after: str
    include: List[ResponseIncludable]
    limit: int
    order: Literal["asc", "desc"]


class ItemRetrieveParams(TypedDict, total=False):
    """Params of `conversations.items.retrieve`."""

    conversation_id: Required[str]
    include: List[ResponseIncludable]


# -- unions and aliases ----------------------------------------------------------------------------

InputFileContentParam = ResponseInputFileParam
InputImageContentParam = ResponseInputImageParam
InputTextContentParam = ResponseInputTextParam
OutputTextContentParam = ResponseOutputTextParam
RefusalContentParam = ResponseOutputRefusalParam
