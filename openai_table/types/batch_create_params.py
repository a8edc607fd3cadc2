"""Mirror of ``openai.types.batch_create_params``."""

from openai_table.models.params import (
    BatchCreateParams as BatchCreateParams,
    OutputExpiresAfter as OutputExpiresAfter,
)
from openai_table.models.shared import Metadata as Metadata

__all__ = [
    "BatchCreateParams",
    "OutputExpiresAfter",
    "Metadata",
]
