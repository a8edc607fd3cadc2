"""Write docs/api.md, the API reference, from the table (endpoints.yaml).

    python tools/apidocs.py           # rewrite docs/api.md
    python tools/apidocs.py --check   # exit 1 if docs/api.md is not what the table gives

Every resource and method of the built-in table: the HTTP verb and path, the params (where they
go, their type, whether required, their doc) and what comes back (and what `stream=True` yields);
`helper:` entries are listed as hand-written with their function's own signature. The header of
endpoints.yaml (the table's format, for a table of your own) closes the page. Re-run it whenever
the table or a helper's signature changes; tests/test_apidocs.py fails while it is stale.
"""

from __future__ import annotations

import inspect
import os
import re
import sys
from typing import Any, Dict, List

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from openai_table._table import BUILTIN_PATH, Endpoint, ReturnType, builtin_table  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import stubgen  # noqa: E402  (the stubs' param types, for the Python type column)

OUT = os.path.join(ROOT, "docs", "api.md")

PLAIN = {"binary": "HttpxBinaryResponseContent", "text": "str", "none": "None"}
PAGE_NAMES = {"Page": "SyncPage", "CursorPage": "SyncCursorPage", "ConversationCursorPage": "SyncConversationCursorPage"}


def return_text(rt: ReturnType) -> str:
    if rt.kind in PLAIN:
        return f"`{PLAIN[rt.kind]}`"
    ref = rt.ref.replace(":", ".")
    if rt.page:
        return f"`{PAGE_NAMES.get(rt.page, rt.page)}[{ref.rpartition('.')[2]}]` (items: `{ref}`)"
    return f"`{ref.rpartition('.')[2]}` (`{ref}`)"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def helper_signature(ep: Endpoint) -> str:
    """The hand-written function's signature without its first (`resource`) parameter."""
    fn = ep.helper_fn(False)
    sig = inspect.signature(fn)
    params = list(sig.parameters.values())[1:]
    sig = sig.replace(parameters=params)
    text = f"{ep.name}{sig}"
    return re.sub(r" at 0x[0-9a-f]+", "", text)


def helper_location(ep: Endpoint) -> str:
    ref = ep.helper
    if ":" in ref:
        return ref
    module, _, fn = ref.rpartition(".")
    return f"openai_table/helpers/{module.replace('.', '/')}.py: {fn}"


def static_types(ep: Endpoint) -> Dict[str, str]:
    """The params' types as the stubs have them (tools/stubgen.py), without module prefixes."""
    types = stubgen._param_types(ep, stubgen.Imports())
    return {name: re.sub(r"\b_[a-z_]+\.", "", t) for name, t in types.items()}


