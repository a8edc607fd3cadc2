"""Image responses: generated or edited images, and the partial-image events of streamed calls."""

from __future__ import annotations

from typing import List, Literal, Optional, Union

from ._base import BaseModel, model

__all__ = [
    # models
    "ImageModel",
    # response
    "Image",
    "ImagesResponseUsageInputTokensDetails",
    "ImagesResponseUsage",
    "ImagesResponse",
    # generation stream events
    "ImageGenPartialImageEvent",
    "ImageGenCompletedEventUsageInputTokensDetails",
    "ImageGenCompletedEventUsage",
    "ImageGenCompletedEvent",
    "ImageGenStreamEvent",
    # edit stream events
    "ImageEditPartialImageEvent",
    "ImageEditCompletedEventUsageInputTokensDetails",
    "ImageEditCompletedEventUsage",
    "ImageEditCompletedEvent",
    "ImageEditStreamEvent",
]


# -- models --------------------------------------------------------------------------------------

ImageModel = Literal["dall-e-2", "dall-e-3", "gpt-image-1", "gpt-image-1-mini"]


# -- response ------------------------------------------------------------------------------------

@model
class Image(BaseModel):
    """One image of a response: a URL or base64 data, and the prompt the model actually used."""

    b64_json: Optional[str] = None
    revised_prompt: Optional[str] = None
    url: Optional[str] = None


@model
class ImagesResponseUsageInputTokensDetails(BaseModel):
    """How an image call's input tokens split between image and text."""

    image_tokens: int = None
    text_tokens: int = None


@model
class ImagesResponseUsage(BaseModel):
    """Token usage of an image call (gpt-image models)."""

    input_tokens: int = None
    input_tokens_details: ImagesResponseUsageInputTokensDetails = None
    output_tokens: int = None
    total_tokens: int = None


@model
class ImagesResponse(BaseModel):
    """What generate, edit and create_variation return: the images and the settings used."""

    created: int = None
    background: Optional[Literal["transparent", "opaque"]] = None
    data: Optional[List[Image]] = None
    output_format: Optional[Literal["png", "webp", "jpeg"]] = None
    quality: Optional[Literal["low", "medium", "high"]] = None
    size: Optional[Literal["1024x1024", "1024x1536", "1536x1024"]] = None
    usage: Optional[ImagesResponseUsage] = None


# -- generation stream events --------------------------------------------------------------------

@model
class ImageGenPartialImageEvent(BaseModel):
    """Streamed: an in-progress version of the image being generated."""

    b64_json: str = None
    background: Literal["transparent", "opaque", "auto"] = None
    created_at: int = None
    output_format: Literal["png", "webp", "jpeg"] = None
    partial_image_index: int = None
    quality: Literal["low", "medium", "high", "auto"] = None
    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"] = None
    type: Literal["image_generation.partial_image"] = "image_generation.partial_image"


@model
class ImageGenCompletedEvent(BaseModel):
    """Streamed: the generated image is finished."""

    b64_json: str = None
    background: Literal["transparent", "opaque", "auto"] = None
    created_at: int = None
    output_format: Literal["png", "webp", "jpeg"] = None
    quality: Literal["low", "medium", "high", "auto"] = None
    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"] = None
    type: Literal["image_generation.completed"] = "image_generation.completed"
    usage: ImagesResponseUsage = None


ImageGenStreamEvent = Union[ImageGenPartialImageEvent, ImageGenCompletedEvent]


# -- edit stream events --------------------------------------------------------------------------

@model
class ImageEditPartialImageEvent(BaseModel):
    """Streamed: an in-progress version of the edited image."""

    b64_json: str = None
    background: Literal["transparent", "opaque", "auto"] = None
    created_at: int = None
    output_format: Literal["png", "webp", "jpeg"] = None
    partial_image_index: int = None
    quality: Literal["low", "medium", "high", "auto"] = None
    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"] = None
    type: Literal["image_edit.partial_image"] = "image_edit.partial_image"


@model
class ImageEditCompletedEvent(BaseModel):
    """Streamed: the edited image is finished."""

    b64_json: str = None
    background: Literal["transparent", "opaque", "auto"] = None
    created_at: int = None
    output_format: Literal["png", "webp", "jpeg"] = None
    quality: Literal["low", "medium", "high", "auto"] = None
    size: Literal["1024x1024", "1024x1536", "1536x1024", "auto"] = None
    type: Literal["image_edit.completed"] = "image_edit.completed"
    usage: ImagesResponseUsage = None


ImageEditStreamEvent = Union[ImageEditPartialImageEvent, ImageEditCompletedEvent]


# -- the official names, one per method or container, for the shapes above -----------------------


ImageGenCompletedEventUsageInputTokensDetails = ImagesResponseUsageInputTokensDetails
ImageGenCompletedEventUsage = ImagesResponseUsage
ImageEditCompletedEventUsageInputTokensDetails = ImagesResponseUsageInputTokensDetails
ImageEditCompletedEventUsage = ImagesResponseUsage
