"""Mirror of ``openai.types.model``."""

from openai_table.models.models import Model as Model

__all__ = [
    "Model",
]
