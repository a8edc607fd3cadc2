"""`AzureOpenAI` / `AsyncAzureOpenAI`: the same clients, pointed at an Azure OpenAI resource.

What differs from `OpenAI` is all here: the options (`api_version`, `azure_endpoint`,
`azure_deployment`, `azure_ad_token`, `azure_ad_token_provider`), auth (an `api-key` header, or
a bearer token from Microsoft Entra ID, refreshed per request when a provider is given), the
`api-version` query param on every request, and the URL. Which endpoints are served per model
deployment (`/openai/deployments/{model}/...`) is not a list here but a table fact: the entries
with `azure: deployment` in endpoints.yaml.
"""

import os
from typing import Any, Callable, Dict, FrozenSet, Mapping, Optional, Self, Sequence, Union
from urllib.parse import urlsplit

import httpx

from ._client import DEFAULT_MAX_RETRIES, AsyncOpenAI, OpenAI, then, websocket_url
from ._exceptions import OpenAIError
from ._table import Table
from ._types import NOT_GIVEN, NotGiven

__all__ = ["AzureOpenAI", "AsyncAzureOpenAI", "AzureADTokenProvider", "AsyncAzureADTokenProvider"]

AzureADTokenProvider = Callable[[], str]
AsyncAzureADTokenProvider = Callable[[], Any]  # returns a str or an awaitable of one


class MutuallyExclusiveAuthError(OpenAIError):
    def __init__(self) -> None:
        super().__init__("Pass only one of `api_key`, `azure_ad_token` and `azure_ad_token_provider`.")


def deployment_paths(table: Table) -> FrozenSet[str]:
    """The URL paths of the table's `azure: deployment` entries (for custom requests, which
    have no entry of their own), worked out once per table."""
    paths = table.__dict__.get("_azure_deployment_paths")
    if paths is None:
        paths = table.__dict__["_azure_deployment_paths"] = frozenset(
            ep.path for methods in table.resources.values() for ep in methods.values() if ep.azure == "deployment")
    return paths


