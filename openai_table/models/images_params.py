"""Request-side types of `client.images`: generate, edit and create_variation."""

from __future__ import annotations

from typing import Literal, Optional, Required, Sequence, TypedDict, Union

from .images import ImageModel
from .params import FileTypes

__all__ = [
    # generate
    "ImageGenerateParamsBase",
    "ImageGenerateParamsNonStreaming",
    "ImageGenerateParamsStreaming",
    "ImageGenerateParams",
    # edit
    "ImageEditParamsBase",
    "ImageEditParamsNonStreaming",
    "ImageEditParamsStreaming",
    "ImageEditParams",
    # variations
    "ImageCreateVariationParams",
]


# -- generate ------------------------------------------------------------------------------------

class ImageGenerateParamsBase(TypedDict, total=False):
    """Arguments of `images.generate` shared by the streaming and plain forms."""

    prompt: Required[str]
    background: Optional[Literal["transparent", "opaque", "auto"]]
    model: Union[str, ImageModel, None]
    moderation: Optional[Literal["low", "auto"]]
    n: Optional[int]
    output_compression: Optional[int]
    output_format: Optional[Literal["png", "jpeg", "webp"]]
    partial_images: Optional[int]
    quality: Optional[Literal["standard", "hd", "low", "medium", "high", "auto"]]
    response_format: Optional[Literal["url", "b64_json"]]
    size: Optional[Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"]]
    style: Optional[Literal["vivid", "natural"]]
    user: str


class ImageGenerateParamsNonStreaming(ImageGenerateParamsBase, total=False):
    """Arguments of `images.generate` returning one response."""

    stream: Optional[Literal[False]]


class ImageGenerateParamsStreaming(ImageGenerateParamsBase, total=False):
    """Arguments of `images.generate` with `stream=True`."""

    stream: Required[Literal[True]]


ImageGenerateParams = Union[ImageGenerateParamsNonStreaming, ImageGenerateParamsStreaming]


# -- edit ----------------------------------------------------------------------------------------

class ImageEditParamsBase(TypedDict, total=False):
    """Arguments of `images.edit` shared by the streaming and plain forms."""

    image: Required[Union[FileTypes, Sequence[FileTypes]]]
    prompt: Required[str]
    background: Optional[Literal["transparent", "opaque", "auto"]]
    input_fidelity: Optional[Literal["high", "low"]]
    mask: FileTypes
    model: Union[str, ImageModel, None]
    n: Optional[int]
    output_compression: Optional[int]
    output_format: Optional[Literal["png", "jpeg", "webp"]]
    partial_images: Optional[int]
    quality: Optional[Literal["standard", "low", "medium", "high", "auto"]]
    response_format: Optional[Literal["url", "b64_json"]]
    size: Optional[Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]
    user: str


class ImageEditParamsNonStreaming(ImageEditParamsBase, total=False):
    """Arguments of `images.edit` returning one response."""

    stream: Optional[Literal[False]]


class ImageEditParamsStreaming(ImageEditParamsBase, total=False):
    """Arguments of `images.edit` with `stream=True`."""

    stream: Required[Literal[True]]


ImageEditParams = Union[ImageEditParamsNonStreaming, ImageEditParamsStreaming]


# -- variations ----------------------------------------------------------------------------------

class ImageCreateVariationParams(TypedDict, total=False):
    """Arguments of `images.create_variation`."""

    image: Required[FileTypes]
    model: Union[str, ImageModel, None]
    n: Optional[int]
    response_format: Optional[Literal["url", "b64_json"]]
    size: Optional[Literal["256x256", "512x512", "1024x1024"]]
    user: str
