"""Loading and validating endpoints tables.

A table is read once into `Endpoint` specs; everything a call can precompute (the path template,
which param goes where, the required set) is computed here, so a generated method only binds
arguments. User tables are merged over the built-in one by the same code path.
"""

import hashlib
import importlib
import importlib.util
import json
import keyword
import os
import re
import typing
from functools import lru_cache, partial
from typing import Any, Dict, FrozenSet, List, Optional, Sequence, Tuple

from ._exceptions import TableError, TableOverrideWarning
from ._version import __version__

__all__ = ["Endpoint", "Param", "PollSpec", "ReturnType", "Table", "load_table", "builtin_table", "BUILTIN_PATH"]

BUILTIN_PATH = os.path.join(os.path.dirname(__file__), "endpoints.yaml")

VERBS = ("get", "post", "put", "patch", "delete")
ENTRY_KEYS = frozenset(
    ("doc", "path", "query", "body", "encoding", "returns", "returns_when", "stream", "headers",
     "defaults", "postprocess", "validate", "deprecated", "helper", "poll", "azure", "aliases", "hidden",
     "param_types") + VERBS
)
# What an entry with `helper:` may carry beside it: a hand-written method has its own signature.
HELPER_KEYS = frozenset(("doc", "helper", "deprecated", "poll", "aliases", "hidden"))
POLL_KEYS = ("with", "status", "until", "while", "interval_ms")
# `azure:` says how an Azure OpenAI client routes the entry: `deployment` sends it to
# /openai/deployments/{model}/... (the body's `model` names the deployment).
AZURE_ROUTES = ("deployment",)
PARAM_KEYS = frozenset(("type", "required", "doc"))
TYPE_NAMES = frozenset(("str", "int", "float", "bool", "list", "dict", "any", "file", "null"))
PAGE_KINDS = ("Page", "CursorPage", "ConversationCursorPage")
PLAIN_RETURNS = ("binary", "text", "none")
# Method names that would shadow what every resource has.
RESERVED = frozenset(("with_raw_response", "with_streaming_response"))

_RETURN_RE = re.compile(r"^(?:(?P<page>\w+)\[(?P<item>[\w.:]+)\]|(?P<ref>[\w.:]+))$")
_MODEL_REF_RE = re.compile(r"^(?:[A-Za-z_]\w*\.[A-Za-z_]\w*|[A-Za-z_][\w.]*:[A-Za-z_]\w*)$")


class Param:
    __slots__ = ("name", "location", "types", "required", "doc")

    def __init__(self, name: str, location: str, types: Tuple[str, ...], required: bool, doc: str) -> None:
        self.name, self.location, self.types, self.required, self.doc = name, location, types, required, doc

    @property
    def annotation(self) -> str:
        """The type as the docs show it: `str | list | None`, `Literal['asc', 'desc']`."""
        names = [t for t in self.types if t in TYPE_NAMES]
        literals = [t for t in self.types if t not in TYPE_NAMES]
        parts = ["None" if t == "null" else ("FileTypes" if t == "file" else ("Any" if t == "any" else t)) for t in names]
        if literals:
            parts.insert(0, "Literal[" + ", ".join(repr(v) for v in literals) + "]")
        return " | ".join(parts)


class ReturnType:
    """What a method hands back: `kind` is model, page, binary, text or none."""

    __slots__ = ("kind", "page", "ref", "_cls")

    def __init__(self, kind: str, page: Optional[str] = None, ref: Optional[str] = None) -> None:
        self.kind, self.page, self.ref, self._cls = kind, page, ref, None

    @property
    def model(self) -> Any:
        """The model class (of the items, for a page), imported on first use."""
        if self._cls is None and self.ref is not None:
            self._cls = resolve_model(self.ref)
        return self._cls

    def __repr__(self) -> str:
        return f"{self.page}[{self.ref}]" if self.page else (self.ref or self.kind)


class PollSpec:
    """How a `poll:` entry waits (one poller serves them all, `openai_table/helpers/polling.py`):
    call the sibling method `method` until the object's `status` (a dotted attribute path) is one
    of `until`, or no longer one of `pending` (the table's `while`); sleep `interval_ms` between
    calls unless the caller or the server's `openai-poll-after-ms` header says otherwise."""

    __slots__ = ("method", "status", "until", "pending", "interval_ms")

    def __init__(self, method: str, status: str, until: Optional[tuple], pending: Optional[tuple], interval_ms: int) -> None:
        self.method, self.status, self.until, self.pending, self.interval_ms = method, status, until, pending, interval_ms

    def value(self, obj: Any) -> Any:
        for name in self.status.split("."):
            obj = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
        return obj

    def done(self, obj: Any) -> bool:
        value = self.value(obj)
        return value in self.until if self.until is not None else value not in self.pending

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, PollSpec) and all(getattr(self, k) == getattr(other, k) for k in self.__slots__)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        rule = f"until {list(self.until)}" if self.until is not None else f"while {list(self.pending)}"
        return f"<PollSpec {self.method}: {self.status} {rule}, every {self.interval_ms} ms>"


