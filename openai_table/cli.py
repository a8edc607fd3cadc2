"""`openai-table` (and `python -m openai_table`): every method of the table as a command.

    openai-table chat.completions.create --model gpt-4o-mini --messages '[{"role":"user","content":"hi"}]'
    openai-table chat.completions.create --model gpt-4o-mini --messages @msgs.json --stream
    openai-table files.create --file @report.pdf --purpose assistants
    openai-table files.list --all --summary
    openai-table --endpoints mine.yaml rerank.create --help

Each param of the method is an option (`--max-tokens` or `--max_tokens`), typed from the table:
numbers and booleans as such, JSON for objects and lists, `@path` reads a file (a file param is
sent as that file; any other param is read as JSON, or as text for a str param). Output is the
model's JSON (pipe it to jq) or, with `--summary`, a short line per object. The client's
environment variables (OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_ORG_ID, ...) apply; `--base-url`
and `--api-key` override them. Exit codes: 0 ok, 1 other error, 2 usage, and by error class:
"""

import argparse
import json
import pathlib
import sys
from typing import Any, Dict, List, Optional, Sequence

from . import _exceptions as E

__all__ = ["main", "EXIT_CODES"]

# Most specific first: the first class the error is an instance of gives the code.
EXIT_CODES = (
    (E.BadRequestError, 3), (E.AuthenticationError, 4), (E.PermissionDeniedError, 5), (E.NotFoundError, 6),
    (E.ConflictError, 7), (E.UnprocessableEntityError, 8), (E.RateLimitError, 9), (E.InternalServerError, 10),
    (E.APIStatusError, 11), (E.APITimeoutError, 13), (E.APIConnectionError, 12), (E.OpenAIError, 1),
)
__doc__ += "".join(f"\n    {code:2d}  {cls.__name__}" for cls, code in EXIT_CODES)


def _commands(table: Any) -> Dict[str, Any]:
    out = {}
    for resource in sorted(table._entries):
        for name in table.methods(resource):
            ep = table.endpoint(resource, name)
            if ep.helper or ep.hidden:
                continue
            out[f"{resource}.{name}"] = ep
    return out


def _convert(value: str, param: Any) -> Any:
    types = param.types
    if value.startswith("@"):
        path = pathlib.Path(value[1:]).expanduser()
        if "file" in types:
            return path
        text = path.read_text()
        if types == ("str",):
            return text
        return json.loads(text)
    if "file" in types:
        return pathlib.Path(value)
    if value == "null" and "null" in types:
        return None
    if "bool" in types and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if "int" in types:
        try:
            return int(value)
        except ValueError:
            pass
    if "float" in types:
        try:
            return float(value)
        except ValueError:
            pass
    literals = [t for t in types if t not in ("str", "int", "float", "bool", "list", "dict", "any", "file", "null")]
    if value in literals:
        return value
    if any(t in types for t in ("list", "dict", "any")) and (value[:1] in "[{\"" or "str" not in types):
        try:
            return json.loads(value)
        except ValueError:
            if "str" not in types and "any" not in types:
                raise argparse.ArgumentTypeError(f"not JSON: {value!r}")
    if "str" in types or "any" in types:
        return value
    raise argparse.ArgumentTypeError(f"{value!r} is not one of {param.annotation}")


