"""Resource classes built from the table by a metaclass, the way botocore builds its clients.

Each method is a closure over its `Endpoint`: it binds the call's arguments into a `Plan` (the
only per-call work) and hands the plan to the client, which owns HTTP, retries and parsing. Sync
and async methods share `bind`; they differ only in how they hand over.

A resource instance carries a response mode: "parse" (the default), "raw"
(`with_raw_response`) or "stream" (`with_streaming_response`), so those views are the same
classes with another mode, not a second set of methods.
"""

import inspect
import warnings
from functools import cached_property, partial
from typing import Any, Dict, Optional, Tuple
from urllib.parse import quote

from ._table import Endpoint, Table
from ._types import NOT_GIVEN, NotGiven

__all__ = ["Plan", "bind", "ResourceMeta", "SyncResource", "AsyncResource", "resource_classes", "class_name"]

_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")


class Plan:
    """One call, bound: what to send and how to read the answer."""

    __slots__ = ("endpoint", "method", "path", "query", "body", "headers", "timeout", "stream", "returns", "defaulted",
                 "progress")

    def __init__(self, endpoint: Endpoint, method: str, path: str, query: Dict[str, Any], body: Optional[Dict[str, Any]],
                 headers: Optional[Dict[str, Any]], timeout: Any, stream: bool, returns: Any, defaulted: Tuple[str, ...],
                 progress: Any = None) -> None:
        self.endpoint, self.method, self.path, self.query, self.body = endpoint, method, path, query, body
        self.headers, self.timeout, self.stream, self.returns, self.defaulted = headers, timeout, stream, returns, defaulted
        self.progress = progress  # callable(bytes sent, total): the multipart body is streamed

    def with_query(self, **changes: Any) -> "Plan":
        """The same call with some query params changed: how pages ask for the next page."""
        return Plan(self.endpoint, self.method, self.path, {**self.query, **changes}, self.body, self.headers,
                    self.timeout, self.stream, self.returns, self.defaulted, self.progress)


def bind(ep: Endpoint, args: Tuple[Any, ...], kwargs: Dict[str, Any], extra_headers: Any, extra_query: Any,
         extra_body: Any, timeout: Any, warn: bool = True) -> Plan:
    """The call's arguments against the endpoint's spec. `warn=False` skips a deprecated
    endpoint's warning: for a hand-written method that warns once itself, under its own name."""
    if ep.deprecated and warn:  # first, as the official SDK does: a call with bad arguments still warns
        warnings.warn(ep.deprecated, DeprecationWarning, stacklevel=3)
    if args:
        # Only the URL's last path param is positional (`retrieve(step_id, *, thread_id, run_id)`),
        # as in the official SDK; the messages below are Python's own, `self` counted.
        if len(args) > 1 or not ep.path_params:
            n = min(len(ep.path_params), 1) + 1
            raise TypeError(f"{ep.qualname}() takes {n} positional argument{'s' if n > 1 else ''} but {len(args) + 1} were given")
        name = ep.path_params[-1]
        if name in kwargs:
            raise TypeError(f"{ep.qualname}() got multiple values for argument {name!r}")
        kwargs[name] = args[0]
    # A method that sends files takes `progress=`, a callable(bytes sent, total): the body is then
    # streamed from the files as it is sent, rather than read into memory first.
    progress = kwargs.pop("progress", None) if ep.file_params else None
    if progress is not None and not callable(progress):
        raise TypeError(f"{ep.qualname}(): `progress` must be a callable(bytes_sent, total), got {type(progress).__name__}")
    found: Dict[str, Dict[str, Any]] = {"path": {}, "query": {}, "body": {}}
    locations = ep.locations
    for name, value in kwargs.items():
        where = locations.get(name)
        if where is None:
            raise TypeError(f"{ep.qualname}() got an unexpected keyword argument {name!r}")
        if not isinstance(value, NotGiven):
            found[where][name] = value
    path_values, query, body = found["path"], found["query"], found["body"]
    for name in ep.path_params:
        if name not in path_values:
            raise TypeError(f"{ep.qualname}() missing required argument: {name!r}")
        value = path_values[name]
        if not value:
            raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
        path_values[name] = quote(str(value), safe=":@")
    for name in ep.required:
        if name not in body and name not in query:
            missing = sorted(n for n in ep.required if n not in body and n not in query)
            raise TypeError(f"{ep.qualname}() missing required argument{'s' if len(missing) > 1 else ''}: "
                            + ", ".join(repr(n) for n in missing))
    defaulted: Tuple[str, ...] = ()
    if ep.defaults:
        for name, value in ep.defaults.items():
            target = query if locations[name] == "query" else body
            if name not in target:
                target[name] = value
                defaulted += (name,)
    if ep.validate:
        ep.validate_fn(body)
    returns = ep.returns
    if ep.returns_when:
        for (name, value), rt in ep.returns_when.items():
            if kwargs.get(name) == value:
                returns = rt
    if extra_query:
        query.update(extra_query)
    if extra_body:
        body.update(extra_body)
    headers = {**ep.headers, **extra_headers} if extra_headers else ep.headers
    return Plan(ep, ep.http_method, ep.path.format(**path_values) if path_values else ep.path, query,
                body if body or ep.has_body else None, headers, timeout,
                ep.stream is not None and found[locations["stream"]].get("stream") is True, returns, defaulted, progress)