class _AzureClient:
    _api_version: str
    _azure_endpoint: Optional[str]
    _azure_deployment: Optional[str]

    def __init__(
        self,
        *,
        api_version: Optional[str] = None,
        azure_endpoint: Optional[str] = None,
        azure_deployment: Optional[str] = None,
        api_key: Union[str, Callable[[], Any], None] = None,
        azure_ad_token: Optional[str] = None,
        azure_ad_token_provider: Optional[Callable[[], Any]] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[Any] = None,
        endpoints: Sequence[Union[str, "os.PathLike[str]"]] = (),
        _table: Optional[Table] = None,
    ) -> None:
        """An Azure OpenAI client. Unset options come from the environment: `api_key` from
        AZURE_OPENAI_API_KEY, `azure_ad_token` from AZURE_OPENAI_AD_TOKEN, `api_version` from
        OPENAI_API_VERSION, `azure_endpoint` from AZURE_OPENAI_ENDPOINT (organization and project
        as for OpenAI). `azure_deployment` with `azure_endpoint` fixes the deployment in the base
        URL; otherwise each deployment endpoint goes to the deployment named by `model`."""
        if api_key is None:
            api_key = os.environ.get("AZURE_OPENAI_API_KEY")
        if azure_ad_token is None:
            azure_ad_token = os.environ.get("AZURE_OPENAI_AD_TOKEN")
        if api_key is None and azure_ad_token is None and azure_ad_token_provider is None:
            raise OpenAIError(
                "Missing credentials: pass one of `api_key`, `azure_ad_token` or `azure_ad_token_provider`, or set "
                "the AZURE_OPENAI_API_KEY or AZURE_OPENAI_AD_TOKEN environment variable.")
        if api_version is None:
            api_version = os.environ.get("OPENAI_API_VERSION")
        if api_version is None:
            raise ValueError("Missing the API version: pass `api_version` or set the OPENAI_API_VERSION environment variable.")
        if base_url is None:
            if azure_endpoint is None:
                azure_endpoint = os.environ.get("AZURE_OPENAI_ENDPOINT")
            if azure_endpoint is None:
                raise ValueError("Missing the endpoint: pass `azure_endpoint` (or `base_url`), or set the "
                                 "AZURE_OPENAI_ENDPOINT environment variable.")
            base_url = f"{azure_endpoint.rstrip('/')}/openai"
            if azure_deployment is not None:
                base_url += f"/deployments/{azure_deployment}"
        elif azure_endpoint is not None:
            raise ValueError("base_url and azure_endpoint are mutually exclusive")

        # Set before the base class computes the default headers, which ask `auth_headers`.
        self._api_version = api_version
        self._azure_endpoint = str(azure_endpoint) if azure_endpoint else None
        self._azure_deployment = azure_deployment if azure_endpoint else None
        self._azure_ad_token = azure_ad_token
        self._azure_ad_token_provider = azure_ad_token_provider
        self._azure_api_key = api_key
        # The per-request credential, when there is one: a static AD token wins over a provider,
        # which wins over the key, as in the official SDK.
        per_request = None if azure_ad_token is not None else (azure_ad_token_provider or (api_key if callable(api_key) else None))
        super().__init__(  # type: ignore[call-arg]
            api_key=per_request or (api_key if isinstance(api_key, str) else ""),
            organization=organization, project=project, webhook_secret=webhook_secret, base_url=base_url,
            websocket_base_url=websocket_base_url, timeout=timeout, max_retries=max_retries,
            default_headers=default_headers, default_query={**(default_query or {}), "api-version": api_version},
            http_client=http_client, endpoints=endpoints, _table=_table,
        )
        self._routes_by_model = "/deployments" not in urlsplit(self._base).path

    # -- auth -------------------------------------------------------------------------------

    @property
    def auth_headers(self) -> Dict[str, str]:
        if self._azure_ad_token is not None:
            return {"Authorization": f"Bearer {self._azure_ad_token}"}
        if self._azure_ad_token_provider is None and self.api_key:
            return {"api-key": self.api_key}
        return {}  # refreshed per request

    @staticmethod
    def _checked_token(value: Any) -> str:
        if not value or not isinstance(value, str):
            # the type only: a token object would carry the secret into the message
            raise ValueError(f"`azure_ad_token_provider` must return a non-empty str, it returned {type(value).__name__}")
        return value

    def _with_key(self, headers: Any, value: Any) -> Any:
        headers = httpx.Headers(headers)
        if self._azure_ad_token_provider is not None:
            value = self._checked_token(value)
            if "authorization" not in headers:
                headers["Authorization"] = f"Bearer {value}"
        elif "api-key" not in headers:
            headers["api-key"] = value
        return headers

    def _websocket(self, model: Any, call_id: Any, extra_query: Optional[Mapping[str, Any]]) -> Any:
        """The realtime websocket's URL and auth headers, as the official SDK makes them for Azure:
        `{websocket_base_url or the endpoint's /openai}/realtime?api-version=...&deployment=...`
        (`deployment`: `azure_deployment`, else `model`; no `model` param), and an `api-key` header
        when there is a key (it wins here, unlike for requests), else a bearer AD token (the
        provider called per connection; awaitable on the async client)."""
        if isinstance(model, NotGiven) or not model:
            raise OpenAIError("`model` (the deployment) is required for the Azure Realtime API")
        query = dict(extra_query or {})
        if not isinstance(call_id, NotGiven):
            query["call_id"] = call_id
        query.update({"api-version": self._api_version, "deployment": self._azure_deployment or model})
        if self.websocket_base_url is not None:
            base = str(self.websocket_base_url)
        elif self._azure_deployment and self._azure_endpoint:  # not under the deployment in the base URL
            base = f"{self._azure_endpoint.rstrip('/')}/openai"
        else:
            base = self._base
        url = websocket_url(base, "/realtime", query)
        key = self._azure_api_key
        if key:
            return then(key() if callable(key) else key, lambda key: (url, {"api-key": key} if key else {}))
        if self._azure_ad_token is not None:
            return url, ({"Authorization": f"Bearer {self._azure_ad_token}"} if self._azure_ad_token else {})
        if self._azure_ad_token_provider is None:
            return url, {}
        return then(self._azure_ad_token_provider(),
                    lambda token: (url, {"Authorization": f"Bearer {self._checked_token(token)}"}))

    # -- where a request goes ---------------------------------------------------------------

    def _url(self, plan: Any) -> Any:
        ep = plan.endpoint
        if ep.azure == "deployment" or (ep.resource is None and plan.path in deployment_paths(self._table)):
            model = plan.body.get("model") if isinstance(plan.body, dict) else None
            if model is not None and self._routes_by_model:
                return f"{self._base}/deployments/{model}{plan.path}"
        elif self._azure_deployment and self._azure_endpoint and "://" not in plan.path:
            # a deployment in the base URL serves only the deployment endpoints
            return f"{self._azure_endpoint.rstrip('/')}/openai{plan.path}"
        return super()._url(plan)  # type: ignore[misc]

    # -- copies -----------------------------------------------------------------------------

    def _options(self) -> Dict[str, Any]:
        options = super()._options()  # type: ignore[misc]
        query = dict(options["default_query"])
        query.pop("api-version", None)
        options.update(
            api_key=self._azure_api_key, api_version=self._api_version, azure_endpoint=self._azure_endpoint,
            azure_deployment=self._azure_deployment, azure_ad_token=self._azure_ad_token,
            azure_ad_token_provider=self._azure_ad_token_provider, default_query=query,
        )
        if self._azure_endpoint:
            options["base_url"] = None
        return options

    def copy(
        self,
        *,
        api_key: Union[str, Callable[[], Any], None] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        api_version: Optional[str] = None,
        azure_ad_token: Optional[str] = None,
        azure_ad_token_provider: Optional[Callable[[], Any]] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        http_client: Optional[Any] = None,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        endpoints: Optional[Sequence[Union[str, "os.PathLike[str]"]]] = None,
        azure_endpoint: Optional[str] = None,
        azure_deployment: Optional[str] = None,
    ) -> Self:
        """A new client with some options changed (None: unchanged); the Azure options are kept."""
        changes = dict(api_key=api_key, organization=organization, project=project, webhook_secret=webhook_secret,
                       websocket_base_url=websocket_base_url, api_version=api_version, azure_ad_token=azure_ad_token,
                       azure_ad_token_provider=azure_ad_token_provider, base_url=base_url, http_client=http_client,
                       endpoints=endpoints, azure_endpoint=azure_endpoint, azure_deployment=azure_deployment)
        options = self._options()
        if base_url is not None and azure_endpoint is None:  # a base_url replaces the endpoint and deployment
            options.update(azure_endpoint=None, azure_deployment=None)
        if azure_endpoint is not None:
            options["base_url"] = None
        return self._copy(changes, timeout, max_retries, default_headers, set_default_headers,  # type: ignore[attr-defined]
                          default_query, set_default_query, options=options)

    with_options = copy

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self._base!r} api_version={self._api_version!r}>"


class AzureOpenAI(_AzureClient, OpenAI):
    """`OpenAI` for an Azure OpenAI resource: `AzureOpenAI(azure_endpoint=..., api_version=..., api_key=...)`."""


class AsyncAzureOpenAI(_AzureClient, AsyncOpenAI):
    """`AsyncOpenAI` for an Azure OpenAI resource; `azure_ad_token_provider` may be a coroutine function."""


AzureOpenAI._async_class = AsyncAzureOpenAI
AsyncAzureOpenAI._async_class = AsyncAzureOpenAI
