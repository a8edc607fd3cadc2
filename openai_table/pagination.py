"""List results: a page of items that knows how to ask for the next one.

Iterating a page walks every item of it and of the pages after it, fetching as it goes.
"""

from typing import TYPE_CHECKING, Self, Any, AsyncIterator, Dict, Generator, Generic, Iterator, List, Optional, TypeVar

__all__ = [
    "SyncPage", "AsyncPage", "SyncCursorPage", "AsyncCursorPage", "SyncConversationCursorPage",
    "AsyncConversationCursorPage", "AsyncPaginator", "PAGE_CLASSES",
]


_T = TypeVar("_T")  # the item type
_P = TypeVar("_P")  # the page type


class _BasePage(Generic[_T]):
    __slots__ = ("data", "_raw", "_client", "_plan", "_request_id")

    data: List[_T]

    def __init__(self, data: List[_T], raw: Dict[str, Any], client: Any, plan: Any, request_id: Optional[str] = None) -> None:
        self.data, self._raw, self._client, self._plan, self._request_id = data, raw, client, plan, request_id

    if TYPE_CHECKING:  # what list responses carry besides `data`, as the official pages declare them
        object: str
        first_id: Optional[str]
        last_id: Optional[str]
    else:
        def __getattr__(self, name: str) -> Any:
            # object, first_id, has_more, ...: whatever the list response carries besides `data`
            if not name.startswith("_") and name in self._raw:
                return self._raw[name]
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _next_query(self) -> Optional[Dict[str, Any]]:
        return None

    def has_next_page(self) -> bool:
        return self._next_query() is not None

    def next_page_info(self) -> Optional[Dict[str, Any]]:
        """The query params the next page would be fetched with, or None on the last page."""
        return self._next_query()

    def to_dict(self) -> Dict[str, Any]:
        out = dict(self._raw)
        out["data"] = [item.to_dict() if hasattr(item, "to_dict") else item for item in self.data]
        return out

    def __len__(self) -> int:
        return len(self.data)

    def __eq__(self, other: Any) -> bool:
        return type(other) is type(self) and other.data == self.data and other._raw == self._raw

    def __repr__(self) -> str:
        return f"{type(self).__name__}(data={self.data!r}, has_more={self._raw.get('has_more')!r})"


def _after(page: _BasePage, cursor: Any) -> Optional[Dict[str, Any]]:
    # A server that ignores `after` would hand back the same page forever: stop instead.
    if not cursor or cursor == page._plan.query.get("after"):
        return None
    return {"after": cursor}


class _CursorMixin:
    __slots__ = ()

    @property
    def has_more(self) -> Optional[bool]:
        return self._raw.get("has_more")

    def _next_query(self) -> Optional[Dict[str, Any]]:
        if self._raw.get("has_more") is False or not self.data:
            return None
        last_id = getattr(self.data[-1], "id", None)
        return _after(self, last_id)


class _ConversationCursorMixin:
    __slots__ = ()

    @property
    def has_more(self) -> Optional[bool]:
        return self._raw.get("has_more")

    def _next_query(self) -> Optional[Dict[str, Any]]:
        if not self._raw.get("has_more"):
            return None
        return _after(self, self._raw.get("last_id"))


class _SyncPage(_BasePage[_T]):
    __slots__ = ()

    def get_next_page(self) -> Self:
        query = self._next_query()
        if query is None:
            raise RuntimeError("No next page expected; check `.has_next_page()` first.")
        return self._client._request(self._plan.with_query(**query), "parse")

    def iter_pages(self) -> Iterator[Self]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[_T]:  # type: ignore[override]
        for page in self.iter_pages():
            yield from page.data


class _AsyncPage(_BasePage[_T]):
    __slots__ = ()

    async def get_next_page(self) -> Self:
        query = self._next_query()
        if query is None:
            raise RuntimeError("No next page expected; check `.has_next_page()` first.")
        return await self._client._request(self._plan.with_query(**query), "parse")

    async def iter_pages(self) -> AsyncIterator[Self]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class SyncPage(_SyncPage[_T]):
    """A list that is never split (`client.models.list()`)."""

    __slots__ = ()


class AsyncPage(_AsyncPage[_T]):
    __slots__ = ()


class SyncCursorPage(_CursorMixin, _SyncPage[_T]):
    """Pages fetched with `after=<last item's id>` while `has_more`."""

    __slots__ = ()


class AsyncCursorPage(_CursorMixin, _AsyncPage[_T]):
    __slots__ = ()


class SyncConversationCursorPage(_ConversationCursorMixin, _SyncPage[_T]):
    """Pages fetched with `after=<last_id>` while `has_more`."""

    __slots__ = ()


class AsyncConversationCursorPage(_ConversationCursorMixin, _AsyncPage[_T]):
    __slots__ = ()


class AsyncPaginator(Generic[_T, _P]):
    """What async list methods return: `await` it for the first page, or `async for` over
    every item of every page."""

    def __init__(self, client: Any, plan: Any) -> None:
        self._client, self._plan = client, plan

    def __await__(self) -> Generator[Any, None, _P]:
        return self._client._request(self._plan, "parse").__await__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = await self
        async for item in page:
            yield item


# By (table name, is_async): the page class a `returns: CursorPage[...]` entry gets.
PAGE_CLASSES = {
    ("Page", False): SyncPage, ("Page", True): AsyncPage,
    ("CursorPage", False): SyncCursorPage, ("CursorPage", True): AsyncCursorPage,
    ("ConversationCursorPage", False): SyncConversationCursorPage,
    ("ConversationCursorPage", True): AsyncConversationCursorPage,
}
