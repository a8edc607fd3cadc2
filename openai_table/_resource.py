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

__all__ = ["Plan", "bind", "ResourceMeta", "SyncResource", "AsyncResource", "resource_classes"]

_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")


class Plan:
    """One call, bound: what to send and how to read the answer."""

    __slots__ = ("endpoint", "method", "path", "query", "body", "headers", "timeout", "stream", "returns", "defaulted")

    def __init__(self, endpoint: Endpoint, method: str, path: str, query: Dict[str, Any], body: Optional[Dict[str, Any]],
                 headers: Optional[Dict[str, Any]], timeout: Any, stream: bool, returns: Any, defaulted: Tuple[str, ...]) -> None:
        self.endpoint, self.method, self.path, self.query, self.body = endpoint, method, path, query, body
        self.headers, self.timeout, self.stream, self.returns, self.defaulted = headers, timeout, stream, returns, defaulted

    def with_query(self, **changes: Any) -> "Plan":
        """The same call with some query params changed: how pages ask for the next page."""
        return Plan(self.endpoint, self.method, self.path, {**self.query, **changes}, self.body, self.headers,
                    self.timeout, self.stream, self.returns, self.defaulted)


def bind(ep: Endpoint, args: Tuple[Any, ...], kwargs: Dict[str, Any], extra_headers: Any, extra_query: Any,
         extra_body: Any, timeout: Any, warn: bool = True) -> Plan:
    """The call's arguments against the endpoint's spec. `warn=False` skips a deprecated
    endpoint's warning: for a hand-written method that warns once itself, under its own name."""
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
    if ep.deprecated and warn:
        warnings.warn(ep.deprecated, DeprecationWarning, stacklevel=3)
    return Plan(ep, ep.http_method, ep.path.format(**path_values) if path_values else ep.path, query,
                body if body or ep.has_body else None, headers, timeout,
                ep.stream is not None and found[locations["stream"]].get("stream") is True, returns, defaulted)


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
    lines += ["", "    extra_headers, extra_query, extra_body: sent on top of the params above",
              "    timeout: this request's timeout, overriding the client's"]
    returns = f"Returns: {ep.returns!r}"
    if ep.stream is not None:
        returns += f"; with stream=True, a Stream of {ep.stream!r}"
    lines += ["", returns]
    if ep.deprecated:
        lines += ["", f"Deprecated: {ep.deprecated}"]
    return "\n".join(lines)


def _make_helper(ep: Endpoint, is_async: bool) -> Any:
    """A hand-written method the table names: the function itself, under the entry's name, with
    the table's line and the function's own docstring. A deprecated entry warns first."""
    fn = ep.helper_fn(is_async)
    if ep.deprecated:
        if inspect.iscoroutinefunction(fn):
            async def method(self, *args, **kwargs):
                warnings.warn(ep.deprecated, DeprecationWarning, stacklevel=2)
                return await fn(self, *args, **kwargs)
        else:
            def method(self, *args, **kwargs):
                warnings.warn(ep.deprecated, DeprecationWarning, stacklevel=2)
                return fn(self, *args, **kwargs)
    elif inspect.iscoroutinefunction(fn):
        async def method(self, *args, **kwargs):
            return await fn(self, *args, **kwargs)
    else:
        def method(self, *args, **kwargs):
            return fn(self, *args, **kwargs)
    method.__name__, method.__qualname__ = ep.name, ep.qualname
    method.__doc__ = "\n\n".join(d for d in (ep.doc, inspect.getdoc(fn)) if d)
    method.__signature__ = inspect.signature(fn)
    method.__wrapped__ = fn
    method.endpoint = ep
    return method


def _make_method(ep: Endpoint, is_async: bool) -> Any:
    if ep.helper:
        return _make_helper(ep, is_async)
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
        method = _make_method(self.table.endpoint(self.resource, self.name), self.is_async)
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


class ResourceMeta(type):
    """Builds a resource class from a table node: a lazy method per endpoint and a lazy
    sub-resource per child node (whose class this metaclass builds when it is first reached).
    Given no `table`, it makes a plain class (the bases below)."""

    def __new__(mcs, name: str, bases: tuple, ns: dict, *, table: Optional[Table] = None,
                resource: str = "", is_async: bool = False) -> "ResourceMeta":
        if table is not None:
            for method in table.methods(resource):
                ns[method] = _LazyMethod(table, resource, method, is_async)
            for child in table.children.get(resource, ()):
                path = f"{resource}.{child}" if resource else child
                child_name = ("Async" if is_async else "") + "".join(p.title().replace("_", "") for p in path.split("."))
                doc = f"`client.{path}`"
                make = partial(mcs, child_name, bases, {"__module__": ns.get("__module__", __name__), "__doc__": doc},
                               table=table, resource=path, is_async=is_async)
                ns[child] = _SubResource(make, doc)
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name: str, bases: tuple, ns: dict, **_: Any) -> None:
        super().__init__(name, bases, ns)


class _Resource(metaclass=ResourceMeta):
    def __init__(self, client: Any, mode: str = "parse") -> None:
        self._client = client
        self._mode = mode

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
        return [n for n in super().__dir__() if not n.startswith("_")]


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
        root = ResourceMeta("AsyncResources" if is_async else "Resources", (base,), {"__module__": __name__},
                            table=table, resource="", is_async=is_async)
        cache[is_async] = root
    return root
