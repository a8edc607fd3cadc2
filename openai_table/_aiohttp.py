"""`DefaultAioHttpClient`: an httpx.AsyncClient sending through aiohttp (the `aiohttp` extra,
`pip install openai_table[aiohttp]`, which brings httpx-aiohttp), with this library's defaults.
Imported only when asked for."""

from typing import Any

__all__ = ["DefaultAioHttpClient"]

try:
    import httpx_aiohttp
except ImportError:  # the extra is not installed: fail when one is made, not on import

    import httpx

    class DefaultAioHttpClient(httpx.AsyncClient):  # type: ignore[no-redef]
        """Needs the `aiohttp` extra: `pip install "openai_table[aiohttp]"`."""

        def __init__(self, **kwargs: Any) -> None:
            raise RuntimeError('DefaultAioHttpClient needs the aiohttp extra: pip install "openai_table[aiohttp]"')

else:
    from ._client import DEFAULT_LIMITS, DEFAULT_TIMEOUT

    class DefaultAioHttpClient(httpx_aiohttp.HttpxAiohttpClient):  # type: ignore[no-redef]
        """httpx's async client over aiohttp's connection pool, with this library's timeouts,
        connection limits and redirects: `AsyncOpenAI(http_client=DefaultAioHttpClient())`."""

        def __init__(self, **kwargs: Any) -> None:
            kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
            kwargs.setdefault("limits", DEFAULT_LIMITS)
            kwargs.setdefault("follow_redirects", True)
            super().__init__(**kwargs)
