"""Mirror of ``openai.types.moderation_create_params``."""

from openai_table.models.params import (
    ModerationCreateParams as ModerationCreateParams,
    ModerationMultiModalInputParam as ModerationMultiModalInputParam,
)
from openai_table.models.moderations import ModerationModel as ModerationModel

__all__ = [
    "ModerationCreateParams",
    "ModerationMultiModalInputParam",
    "ModerationModel",
]