def _signature(ep: Endpoint) -> inspect.Signature:
    P = inspect.Parameter
    params = [P("self", P.POSITIONAL_OR_KEYWORD)]
    by_name = {p.name: p for p in ep.params}
    *leading, last = ep.path_params or (None,)
    if last is not None:
        params.append(P(last, P.POSITIONAL_OR_KEYWORD, annotation=by_name[last].annotation))
    for name in leading:  # the URL's earlier path params: keyword-only, required, in URL order
        params.append(P(name, P.KEYWORD_ONLY, annotation=by_name[name].annotation))
    rest = [p for p in ep.params if p.location != "path"]
    for p in sorted(rest, key=lambda p: not p.required):  # required first, as Python demands
        params.append(P(p.name, P.KEYWORD_ONLY, annotation=p.annotation, default=P.empty if p.required else NOT_GIVEN))
    if ep.file_params:
        params.append(P("progress", P.KEYWORD_ONLY, default=None, annotation="Callable[[int, int], object] | None"))
    params += [P("extra_headers", P.KEYWORD_ONLY, default=None, annotation="Headers | None"),
               P("extra_query", P.KEYWORD_ONLY, default=None, annotation="Query | None"),
               P("extra_body", P.KEYWORD_ONLY, default=None, annotation="Body | None"),
               P("timeout", P.KEYWORD_ONLY, default=NOT_GIVEN, annotation="float | httpx.Timeout | None")]
    return inspect.Signature(params, return_annotation=repr(ep.returns))


def _docstring(ep: Endpoint) -> str:
    lines = [ep.doc or f"{ep.verb.upper()} {ep.path}", "", f"{ep.verb.upper()} {ep.path}"]
    if ep.params:
        lines += ["", "Args:"]
        for p in ep.params:
            flags = "path" if p.location == "path" else (f"{p.location}, required" if p.required else p.location)
            lines.append(f"    {p.name} ({p.annotation}; {flags}){': ' + p.doc if p.doc else ''}")
    if ep.file_params:
        lines.append("    progress: called with (bytes sent, total) as the body goes out, streamed from the files")
    lines += ["", "    extra_headers, extra_query, extra_body: sent on top of the params above",
              "    timeout: this request's timeout, overriding the client's"]
    returns = f"Returns: {ep.returns!r}"
    if ep.stream is not None:
        returns += f"; with stream=True, a Stream of {ep.stream!r}"
    lines += ["", returns]
    if ep.deprecated:
        lines += ["", f"Deprecated: {ep.deprecated}"]
    return "\n".join(lines)


def _make_helper(ep: Endpoint, is_async: bool, table: Optional[Table] = None) -> Any:
    """A hand-written method the table names: the function itself, under the entry's name, with
    the table's line and the function's own docstring. A deprecated entry warns first.

    A helper that reads its entry's data (a `poll:` spec) is made per entry: a function with a
    `for_entry(ep, sibling)` attribute is asked for the method, `sibling(name)` giving the
    endpoint of another method of the same resource."""
    fn = ep.helper_fn(is_async)
    for_entry = getattr(fn, "for_entry", None)
    if for_entry is not None:
        fn = for_entry(ep, partial(table.endpoint, ep.resource) if table is not None else None)
    deprecated = ep.deprecated
    if inspect.iscoroutinefunction(fn):
        async def method(self, *args, **kwargs):
            if deprecated:
                warnings.warn(deprecated, DeprecationWarning, stacklevel=2)
            return await fn(self, *args, **kwargs)
    else:
        def method(self, *args, **kwargs):
            if deprecated:
                warnings.warn(deprecated, DeprecationWarning, stacklevel=2)
            return fn(self, *args, **kwargs)
    method.__name__, method.__qualname__ = ep.name, ep.qualname
    method.__doc__ = "\n\n".join(d for d in (ep.doc, inspect.getdoc(fn)) if d)
    method.__signature__ = inspect.signature(fn)
    method.__wrapped__ = fn
    method.endpoint = ep
    return method


