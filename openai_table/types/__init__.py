"""The official ``openai.types`` names, re-exported from ``openai_table.models``."""

from openai_table.models.models import (
    Model as Model,
    ModelDeleted as ModelDeleted,
)
from openai_table.models.completions import (
    Completion as Completion,
    CompletionChoice as CompletionChoice,
)
from openai_table.models.shared import (
    CompletionUsage as CompletionUsage,
    ErrorObject as ErrorObject,
    Metadata as Metadata,
    ChatModel as ChatModel,
)
from openai_table.models.embeddings import (
    CreateEmbeddingResponse as CreateEmbeddingResponse,
    Embedding as Embedding,
    EmbeddingModel as EmbeddingModel,
)
from openai_table.models.moderations import (
    ModerationCreateResponse as ModerationCreateResponse,
    Moderation as Moderation,
    ModerationModel as ModerationModel,
)
from openai_table.models.files import (
    FileObject as FileObject,
    FileDeleted as FileDeleted,
    FileContent as FileContent,
    FilePurpose as FilePurpose,
)
from openai_table.models.batches import (
    Batch as Batch,
    BatchError as BatchError,
    BatchRequestCounts as BatchRequestCounts,
    BatchUsage as BatchUsage,
)

__all__ = [
    "Model",
    "ModelDeleted",
    "Completion",
    "CompletionChoice",
    "CompletionUsage",
    "ErrorObject",
    "Metadata",
    "ChatModel",
    "CreateEmbeddingResponse",
    "Embedding",
    "EmbeddingModel",
    "ModerationCreateResponse",
    "Moderation",
    "ModerationModel",
    "FileObject",
    "FileDeleted",
    "FileContent",
    "FilePurpose",
    "Batch",
    "BatchError",
    "BatchRequestCounts",
    "BatchUsage",
]