class Endpoint:
    """One method of one resource, with everything a call needs precomputed."""

    __slots__ = (
        "resource", "name", "qualname", "doc", "verb", "path", "params", "path_params",
        "locations", "required", "encoding", "raw", "content_type", "parts", "returns", "returns_when", "stream", "headers",
        "defaults", "postprocess", "deprecated", "file_params", "http_method", "has_body", "_postprocess_fn", "where",
        "helper", "_helper_fns", "validate", "_validate_fn", "poll", "azure", "aliases", "hidden", "param_types",
    )

    def __init__(self, **kw: Any) -> None:
        for k in self.__slots__:
            setattr(self, k, kw.get(k))

    @property
    def postprocess_fn(self) -> Any:
        if self._postprocess_fn is None and self.postprocess:
            module, _, fn = self.postprocess.rpartition(".")
            self._postprocess_fn = getattr(importlib.import_module(f"openai_table.helpers.{module}"), fn)
        return self._postprocess_fn

    @property
    def validate_fn(self) -> Any:
        if self._validate_fn is None and self.validate:
            module, _, fn = self.validate.rpartition(".")
            self._validate_fn = getattr(importlib.import_module(f"openai_table.helpers.{module}"), fn)
        return self._validate_fn

    def helper_fn(self, is_async: bool) -> Any:
        """The hand-written function of a `helper:` entry: `fn` for the sync client, `fn_async`
        for the async one (a sync-only helper leaves the async one out: AttributeError)."""
        if self._helper_fns is None:
            self._helper_fns = {}
        if is_async not in self._helper_fns:
            ref = self.helper
            module, _, fn = ref.partition(":") if ":" in ref else (f"openai_table.helpers.{ref.rpartition('.')[0]}", "", ref.rpartition(".")[2])
            self._helper_fns[is_async] = getattr(importlib.import_module(module), fn + ("_async" if is_async else ""))
        return self._helper_fns[is_async]

    def __repr__(self) -> str:
        if self.helper:
            return f"<Endpoint {self.qualname}: helper {self.helper}>"
        return f"<Endpoint {self.qualname}: {self.verb.upper()} {self.path}>"


