"""Mirror of ``openai.types.moderation``."""

from openai_table.models.moderations import (
    Moderation as Moderation,
    Categories as Categories,
    CategoryAppliedInputTypes as CategoryAppliedInputTypes,
    CategoryScores as CategoryScores,
)

__all__ = [
    "Moderation",
    "Categories",
    "CategoryAppliedInputTypes",
    "CategoryScores",
]
