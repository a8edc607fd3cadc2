"""Mirror of ``openai.types.file_deleted``."""

from openai_table.models.files import FileDeleted as FileDeleted

__all__ = [
    "FileDeleted",
]