class Table:
    """All endpoints by resource path, plus the tree of resource names the metaclass walks.

    An entry is an `Endpoint`, or, for the built-in table read from its cache (validated when the
    cache was written), a function that makes it: a program touches a few of a big table's
    entries, and only those are ever built (`endpoint()`); `resources` builds them all."""

    def __init__(self, endpoints: Dict[str, Dict[str, Any]], sources: Tuple[str, ...]) -> None:
        self._entries = endpoints
        self.sources = sources
        self.children: Dict[str, List[str]] = {"": []}
        for resource in sorted(endpoints):
            parts = resource.split(".")
            for i in range(1, len(parts) + 1):
                parent, node = ".".join(parts[: i - 1]), ".".join(parts[:i])
                self.children.setdefault(node, [])
                if parts[i - 1] not in self.children.setdefault(parent, []):
                    self.children[parent].append(parts[i - 1])
        for resource, methods in endpoints.items():
            clash = set(methods) & set(self.children.get(resource, ()))
            if clash:
                ep = self.endpoint(resource, sorted(clash)[0])
                ep.where.fail(ep.qualname, "the name is both a method and a sub-resource")

    def methods(self, resource: str) -> List[str]:
        """The method names of a resource, without building their endpoints."""
        return list(self._entries.get(resource, ()))

    def endpoint(self, resource: str, name: str) -> Endpoint:
        ep = self._entries[resource][name]
        if not isinstance(ep, Endpoint):
            ep = self._entries[resource][name] = ep()
        return ep

    def alias(self, resource: str, name: str) -> Optional[str]:
        """The method an older name (`aliases:` of an entry) stands for, or None. Looked up
        only when normal attribute lookup failed, so the resource's entries are built then."""
        aliases = self.__dict__.setdefault("_aliases", {})
        known = aliases.get(resource)
        if known is None:
            known = aliases[resource] = {}
            for method in self.methods(resource):
                for old in self.endpoint(resource, method).aliases or ():
                    known.setdefault(old, method)
        return known.get(name)

    def is_hidden(self, resource: str, name: Optional[str] = None) -> bool:
        """Whether a method (`hidden: true`), or a whole resource (all of its methods and
        sub-resources hidden), stays out of `dir()` and listings."""
        if name is not None:
            if name in self.children.get(resource, ()):
                return self.is_hidden(f"{resource}.{name}" if resource else name)
            return name in self._entries.get(resource, {}) and bool(self.endpoint(resource, name).hidden)
        methods, children = self.methods(resource), self.children.get(resource, ())
        return bool(methods or children) and all(self.is_hidden(resource, m) for m in methods) and all(
            self.is_hidden(resource, c) for c in children)

    @property
    def resources(self) -> Dict[str, Dict[str, Endpoint]]:
        for resource, methods in self._entries.items():
            for name in methods:
                self.endpoint(resource, name)
        return self._entries

    def check_models(self, endpoints: Optional[Sequence[Endpoint]] = None) -> None:
        """Import every model the endpoints name: a bad reference fails now, not on first call."""
        if endpoints is None:
            endpoints = [ep for methods in self.resources.values() for ep in methods.values()]
        for ep in endpoints:
            returns = [("returns", ep.returns), ("stream", ep.stream), *(("returns_when", rt) for rt in (ep.returns_when or {}).values())]
            for key, rt in returns:
                if rt is not None and rt.ref is not None:
                    try:
                        rt.model
                    except (ImportError, AttributeError) as e:
                        raise TableError(ep.where.message(ep.qualname, f"`{key}`: {rt.ref!r} names no model ({e})", key)) from None
            if ep.postprocess:
                try:
                    ep.postprocess_fn
                except (ImportError, AttributeError) as e:
                    raise TableError(ep.where.message(ep.qualname, f"postprocess {ep.postprocess!r} names no helper ({e})", "postprocess")) from None
            if ep.validate:
                try:
                    ep.validate_fn
                except (ImportError, AttributeError) as e:
                    raise TableError(ep.where.message(ep.qualname, f"validate {ep.validate!r} names no helper ({e})", "validate")) from None
            if ep.poll is not None and ep.poll.method not in self._entries.get(ep.resource, ()):
                raise TableError(ep.where.message(ep.qualname, f"`poll`: `with` names {ep.poll.method!r}, which is not a "
                                                  f"method of {ep.resource}", "poll", "with"))
            if ep.param_types:
                try:
                    ok = typing.is_typeddict(resolve_ref(ep.param_types))
                except (ImportError, AttributeError):
                    ok = False
                if not ok:
                    raise TableError(ep.where.message(ep.qualname, f"`param_types`: {ep.param_types!r} names no TypedDict", "param_types"))
            if ep.helper:
                try:
                    ep.helper_fn(False)
                except (ImportError, AttributeError) as e:
                    raise TableError(ep.where.message(ep.qualname, f"helper {ep.helper!r} names no function ({e})", "helper")) from None


def split_ref(ref: str) -> Tuple[str, str]:
    """(module, name) of `module.Name` in openai_table/models/, or of `package.module:Name`."""
    if ":" in ref:
        module, _, name = ref.partition(":")
        return module, name
    module, _, name = ref.rpartition(".")
    return f"openai_table.models.{module}", name


def resolve_ref(ref: str) -> Any:
    module, name = split_ref(ref)
    return getattr(importlib.import_module(module), name)


def resolve_model(ref: str) -> Any:
    from .models._base import BaseModel

    cls = resolve_ref(ref)
    # A union of models (stream events, output items) is as good as a model: the converter tells
    # its members apart by their tag.
    is_union = typing.get_origin(cls) is typing.Union
    members = [a for a in typing.get_args(cls) if a is not type(None)] if is_union else [cls]
    if not all(isinstance(m, type) and issubclass(m, BaseModel) for m in members):
        raise AttributeError(f"{ref} is not a model class" + (" in each member of its Union" if is_union else ""))
    return cls


# --- validation ------------------------------------------------------------------------------


