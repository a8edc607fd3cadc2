"""Mirror of ``openai.types.model_deleted``."""

from openai_table.models.models import ModelDeleted as ModelDeleted

__all__ = [
    "ModelDeleted",
]
