"""Mirror of ``openai.types.file_content``."""

from openai_table.models.files import FileContent as FileContent

__all__ = [
    "FileContent",
]
