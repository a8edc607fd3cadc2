"""Mirror of ``openai.types.file_object``."""

from openai_table.models.files import FileObject as FileObject

__all__ = [
    "FileObject",
]