class _Where:
    """Names the place of a problem as `file:line: entry: ...`; the line is looked up only when
    there is an error to report, so a good table costs one C-speed parse."""

    def __init__(self, source: str, path: str) -> None:
        self.source, self.path = source, path

    def fail(self, entry: str, problem: str, *keys: str) -> None:
        raise TableError(self.message(entry, problem, *keys))

    def message(self, entry: str, problem: str, *keys: str) -> str:
        line = self._line(entry, keys)
        where = f"{self.source}:{line}" if line else self.source
        return f"{where}: {entry}: {problem}"

    def _line(self, entry: str, keys: Sequence[str]) -> Optional[int]:
        import yaml

        try:
            with open(self.path, encoding="utf-8") as f:
                node = yaml.compose(f.read(), Loader=yaml.SafeLoader)
        except (OSError, yaml.YAMLError):
            return None
        resource, _, method = entry.rpartition(".")
        top = {k.value for k, _ in node.value} if isinstance(node, yaml.MappingNode) else set()
        # `resource.method`, unless the entry is a resource itself, whose name may be dotted (chat.completions)
        path = [entry, *keys] if entry in top and resource not in top else [resource, method, *keys]
        line = None
        for key in path:
            if not isinstance(node, yaml.MappingNode):
                break
            for k, v in node.value:
                if k.value == key:
                    line, node = k.start_mark.line + 1, v
                    break
            else:
                break
        return line


def _parse_type(spec: Any) -> Tuple[Tuple[str, ...], bool]:
    text = str(spec).strip()
    required = text.endswith("!")
    text = text.rstrip("!").strip()
    return tuple(t.strip() for t in text.split("|")), required


def _params(where: _Where, entry: str, location: str, raw: Any) -> List[Param]:
    if raw is None:
        return []
    if not isinstance(raw, dict):
        where.fail(entry, f"`{location}` must be a mapping of param name to type", location)
    out = []
    for name, spec in raw.items():
        if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
            where.fail(entry, f"{location} param {name!r} is not a valid Python name", location)
        doc = ""
        if isinstance(spec, dict):
            unknown = set(spec) - PARAM_KEYS
            if unknown:
                where.fail(entry, f"{location} param {name!r}: unknown key {sorted(unknown)[0]!r}", location, name)
            types, required = _parse_type(spec.get("type", "any"))
            required = bool(spec.get("required", required))
            doc = str(spec.get("doc", ""))
        elif isinstance(spec, (str, int, float)) and str(spec).strip():
            types, required = _parse_type(spec)
        else:
            where.fail(entry, f"{location} param {name!r} needs a type (e.g. `str`, `int!`, `asc|desc`)", location, name)
        if not all(types):
            where.fail(entry, f"{location} param {name!r} has an empty type in {spec!r}", location, name)
        out.append(Param(name, location, types, required or location == "path", doc))
    return out


_MODELS_MODULES: set = set()


def _is_models_module(name: str) -> bool:
    # A big table names the same few modules many times: each found module is looked up once
    # (find_spec stats files); a missing one is looked up again, in case it appears later.
    if name not in _MODELS_MODULES:
        if importlib.util.find_spec(f"openai_table.models.{name}") is None:
            return False
        _MODELS_MODULES.add(name)
    return True


def _return_type(where: _Where, entry: str, key: str, raw: Any) -> ReturnType:
    m = _RETURN_RE.match(str(raw).strip()) if isinstance(raw, str) else None
    if m is None:
        where.fail(entry, f"`{key}` must name a model, a page of one, or binary/text/none; got {raw!r}", key)
    if m.group("page"):
        if m.group("page") not in PAGE_KINDS:
            where.fail(entry, f"`{key}`: unknown page type {m.group('page')!r} (one of {', '.join(PAGE_KINDS)})", key)
        ref, page = m.group("item"), m.group("page")
    else:
        ref, page = m.group("ref"), None
        if ref in PLAIN_RETURNS:
            return ReturnType(ref)
    if not _MODEL_REF_RE.match(ref):
        where.fail(entry, f"`{key}`: {ref!r} names no model (write module.Class for openai_table/models/<module>.py, or package.module:Class)", key)
    if ":" not in ref and not _is_models_module(ref.rpartition(".")[0]):
        where.fail(entry, f"`{key}`: {ref!r} names no model: there is no openai_table/models/{ref.rpartition('.')[0]}.py", key)
    return ReturnType("page" if page else "model", page, ref)


_MEDIA_TYPE_RE = re.compile(r"^[\w.+-]+/[\w.+-]+$")
ENCODING_KEYS = ("raw", "content_type", "multipart")


