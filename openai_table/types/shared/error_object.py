"""Mirror of ``openai.types.shared.error_object``."""

from openai_table.models.shared import ErrorObject as ErrorObject

__all__ = [
    "ErrorObject",
]
