"""Mirror of ``openai.types.moderation_model``."""

from openai_table.models.moderations import ModerationModel as ModerationModel

__all__ = [
    "ModerationModel",
]
