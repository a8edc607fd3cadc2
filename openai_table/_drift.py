"""Drift between the table and an OpenAPI description of the API.

`drift(spec)` (a path to a YAML/JSON OpenAPI file, or the parsed dict) compares the built-in table
(or `table=`) with the spec, operation by operation (matched on verb and path, path param names
ignored), and says:

- operations the spec has and the table lacks (and table entries the spec does not have);
- params the spec has and the table's entry doesn't, and the reverse (query and body params; the
  body is the request body's JSON or multipart schema, its top-level properties);
- params in both whose required-ness differs;
- fields of the spec's success response (its top-level properties; a page's items) that the
  entry's model does not declare.

`python -m openai_table drift OPENAPI_FILE [--json]` prints it and exits 1 when there is any.
"""

from __future__ import annotations

import json
import re
import sys
import typing
from typing import Any, Dict, List, Optional, Sequence, Tuple

__all__ = ["drift", "DriftReport", "main"]

VERBS = ("get", "post", "put", "patch", "delete")
BODY_TYPES = ("application/json", "multipart/form-data", "application/x-www-form-urlencoded")


class DriftReport:
    """What differs. Each list holds plain dicts (see `to_dict()`); `bool(report)` is whether
    anything drifted."""

    KINDS = ("missing_operations", "extra_operations", "params_only_in_spec", "params_only_in_table",
             "required_differs", "response_fields_missing")

    def __init__(self) -> None:
        self.missing_operations: List[Dict[str, Any]] = []
        self.extra_operations: List[Dict[str, Any]] = []
        self.params_only_in_spec: List[Dict[str, Any]] = []
        self.params_only_in_table: List[Dict[str, Any]] = []
        self.required_differs: List[Dict[str, Any]] = []
        self.response_fields_missing: List[Dict[str, Any]] = []
        self.compared = 0

    def __bool__(self) -> bool:
        return any(getattr(self, k) for k in self.KINDS)

    def counts(self) -> Dict[str, int]:
        return {k: len(getattr(self, k)) for k in self.KINDS}

    def to_dict(self) -> Dict[str, Any]:
        return {"operations_compared": self.compared, "counts": self.counts(), **{k: getattr(self, k) for k in self.KINDS}}

    def verdict(self) -> str:
        c = self.counts()
        if not self:
            return f"No drift: {self.compared} operations compared."
        fields = sum(len(d["fields"]) for d in self.response_fields_missing)
        admin = sum(1 for d in self.missing_operations if d.get("admin"))
        return (f"{self.compared} operations compared: {c['missing_operations']} in the spec but not the table"
                + (f" ({admin} of them the Admin API, /organization and /projects)" if admin else "") + ", "
                f"{c['extra_operations']} in the table but not the spec; {c['params_only_in_spec']} params only in the "
                f"spec, {c['params_only_in_table']} only in the table, {c['required_differs']} with another "
                f"required-ness; {fields} response fields missing from {c['response_fields_missing']} models.")

    def text(self) -> str:
        out = [self.verdict()]
        sections = [
            ("Operations in the spec, not in the table", self.missing_operations,
             lambda d: f"{d['method']} {d['path']}" + (f"  ({d['operation_id']})" if d.get("operation_id") else "")),
            ("Table entries the spec does not have", self.extra_operations,
             lambda d: f"{d['entry']}: {d['method']} {d['path']}"),
            ("Params only in the spec", self.params_only_in_spec,
             lambda d: f"{d['entry']}: {d['location']} {d['param']}" + (" (required)" if d.get("required") else "")),
            ("Params only in the table", self.params_only_in_table,
             lambda d: f"{d['entry']}: {d['location']} {d['param']}"),
            ("Required-ness differs", self.required_differs,
             lambda d: f"{d['entry']}: {d['param']} required in the spec: {d['spec']}, in the table: {d['table']}"),
            ("Response fields the models lack", self.response_fields_missing,
             lambda d: f"{d['entry']} -> {d['model']}: {', '.join(d['fields'])}"),
        ]
        for title, items, fmt in sections:
            if items:
                out += ["", f"{title} ({len(items)}):"] + [f"  {fmt(d)}" for d in items]
        return "\n".join(out)


def _norm(path: str) -> str:
    path = path.partition("?")[0]  # `/responses?beta=true`: the same operation, another variant
    return re.sub(r"{[^{}]*}", "{}", path.rstrip("/") or "/")


ADMIN_PREFIXES = ("/organization/", "/projects/")  # the Admin API: not in the official SDK


class _Spec:
    def __init__(self, doc: Dict[str, Any]) -> None:
        self.doc = doc

    def deref(self, node: Any, seen: Tuple[str, ...] = ()) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                return {}
            seen = seen + (ref,)
            target: Any = self.doc
            for part in ref[2:].split("/"):
                target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
            node = target
        return node if isinstance(node, dict) else {}

    def properties(self, schema: Any, depth: int = 0) -> Tuple[Dict[str, Any], set]:
        """Top-level properties and required names of a schema, through $ref and allOf (merged)
        and anyOf/oneOf (the union of the members' properties; required only if in all)."""
        schema = self.deref(schema)
        props: Dict[str, Any] = {}
        required: set = set()
        if depth > 8:
            return props, required
        props.update(schema.get("properties") or {})
        required |= set(schema.get("required") or ())
        for sub in schema.get("allOf") or ():
            p, r = self.properties(sub, depth + 1)
            props.update(p)
            required |= r
        alternatives = [self.properties(sub, depth + 1) for sub in (schema.get("anyOf") or schema.get("oneOf") or ())]
        alternatives = [a for a in alternatives if a[0]]
        if alternatives:
            for p, _ in alternatives:
                for k, v in p.items():
                    props.setdefault(k, v)
            required |= set.intersection(*(r for _, r in alternatives))
        return props, required