def _encoding(where: _Where, entry: str, spec: Any, params: List[Param]) -> Tuple[str, Optional[str], Optional[str], Dict[str, str]]:
    """(encoding, raw param, its content type, multipart part content types) from `encoding:`,
    which is json, multipart, multipart_when_files (multipart if a file param is given, else JSON),
    or a mapping:
      {multipart: {param: media/type}}            multipart; these params go as parts of that type
      {raw: param, content_type: media/type}      the param's value is the whole body
      both                                        raw when that param is the only body value, else multipart
    """
    body = [p.name for p in params if p.location == "body"]
    files = [p.name for p in params if "file" in p.types]
    if isinstance(spec, str):
        if spec not in ("json", "multipart", "multipart_when_files"):
            where.fail(entry, f"`encoding` must be json or multipart, got {spec!r}", "encoding")
        if spec == "json" and files:
            where.fail(entry, "a `file` param needs `encoding: multipart`", "encoding")
        return spec, None, None, {}
    if not isinstance(spec, dict) or not spec:
        where.fail(entry, f"`encoding` must be json, multipart or a mapping of {', '.join(ENCODING_KEYS)}; got {spec!r}", "encoding")
    unknown = sorted(set(spec) - set(ENCODING_KEYS), key=str)
    if unknown:
        where.fail(entry, f"`encoding`: unknown key {unknown[0]!r} (one of {', '.join(ENCODING_KEYS)})", "encoding", str(unknown[0]))
    parts = spec.get("multipart") or {}
    if "multipart" in spec and not isinstance(parts, dict):
        where.fail(entry, "`encoding`: `multipart` must map body params to a content type ({} for none)", "encoding", "multipart")
    for name, media in parts.items():
        if name not in body:
            where.fail(entry, f"`encoding`: multipart part {name!r} is not a body param", "encoding", "multipart")
        if not isinstance(media, str) or not _MEDIA_TYPE_RE.match(media):
            where.fail(entry, f"`encoding`: multipart part {name!r} needs a content type like application/json, got {media!r}", "encoding", "multipart")
    raw_param, content_type = spec.get("raw"), spec.get("content_type")
    if raw_param is None and content_type is not None:
        where.fail(entry, "`encoding`: `content_type` is the type of a `raw` body; name the param with `raw`", "encoding", "content_type")
    if raw_param is not None:
        if raw_param not in body:
            where.fail(entry, f"`encoding`: raw {raw_param!r} is not a body param", "encoding", "raw")
        if not isinstance(content_type, str) or not _MEDIA_TYPE_RE.match(content_type):
            where.fail(entry, f"`encoding`: a raw body needs `content_type` (like application/sdp), got {content_type!r}", "encoding", "raw")
        others = [n for n in body if n != raw_param]
        if "multipart" not in spec and others:
            where.fail(entry, f"`encoding`: a raw body is {raw_param!r} alone; {', '.join(others)} need `multipart` too, "
                       "for the calls that send them", "encoding", "raw")
    encoding = "multipart" if "multipart" in spec else "raw"
    if encoding == "raw" and set(files) - {raw_param}:
        where.fail(entry, "a `file` param needs `encoding: multipart`", "encoding")
    return encoding, raw_param, content_type, {str(k): v for k, v in parts.items()}


