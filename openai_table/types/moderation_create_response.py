"""Mirror of ``openai.types.moderation_create_response``."""

from openai_table.models.moderations import ModerationCreateResponse as ModerationCreateResponse

__all__ = [
    "ModerationCreateResponse",
]
