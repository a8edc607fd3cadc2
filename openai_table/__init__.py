"""openai_table: the OpenAI API client built from one YAML table (`endpoints.yaml`).

`from openai_table import OpenAI` stands in for `from openai import OpenAI`.
"""

from ._version import __version__
from ._types import NOT_GIVEN, NotGiven, Omit, omit
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OpenAIError,
    PermissionDeniedError,
    RateLimitError,
    TableError,
    UnprocessableEntityError,
)
from ._client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncClient,
    AsyncOpenAI,
    Client,
    DefaultAsyncHttpxClient,
    DefaultHttpxClient,
    OpenAI,
)
from ._response import APIResponse, AsyncAPIResponse, HttpxBinaryResponseContent, LegacyAPIResponse
from ._streaming import AsyncStream, Stream
from httpx import Timeout

__all__ = [
    "__version__", "OpenAI", "AsyncOpenAI", "Client", "AsyncClient", "DefaultHttpxClient",
    "DefaultAsyncHttpxClient", "DEFAULT_TIMEOUT", "DEFAULT_MAX_RETRIES", "Timeout",
    "NOT_GIVEN", "NotGiven", "Omit", "omit", "BaseModel", "Stream", "AsyncStream",
    "APIResponse", "AsyncAPIResponse", "LegacyAPIResponse", "HttpxBinaryResponseContent",
    "OpenAIError", "APIError", "APIStatusError", "APIConnectionError", "APITimeoutError",
    "APIResponseValidationError", "BadRequestError", "AuthenticationError", "PermissionDeniedError",
    "NotFoundError", "ConflictError", "UnprocessableEntityError", "RateLimitError",
    "InternalServerError", "TableError",
    "pydantic_function_tool", "LengthFinishReasonError", "ContentFilterFinishReasonError",
]

# Structured outputs: imported on first use, so that `import openai_table` stays light.
_STRUCTURED = frozenset(("pydantic_function_tool", "LengthFinishReasonError", "ContentFilterFinishReasonError"))


def __getattr__(name: str):
    # BaseModel pulls in attrs; keep `import openai_table` light until a model is needed.
    if name == "BaseModel":
        from .models._base import BaseModel

        return BaseModel
    if name in _STRUCTURED:
        from .helpers import _parsing

        return getattr(_parsing, name)
    if name in ("AssistantEventHandler", "AsyncAssistantEventHandler"):
        from .helpers import assistant_stream

        return getattr(assistant_stream, name)
    raise AttributeError(f"module 'openai_table' has no attribute {name!r}")