def _endpoint(where: _Where, resource: str, name: str, raw: Any) -> Endpoint:
    entry = f"{resource}.{name}"
    if not isinstance(raw, dict):
        where.fail(entry, "an entry must be a mapping (doc, a verb with its path, returns, ...)")
    unknown = set(raw) - ENTRY_KEYS
    if unknown:
        where.fail(entry, f"unknown key {sorted(unknown)[0]!r}", sorted(unknown)[0])
    if "helper" in raw:
        return _helper_endpoint(where, resource, name, raw)
    if "poll" in raw:
        where.fail(entry, "`poll` goes on a `helper` entry (helper: polling.poll): the method that waits", "poll")
    verbs = [v for v in VERBS if v in raw]
    if len(verbs) != 1:
        where.fail(entry, "needs exactly one of " + "/".join(VERBS) + " with the URL path" + (f", has {verbs}" if verbs else ""))
    verb = verbs[0]
    url = raw[verb]
    if not isinstance(url, str) or not url.startswith("/"):
        where.fail(entry, f"`{verb}` must be a URL path starting with /, got {url!r}", verb)
    if "returns" not in raw:
        where.fail(entry, "missing key 'returns' (a model, a page of one, or binary/text/none)")

    params = _params(where, entry, "path", raw.get("path")) + _params(where, entry, "query", raw.get("query")) + _params(where, entry, "body", raw.get("body"))
    locations: Dict[str, str] = {}
    for p in params:
        if p.name in locations:
            where.fail(entry, f"param {p.name!r} is declared in both {locations[p.name]} and {p.location}", p.location, p.name)
        if p.name in ("extra_headers", "extra_query", "extra_body", "timeout"):
            where.fail(entry, f"param {p.name!r} would shadow the per-request option of that name", p.location, p.name)
        locations[p.name] = p.location
    if "progress" in locations and any("file" in p.types for p in params):
        where.fail(entry, "param 'progress' would shadow the upload progress callback of a method that sends files",
                   locations["progress"], "progress")
    in_url = re.findall(r"{([^{}]*)}", url)
    declared = [p.name for p in params if p.location == "path"]
    for name_ in in_url:
        if name_ not in declared:
            where.fail(entry, f"the path has {{{name_}}} but `path` does not declare {name_!r}", verb)
    for name_ in declared:
        if name_ not in in_url:
            where.fail(entry, f"path param {name_!r} does not appear in {url!r}", "path", name_)

    encoding, raw_param, content_type, parts = _encoding(where, entry, raw.get("encoding", "json"), params)

    returns = _return_type(where, entry, "returns", raw["returns"])
    stream = _return_type(where, entry, "stream", raw["stream"]) if "stream" in raw else None
    if stream is not None and locations.get("stream") not in ("body", "query"):  # a GET streams from the query
        where.fail(entry, "`stream` is set but neither the body nor the query declares a `stream` param", "stream")

    returns_when = {}
    if not isinstance(raw.get("returns_when") or {}, dict):
        where.fail(entry, "`returns_when` must map a declared param to {value: type}", "returns_when")
    for param, cases in (raw.get("returns_when") or {}).items():
        if param not in locations or not isinstance(cases, dict):
            where.fail(entry, f"`returns_when` must map a declared param to {{value: type}}; {param!r} is not one", "returns_when")
        for value, rt in cases.items():
            returns_when[(param, value)] = _return_type(where, entry, "returns_when", rt)

    headers = raw.get("headers") or {}
    if not isinstance(headers, dict) or not all(isinstance(v, (str, int)) for v in headers.values()):
        where.fail(entry, "`headers` must map header names to string values", "headers")
    defaults = raw.get("defaults") or {}
    if not isinstance(defaults, dict):
        where.fail(entry, f"`defaults` must map declared params to values, got {defaults!r}", "defaults")
    if set(defaults) - set(locations):
        where.fail(entry, f"`defaults` must map declared params to values; {sorted(set(defaults) - set(locations), key=str)} are not declared", "defaults")
    postprocess = raw.get("postprocess")
    if postprocess is not None and not re.match(r"^\w+\.\w+$", str(postprocess)):
        where.fail(entry, "`postprocess` must be module.function in openai_table/helpers/", "postprocess")
    validate = raw.get("validate")
    if validate is not None and not re.match(r"^\w+\.\w+$", str(validate)):
        where.fail(entry, "`validate` must be module.function in openai_table/helpers/", "validate")
    param_types = raw.get("param_types")
    if param_types is not None and not (isinstance(param_types, str) and _MODEL_REF_RE.match(param_types)):
        where.fail(entry, "`param_types` must name a TypedDict as module.Class (openai_table/models/<module>.py) "
                   f"or package.module:Class, got {param_types!r}", "param_types")
    azure = raw.get("azure")
    if azure is not None and azure not in AZURE_ROUTES:
        where.fail(entry, f"`azure` must be one of {', '.join(AZURE_ROUTES)}, got {azure!r}", "azure")

    return Endpoint(
        resource=resource, name=name, qualname=entry, doc=str(raw.get("doc", "")).strip(),
        verb=verb, path=url, params=tuple(params), path_params=tuple(dict.fromkeys(in_url)), locations=locations,
        required=frozenset(p.name for p in params if p.required and p.location != "path"),
        encoding=encoding, raw=raw_param, content_type=content_type, parts=parts,
        returns=returns, returns_when=returns_when, stream=stream,
        headers={str(k): str(v) for k, v in headers.items()}, defaults=dict(defaults),
        postprocess=postprocess, validate=validate, deprecated=raw.get("deprecated"),
        file_params=frozenset(p.name for p in params if "file" in p.types),
        http_method=verb.upper(), has_body=encoding != "json" or any(p.location == "body" for p in params), where=where,
        azure=azure, param_types=param_types, **_legacy_facts(where, entry, raw),
    )