def _method_parser(qualname: str, ep: Any) -> argparse.ArgumentParser:
    verb = f"{ep.verb.upper()} {ep.path}"
    parser = argparse.ArgumentParser(prog=f"openai-table {qualname}", description=f"{ep.doc or ''}\n\n{verb}",
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    for p in ep.params:
        if p.name == "stream" and ep.stream:
            continue
        flags = [f"--{p.name.replace('_', '-')}"] + ([f"--{p.name}"] if "_" in p.name else [])
        help_ = f"{p.annotation}{' (required)' if p.required else ''}; {p.location}" + (f": {p.doc}" if p.doc else "")
        help_ = help_.replace("%", "%%")
        kw: Dict[str, Any] = dict(dest=p.name, required=p.required, default=argparse.SUPPRESS, help=help_, metavar=p.name.upper(),
                                  type=lambda v, p=p: _convert(v, p))
        if p.types == ("bool",):
            kw.update(nargs="?", const=True)
        parser.add_argument(*flags, **kw)
    if ep.stream:
        parser.add_argument("--stream", action="store_true", default=argparse.SUPPRESS, help="stream: print tokens (or events) as they arrive")
    if ep.returns is not None and ep.returns.page:
        parser.add_argument("--all", action="store_true", help="walk every page, printing all items")
    if ep.returns is not None and ep.returns.kind in ("binary", "text"):
        parser.add_argument("-o", "--output", help="write the body to this file (default: stdout)")
    if ep.file_params:
        parser.add_argument("--progress", action="store_true", default=None,
                            help="show the upload's progress on stderr (the default when stderr is a terminal)")
        parser.add_argument("--no-progress", dest="progress", action="store_false")
    parser.add_argument("--summary", action="store_true", help="a short line per object instead of the JSON")
    return parser


def _upload_bar(err: Any) -> Any:
    """A callable(bytes sent, total) drawing the upload on `err` (tqdm's bar if installed), and
    what finishes it."""
    try:
        from tqdm import tqdm
    except ImportError:
        tqdm = None
    if tqdm is not None:
        bars: List[Any] = []  # made at the first call, when the total is known

        def tick(sent: int, total: int) -> None:
            if not bars:
                bars.append(tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, desc="upload", file=err))
            bars[0].update(sent - bars[0].n)

        return tick, lambda: bars[0].close() if bars else None
    shown = [-1]

    def line(sent: int, total: int) -> None:
        pct = int(sent * 100 / total) if total else 100
        if pct != shown[0]:
            shown[0] = pct
            err.write(f"\rupload: {pct:3d}% {sent / 2**20:.1f}/{total / 2**20:.1f} MiB")
            err.flush()

    return line, lambda: (err.write("\n"), err.flush()) if shown[0] >= 0 else None


def _to_data(obj: Any) -> Any:
    return obj.to_dict() if hasattr(obj, "to_dict") else obj


def _summary(obj: Any) -> str:
    d = _to_data(obj)
    if not isinstance(d, dict):
        return str(d)
    choices = d.get("choices")
    if choices and isinstance(choices[0], dict):
        msg = choices[0].get("message") or {}
        return str(msg.get("content") or choices[0].get("text") or msg.get("tool_calls"))
    if d.get("object") == "response" and hasattr(obj, "output_text"):
        return obj.output_text
    if d.get("object") == "list" and isinstance(d.get("data"), list):
        return "\n".join(_summary(i) for i in d["data"])
    keys = [k for k in ("id", "object", "status", "model", "filename", "name", "purpose", "created_at") if d.get(k) is not None]
    return "  ".join(f"{k}={d[k]}" for k in keys) or json.dumps(d)[:200]


def _print_stream(stream: Any, out: Any, summary: bool) -> None:
    for event in stream:
        d = None
        choices = getattr(event, "choices", None)
        if choices is not None and not summary:
            text = "".join((getattr(c.delta, "content", None) or "") for c in choices if getattr(c, "delta", None))
            out.write(text)
        elif getattr(event, "type", "") in ("response.output_text.delta",):
            out.write(event.delta)
        elif choices is not None:
            out.write("".join(getattr(c, "text", "") or "" for c in choices))
        elif getattr(event, "type", "").startswith("response.") and not getattr(event, "type", "").endswith("delta"):
            continue
        else:
            d = _to_data(event)
            out.write(json.dumps(d) + "\n")
        out.flush()
    out.write("\n")
    out.flush()