def _load(spec: Any) -> Dict[str, Any]:
    if isinstance(spec, dict):
        return spec
    with open(spec, "rb") as f:
        data = f.read()
    if str(spec).endswith(".json"):
        return json.loads(data)
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(data, Loader=loader)


def _model_fields(model: Any) -> Optional[set]:
    """The JSON names a model (or every member of a union of models) declares; None if unknown."""
    import attrs

    from .models._base import api_name

    members = [a for a in typing.get_args(model) if a is not type(None)] if typing.get_origin(model) is typing.Union else [model]
    names: set = set()
    for m in members:
        if not attrs.has(m):
            return None
        names |= {api_name(f) for f in attrs.fields(m)}
        # a computed attribute (`Response.output_text`) is reachable as the field is
        names |= {n for n in dir(m) if not n.startswith("_") and isinstance(getattr(m, n, None), property)}
    return names


def drift(spec: Any, table: Any = None) -> DriftReport:
    """Compare `table` (the built-in one by default) with the OpenAPI description `spec` (a file
    path or the parsed dict)."""
    from ._table import builtin_table

    doc = _load(spec)
    s = _Spec(doc)
    table = table if table is not None else builtin_table()
    report = DriftReport()

    ours: Dict[Tuple[str, str], List[Any]] = {}
    for resource, methods in table.resources.items():
        for name, ep in methods.items():
            if not ep.helper:
                ours.setdefault((ep.verb, _norm(ep.path)), []).append(ep)

    theirs: Dict[Tuple[str, str], Tuple[str, Dict[str, Any], List[Any]]] = {}
    for path, item in sorted((doc.get("paths") or {}).items(), key=lambda kv: "?" in kv[0]):
        item = s.deref(item)
        for verb in VERBS:
            if verb in item:
                theirs.setdefault((verb, _norm(path)), (path, s.deref(item[verb]), list(item.get("parameters") or ())))

    for key in sorted(set(theirs) - set(ours), key=lambda k: (k[1], k[0])):
        path, op, _ = theirs[key]
        report.missing_operations.append({"method": key[0].upper(), "path": path, "operation_id": op.get("operationId"),
                                          "admin": path.startswith(ADMIN_PREFIXES)})
    for key in sorted(set(ours) - set(theirs), key=lambda k: (k[1], k[0])):
        for ep in ours[key]:
            report.extra_operations.append({"entry": ep.qualname, "method": ep.verb.upper(), "path": ep.path})

    for key in sorted(set(ours) & set(theirs), key=lambda k: (k[1], k[0])):
        report.compared += 1
        ep = ours[key][0]
        path, op, shared = theirs[key]
        spec_params: Dict[str, Tuple[str, bool]] = {}
        for p in shared + list(op.get("parameters") or ()):
            p = s.deref(p)
            if p.get("in") == "query":  # `include[]`: an array's name as the query string writes it
                spec_params[re.sub(r"\[\]$", "", p["name"])] = ("query", bool(p.get("required")))
        body = s.deref(op.get("requestBody"))
        content = body.get("content") or {}
        # the body the table sends, where the spec describes several (images.edit: JSON or multipart)
        first = ("multipart/form-data",) if str(ep.encoding).startswith("multipart") or ep.parts else ()
        for media in first + BODY_TYPES + tuple(content):
            if media in content:
                props, required = s.properties((content[media] or {}).get("schema"))
                if props:
                    for name in props:
                        spec_params.setdefault(name, ("body", name in required))
                    break
        table_params = {p.name: p for p in ep.params if p.location != "path"}
        for name, (location, required) in spec_params.items():
            if name not in table_params:
                report.params_only_in_spec.append({"entry": ep.qualname, "param": name, "location": location, "required": required})
            elif table_params[name].required != required:
                report.required_differs.append({"entry": ep.qualname, "param": name, "spec": required, "table": table_params[name].required})
        for name, p in table_params.items():
            if name not in spec_params:
                report.params_only_in_table.append({"entry": ep.qualname, "param": name, "location": p.location})

        if ep.returns.kind not in ("model", "page"):
            continue
        responses = op.get("responses") or {}
        ok = next((responses[c] for c in sorted(map(str, responses)) if c.startswith("2")), None)
        if ok is None:
            continue
        ok = s.deref(ok)
        schema = ((ok.get("content") or {}).get("application/json") or {}).get("schema")
        if schema is None:
            continue
        props, _ = s.properties(schema)
        if ep.returns.kind == "page":
            items = s.deref(props.get("data") or {}).get("items")
            if items is None:
                continue
            props, _ = s.properties(items)
        try:  # the models of `returns_when` (verbose_json's) answer the same operation
            models = [ep.returns.model] + [rt.model for rt in (ep.returns_when or {}).values() if rt.ref is not None]
            field_sets = [_model_fields(m) for m in models]
        except (ImportError, AttributeError):
            continue
        if any(f is None for f in field_sets) or not props:
            continue
        fields = set().union(*field_sets)
        lacking = sorted(set(props) - fields)
        if lacking:
            report.response_fields_missing.append({"entry": ep.qualname, "model": ep.returns.ref, "fields": lacking})
    return report


def main(argv: Sequence[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m openai_table drift",
                                     description="Compare the table with an OpenAPI description; exit 1 on drift.")
    parser.add_argument("openapi_file")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    report = drift(args.openapi_file)
    if args.json:
        json.dump(report.to_dict(), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(report.text())
    return 1 if report else 0