def _legacy_facts(where: "_Where", entry: str, raw: Dict[str, Any]) -> Dict[str, Any]:
    """`aliases` (older names that still call the entry, never listed) and `hidden` (kept
    callable for old code, never listed)."""
    aliases = raw.get("aliases") or ()
    if isinstance(aliases, str):
        aliases = (aliases,)
    if not isinstance(aliases, (list, tuple)) or not all(
            isinstance(a, str) and a.isidentifier() and not keyword.iskeyword(a) and not a.startswith("_") for a in aliases):
        where.fail(entry, f"`aliases` must be a list of method names, got {raw.get('aliases')!r}", "aliases")
    hidden = raw.get("hidden", False)
    if not isinstance(hidden, bool):
        where.fail(entry, f"`hidden` must be true or false, got {hidden!r}", "hidden")
    return {"aliases": tuple(aliases), "hidden": hidden}


def _helper_endpoint(where: "_Where", resource: str, name: str, raw: Dict[str, Any]) -> Endpoint:
    """A hand-written method (`parse`, `stream`, `create_and_poll`, ...) the table names, so
    that one place lists a resource's whole surface; its signature is the function's own."""
    entry = f"{resource}.{name}"
    extra = set(raw) - HELPER_KEYS
    if extra:
        where.fail(entry, f"a `helper` entry takes only doc, deprecated and poll beside it, not {sorted(extra)[0]!r}", sorted(extra)[0])
    ref = raw["helper"]
    if not isinstance(ref, str) or not re.match(r"^(\w+\.\w+|[A-Za-z_][\w.]*:\w+)$", ref):
        where.fail(entry, "`helper` must be module.function in openai_table/helpers/ (or package.module:function)", "helper")
    poll = _poll_spec(where, entry, raw["poll"]) if "poll" in raw else None
    return Endpoint(resource=resource, name=name, qualname=entry, doc=str(raw.get("doc", "")).strip(), helper=ref,
                    params=(), path_params=(), locations={}, required=frozenset(), deprecated=raw.get("deprecated"),
                    where=where, poll=poll, **_legacy_facts(where, entry, raw))


def _poll_spec(where: "_Where", entry: str, raw: Any) -> PollSpec:
    """`poll: {with: retrieve, status: status, until: [completed, failed], interval_ms: 1000}`
    (or `while: [queued, in_progress]` instead of `until`)."""
    if not isinstance(raw, dict):
        where.fail(entry, "`poll` must be a mapping: {with: method, status: field, until: [values] or while: [values], interval_ms: n}", "poll")
    unknown = sorted(set(map(str, raw)) - set(POLL_KEYS))
    if unknown:
        where.fail(entry, f"`poll`: unknown key {unknown[0]!r} (one of {', '.join(POLL_KEYS)})", "poll", unknown[0])
    method = raw.get("with")
    if not isinstance(method, str) or not method.isidentifier():
        where.fail(entry, f"`poll`: `with` must name the method that fetches the object (like retrieve), got {method!r}", "poll", "with")
    status = raw.get("status", "status")
    if not isinstance(status, str) or not all(p.isidentifier() for p in status.split(".")):
        where.fail(entry, f"`poll`: `status` must be a field name or a dotted path (file_counts.in_progress), got {status!r}", "poll", "status")
    if ("until" in raw) == ("while" in raw):
        where.fail(entry, "`poll` needs exactly one of `until` (the values that end the wait) and `while` (the values that continue it)", "poll")
    key = "until" if "until" in raw else "while"
    values = raw[key]
    if not isinstance(values, list) or not values or not all(isinstance(v, (str, int, float, bool)) or v is None for v in values):
        where.fail(entry, f"`poll`: `{key}` must be a non-empty list of values, got {values!r}", "poll", key)
    interval = raw.get("interval_ms", 1000)
    if isinstance(interval, bool) or not isinstance(interval, (int, float)) or interval <= 0:
        where.fail(entry, f"`poll`: `interval_ms` must be a positive number of milliseconds, got {interval!r}", "poll", "interval_ms")
    values = tuple(values)
    return PollSpec(method, status, values if key == "until" else None, values if key == "while" else None, interval)


def _load_yaml(source: str, path: str) -> Any:
    import yaml  # only when the table is not in the cache: PyYAML's import is a good part of startup

    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        raise TableError(f"{source}: cannot read the endpoints table: {e.strerror or e}") from None
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as e:
        raise TableError(f"{source}: not valid YAML: {e}") from None