def _top_parser(commands: Dict[str, Any]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="openai-table", description="Call the OpenAI API from the shell: every method of the table is a command.",
        epilog="commands:\n  " + "\n  ".join(commands) + "\n\n`openai-table COMMAND --help` for its params.\n"
               "`openai-table bulk requests.jsonl -o results.jsonl` runs many requests (`bulk --help`).",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", help="the API's base URL (default: OPENAI_BASE_URL or the OpenAI API)")
    parser.add_argument("--api-key", help="the API key (default: OPENAI_API_KEY)")
    parser.add_argument("--organization", help="default: OPENAI_ORG_ID")
    parser.add_argument("--project", help="default: OPENAI_PROJECT_ID")
    parser.add_argument("--max-retries", type=int)
    parser.add_argument("--timeout", type=float, help="seconds")
    parser.add_argument("--endpoints", action="append", default=[], metavar="FILE", help="a table of your own endpoints (repeatable)")
    parser.add_argument("command", nargs="?", help="resource.method, e.g. chat.completions.create")
    parser.add_argument("args", nargs=argparse.REMAINDER)
    return parser


def main(argv: Optional[Sequence[str]] = None, *, http_client: Any = None, stdout: Any = None, stderr: Any = None) -> int:
    """Run one command; returns the exit code. `http_client` is handed to the client (tests)."""
    from ._client import OpenAI
    from ._table import load_table

    out, err = stdout or sys.stdout, stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["bulk"]:
        return _bulk(argv[1:], http_client, out, err)
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--endpoints", action="append", default=[])
    known, _ = pre.parse_known_args(argv)
    for path in known.endpoints:  # a table's models may live beside it (`returns: my_models:Thing`)
        folder = str(pathlib.Path(path).resolve().parent)
        if folder not in sys.path:
            sys.path.append(folder)
    try:
        table = load_table(known.endpoints)
    except (E.TableError, OSError) as e:
        err.write(f"openai-table: {e}\n")
        return 2
    commands = _commands(table)
    top = _top_parser(commands)
    try:
        opts = top.parse_args(argv)
        if not opts.command:
            top.print_help(out)
            return 2
        if opts.command.startswith("-"):
            top.error(f"unknown option {opts.command}")
        ep = commands.get(opts.command)
        if ep is None:
            close = [c for c in commands if opts.command.split(".")[-1] in c or c.startswith(opts.command)][:8]
            top.error(f"no command {opts.command!r}" + (f"; did you mean: {', '.join(close)}" if close else ""))
        margs = _method_parser(opts.command, ep).parse_args(opts.args)
    except SystemExit as e:
        return int(e.code or 0)
    given = vars(margs)
    kwargs = {p.name: given[p.name] for p in ep.params if p.name in given}
    stream = bool(kwargs.pop("stream", False))
    finish_bar = None
    want_bar = getattr(margs, "progress", False)
    if want_bar is None:  # not asked either way: a bar on a terminal, if uploads can stream
        want_bar = getattr(err, "isatty", lambda: False)() and _importable("requests_toolbelt")
    if ep.file_params and want_bar:
        kwargs["progress"], finish_bar = _upload_bar(err)
    if stream:
        kwargs["stream"] = True
    client_kw = {k: v for k, v in dict(base_url=opts.base_url, api_key=opts.api_key, organization=opts.organization,
                                        project=opts.project, max_retries=opts.max_retries, timeout=opts.timeout).items()
                 if v is not None}
    try:
        client = OpenAI(endpoints=opts.endpoints, http_client=http_client, **client_kw)
        target: Any = client
        for part in ep.resource.split("."):
            target = getattr(target, part)
        path_params = [p for p in ep.params if p.location == "path"]
        args: List[Any] = []
        if path_params:  # the URL's last param is positional
            last = path_params[-1].name
            if last in kwargs:
                args.append(kwargs.pop(last))
        try:
            result = getattr(target, ep.name)(*args, **kwargs)
        finally:
            if finish_bar is not None:
                finish_bar()
        if stream:
            _print_stream(result, out, margs.summary)
        elif ep.returns is not None and ep.returns.page:
            items = list(result) if getattr(margs, "all", False) else None
            if items is not None:
                if margs.summary:
                    out.write("".join(_summary(i) + "\n" for i in items))
                else:
                    out.write(json.dumps([_to_data(i) for i in items], indent=2) + "\n")
            else:
                out.write((_summary(result) if margs.summary else json.dumps(_to_data(result), indent=2)) + "\n")
        elif ep.returns is not None and ep.returns.kind in ("binary", "text"):
            data = result.read() if hasattr(result, "read") else result
            data = data.encode() if isinstance(data, str) else data
            if margs.output:
                pathlib.Path(margs.output).write_bytes(data)
            elif hasattr(out, "buffer"):
                out.flush()
                out.buffer.write(data)
                out.buffer.flush()
            else:
                out.write(data.decode("utf-8", "replace"))
        elif result is None:
            pass
        else:
            out.write((_summary(result) if margs.summary else json.dumps(_to_data(result), indent=2, ensure_ascii=False)) + "\n")
        return 0
    except E.OpenAIError as e:
        code = next(c for cls, c in EXIT_CODES if isinstance(e, cls))
        status = getattr(e, "status_code", None)
        body = getattr(e, "body", None)
        message = (body.get("message") if isinstance(body, dict) else None) or getattr(e, "message", None) or str(e)
        err.write(f"openai-table: {type(e).__name__}{f' ({status})' if status else ''}: {message}\n")
        return code
    except (OSError, ValueError, ImportError) as e:
        err.write(f"openai-table: {e}\n")
        return 1
    except KeyboardInterrupt:
        return 130


def _importable(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def _bulk(argv: List[str], http_client: Any, out: Any, err: Any) -> int:
    """`openai-table bulk requests.jsonl -o results.jsonl [--mode batch]`: helpers.bulk.run."""
    from ._client import OpenAI
    from .helpers import bulk

    p = argparse.ArgumentParser(prog="openai-table bulk", description=bulk.__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("requests", help="a JSONL file of Batch API request lines (custom_id, method, url, body)")
    p.add_argument("-o", "--output", help="results JSONL (appended; custom_ids already there are skipped)")
    p.add_argument("--mode", choices=["concurrent", "batch"], default="concurrent")
    p.add_argument("--max-concurrency", type=int, default=16)
    p.add_argument("--poll-interval-ms", type=int, default=5000)
    p.add_argument("--completion-window", default="24h")
    p.add_argument("--progress", action="store_true", default=None,
                   help="a progress bar on stderr (tqdm's or rich's if installed, else a line now and then); "
                        "the default when stderr is a terminal")
    p.add_argument("--quiet", "--no-progress", dest="progress", action="store_false", help="no progress bar")
    for name in ("--base-url", "--api-key", "--organization", "--project"):
        p.add_argument(name)
    p.add_argument("--max-retries", type=int)
    p.add_argument("--timeout", type=float)
    try:
        o = p.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    client_kw = {k: v for k, v in dict(base_url=o.base_url, api_key=o.api_key, organization=o.organization,
                                        project=o.project, max_retries=o.max_retries, timeout=o.timeout).items()
                 if v is not None}
    summary = bulk.Summary()
    progress = o.progress if o.progress is not None else getattr(err, "isatty", lambda: False)()
    try:
        client = OpenAI(http_client=http_client, **client_kw)
        results = bulk.run(client, o.requests, mode=o.mode, results=o.output, max_concurrency=o.max_concurrency,
                           poll_interval_ms=o.poll_interval_ms, completion_window=o.completion_window,
                           progress=progress, summary=summary)
        try:
            for result in results:
                if not o.output:
                    out.write(json.dumps(result, ensure_ascii=False) + "\n")
        finally:
            results.close()  # now, not when the traceback lets go: what was sent finishes and is written
    except E.OpenAIError as e:
        err.write(f"openai-table: {type(e).__name__}: {e}\n")
        return next(c for cls, c in EXIT_CODES if isinstance(e, cls))
    except (OSError, ValueError) as e:
        err.write(f"openai-table: {e}\n")
        return 1
    except KeyboardInterrupt:
        # The requests already sent have finished and are in the results file; the rest were not sent.
        err.write(f"{summary}\ninterrupted" + (": run the same command again to finish\n" if o.output else "\n"))
        return 130
    err.write(f"{summary}\n")
    return 0 if not summary.failed else 1