def _make_method(ep: Endpoint, is_async: bool, table: Optional[Table] = None) -> Any:
    if ep.helper:
        return _make_helper(ep, is_async, table)
    if not is_async:
        def method(self, *args, extra_headers=None, extra_query=None, extra_body=None, timeout=NOT_GIVEN, **kwargs):
            plan = bind(ep, args, kwargs, extra_headers, extra_query, extra_body, timeout)
            return self._client._request(plan, self._mode)
    elif ep.returns.kind == "page":
        # Not a coroutine function: the caller may `await` it for one page or `async for` over
        # every item, as with the official SDK.
        def method(self, *args, extra_headers=None, extra_query=None, extra_body=None, timeout=NOT_GIVEN, **kwargs):
            plan = bind(ep, args, kwargs, extra_headers, extra_query, extra_body, timeout)
            if self._mode == "parse":
                from .pagination import AsyncPaginator

                return AsyncPaginator(self._client, plan)
            return self._client._request(plan, self._mode)
    else:
        async def method(self, *args, extra_headers=None, extra_query=None, extra_body=None, timeout=NOT_GIVEN, **kwargs):
            plan = bind(ep, args, kwargs, extra_headers, extra_query, extra_body, timeout)
            return await self._client._request(plan, self._mode)
    method.__name__ = ep.name
    method.__qualname__ = ep.qualname
    method.__doc__ = _docstring(ep)
    method.__signature__ = _signature(ep)
    method.endpoint = ep
    return method


class _LazyMethod:
    """A generated method, made on its first access and then put in the class in its place.
    Its endpoint spec, signature and docstring are most of what a method costs to make, and a
    program touches a handful of a table's hundreds of methods: import builds none of them.
    `help()`, `dir()` and `inspect.signature` go through attribute access, so they see the real
    method."""

    __slots__ = ("table", "resource", "name", "is_async", "owner")

    def __init__(self, table: Table, resource: str, name: str, is_async: bool) -> None:
        self.table, self.resource, self.name, self.is_async, self.owner = table, resource, name, is_async, None

    def __set_name__(self, owner: type, name: str) -> None:
        self.owner = owner

    def __get__(self, instance: Any, owner: type) -> Any:
        method = _make_method(self.table.endpoint(self.resource, self.name), self.is_async, self.table)
        setattr(self.owner, self.name, method)  # later lookups find a plain function
        return method if instance is None else method.__get__(instance, owner)


class _SubResource:
    """`client.chat.completions`: its class is made on first access, an instance of it is then
    cached on the parent instance (a non-data descriptor: the instance attribute wins)."""

    def __init__(self, make: Any, doc: str) -> None:
        self.make, self.cls, self.name, self.__doc__ = make, None, None, doc

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type) -> Any:
        if self.cls is None:
            self.cls = self.make()
        if instance is None:
            return self.cls
        value = instance.__dict__[self.name] = self.cls(instance._client, instance._mode)
        return value


def class_name(path: str, is_async: bool) -> str:
    """A resource class's name (`ChatCompletions`, `AsyncBetaThreadsRuns`; the root's is
    `Resources`), which the stubs of tools/stubgen.py use too."""
    base = "".join(p.title().replace("_", "") for p in path.split(".")) if path else "Resources"
    return ("Async" if is_async else "") + base


class ResourceMeta(type):
    """Builds a resource class from a table node: a lazy method per endpoint and a lazy
    sub-resource per child node (whose class this metaclass builds when it is first reached).
    Given no `table`, it makes a plain class (the bases below)."""

    def __new__(mcs, name: str, bases: tuple, ns: dict, *, table: Optional[Table] = None,
                resource: str = "", is_async: bool = False) -> "ResourceMeta":
        if table is not None:
            ns["_table"], ns["_path"] = table, resource
            for method in table.methods(resource):
                ns[method] = _LazyMethod(table, resource, method, is_async)
            for child in table.children.get(resource, ()):
                path = f"{resource}.{child}" if resource else child
                child_name = class_name(path, is_async)
                doc = f"`client.{path}`"
                make = partial(mcs, child_name, bases, {"__module__": ns.get("__module__", __name__), "__doc__": doc},
                               table=table, resource=path, is_async=is_async)
                ns[child] = _SubResource(make, doc)
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name: str, bases: tuple, ns: dict, **_: Any) -> None:
        super().__init__(name, bases, ns)

    def __dir__(cls):
        return [n for n in super().__dir__() if cls._table is None or not cls._table.is_hidden(cls._path, n)]