def _cache_file(path: str) -> str:
    base = os.environ.get("OPENAI_TABLE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "openai_table")
    return os.path.join(base, "endpoints-" + hashlib.sha1(os.path.abspath(path).encode()).hexdigest()[:16] + ".json")


def _stamp(path: str) -> List[Any]:
    st = os.stat(path)
    return [st.st_mtime_ns, st.st_size, __version__]


def _cached(path: str) -> Any:
    """The parsed table from the last validated load, if the file has not changed since (the
    way .pyc files work); None otherwise."""
    try:
        with open(_cache_file(path), encoding="utf-8") as f:
            cached = json.load(f)
        return cached["data"] if cached.get("stamp") == _stamp(path) else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _cache(path: str, data: Any) -> None:
    try:
        if json.loads(json.dumps(data)) != data:
            return  # not plain JSON (int keys, dates): parse the YAML each time instead
        target = _cache_file(path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        tmp = f"{target}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump({"stamp": _stamp(path), "data": data}, f)
        os.replace(tmp, target)
    except (OSError, TypeError, ValueError):
        pass  # a read-only home only costs the YAML parse


def _read(path: str, use_cache: bool = False, lazy: bool = False) -> Tuple[str, Dict[str, Any]]:
    source = os.path.basename(path) if os.path.abspath(path) == os.path.abspath(BUILTIN_PATH) else str(path)
    data = _cached(path) if use_cache else None
    fresh = data is None
    if fresh:
        data = _load_yaml(source, path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise TableError(f"{source}: an endpoints table must be a mapping of resource path to methods")
    where = _Where(source, path)
    out: Dict[str, Dict[str, Any]] = {}
    for resource, methods in data.items():
        if not isinstance(resource, str) or not all(p.isidentifier() for p in resource.split(".")):
            where.fail(str(resource), "a resource path is dotted Python names, like chat.completions")
        if not isinstance(methods, dict) or not methods:
            where.fail(resource, "a resource must map method names to entries")
        for name, raw in methods.items():
            if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name) or name in RESERVED:
                where.fail(resource, f"{name!r} cannot be a method name", str(name))
            if lazy and not fresh:  # from the cache, validated when it was written: built when first asked for
                out.setdefault(resource, {})[name] = partial(_endpoint, where, resource, name, raw)
            else:
                ep = out.setdefault(resource, {})[name] = _endpoint(where, resource, name, raw)
                if ep.poll is not None and use_cache and ep.poll.method not in methods:
                    where.fail(ep.qualname, f"`poll`: `with` names {ep.poll.method!r}, which is not a method of {resource}", "poll", "with")
    if use_cache and fresh:
        _cache(path, data)
    return source, out


def load_table(paths: Sequence[str] = ()) -> Table:
    """The built-in table with each of `paths` merged over it, later entries winning per method;
    models named by the extra tables are imported now, so a bad reference fails here."""
    paths = tuple(os.fspath(p) for p in paths)
    if not paths:
        return builtin_table()
    builtin = builtin_table()
    # the built-in entries stay unbuilt, and when built are the built-in table's own objects
    merged = {r: {n: partial(builtin.endpoint, r, n) for n in m} for r, m in builtin._entries.items()}
    sources, added = ["endpoints.yaml"], []
    for path in paths:
        source, extra = _read(path)
        sources.append(source)
        for resource, methods in extra.items():
            known = merged.setdefault(resource, {})
            for name, ep in methods.items():
                if name in known:
                    _warn_override(ep, known[name])
            known.update(methods)
            added.extend(methods.values())
    table = Table(merged, tuple(sources))
    table.check_models(added)
    return table


def _warn_override(ep: Endpoint, old: Any) -> None:
    import warnings

    if not isinstance(old, Endpoint):  # a built-in entry not built yet
        old = old()
    was = "the built-in entry" if old.where.source == "endpoints.yaml" else f"the entry from {old.where.source}"
    what = f"helper {old.helper}" if old.helper else f"{old.verb.upper()} {old.path}"
    warnings.warn(ep.where.message(ep.qualname, f"replaces {was} ({what})", "helper" if ep.helper else ep.verb),
                  TableOverrideWarning, stacklevel=4)


@lru_cache(maxsize=1)
def builtin_table() -> Table:
    _, endpoints = _read(BUILTIN_PATH, use_cache=True, lazy=True)
    return Table(endpoints, ("endpoints.yaml",))