def method_section(resource: str, ep: Endpoint) -> List[str]:
    call = f"client.{resource}.{ep.name}"
    out = [f"#### `{call}`", ""]
    if ep.doc:
        out += [ep.doc, ""]
    facts = []
    if ep.deprecated:
        facts.append(f"Deprecated: {ep.deprecated}")
    if ep.hidden:
        facts.append("Hidden: callable, not listed in `dir()`.")
    if ep.aliases:
        facts.append("Also callable as " + ", ".join(f"`{a}`" for a in ep.aliases) + ".")
    if ep.helper:
        out += [f"Hand-written (`{helper_location(ep)}`):", "", "```python", helper_signature(ep), "```", ""]
        if ep.poll is not None:
            rule = f"until `{ep.poll.status}` in {list(ep.poll.until)}" if ep.poll.until is not None else \
                f"while `{ep.poll.status}` in {list(ep.poll.pending)}"
            facts.append(f"Polls `{ep.poll.method}` {rule}, every {ep.poll.interval_ms} ms by default.")
        return out + ([f"- {f}" for f in facts] + [""] if facts else [])
    out += [f"`{ep.verb.upper()} {ep.path}`", ""]
    if ep.params:
        static = static_types(ep)
        out += ["| param | in | type | Python type | required | doc |", "|---|---|---|---|---|---|"]
        for p in ep.params:
            default = f" (default `{ep.defaults[p.name]!r}`)" if p.name in (ep.defaults or {}) else ""
            out.append(f"| `{p.name}` | {p.location} | `{_cell(p.annotation)}` | `{_cell(static[p.name])}` | "
                       f"{'yes' if p.required else 'no'} | {_cell(p.doc) + default if (p.doc or default) else ''} |")
        out.append("")
        if ep.param_types:
            out += [f"Python types from `{ep.param_types}` (`param_types`), as the stubs give them to type checkers.", ""]
    out.append(f"Returns {return_text(ep.returns)}.")
    for (param, value), rt in sorted((ep.returns_when or {}).items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        out.append(f"With `{param}={value!r}`: {return_text(rt)}.")
    if ep.stream is not None:
        out.append(f"With `stream=True`: a `Stream` of {return_text(ep.stream)}.")
    out.append("")
    encoding = ep.encoding if ep.encoding != "json" else None
    if encoding or ep.raw:
        facts.append(f"Sent as {encoding or 'json'}" + (f" (raw `{ep.raw}` as `{ep.content_type}`)" if ep.raw else "") + ".")
    if ep.headers:
        facts.append("Headers: " + ", ".join(f"`{k}: {v}`" for k, v in sorted(ep.headers.items())) + ".")
    if ep.azure:
        facts.append("Azure: sent to `/openai/deployments/{model}/...`.")
    return out + ([f"- {f}" for f in facts] + [""] if facts else [])


def table_header() -> List[str]:
    lines = []
    with open(BUILTIN_PATH, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            lines.append(line[2:].rstrip() if line.startswith("# ") else line[1:].rstrip())
    return lines


def render() -> str:
    table = builtin_table()
    resources: Dict[str, Dict[str, Endpoint]] = table.resources
    groups: Dict[str, List[str]] = {}
    for resource in resources:
        groups.setdefault(resource.split(".")[0], []).append(resource)
    n_methods = sum(len(m) for m in resources.values())
    n_helpers = sum(1 for m in resources.values() for ep in m.values() if ep.helper)
    out = [
        "# API reference",
        "",
        "Generated from [`endpoints.yaml`](../endpoints.yaml) by `python tools/apidocs.py`; do not edit by hand",
        "(`tests/test_apidocs.py` fails when this page is stale).",
        "",
        f"{len(resources)} resources, {n_methods} methods: {n_methods - n_helpers} table entries and "
        f"{n_helpers} hand-written helpers. Every method is on `OpenAI` and, as a coroutine, on `AsyncOpenAI`",
        "(pages: `AsyncPage` / `AsyncCursorPage` ...; streams: `AsyncStream`). Besides the params listed,",
        "every table method takes `extra_headers`, `extra_query`, `extra_body` and `timeout`; a method that",
        "sends a file param also takes `progress=`. The URL's last path param is positional, the rest keyword-only.",
        "",
        "## Contents",
        "",
    ]
    for group in sorted(groups):
        out.append(f"- [{group}](#{group.replace('_', '_')}): " + ", ".join(f"`{r}`" for r in groups[group]))
    out.append("- [The table's format](#the-tables-format)")
    out.append("")
    for group in sorted(groups):
        out += [f"## {group}", ""]
        for resource in groups[group]:
            out += [f"### `client.{resource}`", ""]
            for name, ep in resources[resource].items():
                out += method_section(resource, ep)
    out += ["## The table's format", "",
            "The header of `endpoints.yaml`, which a table of your own (`OpenAI(endpoints=[...])`) follows too:", "",
            "```yaml"] + table_header() + ["```", ""]
    return "\n".join(out)


def main(argv: List[str]) -> int:
    text = render()
    if "--check" in argv:
        current = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else None
        if current != text:
            print(f"{os.path.relpath(OUT, ROOT)} is stale: run `python tools/apidocs.py`", file=sys.stderr)
            return 1
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(OUT, ROOT)} ({len(text.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
