"""Mirror of ``openai.types.file_create_params``."""

from openai_table.models.params import (
    ExpiresAfter as ExpiresAfter,
    FileCreateParams as FileCreateParams,
    FileTypes as FileTypes,
)
from openai_table.models.files import FilePurpose as FilePurpose

__all__ = [
    "ExpiresAfter",
    "FileCreateParams",
    "FileTypes",
    "FilePurpose",
]
