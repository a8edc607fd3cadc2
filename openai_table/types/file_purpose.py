"""Mirror of ``openai.types.file_purpose``."""

from openai_table.models.files import FilePurpose as FilePurpose

__all__ = [
    "FilePurpose",
]
