"""The module-level client, for code written the seed-era way:

    import openai_table
    openai_table.api_key = "sk-..."
    openai_table.chat.completions.create(...)

The settings are plain attributes of the `openai_table` package (see its `__init__`). Nothing is
built at import: the client is made on first use, and made again when a setting has changed
since (the new one keeps the old one's connection pool unless `http_client` changed). Each
top-level resource of the table is reached through a small proxy that asks for the current
client on every access, so `from openai_table import chat` follows later settings too.
"""

import os
import sys
from typing import Any, Optional, Tuple

from ._exceptions import OpenAIError

__all__ = ["SETTINGS", "load_client", "reset_client", "ResourceProxy", "APIRemovedInV1", "APIRemovedInV1Proxy",
           "V0_SYMBOLS", "AmbiguousModuleClientUsageError"]

SETTINGS = ("api_key", "organization", "project", "webhook_secret", "base_url", "timeout", "max_retries",
            "default_headers", "default_query", "http_client", "api_type", "api_version", "azure_endpoint",
            "azure_ad_token", "azure_ad_token_provider")

_client: Any = None
_snapshot: Optional[Tuple[Any, ...]] = None


class AmbiguousModuleClientUsageError(OpenAIError):
    def __init__(self) -> None:
        super().__init__("Both OpenAI and Azure OpenAI credentials are set, so the module client cannot tell which to "
                         "use: set `openai_table.api_type` (or OPENAI_API_TYPE) to 'openai' or 'azure'.")


def _settings(pkg: Any) -> Tuple[Any, ...]:
    values = []
    for name in SETTINGS:
        value = getattr(pkg, name, None)
        values.append(dict(value) if isinstance(value, dict) else value)  # a dict changed in place counts too
    return tuple(values)


def _api_type(pkg: Any) -> str:
    """'openai' or 'azure': as set, else guessed from the credentials at hand, as officially."""
    if pkg.api_type is not None:
        return pkg.api_type
    has_openai = os.environ.get("OPENAI_API_KEY") is not None
    has_azure = pkg.azure_endpoint is not None or os.environ.get("AZURE_OPENAI_API_KEY") is not None
    has_azure_ad = (pkg.azure_ad_token is not None or pkg.azure_ad_token_provider is not None
                    or os.environ.get("AZURE_OPENAI_AD_TOKEN") is not None)
    if has_openai and (has_azure or has_azure_ad):
        raise AmbiguousModuleClientUsageError()
    if (pkg.azure_ad_token is not None or pkg.azure_ad_token_provider is not None) and os.environ.get("AZURE_OPENAI_API_KEY") is not None:
        raise AmbiguousModuleClientUsageError()
    return "azure" if has_azure or has_azure_ad else "openai"


def load_client() -> Any:
    """The module client for the current settings: the last one, or a new one if a setting changed."""
    global _client, _snapshot
    pkg = sys.modules["openai_table"]
    snapshot = _settings(pkg)
    if _client is not None and snapshot == _snapshot:
        return _client
    from ._client import OpenAI

    http_client = pkg.http_client
    if http_client is None and _client is not None and _snapshot is not None and _snapshot[SETTINGS.index("http_client")] is None:
        http_client = _client._client  # a rebuild keeps the connection pool it made
    options = dict(
        api_key=pkg.api_key, organization=pkg.organization, project=pkg.project, webhook_secret=pkg.webhook_secret,
        base_url=pkg.base_url, timeout=pkg.timeout,
        max_retries=pkg.max_retries, default_headers=pkg.default_headers, default_query=pkg.default_query,
        http_client=http_client,
    )
    if _api_type(pkg) == "azure":
        from ._azure import AzureOpenAI

        client = AzureOpenAI(api_version=pkg.api_version, azure_endpoint=pkg.azure_endpoint,
                             azure_ad_token=pkg.azure_ad_token, azure_ad_token_provider=pkg.azure_ad_token_provider,
                             **options)
    else:
        client = OpenAI(**options)
    _client, _snapshot = client, snapshot
    return client


def reset_client() -> None:
    """Forget the module client: the next use makes a new one."""
    global _client, _snapshot
    _client, _snapshot = None, None


def module_resource_attr(resource: str, name: str) -> Any:
    """`openai_table.models.list`: the subpackage `openai_table.models` (the response models)
    takes the place of the `models` proxy once imported, so it hands the module client's
    `models` methods over itself. Only names of that resource's: anything else is None, and
    never builds a client."""
    from ._table import builtin_table

    table = builtin_table()
    base = name[1:] if name[:1] == "a" else name
    if base in ("with_raw_response", "with_streaming_response") or base in table.methods(resource) or (
            table.alias(resource, base) is not None):
        return getattr(getattr(load_client(), resource), name)
    return None


class ResourceProxy:
    """`openai_table.chat`: the module client's `chat`, looked up on each access."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def _target(self) -> Any:
        return getattr(load_client(), self._name)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._target(), name)

    def __dir__(self) -> Any:
        return dir(self._target())

    def __repr__(self) -> str:
        return f"<module client's {self._name}>"


V0_SYMBOLS = ("Edit", "File", "Audio", "Image", "Model", "Engine", "Customer", "FineTune", "Embedding", "Completion",
              "Deployment", "Moderation", "ErrorObject", "FineTuningJob", "ChatCompletion")

_REMOVED = """

openai_table.{symbol} is the pre-1.0 `openai` interface (openai.{symbol}.create(...) and the like), which
the openai package removed in version 1.0.0 and which this library does not have either. Write
client = openai_table.OpenAI() and call the resources on it, e.g. client.chat.completions.create(...).

`openai migrate` rewrites a codebase to the 1.0 interface; the migration guide is at
https://github.com/openai/openai-python/discussions/742 . Code that must stay on the old interface
needs `pip install openai==0.28`.
"""


class APIRemovedInV1(OpenAIError):
    """Raised when code calls the pre-1.0 interface (`openai_table.ChatCompletion.create(...)`)."""

    def __init__(self, *, symbol: str) -> None:
        super().__init__(_REMOVED.format(symbol=symbol))


class APIRemovedInV1Proxy:
    """Stands for a removed v0 name: any attribute gives the proxy again; calling it raises."""

    __slots__ = ("_symbol",)

    def __init__(self, *, symbol: str) -> None:
        self._symbol = symbol

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return self

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise APIRemovedInV1(symbol=self._symbol)

    def __repr__(self) -> str:
        return f"<removed v0 API openai_table.{self._symbol}>"