class _Resource(metaclass=ResourceMeta):
    _table: Optional[Table] = None
    _path = ""

    def __init__(self, client: Any, mode: str = "parse") -> None:
        self._client = client
        self._mode = mode

    def __getattr__(self, name: str) -> Any:
        # Only reached when normal lookup failed: the older names the table keeps (`aliases:`)
        # and, for seed-era code, `a`-prefixed coroutine twins (`acreate`, `awith_raw_response`).
        # Neither is an attribute of the class, so neither shows in dir().
        table = type(self)._table
        if table is not None and not name.startswith("_"):
            target = table.alias(self._path, name)
            if target is not None and target != name:
                return getattr(self, target)
            if len(name) > 1 and name[0] == "a":
                try:
                    value = getattr(self, name[1:])
                except AttributeError:
                    pass
                else:
                    if self._client._is_async:
                        return value
                    return _TwinPath(self._client, self._twin_path() + (name[1:],), value)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _twin_path(self) -> Tuple[str, ...]:
        path = tuple(self._path.split(".")) if self._path else ()
        if self._mode == "raw":
            path += ("with_raw_response",)
        elif self._mode == "stream":
            path += ("with_streaming_response",)
        return path

    @cached_property
    def with_raw_response(self) -> Any:
        """The same methods, returning the raw response (`.parse()`, `.headers`, ...)."""
        return type(self)(self._client, "raw")

    @cached_property
    def with_streaming_response(self) -> Any:
        """The same methods as context managers over a response whose body is not read yet."""
        from ._response import StreamingView

        return StreamingView(type(self)(self._client, "stream"))

    def __dir__(self):
        table = type(self)._table
        return [n for n in super().__dir__() if not n.startswith("_") and (table is None or not table.is_hidden(self._path, n))]


def _twin_client(client: Any) -> Any:
    """The async client standing in for a sync one in `acreate`-style calls: one per event
    loop (an httpx.AsyncClient's connections belong to the loop that opened them), made on the
    first such call in that loop, with the sync client's options."""
    import asyncio
    import weakref

    loop = asyncio.get_running_loop()
    twins = client.__dict__.get("_async_twins")
    if twins is None:
        twins = client.__dict__["_async_twins"] = weakref.WeakKeyDictionary()
    twin = twins.get(loop)
    if twin is None:
        twin = twins[loop] = client._async_twin()
    return twin


class _TwinPath:
    """`client.files.awith_raw_response.list`: a path into the sync client's tree, walked on
    its async twin when called. The sync side is walked alongside, so a wrong name fails at once."""

    __slots__ = ("_client", "_path", "_sync")

    def __init__(self, client: Any, path: Tuple[str, ...], sync: Any) -> None:
        self._client, self._path, self._sync = client, path, sync

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name == "endpoint":
            raise AttributeError(name)
        value = getattr(self._sync, name)
        return value if isinstance(value, _TwinPath) else _TwinPath(self._client, self._path + (name,), value)

    def __call__(self, *args: Any, **kwargs: Any) -> "_Deferred":
        client, path = self._client, self._path

        def call() -> Any:
            obj = _twin_client(client)
            for name in path:
                obj = getattr(obj, name)
            return obj(*args, **kwargs)

        return _Deferred(call)

    def __repr__(self) -> str:
        return f"<async twin of client.{'.'.join(self._path)}>"


class _Deferred:
    """An async call made on first use inside the running loop: awaited (`await x.acreate()`),
    iterated (`async for f in x.alist()`) or entered (`async with x.awith_streaming_response...`)."""

    __slots__ = ("_call", "_cm")

    def __init__(self, call: Any) -> None:
        self._call, self._cm = call, None

    def __await__(self):
        return self._run().__await__()

    async def _run(self) -> Any:
        value = self._call()
        return await value if inspect.isawaitable(value) else value

    def __aiter__(self) -> Any:
        return self._call().__aiter__()

    async def __aenter__(self) -> Any:
        self._cm = self._call()
        return await self._cm.__aenter__()

    async def __aexit__(self, *exc: Any) -> Any:
        return await self._cm.__aexit__(*exc)


class SyncResource(_Resource):
    pass


class AsyncResource(_Resource):
    pass


def resource_classes(table: Table, is_async: bool) -> type:
    """The root resource class of a table: its attributes are the top-level resources."""
    cache = table.__dict__.setdefault("_root_classes", {})
    root = cache.get(is_async)
    if root is None:
        base = AsyncResource if is_async else SyncResource
        root = ResourceMeta(class_name("", is_async), (base,), {"__module__": __name__},
                            table=table, resource="", is_async=is_async)
        cache[is_async] = root
    return root
