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
    InvalidWebhookSignatureError,
    NotFoundError,
    OpenAIError,
    PermissionDeniedError,
    RateLimitError,
    TableError,
    TableOverrideWarning,
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
from ._azure import AsyncAzureOpenAI, AzureOpenAI
from ._response import APIResponse, AsyncAPIResponse, HttpxBinaryResponseContent, LegacyAPIResponse
from ._streaming import AsyncStream, Stream
from httpx import Timeout
import os as _os
from typing import TYPE_CHECKING as _TYPE_CHECKING

__all__ = [
    "__version__", "OpenAI", "AsyncOpenAI", "Client", "AsyncClient", "DefaultHttpxClient",
    "DefaultAsyncHttpxClient", "DEFAULT_TIMEOUT", "DEFAULT_MAX_RETRIES", "Timeout",
    "NOT_GIVEN", "NotGiven", "Omit", "omit", "BaseModel", "Stream", "AsyncStream",
    "APIResponse", "AsyncAPIResponse", "LegacyAPIResponse", "HttpxBinaryResponseContent",
    "OpenAIError", "APIError", "APIStatusError", "APIConnectionError", "APITimeoutError",
    "APIResponseValidationError", "BadRequestError", "AuthenticationError", "PermissionDeniedError",
    "NotFoundError", "ConflictError", "UnprocessableEntityError", "RateLimitError",
    "InternalServerError", "TableError", "TableOverrideWarning", "InvalidWebhookSignatureError",
    "pydantic_function_tool", "LengthFinishReasonError", "ContentFilterFinishReasonError",
    "AzureOpenAI", "AsyncAzureOpenAI", "DefaultAioHttpClient",
]

# Structured outputs: imported on first use, so that `import openai_table` stays light.
_STRUCTURED = frozenset(("pydantic_function_tool", "LengthFinishReasonError", "ContentFilterFinishReasonError"))

# -- the module-level client (see _module_client.py): settings read when it is first used ----------
api_key = None
organization = None
project = None
webhook_secret = None
base_url = None
timeout = DEFAULT_TIMEOUT
max_retries = DEFAULT_MAX_RETRIES
default_headers = None
default_query = None
http_client = None
api_type = _os.environ.get("OPENAI_API_TYPE")  # "openai" | "azure" | None: guessed from the credentials
api_version = _os.environ.get("OPENAI_API_VERSION")
azure_endpoint = _os.environ.get("AZURE_OPENAI_ENDPOINT")
azure_ad_token = _os.environ.get("AZURE_OPENAI_AD_TOKEN")
azure_ad_token_provider = None


if _TYPE_CHECKING:  # what checkers see of the names made on first use below
    from ._module_resources import *  # openai_table.chat, ...: the module client's resources
    from ._aiohttp import DefaultAioHttpClient
    from .helpers._parsing import ContentFilterFinishReasonError, LengthFinishReasonError, pydantic_function_tool
    from .helpers.assistant_stream import AssistantEventHandler, AsyncAssistantEventHandler
    from .models._base import BaseModel
else:
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
        if name == "DefaultAioHttpClient":  # imports aiohttp
            from ._aiohttp import DefaultAioHttpClient

            return DefaultAioHttpClient
        if not name.startswith("_"):
            from ._module_client import V0_SYMBOLS, APIRemovedInV1, APIRemovedInV1Proxy, ResourceProxy

            if name in _builtin_top():  # `openai_table.chat`: the module client's, through a proxy made once
                proxy = globals()[name] = ResourceProxy(name)
                return proxy
            if name in V0_SYMBOLS:  # the pre-1.0 interface: a clear error when called
                proxy = globals()[name] = APIRemovedInV1Proxy(symbol=name)
                return proxy
            if name == "APIRemovedInV1":
                return APIRemovedInV1
        raise AttributeError(f"module 'openai_table' has no attribute {name!r}")


def _builtin_top():
    from ._table import builtin_table

    return builtin_table().children[""]


def __dir__():
    from ._table import builtin_table

    table = builtin_table()
    return sorted(set(globals()) | {n for n in table.children[""] if not table.is_hidden("", n)})
